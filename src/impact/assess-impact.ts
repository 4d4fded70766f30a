import { readFile } from 'node:fs/promises'
import type { ImpactReport } from '../report/impact-markdown.js'
import { detectContractBreaks, type ContractOptions } from './contracts.js'
import { loadManifestGraph, type ManifestGraph } from '../project/graph.js'
import { computeImpact } from './impact.js'

/**
 * What the change does to the project: changed and downstream nodes, and contract findings, from the base
 * graph and the manifest the last validation round parsed. Undefined when dbt could not parse the change.
 */
export async function assessImpact(
  base: ManifestGraph,
  newManifest: string | undefined,
  options: ContractOptions = {},
): Promise<(ImpactReport & { graph: ManifestGraph }) | undefined> {
  if (!newManifest) return undefined
  const newText = await readFile(newManifest, 'utf8').catch(() => undefined)
  if (newText === undefined) return undefined
  const next = loadManifestGraph(newText, newManifest)
  return {
    impact: computeImpact(base, next),
    findings: detectContractBreaks(base, next, options),
    graph: next,
  }
}
