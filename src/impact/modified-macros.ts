import { isRecord, type GraphNode, type ManifestGraph } from '../project/graph.js'

/**
 * dbt-core's `check_macros_modified`: a macro is modified when its `macro_sql` differs, or it was added or
 * removed (root project, packages and dbt's own alike); a node is modified when any macro it depends on
 * reaches a modified one through `depends_on.macros`, transitively. Memoized, so a project costs one pass.
 */
export class ModifiedMacros {
  readonly modified: ReadonlySet<string>
  private readonly paths = new Map<string, readonly string[] | null>()

  constructor(
    base: ManifestGraph,
    private readonly next: ManifestGraph,
  ) {
    const modified = new Set<string>()
    for (const [id, macro] of next.macros) {
      if (base.macros.get(id)?.sql !== macro.sql) modified.add(id)
    }
    for (const id of base.macros.keys()) if (!next.macros.has(id)) modified.add(id)
    this.modified = modified
  }

  /**
   * The chain from a macro the node calls to the modified macro it reaches (`[called, …, modified]`), or
   * undefined when none of its macros is modified.
   */
  pathFrom(node: GraphNode): readonly string[] | undefined {
    if (this.modified.size === 0) return undefined
    for (const id of macrosOf(node.raw)) {
      const path = this.pathOf(id, new Set())
      if (path) return path
    }
    return undefined
  }

  private pathOf(id: string, visiting: Set<string>): readonly string[] | null {
    return this.search(id, visiting, { cut: false })
  }

  /** Depth-first; a "not reached" found while a cycle was cut short is not remembered, as it may be wrong. */
  private search(id: string, visiting: Set<string>, cycle: { cut: boolean }): readonly string[] | null {
    const known = this.paths.get(id)
    if (known !== undefined) return known
    if (this.modified.has(id)) return this.remember(id, [id])
    if (visiting.has(id)) {
      cycle.cut = true
      return null
    }
    visiting.add(id)
    const inner = { cut: false }
    let found: readonly string[] | null = null
    for (const callee of this.next.macros.get(id)?.dependsOn ?? []) {
      const path = this.search(callee, visiting, inner)
      if (path) {
        found = [id, ...path]
        break
      }
    }
    visiting.delete(id)
    if (inner.cut) cycle.cut = true
    if (found || !inner.cut) this.remember(id, found)
    return found
  }

  private remember(id: string, path: readonly string[] | null): readonly string[] | null {
    this.paths.set(id, path)
    return path
  }
}

export function macrosOf(raw: Readonly<Record<string, unknown>>): readonly string[] {
  const dependsOn = raw.depends_on
  if (!isRecord(dependsOn) || !Array.isArray(dependsOn.macros)) return []
  return dependsOn.macros.filter((id): id is string => typeof id === 'string')
}
