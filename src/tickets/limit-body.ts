/**
 * The most ticket body the model is shown. 200 KB is about 50k tokens: more than any real ticket needs,
 * and small enough that a pasted log or data dump cannot eat the run's input-token budget on the first turn.
 */
export const MAX_TICKET_BODY_BYTES = 200 * 1024

/** The visible marker appended where a body was cut, so the model and the reviewer both know. */
export function truncationNote(keptBytes: number, totalBytes: number): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
  return `\n\n[Autopilot truncated this ticket body: showing the first ${kb(keptBytes)} of ${kb(totalBytes)}. Put long logs or data in an attachment or link instead.]`
}

/** The body unchanged when it fits, else its first `maxBytes` (UTF-8, cut at a character boundary) plus a note. */
export function limitTicketBody(body: string, maxBytes = MAX_TICKET_BODY_BYTES): string {
  const bytes = Buffer.from(body, 'utf8')
  if (bytes.length <= maxBytes) return body
  // Decoding a prefix that ends inside a multi-byte character yields U+FFFD at the end: drop it.
  let kept = bytes.subarray(0, maxBytes).toString('utf8')
  if (kept.endsWith('\uFFFD') && !body.startsWith(kept)) kept = kept.slice(0, -1)
  // Cutting at the last line break keeps a markdown line (a table row, a fence) whole when one is near.
  const lineEnd = kept.lastIndexOf('\n')
  if (lineEnd > kept.length * 0.9) kept = kept.slice(0, lineEnd)
  return kept.trimEnd() + truncationNote(Buffer.byteLength(kept, 'utf8'), bytes.length)
}
