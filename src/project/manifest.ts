import { z } from 'zod'
import { DbtError } from '../adapters/dbt/dbt-error.js'

const SUPPORTED_VERSIONS = [10, 11, 12]

/** Only the fields validation reads; unknown fields are accepted and dropped. */
const NodeSchema = z.object({
  unique_id: z.string(),
  resource_type: z.string(),
  name: z.string(),
  package_name: z.string(),
  original_file_path: z.string(),
  patch_path: z.string().nullish(),
  description: z.string().optional(),
  columns: z.unknown().optional(),
  config: z.unknown().optional(),
})

const ManifestSchema = z.object({
  metadata: z.object({ dbt_schema_version: z.string(), project_name: z.string().optional() }),
  nodes: z.record(z.string(), NodeSchema),
  unit_tests: z.record(z.string(), NodeSchema).optional(),
})

export interface ManifestNode {
  uniqueId: string
  resourceType: string
  name: string
  packageName: string
  /** Project-relative path of the node's SQL (or YAML, for generic and unit tests). */
  file: string
  /** Project-relative path of the YAML that documents the node, without dbt's `package://` prefix. */
  patchFile?: string
  /** What a properties YAML can set on the node; compared to tell which model of a shared YAML changed. */
  properties: { description?: string; columns?: unknown; config?: unknown }
}

export interface Manifest {
  schemaVersion: number
  projectName?: string
  nodes: Map<string, ManifestNode>
}

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

/** Parses manifest.json text (schema v10–v12) into the nodes validation needs. */
export function parseManifest(text: string, source = 'manifest.json'): Manifest {
  const { schemaVersion: version, json } = parseManifestJson(text, source)
  const parsed = ManifestSchema.safeParse(json)
  if (!parsed.success) {
    throw new DbtError(`${source} is not a dbt manifest: ${z.prettifyError(parsed.error)}`)
  }
  const nodes = new Map<string, ManifestNode>()
  for (const raw of [...Object.values(parsed.data.nodes), ...Object.values(parsed.data.unit_tests ?? {})]) {
    const node: ManifestNode = {
      uniqueId: raw.unique_id,
      resourceType: raw.resource_type,
      name: raw.name,
      packageName: raw.package_name,
      file: raw.original_file_path,
      properties: { description: raw.description, columns: raw.columns, config: raw.config },
    }
    if (raw.patch_path) node.patchFile = raw.patch_path.replace(/^[^/]*:\/\//, '')
    nodes.set(node.uniqueId, node)
  }
  return { schemaVersion: version, projectName: parsed.data.metadata.project_name, nodes }
}

const EnvelopeSchema = z.object({ metadata: z.object({ dbt_schema_version: z.string() }) })

function schemaVersionOf(json: unknown): number | undefined {
  const parsed = EnvelopeSchema.safeParse(json)
  if (!parsed.success) return undefined
  const match = /\/manifest\/v(\d+)\.json$/.exec(parsed.data.metadata.dbt_schema_version)
  return match ? Number(match[1]) : undefined
}

/**
 * Names of the root project's models defined or documented by the given project-relative files.
 * Nodes of installed packages are skipped: their paths are relative to the package, not the project.
 */
export function modelsForFiles(manifest: Manifest, projectName: string, files: readonly string[]): string[] {
  const wanted = new Set(files.map(normalize))
  const names = new Set<string>()
  for (const node of projectModels(manifest, projectName)) {
    if (wanted.has(node.file) || (node.patchFile !== undefined && wanted.has(node.patchFile)))
      names.add(node.name)
  }
  return [...names].sort()
}

/**
 * Models the changed files touched, comparing the manifests from before and after the edit: a model
 * whose SQL changed, or that was added or removed, or whose entry in a changed properties YAML differs.
 * Without an `after` manifest (dbt could not parse the edit) every model the files mention counts.
 */
export function changedModels(
  before: Manifest,
  after: Manifest | undefined,
  projectName: string,
  files: readonly string[],
): string[] {
  if (!after) return modelsForFiles(before, projectName, files)
  const wanted = new Set(files.map(normalize))
  const names = new Set<string>()
  const beforeModels = new Map(projectModels(before, projectName).map((node) => [node.uniqueId, node]))
  const afterModels = new Map(projectModels(after, projectName).map((node) => [node.uniqueId, node]))
  for (const id of new Set([...beforeModels.keys(), ...afterModels.keys()])) {
    const old = beforeModels.get(id)
    const now = afterModels.get(id)
    const node = (now ?? old) as ManifestNode
    const inSql = [old?.file, now?.file].some((file) => file !== undefined && wanted.has(file))
    const inYaml = [old?.patchFile, now?.patchFile].some((file) => file !== undefined && wanted.has(file))
    if (inSql) names.add(node.name)
    else if (inYaml && (!old || !now || JSON.stringify(old.properties) !== JSON.stringify(now.properties))) {
      names.add(node.name)
    }
  }
  return [...names].sort()
}

function projectModels(manifest: Manifest, projectName: string): ManifestNode[] {
  return [...manifest.nodes.values()].filter(
    (node) => node.resourceType === 'model' && node.packageName === projectName,
  )
}

/** The project-relative file of a node of the root project, for annotations and repair prompts. */
export function fileOfNode(manifest: Manifest, projectName: string, uniqueId: string): string | undefined {
  const node = manifest.nodes.get(uniqueId)
  return node && node.packageName === projectName ? node.file : undefined
}

function normalize(file: string): string {
  return file.replaceAll('\\', '/').replace(/^\.\//, '')
}
