import { z } from 'zod'
import { TriggerError } from './trigger-error.js'
import type { Actor } from './request.js'

// Only the fields the router reads; everything else in GitHub's payloads passes through unchecked.

const sender = z.object({ login: z.string().min(1), type: z.string().optional() })

export const issuesPayloadSchema = z.object({
  action: z.string(),
  issue: z.object({
    number: z.number().int().positive(),
    labels: z.array(z.object({ name: z.string() })).nullish(),
  }),
  label: z.object({ name: z.string() }).nullish(),
  sender,
})

export const issueCommentPayloadSchema = z.object({
  action: z.string(),
  issue: z.object({
    number: z.number().int().positive(),
    // Present (an object of links) only when the issue is a pull request.
    pull_request: z.object({}).loose().nullish(),
  }),
  comment: z.object({
    id: z.number().int().positive(),
    body: z.string().nullish(),
    created_at: z.string(),
    updated_at: z.string(),
  }),
  sender,
})

export const dispatchPayloadSchema = z.object({
  inputs: z.record(z.string(), z.unknown()).nullish(),
  sender: sender.optional(),
})

export const schedulePayloadSchema = z.object({
  schedule: z.string().optional(),
  sender: sender.optional(),
})

export const anyPayloadSchema = z.object({ sender: sender.optional() }).loose()

export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, eventName: string): T {
  const parsed = schema.safeParse(payload)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
    .join('; ')
  throw new TriggerError(
    `The \`${eventName}\` event payload is not what GitHub sends (${problems}). ` +
      'If you replay an event file, start from a real payload (GITHUB_EVENT_PATH on a runner).',
  )
}

export function toActor(value: { login: string; type?: string }): Actor {
  return { login: value.login, bot: value.type === 'Bot' || value.login.endsWith('[bot]') }
}
