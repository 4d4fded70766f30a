export interface CommitMessageInput {
  key: string
  summary: string
  ticketUrl?: string
  runUrl?: string
}

const SUBJECT_LIMIT = 100

/** `<KEY>: <summary>`, then a blank line and the `Ticket:` / `Autopilot-Run:` trailers that are known. */
export function commitMessage({ key, summary, ticketUrl, runUrl }: CommitMessageInput): string {
  const oneLine = summary.replace(/\s+/g, ' ').trim() || 'Autopilot change'
  let subject = `${key.trim()}: ${oneLine}`
  if (subject.length > SUBJECT_LIMIT) subject = `${subject.slice(0, SUBJECT_LIMIT - 1).trimEnd()}…`
  const trailers = [
    ticketUrl ? `Ticket: ${ticketUrl.trim()}` : undefined,
    runUrl ? `Autopilot-Run: ${runUrl.trim()}` : undefined,
  ].filter((line): line is string => line !== undefined)
  return trailers.length === 0 ? `${subject}\n` : `${subject}\n\n${trailers.join('\n')}\n`
}
