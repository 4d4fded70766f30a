import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf, type ManifestGraph } from '../../src/project/graph.js'
import type { DataProbe, RowsRead } from '../../src/test-strategy/data-probe.js'
import {
  MAX_GIVEN_ROWS,
  proposeUnitTest,
  unitTestCandidate,
  type UnitTestCandidate,
} from '../../src/test-strategy/propose-unit-test.js'
import type { GivenInput, GivenRelation } from '../../src/test-strategy/unit-test-sql.js'
import { manifest, model, withFields, yamlNode } from '../project/manifests/build.js'

const TIERS = `select
    a.account_id,
    case when a.seats > 10 then 'large' else 'small' end as size
from {{ ref('stg_accounts') }} as a
inner join {{ source('raw', 'events') }} as e on e.account_id = a.account_id
`
const PARENTS = ['model.shop.stg_accounts', 'source.shop.raw.events']

function graphWith(
  sql: string,
  extra: { materialized?: string; dependsOn?: string[]; nodes?: [string, Record<string, unknown>][] } = {},
): ManifestGraph {
  const tiers = withFields(
    model('tiers', { dependsOn: extra.dependsOn ?? PARENTS, materialized: extra.materialized ?? 'table' }),
    { raw_code: sql, language: 'sql', relation_name: '"db"."main"."tiers"' },
  )
  const accounts = withFields(model('stg_accounts'), { relation_name: '"db"."main"."stg_accounts"' })
  const events = yamlNode('source', 'events', { source_name: 'raw', relation_name: '"db"."raw"."events"' })
  return manifestGraphOf(manifest({ nodes: [tiers, accounts, ...(extra.nodes ?? [])], sources: [events] }))
}

const candidateOf = (graph: ManifestGraph, base?: ManifestGraph) =>
  unitTestCandidate(graph, base, graph.get('model.shop.tiers')!)

describe('unitTestCandidate: which changed models get a unit test', () => {
  it('takes a new model with a CASE, its parents as ref and source inputs', () => {
    expect(candidateOf(graphWith(TIERS))).toEqual({
      logic: { found: ['CASE'], lines: [3] },
      rawCode: TIERS,
      inputs: [
        { kind: 'ref', packageName: 'shop', name: 'stg_accounts' },
        { kind: 'source', sourceName: 'raw', name: 'events' },
      ],
    })
  })

  it('declines a changed model whose changed lines only rename', () => {
    const base = graphWith(TIERS)
    const renamed = TIERS.replace('a.account_id,', 'a.account_id as id,')
    expect(candidateOf(graphWith(renamed), base)).toEqual({
      declined: 'no new logic on the lines the change wrote (renames, casts, joins only)',
    })
  })

  it.each([
    [
      'the clock',
      TIERS.replace('as size', 'as size, current_date as today'),
      {},
      /reads the clock \(`current_date`\)/,
    ],
    ['incremental', TIERS, { materialized: 'incremental' }, /incremental/],
    ['this', `${TIERS}where a.id > (select max(id) from {{ this }})`, {}, /reads `\{\{ this \}\}`/],
    ['no parent', 'select 1 + 1 as two', { dependsOn: [] }, /reads no model, seed or source/],
    [
      'too many parents',
      TIERS,
      { dependsOn: ['model.shop.a', 'model.shop.b', 'model.shop.c', 'model.shop.d', 'model.shop.e'] },
      /reads 5 relations \(more than 4\)/,
    ],
    [
      'an ephemeral parent',
      TIERS,
      { dependsOn: ['model.shop.eph'], nodes: [model('eph', { materialized: 'ephemeral' })] },
      /its parent `eph` is ephemeral/,
    ],
    [
      'a versioned parent',
      TIERS,
      {
        dependsOn: ['model.shop.dim.v2'],
        nodes: [withFields(model('dim', { version: 2 }), { relation_name: 'x' })],
      },
      /its parent `dim` is versioned/,
    ],
    [
      'a unit test of its own',
      TIERS,
      {
        nodes: [
          [
            'unit_test.shop.tiers.mine',
            {
              unique_id: 'unit_test.shop.tiers.mine',
              resource_type: 'unit_test',
              name: 'mine',
              package_name: 'shop',
              original_file_path: 'models/marts/_models.yml',
              depends_on: { macros: [], nodes: ['model.shop.tiers'] },
            },
          ],
        ],
      },
      /already has 1 unit test/,
    ],
  ] as const)('declines a model with %s, saying why', (_, sql, extra, reason) => {
    const result = candidateOf(graphWith(sql, extra as Parameters<typeof graphWith>[1]))
    expect('declined' in result && result.declined).toMatch(reason)
  })
})

