/** Runs per property: enough to find shallow crashes, few enough that the suite stays within seconds. */
export const FUZZ_RUNS = 300

/** The most one generated case may take; longer means a hang or a blow-up, not a slow machine. */
export const CASE_TIME_BOUND_MS = 1000

/** Runs one case and fails it when it takes longer than the bound (synchronous code cannot be interrupted). */
export function withinTimeBound<T>(run: () => T, boundMs = CASE_TIME_BOUND_MS): T {
  const started = performance.now()
  const result = run()
  const took = performance.now() - started
  if (took > boundMs) throw new Error(`case took ${Math.round(took)} ms, over the ${boundMs} ms bound`)
  return result
}

/** The async form; a case that never settles fails at the bound instead of hanging the suite. */
export async function withinTimeBoundAsync<T>(
  run: () => Promise<T>,
  boundMs = CASE_TIME_BOUND_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`case did not finish within ${boundMs} ms`)), boundMs)
  })
  try {
    return await Promise.race([run(), timeout])
  } finally {
    clearTimeout(timer)
  }
}
