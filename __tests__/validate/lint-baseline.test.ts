import { describe, expect, it } from '@jest/globals'
import { splitByBase } from '../../src/validate/lint-baseline.js'
import type { LintViolation } from '../../src/validate/validation.js'

const v = (line: number, code = 'CP01'): LintViolation => ({
  file: 'models/a.sql',
  line,
  column: 1,
  code,
  description: 'x',
})

describe('splitByBase', () => {
  it('matches violations by rule and line content, so shifted lines stay pre-existing', () => {
    const before = 'SELECT\n    1 AS id\n'
    const after = 'SELECT\n    2 AS rank,\n    1  AS id\n'
    const { introduced, preExisting } = splitByBase([v(1), v(2), v(3)], [v(1), v(2)], {
      before: new Map([['models/a.sql', before]]),
      after: new Map([['models/a.sql', after]]),
    })
    expect(introduced).toEqual([v(2)])
    expect(preExisting).toEqual([v(1), v(3)])
  })

  it('counts: one old violation covers one new one on the same text, and a new file has no base', () => {
    const text = 'SELECT 1\nSELECT 1\n'
    const split = splitByBase([v(1), v(2)], [v(1)], {
      before: new Map([['models/a.sql', 'SELECT 1\n']]),
      after: new Map([['models/a.sql', text]]),
    })
    expect(split.introduced).toHaveLength(1)
    expect(
      splitByBase([v(1)], [], {
        before: new Map([['models/a.sql', null]]),
        after: new Map([['models/a.sql', text]]),
      }).introduced,
    ).toEqual([v(1)])
  })

  it('keeps debt on a line that only gained a list comma (a column appended after it), in either comma style', () => {
    const before = 'SELECT\n    count(*) AS n\nFROM t\n'
    const trailing = 'SELECT\n    count(*) AS n,\n    1 as k\nFROM t\n'
    const leading = 'SELECT\n    , count(*) AS n\n    , 1 as k\nFROM t\n'
    for (const after of [trailing, leading]) {
      const { introduced, preExisting } = splitByBase([v(1), v(2), v(4)], [v(1), v(2), v(3)], {
        before: new Map([['models/a.sql', before]]),
        after: new Map([['models/a.sql', after]]),
      })
      expect(introduced).toEqual([])
      expect(preExisting).toEqual([v(1), v(2), v(4)])
    }
    // A comma rule on that line is still the change's own.
    const split = splitByBase([v(2, 'LT04')], [], {
      before: new Map([['models/a.sql', before]]),
      after: new Map([['models/a.sql', trailing]]),
    })
    expect(split.introduced).toEqual([v(2, 'LT04')])
  })
})
