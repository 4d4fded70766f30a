import { z } from 'zod'
import { formatViolations, type GuardConfig } from '../guard/guard.js'
import { AutopilotError } from '../shared/autopilot-error.js'
import type { Redactor } from '../shared/redact.js'
import type { TimeBudget } from '../shared/time-budget.js'
import {
  DEFAULT_RESULT_LIMITS,
  shapeBuild,
  shapeCompiled,
  shapeRows,
  type ResultLimits,
} from './dbt-tool-results.js'
import type { Violation } from '../guard/violation.js'
import type { DbtFailure, DbtWorkbench } from './dbt-workbench.js'
import type { ToolSpec } from './language-model.js'
import { checkPreviewSql } from './preview-sql.js'

/** A node as dbt's `--select` names it: no selector methods, no paths, no option-like text. */
const NODE_NAME = /^[A-Za-z_][\w-]*(?:\.v\d+)?$/
const MAX_NODES = 10
export const MAX_PREVIEW_ROWS = 50
const DEFAULT_PREVIEW_ROWS = 10
/** Below this much of the agent's time a dbt command is not started: it would only be stopped. */
export const MIN_TOOL_MS = 10_000

const nodeName = z
  .string()
  .trim()
  .regex(
    NODE_NAME,
    'must be a node name such as `orders`, `stg_customers` or `orders.v2`, without selector syntax',
  )

const nodeNames = (what: string) =>
  z.array(nodeName).min(1, `name at least one ${what}`).max(MAX_NODES, `at most ${MAX_NODES} at once`)

const CompileInput = z.strictObject({
  nodes: nodeNames('model, test or snapshot').describe(
    'Names of the models (or tests, snapshots, analyses) to compile, as in ref(): `orders`, `orders.v2`.',
  ),
})
const PreviewInput = z
  .strictObject({
    model: nodeName
      .optional()
      .describe(
        "A model whose query to run, as it is in the working copy now (its parents' relations must exist).",
      ),
    sql: z
      .string()
      .optional()
      .describe(
        "One SELECT (Jinja allowed: ref(), source()), e.g. `select status, count(*) from {{ ref('orders') }} group by 1`.",
      ),
    limit: z
      .int()
      .min(1)
      .max(MAX_PREVIEW_ROWS)
      .optional()
      .describe(`Most rows to return; default ${DEFAULT_PREVIEW_ROWS}, at most ${MAX_PREVIEW_ROWS}.`),
  })
  .refine((input) => (input.model === undefined) !== (input.sql === undefined), {
    message: 'pass exactly one of `model` or `sql`',
  })
const BuildSelectedInput = z.strictObject({
  nodes: z
    .array(
      z
        .string()
        .trim()
        .regex(
          /^\+?[A-Za-z_][\w-]*(?:\.v\d+)?$/,
          'must be a node name such as `orders`, optionally `+orders` to build its parents first',
        ),
    )
    .min(1, 'name at least one model, seed or snapshot')
    .max(MAX_NODES, `at most ${MAX_NODES} at once`)
    .describe('Models, seeds or snapshots to build and test (`+orders`: with its parents first).'),
})

export const RUN_TOOLS = {
  compile: {
    schema: CompileInput,
    description:
      "dbt compile of the named nodes in the working copy as it is now: each node's compiled SQL, or dbt's error. Cheap; use it after editing a model and before finish.",
  },
  preview: {
    schema: PreviewInput,
    description: `dbt show: the first rows of a model's query, or of one inline SELECT, as a small table (at most ${MAX_PREVIEW_ROWS} rows). Only a single read-only SELECT is accepted.`,
  },
  build_selected: {
    schema: BuildSelectedInput,
    description:
      'dbt build of the named nodes (run them and their tests) in the working copy: status, failures and message per node, from run_results. Slower; use it to check a test or to build a parent that preview needs.',
  },
} as const

export type RunToolName = keyof typeof RUN_TOOLS

export const RUN_TOOL_SPECS: ToolSpec[] = Object.entries(RUN_TOOLS).map(([name, tool]) => {
  const schema: Record<string, unknown> = { ...z.toJSONSchema(tool.schema) }
  delete schema['$schema']
  return { name, description: tool.description, inputSchema: { ...schema, type: 'object' } }
})

export function isRunTool(name: string): name is RunToolName {
  return Object.hasOwn(RUN_TOOLS, name)
}

/** How a call ended, for the audit bundle: dbt answered, its answer was a failure, or nothing ran. */
export type RunToolOutcome =
  'ok' | 'failed' | 'dbt-error' | 'timed-out' | 'refused' | 'invalid-input' | 'forbidden-sql'

/**
 * dbt ran, for one of the agent's tools, SQL no node may run. The sandbox contained it; as in validation,
 * a change that makes dbt try is not worked on further: the run ends here.
 */
export class ForbiddenSqlRan extends AutopilotError {
  constructor(
    tool: string,
    readonly findings: readonly Violation[],
  ) {
    super(
      'failed:guard',
      `Nothing was pushed: dbt ran SQL the change may not run, for the agent's ${tool} (it ran inside the sandbox).\n${formatViolations(findings)}`,
    )
  }
}

export interface RunToolResult {
  content: string
  isError: boolean
  outcome: RunToolOutcome
  /** One line: what came back (`12 rows`, `3 success, 1 fail`) or why nothing ran. */
  summary: string
  /** Whether a dbt command was started (it counts against the cap). */
  launched: boolean
  /** Set when the run must end after this call is recorded (dbt ran forbidden SQL). */
  stop?: ForbiddenSqlRan
}

