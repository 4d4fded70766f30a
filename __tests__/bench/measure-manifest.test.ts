import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deriveChangedManifest } from '../../bench/changed-manifest.js'
import { measureManifest } from '../../bench/measure-manifest.js'
import { generateManifest } from '../../bench/synthetic-manifest.js'
import { selectContext } from '../../src/context/select-context.js'
import { detectContractBreaks } from '../../src/impact/contracts.js'
import { loadManifestGraph } from '../../src/project/graph.js'
import { computeImpact } from '../../src/impact/impact.js'
import type { Ticket } from '../../src/tickets/ticket.js'

let dir: string
const files = { base: '', changed: '' }
const base = generateManifest({ nodes: 1200, seed: 3 })
const { manifest: changed, change } = deriveChangedManifest(base)
const hub = change.modified[0]?.split('.').pop() ?? ''
const ticket: Ticket = {
  key: 'BENCH-1',
  source: 'file',
  title: `Daily activity from ${hub}`,
  body: `Add a daily mart on top of \`${hub}\`.`,
  labels: [],
  fields: {},
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-measure-'))
  files.base = path.join(dir, 'base.json')
  files.changed = path.join(dir, 'changed.json')
  await writeFile(files.base, JSON.stringify(base))
  await writeFile(files.changed, JSON.stringify(changed))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('measureManifest', () => {
  it('reports what the stage finds when run directly, with a timing for every step', async () => {
    const measured = await measureManifest({ ...files, reps: 2, ticket, budgetTokens: 4000 })

    const before = loadManifestGraph(JSON.stringify(base))
    const after = loadManifestGraph(JSON.stringify(changed))
    const impact = computeImpact(before, after)
    const context = await selectContext(ticket, before, '/nonexistent-project', { budgetTokens: 4000 })
    expect(measured.found).toEqual({
      changed: impact.changed.length,
      downstreamModels: impact.downstream.models.length,
      downstreamTests: impact.downstream.tests.length,
      findings: detectContractBreaks(before, after).length,
      contextItems: context.items.length,
    })
    expect(measured.found.contextItems).toBeGreaterThan(0)
    expect(measured.nodes).toBe(1200)
    expect(measured.fileMegabytes).toBeCloseTo(Buffer.byteLength(JSON.stringify(base)) / 1e6, 3)
    for (const [step, ms] of Object.entries(measured.ms)) {
      expect([step, ms > 0 && Number.isFinite(ms)]).toEqual([step, true])
    }
    expect(measured.peakRssMb).toBeGreaterThan(0)
  })
})
