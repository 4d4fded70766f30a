import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  startScriptedMessagesServer,
  type RecordedRequest,
  type ScriptTurn,
} from '../../src/demo/scripted-messages-server.js'
import { toolTurn } from '../fakes/script-turns.js'
import { BIN_DIR, git, ROOT, runProcess } from './action-harness.js'

// Project shapes we did not design around (__tests__/fixtures/projects/relocated and mature), run as a
// newcomer would: the bundled CLI, a dry run on a local git repository, a scripted model, real dbt and
// sqlfluff. Each run asserts the gate's verdict and that the checkout is exactly as it was.
//
// Five dist runs; a base parse and one `dbt build` per round each. A repair run covers "a broken change is
// repaired" (round 1 fails) and "a correct change passes" (round 2, ready); an invisible run must never pass.
// - relocated, project `warehouse/` (profiles in `config/`, transform/ data-tests/ raw/ snaps/ lib/ adhoc/,
//   an in-repository `local:` package): repair: a column, a singular test in data-tests/, a package macro;
//   invisible: a new model written into adhoc/ (analysis-paths), which dbt never builds.
// - relocated, project `packages/finance_utils/integration_tests/` (`local: ../`): repair: a column of the
//   package's own model, outside the project folder.
// - mature (lint debt, .sqlfluff with templater = dbt, singular tests, a snapshot, a versioned contracted
//   model, a folder disabled in dbt_project.yml): repair: a column the contract of the latest version first
//   lacks, appended in a file with lint debt; invisible: properties YAML for a model that does not exist and
//   a model in the disabled folder.

const API_KEY = 'sk-ant-shapes-scripted'
const FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'projects')
const IGNORED = 'target/\nlogs/\ndbt_packages/\n*.duckdb\n'

let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-shapes-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** A local git repository holding a copy of the fixture, committed on `main`, with dbt's output ignored. */
async function repositoryOf(fixture: string): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, `${fixture}-`))
  await cp(path.join(FIXTURES, fixture), dir, { recursive: true })
  await writeFile(path.join(dir, '.gitignore'), IGNORED)
  await git(dir, 'init', '-q', '-b', 'main')
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '-q', '-m', `${fixture}: initial project`)
  return dir
}

/** What "left as found" compares: the branch checked out, its commit, and every file git would report. */
async function checkoutState(dir: string): Promise<{ head: string; sha: string; status: string }> {
  return {
    head: await git(dir, 'symbolic-ref', 'HEAD'),
    sha: await git(dir, 'rev-parse', 'HEAD'),
    status: await git(dir, 'status', '--porcelain=v1', '--untracked-files=all'),
  }
}

interface RunJson {
  status: string
  stages: {
    decision?: { verdict: string; draftReason?: string }
    change?: { files: string[]; summary: string }
    validations?: {
      round: number
      ok: boolean
      dbt: { ok: boolean; unchecked?: string[]; results: { uniqueId: string; status: string }[] }
      lint: { violations: unknown[]; preExisting?: { code: string }[]; skipped?: string; notRun?: string }
    }[]
  }
}

interface ShapeRun {
  code: number
  stdout: string
  stderr: string
  record: RunJson
  patch: string
  /** What the model was sent, one request per turn. */
  requests: RecordedRequest[]
}

/**
 * `autopilot run --dry-run` from dist/ on `project` inside `repo`, with the ticket as a file outside the
 * repository and the model playing `turns`; asserts the checkout is unchanged afterwards.
 */
