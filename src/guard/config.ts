import type { OverrideAllowances } from './overrides.js'

/**
 * What the guard allows. Paths are project-relative (the dbt project folder, not the repository root).
 * The denylist in `paths.ts` (`.git*`, `.github`, `profiles.yml`, `target/`, `dbt_packages/`, ...) holds
 * whatever this says; `deniedPaths` only adds to it.
 */
export interface GuardConfig {
  /**
   * Patterns of what the agent may write, in the glob dialect of `shared/glob.ts`: folders (`models/`),
   * files or globs (`seeds/*.csv`). Matched case-sensitively against the path as given and against its
   * real path once links are followed.
   */
  allowedPaths: string[]
  /**
   * Patterns refused on top of the fixed denylist, in the same dialect, case-insensitively: a bare name
   * (`packages.yml`, `secrets`) matches at any depth. Default: the project, package and dependency files,
   * so a change cannot add hooks, packages or vars that run in every model.
   */
  deniedPaths: string[]
  /**
   * Folders dbt writes (target path, installed packages), refused for reading, listing and searching on top
   * of the fixed denylist, in the same dialect. Absent: only the fixed denylist.
   */
  unreadablePaths?: string[]
  /** Most files one run may change. */
  maxFilesChanged: number
  /** Most lines added plus removed across the whole change. */
  maxLinesChanged: number
  /** Largest file the agent may write, in UTF-8 bytes. */
  maxFileBytes: number
  /**
   * Environment variables models, macros and YAML may read with `env_var(...)`, exact names. Default none:
   * the runner's environment holds the run's tokens.
   */
  allowedEnvVars: string[]
  /**
   * Overrides of dbt built-ins, lint switches and seed formulas the policy lets through without a draft
   * (`guard.allow`). Absent: each makes the pull request a draft.
   */
  allow?: OverrideAllowances
  /** The run's own secret values (tokens, API keys); they must never appear in a file or summary. */
  secretValues: string[]
  /**
   * Where dbt reads each kind of file in this project (`tests` → `data-tests/`), so a refusal can name the
   * project's real folder instead of dbt's default. Absent: the refusal lists `allowedPaths` only.
   */
  resourceFolders?: Readonly<Record<string, readonly string[]>>
  /**
   * The project's own dbt_project.yml files (the root project's and its editable local packages'): the only
   * ones that may change, and only under the settings rules of `project-settings.ts`. Default the root's.
   */
  projectFiles?: readonly string[]
}

export const DEFAULT_GUARD_CONFIG: Readonly<GuardConfig> = Object.freeze({
  allowedPaths: ['models/', 'tests/', 'macros/', 'snapshots/', 'analyses/', 'seeds/', '/dbt_project.yml'],
  deniedPaths: ['packages.yml', 'dependencies.yml', 'package-lock.yml'],
  maxFilesChanged: 50,
  maxLinesChanged: 3000,
  maxFileBytes: 200 * 1024,
  allowedEnvVars: [],
  secretValues: [],
})

/** The folders of one dbt project: where dbt reads each kind of file and where it writes. */
export interface ProjectFolders {
  /** Folders (ending in `/`) by kind: `models`, `tests`, `seeds`, `macros`, `snapshots`, `analyses`, `docs`. */
  resources: Readonly<Record<string, readonly string[]>>
  /** Folders dbt writes (target path, installed packages), ending in `/`. */
  generated: readonly string[]
  /** Each editable package's dbt_project.yml, root-relative (`dbt_project.yml` for the root project). */
  projectFiles?: readonly string[]
}

/**
 * `base` fitted to the project: the agent may write in the folders dbt reads (dbt_project.yml's paths, not
 * dbt's defaults) and never in the folders dbt writes. A policy's `allowed_paths` still replaces the list.
 */
export function guardConfigForProject(
  folders: ProjectFolders,
  base: Readonly<GuardConfig> = DEFAULT_GUARD_CONFIG,
): GuardConfig {
  const projectFiles = folders.projectFiles ?? ['dbt_project.yml']
  const allowed = [
    ...new Set([...Object.values(folders.resources).flat(), ...projectFiles.map((f) => `/${f}`)]),
  ]
  return {
    ...base,
    allowedPaths: allowed,
    deniedPaths: [...new Set([...base.deniedPaths, ...folders.generated])],
    unreadablePaths: [...folders.generated],
    resourceFolders: folders.resources,
    projectFiles,
  }
}

/** The defaults with the run's secret values added, the usual way a run builds its config. */
export function guardConfigWithSecrets(
  secrets: readonly (string | undefined)[],
  base: Readonly<GuardConfig> = DEFAULT_GUARD_CONFIG,
): GuardConfig {
  const values = secrets.filter(
    (secret): secret is string => typeof secret === 'string' && secret.trim() !== '',
  )
  return { ...base, secretValues: [...base.secretValues, ...values] }
}
