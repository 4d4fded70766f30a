import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { StemMatcher, withinOneEdit, wordStems } from '../../src/context/text-terms.js'

/** Words that stress the scanner: plurals, `-ies`, stopwords, digits, camelCase and upper case. */
const VOCABULARY = [
  'order',
  'orders',
  'Orders',
  'ORDERS',
  'orderItems',
  'OrderItem',
  'category',
  'categories',
  'Categories',
  'day',
  'days',
  'daily',
  'class',
  'classes',
  'the',
  'does',
  'doe',
  'x',
  'id',
  'ids',
  '2fa',
  'v2',
  'customerID',
  'customer_id',
  'XMLHttp',
  'reorder',
  'é',
]
const SEPARATORS = [' ', '_', '.', ', ', '\n', '-', '', '(', '`']

const text = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''))
const stems = fc.uniqueArray(
  fc.constantFrom(...new Set(VOCABULARY.flatMap((word) => wordStems(word)).concat(['zzz', 'doe']))),
  { maxLength: 6 },
)

/** Plain Levenshtein distance, the definition `withinOneEdit` must agree with. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current.push(
        Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      )
    }
    previous = current
  }
  return previous[b.length] as number
}

describe('StemMatcher', () => {
  it('finds exactly the wanted stems that wordStems finds in the text', () => {
    fc.assert(
      fc.property(text, stems, (sample, wanted) => {
        const matcher = new StemMatcher(new Set(wanted))
        const found = new Set<string>()
        matcher.collect(sample, found)
        const expected = new Set(wordStems(sample).filter((word) => wanted.includes(word)))
        expect([...found].sort()).toEqual([...expected].sort())
        expect(matcher.matches(sample)).toBe(expected.size > 0)
      }),
      { numRuns: 500 },
    )
  })

  it('meets plurals, -ies forms and camelCase words, and skips filler and partial words', () => {
    const matcher = new StemMatcher(new Set(['order', 'category', 'item', 'doe']))
    const found = new Set<string>()
    matcher.collect('Daily Categories of OrderItems; reorders does not count', found)
    expect([...found].sort()).toEqual(['category', 'item', 'order'])
    expect(matcher.matches('reorders and preorders')).toBe(false)
  })
})

describe('withinOneEdit', () => {
  it('agrees with the Levenshtein distance being at most one', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 7 })
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(levenshtein(a, b) <= 1)
      }),
      { numRuns: 2000 },
    )
  })

  it('accepts a typo or a plural and refuses two edits', () => {
    expect(withinOneEdit('customers', 'customer')).toBe(true)
    expect(withinOneEdit('custmers', 'customers')).toBe(true)
    expect(withinOneEdit('cutsomers', 'customers')).toBe(false)
  })
})
