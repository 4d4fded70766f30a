import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { DbtError } from '../adapters/dbt/dbt-error.js'
import { readIfPresent } from '../shared/read-if-present.js'

const paths = (fallback: string[]) => z.array(z.string()).default(fallback)

// dbt-core's documented defaults (docs.getdbt.com/reference/project-configs/*): analyses are compiled only
// from configured folders; docs blocks are looked for in every resource folder unless `docs-paths` is set.
const DEFAULTS = {
  'model-paths': ['models'],
  'seed-paths': ['seeds'],
  'test-paths': ['tests'],
  'macro-paths': ['macros'],
  'snapshot-paths': ['snapshots'],
  'analysis-paths': [],
  'target-path': 'target',
  'packages-install-path': 'dbt_packages',
} as const

const DbtProjectFileSchema = z.looseObject({
  name: z.string().min(1),
  profile: z.string().optional(),
  'model-paths': paths([...DEFAULTS['model-paths']]),
  'seed-paths': paths([...DEFAULTS['seed-paths']]),
  'test-paths': paths([...DEFAULTS['test-paths']]),
  'macro-paths': paths([...DEFAULTS['macro-paths']]),
  'snapshot-paths': paths([...DEFAULTS['snapshot-paths']]),
  'analysis-paths': paths([...DEFAULTS['analysis-paths']]),
  'docs-paths': z.array(z.string()).optional(),
  'target-path': z.string().default(DEFAULTS['target-path']),
  'packages-install-path': z.string().default(DEFAULTS['packages-install-path']),
})

type DbtProjectFile = z.output<typeof DbtProjectFileSchema>

export interface DbtProject {
  /** Absolute path of the folder holding dbt_project.yml. */
  dir: string
  name: string
  profile?: string
  /** Folders as dbt_project.yml names them (defaults filled), relative to `dir`, without `./` or a trailing `/`. */
  modelPaths: string[]
  seedPaths: string[]
  testPaths: string[]
  macroPaths: string[]
  snapshotPaths: string[]
  analysisPaths: string[]
  docsPaths: string[]
  /** Absolute path of dbt's target folder. */
  targetDir: string
  /** Absolute path of the folder `dbt deps` installs packages into. */
  packagesDir: string
  /** True when packages.yml or dependencies.yml lists packages, so `dbt deps` must run first. */
  declaresPackages: boolean
  /** Absolute folders of the `local:` packages packages.yml or dependencies.yml lists. */
  localPackageDirs: string[]
}

export async function readDbtProject(dir: string): Promise<DbtProject> {
  const file = path.join(dir, 'dbt_project.yml')
  const text = await readIfPresent(file)
  if (text === undefined) {
    throw new DbtError(
      `No dbt_project.yml in ${dir}: set input \`project-dir\` to the folder of your dbt project`,
    )
  }
  const parsed = DbtProjectFileSchema.safeParse(parseYamlFile(text, file))
  if (!parsed.success) {
    throw new DbtError(`${file} is not a valid dbt project file: ${z.prettifyError(parsed.error)}`)
  }
  return { ...projectOf(dir, parsed.data), ...(await packagesOf(dir)) }
}

/** A project with dbt's default layout and no packages: what a validator without dbt assumes. */
export function defaultDbtProject(dir: string, name = path.basename(dir)): DbtProject {
  return {
    ...projectOf(dir, DbtProjectFileSchema.parse({ name })),
    declaresPackages: false,
    localPackageDirs: [],
  }
}

function projectOf(
  dir: string,
  p: DbtProjectFile,
): Omit<DbtProject, 'declaresPackages' | 'localPackageDirs'> {
  const folders = (list: string[]) => [...new Set(list.map(cleanFolder).filter((folder) => folder !== ''))]
  const resources = {
    modelPaths: folders(p['model-paths']),
    seedPaths: folders(p['seed-paths']),
    testPaths: folders(p['test-paths']),
    macroPaths: folders(p['macro-paths']),
    snapshotPaths: folders(p['snapshot-paths']),
    analysisPaths: folders(p['analysis-paths']),
  }
  return {
    dir,
    name: p.name,
    profile: p.profile,
    ...resources,
    docsPaths: p['docs-paths']
      ? folders(p['docs-paths'])
      : folders([
          ...resources.modelPaths,
          ...resources.seedPaths,
          ...resources.analysisPaths,
          ...resources.testPaths,
          ...resources.macroPaths,
          ...resources.snapshotPaths,
        ]),
    targetDir: path.resolve(dir, p['target-path']),
    packagesDir: path.resolve(dir, p['packages-install-path']),
  }
}

async function packagesOf(dir: string): Promise<Pick<DbtProject, 'declaresPackages' | 'localPackageDirs'>> {
  const packages = await declaredPackages(dir)
  return {
    declaresPackages: packages.length > 0,
    localPackageDirs: packages.flatMap((entry) =>
      entry.local === undefined ? [] : [path.resolve(dir, entry.local)],
    ),
  }
}

const PackageEntrySchema = z.looseObject({ local: z.string().optional() })
const PackagesFileSchema = z.looseObject({ packages: z.array(z.unknown()).nullish() }).nullish()

async function declaredPackages(dir: string): Promise<{ local?: string }[]> {
  const entries: { local?: string }[] = []
  for (const name of ['packages.yml', 'dependencies.yml']) {
    const file = path.join(dir, name)
    const text = await readIfPresent(file)
    if (text === undefined) continue
    const parsed = PackagesFileSchema.safeParse(parseYamlFile(text, file))
    if (!parsed.success) throw new DbtError(`${file} must hold a \`packages:\` list`)
    for (const entry of parsed.data?.packages ?? []) {
      const local = PackageEntrySchema.safeParse(entry)
      entries.push(local.success && local.data.local !== undefined ? { local: local.data.local } : {})
    }
  }
  return entries
}

/** Folders (project-relative) whose SQL files sqlfluff should check. */
export function lintablePaths(project: DbtProject): string[] {
  return [
    ...project.modelPaths,
    ...project.macroPaths,
    ...project.testPaths,
    ...project.snapshotPaths,
    ...project.analysisPaths,
  ]
}

/** `./models/` → `models`; `.` → `` (the project folder itself). */
function cleanFolder(folder: string): string {
  return folder
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

function parseYamlFile(text: string, file: string): unknown {
  try {
    return parseYaml(text)
  } catch (error) {
    throw new DbtError(`${file} is not valid YAML: ${(error as Error).message}`, { cause: error })
  }
}
