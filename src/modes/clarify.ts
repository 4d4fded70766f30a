import { secretsOf, type Settings } from '../config/settings.js'
import { askOnTicket, type AskResult } from '../report/question-comment.js'
import { findReporterAnswer } from '../report/reporter-answer.js'
import type { TicketRun } from '../run/run-ticket.js'
import { createRedactor } from '../shared/redact.js'
import type { Job } from './job.js'

/**
 * The reporter's answer to Autopilot's last question on the ticket, when there is one; a thread that cannot
 * be read only warns (the run goes on without an answer, as before the question).
 */
export async function readReporterAnswer(job: Job, ticketKey: string): Promise<string | undefined> {
  const settings: Settings = { ...job.settings, ticket: { ...job.settings.ticket, key: ticketKey } }
  const thread = job.ticketThread?.(settings)
  if (!thread) return undefined
  try {
    const answer = findReporterAnswer(await thread.list(), settings.triggers.phrase)
    if (answer)
      job.log.info(`Resuming ${settings.ticket.key} with the reporter's answer to Autopilot's question.`)
    return answer
  } catch (error) {
    const redact = createRedactor(secretsOf(settings))
    job.log.warn(`Could not read the comments on ${settings.ticket.key}: ${redact(String(error))}`)
    return undefined
  }
}

/** A run that ended `skipped:needs-clarification` leaves its question on the ticket, once. */
export async function askReporter(
  job: Job,
  settings: Settings,
  run: TicketRun,
): Promise<AskResult | undefined> {
  const questions = run.record.stages.clarification?.questions
  if (run.outcome.status !== 'skipped:needs-clarification' || !questions?.length) return undefined
  const thread = job.ticketThread?.(settings)
  if (!thread) {
    job.log.warn(
      `Autopilot has a question for the reporter of ${settings.ticket.key} but nowhere to post it (a Jira ticket needs \`jira-url\` and credentials, a GitHub issue \`github-token\`): ${questions.join(' ')}`,
    )
    return undefined
  }
  return askOnTicket(
    thread,
    {
      ticketKey: settings.ticket.key,
      questions,
      runId: run.record.runId,
      phrase: settings.triggers.phrase,
      ...(job.environment.runUrl ? { runUrl: job.environment.runUrl } : {}),
    },
    job.log,
    run.redact,
  )
}
