import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { NodeResult } from './validation.js'

/** Resource types dbt builds into a relation of the CI schema. */
const RELATION_KINDS = new Set(['model', 'seed', 'snapshot'])
/** Past this many nodes named one by one, the selection falls back to dbt's own `@` operator. */
const MAX_NAMED = 200

/**
 * The relations this run has built in the CI schema (the run's dbt target), and which of them hold a
 * definition that differs from the base. A later round does not build them again unless the tree changed
 * them: dbt resolves an unselected `ref()` to the relation already there.
 */
export class BuiltRelations {
  private readonly built = new Set<string>()
  private readonly changed = new Set<string>()
  /** The last round whose build left relations. */
  lastRound?: number

  /** Records a build's successes; `changedIds` are the nodes whose definition differs from the base. */
  record(round: number, results: readonly NodeResult[], changedIds: ReadonlySet<string>): void {
    for (const result of results) {
      if (result.status !== 'success' || !RELATION_KINDS.has(kindOf(result.uniqueId))) continue
      this.built.add(result.uniqueId)
      if (changedIds.has(result.uniqueId)) this.changed.add(result.uniqueId)
      else this.changed.delete(result.uniqueId)
      this.lastRound = round
    }
  }

  /**
   * Relations built outside validation from a tree no round saw: counted as built from a changed
   * definition, so the next round builds them (and their children) again unless it selects them anyway.
   */
  recordOutside(uniqueIds: readonly string[]): void {
    for (const id of uniqueIds) {
      if (!RELATION_KINDS.has(kindOf(id))) continue
      this.built.add(id)
      this.changed.add(id)
    }
  }

  has(id: string): boolean {
    return this.built.has(id)
  }

  get size(): number {
    return this.built.size
  }

  /** Relations built from a changed definition: if the tree went back to the base, they are stale. */
  changedIds(): string[] {
    return [...this.changed].sort()
  }
}

/**
 * Nodes the selection reads but neither selects nor finds built: parents of selected nodes (through
 * ephemeral models, which dbt compiles inline) that are relations this run has not built, and, since
 * each is then selected too, their own such parents. Sources are the warehouse's and never built.
 */
export function missingParents(
  graph: ManifestGraph,
  selected: ReadonlySet<string>,
  built: BuiltRelations,
): string[] {
  const missing = new Set<string>()
  const visited = new Set<string>()
  const stack = [...selected]
  while (stack.length > 0) {
    const id = stack.pop() as string
    for (const parent of graph.parentsOf(id)) {
      if (visited.has(parent) || selected.has(parent)) continue
      visited.add(parent)
      const node = graph.get(parent)
      if (!node || !RELATION_KINDS.has(node.kind)) continue
      if (node.materialized === 'ephemeral') stack.push(parent)
      else if (!built.has(parent)) {
        missing.add(parent)
        stack.push(parent)
      }
    }
  }
  return [...missing].sort()
}

/** Every node downstream of `ids` in the graph, the nodes themselves included. */
export function withDescendants(graph: ManifestGraph, ids: Iterable<string>): Set<string> {
  const reached = new Set<string>()
  const stack = [...ids]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (reached.has(id) || !graph.get(id)) continue
    reached.add(id)
    stack.push(...graph.childrenOf(id))
  }
  return reached
}

export interface LaterRoundInput {
  /** The previous round's manifest: the best guess at the new tree's DAG before dbt parses it. */
  graph: ManifestGraph
  built: BuiltRelations
  /** Nodes of `graph` whose definition differs from the base. */
  changed: ReadonlySet<string>
  /** Nodes of `graph` defined by a file that changed since its build. */
  touched: ReadonlySet<string>
  /**
   * False when a file changed since that defines no node of `graph` (a macro, dbt_project.yml, a new
   * model): then any node may have changed, and none is known to be still modified.
   */
  onlyNodeFiles: boolean
  /** Without production relations to defer to, unbuilt parents must be selected too. */
  withParents: boolean
}

/**
 * A later round's `--select`: `state:modified+` (the change and its children), the relations this run built
 * from a changed definition the tree may have reverted since, with their children, and (building with
 * parents) parents this run has not built yet, by the previous manifest. Undefined when naming them one by
 * one would be too long: then the round builds with `@` as the first did.
 */
export function laterRoundSelect(input: LaterRoundInput): string | undefined {
  const { graph, built, changed, touched } = input
  // Changed in the previous build and untouched since: still modified, so `state:modified+` selects it.
  const stillModified = (id: string) => input.onlyNodeFiles && changed.has(id) && !touched.has(id)
  const reverted = built.changedIds().filter((id) => graph.get(id) && !stillModified(id))
  const selected = withDescendants(graph, [...changed, ...touched, ...reverted])
  const parents = input.withParents ? missingParents(graph, selected, built) : []
  if (reverted.length + parents.length > MAX_NAMED) return undefined
  return [
    'state:modified+',
    ...reverted.map((id) => `${selectorOf(graph.get(id) as GraphNode)}+`),
    ...parents.map((id) => selectorOf(graph.get(id) as GraphNode)),
  ].join(' ')
}

/** dbt's `fqn:` selector of a node: its package, folders and name, as in the manifest's `fqn`. */
export function selectorOf(node: GraphNode): string {
  const fqn = node.raw.fqn
  const parts =
    Array.isArray(fqn) && fqn.every((part) => typeof part === 'string') ? fqn : [node.packageName, node.name]
  return `fqn:${parts.join('.')}`
}

function kindOf(uniqueId: string): string {
  return uniqueId.slice(0, uniqueId.indexOf('.'))
}
