import { z } from 'zod'

/** How one dbt invocation read the project, from dbt's own events in its JSON log file. */
export interface ParseReport {
  /** `reused`: dbt re-read only the files that changed since the saved parse (partial parsing). */
  partialParse: 'reused' | 'full'
  /** dbt's reason for a full parse: "saved manifest not found. Starting full parse.", "profile has changed"… */
  reason?: string
  /** From the adapter's registration to the manifest written, by dbt's event timestamps. */
  seconds?: number
}

const EventSchema = z.looseObject({
  info: z.looseObject({
    name: z.string(),
    msg: z.string().optional(),
    ts: z.string().optional(),
    invocation_id: z.string().optional(),
  }),
  data: z.looseObject({ reason: z.string().optional() }).optional(),
})

/** Events that decide whether a parse was partial; the last one of an invocation wins. */
const FULL = new Set(['UnableToPartialParse', 'PartialParsingNotEnabled', 'ParsedFileLoadFailed'])
const REUSED = new Set(['PartialParsingEnabled', 'PartialParsingSkipParsing'])

/**
 * The parse of one invocation (`invocationId`) in dbt's JSON log text; undefined when it did not parse
 * (`dbt deps`, or a crash before the project was read). dbt logs "Unable to do partial parsing because …"
 * before every full parse and "Partial parsing enabled: n files changed" (debug level) when it reuses one.
 */
export function parseReport(logText: string, invocationId: string): ParseReport | undefined {
  let report: ParseReport | undefined
  let registered: number | undefined
  let written: number | undefined
  for (const line of logText.split('\n')) {
    if (!line.startsWith('{') || !line.includes(invocationId)) continue
    const event = EventSchema.safeParse(safeJson(line))
    if (!event.success || event.data.info.invocation_id !== invocationId) continue
    const { name, msg = '', ts } = event.data.info
    if (FULL.has(name)) {
      const reason = fullParseReason(name, event.data.data?.reason ?? msg)
      report = { partialParse: 'full', ...(reason ? { reason } : {}) }
    } else if (REUSED.has(name)) report = { partialParse: 'reused' }
    else if (name === 'AdapterRegistered' && registered === undefined) registered = epochMs(ts)
    else if (name === 'ArtifactWritten' && written === undefined && /manifest\.json\b/.test(msg))
      written = epochMs(ts)
  }
  if (!report) return undefined
  if (registered !== undefined && written !== undefined && written >= registered)
    report.seconds = (written - registered) / 1000
  return report
}

function fullParseReason(name: string, detail: string): string | undefined {
  if (name === 'PartialParsingNotEnabled')
    return 'partial parsing is turned off (`--no-partial-parse`, `DBT_PARTIAL_PARSE` or `flags: partial_parse`)'
  if (name === 'ParsedFileLoadFailed') return 'the saved parse could not be read'
  return detail.replace(/^Unable to do partial parsing because /, '').trim() || undefined
}

function epochMs(ts: string | undefined): number | undefined {
  if (!ts) return undefined
  const ms = Date.parse(ts)
  return Number.isNaN(ms) ? undefined : ms
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}
