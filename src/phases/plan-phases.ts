import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'

/** One phase: the planned models of one layer, edited, validated and committed together. */
export interface Phase {
  /** 1-based, in DAG order. */
  number: number
  layer: string
  /** unique_ids of the planned models in this phase. */
  nodes: string[]
  /** Their names, for the prompt and the reports. */
  models: string[]
  /** Project-relative files that define or document them. */
  files: string[]
}

/** The phases of a change; fewer than two phases means one ordinary change, and `reason` says why. */
export interface PhasePlan {
  phases: Phase[]
  reason: string
  /** How each planned layer was found: the project's layer rules, or its model folders when none matched. */
  layersFrom: 'rules' | 'folders'
}

const EDITABLE_KINDS = new Set(['model', 'seed', 'snapshot'])

/**
 * The phases of a change whose models span layers, decided from the task's targets and dbt's graph: the
 * targets, plus every model on a DAG path between two of them (a column added in staging must pass through
 * the intermediate model to reach the mart), grouped by layer. Layers are ordered by the DAG itself (a layer
 * whose models feed another's comes first), never by their names; layers that feed each other both ways
 * cannot be ordered, and the change is then made in one go.
 */
export function planPhases(input: {
  graph: ManifestGraph
  layers: Layers
  /** Model names the task is about (`TaskSpec.targets`). */
  targets: readonly string[]
}): PhasePlan {
  const { graph } = input
  const targets = resolveTargets(graph, input.targets)
  if (targets.length < 2) return single('the task names fewer than two models of the project', 'rules')
  const planned = withModelsBetween(graph, targets)
  const { layerOf, layersFrom } = layerAssignment(graph, input.layers, planned)
  const ancestors = plannedAncestors(graph, planned)
  const order = orderLayers(planned, layerOf, ancestors, depthsOf(graph, planned))
  if ('cycle' in order)
    return single(
      `layers ${order.cycle.join(' and ')} feed each other in the DAG, so no order of phases keeps every phase building`,
      layersFrom,
    )
  if (order.layers.length < 2) {
    const only = order.layers[0]
    return single(
      only ? `every planned model is in one layer (${only})` : 'no planned model is in a layer',
      layersFrom,
    )
  }
  const phaseOf = assignPhases(planned, layerOf, ancestors, order.layers)
  const phases = order.layers.map((layer, index) => {
    const nodes = planned.filter((id) => phaseOf.get(id) === index)
    return {
      number: index + 1,
      layer,
      nodes,
      models: nodes.map((id) => graph.get(id)?.name ?? id),
      files: [...new Set(nodes.flatMap((id) => filesOf(graph.get(id))))].sort(),
    }
  })
  return {
    phases,
    reason: `the models span ${phases.length} layers (${order.layers.join(' → ')}), ordered by the DAG`,
    layersFrom,
  }
}

function single(reason: string, layersFrom: PhasePlan['layersFrom']): PhasePlan {
  return { phases: [], reason, layersFrom }
}

/** The project's editable nodes named by the task (a versioned model's versions all count). */
function resolveTargets(graph: ManifestGraph, names: readonly string[]): string[] {
  const ids = new Set<string>()
  for (const name of names)
    for (const node of graph.byName(name))
      if (EDITABLE_KINDS.has(node.kind) && node.packageName === (graph.projectName ?? node.packageName))
        ids.add(node.id)
  return [...ids].sort()
}

/** The targets and the models that are both downstream of one target and upstream of another. */
function withModelsBetween(graph: ManifestGraph, targets: readonly string[]): string[] {
  const down = reach(graph, targets, 'children')
  const up = reach(graph, targets, 'parents')
  const planned = new Set(targets)
  for (const id of down) {
    const node = graph.get(id)
    if (
      up.has(id) &&
      node &&
      EDITABLE_KINDS.has(node.kind) &&
      node.packageName === graph.get(targets[0]!)?.packageName
    )
      planned.add(id)
  }
  return [...planned].sort()
}

/** Every node reached from `start` (not counting the start nodes themselves) in one direction. */
function reach(
  graph: ManifestGraph,
  start: readonly string[],
  direction: 'parents' | 'children',
): Set<string> {
  const reached = new Set<string>()
  const stack = [...start]
  while (stack.length > 0) {
    const id = stack.pop() as string
    const next = direction === 'parents' ? graph.parentsOf(id) : graph.childrenOf(id)
    for (const neighbour of next) {
      if (reached.has(neighbour)) continue
      reached.add(neighbour)
      stack.push(neighbour)
    }
  }
  return reached
}

/**
 * Each planned node's layer by the project's rules; when the rules place none of them, by the project's own
 * model folders (the first folder of the node's dbt `fqn`), so a project that names its layers differently
 * and configures none still gets phases.
 */
