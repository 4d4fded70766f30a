import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SqlglotShapeReader } from '../../src/adapters/dbt/sqlglot-shape-reader.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { checkChangedSql } from '../../src/optimize/optimize-sql.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { Layers } from '../../src/project/layers.js'
import { manifest, model, test, withFields, type ModelSpec } from '../project/manifests/build.js'
import { BIN_DIR } from '../e2e/action-harness.js'

// Each static check on SQL of several shapes, parsed by the real sqlglot beside dbt: what it must flag
// (at the file's line) and the near misses it must leave alone. The project is a warehouse/ folder with
// gold/silver layers and models of our own, not examples/shop.

type Entry = [string, Record<string, unknown>]

const reader = new SqlglotShapeReader(
  { python: path.join(BIN_DIR, 'python'), timeoutMs: 60_000 },
  new SpawnCommandRunner(),
)
const layers = new Layers([
  { layer: 'silver', paths: ['models/silver/**'] },
  { layer: 'gold', paths: ['models/gold/**'] },
])

let root: string
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'autopilot-sql-checks-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A column test in the manifest's shape: `unique` on `column` of `modelName`, or dbt_utils' combination. */
function columnTest(
  modelName: string,
  name: string,
  kwargs: Record<string, unknown>,
  namespace?: string,
): Entry {
  const modelId = `model.shop.${modelName}`
  return withFields(test(`${name}_${modelName}_${Object.values(kwargs).join('_')}`, [modelId]), {
    attached_node: modelId,
    column_name: typeof kwargs.column_name === 'string' ? kwargs.column_name : null,
    test_metadata: {
      name,
      kwargs: { model: `{{ get_where_subquery(ref('${modelName}')) }}`, ...kwargs },
      namespace: namespace ?? null,
    },
  })
}

/** Upstream models of the fixture: accounts is unique on id, events on (account_id, day), sessions on nothing. */
const upstream: Entry[] = [
  model('accounts', { file: 'models/silver/accounts.sql' }),
  columnTest('accounts', 'unique', { column_name: 'account_id' }),
  model('events', { file: 'models/silver/events.sql' }),
  columnTest(
    'events',
    'unique_combination_of_columns',
    { combination_of_columns: ['account_id', 'event_day'] },
    'dbt_utils',
  ),
  model('sessions', { file: 'models/silver/sessions.sql' }),
  model('plans', {
    file: 'models/silver/plans.sql',
    modelConstraints: [{ type: 'primary_key', columns: ['plan_code'] }],
  }),
  withFields(model('page_views', { file: 'models/silver/page_views.sql' }), {
    config: {
      enabled: true,
      materialized: 'table',
      partition_by: { field: 'viewed_at', data_type: 'timestamp' },
      cluster_by: ['account_id'],
    },
  }),
]

/** Writes each changed model into warehouse/ and runs the checks on them against the fixture manifest. */
async function check(
  models: { name: string; file: string; sql: string; spec?: ModelSpec; config?: Record<string, unknown> }[],
) {
  const dir = await mkdtemp(path.join(root, 'project-'))
  const projectDir = path.join(dir, 'warehouse')
  const entries: Entry[] = [...upstream]
  for (const changed of models) {
    await mkdir(path.dirname(path.join(projectDir, changed.file)), { recursive: true })
    await writeFile(path.join(projectDir, changed.file), changed.sql)
    const [id, node] = model(changed.name, { file: changed.file, ...changed.spec })
    entries.push([
      id,
      changed.config ? { ...node, config: { ...(node.config as object), ...changed.config } } : node,
    ])
  }
  return checkChangedSql({
    reader,
    graph: manifestGraphOf(manifest({ nodes: entries })),
    layers,
    root: dir,
    projectDir,
    files: models.map((changed) => `warehouse/${changed.file}`),
    dialect: 'duckdb',
  })
}

const rules = (report: Awaited<ReturnType<typeof check>>) =>
  report.findings.map((finding) => `${finding.rule}@${finding.path}:${finding.line}`)

