import { isRecord, type GraphNode, type ManifestGraph } from '../project/graph.js'
import { macrosOf } from './modified-macros.js'
import { sameValue } from './same-value.js'

/** The `vars:` of a dbt_project.yml: global names, or package-scoped ones under the package's name. */
export type ProjectVars = Readonly<Record<string, unknown>>

/**
 * Names of vars whose value differs between two projects' `vars:`. A key named after a package (or the
 * project) holds that package's scoped vars: its inner names are compared instead.
 */
export function changedVarNames(
  base: ProjectVars,
  next: ProjectVars,
  packages: ReadonlySet<string>,
): string[] {
  const names = new Set<string>()
  for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
    const [a, b] = [base[key], next[key]]
    if (sameValue(a, b)) continue
    if (packages.has(key) && (isRecord(a) || isRecord(b))) {
      const [inner, outer] = [isRecord(a) ? a : {}, isRecord(b) ? b : {}]
      for (const name of new Set([...Object.keys(inner), ...Object.keys(outer)])) {
        if (!sameValue(inner[name], outer[name])) names.add(name)
      }
    } else names.add(key)
  }
  return [...names].sort()
}

const VAR_CALL = /\bvar\(\s*(['"])([^'"]+)\1/g

/**
 * Which changed vars a node reads: `var('name')` in its SQL or unrendered config, or in a macro it calls
 * (transitively). dbt 1.12's `state:modified` ignores vars (dbt-core #4304: the flag `state_modified_compare_vars`
 * exists but dbt does not act on it), so these nodes are reported beside the selection, not in it.
 */
export class VarReaders {
  private readonly macroVars = new Map<string, ReadonlySet<string>>()

  constructor(
    private readonly next: ManifestGraph,
    private readonly changed: ReadonlySet<string>,
  ) {}

  varsOf(node: GraphNode): string[] {
    if (this.changed.size === 0) return []
    const found = new Set<string>()
    this.collect(`${str(node.raw.raw_code)}\n${JSON.stringify(node.raw.unrendered_config ?? {})}`, found)
    for (const macro of macrosOf(node.raw))
      for (const name of this.readByMacro(macro, new Set())) found.add(name)
    return [...found].sort()
  }

  private readByMacro(id: string, visiting: Set<string>): ReadonlySet<string> {
    const known = this.macroVars.get(id)
    if (known) return known
    const found = new Set<string>()
    const macro = this.next.macros.get(id)
    if (!macro || visiting.has(id)) return found
    visiting.add(id)
    this.collect(macro.sql, found)
    for (const callee of macro.dependsOn)
      for (const name of this.readByMacro(callee, visiting)) found.add(name)
    visiting.delete(id)
    this.macroVars.set(id, found)
    return found
  }

  private collect(text: string, into: Set<string>): void {
    for (const match of text.matchAll(VAR_CALL)) {
      const name = match[2] as string
      if (this.changed.has(name)) into.add(name)
    }
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
