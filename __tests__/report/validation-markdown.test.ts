import { describe, expect, it } from '@jest/globals'
import { validationTable } from '../../src/report/validation-markdown.js'
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
