import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { adfToMarkdown } from '../../src/adapters/jira/adf-to-markdown.js'
import { FUZZ_RUNS } from './fuzz-bounds.js'

const KNOWN_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'codeBlock',
  'blockquote',
  'panel',
  'expand',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'mention',
  'emoji',
  'inlineCard',
  'hardBreak',
  'status',
  'date',
  'rule',
]

/** Values of any JSON shape, with odd numbers and strings that markdown treats specially. */
const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom('`', '```', '|', '**', '\n', '<!-- hidden -->', '\u200B', '\uFFFF', '\uD800'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1e21, 8.64e15, Infinity, Number.NaN),
  fc.boolean(),
  fc.constant(null),
)

const mark = fc.record(
  {
    type: fc.oneof(fc.constantFrom('strong', 'em', 'code', 'link', 'strike', 'underline'), scalar),
    attrs: fc.dictionary(fc.constantFrom('href', 'title'), scalar),
  },
  { requiredKeys: [] },
)

/** ADF-shaped trees: known and unknown node types, wrong-typed fields, random attributes and marks. */
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record(
      {
        type: fc.oneof(fc.constantFrom(...KNOWN_TYPES), fc.string(), scalar),
        text: fc.oneof(fc.string(), scalar),
        attrs: fc.oneof(
          fc.dictionary(
            fc.constantFrom(
              'level',
              'order',
              'language',
              'text',
              'id',
              'url',
              'timestamp',
              'panelType',
              'title',
            ),
            scalar,
          ),
          scalar,
        ),
        marks: fc.oneof(fc.array(mark, { maxLength: 4 }), scalar),
        content: fc.oneof(fc.array(tie('node'), { maxLength: 5 }), scalar),
      },
      { requiredKeys: [] },
    ),
  ),
}))

function check(document: unknown): void {
  const markdown = adfToMarkdown(document)
  expect(typeof markdown).toBe('string')
}

describe('ADF converter under fuzzing', () => {
  it('turns any JSON value into a string without throwing', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: FUZZ_RUNS })
  })

  it('turns any ADF-shaped tree into a string without throwing', () => {
    fc.assert(
      fc.property(node, (content) => check({ type: 'doc', version: 1, content: [content] })),
      { numRuns: FUZZ_RUNS },
    )
  })

  it('terminates on deep and wide trees of every node type', () => {
    const deep = fc.record({
      types: fc.array(fc.constantFrom(...KNOWN_TYPES, 'unknownThing'), { minLength: 1, maxLength: 5 }),
      depth: fc.integer({ min: 100, max: 3000 }),
      width: fc.integer({ min: 1, max: 3 }),
    })
    fc.assert(
      fc.property(deep, ({ types, depth, width }) => {
        let tree: unknown = { type: 'text', text: 'leaf' }
        for (let level = 0; level < depth; level += 1) {
          tree = {
            type: types[level % types.length],
            content: Array.from({ length: level < 5 ? width : 1 }, () => tree),
          }
        }
        check({ type: 'doc', version: 1, content: [tree] })
      }),
      { numRuns: 50 },
    )
  })

  it('keeps a reader-visible code fence closed whatever backticks the code holds', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const markdown = adfToMarkdown({
          type: 'doc',
          content: [{ type: 'codeBlock', content: [{ type: 'text', text: code }] }],
        })
        const fence = /^(`{3,})/.exec(markdown)?.[1] ?? ''
        expect(markdown.endsWith(`\n${fence}`)).toBe(true)
        // The fence is longer than any backtick run inside, so the code cannot close it early.
        expect(code.includes(fence)).toBe(false)
      }),
      { numRuns: FUZZ_RUNS },
    )
  })
})