describe('select * in the final select of a mart', () => {
  it('flags `*` and `alias.*` in a gold model, at their lines, also in a UNION branch', async () => {
    const report = await check([
      {
        name: 'account_rollup',
        file: 'models/gold/account_rollup.sql',
        sql: "with a as (\n  select * from {{ ref('accounts') }}\n)\nselect\n  a.*,\n  1 as one\nfrom a\nunion all\nselect * from {{ ref('accounts') }}\n",
      },
    ])
    expect(report.checked).toEqual(['warehouse/models/gold/account_rollup.sql'])
    expect(rules(report).filter((rule) => rule.startsWith('select-star'))).toEqual([
      'select-star-in-mart@warehouse/models/gold/account_rollup.sql:5',
      'select-star-in-mart@warehouse/models/gold/account_rollup.sql:9',
    ])
  })

  it('leaves import CTEs, count(*) and a silver model alone', async () => {
    const report = await check([
      {
        name: 'account_counts',
        file: 'models/gold/account_counts.sql',
        sql: "with a as (select * from {{ ref('accounts') }})\nselect account_id, count(*) as n from a group by account_id\n",
      },
      {
        name: 'accounts_copy',
        file: 'models/silver/accounts_copy.sql',
        sql: "select * from {{ ref('accounts') }}\n",
      },
    ])
    expect(report.checked).toHaveLength(2)
    expect(rules(report).filter((rule) => rule.startsWith('select-star'))).toEqual([])
  })
})

describe('select * that passes a CTE through (the dbt style guide shape)', () => {
  it('leaves `select * from final` over listed columns alone, and blames the star that lets upstream columns in', async () => {
    const report = await check([
      {
        name: 'account_overview',
        file: 'models/gold/account_overview.sql',
        sql: [
          "with accounts as (select * from {{ ref('accounts') }}),",
          "sessions as (select * from {{ ref('sessions') }}),",
          'final as (',
          '  select accounts.account_id, count(sessions.session_id) as n',
          '  from accounts',
          '  left join sessions on sessions.account_id = accounts.account_id',
          '  group by 1',
          ')',
          'select * from final',
        ].join('\n'),
      },
      {
        name: 'account_wide',
        file: 'models/gold/account_wide.sql',
        sql: [
          "with accounts as (select * from {{ ref('accounts') }}),",
          'joined as (',
          '  select',
          '    accounts.*,',
          '    1 as one',
          '  from accounts',
          '),',
          'final as (select * from joined)',
          'select * from final',
        ].join('\n'),
      },
    ])
    expect(report.checked).toHaveLength(2)
    expect(rules(report).filter((rule) => rule.startsWith('select-star'))).toEqual([
      'select-star-in-mart@warehouse/models/gold/account_wide.sql:4',
    ])
    expect(report.findings.find((f) => f.rule === 'select-star-in-mart')?.text).toContain(
      '`select accounts.*`',
    )
  })

  it('blames the final star when every step passes an upstream model through', async () => {
    const report = await check([
      {
        name: 'accounts_passthrough',
        file: 'models/gold/accounts_passthrough.sql',
        sql: "with source as (select * from {{ ref('accounts') }}),\nfinal as (select * from source)\nselect * from final\n",
      },
    ])
    expect(rules(report)).toEqual(['select-star-in-mart@warehouse/models/gold/accounts_passthrough.sql:3'])
  })
})

