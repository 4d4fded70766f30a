import type { Log } from '../shared/log.js'
import type { RunEvent, RunRecord } from './run-record.js'

/** The audit events' stage for a stage's start and end. */
export const STAGE_EVENT = 'stage'

export interface StageTiming {
  name: string
  startedAt: string
  durationMs: number
  /** False when the stage ended the run with an error. */
  ok: boolean
}

/**
 * The log a run's stages go through: each group (a stage, as the log shows it: "Validate (round 2)") leaves
 * a start and an end event in the record, the end with its duration, so the audit bundle and the summary
 * say where the time went.
 */
export function timedStages(log: Log, record: Pick<RunRecord, 'event'>): Log {
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message) => log.error(message),
    debug: (message) => log.debug(message),
    group: async (name, fn) => {
      const startedAt = new Date()
      record.event(STAGE_EVENT, `started: ${name}`, { name })
      let ok = false
      try {
        const result = await log.group(name, fn)
        ok = true
        return result
      } finally {
        const durationMs = Date.now() - startedAt.getTime()
        record.event(STAGE_EVENT, `finished: ${name}`, {
          name,
          startedAt: startedAt.toISOString(),
          durationMs,
          ok,
        })
      }
    },
  }
}

/** The stages' timings, in the order they finished, from the events `timedStages` left. */
export function stageTimings(events: readonly RunEvent[]): StageTiming[] {
  const timings: StageTiming[] = []
  for (const event of events) {
    if (event.stage !== STAGE_EVENT || !event.message.startsWith('finished: ')) continue
    const { name, startedAt, durationMs, ok } = event.data ?? {}
    if (typeof name !== 'string' || typeof startedAt !== 'string' || typeof durationMs !== 'number') continue
    timings.push({ name, startedAt, durationMs, ok: ok === true })
  }
  return timings
}
