import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { VerdictStatement } from '../../src/adapters/dbt/executed-statements.js'
import { executedStatements } from '../../src/adapters/dbt/executed-statements.js'
import { pythonBesideDbt, SqlglotChecker, type StatementVerdict } from '../../src/adapters/dbt/sql-checker.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { toolPath } from '../fakes/shop-copy.js'

const checker = new SqlglotChecker(
  { python: pythonBesideDbt(toolPath('dbt')), timeoutMs: 60_000 },
  new SpawnCommandRunner(),
)

const model = (sql: string): VerdictStatement => ({
  node: 'model.shop.orders',
  resourceType: 'model',
  relation: { database: 'shop', schema: 'main', identifier: 'orders' },
  source: 'executed',
  sql,
})
const seed = (sql: string): VerdictStatement => ({
  node: 'seed.shop.raw_orders',
  resourceType: 'seed',
  relation: { database: 'shop', schema: 'main_raw', identifier: 'raw_orders' },
  seedFile: 'seeds/raw_orders.csv',
  source: 'executed',
  sql,
})
const test = (sql: string): VerdictStatement => ({
  node: 'test.shop.not_null_orders_id',
  resourceType: 'test',
  relation: { database: 'shop', schema: 'main_dbt_test__audit', identifier: 'not_null_orders_id' },
  source: 'executed',
  sql,
})

async function verdicts(statements: VerdictStatement[]): Promise<StatementVerdict[]> {
  const answer = await checker.check({ dialect: 'duckdb', projectDir: '/work/shop', statements })
  if ('notRun' in answer) throw new Error(answer.notRun)
  expect(answer.verdicts).toHaveLength(statements.length)
  return answer.verdicts
}

const constructs = (verdict: StatementVerdict | undefined) => verdict?.findings.map((f) => f.construct) ?? []

