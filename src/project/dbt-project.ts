import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { DbtError } from '../adapters/dbt/dbt-error.js'

const paths = (fallback: string[]) => z.array(z.string()).default(fallback)

const DbtProjectFileSchema = z.looseObject({
  name: z.string().min(1),
  profile: z.string().optional(),
  'model-paths': paths(['models']),
  'seed-paths': paths(['seeds']),
  'test-paths': paths(['tests']),
  'macro-paths': paths(['macros']),
  'snapshot-paths': paths(['snapshots']),
  'analysis-paths': paths(['analyses']),
  'target-path': z.string().default('target'),
  'packages-install-path': z.string().default('dbt_packages'),
})

export interface DbtProject {
  /** Absolute path of the folder holding dbt_project.yml. */
  dir: string
  name: string
  profile?: string
  modelPaths: string[]
  seedPaths: string[]
  testPaths: string[]
  macroPaths: string[]
  snapshotPaths: string[]
  analysisPaths: string[]
  /** Absolute path of dbt's target folder. */
  targetDir: string
  /** Absolute path of the folder `dbt deps` installs packages into. */
  packagesDir: string
  /** True when packages.yml or dependencies.yml lists packages, so `dbt deps` must run first. */
  declaresPackages: boolean
}

export async function readDbtProject(dir: string): Promise<DbtProject> {
  const file = path.join(dir, 'dbt_project.yml')
  const text = await readOptional(file)
  if (text === undefined) {
    throw new DbtError(
      `No dbt_project.yml in ${dir}: set input \`project-dir\` to the folder of your dbt project`,
    )
  }
  const parsed = DbtProjectFileSchema.safeParse(parseYamlFile(text, file))
  if (!parsed.success) {
    throw new DbtError(`${file} is not a valid dbt project file: ${z.prettifyError(parsed.error)}`)
  }
  const p = parsed.data
  return {
    dir,
    name: p.name,
    profile: p.profile,
    modelPaths: p['model-paths'],
    seedPaths: p['seed-paths'],
    testPaths: p['test-paths'],
    macroPaths: p['macro-paths'],
    snapshotPaths: p['snapshot-paths'],
    analysisPaths: p['analysis-paths'],
    targetDir: path.resolve(dir, p['target-path']),
    packagesDir: path.resolve(dir, p['packages-install-path']),
    declaresPackages: await declaresPackages(dir),
  }
}

const PackagesFileSchema = z.looseObject({ packages: z.array(z.unknown()).nullish() }).nullish()

async function declaresPackages(dir: string): Promise<boolean> {
  for (const name of ['packages.yml', 'dependencies.yml']) {
    const file = path.join(dir, name)
    const text = await readOptional(file)
    if (text === undefined) continue
    const parsed = PackagesFileSchema.safeParse(parseYamlFile(text, file))
    if (!parsed.success) throw new DbtError(`${file} must hold a \`packages:\` list`)
    if ((parsed.data?.packages?.length ?? 0) > 0) return true
  }
  return false
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

function parseYamlFile(text: string, file: string): unknown {
  try {
    return parseYaml(text)
  } catch (error) {
    throw new DbtError(`${file} is not valid YAML: ${(error as Error).message}`, { cause: error })
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
