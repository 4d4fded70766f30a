import { describe, expect, it } from '@jest/globals'
import { parseReport } from '../../../src/adapters/dbt/parse-report.js'

const event = (id: string, name: string, msg: string, data: Record<string, unknown> = {}) =>
  JSON.stringify({
    info: { name, msg, level: 'debug', ts: '2026-01-01T00:00:00.000Z', invocation_id: id },
    data,
  })

describe('parseReport', () => {
  it('takes the last word of an invocation: dbt gives up a partial parse when an override macro changed', () => {
    const log = [
      event(
        'a',
        'PartialParsingEnabled',
        'Partial parsing enabled: 0 files deleted, 0 files added, 1 files changed.',
      ),
      event('b', 'UnableToPartialParse', 'Unable to do partial parsing because profile has changed', {
        reason: 'profile has changed',
      }),
      event(
        'a',
        'UnableToPartialParse',
        'Unable to do partial parsing because change detected to override macro. Starting full parse.',
        { reason: 'change detected to override macro. Starting full parse.' },
      ),
    ].join('\n')

    expect(parseReport(log, 'a')).toEqual({
      partialParse: 'full',
      reason: 'change detected to override macro. Starting full parse.',
    })
    expect(parseReport(log, 'b')).toEqual({ partialParse: 'full', reason: 'profile has changed' })
  })

  it('says when partial parsing is turned off, and nothing for an invocation that did not parse', () => {
    const log = [
      event('c', 'PartialParsingNotEnabled', 'Partial parsing not enabled'),
      event('d', 'DepsStartPackageInstall', 'Installing ../pkg'),
      'not json',
    ].join('\n')

    expect(parseReport(log, 'c')?.reason).toMatch(/turned off/)
    expect(parseReport(log, 'd')).toBeUndefined()
  })
})
