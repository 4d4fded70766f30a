import { describe, expect, it } from '@jest/globals'
import { roundsSentence, validationTable } from '../../src/report/validation-markdown.js'
import { failingValidation, passingValidation } from './fixtures.js'

describe('validationTable: what a round cost dbt', () => {
  it('says a repair round read the parents an earlier round built, and that dbt re-read only the changes', () => {
    const repair = passingValidation(2)
    repair.dbt = { ...repair.dbt, parentsFrom: 1, parse: { partialParse: 'reused' }, launches: 1 }
    const table = validationTable(repair)
    expect(table).toContain('Parents were read from what round 1 built, not built again.')
    expect(table).toContain('dbt re-read only the changed files (partial parse).')
    expect(table).not.toContain('their parents (no production state')
  })

  it('names the reason for a full parse and a second launch', () => {
    const first = failingValidation(1)
    first.dbt = {
      ...first.dbt,
      parse: { partialParse: 'full', reason: 'saved manifest not found' },
      launches: 2,
    }
    const table = validationTable(first)
    expect(table).toContain('dbt parsed the whole project (saved manifest not found).')
    expect(table).toContain('2 dbt launches: the change read parents no round had built.')
  })

  it('says when a round repeated an earlier verdict because no file changed', () => {
    const again = failingValidation(3)
    again.reusedFrom = 2
    expect(validationTable(again)).toContain(
      'No file changed since round 2: its result stands, dbt and sqlfluff did not run again.',
    )
  })
})

describe('roundsSentence: each round after the change named by its cause', () => {
  it('counts repairs, the review round and the test round apart', () => {
    const rounds = [
      { ...failingValidation(1), cause: 'change' as const },
      { ...failingValidation(2), cause: 'repair' as const },
      { ...passingValidation(3), cause: 'repair' as const },
      { ...passingValidation(4), cause: 'review' as const },
      { ...passingValidation(5), cause: 'tests' as const },
    ]
    expect(roundsSentence(rounds)).toBe('Passed after 2 repair rounds, 1 review round and 1 test round.')
    expect(roundsSentence(rounds.slice(0, 1))).toBe('Failed; no repair rounds were run.')
    expect(roundsSentence([passingValidation(1), { ...passingValidation(2), cause: 'review' }])).toBe(
      'Passed after 1 review round.',
    )
  })

  it('reads a record without causes as the change, then repairs', () => {
    expect(roundsSentence([failingValidation(1), passingValidation(2)])).toBe('Passed after 1 repair round.')
    expect(roundsSentence([passingValidation(1)])).toBe('Passed on the first round.')
  })

  it('says a later phase passed in its round when no repair or review was needed', () => {
    const phases = [
      { ...passingValidation(1), cause: 'change' as const },
      { ...passingValidation(2), cause: 'change' as const },
    ]
    expect(roundsSentence(phases)).toBe('Passed in round 2.')
  })
})
