import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  startScriptedMessagesServer,
  type ScriptedMessagesServer,
} from '../../src/demo/scripted-messages-server.js'
import type { TestStrategyStage } from '../../src/test-strategy/test-strategy.js'
import { toolTurn } from '../fakes/script-turns.js'
import { BIN_DIR, git, ROOT, runProcess } from './action-harness.js'

// Task parsing and the test strategy through the bundle (dist/), as a user runs it: `run --dry-run
// --propose-tests` on a local git repository holding __tests__/fixtures/projects/billing, real dbt,
// and a scripted model. The ticket matches no built-in rule, so the classifier is asked first: through
// structured outputs, and its first answer does not fit the schema (one retry). Then the agent adds a mart
// and a column in staging; the strategy proposes tests, dbt runs them in a second round.
// dbt launches: the base parse, round 1, four `dbt show`, round 2.

const API_KEY = 'sk-ant-task-tests-scripted'
const FIXTURE = path.join(ROOT, '__tests__', 'fixtures', 'projects', 'billing')

const REVENUE = `select
    s.subscription_id,
    s.account_id,
    a.plan_tier,
    s.status,
    coalesce(sum(i.amount), 0) as revenue
from {{ ref('stg_subscriptions') }} as s
inner join {{ ref('stg_accounts') }} as a on a.account_id = s.account_id
left join {{ ref('stg_invoices') }} as i on i.subscription_id = s.subscription_id
group by 1, 2, 3, 4
`

const TASK = {
  kind: 'new-model',
  risk: 'medium',
  targets: ['subscription_revenue', 'stg_subscriptions'],
  acceptanceCriteria: [
    'subscription_revenue has one row per subscription_id',
    'revenue is never null: 0 for a subscription without invoices',
  ],
  openQuestions: ['Do void invoices count as revenue?'],
  blockingQuestions: [],
  instructions: ['Join stg_subscriptions to stg_accounts for the plan tier.'],
}

interface RunJson {
  status: string
  stages: {
    task?: { kind: string; acceptanceCriteria: string[]; decidedBy: { kind: string } }
    testStrategy?: TestStrategyStage
    validations?: {
      round: number
      ok: boolean
      cause?: string
      dbt: { results: { uniqueId: string; status: string }[] }
    }[]
    change?: { files: string[] }
    decision?: { verdict: string }
    pullRequest?: { body: string }
  }
  modelCalls: unknown[]
}

let scratch: string
let server: ScriptedMessagesServer
let run: { code: number; stdout: string; stderr: string; record: RunJson; patch: string }
let repo: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-task-tests-'))
  repo = path.join(scratch, 'repo')
  await cp(FIXTURE, repo, { recursive: true })
  await writeFile(path.join(repo, '.gitignore'), 'target/\nlogs/\ndbt_packages/\n*.duckdb\n')
  await git(repo, 'init', '-q', '-b', 'main')
  await git(repo, 'add', '-A')
  await git(repo, 'commit', '-q', '-m', 'subscriptions: initial project')
  const ticket = path.join(scratch, 'ticket.md')
  await writeFile(
    ticket,
    [
      '---',
      'key: BILL-12',
      'title: Revenue per subscription for finance',
      '---',
      'Finance wants revenue per subscription next to the account plan tier and the subscription status,',
      'in the marts. Staging should also flag which subscriptions are active (`is_active`).',
    ].join('\n'),
  )
  server = await startScriptedMessagesServer({
    apiKey: API_KEY,
    script: [
      // The classifier: an answer outside the schema, then a valid one.
      { output: { ...TASK, kind: 'new-mart', risk: 'moderate' } },
      { output: TASK },
      // The agent.
      toolTurn('write_file', { path: 'models/marts/subscription_revenue.sql', content: REVENUE }, 'toolu_t1'),
      toolTurn(
        'edit_file',
        {
          path: 'models/staging/stg_subscriptions.sql',
          old: '    cast(started_on as date) as started_on\n',
          new: "    cast(started_on as date) as started_on,\n    status = 'active' as is_active\n",
        },
        'toolu_t2',
      ),
      toolTurn(
        'finish',
        {
          summary: 'Added subscription_revenue and is_active on stg_subscriptions.',
          criteria: [
            { number: 1, state: 'tested', test: 'unique_subscription_revenue_subscription_id' },
            { number: 2, state: 'inspected', note: 'coalesce(sum(amount), 0)' },
          ],
        },
        'toolu_t3',
      ),
    ],
  })
  const out = path.join(scratch, 'out')
  const args = [path.join(ROOT, 'dist', 'index.js'), 'run', '--ticket', ticket, '--project', repo]
  args.push('--dry-run', '--out', out, '--no-lint', '--propose-tests', '--no-data-evidence')
  const result = await runProcess(process.execPath, args, {
    cwd: repo,
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
  run = { ...result, record, patch: await readFile(path.join(audit, 'diff.patch'), 'utf8').catch(() => '') }
  if (run.code !== 0)
    throw new Error(`exit ${run.code}\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`)
}, 600_000)

