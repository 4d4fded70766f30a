import { SettingsError } from '../config/settings.js'
import { ModelError } from '../agent/language-model.js'
import { UnknownModelPriceError } from '../agent/budget.js'
import { DbtError } from '../adapters/dbt/dbt-cli.js'
import { PublishError } from '../publish/publish-error.js'
import { GitError } from '../adapters/git/git.js'
import { TriggerError } from '../triggers/trigger-error.js'
import { BacklogError } from '../backlog/backlog-item.js'
import { RunStop } from './run-stop.js'
import type { RunStatus } from './run-record.js'
import { TicketError } from '../tickets/ticket.js'

/** Names the outcome of a run that ended in an error; the message is the error's own, which says what to do. */
export function classifyFailure(error: unknown): { status: RunStatus; message: string } {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof RunStop) return { status: error.status, message }
  if (error instanceof SettingsError || error instanceof UnknownModelPriceError)
    return { status: 'failed:config', message }
  if (error instanceof TicketError) return { status: 'failed:ticket', message }
  if (error instanceof ModelError) return { status: 'failed:model', message }
  if (error instanceof DbtError) return { status: 'failed:dbt', message }
  if (error instanceof PublishError || error instanceof GitError) return { status: 'failed:publish', message }
  if (error instanceof TriggerError) return { status: 'failed:event', message }
  if (error instanceof BacklogError) return { status: 'failed:backlog', message }
  return {
    status: 'failed:internal',
    message: `Unexpected error: ${message}. The audit bundle has the details; please report it with the bundle attached.`,
  }
}

export function isFailure(status: RunStatus): boolean {
  return status.startsWith('failed:')
}