function layerAssignment(
  graph: ManifestGraph,
  layers: Layers,
  planned: readonly string[],
): { layerOf: Map<string, string>; layersFrom: PhasePlan['layersFrom'] } {
  const byRules = new Map<string, string>()
  for (const id of planned) {
    const node = graph.get(id)
    const layer = node && layers.layerOf(node)
    if (layer !== undefined) byRules.set(id, layer)
  }
  if (byRules.size > 0) return { layerOf: byRules, layersFrom: 'rules' }
  const byFolder = new Map<string, string>()
  for (const id of planned) {
    const folder = topFolderOf(graph.get(id))
    if (folder !== undefined) byFolder.set(id, folder)
  }
  return { layerOf: byFolder, layersFrom: 'folders' }
}

/** The first folder below the resource path in the node's `fqn` (`[project, folder, …, name]`). */
export function topFolderOf(node: GraphNode | undefined): string | undefined {
  const fqn = node?.raw.fqn
  if (!Array.isArray(fqn) || fqn.length < 3) return undefined
  const folder: unknown = fqn[1]
  return typeof folder === 'string' ? folder : undefined
}

/** For each planned node, the planned nodes upstream of it. */
function plannedAncestors(graph: ManifestGraph, planned: readonly string[]): Map<string, Set<string>> {
  const inPlan = new Set(planned)
  const ancestors = new Map<string, Set<string>>()
  for (const id of planned) {
    const up = reach(graph, [id], 'parents')
    ancestors.set(id, new Set([...up].filter((other) => inPlan.has(other))))
  }
  return ancestors
}

/** The longest path from a root to each planned node, counting planned nodes only: a tie-breaker. */
function depthsOf(graph: ManifestGraph, planned: readonly string[]): Map<string, number> {
  const inPlan = new Set(planned)
  const depths = new Map<string, number>()
  const depth = (id: string, seen: Set<string>): number => {
    const known = depths.get(id)
    if (known !== undefined) return known
    if (seen.has(id)) return 0
    seen.add(id)
    let deepest = 0
    for (const parent of reach(graph, [id], 'parents'))
      if (inPlan.has(parent) && parent !== id) deepest = Math.max(deepest, depth(parent, seen) + 1)
    depths.set(id, deepest)
    return deepest
  }
  for (const id of planned) depth(id, new Set())
  return depths
}

/** The layers in DAG order (Kahn's algorithm over "a model of A feeds a model of B"), or the two that cycle. */
function orderLayers(
  planned: readonly string[],
  layerOf: ReadonlyMap<string, string>,
  ancestors: ReadonlyMap<string, ReadonlySet<string>>,
  depths: ReadonlyMap<string, number>,
): { layers: string[] } | { cycle: [string, string] } {
  const names = [...new Set(planned.flatMap((id) => layerOf.get(id) ?? []))]
  const before = new Map(names.map((name) => [name, new Set<string>()]))
  for (const id of planned) {
    const layer = layerOf.get(id)
    if (layer === undefined) continue
    for (const ancestor of ancestors.get(id) ?? []) {
      const upstream = layerOf.get(ancestor)
      if (upstream === undefined || upstream === layer) continue
      if (before.get(upstream)?.has(layer)) return { cycle: [upstream, layer] }
      before.get(layer)?.add(upstream)
    }
  }
  const minDepth = (layer: string) =>
    Math.min(...planned.filter((id) => layerOf.get(id) === layer).map((id) => depths.get(id) ?? 0))
  const ordered: string[] = []
  const remaining = new Set(names)
  while (remaining.size > 0) {
    const ready = [...remaining]
      .filter((layer) => [...(before.get(layer) ?? [])].every((upstream) => !remaining.has(upstream)))
      .sort((a, b) => minDepth(a) - minDepth(b) || a.localeCompare(b))
    const next = ready[0]
    if (next === undefined) {
      const [a, b] = [...remaining]
      return { cycle: [a ?? '', b ?? ''] }
    }
    ordered.push(next)
    remaining.delete(next)
  }
  return { layers: ordered }
}

/**
 * The phase of each planned node: its layer's; a node in no layer goes with the latest phase of its planned
 * ancestors (it reads what they produce), or the first.
 */
function assignPhases(
  planned: readonly string[],
  layerOf: ReadonlyMap<string, string>,
  ancestors: ReadonlyMap<string, ReadonlySet<string>>,
  order: readonly string[],
): Map<string, number> {
  const phaseOf = new Map<string, number>()
  for (const id of planned) {
    const layer = layerOf.get(id)
    if (layer !== undefined) phaseOf.set(id, order.indexOf(layer))
  }
  for (const id of planned) {
    if (phaseOf.has(id)) continue
    const upstream = [...(ancestors.get(id) ?? [])].map((ancestor) => phaseOf.get(ancestor) ?? 0)
    phaseOf.set(id, Math.max(0, ...upstream))
  }
  return phaseOf
}

function filesOf(node: GraphNode | undefined): string[] {
  if (!node) return []
  return [node.file, ...(node.patchFile ? [node.patchFile] : [])]
}
