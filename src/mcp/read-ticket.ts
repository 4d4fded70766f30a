import { withCloudSecrets } from '../config/cloud-secrets.js'
import { inputsFromEnvironment } from '../config/input-wording.js'
import { defaultInputs, parseSettings } from '../config/settings.js'
import { createTicketSource } from '../run/compose.js'
import { sanitizeTicket, type RemovedKind } from '../tickets/sanitize.js'
import { TicketError, type Ticket } from '../tickets/ticket.js'

export type TicketSourceName = 'auto' | 'jira' | 'github' | 'file'

export interface TicketReadContext {
  /** Ticket files are resolved from here. */
  cwd: string
  env: NodeJS.ProcessEnv
}

/**
 * A ticket read as a run reads it (a file, a Jira key, a GitHub issue, through the same sources and with
 * the credentials from the environment) and sanitized as the agent would be given it.
 */
export async function readTicket(
  ref: string,
  source: TicketSourceName,
  context: TicketReadContext,
): Promise<{ ticket: Ticket; removed: RemovedKind[] }> {
  const settings = withCloudSecrets(
    parseSettings(
      { ...defaultInputs(), ...inputsFromEnvironment(context.env), ticket: ref, 'ticket-source': source },
      'terminal',
    ),
    context.env,
  )
  const tickets = createTicketSource(settings, {
    workspace: context.cwd,
    repository: context.env.GITHUB_REPOSITORY,
    githubApiUrl: context.env.GITHUB_API_URL,
  })
  const fetched = await tickets.fetch(settings.ticket.key)
  if ('noWork' in fetched) throw new TicketError('invalid', fetched.message)
  return sanitizeTicket(fetched)
}