async function runShape(options: {
  repo: string
  project: string
  ticket: string
  turns: ScriptTurn[]
  profilesDir?: string
  /** `--no-lint`, where lint is not what the run is about (sqlfluff's dbt templater costs a dbt parse). */
  noLint?: boolean
}): Promise<ShapeRun> {
  const ticket = path.join(await mkdtemp(path.join(scratch, 'ticket-')), 'ticket.md')
  await writeFile(ticket, options.ticket)
  const out = await mkdtemp(path.join(scratch, 'out-'))
  const before = await checkoutState(options.repo)
  expect(before.status).toBe('')
  const server = await startScriptedMessagesServer({ script: options.turns, apiKey: API_KEY })
  try {
    const args = [path.join(ROOT, 'dist', 'index.js'), 'run', '--ticket', ticket]
    args.push('--project', path.join(options.repo, options.project), '--dry-run', '--out', out)
    if (options.profilesDir) args.push('--profiles-dir', path.join(options.repo, options.profilesDir))
    if (options.noLint) args.push('--no-lint')
    const result = await runProcess(process.execPath, args, {
      cwd: options.repo,
      env: {
        PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
        ANTHROPIC_API_KEY: API_KEY,
        ANTHROPIC_BASE_URL: server.url,
      },
    })
    const audit = path.join(out, 'audit')
    const record = JSON.parse(await readFile(path.join(audit, 'run.json'), 'utf8')) as RunJson
    // The change lives in the patch and the bundle, never in the checkout.
    expect(await checkoutState(options.repo)).toEqual(before)
    return {
      ...result,
      record,
      patch: await readFile(path.join(audit, 'diff.patch'), 'utf8').catch(() => ''),
      requests: server.messageRequests,
    }
  } finally {
    await server.close()
  }
}

