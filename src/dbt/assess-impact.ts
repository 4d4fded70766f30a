import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ImpactReport } from '../report/impact-markdown.js'
import { detectContractBreaks } from './contracts.js'
import { loadManifestGraph } from './graph.js'
import { computeImpact } from './impact.js'

/**
 * What the change does to the project: changed and downstream nodes, and contract findings, from the base
 * manifest and the one the last validation round parsed. Undefined when dbt could not parse the change.
 */
export async function assessImpact(
  baseStateDir: string,
  newManifest: string | undefined,
): Promise<ImpactReport | undefined> {
  if (!newManifest) return undefined
  const [baseText, newText] = await Promise.all([
    readFile(path.join(baseStateDir, 'manifest.json'), 'utf8'),
    readFile(newManifest, 'utf8').catch(() => undefined),
  ])
  if (newText === undefined) return undefined
  const base = loadManifestGraph(baseText, 'base manifest.json')
  const next = loadManifestGraph(newText, newManifest)
  return { impact: computeImpact(base, next), findings: detectContractBreaks(base, next) }
}
