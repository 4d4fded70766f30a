import type { Log } from '../shared/log.js'
import type { RunRecord } from '../run/run-record.js'
import { BudgetExhausted, DEFAULT_MAX_TOKENS_PER_CALL, type BudgetTracker } from './budget.js'
import { InputBound } from './input-bound.js'
import { budgetedCall } from './budgeted-call.js'
import {
  textOf,
  type ContentBlock,
  type LanguageModel,
  type ModelMessage,
  type ModelRequest,
  type ToolResultBlock,
  type ToolUseBlock,
} from './language-model.js'
import { systemPrompt } from './prompt.js'
import { executeTool, toolSpecsFor, type FinishInput } from './tools.js'
import type { ProjectKnowledge } from './dbt-tools.js'
import type { RunTools } from './dbt-run-tools.js'
import type { Workspace } from './workspace.js'

export interface AgentSessionOptions {
  model: LanguageModel
  workspace: Workspace
  budget: BudgetTracker
  record: RunRecord
  log: Log
  maxTokensPerCall?: number
  /** The project's manifest graph, for the dbt tools (describe_model, model_lineage, search_models). */
  knowledge?: ProjectKnowledge
  /** compile, preview and build_selected on the working copy; absent, the agent cannot run dbt. */
  runTools?: RunTools
  /** The stable project overview, sent after the system prompt and cached. */
  cachedContext?: string
  system?: string
}

export interface AgentRunResult {
  outcome: 'finished' | 'stopped' | 'budget'
  summary: string
  /** A question for the reporter, when the model could not proceed without one. */
  question?: string
  /** The model's account of each acceptance criterion (by its number in the task spec); unverified. */
  criteria?: FinishInput['criteria']
  /** What the model assumed where the ticket was silent. */
  assumptions?: string[]
  budget?: BudgetExhausted
  stopReason?: string
}

const MAX_RECORDED_STRING = 200
const MAX_LOGGED_NARRATION = 300

/**
 * One conversation with the model across rounds: the first `run()` carries the task, later ones carry
 * validation failures, and the model sees everything that came before. Budgets span all rounds.
 */
export class AgentSession {
  private readonly messages: ModelMessage[] = []
  /** The next user turn: tool results owed to the last assistant turn, then any new text. */
  private pending: ContentBlock[] = []
  private readonly bound = new InputBound()

  constructor(private readonly options: AgentSessionOptions) {}

  /** The conversation so far, for the audit bundle. */
  get transcript(): readonly ModelMessage[] {
    return this.messages
  }

  async run(userText: string): Promise<AgentRunResult> {
    const { model, budget, record, log } = this.options
    this.pending.push({ type: 'text', text: userText })
    for (;;) {
      const userTurn: ModelMessage = { role: 'user', content: this.pending }
      // Until the call succeeds the user turn stays pending, so a failed call can be run again cleanly.
      const call = await budgetedCall({
        model,
        budget,
        bound: this.bound,
        request: {
          system: this.options.system ?? systemPrompt(this.options.runTools !== undefined),
          ...(this.options.cachedContext ? { cachedContext: this.options.cachedContext } : {}),
          messages: [...this.messages, userTurn],
          tools: toolSpecsFor(this.options.knowledge, this.options.runTools),
        },
        perCallCap: this.options.maxTokensPerCall ?? DEFAULT_MAX_TOKENS_PER_CALL,
        stage: 'agent',
        record,
        send: (sized: ModelRequest) => model.complete(sized),
      })
      if (call instanceof BudgetExhausted) {
        log.warn(`Agent stopped: ${call.message}`)
        record.event('agent', 'budget exhausted', { which: call.which })
        return { outcome: 'budget', summary: call.message, budget: call }
      }
      const { response, reservation } = call
      this.messages.push(userTurn, { role: 'assistant', content: response.content })
      this.pending = []

      const narration = textOf(response.content)
      if (narration) log.info(`turn ${reservation.turn}: ${shortNarration(narration)}`)
      const toolUses = response.content.filter((block): block is ToolUseBlock => block.type === 'tool_use')
      if (response.stopReason === 'max_tokens' || response.stopReason === 'refusal') {
        // A cut-off tool input may be incomplete: answer every call without running it.
        this.pending = toolUses.map((use) =>
          toolResult(
            use.id,
            `Not run: your response stopped (${response.stopReason}) before it was complete.`,
            true,
          ),
        )
        log.warn(`Model stopped with ${response.stopReason} on turn ${reservation.turn}.`)
        return { outcome: 'stopped', summary: textOf(response.content), stopReason: response.stopReason }
      }
      if (toolUses.length === 0) {
        return { outcome: 'stopped', summary: textOf(response.content), stopReason: response.stopReason }
      }

      let finish: AgentRunResult | undefined
      for (const use of toolUses) {
        const toolStarted = Date.now()
        const outcome = await executeTool(
          this.options.workspace,
          use.name,
          use.input,
          this.options.knowledge,
          this.options.runTools,
        )
        const toolMs = Date.now() - toolStarted
        const said = outcome.summary
          ? ` → ${outcome.summary}`
          : outcome.isError
            ? ` → ${outcome.content}`
            : ''
        log.info(`turn ${reservation.turn}: ${use.name}${describe(use.input)}${said}`)
        record.toolCalls.push({
          turn: reservation.turn,
          name: use.name,
          input: shortenStrings(use.input),
          ok: !outcome.isError,
          ...(outcome.isError ? { error: outcome.content } : {}),
          durationMs: toolMs,
          ...(outcome.outcome ? { outcome: outcome.outcome } : {}),
          ...(outcome.summary ? { summary: outcome.summary } : {}),
        })
        if (outcome.stop) throw outcome.stop
        this.pending.push(toolResult(use.id, outcome.content, outcome.isError))
        if (outcome.finish) {
          finish = {
            outcome: 'finished',
            summary: outcome.finish.summary,
            ...(outcome.finish.question ? { question: outcome.finish.question } : {}),
            ...(outcome.finish.criteria?.length ? { criteria: outcome.finish.criteria } : {}),
            ...(outcome.finish.assumptions?.length ? { assumptions: outcome.finish.assumptions } : {}),
            stopReason: response.stopReason,
          }
        }
      }
      if (finish) return finish
    }
  }
}

/** What the model said on a turn, on one line of the log (which redacts it): enough to follow its reasoning. */
function shortNarration(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_LOGGED_NARRATION ? `${line.slice(0, MAX_LOGGED_NARRATION)}…` : line
}

function toolResult(id: string, content: string, isError: boolean): ToolResultBlock {
  return { type: 'tool_result', tool_use_id: id, content, is_error: isError }
}

function describe(input: Record<string, unknown>): string {
  const target = input['path'] ?? input['directory'] ?? input['query'] ?? input['model']
  if (typeof target === 'string') return ` ${target}`
  const nodes = input['nodes']
  if (Array.isArray(nodes)) return ` ${nodes.filter((node) => typeof node === 'string').join(' ')}`
  return typeof input['sql'] === 'string' ? ' (inline SELECT)' : ''
}

/** The tool input with long strings cut, so the record stays small; the diff carries the full change. */
export function shortenStrings(input: Record<string, unknown>): Record<string, unknown> {
  const shorten = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.length > MAX_RECORDED_STRING
        ? `${value.slice(0, MAX_RECORDED_STRING)}… (${value.length} chars)`
        : value
    }
    if (Array.isArray(value)) return value.map(shorten)
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shorten(inner)]))
    }
    return value
  }
  return shorten(input) as Record<string, unknown>
}
