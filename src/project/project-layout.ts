import path from 'node:path'
import { defaultDbtProject, readDbtProject, type DbtProject } from './dbt-project.js'

/** The kinds of file dbt reads from configured folders (`<kind>-paths` in dbt_project.yml). */
export const RESOURCE_KINDS = ['models', 'tests', 'seeds', 'macros', 'snapshots', 'analyses', 'docs'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

/** dbt_project.yml's key for each kind, for messages. */
const KEYS: Readonly<Record<ResourceKind, string>> = {
  models: 'model-paths',
  tests: 'test-paths',
  seeds: 'seed-paths',
  macros: 'macro-paths',
  snapshots: 'snapshot-paths',
  analyses: 'analysis-paths',
  docs: 'docs-paths',
}

/** One dbt project (the root, or a local package) as the editable tree sees it. */
export interface PackageLayout {
  name: string
  /** Its dbt_project.yml's folder relative to the layout root: `` for the root itself, else ending in `/`. */
  dir: string
  /** Root-relative folders, each ending in `/`, that dbt reads each kind of file from. */
  folders: Readonly<Record<ResourceKind, readonly string[]>>
}

/**
 * Where dbt reads and writes, from dbt_project.yml and not from convention. Every path here is relative to
 * `root`, the folder the agent's tools and the guard work in.
 */
export interface ProjectLayout {
  /** Absolute: the dbt project's folder, or the folder that also holds its in-repository local packages. */
  root: string
  /** The dbt project dbt runs in. */
  project: PackageLayout
  /** `local:` packages that live in the same repository: part of the editable project. */
  localPackages: readonly PackageLayout[]
  /** Folders dbt writes (its target path and installed packages), each ending in `/`. */
  generated: readonly string[]
}

/**
 * Reads the project's layout and its in-repository `local:` packages (a package developed with an
 * integration-test project as its root is `local: ../`). Packages outside `repoDir` are not editable.
 */
export async function readProjectLayout(projectDir: string, repoDir = projectDir): Promise<ProjectLayout> {
  return layoutWithLocalPackages(await readDbtProject(projectDir), repoDir)
}

/** `project`'s layout with the `local:` packages it lists that live inside `repoDir`. */
export async function layoutWithLocalPackages(project: DbtProject, repoDir: string): Promise<ProjectLayout> {
  const locals: DbtProject[] = []
  for (const dir of project.localPackageDirs) {
    if (!isInside(dir, repoDir) || dir === project.dir || isInside(dir, project.packagesDir)) continue
    const local = await readDbtProject(dir).catch(() => undefined)
    if (local) locals.push(local)
  }
  return layoutOf(project, locals)
}

/** dbt's default layout in `dir`, for a run whose validator read no dbt_project.yml. */
export function defaultLayout(dir: string): ProjectLayout {
  return layoutOf(defaultDbtProject(dir))
}

/** The layout of `project` and its editable local packages (pure: no file access). */
export function layoutOf(project: DbtProject, locals: readonly DbtProject[] = []): ProjectLayout {
  const root = locals.reduce((ancestor, local) => commonAncestor(ancestor, local.dir), project.dir)
  const relative = (dir: string) => {
    const rel = toPosix(path.relative(root, dir))
    return rel === '' ? '' : `${rel}/`
  }
  return {
    root,
    project: packageLayout(project, relative(project.dir)),
    localPackages: locals.map((local) => packageLayout(local, relative(local.dir))),
    generated: [relative(project.targetDir), relative(project.packagesDir)].filter(
      (folder) => folder !== '' && !folder.startsWith('../'),
    ),
  }
}

function packageLayout(project: DbtProject, dir: string): PackageLayout {
  const under = (folders: readonly string[]) => folders.map((folder) => `${dir}${folder}/`)
  return {
    name: project.name,
    dir,
    folders: {
      models: under(project.modelPaths),
      tests: under(project.testPaths),
      seeds: under(project.seedPaths),
      macros: under(project.macroPaths),
      snapshots: under(project.snapshotPaths),
      analyses: under(project.analysisPaths),
      docs: under(project.docsPaths),
    },
  }
}

/** The root project first, then the local packages. */
export function packagesOf(layout: ProjectLayout): readonly PackageLayout[] {
  return [layout.project, ...layout.localPackages]
}

/** Root-relative folders of the given kinds across every editable package, each once. */
export function foldersOf(layout: ProjectLayout, kinds: readonly ResourceKind[] = RESOURCE_KINDS): string[] {
  const folders = new Set<string>()
  for (const pkg of packagesOf(layout))
    for (const kind of kinds) for (const f of pkg.folders[kind]) folders.add(f)
  return [...folders]
}

/** Every editable package's folders by kind, and the folders dbt writes: what the guard allows and refuses. */
export function projectFolders(layout: ProjectLayout): {
  resources: Record<ResourceKind, string[]>
  generated: readonly string[]
  projectFiles: string[]
} {
  const resources = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, foldersOf(layout, [kind])]))
  return {
    resources: resources as Record<ResourceKind, string[]>,
    generated: layout.generated,
    projectFiles: packagesOf(layout).map((pkg) => `${pkg.dir}dbt_project.yml`),
  }
}

