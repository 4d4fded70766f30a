import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultInputs, parseSettings, SettingsError, type RawInputs } from '../../src/config/settings.js'
import { INPUTS } from '../../src/config/inputs.js'
import { FUZZ_RUNS } from './fuzz-bounds.js'

const inputs = (overrides: RawInputs): RawInputs => ({ ...defaultInputs(), ticket: 'DATA-123', ...overrides })

function settingsError(raw: RawInputs): SettingsError {
  try {
    parseSettings(raw)
  } catch (error) {
    if (error instanceof SettingsError) return error
    throw error
  }
  throw new Error(`expected a SettingsError for ${JSON.stringify(raw)}`)
}

describe('malformed action inputs', () => {
  it.each([
    ['unknown input', { 'max-turn': '5' }, /unknown input\(s\) `max-turn`/],
    ['several unknown inputs', { tikcet: 'x', Model: 'y' }, /unknown input\(s\) `tikcet`, `Model`/],
    ['boolean as a word', { lint: 'yes' }, /input `lint` must be `auto`, `true` or `false`/],
    ['number as a word', { 'max-turns': 'forty' }, /input `max-turns` must be a whole number/],
    [
      'fraction where a count is needed',
      { 'repair-rounds': '1.5' },
      /input `repair-rounds` must be a whole number/,
    ],
    ['negative count', { 'repair-rounds': '-1' }, /input `repair-rounds` must be at least 0/],
    ['zero budget', { 'max-cost-usd': '0' }, /input `max-cost-usd` must be more than 0/],
    ['negative minutes', { 'max-minutes': '-5' }, /input `max-minutes` must be more than 0/],
    ['infinite minutes', { 'max-minutes': 'Infinity' }, /input `max-minutes`/],
    ['not a URL', { 'jira-url': 'acme.atlassian.net' }, /input `jira-url` must be a URL/],
    [
      'unknown enum',
      { 'ticket-source': 'linear' },
      /input `ticket-source` must be one of auto, jira, github, gitlab, file/,
    ],
    ['branch prefix with spaces', { 'branch-prefix': 'auto pilot/' }, /input `branch-prefix` may hold only/],
    [
      'commit author without an email',
      { 'commit-author': 'Data Bot' },
      /input `commit-author` must be `Name <email>`/,
    ],
    [
      'commit author with two emails',
      { 'commit-author': 'A <a@x.io> <b@x.io>' },
      /input `commit-author` must be/,
    ],
    ['prices not JSON', { 'model-prices': '{claude: 3}' }, /input `model-prices` must be a JSON object/],
    ['prices a JSON array', { 'model-prices': '[1,2]' }, /input `model-prices` must map model names/],
    [
      'prices missing a field',
      { 'model-prices': '{"claude-x": {"input": 3, "output": 15}}' },
      /input `model-prices` must map model names to \{input, output, cacheWrite, cacheRead\}/,
    ],
    [
      'negative price',
      { 'model-prices': '{"claude-x": {"input": -3, "output": 15, "cacheWrite": 1, "cacheRead": 1}}' },
      /input `model-prices` must map model names/,
    ],
    [
      'price as a string',
      { 'model-prices': '{"claude-x": {"input": "3", "output": 15, "cacheWrite": 1, "cacheRead": 1}}' },
      /input `model-prices` must map model names/,
    ],
    [
      'unknown price field',
      {
        'model-prices':
          '{"claude-x": {"input": 3, "output": 15, "cacheWrite": 1, "cacheRead": 1, "batch": 1}}',
      },
      /input `model-prices` must map model names/,
    ],
  ])('%s: a SettingsError naming the input', (_name, overrides, message) => {
    expect(settingsError(inputs(overrides)).message).toMatch(message)
  })

  it('reports every bad input at once, not only the first', () => {
    const { message } = settingsError(inputs({ lint: 'maybe', 'max-turns': '0', bogus: '1' }))
    expect(message).toMatch(/`lint`/)
    expect(message).toMatch(/`max-turns`/)
    expect(message).toMatch(/`bogus`/)
  })

  it('names a missing input rather than failing on undefined', () => {
    const raw = inputs({})
    delete raw['max-turns']
    expect(settingsError(raw).message).toMatch(/input `max-turns`/)
  })

  it('refuses a non-string value with a SettingsError (a caller that builds inputs by hand)', () => {
    const raw = { ...inputs({}), 'max-turns': 5 } as unknown as RawInputs
    expect(settingsError(raw).message).toMatch(/input `max-turns`/)
  })

  it('does not let a __proto__ price entry change the price table prototype', () => {
    const settings = parseSettings(
      inputs({ 'model-prices': '{"__proto__": {"input": 1, "output": 1, "cacheWrite": 1, "cacheRead": 1}}' }),
    )
    expect(Object.getPrototypeOf(settings.anthropic.prices)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['input']).toBeUndefined()
  })
})

describe('settings parser under fuzzing', () => {
  const names = INPUTS.map((input) => input.name)
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', ' ', 'true', 'FALSE', '0', '-1', '1e309', 'NaN', '3.5', '{}', '[]', 'null'),
    fc.json(),
  )
  const overrides = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 8 })
  const unknown = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string(), { maxKeys: 2 })

  it('turns any map of strings into Settings or a SettingsError, never another error', () => {
    let settingsCount = 0
    fc.assert(
      fc.property(overrides, unknown, fc.boolean(), (known, extra, withExtra) => {
        const raw = { ...inputs(known), ...(withExtra ? extra : {}) }
        try {
          const settings = parseSettings(raw)
          settingsCount += 1
          expect(settings.budget.maxTurns).toBeGreaterThanOrEqual(1)
          expect(Number.isFinite(settings.budget.maxCostUsd)).toBe(true)
        } catch (error) {
          if (!(error instanceof SettingsError)) throw error
          expect(error.message).toMatch(/input|Input/)
        }
      }),
      { numRuns: FUZZ_RUNS },
    )
    // The generator reaches both outcomes, so the property is not vacuous.
    expect(settingsCount).toBeGreaterThan(0)
  })

  it('turns a map of arbitrary keys and values into a SettingsError', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (raw) => {
        expect(() => parseSettings(raw)).toThrow(SettingsError)
      }),
      { numRuns: FUZZ_RUNS },
    )
  })
})
