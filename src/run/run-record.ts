import { createHash } from 'node:crypto'
import type { CommandResult } from '../adapters/process/command-runner.js'
import type { AgentRunResult } from '../agent/agent-session.js'
import type { RunToolOutcome } from '../agent/dbt-run-tools.js'
import type { ContextItem } from '../context/select-context.js'
import type { ConventionsRecord } from '../conventions/conventions.js'
import type { ContractFinding } from '../impact/contracts.js'
import type { PolicyEvaluation } from '../policy/evaluate-policy.js'
import type { ProductionManifest } from '../adapters/github/production-manifest-artifact.js'
import type { BranchOperation } from '../publish/publish-branch.js'
import type { Override } from '../guard/overrides.js'
import type { Violation } from '../guard/violation.js'
import type { SandboxReport } from '../adapters/sandbox/sandbox-spec.js'
import type { RunStatus } from '../shared/run-status.js'
import type { AcceptanceRecord } from '../task/acceptance.js'
import type { TaskSpec } from '../task/task-spec.js'
import type { TestStrategyStage } from '../test-strategy/test-strategy.js'
import type { Ticket } from '../tickets/ticket.js'
import type { BuildMode, Validation } from '../validate/validation.js'
import type { EvidenceStage } from '../evidence/evidence.js'
import type { ReviewStage } from './review-change.js'
import type { PhasesStage } from '../phases/phase-record.js'

import type { Verdict } from './publication-decision.js'
export type { RunStatus } from '../shared/run-status.js'

export interface Usage {
  inputTokens: number
  outputTokens: number
  cacheCreationInputTokens: number
  cacheReadInputTokens: number
}

/** The stage a model call served: each may have its own model (inputs `classifier-model`, `review-model`). */
export type ModelStage = 'classifier' | 'agent' | 'review'

export interface ModelCallRecord {
  turn: number
  model: string
  usage: Usage
  costUsd: number
  stopReason: string
  durationMs: number
  /** Absent in records written before stages had their own model. */
  stage?: ModelStage
  /** The input tokens the call was reserved for: its upper bound, or `count_tokens` (`counted`) near a cap. */
  inputEstimate?: { tokens: number; counted: boolean }
}

export interface ToolCallRecord {
  turn: number
  name: string
  /** The tool input with long strings shortened; the diff carries the full change. */
  input: Record<string, unknown>
  ok: boolean
  error?: string
  /** How long the call took; a dbt tool's time counts against the agent's. */
  durationMs?: number
  /** For compile, preview and build_selected: how the call ended and what came back, in one line. */
  outcome?: RunToolOutcome
  summary?: string
}

export interface CommandRecord {
  command: string
  args: string[]
  cwd: string
  exitCode: number
  durationMs: number
  timedOut: boolean
}

export interface RunEvent {
  at: string
  stage: string
  message: string
  data?: Record<string, unknown>
}

/** What the change is, once the model's work passed the guard: what publishing and every report show. */
export interface ChangeRecord {
  /** Repository-relative paths. */
  files: string[]
  /** Those of `files` the change deletes. */
  deleted?: string[]
  models: string[]
  /** The model's own summary of the change (redacted), or the ticket title when it gave none. */
  summary: string
  /** Why the pull request is a draft; absent when it can be reviewed as is. */
  draftReason?: string
}

export interface PullRequestRecord {
  body: string
  url?: string
  number?: number
  operation?: 'created' | 'updated'
}

