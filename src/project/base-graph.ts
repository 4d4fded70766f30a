import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { loadManifestGraph, type ManifestGraph } from './graph.js'

/** The base manifest's graph; undefined when the state folder holds none (a validator without dbt). */
export async function loadBaseGraph(stateDir: string): Promise<ManifestGraph | undefined> {
  const text = await readFile(path.join(stateDir, 'manifest.json'), 'utf8').catch(() => undefined)
  return text === undefined ? undefined : loadManifestGraph(text, 'base manifest.json')
}

export function modelNames(graph: ManifestGraph): string[] {
  return [...graph.nodes.values()].filter((node) => node.kind === 'model').map((node) => node.name)
}
