import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** Real webhook payloads from `@octokit/webhooks-examples`, cloned so a test may change what its case needs. */

const definitions = z
  .array(z.object({ name: z.string(), examples: z.array(z.record(z.string(), z.unknown())) }))
  .parse(
    JSON.parse(
      readFileSync(path.resolve('node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
    ),
  )

export type Payload = Record<string, unknown>

/** The object at `keys` inside `payload`, to read or change in place. */
export function at(payload: Payload, ...keys: string[]): Payload {
  let current: unknown = payload
  for (const key of keys) current = (current as Payload)[key]
  if (typeof current !== 'object' || current === null) throw new Error(`No object at ${keys.join('.')}`)
  return current as Payload
}

/** The first example of `event` whose `action` is `action` (any when omitted), deep-copied. */
export function example(event: string, action?: string): Payload {
  const found = definitions
    .find((d) => d.name === event)
    ?.examples.find((e) => action === undefined || e.action === action)
  if (!found)
    throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example`)
  return structuredClone(found)
}

/** GitHub's `schedule` payload: the cron line plus repository and sender (there is no example for it). */
export function schedulePayload(): Payload {
  const { repository, sender } = example('workflow_dispatch')
  return { schedule: '0 3 * * *', repository, sender }
}

/** An `issue_comment.created` example, turned into a comment on a pull request (as GitHub sends it). */
export function pullRequestCommentPayload(body: string): Payload {
  const payload = example('issue_comment', 'created')
  const issue = at(payload, 'issue')
  const html = String(issue.html_url).replace('/issues/', '/pull/')
  issue.pull_request = {
    url: String(issue.url).replace('/issues/', '/pulls/'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: null,
  }
  at(payload, 'comment').body = body
  return payload
}
