import { describe, expect, it } from '@jest/globals'
import { dbtProgress } from '../../../src/adapters/dbt/dbt-progress.js'

const event = (level: string, msg: string) => JSON.stringify({ info: { level, msg, name: 'X' }, data: {} })

describe('dbtProgress', () => {
  it("passes dbt's info, warn and error messages on as whole lines, however the output is cut", () => {
    const shown: string[] = []
    const onOutput = dbtProgress((message) => shown.push(message))
    const text = [
      event('debug', 'Acquiring new duckdb connection'),
      event('info', '1 of 3 START sql view model main.stg_orders ... [RUN]'),
      'not json at all',
      event('warn', 'Deprecated functionality'),
      event('error', 'Database Error in model orders'),
      '{"info": {"level": "info"}}',
      event('info', '3 of 3 OK created sql table model main.orders ... [OK in 0.05s]'),
    ].join('\n')
    // Cut in the middle of lines, as pipes deliver it; the last line is complete only with its newline.
    for (let at = 0; at < text.length; at += 17) onOutput(text.slice(at, at + 17), 'stdout')
    expect(shown).toEqual([
      '1 of 3 START sql view model main.stg_orders ... [RUN]',
      'Deprecated functionality',
      'Database Error in model orders',
    ])
    onOutput('\n', 'stdout')
    expect(shown.at(-1)).toBe('3 of 3 OK created sql table model main.orders ... [OK in 0.05s]')
  })

  it('leaves stderr to the captured output', () => {
    const shown: string[] = []
    dbtProgress((message) => shown.push(message))(`${event('info', 'hello')}\n`, 'stderr')
    expect(shown).toEqual([])
  })
})
