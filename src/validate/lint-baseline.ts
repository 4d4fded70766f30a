import type { LintViolation } from './validation.js'

/** A file's text before and after the change, by the path violations name; null where it did not exist. */
export interface LintTexts {
  before: ReadonlyMap<string, string | null>
  after: ReadonlyMap<string, string>
}

/**
 * Splits the violations found after the change into those it introduced and those already in the base
 * version of the file. Lines shift when a change adds lines above, so a violation is matched by its rule
 * code and the content of its line (whitespace collapsed), counted: two old CP02s on the same text cover
 * two new ones, not three. A line that only gained a list comma is the same line.
 */
export function splitByBase(
  after: readonly LintViolation[],
  before: readonly LintViolation[],
  texts: LintTexts,
): { introduced: LintViolation[]; preExisting: LintViolation[] } {
  const remaining = new Map<string, number>()
  for (const violation of before) {
    const key = keyOf(violation, texts.before.get(violation.file) ?? null)
    remaining.set(key, (remaining.get(key) ?? 0) + 1)
  }
  const introduced: LintViolation[] = []
  const preExisting: LintViolation[] = []
  for (const violation of after) {
    const key = keyOf(violation, texts.after.get(violation.file) ?? null)
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      remaining.set(key, left - 1)
      preExisting.push(violation)
    } else introduced.push(violation)
  }
  return { introduced, preExisting }
}

function keyOf(violation: LintViolation, text: string | null): string {
  const line = text?.split('\n')[violation.line - 1] ?? ''
  return `${violation.file}\0${violation.code}\0${lineContent(line)}`
}

/**
 * A line as far as lint debt goes: whitespace collapsed, and without the comma a list separator adds at its
 * end (or start, in leading-comma style), so appending a column after `count(*) AS n` keeps the old `AS`.
 */
function lineContent(line: string): string {
  return line
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^,\s*|\s*,$/g, '')
}