describe('joins that can fan out', () => {
  it('flags a join on a column without a unique test, through an import CTE, and a join on a partial combination', async () => {
    const report = await check([
      {
        name: 'account_activity',
        file: 'models/gold/account_activity.sql',
        sql: [
          "with sessions as (select * from {{ ref('sessions') }}),",
          "events as (select * from {{ ref('events') }})",
          'select a.account_id, s.session_id, e.event_day',
          "from {{ ref('accounts') }} a",
          'left join sessions s on s.account_id = a.account_id',
          'join events e',
          '  on e.account_id = a.account_id',
        ].join('\n'),
      },
    ])
    expect(rules(report).filter((rule) => rule.startsWith('join'))).toEqual([
      'join-fan-out@warehouse/models/gold/account_activity.sql:5',
      'join-fan-out@warehouse/models/gold/account_activity.sql:6',
    ])
    expect(report.findings[0]?.text).toContain('`sessions`')
  })

  it('leaves joins on a unique test, a primary key constraint, a full combination and a grouped CTE alone', async () => {
    const report = await check([
      {
        name: 'account_plans',
        file: 'models/gold/account_plans.sql',
        sql: [
          'with per_account as (',
          "  select account_id, count(*) as sessions from {{ ref('sessions') }} group by account_id",
          ')',
          'select s.session_id, a.account_id, p.plan_code, e.event_day, pa.sessions',
          "from {{ ref('sessions') }} s",
          "join {{ ref('accounts') }} a on a.account_id = s.account_id",
          "left join {{ ref('plans') }} as p on s.plan_code = p.plan_code",
          "left join {{ ref('events') }} e on e.account_id = s.account_id and e.event_day = s.session_day",
          'left join per_account pa on pa.account_id = s.account_id',
        ].join('\n'),
      },
    ])
    expect(report.checked).toHaveLength(1)
    expect(rules(report)).toEqual([])
  })
})

describe('joins to a CTE grouped by position, by all or by expression', () => {
  // The dbt-labs style (jaffle-shop's customers mart): `group by 1` in a summary CTE joined on that key.
  it('reads group by 1, group by all and an aliased expression as the output columns they name', async () => {
    const report = await check([
      {
        name: 'account_summary',
        file: 'models/gold/account_summary.sql',
        sql: [
          'with by_position as (',
          "  select s.account_id, count(*) as n from {{ ref('sessions') }} s group by 1",
          '),',
          'by_all as (',
          "  select account_id, session_day, count(*) as n from {{ ref('sessions') }} group by all",
          '),',
          'by_expression as (',
          "  select lower(account_id) as account_key, count(*) as n from {{ ref('sessions') }} group by lower(account_id)",
          ')',
          'select a.account_id, p.n, al.n as n_all, e.n as n_expr',
          "from {{ ref('accounts') }} a",
          'left join by_position p on a.account_id = p.account_id',
          'left join by_all al on a.account_id = al.account_id and a.first_day = al.session_day',
          'left join by_expression e on a.account_id = e.account_key',
        ].join('\n'),
      },
    ])
    expect(report.checked).toHaveLength(1)
    expect(rules(report)).toEqual([])
  })

  it('flags a join on fewer columns than a positional GROUP BY, naming them', async () => {
    const report = await check([
      {
        name: 'account_days',
        file: 'models/gold/account_days.sql',
        sql: [
          'with per_day as (',
          "  select account_id, session_day, count(*) as n from {{ ref('sessions') }} group by 1, 2",
          ')',
          'select a.account_id, d.n',
          "from {{ ref('accounts') }} a",
          'left join per_day d on a.account_id = d.account_id',
        ].join('\n'),
      },
    ])
    expect(rules(report)).toEqual(['join-fan-out@warehouse/models/gold/account_days.sql:6'])
    expect(report.findings[0]?.text).toContain('(account_id, session_day)')
  })
})

describe('non-sargable filters on partition or cluster columns', () => {
  it('flags a function or cast around a partition or cluster column, qualified or not', async () => {
    const report = await check([
      {
        name: 'daily_views',
        file: 'models/silver/daily_views.sql',
        sql: [
          'select account_id, viewed_at',
          "from {{ ref('page_views') }}",
          "where date_trunc('day', viewed_at) = date '2026-01-01'",
          "  and cast(account_id as varchar) = '42'",
        ].join('\n'),
      },
      {
        name: 'recent_views',
        file: 'models/silver/recent_views.sql',
        sql: "select v.account_id\nfrom {{ ref('page_views') }} v\njoin {{ ref('accounts') }} a on a.account_id = v.account_id\nwhere date(v.viewed_at) >= current_date - 7\n",
      },
    ])
    expect(rules(report).filter((rule) => rule.startsWith('non-sargable'))).toEqual([
      'non-sargable-filter@warehouse/models/silver/daily_views.sql:3',
      'non-sargable-filter@warehouse/models/silver/daily_views.sql:4',
      'non-sargable-filter@warehouse/models/silver/recent_views.sql:4',
    ])
  })

  it('leaves a bare partition column compared with a function, and functions on other columns, alone', async () => {
    const report = await check([
      {
        name: 'views_since',
        file: 'models/silver/views_since.sql',
        sql: "select account_id from {{ ref('page_views') }}\nwhere viewed_at >= date_trunc('day', now()) - interval 7 day\n  and lower(page) = 'home'\n",
      },
      {
        name: 'accounts_upper',
        file: 'models/silver/accounts_upper.sql',
        sql: "select account_id from {{ ref('accounts') }} where upper(account_id) = 'X'\n",
      },
    ])
    expect(report.checked).toHaveLength(2)
    expect(rules(report)).toEqual([])
  })
})

