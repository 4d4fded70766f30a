import { describe, expect, it } from '@jest/globals'
import { formatViolations, guardEdit } from '../../src/guard/guard.js'

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
function billionLaughs(): string {
  const levels = [
    'a: &a ["lol lol lol lol lol","lol lol lol lol lol","lol lol lol lol lol","lol","lol","lol","lol","lol","lol"]',
  ]
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level)
    const name = String.fromCharCode(97 + level)
    levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`)
  }
  const description = `${'ha'.repeat(66)}!`
  return `${levels.join('\n')}\nmodels:\n  - name: orders\n    description: "${description}"\n    meta: *i\n`
}

const check = (text: string) => guardEdit('models/schema.yml', text, null)

describe('YAML bounds', () => {
  it('refuses a 645-byte alias bomb before dbt sees it', () => {
    const bomb = billionLaughs()
    expect(Buffer.byteLength(bomb)).toBe(645)
    const violations = check(bomb)
    expect(violations.map((v) => v.rule)).toEqual(['yaml-alias-bomb'])
    expect(formatViolations(violations)).toMatch(
      /^\[yaml-alias-bomb\] models\/schema\.yml:\d+: .*fewer aliases/,
    )
  })

  it('allows the anchors dbt projects really use', () => {
    const text =
      'defaults: &defaults\n  materialized: view\n  tags: [nightly]\nmodels:\n' +
      Array.from({ length: 20 }, (_, i) => `  - name: m${i}\n    config: *defaults\n`).join('')
    expect(check(text)).toEqual([])
  })

  it('refuses nesting past the limit, in flow and block style', () => {
    expect(check(`x: ${'['.repeat(80)}${']'.repeat(80)}\n`).map((v) => v.rule)).toEqual(['yaml-too-deep'])
    const block = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n'
    expect(check(block).map((v) => v.rule)).toEqual(['yaml-too-deep'])
    expect(check(`x: ${'['.repeat(20)}1${']'.repeat(20)}\n`)).toEqual([])
  })
})
