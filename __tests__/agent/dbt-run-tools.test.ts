import { describe, expect, it } from '@jest/globals'
import {
  ForbiddenSqlRan,
  MIN_TOOL_MS,
  RUN_TOOL_SPECS,
  RunTools,
  type RunToolsOptions,
} from '../../src/agent/dbt-run-tools.js'
import type {
  BuildAnswer,
  CompileAnswer,
  DbtWorkbench,
  PreviewAnswer,
  PreviewQuery,
} from '../../src/agent/dbt-workbench.js'
import { DEFAULT_GUARD_CONFIG, guardConfigWithSecrets } from '../../src/guard/guard.js'
import { createRedactor } from '../../src/shared/redact.js'

/** A workbench that answers what it is told and remembers each call. */
class ScriptedWorkbench implements DbtWorkbench {
  readonly calls: { tool: string; nodes?: readonly string[]; query?: PreviewQuery; limit?: number }[] = []
  constructor(
    private readonly answers: {
      compile?: CompileAnswer
      preview?: PreviewAnswer
      build?: BuildAnswer
    } = {},
  ) {}
  compile(nodes: readonly string[]): Promise<CompileAnswer> {
    this.calls.push({ tool: 'compile', nodes })
    return Promise.resolve(this.answers.compile ?? { kind: 'compiled', nodes: [] })
  }
  preview(query: PreviewQuery, call: { limit: number }): Promise<PreviewAnswer> {
    this.calls.push({ tool: 'preview', query, limit: call.limit })
    return Promise.resolve(this.answers.preview ?? { kind: 'rows', rows: [] })
  }
  build(nodes: readonly string[]): Promise<BuildAnswer> {
    this.calls.push({ tool: 'build', nodes })
    return Promise.resolve(this.answers.build ?? { kind: 'built', nodes: [] })
  }
}

function tools(workbench: DbtWorkbench, options: Partial<RunToolsOptions> = {}): RunTools {
  return new RunTools({
    workbench,
    maxCalls: 5,
    time: { remainingMs: () => 60_000 },
    guard: DEFAULT_GUARD_CONFIG,
    redact: (text) => text,
    ...options,
  })
}

describe('input validation', () => {
  it.each([
    ['compile', { nodes: [] }, 'name at least one'],
    ['compile', { nodes: ['state:modified+'] }, 'without selector syntax'],
    ['compile', { nodes: ['--full-refresh'] }, 'without selector syntax'],
    ['compile', { nodes: ['path:models/x.sql'] }, 'without selector syntax'],
    ['compile', { nodes: Array.from({ length: 11 }, (_, i) => `m${i}`) }, 'at most 10'],
    ['compile', { nodes: ['orders'], select: 'x' }, 'Unrecognized key'],
    ['preview', {}, 'exactly one of `model` or `sql`'],
    ['preview', { model: 'orders', sql: 'select 1' }, 'exactly one of `model` or `sql`'],
    ['preview', { model: 'orders', limit: 51 }, 'limit'],
    ['preview', { model: 'orders', limit: 0 }, 'limit'],
    ['preview', { model: 'orders orders2' }, 'without selector syntax'],
    ['build_selected', { nodes: ['orders+'] }, 'optionally `+orders`'],
    ['build_selected', { nodes: ['tag:nightly'] }, 'optionally `+orders`'],
  ])('%s %j is refused before dbt runs: %s', async (name, input, message) => {
    const workbench = new ScriptedWorkbench()
    const result = await tools(workbench).run(name as 'compile', input)
    expect(result).toMatchObject({ isError: true, outcome: 'invalid-input', launched: false })
    expect(result.content).toContain(message)
    expect(workbench.calls).toEqual([])
  })

  it('takes model names as ref() names them, versions included, and +parents for a build', async () => {
    const workbench = new ScriptedWorkbench()
    const run = tools(workbench)
    await run.run('compile', { nodes: [' orders ', 'orders.v2', 'stg_customers'] })
    await run.run('build_selected', { nodes: ['+orders'] })
    await run.run('preview', { model: 'orders' })
    expect(workbench.calls).toEqual([
      { tool: 'compile', nodes: ['orders', 'orders.v2', 'stg_customers'] },
      { tool: 'build', nodes: ['+orders'] },
      { tool: 'preview', query: { model: 'orders' }, limit: 10 },
    ])
  })

  it('offers three tools whose schemas are objects the API accepts', () => {
    expect(RUN_TOOL_SPECS.map((spec) => spec.name)).toEqual(['compile', 'preview', 'build_selected'])
    for (const spec of RUN_TOOL_SPECS) {
      expect(spec.inputSchema.type).toBe('object')
      expect(spec.inputSchema).not.toHaveProperty('$schema')
    }
  })
})

