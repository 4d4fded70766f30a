import { isRecord, type GraphNode, type ManifestGraph } from '../project/graph.js'

/**
 * The relation a model was built as that the change no longer builds, for consumers outside dbt (BI tools,
 * notebooks, other projects' sources): refs follow a rename, those do not. Two ways it happens: the model
 * was given versions and no version keeps the old alias (dbt builds `dim_accounts_v1`, `dim_accounts_v2`),
 * or its configured alias changed.
 */
export function renamedRelation(
  old: GraphNode,
  now: GraphNode,
  next: ManifestGraph,
): { cause: 'versions' | 'alias'; message: string; action: string } | undefined {
  const before = aliasOf(old)
  if (old.version === undefined && now.version !== undefined) {
    const versions = next.byName(old.name, 'model').filter((node) => node.packageName === old.packageName)
    if (versions.some((node) => aliasOf(node) === before || pointerAlias(node) === before)) return undefined
    const built = versions.map((node) => `\`${aliasOf(node)}\``).join(', ')
    return {
      cause: 'versions',
      message: `Adding versions to \`${old.name}\` renames its relation: \`${before}\` is no longer built (now ${built}); refs follow, but dashboards, queries and other tools outside dbt that read \`${before}\` break.`,
      action: `Keep \`${before}\` for them: set \`latest_version_pointer: {enabled: true}\` on \`${old.name}\` (dbt then keeps a \`${before}\` view on the latest version), or give v${now.version} \`alias: ${before}\`; otherwise tell the consumers to move to \`${aliasOf(now)}\`.`,
    }
  }
  const after = aliasOf(now)
  if (before === after || sameConfigured(old, now)) return undefined
  return {
    cause: 'alias',
    message: `The relation of \`${old.name}\` was renamed from \`${before}\` to \`${after}\`; refs follow, but dashboards, queries and other tools outside dbt that read \`${before}\` break.`,
    action: `Keep the alias \`${before}\`, or keep a view named \`${before}\` over the new relation until its consumers have moved.`,
  }
}

/** The rendered alias; without one, dbt's default (`<name>_v<version>` for a version). */
function aliasOf(node: GraphNode): string {
  if (typeof node.raw.alias === 'string') return node.raw.alias
  return node.version === undefined ? node.name : `${node.name}_v${node.version}`
}

/** The alias dbt 1.12's latest-version pointer view gets, when the latest version enables it. */
function pointerAlias(node: GraphNode): string | undefined {
  const pointer = node.config.latest_version_pointer
  if (!isRecord(pointer) || pointer.enabled !== true) return undefined
  if (node.latestVersion !== undefined && node.version !== node.latestVersion) return undefined
  return typeof pointer.alias === 'string' && pointer.alias.trim() !== '' ? pointer.alias.trim() : node.name
}

/** A rendered alias that moved while the configured one did not is the target's doing, not the change's. */
function sameConfigured(old: GraphNode, now: GraphNode): boolean {
  const configured = (node: GraphNode): unknown =>
    isRecord(node.raw.unrendered_config) ? node.raw.unrendered_config.alias : undefined
  return isRecord(old.raw.unrendered_config) && isRecord(now.raw.unrendered_config)
    ? configured(old) === configured(now)
    : false
}
