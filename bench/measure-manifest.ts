import { readFileSync } from 'node:fs'
import { selectContext } from '../src/context/select-context.js'
import { detectContractBreaks } from '../src/dbt/contracts.js'
import { loadManifestGraph } from '../src/dbt/graph.js'
import { computeImpact } from '../src/dbt/impact.js'
import { renderImpactSection } from '../src/report/impact-markdown.js'
import type { Ticket } from '../src/tickets/ticket.js'
import { median } from './stats.js'

/** Median milliseconds of each step over the repetitions, and what the last repetition found. */
export interface ManifestMeasurement {
  nodes: number
  fileMegabytes: number
  reps: number
  ms: {
    /** `JSON.parse` of the base manifest's text alone: the floor every reader pays. */
    parse: number
    /** `loadManifestGraph` of the base manifest (includes its own `JSON.parse`). */
    graph: number
    /** Same for the changed manifest. */
    graphChanged: number
    impact: number
    contracts: number
    report: number
    context: number
  }
  found: {
    changed: number
    downstreamModels: number
    downstreamTests: number
    findings: number
    contextItems: number
  }
  /** Peak resident set of the measuring process, in megabytes. */
  peakRssMb: number
}

export interface MeasureOptions {
  base: string
  changed: string
  reps: number
  ticket: Ticket
  budgetTokens: number
}

const gc = (globalThis as { gc?: () => void }).gc

/**
 * One repetition runs the stage as the pipeline does, on fresh objects: load both manifests, compute the
 * impact, detect contract breaks, render the PR section, select the context for the ticket. Lazy indexes
 * and column reads are therefore paid inside the timings, as in a real run.
 */
export async function measureManifest(options: MeasureOptions): Promise<ManifestMeasurement> {
  const baseText = readFileSync(options.base, 'utf8')
  const changedText = readFileSync(options.changed, 'utf8')
  const samples: Record<keyof ManifestMeasurement['ms'], number[]> = {
    parse: [],
    graph: [],
    graphChanged: [],
    impact: [],
    contracts: [],
    report: [],
    context: [],
  }
  const time = <T>(key: keyof ManifestMeasurement['ms'], fn: () => T): T => {
    const started = performance.now()
    const value = fn()
    samples[key].push(performance.now() - started)
    return value
  }
  let found: ManifestMeasurement['found'] | undefined
  let nodes = 0
  for (let rep = 0; rep < options.reps; rep++) {
    gc?.()
    time('parse', () => JSON.parse(baseText) as unknown)
    gc?.()
    const base = time('graph', () => loadManifestGraph(baseText, options.base))
    const next = time('graphChanged', () => loadManifestGraph(changedText, options.changed))
    const impact = time('impact', () => computeImpact(base, next))
    const findings = time('contracts', () => detectContractBreaks(base, next))
    time('report', () => renderImpactSection({ impact, findings }))
    const started = performance.now()
    const context = await selectContext(options.ticket, base, '/nonexistent-project', {
      budgetTokens: options.budgetTokens,
    })
    samples.context.push(performance.now() - started)
    nodes = base.nodes.size
    found = {
      changed: impact.changed.length,
      downstreamModels: impact.downstream.models.length,
      downstreamTests: impact.downstream.tests.length,
      findings: findings.length,
      contextItems: context.items.length,
    }
  }
  const ms = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, median(values)]),
  ) as ManifestMeasurement['ms']
  return {
    nodes,
    fileMegabytes: Buffer.byteLength(baseText) / 1e6,
    reps: options.reps,
    ms,
    found: found as ManifestMeasurement['found'],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }
}
