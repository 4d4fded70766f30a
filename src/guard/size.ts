import type { GuardConfig } from './config.js'
import type { Violation } from './violation.js'

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Control characters other than tab and line breaks, and characters that hide or reorder text. */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]|(?!^)\ufeff/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The content as text, or why it is not text. */
export function decodeContent(content: string | Uint8Array): { text: string } | { binary: string } {
  let text: string
  if (typeof content === 'string') {
    if (LONE_SURROGATE.test(content)) return { binary: 'it is not valid UTF-8 text' }
    text = content
  } else {
    try {
      text = UTF8.decode(content)
    } catch {
      return { binary: 'it is not valid UTF-8 text' }
    }
  }
  if (text.includes('\0')) return { binary: 'it contains NUL bytes' }
  const hidden = HIDDEN.exec(text)
  if (hidden) {
    const code = hidden[0].codePointAt(0)!.toString(16).padStart(4, '0')
    return { binary: `it contains the invisible or control character U+${code.toUpperCase()}` }
  }
  return { text }
}

/** File size and binary content for one file. */
export function checkContentShape(
  path: string,
  content: string | Uint8Array,
  config: GuardConfig,
): Violation[] {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength
  const violations: Violation[] = []
  if (bytes > config.maxFileBytes) {
    violations.push({
      rule: 'file-too-large',
      path,
      message: `Refused: ${bytes} bytes is over the ${config.maxFileBytes}-byte limit for one file. Split the change into smaller files.`,
    })
  }
  const decoded = decodeContent(content)
  if ('binary' in decoded) {
    violations.push({
      rule: 'binary-content',
      path,
      message: `Refused: ${decoded.binary}. Only plain text (SQL, YAML, Markdown, CSV) is written; remove the character.`,
    })
  }
  return violations
}

/** Lines added plus lines removed, counted as multisets (order-insensitive, enough for a limit). */
export function linesChanged(old: string | null | undefined, next: string | null | undefined): number {
  const counts = new Map<string, number>()
  const split = (text: string | null | undefined) => (text ? text.replace(/\n$/, '').split('\n') : [])
  for (const line of split(old)) counts.set(line, (counts.get(line) ?? 0) + 1)
  let added = 0
  for (const line of split(next)) {
    const left = counts.get(line) ?? 0
    if (left > 0) counts.set(line, left - 1)
    else added++
  }
  let removed = 0
  for (const left of counts.values()) removed += left
  return added + removed
}

/** Totals over a whole change: how many files, how many lines. */
export function checkChangeSize(
  files: readonly { path: string; linesChanged: number }[],
  config: GuardConfig,
): Violation[] {
  const violations: Violation[] = []
  if (files.length > config.maxFilesChanged) {
    violations.push({
      rule: 'too-many-files',
      path: files[config.maxFilesChanged]!.path,
      message: `Refused: the change would touch ${files.length} files; the limit is ${config.maxFilesChanged}. Make a smaller change, or ask for the ticket to be split.`,
    })
  }
  const lines = files.reduce((sum, file) => sum + file.linesChanged, 0)
  if (lines > config.maxLinesChanged) {
    violations.push({
      rule: 'too-many-lines',
      path: files.at(-1)?.path ?? '.',
      message: `Refused: the change would add or remove ${lines} lines; the limit is ${config.maxLinesChanged}. Make a smaller change, or ask for the ticket to be split.`,
    })
  }
  return violations
}