describe('preview accepts only a single read-only SELECT', () => {
  it.each([
    ['a DELETE', 'delete from {{ ref("orders") }} where id = 1', 'Only a single SELECT'],
    ['an UPDATE', "update orders set status = 'x'", 'Only a single SELECT'],
    ['a CREATE', 'create table x as select 1', 'Only a single SELECT'],
    ['two statements', 'select 1; drop table orders', '[sql-ddl-dml]'],
    [
      'a DELETE inside a CTE',
      'with gone as (delete from orders returning *) select * from gone',
      '[sql-ddl-dml]',
    ],
    ['a file read', "select * from read_csv('/etc/passwd')", '[engine-escape]'],
    ['a file path as a table', "select * from '/home/runner/.ssh/id_rsa'", '[engine-escape]'],
    ['run_query in Jinja', "select {{ run_query('delete from orders') }}", '[jinja-run-query]'],
    ['an env var', 'select \'{{ env_var("GITHUB_TOKEN") }}\'', '[env-var-not-allowed]'],
    ['a PRAGMA', 'pragma database_list', 'Only a single SELECT'],
    ['nothing', '  ;  ', 'empty'],
  ])('refuses %s', async (_what, sql, message) => {
    const workbench = new ScriptedWorkbench()
    const result = await tools(workbench).run('preview', { sql })
    expect(result).toMatchObject({ isError: true, outcome: 'refused', launched: false })
    expect(result.content).toContain(message)
    expect(workbench.calls).toEqual([])
  })

  it('runs a SELECT or WITH with refs, a comment first and one trailing `;` dropped', async () => {
    const workbench = new ScriptedWorkbench()
    const run = tools(workbench)
    await run.run('preview', {
      sql: "-- statuses\nselect status, count(*) from {{ ref('orders') }} group by 1;\n",
    })
    await run.run('preview', { sql: 'with t as (select 1 as a) select a from t', limit: 50 })
    expect(workbench.calls).toEqual([
      {
        tool: 'preview',
        query: { inline: "-- statuses\nselect status, count(*) from {{ ref('orders') }} group by 1" },
        limit: 10,
      },
      { tool: 'preview', query: { inline: 'with t as (select 1 as a) select a from t' }, limit: 50 },
    ])
  })

  it("refuses a query that holds one of the run's secrets", async () => {
    const guard = guardConfigWithSecrets(['s3cr3t-value-1234'])
    const result = await tools(new ScriptedWorkbench(), { guard }).run('preview', {
      sql: "select 's3cr3t-value-1234' as x",
    })
    expect(result.outcome).toBe('refused')
    expect(result.content).not.toContain('s3cr3t-value-1234')
  })
})

