import { describe, expect, it } from '@jest/globals'
import type { AgentRunResult } from '../../src/agent/agent-session.js'
import { summarizeChange } from '../../src/run/change-summary.js'
import type { ToolCallRecord } from '../../src/run/run-record.js'

const finished = (summary: string): AgentRunResult => ({ outcome: 'finished', summary })
const write = (path: string, error?: string): ToolCallRecord => ({
  turn: 1,
  name: 'write_file',
  input: { path, content: '…' },
  ok: error === undefined,
  ...(error ? { error } : {}),
})

describe('summarizeChange', () => {
  it("keeps the change's finish summary and appends each repair round's", () => {
    const rounds = [finished('Added completed_orders to customers.'), finished('Fixed the null count.')]
    expect(summarizeChange(rounds, [], ['models/customers.sql'])).toBe(
      'Added completed_orders to customers.\n\nRound 2: Fixed the null count.',
    )
  })

  it("never takes a round's closing text that was not a finish", () => {
    const rounds = [
      finished('Added the column.'),
      { outcome: 'stopped', summary: 'I am out of ideas' } as const,
    ]
    expect(summarizeChange(rounds, [], ['models/a.sql'])).toBe('Added the column.')
  })

  it('names a refused write that no later write made as not done', () => {
    const calls = [
      write('tests/assert_positive.sql', '[path-denied] Refused tests/assert_positive.sql: …'),
      write('models/a.sql', 'Refused: this run already changed 20 files, the limit.'),
      write('./models/b.sql', '[sql-ddl-dml] Refused models/b.sql'),
      write('models/b.sql'),
    ]
    const summary = summarizeChange([finished('Added a test.')], calls, ['models/b.sql'])
    expect(summary).toBe(
      'Added a test.\n\nNot done (refused by the guard): `tests/assert_positive.sql` (path-denied), `models/a.sql` (change limit).',
    )
  })

  it('is empty when the model gave no summary and nothing was refused, so the caller falls back', () => {
    expect(
      summarizeChange(
        [{ outcome: 'budget', summary: 'budget spent' }],
        [write('models/a.sql')],
        ['models/a.sql'],
      ),
    ).toBe('')
  })
})
