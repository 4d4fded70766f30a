/** What is left of the run's wall time: a command gets at most this as its timeout. */
export interface TimeBudget {
  remainingMs(): number
}

/** A budget that ends `ms` from now. */
export function deadlineAfter(ms: number, now: () => number = Date.now): TimeBudget {
  const end = now() + ms
  return { remainingMs: () => Math.max(0, end - now()) }
}

/** The shortest timeout a command is started with, so a spent budget still ends it with a clear message. */
export const MIN_COMMAND_MS = 1_000

/** The timeout for one command: its own limit, or less when the run has less time left. */
export function commandTimeout(
  limitMs: number,
  budget: TimeBudget | undefined,
): { timeoutMs: number; byBudget: boolean } {
  const left = budget?.remainingMs()
  if (left === undefined || left >= limitMs) return { timeoutMs: limitMs, byBudget: false }
  return { timeoutMs: Math.max(MIN_COMMAND_MS, left), byBudget: true }
}
