import { truncate, untrusted } from './markdown.js'

// One account of a base that did not parse, for every view of the run: the PR body, the job summary and the
// CLI report say the same thing.

/** What a broken base means for the change. */
export const BROKEN_BASE_CONSEQUENCE =
  'Validation built everything the changed project selects; impact against the base was not computed.'

/** The first lines of dbt's parse error of the base, on one line and shortened. */
export function brokenBaseError(error: string): string {
  return truncate(error.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').trim(), 300)
}

/** The warning a markdown view shows; dbt's error may quote model-written files, so it is neutralized. */
export function brokenBaseMarkdown(error: string): string {
  return `> [!WARNING]\n> **The base branch did not parse** before this change (${untrusted(brokenBaseError(error))}). ${BROKEN_BASE_CONSEQUENCE}`
}
