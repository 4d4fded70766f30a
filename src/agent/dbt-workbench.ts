import type { Violation } from '../guard/violation.js'
import type { TimeBudget } from '../shared/time-budget.js'

/**
 * dbt on the agent's working copy while it works: compile, preview and build what it names. The adapter
 * (`src/adapters/dbt/dbt-workbench.ts`) runs dbt in the run's sandbox; every answer is a value, and dbt's
 * own failures are answers too (the model reads them), never thrown.
 */
export interface DbtWorkbench {
  compile(nodes: readonly string[], call: WorkbenchCall): Promise<CompileAnswer>
  preview(query: PreviewQuery, call: WorkbenchCall & { limit: number }): Promise<PreviewAnswer>
  build(nodes: readonly string[], call: WorkbenchCall): Promise<BuildAnswer>
}

/** What one call may spend: no dbt command runs past the agent's remaining time. */
export interface WorkbenchCall {
  timeBudget: TimeBudget
}

/**
 * dbt did not answer the question: it failed before any node result, or it was stopped; or it ran SQL a
 * node may not run (the parser's verdict on what it executed, inside the sandbox), which ends the run.
 */
export type DbtFailure =
  | { kind: 'dbt-error'; message: string }
  | { kind: 'timed-out'; afterMs: number; message: string }
  | { kind: 'forbidden-sql'; findings: Violation[] }

export interface CompiledNode {
  uniqueId: string
  /** dbt's status of the node: `success`, or `error` with `message`. */
  status: string
  sql?: string
  message?: string
}

export type CompileAnswer = { kind: 'compiled'; nodes: CompiledNode[] } | DbtFailure

/** A model's query, or one inline SELECT the tool layer has already checked. */
export type PreviewQuery = { model: string } | { inline: string }

export type PreviewAnswer = { kind: 'rows'; rows: Record<string, unknown>[] } | DbtFailure

export interface BuiltNode {
  uniqueId: string
  /** dbt's status: success, error, fail, warn, pass, skipped... */
  status: string
  failures?: number
  message?: string
}

export type BuildAnswer = { kind: 'built'; nodes: BuiltNode[] } | DbtFailure
