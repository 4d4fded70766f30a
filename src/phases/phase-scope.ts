import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { Phase, PhasePlan } from './plan-phases.js'
import { topFolderOf } from './plan-phases.js'

/** What one phase may write: `refusal` says why a file is not this phase's to change, or nothing. */
export interface EditScope {
  refusal(file: string): string | undefined
}

/**
 * The edit scope of one phase. A file is this phase's when it defines or documents one of the phase's
 * models; it is another phase's when it belongs to another phase's models, or defines base nodes in (or,
 * for a new file, lies where the rules put) another planned layer. Anything else (macros, tests, new files
 * in this layer, models outside the planned layers) any phase may write.
 */
export function phaseScope(input: {
  plan: PhasePlan
  phase: Phase
  graph: ManifestGraph
  layers: Layers
  /** The project folder relative to the workspace root (`''` or ending in `/`): node files are below it. */
  projectPrefix?: string
}): EditScope {
  const { plan, phase, graph, layers } = input
  const prefix = input.projectPrefix ?? ''
  const own = new Set(phase.files.map((file) => prefix + file))
  const ownerOf = new Map<string, Phase>()
  for (const other of plan.phases)
    for (const file of other.files) if (!own.has(prefix + file)) ownerOf.set(prefix + file, other)
  const phaseOfLayer = new Map(plan.phases.map((each) => [each.layer, each]))
  const layerOfPath = (file: string): string | undefined => {
    const relative = file.startsWith(prefix) ? file.slice(prefix.length) : undefined
    if (relative === undefined) return undefined
    const nodes = graph.byFile(relative)
    const found = nodes
      .map((node) => (plan.layersFrom === 'rules' ? layers.layerOf(node) : topFolderOf(node)))
      .find((layer) => layer !== undefined && layer !== phase.layer && phaseOfLayer.has(layer))
    if (found !== undefined || nodes.length > 0) return found
    return plan.layersFrom === 'rules' ? layers.layerOf({ file: relative, tags: [] }) : undefined
  }
  const describe = (other: Phase) =>
    `it belongs to phase ${other.number} of ${plan.phases.length} (${other.layer}: ${other.models.join(', ')})`
  return {
    refusal(file) {
      if (own.has(file)) return undefined
      const owner = ownerOf.get(file)
      const layer = owner ? undefined : layerOfPath(file)
      const other =
        owner ?? (layer !== undefined && layer !== phase.layer ? phaseOfLayer.get(layer) : undefined)
      if (!other) return undefined
      const when =
        other.number < phase.number ? 'was committed in its own phase' : 'is changed in its own phase, later'
      return `[phase-scope] Refused ${file}: this is phase ${phase.number} of ${plan.phases.length} (${phase.layer}: ${phase.models.join(', ')}), and ${describe(other)}, which ${when}. Change only this phase's models now; if this phase cannot work without that file, say so in your summary.`
    },
  }
}
