import type { Validation } from './validation.js'

/**
 * Why a validation round ran: the agent's change (the first round, a phase's), a repair of the previous
 * round's failures, the review's blocking findings sent back, the new model version a contract break asked
 * for, or the tests the test strategy proposed.
 */
export const ROUND_CAUSES = ['change', 'repair', 'review', 'new-version', 'tests'] as const
export type RoundCause = (typeof ROUND_CAUSES)[number]

/** What a report calls a round of each cause. */
export const ROUND_NAMES: Record<RoundCause, string> = {
  change: 'the change',
  repair: 'repair round',
  review: 'review round',
  'new-version': 'new-version round',
  tests: 'test round',
}

/** The round's cause; a record written before causes were kept reads as the change, then repairs. */
export function causeOf(validation: Pick<Validation, 'cause'>, index: number): RoundCause {
  return validation.cause ?? (index === 0 ? 'change' : 'repair')
}

/** The rounds after the change, by cause in the order of `ROUND_CAUSES`: `[['repair', 2], ['review', 1]]`. */
export function roundsAfterChange(validations: readonly Pick<Validation, 'cause'>[]): [RoundCause, number][] {
  const counts = new Map<RoundCause, number>()
  validations.forEach((validation, index) => {
    const cause = causeOf(validation, index)
    if (cause !== 'change') counts.set(cause, (counts.get(cause) ?? 0) + 1)
  })
  return ROUND_CAUSES.flatMap((cause) => {
    const count = counts.get(cause)
    return count ? [[cause, count] as [RoundCause, number]] : []
  })
}

/** `1 repair round and 1 review round`, `2 repair rounds`; `no repair round` when only the change ran. */
export function roundsAfterChangeWords(validations: readonly Pick<Validation, 'cause'>[]): string {
  const counted = roundsAfterChange(validations).map(
    ([cause, count]) => `${count} ${ROUND_NAMES[cause]}${count === 1 ? '' : 's'}`,
  )
  if (counted.length === 0) return 'no repair round'
  return counted.length === 1 ? counted[0]! : `${counted.slice(0, -1).join(', ')} and ${counted.at(-1)}`
}