describe('budgets', () => {
  it('starts at most maxCalls dbt commands; later calls are refused without running dbt', async () => {
    const workbench = new ScriptedWorkbench()
    const run = tools(workbench, { maxCalls: 3 })
    const results = []
    for (let i = 0; i < 7; i++) results.push(await run.run('preview', { model: 'orders' }))
    expect(workbench.calls).toHaveLength(3)
    expect(run.calls).toBe(3)
    expect(results.map((result) => result.outcome)).toEqual([
      'ok',
      'ok',
      'ok',
      'refused',
      'refused',
      'refused',
      'refused',
    ])
    expect(results[3]?.content).toContain('max-dbt-tool-calls')
  })

  it('a refused or invalid call does not use up the cap', async () => {
    const workbench = new ScriptedWorkbench()
    const run = tools(workbench, { maxCalls: 1 })
    await run.run('preview', { sql: 'delete from orders' })
    await run.run('compile', { nodes: ['tag:x'] })
    expect((await run.run('compile', { nodes: ['orders'] })).launched).toBe(true)
    expect(workbench.calls).toHaveLength(1)
  })

  it("starts nothing when the agent's time is nearly spent", async () => {
    const workbench = new ScriptedWorkbench()
    const result = await tools(workbench, { time: { remainingMs: () => MIN_TOOL_MS - 1 } }).run(
      'build_selected',
      {
        nodes: ['orders'],
      },
    )
    expect(result).toMatchObject({ isError: true, outcome: 'refused', summary: 'out of time' })
    expect(result.content).toContain('Call finish')
    expect(workbench.calls).toEqual([])
  })

  it('hands the workbench the time budget it was given', async () => {
    let left = 50_000
    let seen: number | undefined
    const workbench: DbtWorkbench = {
      ...new ScriptedWorkbench(),
      compile: (_nodes, call) => {
        left = 20_000
        seen = call.timeBudget.remainingMs()
        return Promise.resolve({ kind: 'compiled', nodes: [] })
      },
      preview: () => Promise.reject(new Error('unused')),
      build: () => Promise.reject(new Error('unused')),
    }
    await tools(workbench, { time: { remainingMs: () => left } }).run('compile', { nodes: ['orders'] })
    expect(seen).toBe(20_000)
  })
})

