import type { Settings } from '../config/settings.js'
import type { RunStatus } from '../shared/run-status.js'
import { skipStatus, type Request, type ReviseRequest, type RunRequest } from '../triggers/request.js'

/** The kinds of run; each has one file in this folder. */
export type RunMode =
  | { kind: 'skip'; status: RunStatus; message: string }
  | { kind: 'ticket'; ticket: string; instruction?: string; issueNumber?: number; reply?: true }
  | { kind: 'revise'; request: ReviseRequest }
  | { kind: 'schema-drift' }
  | { kind: 'plan-backlog' }
  | { kind: 'backlog' }

/** The one place that decides what kind of run a request and the `mode` input make. Pure. */
export function chooseMode(request: Request, settings: Pick<Settings, 'mode'>): RunMode {
  if (request.kind === 'skip') return { kind: 'skip', status: skipStatus(request), message: request.message }
  if (settings.mode === 'detect-schema-drift') return { kind: 'schema-drift' }
  if (settings.mode === 'backlog') return { kind: 'backlog' }
  if (settings.mode === 'plan-backlog' || request.kind === 'plan-backlog') return { kind: 'plan-backlog' }
  if (request.kind === 'revise') return { kind: 'revise', request }
  return {
    kind: 'ticket',
    ticket: request.ticket,
    ...(request.instruction !== undefined ? { instruction: request.instruction } : {}),
    ...issueOf(request),
    ...(request.reply ? { reply: true as const } : {}),
  }
}

/** The issue the request came from, where progress is reported: the trigger's, or `#42` as the ticket. */
function issueOf(request: RunRequest): { issueNumber?: number } {
  if (request.origin.issueNumber !== undefined) return { issueNumber: request.origin.issueNumber }
  const issue = /^#(\d+)$/.exec(request.ticket.trim())
  return issue ? { issueNumber: Number(issue[1]) } : {}
}
