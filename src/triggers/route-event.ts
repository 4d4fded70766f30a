import { z } from 'zod'
import { SettingsError } from '../config/settings.js'
import {
  anyPayloadSchema,
  dispatchPayloadSchema,
  issueCommentPayloadSchema,
  issuesPayloadSchema,
  parsePayload,
  schedulePayloadSchema,
  toActor,
} from './event-payloads.js'
import {
  DEFAULT_TRIGGER_LABEL,
  DEFAULT_TRIGGER_PHRASE,
  skip,
  type Request,
  type TriggerConfig,
} from './request.js'
import { parseTriggerPhrase } from './trigger-phrase.js'

export const SUPPORTED_EVENTS = [
  'workflow_dispatch',
  'workflow_call',
  'issues',
  'issue_comment',
  'schedule',
] as const

/**
 * Turns the GitHub event that started the job into what Autopilot should do. Pure: no I/O, no
 * authorization (see `authorizeRequest`), no sanitization (the instruction is returned as written).
 *
 * In a reusable workflow the event name is the caller's, so an explicit `ticket` input runs that ticket on
 * any event except `issues` and `issue_comment`, which always go through their label or phrase (and then
 * authorization): a workflow that forwards an issue number must not bypass those checks.
 */
export function routeEvent(eventName: string | undefined, payload: unknown, config: TriggerConfig): Request {
  const event = eventName?.trim() ?? ''
  const ticketInput = config.ticketInput?.trim() || undefined
  switch (event) {
    case 'issues':
      return routeIssue(payload, config.triggerLabel.trim() || DEFAULT_TRIGGER_LABEL)
    case 'issue_comment':
      return routeComment(payload, config.triggerPhrase.trim() || DEFAULT_TRIGGER_PHRASE)
    case 'workflow_dispatch':
    case 'workflow_call':
      return routeDispatch(event, payload, ticketInput)
    case 'schedule': {
      const { schedule, sender } = parsePayload(schedulePayloadSchema, payload ?? {}, event)
      // The fan-out job of a nightly backlog runs under `schedule` too, one ticket per matrix entry.
      if (ticketInput)
        return { kind: 'run', event, ticket: ticketInput, actor: sender && toActor(sender), origin: {} }
      return { kind: 'plan-backlog', event, ...(schedule ? { schedule } : {}) }
    }
    default: {
      if (ticketInput) {
        const { sender } = parsePayload(anyPayloadSchema, payload ?? {}, event || 'unknown')
        return { kind: 'run', event, ticket: ticketInput, actor: sender && toActor(sender), origin: {} }
      }
      return skip(
        'unsupported-event',
        `Autopilot does not start on \`${event || 'an unnamed event'}\`. It runs on ${SUPPORTED_EVENTS.map((e) => `\`${e}\``).join(', ')}; ` +
          'from any other event (e.g. a reusable workflow called by it) pass the `ticket` input.',
      )
    }
  }
}

function routeIssue(payload: unknown, label: string): Request {
  const { action, issue, label: added, sender } = parsePayload(issuesPayloadSchema, payload, 'issues')
  const same = (name: string): boolean => name.toLowerCase() === label.toLowerCase()
  const triggered =
    (action === 'labeled' && added !== null && added !== undefined && same(added.name)) ||
    (action === 'opened' && (issue.labels ?? []).some((l) => same(l.name)))
  if (!triggered) {
    const what = action === 'labeled' ? `labelled \`${added?.name ?? ''}\`` : action
    return skip(
      'not-triggered',
      `Issue #${issue.number} was ${what}; Autopilot starts when an issue is opened with or labelled \`${label}\`.`,
    )
  }
  return {
    kind: 'run',
    event: 'issues',
    ticket: `#${issue.number}`,
    actor: toActor(sender),
    origin: { issueNumber: issue.number },
  }
}

function routeComment(payload: unknown, phrase: string): Request {
  const { action, issue, comment, sender } = parsePayload(issueCommentPayloadSchema, payload, 'issue_comment')
  const edited = action === 'edited' || comment.updated_at !== comment.created_at
  if (edited) {
    return skip(
      'edited-comment',
      `Comment ${comment.id} was edited after it was posted; Autopilot only acts on a comment as first written. Post a new \`${phrase}\` comment.`,
    )
  }
  if (action !== 'created') {
    return skip('not-triggered', `A comment was ${action}; Autopilot only acts on new comments.`)
  }
  const instruction = parseTriggerPhrase(comment.body ?? '', phrase)
  const actor = toActor(sender)
  if (instruction === undefined) {
    // On an issue a plain reply may answer Autopilot's question; the ticket mode checks the thread.
    if (!issue.pull_request && !actor.bot) {
      return {
        kind: 'run',
        event: 'issue_comment',
        ticket: `#${issue.number}`,
        actor,
        origin: { issueNumber: issue.number, commentId: comment.id },
        reply: true,
      }
    }
    return skip('not-triggered', `Comment ${comment.id} does not start with \`${phrase}\`.`)
  }
  if (issue.pull_request) {
    return {
      kind: 'revise',
      event: 'issue_comment',
      prNumber: issue.number,
      instruction,
      actor,
      commentId: comment.id,
    }
  }
  return {
    kind: 'run',
    event: 'issue_comment',
    ticket: `#${issue.number}`,
    ...(instruction ? { instruction } : {}),
    actor,
    origin: { issueNumber: issue.number, commentId: comment.id },
  }
}

const ticketValue = z.string().trim().min(1)

function routeDispatch(event: string, payload: unknown, ticketInput: string | undefined): Request {
  const { inputs, sender } = parsePayload(dispatchPayloadSchema, payload ?? {}, event)
  const fromPayload = ticketValue.safeParse(inputs?.ticket)
  const ticket = ticketInput ?? (fromPayload.success ? fromPayload.data : undefined)
  if (!ticket) {
    throw new SettingsError(
      `Input \`ticket\` is required for ${event}: pass \`with: ticket: \${{ inputs.ticket }}\` (a Jira key like DATA-123 or an issue like #42).`,
    )
  }
  return { kind: 'run', event, ticket, actor: sender && toActor(sender), origin: {} }
}
