import { describe, expect, it } from '@jest/globals'
import { filesNamedIn, locateDbtError } from '../../src/report/dbt-error-location.js'
import {
  BINDER_ERROR,
  BINDER_SOURCE,
  DUP_ERROR,
  DUP_SOURCE,
  JINJA_BUILD_ERROR,
  JINJA_SOURCE,
  PARSER_ERROR,
  PARSER_SOURCE,
  UNDEFINED_MACRO_ERROR,
} from './dbt-errors.js'

const lineOf = (source: string, n: number) => source.split('\n')[n - 1]

describe('locateDbtError', () => {
  it("places a database error's line in the source by the line's text, not dbt's line number", () => {
    const where = locateDbtError(BINDER_ERROR, BINDER_SOURCE)
    expect(where).toEqual({ line: 16 })
    expect(lineOf(BINDER_SOURCE, 16)).toContain('lifetime_valu')
  })

  it('takes the one line that is exactly the line the database ran, when the text occurs inside others too', () => {
    expect(locateDbtError(DUP_ERROR, DUP_SOURCE)).toEqual({ line: 5 })
  })

  it('looks the marked token up when the line is not in the source', () => {
    const renamed = BINDER_SOURCE.replace('    lifetime_valu\n', '    lifetime_valu as ltv\n')
    expect(locateDbtError(BINDER_ERROR, renamed)).toEqual({ line: 16 })
  })

  it('says the line is of the compiled SQL when no line of the source matches once', () => {
    expect(locateDbtError(PARSER_ERROR, PARSER_SOURCE)).toEqual({
      line: 1,
      note: 'line 15 of the compiled SQL',
    })
    expect(locateDbtError(BINDER_ERROR, undefined)).toEqual({ line: 1, note: 'line 20 of the compiled SQL' })
  })

  it("takes a Jinja error's line as the source line", () => {
    expect(locateDbtError(JINJA_BUILD_ERROR, JINJA_SOURCE)).toEqual({ line: 6 })
    expect(lineOf(JINJA_SOURCE, 6)).toBe("from {{ ref('orders') }}")
  })

  it('finds no line where dbt names none', () => {
    expect(locateDbtError(UNDEFINED_MACRO_ERROR, 'select 1')).toBeUndefined()
  })
})

describe('filesNamedIn', () => {
  it('reads the files an error without node results names', () => {
    expect(filesNamedIn(JINJA_BUILD_ERROR)).toEqual(['models/broken_jinja.sql'])
    expect(filesNamedIn(`${BINDER_ERROR}\n${DUP_ERROR}\n${BINDER_ERROR}`)).toEqual([
      'models/customers.sql',
      'models/dup.sql',
    ])
    expect(filesNamedIn('dbt build exited with code 2 and reported no node results.')).toEqual([])
  })
})
