import type { ImpactReport } from '../report/impact-markdown.js'
import { detectContractBreaks, type ContractOptions } from './contracts.js'
import type { ManifestGraph } from '../project/graph.js'
import { computeImpact, type ImpactOptions } from './impact.js'

/**
 * What the change does to the project: changed and downstream nodes, and contract findings, from the base
 * graph and the graph of the last validation round; with `vars` (both dbt_project.yml's), the nodes that read
 * a var the change gave a new value. Undefined when dbt could not parse the change.
 */
export function assessImpact(
  base: ManifestGraph,
  next: ManifestGraph | undefined,
  options: ContractOptions & ImpactOptions = {},
): (ImpactReport & { graph: ManifestGraph }) | undefined {
  if (!next) return undefined
  const { vars, ...contracts } = options
  return {
    impact: computeImpact(base, next, vars ? { vars } : {}),
    findings: detectContractBreaks(base, next, contracts),
    graph: next,
  }
}
