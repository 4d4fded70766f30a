import { rm } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type {
  BuildAnswer,
  CompileAnswer,
  CompiledNode,
  DbtFailure,
  DbtWorkbench,
  PreviewAnswer,
  PreviewQuery,
  WorkbenchCall,
} from '../../agent/dbt-workbench.js'
import type { Violation } from '../../guard/violation.js'
import { readIfPresent } from '../../shared/read-if-present.js'
import { parseRunResults } from '../../validate/run-results.js'
import type { DbtCli, DbtInvocation, DbtShowInvocation } from './dbt-cli.js'
import { DbtError } from './dbt-error.js'

export interface DbtCliWorkbenchOptions {
  /** The workbench's own target folder (outside the checkout); its run_results.json is read after each call. */
  targetPath: string
  /** The base manifest's folder, when unbuilt parents are read from production's relations (`--defer`). */
  deferTo?: string
  /** The parser's verdict on what a call executed: the statements a node may not run, if any. */
  judge?: SqlJudge
}

/** Statements dbt executed that no node may run, from its log (and run_results.json when there is one). */
export type SqlJudge = (invocation: DbtInvocation, runResults: string | undefined) => Promise<Violation[]>

const CompileResultsSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      unique_id: z.string(),
      status: z.string(),
      message: z.string().nullish(),
      compiled_code: z.string().nullish(),
    }),
  ),
})

/**
 * The agent's dbt tools on the sandboxed dbt CLI the validator uses. Every call runs in one target folder
 * of its own; run_results.json is removed before each call, so an answer is never an earlier call's.
 */
export class DbtCliWorkbench implements DbtWorkbench {
  constructor(
    private readonly dbt: DbtCli,
    private readonly options: DbtCliWorkbenchOptions,
  ) {}

  async compile(nodes: readonly string[], call: WorkbenchCall): Promise<CompileAnswer> {
    return this.guarded(async () => {
      const invocation = await this.dbt.compile(
        nodes.join(' '),
        { ...this.defer(), timeBudget: call.timeBudget },
        await this.freshTarget(),
      )
      const text = await readIfPresent(this.runResultsFile())
      const failure = (await this.forbidden(invocation, text)) ?? failureOf(invocation, 'compile')
      if (failure) return failure
      if (text === undefined) return noResults(invocation, 'compile')
      const parsed = CompileResultsSchema.safeParse(parseJson(text))
      if (!parsed.success)
        return { kind: 'dbt-error', message: 'dbt wrote a run_results.json of an unexpected shape.' }
      const compiled = parsed.data.results.map((result): CompiledNode => ({
        uniqueId: result.unique_id,
        status: result.status,
        ...(result.compiled_code ? { sql: result.compiled_code } : {}),
        ...(result.message ? { message: result.message } : {}),
      }))
      return { kind: 'compiled', nodes: compiled }
    })
  }

  async preview(query: PreviewQuery, call: WorkbenchCall & { limit: number }): Promise<PreviewAnswer> {
    return this.guarded(async () => {
      const options = {
        limit: call.limit,
        targetPath: await this.freshTarget(),
        timeBudget: call.timeBudget,
        ...(this.options.deferTo ? { deferTo: this.options.deferTo } : {}),
      }
      const invocation =
        'model' in query
          ? await this.dbt.showNode(query.model, options)
          : await this.dbt.show(query.inline, options)
      const failure = (await this.forbidden(invocation, undefined)) ?? failureOf(invocation, 'show')
      if (failure) return failure
      if (!invocation.rows) return noResults(invocation, 'show')
      return { kind: 'rows', rows: invocation.rows.filter(isRow) }
    })
  }

  async build(nodes: readonly string[], call: WorkbenchCall): Promise<BuildAnswer> {
    return this.guarded(async () => {
      const invocation = await this.dbt.build(
        nodes.join(' '),
        { ...this.defer(), timeBudget: call.timeBudget },
        await this.freshTarget(),
      )
      if (invocation.timedOut) return timedOut(invocation, 'build')
      const text = await readIfPresent(this.runResultsFile())
      const forbidden = await this.forbidden(invocation, text)
      if (forbidden) return forbidden
      const results = text === undefined ? [] : parseRunResults(text)
      // A node's own failure is in its result; without any, dbt failed as a whole (a parse error).
      if (results.length === 0 && invocation.exitCode !== 0) return noResults(invocation, 'build')
      return {
        kind: 'built',
        nodes: results.map((result) => ({
          uniqueId: result.uniqueId,
          status: result.status,
          ...(result.failures !== undefined ? { failures: result.failures } : {}),
          ...(result.message ? { message: result.message } : {}),
        })),
      }
    })
  }

  /** What a stopped command ran is not judged: its log may end mid-statement. */
  private async forbidden(
    invocation: DbtInvocation,
    runResults: string | undefined,
  ): Promise<DbtFailure | undefined> {
    if (!this.options.judge || invocation.timedOut) return undefined
    const findings = await this.options.judge(invocation, runResults)
    return findings.length > 0 ? { kind: 'forbidden-sql', findings } : undefined
  }

  private defer(): { state?: string; defer: boolean } {
    return this.options.deferTo ? { state: this.options.deferTo, defer: true } : { defer: false }
  }

  private runResultsFile(): string {
    return path.join(this.options.targetPath, 'run_results.json')
  }

  private async freshTarget(): Promise<string> {
    await rm(this.runResultsFile(), { force: true })
    return this.options.targetPath
  }

  /** dbt that cannot start, or writes what cannot be read, is an answer the model sees like any other. */
  private async guarded<T>(work: () => Promise<T>): Promise<T | DbtFailure> {
    try {
      return await work()
    } catch (error) {
      if (error instanceof DbtError) return { kind: 'dbt-error', message: error.message }
      throw error
    }
  }
}

function failureOf(invocation: DbtInvocation, command: string): DbtFailure | undefined {
  if (invocation.timedOut) return timedOut(invocation, command)
  if (invocation.exitCode !== 0) return noResults(invocation, command)
  return undefined
}

function timedOut(invocation: DbtInvocation, command: string): DbtFailure {
  return {
    kind: 'timed-out',
    afterMs: invocation.timeoutMs ?? 0,
    message: `dbt ${command} was stopped: it ran out of the time it had.`,
  }
}

function noResults(invocation: DbtInvocation | DbtShowInvocation, command: string): DbtFailure {
  const message = invocation.errors.join('\n').trim()
  return {
    kind: 'dbt-error',
    message: message || `dbt ${command} exited with code ${invocation.exitCode} and said nothing more.`,
  }
}

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