describe('incremental models without an is_incremental() predicate', () => {
  it('flags one without the block (or with it only in a comment), at its config line', async () => {
    const report = await check([
      {
        name: 'event_log',
        file: 'models/silver/event_log.sql',
        sql: "-- is_incremental() is for later\n{{ config(materialized='incremental', unique_key='event_id') }}\nselect event_id, account_id from {{ ref('events') }}\n",
        spec: { materialized: 'incremental' },
      },
    ])
    expect(rules(report)).toEqual(['incremental-without-predicate@warehouse/models/silver/event_log.sql:2'])
  })

  it('leaves one with the block, and a table model, alone', async () => {
    const report = await check([
      {
        name: 'event_log',
        file: 'models/silver/event_log.sql',
        sql: "{{ config(materialized='incremental') }}\nselect event_id, event_day from {{ ref('events') }}\n{% if is_incremental() %}\nwhere event_day > (select max(event_day) from {{ this }})\n{% endif %}\n",
        spec: { materialized: 'incremental' },
      },
      {
        name: 'event_table',
        file: 'models/silver/event_table.sql',
        sql: "select event_id from {{ ref('events') }}\n",
      },
    ])
    expect(report.checked).toHaveLength(2)
    expect(rules(report)).toEqual([])
  })
})

describe('a CTE read more than once', () => {
  it('flags it at its definition, with the count', async () => {
    const report = await check([
      {
        name: 'session_stats',
        file: 'models/silver/session_stats.sql',
        sql: [
          "with base as (select account_id, session_id from {{ ref('sessions') }}),",
          'totals as (select count(*) as n from base)',
          'select b.account_id, t.n',
          'from base b cross join totals t',
          'where b.session_id in (select session_id from base)',
        ].join('\n'),
      },
    ])
    const repeated = report.findings.filter((finding) => finding.rule === 'repeated-cte')
    expect(repeated.map((finding) => [finding.line, finding.text])).toEqual([
      [1, expect.stringContaining('`base` is read 3 times')],
    ])
  })

  it('leaves CTEs read once alone', async () => {
    const report = await check([
      {
        name: 'session_once',
        file: 'models/silver/session_once.sql',
        sql: "with a as (select session_id from {{ ref('sessions') }}),\nb as (select session_id from a)\nselect session_id from b\n",
      },
    ])
    expect(report.checked).toHaveLength(1)
    expect(rules(report)).toEqual([])
  })
})

describe('what the checks cannot read', () => {
  it('names a model whose SQL does not parse instead of counting it clean, and skips files that are no model', async () => {
    const report = await check([
      { name: 'broken', file: 'models/gold/broken.sql', sql: 'select from where\n' },
    ])
    expect(report.checked).toEqual([])
    expect(report.notChecked).toEqual([
      { file: 'warehouse/models/gold/broken.sql', reason: expect.stringMatching(/^sqlglot: /) },
    ])
  })

  it('says the parser did not run when python has no sqlglot', async () => {
    const missing = new SqlglotShapeReader(
      { python: '/usr/bin/python3', timeoutMs: 30_000 },
      new SpawnCommandRunner(),
    )
    const answer = await missing.read({ models: [{ id: 'm', sql: 'select 1' }] })
    expect(answer).toEqual({ notRun: expect.stringMatching(/sqlglot is not installed|failed/) })
  })
})
