import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ManifestGraph } from '../project/graph.js'
import type { Impact } from '../impact/impact.js'
import type { Layers } from '../project/layers.js'
import { parseCodeOwners } from '../project/owners.js'
import { evaluatePolicy, type PolicyEvaluation } from './evaluate-policy.js'
import { renderGovernanceSection } from './governance-markdown.js'
import type { ResolvedPolicy } from './merge-policy.js'

const CODEOWNERS_FILES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

export interface Governance {
  evaluation: PolicyEvaluation
  /** The PR body's "Governance" section. */
  markdown: string
}

/** The repository's policy applied to the change: checks, draft reasons, reviewers and labels. */
export async function governChange(options: {
  resolved: ResolvedPolicy
  taskKind: string
  impact: Impact
  graph: ManifestGraph
  baseGraph: ManifestGraph
  repoDir: string
  projectPath: string
  layers: Layers
}): Promise<Governance> {
  const codeOwners = await readCodeOwners(options.repoDir)
  const evaluation = evaluatePolicy(options.resolved.policy, {
    taskKind: options.taskKind,
    changedNodes: options.impact.changed,
    graph: options.graph,
    baseGraph: options.baseGraph,
    owners: { codeOwners, projectPath: options.projectPath },
    layers: options.layers,
  })
  return { evaluation, markdown: renderGovernanceSection(evaluation, { sources: options.resolved.sources }) }
}

async function readCodeOwners(repoDir: string) {
  for (const file of CODEOWNERS_FILES) {
    const text = await readFile(path.join(repoDir, file), 'utf8').catch(() => undefined)
    if (text !== undefined) return parseCodeOwners(text)
  }
  return undefined
}
