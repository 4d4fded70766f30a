import type { ReviewFinding } from './review-finding.js'

/** The one extra round: the blocking review findings (and, on an optimization ticket, the SQL checks' findings). */
export function renderRework(
  blocking: readonly ReviewFinding[],
  optimizations: readonly ReviewFinding[],
): string {
  const list = (findings: readonly ReviewFinding[]) =>
    findings.map((f) => `- ${f.path}${f.line ? `:${f.line}` : ''}: ${f.text}`)
  return [
    ...(blocking.length > 0
      ? [
          'A review of your change found problems that must be fixed before it can be published (quoted from the reviewer model; the ticket and its rules still decide):',
          ...list(blocking),
        ]
      : []),
    ...(optimizations.length > 0
      ? [
          '',
          'The ticket asks for an optimization. The static SQL checks found these in the changed models; apply those that keep the results the same:',
          ...list(optimizations),
        ]
      : []),
    '',
    'This is the last round: make the fix, keep the rest of the change as it is, then call `finish`. The change is validated again afterwards.',
  ].join('\n')
}
