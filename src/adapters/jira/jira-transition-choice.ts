import { z } from 'zod'
import { chooseTransition, type TransitionOutcome } from '../../publish/ticket-write-back.js'

/** The issue's transitions as both Jira REST versions answer them. */
export const TransitionsSchema = z.object({
  transitions: z
    .array(z.object({ id: z.string(), name: z.string(), to: z.object({ name: z.string() }).optional() }))
    .default([]),
})
/** The issue's current status as both Jira REST versions answer `fields=status`. */
export const StatusSchema = z.object({
  fields: z.object({ status: z.object({ name: z.string() }).nullish() }),
})

/** The wire calls one Jira deployment makes to move an issue. */
export interface TransitionCalls {
  readIssueStatus(): Promise<unknown>
  readTransitions(): Promise<unknown>
  doTransition(id: string): Promise<void>
}

/** Moves an issue to the wanted status (or transition name) when one of its offered transitions leads there. */
export async function moveIssue(calls: TransitionCalls, wanted: string): Promise<TransitionOutcome> {
  const [issue, offered] = await Promise.all([calls.readIssueStatus(), calls.readTransitions()])
  const current = StatusSchema.safeParse(issue).data?.fields.status?.name
  const transitions = TransitionsSchema.parse(offered).transitions.map((t) => ({
    id: t.id,
    name: t.name,
    to: t.to?.name ?? t.name,
  }))
  const chosen = chooseTransition(transitions, wanted, current)
  if ('kind' in chosen) return chosen
  await calls.doTransition(chosen.id)
  return { kind: 'moved', transition: chosen.name, to: chosen.to }
}
