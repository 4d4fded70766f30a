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
  /** The run's own secret values (tokens, API keys); they must never appear in a file or summary. */
  secretValues: string[]
}

export const DEFAULT_GUARD_CONFIG: Readonly<GuardConfig> = Object.freeze({
  allowedPaths: ['models/', 'tests/', 'macros/', 'snapshots/', 'analyses/', 'seeds/'],
  deniedPaths: ['dbt_project.yml', 'packages.yml', 'dependencies.yml', 'package-lock.yml'],
  maxFilesChanged: 50,
  maxLinesChanged: 3000,
  maxFileBytes: 200 * 1024,
  allowedEnvVars: [],
  secretValues: [],
})

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
