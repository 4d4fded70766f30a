import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { applyRules } from '../../src/task/apply-rules.js'
import { BUILTIN_TASK_RULES } from '../../src/task/task-rules.js'
import {
  MAX_ITEMS,
  acceptanceCriteriaOf,
  mentionedModels,
  openQuestionsOf,
} from '../../src/task/ticket-facts.js'
import { ticket } from './tickets.js'

describe('classification on hostile or huge text', () => {
  it('never throws and keeps every list bounded, whatever the body', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '## Acceptance criteria',
        '**Open questions**',
        '- item',
        '```',
        '1) x',
        'Acceptance criteria:',
      ),
    )
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 60 }),
        fc.dictionary(fc.string(), fc.string()),
        (lines, fields) => {
          const t = ticket({ body: lines.join('\n'), fields })
          expect(acceptanceCriteriaOf(t).length).toBeLessThanOrEqual(MAX_ITEMS)
          expect(openQuestionsOf(t).length).toBeLessThanOrEqual(MAX_ITEMS)
          applyRules(t, BUILTIN_TASK_RULES)
          mentionedModels(t, ['orders'])
        },
      ),
    )
  })

  // Catastrophic backtracking on 200 KB would run for minutes: jest's timeout is the bound, not a clock here.
  it('classifies a 200 KB body built to make the patterns backtrack', () => {
    const body = `${'remove add new drop change rename '.repeat(6_000).slice(0, 200 * 1024)}\ndrop the legacy column`
    const outcome = applyRules(ticket({ body }), BUILTIN_TASK_RULES)
    acceptanceCriteriaOf(ticket({ body: `# Acceptance criteria\n${'- a\n'.repeat(50_000)}` }))
    expect(outcome.kind?.kind).toBe('schema-change')
  })
})
