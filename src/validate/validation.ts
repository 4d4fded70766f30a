import type { ManifestGraph } from '../project/graph.js'
import type { Violation } from '../guard/violation.js'
import type { ProjectLayout } from '../project/project-layout.js'
import type { RoundCause } from './round-cause.js'

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
  /**
   * What the change holds that dbt did not check although it reported no error (a file under a folder dbt
   * does not read, nothing selected, every new test skipped): each fails the round and says what to do.
   */
  unchecked?: string[]
  /** The parser's verdict on the SQL the build ran; absent when no checker is configured. */
  sqlVerdict?: SqlVerdictStep
  /** dbt processes this round started (2 when the change reached parents no earlier round had built). */
  launches?: number
  /** How dbt read the project, from its log: `reused` when it re-read only the changed files. */
  parse?: DbtParse
  /**
   * A later round that read the relations an earlier round built instead of building the parents again:
   * the earlier round's number.
   */
  parentsFrom?: number
}

export interface DbtParse {
  partialParse: 'reused' | 'full'
  /** dbt's reason for a full parse ("saved manifest not found", "profile has changed"). */
  reason?: string
}

/** A statement dbt ran (or a node compiled to) that its node may not run: a guard finding. */
export interface SqlFinding extends Violation {
  rule: 'forbidden-sql'
  /** dbt executed it (inside the sandbox); the run then ends `failed:guard`. */
  executed: boolean
  node?: string
}

export interface SqlVerdictStep {
  /** Statements parsed: executed ones and compiled nodes. */
  statements: number
  findings: SqlFinding[]
  /** Why the SQL could not be judged (no log, no sqlglot): said in the report, never a pass by silence. */
  notRun?: string
}

export interface LintStep {
  ok: boolean
  /** Why lint was not asked for: `lint: false`, not configured in the project (`lint: auto`), no SQL changed. */
  skipped?: string
  /**
   * Why sqlfluff could not lint (its configuration, templater or dialect; a timeout): the environment's
   * problem, never the change's, so it neither fails the round nor goes to the model.
   */
  notRun?: string
  /** Files linted, relative to the layout root. */
  files: string[]
  /** Violations the change introduced: they decide the verdict and go to the model. */
  violations: LintViolation[]
  /** Violations already in the base version of the changed files: listed, not blamed on the change. */
  preExisting?: LintViolation[]
}

export interface Validation {
  /** 1 for the first check, 2 after the first repair... */
  round: number
  /**
   * Why the round ran (`change`, `repair`, `review`, `new-version`, `tests`), set by the loop that asked for
   * it; absent in records from before it was kept (see `causeOf`).
   */
  cause?: RoundCause
  ok: boolean
  dbt: DbtStep
  lint: LintStep
  /** Names of the dbt models whose files changed. */
  changedModels: string[]
  /**
   * Files (relative to the layout root) whose content differs from what the previous round validated: for
   * the first round every changed file, for a repair round what the repair edited.
   */
  edited?: string[]
  /**
   * Set when the files were the same as in an earlier round: that round's verdict is repeated (its number
   * here) and neither dbt nor sqlfluff ran again.
   */
  reusedFrom?: number
}

/** The base state the change is compared with. */
export interface BaseState {
  mode: BuildMode
  /** The dbt target the base was parsed with when it stands for production (input `defer-target`). */
  deferTarget?: string
  /** Folder holding the base manifest.json. */
  stateDir: string
  /** The base manifest, parsed once for every later stage; absent for a validator without dbt. */
  graph?: ManifestGraph
  /**
   * Where dbt reads and writes, from dbt_project.yml; changed files are relative to its `root`. Absent for a
   * validator without dbt (dbt's default folders in the project folder are assumed).
   */
  layout?: ProjectLayout
  /**
   * dbt's parse error when the checkout does not parse before any edit: there is no base to compare with,
   * so the change is validated alone (mode `full`: everything its manifest selects) and impact is skipped.
   */
  brokenBase?: string
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
  /** `changedFiles` are relative to the layout's root (the project folder unless local packages widen it). */
  validate(round: number, changedFiles: string[]): Promise<ValidationRound>
  /**
   * Relations something other than validation built from the working copy (the agent's build_selected):
   * what they hold is not known to match any round's tree, so a later round builds them again.
   */
  noteRelationsBuilt?(uniqueIds: readonly string[]): void
}
