import type { ManifestGraph } from '../project/graph.js'
import {
  editablePackages,
  folderHint,
  isInDbtFolder,
  ownerOf,
  type ProjectLayout,
} from '../project/project-layout.js'
import type { NodeResult } from './validation.js'

/** Files dbt reads by their own name, not from a resource folder. */
const PROJECT_FILES = new Set([
  'dbt_project.yml',
  'packages.yml',
  'dependencies.yml',
  'package-lock.yml',
  'selectors.yml',
  'profiles.yml',
])

/** Kinds of file that must turn into something in dbt's manifest; docs (.md) may hold no docs block. */
const DBT_FILE = /\.(?:sql|ya?ml|csv)$/i

export interface CoverageInput {
  layout: ProjectLayout
  /** Changed files that exist after the change, relative to the layout's root. */
  files: readonly string[]
  base: ManifestGraph
  /** The change's manifest as dbt wrote it. */
  graph: ManifestGraph
  results: readonly NodeResult[]
  /** Models whose SQL or properties the change altered (see `changedModels`). */
  changedModels: readonly string[]
}

/**
 * What the change holds that dbt did not check, judged by dbt's own artifacts: a file that maps to no
 * node in the new manifest, a change that selected nothing, new tests that all were skipped. Each entry
 * says what to do; an empty list means dbt saw the whole change.
 */
export function uncheckedChanges(input: CoverageInput): string[] {
  const unread = input.files.filter((file) => DBT_FILE.test(file) && !readByDbt(input, file))
  const problems = unread.map((file) => unreadMessage(input.layout, file))
  if (problems.length > 0) return problems
  // A build that ran the analysis's parents (`@state:modified` selects them) has results, but none for it.
  problems.push(
    ...input.files.filter((file) => onlyAnalyses(input, file)).map((f) => analysisMessage(input.layout, f)),
  )
  if (problems.length > 0) return problems
  if (input.results.length === 0 && !documentationOnly(input)) {
    problems.push(
      `dbt selected no nodes to build or test for this change (${list(input.files)}): nothing in it was checked. Change a model, test, seed, snapshot or macro that dbt builds, or use the new macro from a model.`,
    )
  }
  const skipped = skippedNewTests(input)
  if (skipped) problems.push(skipped)
  return problems
}

function readByDbt({ layout, graph }: CoverageInput, file: string): boolean {
  const owner = ownerOf(layout, file)
  if (!owner) return false
  if (PROJECT_FILES.has(owner.file)) return true
  return graph.definesFile(owner.package.name, owner.file)
}

function unreadMessage(layout: ProjectLayout, file: string): string {
  if (!ownerOf(layout, file)) return `\`${file}\` is outside the dbt project, so dbt never reads it.`
  if (!isInDbtFolder(layout, file)) {
    return `\`${file}\` is not under a folder dbt reads; ${folderHint(layout, file)}. Move it there.`
  }
  return `\`${file}\` is in a folder dbt reads, but dbt's manifest has nothing from it (no model, test, seed, source, macro or properties entry): check its name, YAML keys and \`enabled\` config.`
}

/** A SQL file whose nodes are all analyses: dbt compiles them on request, but `dbt build` never runs them. */
function onlyAnalyses({ layout, graph }: CoverageInput, file: string): boolean {
  const owner = ownerOf(layout, file)
  if (!owner || !/\.sql$/i.test(file)) return false
  const nodes = [...graph.nodes.values()].filter(
    (node) => node.packageName === owner.package.name && node.file === owner.file,
  )
  return nodes.length > 0 && nodes.every((node) => node.kind === 'analysis')
}

function analysisMessage(layout: ProjectLayout, file: string): string {
  const models = (ownerOf(layout, file)?.package ?? layout.project).folders.models
  const where = models.length > 0 ? models.map((folder) => `\`${folder}\``).join(', ') : '(none configured)'
  return `\`${file}\` is an analysis (it is under this project's analysis-paths): dbt never builds or tests analyses, so nothing checked it. A model goes under model-paths ${where}.`
}

/** Only properties YAML changed, and dbt's manifest shows the models' properties changed: nothing to build. */
function documentationOnly({ files, changedModels }: CoverageInput): boolean {
  return changedModels.length > 0 && files.every((file) => /\.(?:ya?ml|md)$/i.test(file))
}

/** New data or unit tests of the editable packages that dbt selected but did not run (all skipped). */
function skippedNewTests({ layout, base, graph, results }: CoverageInput): string | undefined {
  const packages = editablePackages(layout)
  const fresh = [...graph.nodes.values()].filter(
    (node) =>
      (node.kind === 'test' || node.kind === 'unit_test') &&
      packages.has(node.packageName) &&
      !base.get(node.id),
  )
  if (fresh.length === 0) return undefined
  const byId = new Map(results.map((result) => [result.uniqueId, result]))
  const ran = fresh.filter((node) => {
    const status = byId.get(node.id)?.status
    return status !== undefined && status !== 'skipped'
  })
  if (ran.length > 0) return undefined
  const names = fresh.slice(0, 5).map((node) => `\`${node.name}\``)
  return `None of the new tests ran (${names.join(', ')}${fresh.length > 5 ? ', …' : ''}): dbt skipped them or did not select them, so they check nothing. Make sure the models they test are built in this change and the tests are enabled.`
}

function list(files: readonly string[]): string {
  const shown = files.slice(0, 5).map((file) => `\`${file}\``)
  return `${shown.join(', ')}${files.length > 5 ? `, and ${files.length - 5} more` : ''}`
}