describe('the SQL verdict (sqlglot, DuckDB)', () => {
  it('passes what dbt-duckdb runs for a model, a seed, a test and itself', async () => {
    const passing: VerdictStatement[] = [
      { source: 'executed', sql: 'create schema if not exists "shop"."main"' },
      { source: 'executed', sql: 'select schema_name from system.information_schema.schemata' },
      model('BEGIN'),
      model(
        'create table "shop"."main"."orders__dbt_tmp" as (select 1 as id from "shop"."main"."stg_orders")',
      ),
      model('alter table "shop"."main"."orders__dbt_tmp" rename to "orders"'),
      model('drop table if exists "shop"."main"."orders__dbt_backup" cascade'),
      model('insert into "shop"."main"."orders" select * from "orders__dbt_tmp20261203"'),
      model('COMMIT'),
      seed('create table "shop"."main_raw"."raw_orders" ("id" integer)'),
      // A second build finds the seed's table there and empties it first.
      seed('truncate table "shop"."main_raw"."raw_orders"'),
      seed(
        `COPY "shop"."main_raw"."raw_orders" FROM './seeds/raw_orders.csv' (FORMAT CSV, HEADER TRUE)\n        ...`,
      ),
      seed(`COPY "shop"."main_raw"."raw_orders" FROM '/work/shop/seeds/raw_orders.csv' (FORMAT CSV)`),
      test('select count(*) as failures from (select id from "shop"."main"."orders" where id is null) t'),
      {
        ...model('select id from {{ x }}'.replace('{{ x }}', '"shop"."main"."stg_orders"')),
        source: 'compiled',
      },
    ]
    const results = await verdicts(passing)
    expect(results.map((r) => r.findings)).toEqual(passing.map(() => []))
    expect(results[3]?.kinds).toEqual(['create table'])
    expect(results[10]?.kinds).toEqual(['copy from'])
  })

  it('refuses file access, other databases, extensions and settings wherever they appear', async () => {
    const results = await verdicts([
      model(`create table "shop"."main"."orders__dbt_tmp" as (select * from read_text('/etc/passwd'))`),
      model(`select * from '/home/runner/.ssh/id_rsa.csv'`),
      model(`COPY (select 1) TO '/repo/.git/config'`),
      model(`ATTACH '/tmp/other.db' AS other`),
      model('INSTALL httpfs'),
      model('LOAD httpfs'),
      model('PRAGMA enable_profiling'),
      model('SET enable_external_access = true'),
      model(`EXPORT DATABASE '/tmp/out'`),
      model(`select * from glob('/**')`),
      model(`select * from query('select 1')`),
      model(`select * from read_parquet(['x.parquet'])`),
    ])
    expect(constructs(results[0])).toEqual(['read_text'])
    expect(constructs(results[1])).toEqual(["from '/home/runner/.ssh/id_rsa.csv'"])
    expect(constructs(results[2])).toEqual(['copy to'])
    expect(constructs(results[3])).toEqual(['attach'])
    expect(constructs(results[4])).toEqual(['install'])
    expect(constructs(results[5])).toEqual(['command load'])
    expect(constructs(results[6])).toEqual(['pragma'])
    expect(constructs(results[7])).toEqual(['set'])
    expect(constructs(results[8])).toEqual(['unparsed'])
    expect(constructs(results[9])).toEqual(['glob'])
    expect(constructs(results[10])).toEqual(['query'])
    expect(constructs(results[11])).toEqual(['read_parquet'])
  })

  it('lets a node write only its own relation, a test only select, a seed copy only its own file', async () => {
    const results = await verdicts([
      model('create table "shop"."main"."customers" as (select 1)'),
      model('drop table "shop"."main"."customers"'),
      model('create macro m(a) as a + 1'),
      model('create schema "shop"."elsewhere"'),
      test('create table "shop"."main"."orders" as (select 1)'),
      seed(`COPY "shop"."main_raw"."raw_orders" FROM '/etc/passwd' (FORMAT CSV)`),
      seed(`COPY "shop"."main"."orders" FROM './seeds/raw_orders.csv'`),
      seed('truncate table "shop"."main"."orders"'),
      {
        node: 'operation.shop.shop-on-run-start-0',
        resourceType: 'operation',
        source: 'executed',
        sql: 'delete from "shop"."main"."orders"',
      },
    ])
    expect(results.map((r) => r.findings.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1])
    expect(results[0]?.findings[0]?.detail).toMatch(/not the node's own relation/)
    expect(results[5]?.findings[0]?.detail).toMatch(/not the seed's own file/)
  })

  it('refuses what it cannot see whole: an abridged log line outside seeds, compiled SQL that is not one query', async () => {
    const results = await verdicts([
      model(`select 1 ${' '.repeat(520)}...`),
      seed(`COPY "shop"."main_raw"."raw_orders" FROM './seeds/raw_orders.csv' ${' '.repeat(520)}...`),
      { ...model("select 1; attach 'x.db'"), source: 'compiled' },
      { ...model('create table x as select 1'), source: 'compiled' },
    ])
    expect(constructs(results[0])).toEqual(['abridged'])
    expect(constructs(results[1])).toEqual(['abridged'])
    expect(constructs(results[2])).toEqual(['several statements'])
    expect(constructs(results[3])).toEqual(['create table'])
  })

  it('says why when the parser cannot run, rather than passing', async () => {
    const missing = new SqlglotChecker(
      { python: path.join('/nonexistent', 'python'), timeoutMs: 10_000 },
      new SpawnCommandRunner(),
    )
    const answer = await missing.check({ projectDir: '/', statements: [model('select 1')] })
    expect('notRun' in answer).toBe(true)
  })
})

describe('executedStatements (dbt JSON log)', () => {
  const line = (invocation: string, name: string, data: Record<string, unknown>) =>
    JSON.stringify({ info: { name, invocation_id: invocation, level: 'debug', msg: '' }, data })

  it('keeps one invocation, with the node, its relation and a seed file', () => {
    const log = [
      line('old', 'SQLQuery', { sql: 'select 0' }),
      line('now', 'AdapterRegistered', { adapter_name: 'duckdb' }),
      line('now', 'SQLQuery', { sql: 'select 1', conn_name: 'master' }),
      line('now', 'SQLQuery', {
        sql: 'COPY ...',
        node_info: {
          unique_id: 'seed.shop.raw_orders',
          resource_type: 'seed',
          node_name: 'raw_orders',
          node_path: 'raw_orders.csv',
          node_relation: { database: 'shop', schema: 'main_raw', alias: 'raw_orders' },
        },
      }),
      line('now', 'SQLQuery', {
        sql: 'create temporary table t__dbt_tmp1 as select 1',
        node_info: {
          unique_id: 'unit_test.shop.m.t',
          resource_type: 'unit_test',
          node_name: 't',
          node_relation: { alias: '' },
        },
      }),
      'not json',
    ].join('\n')
    const { statements, adapter } = executedStatements(log, 'now', (file) => `seeds/${file}`)
    expect(adapter).toBe('duckdb')
    expect(statements).toEqual([
      { source: 'executed', sql: 'select 1' },
      {
        node: 'seed.shop.raw_orders',
        resourceType: 'seed',
        relation: { identifier: 'raw_orders', database: 'shop', schema: 'main_raw' },
        seedFile: 'seeds/raw_orders.csv',
        source: 'executed',
        sql: 'COPY ...',
      },
      {
        node: 'unit_test.shop.m.t',
        resourceType: 'unit_test',
        relation: { identifier: 't' },
        source: 'executed',
        sql: 'create temporary table t__dbt_tmp1 as select 1',
      },
    ])
  })
})
