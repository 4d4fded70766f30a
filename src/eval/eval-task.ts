import { AutopilotError } from '../shared/autopilot-error.js'

/** The ticket a task replays: a ticket file as `run --ticket` reads it, or one made from a benchmark prompt. */
export type EvalTicket =
  { kind: 'file'; path: string } | { kind: 'text'; key: string; title: string; body: string }

/** Files a check needs in the changed project before its command runs (ADE-bench's tests and answer seeds). */
export interface CheckFile {
  /** Absolute path of the file in the task folder. */
  source: string
  /** The dbt folder it goes into: the project's first `test-paths` or `seed-paths` entry, in `eval_checks/`. */
  into: 'tests' | 'seeds'
}

/** A command run in the sandbox against the changed project; exit 0 is a pass. */
export interface CheckCommand {
  command: string
  files: CheckFile[]
}

/**
 * One task of an eval: a ticket, the dbt project it is done on, and how the result is judged: a reference
 * patch (the files and models it changes must change, and dbt must build the result green), a check
 * command, or both.
 */
export interface EvalTask {
  id: string
  /** Absolute path of the task's folder. */
  dir: string
  format: 'autopilot' | 'ade-bench'
  /** Absolute path of the dbt project folder copied into the task's scratch repository. */
  project: string
  ticket: EvalTicket
  /**
   * A DuckDB database the project's profile opens by file name (ADE-bench's): copied into dbt's target
   * folder, the one place in the project the sandbox lets dbt write, with the profile's `path` pointed there.
   */
  database?: { source: string; name: string }
  /** Applied and committed before the run: the broken or outdated state the ticket starts from. */
  setupPatch?: string
  /** A unified diff (as `git diff` writes it) against the project: what a correct change looks like. */
  reference?: string
  check?: CheckCommand
  /** Why the task has no reference the oracle could apply, when its format has a solution we cannot replay. */
  referenceProblem?: string
}

/** A task folder that cannot be replayed; the message names the file, the field and what to write. */
export class EvalTaskError extends AutopilotError {
  constructor(message: string) {
    super('failed:config', message)
  }
}
