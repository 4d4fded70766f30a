import { createHash } from 'node:crypto'
import type { CommandResult } from '../adapters/process/command-runner.js'
import type { Ticket } from '../tickets/ticket.js'

export type RunStatus =
  | 'pr-opened'
  | 'pr-updated'
  | 'dry-run'
  | 'backlog-planned'
  | 'backlog-done'
  | 'no-drift'
  | `skipped:${string}`
  | `failed:${string}`

export interface Usage {
  inputTokens: number
  outputTokens: number
  cacheCreationInputTokens: number
  cacheReadInputTokens: number
}

export interface ModelCallRecord {
  turn: number
  model: string
  usage: Usage
  costUsd: number
  stopReason: string
  durationMs: number
}

export interface ToolCallRecord {
  turn: number
  name: string
  /** The tool input with long strings shortened; the diff carries the full change. */
  input: Record<string, unknown>
  ok: boolean
  error?: string
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

/**
 * Everything that happened in one run. Each stage appends to it; the audit bundle, the job summary and
 * the PR body are views of it.
 */
export class RunRecord {
  readonly startedAt = new Date().toISOString()
  finishedAt?: string
  ticket?: { snapshot: Ticket; sha256: string }
  readonly modelCalls: ModelCallRecord[] = []
  readonly toolCalls: ToolCallRecord[] = []
  readonly commands: CommandRecord[] = []
  readonly events: RunEvent[] = []
  /** Stage results by stage name (validation rounds, impact, publish...), as JSON-safe values. */
  readonly stages: Record<string, unknown> = {}
  diff = ''
  commitSha?: string
  prUrl?: string
  prNumber?: number
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

  finish(status: RunStatus, message: string): void {
    this.status = status
    this.statusMessage = message
    this.finishedAt = new Date().toISOString()
    this.event('run', `finished: ${status}`, { message })
  }
}
