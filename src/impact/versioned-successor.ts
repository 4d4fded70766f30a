import type { GraphNode, ManifestGraph } from '../project/graph.js'

/**
 * The node `ref('<name>')` resolves to after an unversioned model was given versions: dbt renames it to
 * `model.<package>.<name>.v<N>` and points plain refs at `latest_version` (else the highest version).
 * Consumers see that node, so its contract is the one to compare with the old model's.
 */
export function versionedSuccessor(old: GraphNode, next: ManifestGraph): GraphNode | undefined {
  if (old.kind !== 'model' || old.version !== undefined) return undefined
  const versions = next
    .byName(old.name, 'model')
    .filter((node) => node.packageName === old.packageName && node.version !== undefined)
  if (versions.length === 0) return undefined
  const latest = versions.find((node) => node.latestVersion !== undefined)?.latestVersion
  const pinned = latest === undefined ? undefined : versions.find((node) => node.version === latest)
  return pinned ?? versions.sort((a, b) => compareVersions(a.version, b.version)).at(-1)
}

/** Versions are numbers in practice but strings in dbt's schema: compare numerically when both are. */
export function compareVersions(a: string | undefined, b: string | undefined): number {
  const [x, y] = [Number(a), Number(b)]
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : String(a).localeCompare(String(b))
}