/** A probe answering samples and the output from tables, recording what it was asked. */
function fakeProbe(samples: Record<string, RowsRead | Error>, output: RowsRead | Error) {
  const asked: { sampled: string[]; given?: readonly GivenRelation[] } = { sampled: [] }
  const probe: DataProbe = {
    launches: 0,
    profile: () => Promise.reject(new Error('not used')),
    check: () => Promise.reject(new Error('not used')),
    sample: (input: GivenInput, limit: number) => {
      expect(limit).toBe(MAX_GIVEN_ROWS)
      asked.sampled.push(input.name)
      const answer = samples[input.name]!
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    },
    output: (_raw, given) => {
      asked.given = given
      return output instanceof Error ? Promise.reject(output) : Promise.resolve(output)
    },
  }
  return { probe, asked }
}

const accounts: RowsRead = {
  columns: [
    { name: 'account_id', type: 'INTEGER' },
    { name: 'seats', type: 'INTEGER' },
    { name: 'region', type: 'VARCHAR' },
  ],
  rows: [
    [1, 12, 'eu'],
    [2, 3, null],
  ],
  unread: [],
}
const events: RowsRead = {
  columns: [
    { name: 'account_id', type: 'INTEGER' },
    { name: 'payload', type: 'STRUCT(a INTEGER)' },
  ],
  rows: [[1, { a: 1 }]],
  unread: [],
}
const output: RowsRead = {
  columns: [
    { name: 'account_id', type: 'INTEGER' },
    { name: 'size', type: 'VARCHAR' },
  ],
  rows: [[1, 'large']],
  unread: [],
}

describe('proposeUnitTest: given rows sampled, expected rows computed on them', () => {
  const graph = graphWith(TIERS)
  const node = graph.get('model.shop.tiers')!
  const candidate = candidateOf(graph) as UnitTestCandidate

  it('gives only the columns the SQL names and expects the output on exactly those rows', async () => {
    const { probe, asked } = fakeProbe({ stg_accounts: accounts, events }, output)
    const result = await proposeUnitTest(probe, node, candidate)
    expect(asked.sampled).toEqual(['stg_accounts', 'events'])
    // region and payload are not named by the SQL: not given, so the nested payload does not matter.
    expect(asked.given?.map((g) => g.columns.map((c) => c.name))).toEqual([
      ['account_id', 'seats'],
      ['account_id'],
    ])
    expect(result).toEqual({
      test: {
        modelId: 'model.shop.tiers',
        model: 'tiers',
        name: 'tiers_new_logic',
        rule: 'new-logic',
        because:
          'CASE on line(s) 3 of models/marts/tiers.sql; 3 given row(s) from 2 parent(s), 1 expected row(s)',
        given: [
          {
            input: "ref('stg_accounts')",
            rows: [
              { account_id: 1, seats: 12 },
              { account_id: 2, seats: 3 },
            ],
          },
          { input: "source('raw', 'events')", rows: [{ account_id: 1 }] },
        ],
        expect: [{ account_id: 1, size: 'large' }],
      },
    })
  })

  it('declines when a parent cannot be read, before computing anything', async () => {
    const { probe, asked } = fakeProbe({ stg_accounts: new Error('relation does not exist') }, output)
    expect(await proposeUnitTest(probe, node, candidate)).toEqual({
      declined: 'its parent `stg_accounts` could not be read: relation does not exist',
    })
    expect(asked.given).toBeUndefined()
  })

  it('declines a used column whose values cannot be written, naming it', async () => {
    const star = { ...candidate, rawCode: 'select *, 1 + 1 as two from x' }
    const { probe } = fakeProbe({ stg_accounts: accounts, events }, output)
    expect(await proposeUnitTest(probe, node, star)).toEqual({
      declined: 'column `payload` of `events`: its type STRUCT(a INTEGER) has no plain literal',
    })
  })

  it.each([
    [
      'no output row',
      { ...output, rows: [] },
      'the sampled rows give no output row (their keys do not meet)',
    ],
    [
      'a parent the SQL did not read',
      { ...output, unread: ['events'] },
      'its SQL does not read `events` by ref or source',
    ],
    [
      'a nested output',
      { ...output, rows: [[1, ['a']]] },
      'column `size` of its output holds a nested value',
    ],
    [
      'a failed query',
      new Error('Binder Error'),
      'its output on the sampled rows could not be computed: Binder Error',
    ],
  ] as Array<[string, RowsRead | Error, string]>)('declines %s', async (_, answer, declined) => {
    const { probe } = fakeProbe({ stg_accounts: accounts, events }, answer)
    expect(await proposeUnitTest(probe, node, candidate)).toEqual({ declined })
  })
})
