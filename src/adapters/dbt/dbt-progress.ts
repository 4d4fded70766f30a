import { z } from 'zod'

const LogLine = z.object({
  info: z.object({ level: z.string(), msg: z.string() }),
})

const SHOWN_LEVELS = new Set(['info', 'warn', 'error'])

/**
 * An `onOutput` for dbt run with `--log-format json`: each complete stdout line that is one of dbt's events
 * at info level or above is passed to `show` as dbt's own message ("1 of 12 START sql view model …"), so
 * the job log follows a long build as it happens. Debug events, stderr and lines that are not JSON are left
 * to the command's captured output.
 */
export function dbtProgress(
  show: (message: string) => void,
): (chunk: string, stream: 'stdout' | 'stderr') => void {
  let pending = ''
  return (chunk, stream) => {
    if (stream !== 'stdout') return
    const lines = (pending + chunk).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const message = messageOf(line)
      if (message !== undefined) show(message)
    }
  }
}

function messageOf(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return undefined
  }
  const event = LogLine.safeParse(json)
  if (!event.success || !SHOWN_LEVELS.has(event.data.info.level)) return undefined
  const message = event.data.info.msg.trimEnd()
  return message === '' ? undefined : message
}
