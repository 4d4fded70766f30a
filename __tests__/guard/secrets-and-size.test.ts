import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_GUARD_CONFIG,
  formatViolations,
  guardConfigWithSecrets,
  guardDiff,
  guardEdit,
  guardSummary,
} from '../../src/guard/guard.js'
import { encodedSamples } from '../shared/encoded-secrets.js'

const RUN_SECRET = 'plain-run-secret-9876'
const config = guardConfigWithSecrets([RUN_SECRET, undefined, ''])
const rules = (path: string, content: string) => guardEdit(path, content, null, config).map((v) => v.rule)

describe('secrets', () => {
  it('finds token shapes and the run secret in any form, and never prints the value', () => {
    const token = `ghp_${'a1B2'.repeat(9)}`
    expect(rules('models/m.sql', `select '${token}' as t`)).toEqual(['secret-in-diff'])
    expect(rules('seeds/s.csv', `k\nsk-ant-${'x'.repeat(20)}\n`)).toEqual(['secret-in-diff'])
    expect(rules('seeds/s.csv', `k\n${RUN_SECRET}\n`)).toEqual(['secret-in-diff'])
    expect(rules('seeds/s.csv', `k\n${Buffer.from(RUN_SECRET).toString('base64')}\n`)).toEqual([
      'secret-in-diff',
    ])
    expect(rules('seeds/s.csv', `k\n${[...RUN_SECRET].reverse().join('')}\n`)).toEqual(['secret-in-diff'])
    expect(rules('seeds/s.csv', 'k\nAKIAABCDEFGHIJKLMNOP\n')).toEqual(['secret-in-diff'])
    for (const sample of encodedSamples(RUN_SECRET)) {
      expect([sample.name, rules('seeds/s.csv', `k\n${sample.text}\n`)]).toEqual([
        sample.name,
        ['secret-in-diff'],
      ])
    }
    const message = formatViolations(guardEdit('seeds/s.csv', `k\n${RUN_SECRET}\n${token}\n`, null, config))
    expect(message).not.toContain(RUN_SECRET)
    expect(message).not.toContain(token)
    expect(message).toMatch(/^\[secret-in-diff\] seeds\/s\.csv:2: /)
  })

  it('finds the run secret in another case, and in a file name, without printing it', () => {
    expect(rules('models/m.sql', `select '${RUN_SECRET.toUpperCase()}' as t`)).toEqual(['secret-in-diff'])
    const hex = Buffer.from(RUN_SECRET).toString('hex')
    expect(rules('seeds/s.csv', `k\n${hex.slice(0, 10)}${hex.slice(10).toUpperCase()}\n`)).toEqual([
      'secret-in-diff',
    ])
    const named = guardEdit(`models/${RUN_SECRET}.sql`, 'select 1 as id\n', null, config)
    expect(named.map((v) => v.rule)).toEqual(['secret-in-diff'])
    expect(formatViolations(named)).not.toContain(RUN_SECRET)
    const token = `ghp_${'a1B2'.repeat(9)}`
    expect(rules(`models/${token}.sql`, 'select 1 as id\n')).toEqual(['secret-in-diff'])
  })

  it('checks the summary the same way', () => {
    expect(guardSummary(`Done, key ${RUN_SECRET}`, config).map((v) => v.rule)).toEqual(['secret-in-summary'])
    expect(guardSummary('Renamed id to order_id.', config)).toEqual([])
  })
})

describe('size and binary content', () => {
  it('refuses NUL bytes, invalid UTF-8, control and bidi characters, and large files', () => {
    expect(rules('seeds/s.csv', 'a\n\u0000\n')).toEqual(['binary-content'])
    expect(rules('models/m.sql', 'select 1 -- \ud800')).toEqual(['binary-content'])
    expect(rules('models/m.sql', 'select 1 -- \u202e')).toEqual(['binary-content'])
    expect(guardEdit('seeds/s.csv', new Uint8Array([0x61, 0xff, 0x0a])).map((v) => v.rule)).toEqual([
      'binary-content',
    ])
    expect(rules('models/m.sql', `select 1\n${'-- x\n'.repeat(60_000)}`)).toContain('file-too-large')
    expect(rules('models/m.sql', '\ufeffselect 1 as id\n')).toEqual([])
  })

  it('limits files and lines across the whole change', () => {
    const small = { ...DEFAULT_GUARD_CONFIG, maxFilesChanged: 2, maxLinesChanged: 2 }
    const files = ['a', 'b', 'c'].map((name) => ({
      path: `models/${name}.sql`,
      content: 'select 1 as id\n',
      old: null,
    }))
    expect(guardDiff(files, small).map((v) => v.rule)).toEqual(['too-many-files', 'too-many-lines'])
    expect(guardDiff(files.slice(0, 2), small)).toEqual([])
    expect(guardDiff([{ path: 'models/a.sql', content: null, old: 'select 1\n' }], small)).toEqual([])
    expect(
      guardDiff([{ path: '.github/x.yml', content: null, old: 'x\n' }], small).map((v) => v.rule),
    ).toEqual(['path-denied'])
  })
})
