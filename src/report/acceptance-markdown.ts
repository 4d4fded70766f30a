import type { AcceptanceRecord, CriterionVerdict } from '../task/acceptance.js'
import { cell, code, limited, moreLine, table, truncate, untrusted } from './markdown.js'

const STATE_LABELS: Record<CriterionVerdict['state'], string> = {
  tested: '✅ checked by a test',
  inspected: '👀 checked by inspection',
  'not-verified': '⚠️ not verified',
}

/**
 * What was asked and what is known of it: each acceptance criterion with its state, then the open
 * questions and the model's assumptions. Undefined when there is nothing of the three.
 */
export function acceptanceSection(record: AcceptanceRecord | undefined, limit: number): string | undefined {
  if (!record) return undefined
  const parts: string[] = []
  if (record.criteria.length > 0) {
    const { shown, omitted } = limited(record.criteria, limit)
    const rows = shown.map((verdict, i) => [
      String(i + 1),
      cell(untrusted(verdict.criterion), 300),
      STATE_LABELS[verdict.state],
      cell(evidence(verdict), 300),
    ])
    parts.push(table(['#', 'Criterion', 'State', 'Evidence'], rows))
    if (omitted > 0) parts.push(moreLine(omitted))
  }
  if (record.openQuestions.length > 0)
    parts.push(`**Open questions from the ticket:**\n\n${bullets(record.openQuestions, limit)}`)
  if (record.assumptions.length > 0)
    parts.push(`**Assumptions the model made** (confirm them):\n\n${bullets(record.assumptions, limit)}`)
  return parts.length > 0 ? `### Acceptance criteria\n\n${parts.join('\n\n')}` : undefined
}

function evidence(verdict: CriterionVerdict): string {
  if (verdict.state === 'tested' && verdict.test) {
    const origin = verdict.newTest ? 'added by this change' : 'already in the project'
    return `${code(verdict.test)} (${origin}) passed${verdict.note ? `; ${untrusted(verdict.note)}` : ''}`
  }
  return verdict.note ? untrusted(verdict.note) : ''
}

function bullets(items: readonly string[], limit: number): string {
  const { shown, omitted } = limited(items, limit)
  const lines = shown.map((item) => `- ${untrusted(truncate(item.replace(/\s+/g, ' '), 400))}`)
  if (omitted > 0) lines.push(`- ${moreLine(omitted)}`)
  return lines.join('\n')
}
