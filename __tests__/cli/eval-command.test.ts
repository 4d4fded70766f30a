import { describe, expect, it } from '@jest/globals'
import { rateOf } from '../../src/cli/eval-command.js'
import { UsageError } from '../../src/cli/command-io.js'

describe('rateOf', () => {
  it.each([
    ['0.8', 0.8],
    ['80%', 0.8],
    ['1', 1],
    ['0', 0],
    ['100%', 1],
  ])('reads %s as %d', (text, rate) => {
    expect(rateOf(text)).toBeCloseTo(rate)
  })

  it.each(['', 'most', '-0.1', '120%', '1.5', '80'])('refuses %p as a usage error', (text) => {
    expect(() => rateOf(text)).toThrow(UsageError)
  })
})
