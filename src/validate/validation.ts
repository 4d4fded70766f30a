import type { ManifestGraph } from '../project/graph.js'

/** What the validation stage found; the PR body, summary, annotations and repair prompt are views of it. */

export interface NodeResult {
  uniqueId: string
  /** dbt's status: success, error, fail, warn, skipped, pass, runtime error... */
  status: string
  message?: string
  failures?: number
  executionTimeS: number
  /** Project-relative path of the node's file, when the manifest knows it. */
  file?: string
}

export interface LintViolation {
  /** Project-relative path. */
  file: string
  line: number
  column: number
  code: string
  description: string
}

/** How much of the DAG was built and why. */
export type BuildMode =
  | 'deferred' // modified+ built, unmodified parents read from the production state
  | 'with-parents' // no production relations to defer to: parents of modified nodes were built too
  | 'full' // everything built

export interface DbtStep {
  ok: boolean
  mode: BuildMode
  /** The dbt command line as run, for the PR and the rollback plan. */
  command: string
  exitCode: number
  results: NodeResult[]
  /** Set when dbt failed without per-node results (compilation error, crash, timeout). */
  error?: string
}

export interface LintStep {
  ok: boolean
  /** Why lint did not run, when it did not. */
  skipped?: string
  files: string[]
  violations: LintViolation[]
  error?: string
}

export interface Validation {
  /** 1 for the first check, 2 after the first repair... */
  round: number
  ok: boolean
  dbt: DbtStep
  lint: LintStep
  /** Names of the dbt models whose files changed. */
  changedModels: string[]
}

/** The base state the change is compared with. */
export interface BaseState {
  mode: BuildMode
  /** Folder holding the base manifest.json. */
  stateDir: string
  /** The base manifest, parsed once for every later stage; absent for a validator without dbt. */
  graph?: ManifestGraph
}

/** One round's verdict, and the change's manifest when dbt could parse it (parsed once, here). */
export interface ValidationRound {
  validation: Validation
  graph?: ManifestGraph
}

/** The validation port: the pipeline sees this; dbt and sqlfluff stay behind it. */
export interface ChangeValidator {
  /** Runs before any edit; `stateManifest` overrides the configured production manifest. */
  prepareBase(stateManifest?: string): Promise<BaseState>
  validate(round: number, changedFiles: string[]): Promise<ValidationRound>
}
