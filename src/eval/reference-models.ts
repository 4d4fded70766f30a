import path from 'node:path'
import type { ManifestGraph } from '../project/graph.js'
import { modelsForFiles } from '../project/manifest.js'
import type { PatchedFile } from './reference-patch.js'

/**
 * The models whose SQL the reference changes, named as dbt names them: those the base manifest defines in
 * a SQL file the reference modifies or deletes, and the new SQL files it adds under a model path (a
 * versioned model's `_v2` file is model `name`, version 2). A properties YAML often documents many models:
 * which of them the reference changes would take its manifest, so YAML files count only as files.
 */
export function referenceModels(
  files: readonly PatchedFile[],
  base: { graph?: ManifestGraph; packageName: string; modelPaths: readonly string[] },
): string[] {
  const names = new Set<string>()
  const existing = files
    .filter((file) => file.change !== 'added' && file.path.endsWith('.sql'))
    .map((file) => file.path)
  if (base.graph) for (const name of modelsForFiles(base.graph, base.packageName, existing)) names.add(name)
  for (const file of files) {
    if (file.change !== 'added' || !file.path.endsWith('.sql')) continue
    if (!base.modelPaths.some((dir) => isInside(file.path, dir))) continue
    const stem = path.posix.basename(file.path, '.sql')
    const versioned = /^(.+)_v\d+$/.exec(stem)?.[1]
    const known = versioned !== undefined && (base.graph?.byName(versioned, 'model').length ?? 0) > 0
    names.add(known && versioned ? versioned : stem)
  }
  return [...names].sort()
}

function isInside(file: string, dir: string): boolean {
  const clean = dir.replace(/^\.\//, '').replace(/\/$/, '')
  return clean === '.' || clean === '' || file.startsWith(`${clean}/`)
}
