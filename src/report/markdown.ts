/** Small markdown building blocks shared by the PR body and the job summary. */

/** Shortens `text` to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 1) return text.slice(0, Math.max(0, max))
  return `${text.slice(0, max - 1)}…`
}

/** One table cell: single line, pipes escaped, HTML neutralised, length capped. */
export function cell(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return truncate(flat, max).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;')
}

/** Inline code that survives backticks inside the text. */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Inline code inside a table row, where a pipe would end the cell even within backticks. */
export function codeCell(text: string, max = 300): string {
  return code(truncate(text, max)).replace(/\|/g, '\\|')
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`
}

/**
 * Text we did not write (the model's summary, ticket titles) rendered so it cannot ping people, forge our
 * HTML markers or break out of the surrounding markdown.
 */
export function untrusted(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(^|[^\w`])@([A-Za-z0-9][\w-]*)/g, '$1@\u200b$2')
}

/** Untrusted text as a blockquote. */
export function quote(text: string): string {
  return untrusted(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n')
}

export function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n')
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

export function usd(amount: number): string {
  return `$${amount.toFixed(amount < 0.01 && amount > 0 ? 4 : 2)}`
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** Rows up to `limit`, then a line that says how many were left out and where to find them. */
export function limited<T>(items: readonly T[], limit: number): { shown: T[]; omitted: number } {
  const shown = items.slice(0, Math.max(0, limit))
  return { shown, omitted: items.length - shown.length }
}

export function moreLine(omitted: number): string {
  return omitted > 0 ? `…and ${omitted} more, see the audit artifact.` : ''
}

/**
 * Renders with the largest list limit that fits in `max` (as measured by `size`): lists are cut before
 * anything else. Returns undefined when even empty lists do not fit.
 */
export function fitLists(
  render: (listLimit: number) => string,
  max: number,
  size: (text: string) => number = (text) => text.length,
): string | undefined {
  const full = render(Number.MAX_SAFE_INTEGER)
  if (size(full) <= max) return full
  let low = 0
  let high = 4096
  while (size(render(high)) <= max && high < Number.MAX_SAFE_INTEGER / 2) high *= 2
  if (size(render(low)) > max) return undefined
  // Invariant: render(low) fits, render(high) does not.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2)
    if (size(render(mid)) <= max) low = mid
    else high = mid
  }
  return render(low)
}
