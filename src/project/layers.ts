import { z } from 'zod'
import { globMatcher, type PathMatcher } from '../shared/glob.js'
import type { GraphNode, ManifestGraph } from './graph.js'

/** One configured rule: a node whose file matches one of `paths` or that carries one of `tags` is in `layer`. */
export interface LayerRule {
  layer: string
  /** Globs over project-relative file paths, in the dialect of `shared/glob.ts` (`models/marts/**`). */
  paths?: readonly string[]
  tags?: readonly string[]
}

/** One entry of `layers:` in configuration (the policy file and the `layers` input); the first match wins. */
export const LayerConfigSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must name the layer, e.g. gold'),
    paths: z.array(z.string().min(1)).optional(),
    tags: z.array(z.string().min(1)).optional(),
  })
  .refine((rule) => (rule.paths?.length ?? 0) + (rule.tags?.length ?? 0) > 0, {
    message: 'needs at least one of `paths` (globs over project files, e.g. models/marts/**) or `tags`',
  })

export type LayerConfig = z.infer<typeof LayerConfigSchema>

export function layerRulesOf(config: readonly LayerConfig[]): LayerRule[] {
  return config.map(({ name, paths, tags }) => ({ layer: name, paths, tags }))
}

/** dbt's own convention when nothing is configured. */
export const DEFAULT_LAYER_RULES: readonly LayerRule[] = [
  { layer: 'staging', paths: ['**/staging/**'] },
  { layer: 'intermediate', paths: ['**/intermediate/**'] },
  { layer: 'marts', paths: ['**/marts/**'] },
]

/**
 * The project's layers: the policy's `layers:` (governance wins, and may be locked by an organisation),
 * else the `layers` input, else dbt's folder convention.
 */
export function projectLayers(
  policyLayers: readonly LayerConfig[] | undefined,
  inputRules?: readonly LayerRule[],
) {
  if (policyLayers) return new Layers(layerRulesOf(policyLayers))
  return new Layers(inputRules ?? DEFAULT_LAYER_RULES)
}

/** Rules compiled once; `layerOf` is then a few matches per node. */
export class Layers {
  private readonly compiled: { layer: string; paths: PathMatcher; tags: ReadonlySet<string> }[]

  constructor(rules: readonly LayerRule[] = DEFAULT_LAYER_RULES) {
    this.compiled = rules.map((rule) => ({
      layer: rule.layer,
      paths: globMatcher(rule.paths ?? []),
      tags: new Set(rule.tags ?? []),
    }))
  }

  /** The first rule's layer that matches the node's file or tags; undefined when none does. */
  layerOf(node: Pick<GraphNode, 'file' | 'tags'>): string | undefined {
    for (const rule of this.compiled) {
      if (rule.paths(node.file)) return rule.layer
      if (rule.tags.size > 0 && node.tags.some((tag) => rule.tags.has(tag))) return rule.layer
    }
    return undefined
  }

  /** Layer of every model, seed, snapshot and source in the graph that has one. */
  assign(graph: ManifestGraph): Map<string, string> {
    const layers = new Map<string, string>()
    for (const node of graph.nodes.values()) {
      const layer = this.layerOf(node)
      if (layer !== undefined) layers.set(node.id, layer)
    }
    return layers
  }
}