/** Editable packages by name, with the root-relative folder their manifest paths are relative to. */
export function editablePackages(layout: ProjectLayout): Map<string, string> {
  return new Map(packagesOf(layout).map((pkg) => [pkg.name, pkg.dir]))
}

/** The package a root-relative file belongs to (the deepest one holding it) and its package-relative path. */
export function ownerOf(
  layout: ProjectLayout,
  file: string,
): { package: PackageLayout; file: string } | undefined {
  const clean = normalizePath(file)
  let best: PackageLayout | undefined
  for (const pkg of packagesOf(layout)) {
    if (clean.startsWith(pkg.dir) && (!best || pkg.dir.length > best.dir.length)) best = pkg
  }
  return best && { package: best, file: clean.slice(best.dir.length) }
}

/** True when the root-relative file is inside one of the folders dbt reads (any kind). */
export function isInDbtFolder(layout: ProjectLayout, file: string): boolean {
  const clean = normalizePath(file)
  return foldersOf(layout).some((folder) => clean.startsWith(folder))
}

/**
 * Why dbt will not read a root-relative file, naming the folders it does read: for `tests/x.sql` in a
 * project whose tests live in `data-tests/`, "this project's test paths are `data-tests/`".
 */
export function folderHint(layout: ProjectLayout, file: string): string {
  const owner = ownerOf(layout, file)
  const pkg = owner?.package ?? layout.project
  const first = (owner?.file ?? normalizePath(file)).split('/')[0] ?? ''
  const kind = RESOURCE_KINDS.find((k) => k === first || (k === 'analyses' && first === 'analysis'))
  const kinds: ResourceKind[] = kind ? [kind] : ['models', 'tests', 'seeds', 'macros', 'snapshots']
  const described = kinds.map((k) => {
    const folders = pkg.folders[k]
    return `${KEYS[k]} ${folders.length > 0 ? folders.map((f) => `\`${f}\``).join(', ') : '(none configured)'}`
  })
  return `this project's ${described.join('; ')} (from ${pkg.dir}dbt_project.yml)`
}

/** One line per kind and folder, for the model's project overview. */
export function describeLayout(layout: ProjectLayout): string {
  const lines: string[] = []
  for (const pkg of packagesOf(layout)) {
    const label = pkg === layout.project ? `dbt project \`${pkg.name}\`` : `local package \`${pkg.name}\``
    lines.push(`${label} (${pkg.dir || './'}dbt_project.yml):`)
    for (const kind of RESOURCE_KINDS) {
      if (kind === 'docs') continue
      const folders = pkg.folders[kind]
      lines.push(
        `  ${kind}: ${folders.length > 0 ? folders.join(', ') : '(none: dbt reads no ' + kind + ')'}`,
      )
    }
  }
  return lines.join('\n')
}

export function normalizePath(file: string): string {
  return file
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

function isInside(dir: string, parent: string): boolean {
  const rel = path.relative(parent, dir)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function commonAncestor(a: string, b: string): string {
  let ancestor = a
  while (!isInside(b, ancestor)) {
    const parent = path.dirname(ancestor)
    if (parent === ancestor) break
    ancestor = parent
  }
  return ancestor
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