export interface RunToolsOptions {
  workbench: DbtWorkbench
  /** Most dbt commands these tools start in one run. */
  maxCalls: number
  /** The agent's remaining time: no tool's dbt runs past it. */
  time: TimeBudget
  guard: GuardConfig
  redact: Redactor
  limits?: ResultLimits
  /** Told the unique_ids of what build_selected built, so validation does not trust those relations. */
  onBuilt?: (uniqueIds: string[]) => void
}

/**
 * The agent's compile, preview and build_selected: input checked, each call held to the run's cap on calls
 * and the agent's remaining time, dbt's answer shaped into a small text. dbt's failures are results the
 * model reads; nothing here ends the run.
 */
export class RunTools {
  private launched = 0

  constructor(private readonly options: RunToolsOptions) {}

  /** dbt commands started so far. */
  get calls(): number {
    return this.launched
  }

  async run(name: RunToolName, input: unknown): Promise<RunToolResult> {
    const parsed = RUN_TOOLS[name].schema.safeParse(input)
    if (!parsed.success) {
      const content = `Invalid input for ${name}:\n${z.prettifyError(parsed.error)}`
      return { content, isError: true, outcome: 'invalid-input', summary: 'invalid input', launched: false }
    }
    const { maxCalls, time } = this.options
    if (this.launched >= maxCalls) {
      return refused(
        `Not run: this run's ${maxCalls} dbt tool calls (compile, preview, build_selected) are used up (input \`max-dbt-tool-calls\`). Work from what you have and call finish; validation builds and tests the change.`,
        'call cap reached',
      )
    }
    const left = time.remainingMs()
    if (left < MIN_TOOL_MS) {
      return refused(
        `Not run: only ${Math.round(left / 1000)} s of the agent's time are left. Call finish with what you have; validation runs next.`,
        'out of time',
      )
    }
    const query = name === 'preview' ? this.previewQuery(PreviewInput.parse(input)) : undefined
    if (query && 'refused' in query) return refused(query.refused, 'query refused')
    this.launched++
    const call = { timeBudget: time }
    switch (name) {
      case 'compile': {
        const { nodes } = CompileInput.parse(input)
        const answer = await this.options.workbench.compile(nodes, call)
        if (answer.kind !== 'compiled') return this.failure('compile', answer)
        const shaped = shapeCompiled(nodes, answer.nodes, this.limits)
        return this.answer(shaped, shaped.failed)
      }
      case 'preview': {
        const { query: preview, limit } = query as {
          query: { model: string } | { inline: string }
          limit: number
        }
        const answer = await this.options.workbench.preview(preview, { ...call, limit })
        if (answer.kind !== 'rows') return this.failure('preview', answer)
        return this.answer(shapeRows(answer.rows, limit, this.limits), false)
      }
      case 'build_selected': {
        const { nodes } = BuildSelectedInput.parse(input)
        const answer = await this.options.workbench.build(nodes, call)
        if (answer.kind !== 'built') return this.failure('build_selected', answer)
        this.options.onBuilt?.(
          answer.nodes.filter((node) => node.status === 'success').map((node) => node.uniqueId),
        )
        const shaped = shapeBuild(nodes, answer.nodes, this.limits)
        return this.answer(shaped, shaped.failed)
      }
    }
  }

  private get limits(): ResultLimits {
    return this.options.limits ?? DEFAULT_RESULT_LIMITS
  }

  private previewQuery(
    input: z.infer<typeof PreviewInput>,
  ): { query: { model: string } | { inline: string }; limit: number } | { refused: string } {
    const limit = input.limit ?? DEFAULT_PREVIEW_ROWS
    if (input.model !== undefined) return { query: { model: input.model }, limit }
    const checked = checkPreviewSql(input.sql ?? '', this.options.guard)
    return checked.ok ? { query: { inline: checked.sql }, limit } : { refused: checked.reason }
  }

  private answer(shaped: { content: string; summary: string }, failed: boolean): RunToolResult {
    return {
      content: this.options.redact(shaped.content),
      isError: false,
      outcome: failed ? 'failed' : 'ok',
      summary: this.options.redact(shaped.summary),
      launched: true,
    }
  }

  private failure(tool: RunToolName, failure: DbtFailure): RunToolResult {
    if (failure.kind === 'forbidden-sql') {
      const stop = new ForbiddenSqlRan(tool, failure.findings)
      return {
        content: stop.message,
        isError: true,
        outcome: 'forbidden-sql',
        summary: `dbt ran forbidden SQL (${failure.findings.length} finding${failure.findings.length === 1 ? '' : 's'})`,
        launched: true,
        stop,
      }
    }
    if (failure.kind === 'timed-out') {
      const seconds = Math.round(failure.afterMs / 1000)
      return {
        content: `Timed out: dbt (${tool}) was stopped after ${seconds} s, the time it had (what is left of the agent's time, or input \`dbt-timeout-minutes\`). Select less, or call finish; validation runs next.`,
        isError: true,
        outcome: 'timed-out',
        summary: `timed out after ${seconds} s`,
        launched: true,
      }
    }
    const message = this.options.redact(failure.message)
    return {
      content: `dbt failed (${tool}):\n${cutMessage(message)}`,
      isError: true,
      outcome: 'dbt-error',
      summary: `dbt error: ${firstLine(message)}`,
      launched: true,
    }
  }
}

function refused(content: string, summary: string): RunToolResult {
  return { content, isError: true, outcome: 'refused', summary, launched: false }
}

const MAX_MESSAGE_CHARS = 4_000

function cutMessage(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message
}

/** The first line that says something (dbt opens with `Encountered an error:`). */
function firstLine(message: string): string {
  const lines = message.split('\n').filter((text) => text.trim())
  const line = lines.find((text) => !/encountered an error:?\s*$/i.test(text)) ?? lines[0] ?? ''
  return line.length > 160 ? `${line.slice(0, 160)}…` : line.trim()
}
