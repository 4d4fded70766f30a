import { readFileSync, statSync } from 'node:fs'
import { selectContext } from '../src/context/select-context.js'
import { detectContractBreaks } from '../src/impact/contracts.js'
import { loadManifestGraph, type ManifestGraph } from '../src/project/graph.js'
import { computeImpact } from '../src/impact/impact.js'
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
 * and column reads are therefore paid inside the timings, as in a real run. Like `loadBaseGraph` and
 * `assessImpact`, each manifest's text is read from its file (not timed) and let go once its graph is
 * built, so the peak RSS is what the pipeline's own flow holds, not two texts the pipeline never keeps.
 */
export async function measureManifest(options: MeasureOptions): Promise<ManifestMeasurement> {
  const samples: Record<keyof ManifestMeasurement['ms'], number[]> = {
    parse: [],
    graph: [],
    graphChanged: [],
    impact: [],
    contracts: [],
    report: [],
    context: [],
  }
  const time: Timer = (key, fn) => {
    const started = performance.now()
    const value = fn()
    samples[key].push(performance.now() - started)
    return value
  }
  time.since = (key, started) => void samples[key].push(performance.now() - started)
  let found: ManifestMeasurement['found'] | undefined
  let nodes = 0
  for (let rep = 0; rep < options.reps; rep++) {
    gc?.()
    parseFloor(options.base, time)
    gc?.()
    ;({ found, nodes } = await repetition(options, time))
  }
  const ms = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, median(values)]),
  ) as ManifestMeasurement['ms']
  return {
    nodes,
    fileMegabytes: statSync(options.base).size / 1e6,
    reps: options.reps,
    ms,
    found: found as ManifestMeasurement['found'],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }
}

/** Times a synchronous step; `since` records one that awaited, from its start. */
interface Timer {
  <T>(key: keyof ManifestMeasurement['ms'], fn: () => T): T
  since: (key: keyof ManifestMeasurement['ms'], started: number) => void
}

/** The `JSON.parse` floor; the text is read in here so that nothing outside keeps it alive. */
function parseFloor(file: string, time: Timer): void {
  const text = readFileSync(file, 'utf8')
  time('parse', () => JSON.parse(text) as unknown)
}

function load(file: string, key: 'graph' | 'graphChanged', time: Timer): ManifestGraph {
  const text = readFileSync(file, 'utf8')
  return time(key, () => loadManifestGraph(text, file))
}

/**
 * One run of the stage in its own function, so its graphs are garbage once it returns and the next
 * repetition's peak does not include the last one's.
 */
async function repetition(
  options: MeasureOptions,
  time: Timer,
): Promise<{ found: ManifestMeasurement['found']; nodes: number }> {
  const base = load(options.base, 'graph', time)
  const next = load(options.changed, 'graphChanged', time)
  const impact = time('impact', () => computeImpact(base, next))
  const findings = time('contracts', () => detectContractBreaks(base, next))
  time('report', () => renderImpactSection({ impact, findings }))
  // Timed across its awaits (it reads SQL files), so not with `time`, which stops at the first one.
  const started = performance.now()
  const context = await selectContext(options.ticket, base, '/nonexistent-project', {
    budgetTokens: options.budgetTokens,
  })
  time.since('context', started)
  return {
    nodes: base.nodes.size,
    found: {
      changed: impact.changed.length,
      downstreamModels: impact.downstream.models.length,
      downstreamTests: impact.downstream.tests.length,
      findings: findings.length,
      contextItems: context.items.length,
    },
  }
}
