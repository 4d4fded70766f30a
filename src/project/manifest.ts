import { z } from 'zod'
import type { GraphNode, ManifestGraph } from './graph.js'
import { DbtError } from '../adapters/dbt/dbt-error.js'

const SUPPORTED_VERSIONS = [10, 11, 12]

/** A manifest.json whose envelope was checked (JSON object, schema v10–v12); nodes are not validated yet. */
export interface ManifestJson {
  schemaVersion: number
  json: Record<string, unknown>
}

/**
 * Parses manifest.json text and checks only its schema version, so callers that read a few fields of
 * every node (the manifest graph) need not pay for validating all of them.
 */
export function parseManifestJson(text: string, source = 'manifest.json'): ManifestJson {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new DbtError(`${source} is not JSON (${(error as Error).message})`, { cause: error })
  }
  return checkManifestEnvelope(json, source)
}

/** Checks an already parsed manifest's schema version (v10–v12). */
export function checkManifestEnvelope(json: unknown, source = 'manifest.json'): ManifestJson {
  const version = schemaVersionOf(json)
  if (version === undefined || !SUPPORTED_VERSIONS.includes(version)) {
    const found = version === undefined ? 'no manifest schema version' : `manifest schema v${version}`
    throw new DbtError(
      `${source} has ${found}; Autopilot reads v10–v12 (dbt 1.6–1.13). Regenerate it with a supported dbt version (\`dbt parse\`).`,
    )
  }
  return { schemaVersion: version, json: json as Record<string, unknown> }
}

const EnvelopeSchema = z.object({ metadata: z.object({ dbt_schema_version: z.string() }) })

function schemaVersionOf(json: unknown): number | undefined {
  const parsed = EnvelopeSchema.safeParse(json)
  if (!parsed.success) return undefined
  const match = /\/manifest\/v(\d+)\.json$/.exec(parsed.data.metadata.dbt_schema_version)
  return match ? Number(match[1]) : undefined
}

/**
 * The packages whose files the change can touch, by name, with the folder (relative to the changed files'
 * root, `` or ending in `/`) their manifest paths are relative to. A project name alone means the root
 * project, with paths relative to its folder.
 */
export type EditablePackages = string | ReadonlyMap<string, string>

function packagesMap(packages: EditablePackages): ReadonlyMap<string, string> {
  return typeof packages === 'string' ? new Map([[packages, '']]) : packages
}

/** The root-relative file of a node of an editable package, or undefined for installed packages. */
function rootFile(
  packages: ReadonlyMap<string, string>,
  node: GraphNode,
  file: string | undefined,
): string | undefined {
  const prefix = packages.get(node.packageName)
  return prefix === undefined || file === undefined ? undefined : prefix + file
}

/**
 * Names of the editable packages' models defined or documented by the given files. Nodes of installed
 * packages are skipped: their paths are relative to the package, not the project.
 */
export function modelsForFiles(
  graph: ManifestGraph,
  packages: EditablePackages,
  files: readonly string[],
): string[] {
  const map = packagesMap(packages)
  const wanted = new Set(files.map(normalize))
  const names = new Set<string>()
  for (const node of editableModels(graph, map)) {
    const sql = rootFile(map, node, node.file)
    const yml = rootFile(map, node, node.patchFile)
    if ((sql !== undefined && wanted.has(sql)) || (yml !== undefined && wanted.has(yml))) names.add(node.name)
  }
  return [...names].sort()
}

/**
 * Models the changed files touched, comparing the manifests from before and after the edit: a model
 * whose SQL changed, or that was added or removed, or whose entry in a changed properties YAML differs.
 * Without an `after` manifest (dbt could not parse the edit) every model the files mention counts.
 */
export function changedModels(
  before: ManifestGraph,
  after: ManifestGraph | undefined,
  packages: EditablePackages,
  files: readonly string[],
): string[] {
  if (!after) return modelsForFiles(before, packages, files)
  const map = packagesMap(packages)
  const wanted = new Set(files.map(normalize))
  const touched = (node: GraphNode | undefined, file: string | undefined) => {
    const rooted = node && rootFile(map, node, file)
    return rooted !== undefined && wanted.has(rooted)
  }
  const names = new Set<string>()
  const beforeModels = new Map(editableModels(before, map).map((node) => [node.id, node]))
  const afterModels = new Map(editableModels(after, map).map((node) => [node.id, node]))
  for (const id of new Set([...beforeModels.keys(), ...afterModels.keys()])) {
    const old = beforeModels.get(id)
    const now = afterModels.get(id)
    const node = (now ?? old) as GraphNode
    const inSql = touched(old, old?.file) || touched(now, now?.file)
    const inYaml = touched(old, old?.patchFile) || touched(now, now?.patchFile)
    if (inSql) names.add(node.name)
    else if (inYaml && (!old || !now || yamlProperties(old) !== yamlProperties(now))) names.add(node.name)
  }
  return [...names].sort()
}

/** What a properties YAML can set on a model; compared to tell which model of a shared YAML changed. */
function yamlProperties(node: GraphNode): string {
  const { description, columns, config } = node.raw
  return JSON.stringify({ description, columns, config })
}

function editableModels(graph: ManifestGraph, packages: ReadonlyMap<string, string>): GraphNode[] {
  return [...graph.nodes.values()].filter((node) => node.kind === 'model' && packages.has(node.packageName))
}

/** The file of a node of an editable package (relative to the changed files' root), for annotations and repairs. */
export function fileOfNode(
  graph: ManifestGraph,
  packages: EditablePackages,
  uniqueId: string,
): string | undefined {
  const node = graph.get(uniqueId)
  return node && rootFile(packagesMap(packages), node, node.file)
}

function normalize(file: string): string {
  return file.replaceAll('\\', '/').replace(/^\.\//, '')
}