/** The exit code, with the end of the run's output when it is not the one expected. */
function expectExit(run: ShapeRun, code: number): void {
  if (run.code !== code)
    throw new Error(
      `exit ${run.code}, expected ${code}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
    )
}

const finish = (summary: string, id: string) => toolTurn('finish', { summary }, id)
const edit = (file: string, old: string, next: string, id: string) =>
  toolTurn('edit_file', { path: file, old, new: next }, id)
const write = (file: string, content: string, id: string) =>
  toolTurn('write_file', { path: file, content }, id)

/** Everything the model was told in one request, as text: tool results and repair prompts included. */
function sentText(request: RecordedRequest | undefined): string {
  return JSON.stringify(request?.body['messages'] ?? [])
}

const resultsOf = (run: ShapeRun, round: number) =>
  new Map(run.record.stages.validations?.[round - 1]?.dbt.results.map((r) => [r.uniqueId, r.status]))

describe('relocated: the dbt project in warehouse/, profiles in config/, no default folder, a local package', () => {
  let repo: string

  beforeAll(async () => {
    repo = await repositoryOf('relocated')
  })

  it('repairs a broken first round into a ready change across the project and its local package', async () => {
    const run = await runShape({
      repo,
      project: 'warehouse',
      profilesDir: 'config',
      ticket: [
        '---',
        'key: FIN-7',
        'title: Add a payment count column to order_payments',
        '---',
        'Finance wants `payment_count` (payments per order) on `order_payments`, with a singular test that',
        'every order has at least one payment. `cents_to_dollars` in finance_utils should round to cents.',
      ].join('\n'),
      turns: [
        edit(
          'warehouse/transform/marts/order_payments.sql',
          '    sum(amount) as total_amount\n',
          '    sum(amount) as total_amount,\n    count(payment_key) as payment_count\n',
          'toolu_r1',
        ),
        write(
          'warehouse/data-tests/assert_every_order_paid.sql',
          "select order_id\nfrom {{ ref('order_payments') }}\nwhere payment_count < 1\n",
          'toolu_r2',
        ),
        edit(
          'packages/finance_utils/macros/cents_to_dollars.sql',
          '    ({{ column }} / 100.0)\n',
          '    round({{ column }} / 100.0, 2)\n',
          'toolu_r3',
        ),
        finish(
          'Added payment_count to order_payments with a singular test; cents_to_dollars rounds.',
          'toolu_r4',
        ),
        edit(
          'warehouse/transform/marts/order_payments.sql',
          'count(payment_key)',
          'count(payment_id)',
          'toolu_r5',
        ),
        finish('Counted payment_id: stg_payments has no payment_key.', 'toolu_r6'),
      ],
    })

    expectExit(run, 0)
    expect(run.stdout).toMatch(/Validation round 1: FAILED/)
    expect(run.stdout).toMatch(/Validation round 2 \(repair round\): passed/)
    expect(run.stdout).toContain('Verdict: ready')
    expect(run.record).toMatchObject({ status: 'dry-run', stages: { decision: { verdict: 'ready' } } })
    // dbt's own error went back to the model.
    expect(sentText(run.requests[4])).toContain('payment_key')
    expect(run.record.stages.change?.files.sort()).toEqual([
      'packages/finance_utils/macros/cents_to_dollars.sql',
      'warehouse/data-tests/assert_every_order_paid.sql',
      'warehouse/transform/marts/order_payments.sql',
    ])
    const round2 = resultsOf(run, 2)
    expect(round2.get('model.warehouse.order_payments')).toBe('success')
    // The macro change reaches the staging model through the package.
    expect(round2.get('model.warehouse.stg_payments')).toBe('success')
    expect(round2.get('test.warehouse.assert_every_order_paid')).toBe('pass')
    expect(run.patch).toContain('+    count(payment_id) as payment_count')
    expect(run.patch).toContain('+    round({{ column }} / 100.0, 2)')
  }, 300_000)

  it('never passes a new model written outside model-paths (into adhoc/, its analysis-paths)', async () => {
    const run = await runShape({
      repo,
      project: 'warehouse',
      profilesDir: 'config',
      ticket: [
        '---',
        'key: FIN-8',
        'title: New model of payments by method',
        '---',
        'Create a new model `payments_by_method`: the total amount paid with each payment method.',
      ].join('\n'),
      turns: [
        // dbt's default folder: refused, and the refusal names this project's model-paths.
        write(
          'warehouse/models/payments_by_method.sql',
          "select method, sum(amount) as total_amount\nfrom {{ ref('stg_payments') }}\ngroup by method\n",
          'toolu_i1',
        ),
        write(
          'warehouse/adhoc/payments_by_method.sql',
          "select method, sum(amount) as total_amount\nfrom {{ ref('stg_payments') }}\ngroup by method\n",
          'toolu_i2',
        ),
        finish('Added payments_by_method.', 'toolu_i3'),
        finish('payments_by_method is in place.', 'toolu_i4'),
        finish('payments_by_method is in place.', 'toolu_i5'),
      ],
    })

    expectExit(run, 0)
    expect(sentText(run.requests[1])).toContain('warehouse/transform/')
    const validations = run.record.stages.validations ?? []
    expect(validations.length).toBeGreaterThan(0)
    expect(validations.every((v) => !v.ok)).toBe(true)
    expect(validations[0]?.dbt.unchecked?.join('\n')).toMatch(
      /`warehouse\/adhoc\/payments_by_method\.sql` is an analysis.*model-paths `warehouse\/transform\/`/,
    )
    expect(run.record.stages.decision?.verdict).toBe('draft')
    expect(run.stdout).toContain('Verdict: draft')
    expect(run.stdout).not.toContain('Verdict: ready')
  }, 300_000)

  it('reaches the package from its integration_tests/ root and repairs a change to its own model', async () => {
    const run = await runShape({
      repo,
      project: 'packages/finance_utils/integration_tests',
      profilesDir: 'config',
      ticket: [
        '---',
        'key: FIN-9',
        'title: Add a symbol column to the currencies model',
        '---',
        'The `currencies` model of finance_utils needs a `symbol` column, never null.',
      ].join('\n'),
      turns: [
        // Paths are relative to the package (the common root of integration_tests/ and `local: ../`).
        edit(
          'models/currencies.sql',
          "select 'USD' as currency_code, 2 as minor_units\n",
          "select 'USD' as currency_code, 2 as minor_units, '$' as symbol\n",
          'toolu_p1',
        ),
        edit(
          'models/_finance_utils.yml',
          '        data_tests: [unique, not_null]\n',
          '        data_tests: [unique, not_null]\n      - name: symbol\n        data_tests: [not_null]\n',
          'toolu_p2',
        ),
        finish('Added symbol to currencies.', 'toolu_p3'),
        edit(
          'models/currencies.sql',
          "select 'JPY' as currency_code, 0 as minor_units\n",
          "select 'JPY' as currency_code, 0 as minor_units, 'Y' as symbol\n",
          'toolu_p4',
        ),
        finish('Both branches of the union select symbol.', 'toolu_p5'),
      ],
    })

    expectExit(run, 0)
    expect(run.stdout).toMatch(/Validation round 1: FAILED/)
    expect(run.stdout).toMatch(/Validation round 2 \(repair round\): passed/)
    expect(run.record.stages.decision?.verdict).toBe('ready')
    expect(run.record.stages.change?.files.sort()).toEqual([
      'packages/finance_utils/models/_finance_utils.yml',
      'packages/finance_utils/models/currencies.sql',
    ])
    const round2 = resultsOf(run, 2)
    expect(round2.get('model.finance_utils.currencies')).toBe('success')
    expect(
      [...round2].some(
        ([id, status]) => /^test\.finance_utils\.not_null_currencies_symbol/.test(id) && status === 'pass',
      ),
    ).toBe(true)
  }, 300_000)
})

describe('mature: lint debt, .sqlfluff with templater = dbt, a versioned contracted model, a snapshot', () => {
  let repo: string

  beforeAll(async () => {
    repo = await repositoryOf('mature')
  })

  it('repairs a contract the first round forgot, without blaming the change for the debt in the file', async () => {
    const run = await runShape({
      repo,
      project: '.',
      ticket: [
        '---',
        'key: CRM-12',
        'title: Add a lifetime value column to dim_customers',
        '---',
        'Add `lifetime_value` to the latest version of `dim_customers`: the amount of completed orders.',
      ].join('\n'),
      turns: [
        // Appending to the select list rewrites a line that already breaks the keyword rule (`AS`).
        edit(
          'models/marts/dim_customers_v2.sql',
          '    count(o.order_id) AS order_count\n',
          "    count(o.order_id) AS order_count,\n    coalesce(sum(o.amount) filter (where o.status = 'completed'), 0) as lifetime_value\n",
          'toolu_m1',
        ),
        finish('Added lifetime_value to dim_customers v2.', 'toolu_m2'),
        edit(
          'models/marts/_marts.yml',
          '      - name: order_count\n        data_type: bigint\n',
          '      - name: order_count\n        data_type: bigint\n      - name: lifetime_value\n        data_type: double\n',
          'toolu_m3',
        ),
        edit(
          'models/marts/_marts.yml',
          'exclude: [first_name, last_name, country, order_count]',
          'exclude: [first_name, last_name, country, order_count, lifetime_value]',
          'toolu_m4',
        ),
        finish('The contract of v2 declares lifetime_value; v1 excludes it.', 'toolu_m5'),
      ],
    })

    expectExit(run, 0)
    expect(run.stdout).toMatch(/Validation round 1: FAILED/)
    expect(run.stdout).toMatch(/Validation round 2 \(repair round\): passed/)
    expect(run.record.stages.decision?.verdict).toBe('ready')
    expect(sentText(run.requests[2])).toMatch(/contract/i)
    const [round1, round2] = run.record.stages.validations ?? []
    // sqlfluff ran through the dbt templater; only the debt already there was found, and none of it counts.
    for (const round of [round1, round2]) {
      expect(round?.lint).toMatchObject({ violations: [] })
      expect(round?.lint.preExisting?.length).toBeGreaterThan(0)
      expect(round?.lint.preExisting?.every((v) => v.code === 'CP01')).toBe(true)
    }
    expect(resultsOf(run, 2).get('model.mature.dim_customers.v2')).toBe('success')
  }, 300_000)

  it('never passes properties for a model that does not exist and a model in a disabled folder', async () => {
    const run = await runShape({
      repo,
      project: '.',
      noLint: true,
      ticket: [
        '---',
        'key: CRM-13',
        'title: New model of revenue by country',
        '---',
        'Create a new model `revenue_by_country`, and test that every customer has a country.',
      ].join('\n'),
      turns: [
        write(
          'models/staging/_staging_tests.yml',
          'version: 2\n\nmodels:\n  - name: stg_customer\n    columns:\n      - name: country\n        data_tests: [not_null]\n',
          'toolu_n1',
        ),
        write(
          'models/deprecated/revenue_by_country.sql',
          "select c.country, sum(o.amount) as revenue\nfrom {{ ref('stg_orders') }} as o\ninner join {{ ref('stg_customers') }} as c on o.customer_id = c.customer_id\ngroup by c.country\n",
          'toolu_n2',
        ),
        finish('Added revenue_by_country and a not_null test on country.', 'toolu_n3'),
        finish('Both files are in place.', 'toolu_n4'),
        finish('Both files are in place.', 'toolu_n5'),
      ],
    })

    expectExit(run, 0)
    const validations = run.record.stages.validations ?? []
    expect(validations.length).toBeGreaterThan(0)
    expect(validations.every((v) => !v.ok)).toBe(true)
    expect(validations[0]?.dbt.unchecked?.length).toBeGreaterThan(0)
    expect(run.record.stages.decision?.verdict).toBe('draft')
    expect(run.stdout).toContain('Verdict: draft')
  }, 300_000)
})
