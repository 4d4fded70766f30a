import { describe, expect, it } from '@jest/globals'
import {
  parseHistory,
  serializeHistory,
  withOutcome,
  type HistoryEntry,
} from '../../src/history/history-store.js'

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T02:00:00.000Z`

describe('history file', () => {
  it('round-trips through the file format', () => {
    const history = new Map<string, HistoryEntry>([
      ['DATA-2', { status: 'pr-opened', at: at(2), prUrl: 'https://github.com/acme/a/pull/1' }],
      ['DATA-1', { status: 'failed:validation', at: at(1) }],
    ])
    const parsed = parseHistory(serializeHistory(history))
    expect(parsed.problems).toEqual([])
    expect(Object.fromEntries(parsed.entries)).toEqual(Object.fromEntries(history))
  })

  it('drops malformed entries and keeps the rest', () => {
    const text = JSON.stringify({
      version: 1,
      tickets: { 'DATA-1': { status: 'pr-opened', at: at(1) }, 'DATA-2': { status: 'x', at: 'yesterday' } },
    })
    const parsed = parseHistory(text)
    expect([...parsed.entries.keys()]).toEqual(['DATA-1'])
    expect(parsed.problems).toEqual(['history entry for DATA-2 is malformed and was ignored'])
  })

  it('stays within its limit by forgetting the oldest outcomes, never the new one', () => {
    let history = new Map<string, HistoryEntry>()
    for (let day = 10; day <= 14; day++)
      history = withOutcome(history, `DATA-${day}`, { status: 'pr-opened', at: at(day) }, 3)
    expect([...history.keys()].sort()).toEqual(['DATA-12', 'DATA-13', 'DATA-14'])
    // A late-arriving record with an older clock is still kept.
    history = withOutcome(history, 'DATA-1', { status: 'failed:budget', at: at(1) }, 3)
    expect([...history.keys()].sort()).toEqual(['DATA-1', 'DATA-13', 'DATA-14'])
  })

  it('refuses to write an outcome without a valid time', () => {
    expect(() => withOutcome(new Map(), 'DATA-1', { status: 'pr-opened', at: 'soon' })).toThrow()
  })
})
