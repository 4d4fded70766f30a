import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  BROKEN_EDIT,
  REPAIR_EDIT,
  writeGeneratedProject,
  type GeneratedProject,
} from '../../bench/generated-dbt-project.js'

let dir: string
let project: GeneratedProject

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-generated-'))
  project = await writeGeneratedProject(dir, { models: 250, seed: 11 })
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

const refsOf = (sql: string) => [...sql.matchAll(/ref\('([^']+)'\)/g)].map((match) => match[1])

describe('writeGeneratedProject', () => {
  it('writes 250 models in three layers over five seeds, each a file that refs only earlier nodes', async () => {
    const { staging, intermediate, marts } = project.models
    expect([staging.length, intermediate.length, marts.length]).toEqual([25, 100, 125])
    const order = [...project.seeds, ...staging, ...intermediate, ...marts]
    for (const [layer, names] of Object.entries(project.models)) {
      const files = (await readdir(path.join(dir, 'models', layer))).filter((f) => f.endsWith('.sql'))
      expect(files.length).toBe(names.length)
      for (const name of names) {
        const refs = refsOf(await readFile(path.join(dir, 'models', layer, `${name}.sql`), 'utf8'))
        expect(refs.length).toBeGreaterThan(0)
        for (const ref of refs) expect(order.indexOf(ref as string)).toBeLessThan(order.indexOf(name))
      }
    }
  })

  it('edits a mid-DAG model: the broken edit and its repair apply to its file', async () => {
    expect(project.edited.downstreamModels).toBeGreaterThan(5)
    const sql = await readFile(path.join(dir, project.edited.file), 'utf8')
    expect(sql).toContain(BROKEN_EDIT.old)
    expect(sql.replace(BROKEN_EDIT.old, BROKEN_EDIT.new)).toContain(REPAIR_EDIT.old)
  })
})