/** Each stage's result, under the stage's name; JSON-safe, because run.json is a view of it. */
export type RunStages = {
  /** How dbt and sqlfluff were contained. */
  sandbox?: SandboxReport
  policy?: { sources: readonly string[] }
  productionState?: ProductionManifest
  /** `brokenBase`: dbt's parse error when the checkout did not parse before any edit. */
  base?: { mode: BuildMode; stateDir: string; brokenBase?: string }
  task?: TaskSpec
  /** The acceptance criteria with what is known of each, the open questions and the model's assumptions. */
  acceptance?: AcceptanceRecord
  /**
   * The reporter's side of a clarifying question: the answer this run resumed with (found on the ticket
   * after Autopilot's question), and the questions it ended on (`skipped:needs-clarification`).
   */
  clarification?: { answer?: string; questions?: string[]; askedBy?: 'classifier' | 'agent' }
  context?: { tokens: number; items: ContextItem[] }
  /** The repository's guidance files (path, hash, what was shown or cut) and lint rules the model was given. */
  conventions?: ConventionsRecord
  /** One entry per model round: the change, then each repair. */
  agent?: AgentRunResult[]
  validations?: Validation[]
  /** The review pass: static SQL checks, the review model's findings, the extra round they asked for. */
  review?: ReviewStage
  /** The changed models' data next to the base's, after a passing validation (`data-evidence`). */
  evidence?: EvidenceStage
  /** Tests proposed for the changed models and their coverage before and after (`propose-tests`). */
  testStrategy?: TestStrategyStage
  /** `vars`: vars whose value the change gave dbt_project.yml, and the nodes that read them. */
  impact?: { changed: number; findings: ContractFinding[]; vars?: { changed: string[]; readers: string[] } }
  /** A change across layers made in phases (`phased-changes`): the plan and what became of each phase. */
  phases?: PhasesStage
  guard?: Violation[]
  /** Overrides of dbt built-ins, lint switches and seed formulas the policy does not allow: each makes a draft. */
  overrides?: Override[]
  governance?: PolicyEvaluation
  /** What became of the change; in a dry run, what the real run would have done. */
  decision?: { verdict: Verdict; draftReason?: string }
  change?: ChangeRecord
  publish?: {
    operation: BranchOperation
    baseSha: string
    pushed: boolean
    /** `commit-signing`: the commit was created through GitHub's API; whether GitHub verified its signature. */
    signature?: { verified: boolean; reason: string }
  }
  pullRequest?: PullRequestRecord
  /** The pull request written back to the Jira ticket: the remote link and the `jira-transition-on-pr` move. */
  ticketWriteBack?: TicketWriteBackRecord
}

export interface TicketWriteBackRecord {
  link: { globalId: string; linked: boolean; error?: string }
  transition?: { wanted: string; outcome: 'moved' | 'already' | 'missing' | 'failed'; detail: string }
}

/**
 * Everything that happened in one run, and the run's one result: the outputs, the job summary, the PR
 * body, the audit bundle and the CLI report are views of it.
 */
export class RunRecord {
  readonly startedAt = new Date().toISOString()
  finishedAt?: string
  ticket?: { snapshot: Ticket; sha256: string }
  readonly modelCalls: ModelCallRecord[] = []
  readonly toolCalls: ToolCallRecord[] = []
  readonly commands: CommandRecord[] = []
  readonly events: RunEvent[] = []
  readonly stages: RunStages = {}
  diff = ''
  commitSha?: string
  branch?: string
  status?: RunStatus
  statusMessage?: string

  constructor(
    readonly runId: string,
    readonly context: Record<string, unknown> = {},
  ) {}

  event(stage: string, message: string, data?: Record<string, unknown>): void {
    this.events.push({ at: new Date().toISOString(), stage, message, ...(data ? { data } : {}) })
  }

  setTicket(ticket: Ticket): void {
    const sha256 = createHash('sha256').update(JSON.stringify(ticket)).digest('hex')
    this.ticket = { snapshot: ticket, sha256 }
    this.event('tickets', `read ${ticket.key}`, { sha256 })
  }

  addCommand(result: CommandResult): void {
    const { command, args, cwd, exitCode, durationMs, timedOut } = result
    this.commands.push({ command, args, cwd, exitCode, durationMs, timedOut })
  }

  get costUsd(): number {
    return this.modelCalls.reduce((sum, call) => sum + call.costUsd, 0)
  }

  get validations(): readonly Validation[] {
    return this.stages.validations ?? []
  }

  get changedFiles(): readonly string[] {
    return this.stages.change?.files ?? []
  }

  get changedModels(): readonly string[] {
    return this.stages.change?.models ?? []
  }

  get prUrl(): string | undefined {
    return this.stages.pullRequest?.url
  }

  get prNumber(): number | undefined {
    return this.stages.pullRequest?.number
  }

  finish(status: RunStatus, message: string): void {
    this.status = status
    this.statusMessage = message
    this.finishedAt = new Date().toISOString()
    this.event('run', `finished: ${status}`, { message })
  }
}