afterAll(async () => {
  await server?.close()
  await rm(scratch, { recursive: true, force: true })
})

describe('a ticket parsed through structured outputs, and tests proposed for its change', () => {
  it('asks the classifier for JSON of the task schema, retries once, and its criteria reach the PR body', () => {
    const [first, second] = server.messageRequests
    for (const request of [first, second]) {
      expect(request!.body['tools']).toBeUndefined()
      expect((request!.body['output_config'] as { format: { type: string } }).format.type).toBe('json_schema')
    }
    expect(JSON.stringify(second!.body['messages'])).toMatch(/refused: .*kind/)
    expect(run.record.stages.task).toMatchObject({ kind: 'new-model', decidedBy: { kind: 'model' } })
    const body = run.record.stages.pullRequest!.body
    expect(body).toContain('### Acceptance criteria')
    expect(body).toContain('subscription_revenue has one row per subscription_id')
    expect(body).toMatch(/unique_subscription_revenue_subscription_id.*added by this change.*passed/)
    expect(body).toContain('Do void invoices count as revenue?')
    // The agent's request carries the parsed criteria, numbered, for its account.
    expect(JSON.stringify(server.messageRequests[2]!.body['messages'])).toContain('revenue is never null')
  })

  it('adds the proposed tests to the change, and dbt runs and passes them in a second round', () => {
    const stage = run.record.stages.testStrategy!
    expect(stage.status).toBe('added')
    expect(stage.files).toEqual([
      'models/marts/subscription_revenue.yml',
      'models/staging/_stg_subscriptions.yml',
    ])
    const validations = run.record.stages.validations!
    expect(validations.map((v) => [v.round, v.ok, v.cause])).toEqual([
      [1, true, 'change'],
      [2, true, 'tests'],
    ])
    const tests = validations[1]!.dbt.results.filter((r) => r.uniqueId.startsWith('test.'))
    expect(tests.length).toBeGreaterThanOrEqual(stage.proposed.length)
    expect(tests.every((r) => r.status === 'pass')).toBe(true)
    expect(run.record.stages.change?.files).toEqual(
      expect.arrayContaining([
        'models/marts/subscription_revenue.yml',
        'models/staging/_stg_subscriptions.yml',
      ]),
    )
    expect(run.patch).toMatch(/^\+\s+- trialing$/m)
    expect(run.record.stages.decision?.verdict).toBe('ready')
  })

  it('shows coverage before and after, and the rule behind each test, in the PR body', () => {
    const body = run.record.stages.pullRequest!.body
    expect(body).toContain('### Tests')
    expect(body).toMatch(/`subscription_revenue` \(new\) \| – → 4\/5 \(80%\)/)
    expect(body).toMatch(/`stg_subscriptions` \| 1\/5 \(20%\) → 2\/5 \(40%\)/)
    expect(body).toMatch(/`relationships → stg_accounts.account_id` \| the key of a parent model/)
    expect(body).toMatch(/`not_null` \| key from the tests it already has/)
  })
})
