import type { ImpactReport } from '../report/impact-markdown.js'
import { detectContractBreaks, type ContractOptions } from './contracts.js'
import type { ManifestGraph } from '../project/graph.js'
import { computeImpact } from './impact.js'

/**
 * What the change does to the project: changed and downstream nodes, and contract findings, from the base
 * graph and the graph of the last validation round. Undefined when dbt could not parse the change.
 */
export function assessImpact(
  base: ManifestGraph,
  next: ManifestGraph | undefined,
  options: ContractOptions = {},
): (ImpactReport & { graph: ManifestGraph }) | undefined {
  if (!next) return undefined
  return {
    impact: computeImpact(base, next),
    findings: detectContractBreaks(base, next, options),
    graph: next,
  }
}