describe("dbt's answers, shaped", () => {
  it('a time-out is said as such, with the seconds it had', async () => {
    const result = await tools(
      new ScriptedWorkbench({ build: { kind: 'timed-out', afterMs: 42_000, message: 'stopped' } }),
    ).run('build_selected', { nodes: ['orders'] })
    expect(result).toMatchObject({ isError: true, outcome: 'timed-out', summary: 'timed out after 42 s' })
    expect(result.content).toMatch(/^Timed out: dbt \(build_selected\) was stopped after 42 s/)
  })

  it("dbt's error goes back as the tool's answer, redacted, with its telling line in the summary", async () => {
    const message =
      'Encountered an error:\nCompilation Error\n  depends on a node named nope, key sk-ant-api03-abcdefghijklmnopqrstuvwxyz'
    const result = await tools(new ScriptedWorkbench({ compile: { kind: 'dbt-error', message } }), {
      redact: createRedactor([]),
    }).run('compile', { nodes: ['orders'] })
    expect(result).toMatchObject({
      isError: true,
      outcome: 'dbt-error',
      summary: 'dbt error: Compilation Error',
    })
    expect(result.content).toContain('depends on a node named nope')
    expect(result.content).not.toContain('abcdefghijklmnopqrstuvwxyz')
  })

  it('compiled SQL per node, each cut to the limit, and the names that matched nothing', async () => {
    const long = `select ${'a, '.repeat(100)}1`
    const result = await tools(
      new ScriptedWorkbench({
        compile: {
          kind: 'compiled',
          nodes: [
            { uniqueId: 'model.shop.orders', status: 'success', sql: 'select 1 as id' },
            { uniqueId: 'model.shop.customers.v2', status: 'success', sql: long },
          ],
        },
      }),
      { limits: { sqlChars: 50, totalChars: 10_000, cellChars: 20 } },
    ).run('compile', { nodes: ['orders', 'customers', 'ordrs'] })
    expect(result).toMatchObject({
      isError: false,
      outcome: 'failed',
      summary: '2 compiled, no node named ordrs',
    })
    expect(result.content).toContain('-- model.shop.orders: compiled SQL\nselect 1 as id')
    expect(result.content).toContain('(compiled SQL cut at 50 of 308 characters)')
    expect(result.content).toContain('No node is named `ordrs`')
  })

  it('nothing selected is never a pass', async () => {
    const result = await tools(new ScriptedWorkbench()).run('compile', { nodes: ['ghost'] })
    expect(result).toMatchObject({ outcome: 'failed', summary: '0 compiled, no node named ghost' })
    const build = await tools(new ScriptedWorkbench()).run('build_selected', { nodes: ['ghost'] })
    expect(build).toMatchObject({ outcome: 'failed' })
    expect(build.content).toContain('dbt built nothing.')
  })

  it('rows as a table: NULLs, pipes escaped, long cells cut, and whether the limit was reached', async () => {
    const rows = [
      { id: 1, status: 'paid', note: null },
      { id: 2, status: 'a|b', note: 'x'.repeat(100) },
    ]
    const run = tools(new ScriptedWorkbench({ preview: { kind: 'rows', rows } }))
    const full = await run.run('preview', { model: 'orders', limit: 2 })
    expect(full.content).toBe(
      [
        '| id | status | note |',
        '| --- | --- | --- |',
        '| 1 | paid | NULL |',
        `| 2 | a\\|b | ${'x'.repeat(79)}… |`,
        '(2 rows shown, the limit; the query may return more)',
      ].join('\n'),
    )
    expect(full).toMatchObject({ isError: false, outcome: 'ok', summary: '2 rows' })
    expect((await run.run('preview', { model: 'orders', limit: 5 })).content).toMatch(/\(2 rows\)$/)
  })

  it('build results per node: status, failures and message; a failed test makes the outcome failed', async () => {
    const result = await tools(
      new ScriptedWorkbench({
        build: {
          kind: 'built',
          nodes: [
            { uniqueId: 'model.shop.orders', status: 'success', message: 'OK' },
            {
              uniqueId: 'test.shop.unique_orders_id.1360ecc70e',
              status: 'fail',
              failures: 2,
              message: 'Got 2 results, configured to fail if != 0',
            },
          ],
        },
      }),
    ).run('build_selected', { nodes: ['orders'] })
    expect(result).toMatchObject({ isError: false, outcome: 'failed', summary: '1 success, 1 fail' })
    expect(result.content).toContain(
      '| test.shop.unique_orders_id.1360ecc70e | fail | 2 | Got 2 results, configured to fail if != 0 |',
    )
  })

  it('tells validation which relations build_selected built', async () => {
    const told: string[][] = []
    await tools(
      new ScriptedWorkbench({
        build: {
          kind: 'built',
          nodes: [
            { uniqueId: 'seed.shop.raw', status: 'success' },
            { uniqueId: 'model.shop.orders', status: 'error', message: 'Catalog Error' },
            { uniqueId: 'model.shop.stg', status: 'success' },
          ],
        },
      }),
      { onBuilt: (ids) => told.push(ids) },
    ).run('build_selected', { nodes: ['+orders'] })
    expect(told).toEqual([['seed.shop.raw', 'model.shop.stg']])
  })

  it('SQL no node may run, which dbt ran for a tool, ends the run with failed:guard', async () => {
    const findings = [
      {
        rule: 'forbidden-sql' as const,
        path: 'model.shop.leak',
        message: 'model.shop.leak ran SQL with `read_text`: reads a file.',
      },
    ]
    const result = await tools(new ScriptedWorkbench({ preview: { kind: 'forbidden-sql', findings } })).run(
      'preview',
      { model: 'leak' },
    )
    expect(result).toMatchObject({ isError: true, outcome: 'forbidden-sql', launched: true })
    expect(result.stop).toBeInstanceOf(ForbiddenSqlRan)
    expect(result.stop?.runStatus).toBe('failed:guard')
    expect(result.stop?.message).toContain(
      '[forbidden-sql] model.shop.leak: model.shop.leak ran SQL with `read_text`',
    )
  })
})
