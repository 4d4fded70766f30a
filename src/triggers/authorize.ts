import type { Request } from './request.js'

/** What the repository says about a user: `admin`, `maintain`, `write`, `triage`, `read` or `none`. */
export interface RepositoryAccess {
  permission(user: string): Promise<string>
}

export interface AuthorizationPolicy {
  /** Logins allowed whatever their repository permission (`allowed-users`). */
  allowedUsers: readonly string[]
  /** Bot logins allowed to trigger runs (`allowed-bots`); `renovate` and `renovate[bot]` both match. */
  allowedBots: readonly string[]
}

export type Authorization =
  | {
      allowed: true
      via: 'trusted-event' | 'allowed-user' | 'allowed-bot' | 'permission'
      permission?: string
    }
  | { allowed: false; reason: 'unauthorized'; message: string }

/** Starting these already takes write access to the repository, so they are not checked again. */
export const TRUSTED_EVENTS: ReadonlySet<string> = new Set(['workflow_dispatch', 'workflow_call', 'schedule'])

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])

/**
 * May this request's actor make Autopilot run? Issue, comment and any other untrusted events need a bot
 * listed in `allowedBots`, a user listed in `allowedUsers` (no API call), or write/maintain/admin permission.
 */
export async function authorizeRequest(
  request: Request,
  access: RepositoryAccess,
  policy: AuthorizationPolicy,
): Promise<Authorization> {
  if (request.kind === 'skip' || request.kind === 'plan-backlog' || TRUSTED_EVENTS.has(request.event)) {
    return { allowed: true, via: 'trusted-event' }
  }
  const actor = request.actor
  if (!actor) {
    return refuse(
      `The \`${request.event}\` event names no sender, so Autopilot cannot check who asked for the run.`,
    )
  }
  if (actor.bot) {
    if (listed(policy.allowedBots, botName(actor.login))) return { allowed: true, via: 'allowed-bot' }
    return refuse(
      `\`${actor.login}\` is a bot; Autopilot ignores bots unless they are listed in \`allowed-bots\`.`,
    )
  }
  if (listed(policy.allowedUsers, actor.login)) return { allowed: true, via: 'allowed-user' }
  const permission = await access.permission(actor.login)
  if (WRITE_PERMISSIONS.has(permission)) return { allowed: true, via: 'permission', permission }
  return refuse(
    `\`${actor.login}\` has \`${permission}\` permission on this repository; Autopilot only runs for people with write, maintain or admin permission, or those listed in \`allowed-users\`.`,
  )
}

function refuse(message: string): Authorization {
  return { allowed: false, reason: 'unauthorized', message }
}

function botName(login: string): string {
  return login.replace(/\[bot\]$/i, '')
}

function listed(list: readonly string[], login: string): boolean {
  const wanted = botName(login).toLowerCase()
  return list.some((entry) => botName(entry.trim()).toLowerCase() === wanted)
}
