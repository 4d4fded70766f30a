/** Small markdown building blocks shared by the PR body and the job summary. */

/** Shortens `text` to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 1) return text.slice(0, Math.max(0, max))
  return `${text.slice(0, max - 1)}…`
}

/** One table cell of untrusted text: single line, neutralized (see `untrusted`), pipes escaped, capped. */
export function cell(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return untrusted(truncate(flat, max)).replace(/\|/g, '\\|')
}

/** Inline code that survives backticks inside the text; nothing in it is live but a comment opener. */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${inertCode(flat)}${pad}${fence}`
}

/** Inline code inside a table row, where a pipe would end the cell even within backticks. */
export function codeCell(text: string, max = 300): string {
  return code(truncate(text, max)).replace(/\|/g, '\\|')
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${inertCode(text.replace(/\n+$/, ''))}\n${fence}`
}

const ZWSP = '\u200b'

/** Bidi embedding, override and isolate controls: they reorder what a reader sees (`exe.png` for `gnp.exe`). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/**
 * Inside code nothing renders, so mentions, references, links and HTML are inert; only a comment opener
 * matters there, because Autopilot finds its own `<!-- autopilot:… -->` markers in the raw body, and bidi
 * controls, which reorder the text on screen.
 */
function inertCode(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/<!--/g, `<!${ZWSP}--`)
}

/**
 * The one neutralizer for text we did not write (the model's summary, dbt's errors, ticket titles) before
 * it reaches GitHub or Jira. Outside code spans: no HTML, comments or images (`<`, `>`, `&`, `[`, `]` and
 * stray backticks escaped, so no tag, entity, link, image or footnote forms), `@user` and `@org/team`
 * mentions and `#123`, `owner/repo#1`, `GH-123` references broken with a zero-width space, bare URLs shown
 * as code (not clickable), bidi controls dropped. Code spans keep their text, with comment openers broken.
 * The result cannot ping anyone, link anywhere, forge our markers, reorder what a reader sees or break out
 * of the surrounding markdown.
 */
export function untrusted(raw: string): string {
  const text = raw.replace(BIDI_CONTROLS, '')
  const out: string[] = []
  let proseStart = 0
  let i = 0
  while (i < text.length) {
    if (text[i] !== '`') {
      i++
      continue
    }
    let end = i
    while (text[end] === '`') end++
    const close = escapedAt(text, i) ? -1 : closingRun(text, end, end - i)
    if (close < 0) {
      i = end
      continue
    }
    out.push(prose(text.slice(proseStart, i)), inertCode(text.slice(i, close)))
    i = close
    proseStart = i
  }
  out.push(prose(text.slice(proseStart)))
  return out.join('')
}

function escapedAt(text: string, index: number): boolean {
  let slashes = 0
  while (text[index - 1 - slashes] === '\\') slashes++
  return slashes % 2 === 1
}

/** The end of the backtick run of exactly `length` that closes a code span, or -1 (a blank line ends it). */
function closingRun(text: string, from: number, length: number): number {
  let at = from
  for (;;) {
    const start = text.indexOf('`', at)
    if (start < 0 || /\n[ \t>]*\n/.test(text.slice(at, start))) return -1
    let end = start
    while (text[end] === '`') end++
    if (end - start === length) return end
    at = end
  }
}

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>`]+/gi
const PROSE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '`': '\\`',
  '[': '\\[',
  ']': '\\]',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
}

function prose(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(BARE_URL)) {
    // As GitHub does, trailing punctuation is not part of the URL.
    const url = match[0].replace(/[).,;:!?'"*_~]+$/, '')
    out += escapeProse(text.slice(last, match.index)) + code(url)
    last = match.index + url.length
  }
  return out + escapeProse(text.slice(last))
}

function escapeProse(text: string): string {
  return text
    .replace(/[\\`[\]&<>]/g, (ch) => PROSE_ESCAPES[ch] ?? ch)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
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
