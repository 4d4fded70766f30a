import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readAuditBundle } from '../../src/audit/audit-bundle.js'
import type { ModelCallRecord } from '../../src/run/run-record.js'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { toolTurn } from '../fakes/script-turns.js'
import { checkout, git, ROOT, runAction, writeEventPayload } from './action-harness.js'

// The review pass through the bundle (dist/index.js as the runner starts it), with real dbt and git, a
// scripted model and the loopback GitHub whose branches are the bare remote's: the review model's
// blocking finding sends the change back for one more round (validated again), its suggestions and the
// SQL checks' findings (`select *` in a gold model, a join that can fan out) arrive as line comments of one
// review on the PR, and a finding on a line outside the diff lands in the PR body. The project is our own
// subscriptions fixture (bronze/gold layers through the `layers` input), under `dbt/` in the repository.

const TOKEN = 'ghs_reviewE2eToken0000000000000000000'
const ANTHROPIC_KEY = 'sk-ant-review-e2e'
const FIXTURE = path.join(ROOT, '__tests__', 'fixtures', 'projects', 'subscriptions')
const MODEL_FILE = 'models/gold/account_revenue.sql'
/** A review model of our own naming, priced only through `model-prices`: the review call must be charged at it. */
const REVIEW_MODEL = 'claude-review-e2e'
const REVIEW_PRICE = { input: 2, output: 8, cacheWrite: 2.5, cacheRead: 0.2 }

/** The agent's first version: `count(*)` counts an account without payments as one payment. */
const FIRST_VERSION = [
  'with accounts as (',
  "    select * from {{ ref('brz_accounts') }}",
  '),',
  '',
  'payments as (',
  "    select account_id, amount, payment_id from {{ ref('brz_payments') }}",
  '),',
  '',
  'per_account as (',
  '    select',
  '        accounts.*,',
  '        -- accounts.* brings account_id, account_name and plan_code',
  '        coalesce(sum(payments.amount), 0) as revenue,',
  '        count(*) as payment_count',
  '    from accounts',
  '    left join payments on accounts.account_id = payments.account_id',
  '    group by all',
  ')',
  '',
  'select * from per_account',
  '',
].join('\n')

const BLOCKING =
  'count(*) counts an account without payments as one payment: count payments.payment_id instead.'
const SUGGESTION = 'per_account reads as a grain: account_totals would say what it holds.'
const OFF_DIFF = 'brz_payments could cast amount to a decimal.'

function turns(): ScriptTurn[] {
  return [
    toolTurn('write_file', { path: MODEL_FILE, content: FIRST_VERSION }, 'toolu_w1'),
    toolTurn('finish', { summary: 'Added payment_count to account_revenue.' }, 'toolu_f1'),
    toolTurn(
      'record_review',
      {
        verdict: 'request-changes',
        summary: 'The new column miscounts accounts without payments; otherwise fine.',
        findings: [
          { file: MODEL_FILE, line: 14, severity: 'blocking', text: BLOCKING },
          { file: MODEL_FILE, line: 9, severity: 'suggestion', text: SUGGESTION },
          { file: 'models/bronze/brz_payments.sql', line: 1, severity: 'suggestion', text: OFF_DIFF },
        ],
      },
      'toolu_r1',
    ),
    toolTurn(
      'edit_file',
      {
        path: MODEL_FILE,
        old: 'count(*) as payment_count',
        new: 'count(payments.payment_id) as payment_count',
      },
      'toolu_e1',
    ),
    toolTurn('finish', { summary: 'Counted payment ids.' }, 'toolu_f2'),
  ]
}

interface ReviewRecord {
  model: { status: string; by?: string; reason?: string }
  rework?: { blocking: number; optimizations: number; validationOk: boolean }
  sqlChecks?: { checked: string[]; notChecked: unknown[] }
  findings: {
    path: string
    line?: number
    severity: string
    by: string
    rule?: string
    placement: string
    text: string
  }[]
  posted?: { comments: number; url?: string; error?: string }
}

describe('the review pass on a dispatched GitHub issue (dist/index.js)', () => {
  let root: string
  let remote: string
  let github: GitHubFake
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'autopilot-review-e2e-'))
    remote = path.join(root, 'remote.git')
    const seed = path.join(root, 'seed')
    await git(root, 'init', '-q', '--bare', '-b', 'main', remote)
    await mkdir(seed)
    await cp(FIXTURE, path.join(seed, 'dbt'), { recursive: true })
    await writeFile(path.join(seed, '.gitignore'), 'target/\nlogs/\n')
    await writeFile(
      path.join(seed, 'AGENTS.md'),
      'Gold models name their columns; CTEs are named for what they hold.\n',
    )
    await git(seed, 'init', '-q', '-b', 'main')
    await git(seed, 'add', '-A')
    await git(seed, 'commit', '-q', '-m', 'Subscriptions project')
    await git(seed, 'remote', 'add', 'origin', remote)
    await git(seed, 'push', '-q', 'origin', 'main')
    github = await startGitHubServer({
      token: TOKEN,
      gitDir: remote,
      issues: [
        {
          number: 7,
          title: 'Add a payment count column to account_revenue',
          body: 'Finance wants `payment_count`, the number of payments of each account, on `account_revenue`. Accounts without payments have 0.',
          labels: [],
        },
        {
          number: 8,
          title: 'Optimize account_revenue',
          body: 'account_revenue is too slow and its columns drift with bronze: tidy its SQL, same results.',
          labels: [],
        },
      ],
    })
    servers.push(github)
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
    await rm(root, { recursive: true, force: true })
  })

  async function dispatch(
    ticket: string,
    script: ScriptTurn[],
    review: string,
    extra: Record<string, string> = {},
  ) {
    const anthropic = await startScriptedMessagesServer({ script, apiKey: ANTHROPIC_KEY })
    servers.push(anthropic)
    const workspace = await checkout({ root, remote })
    const run = await runAction({
      dir: root,
      workspace,
      inputs: {
        ticket,
        'anthropic-api-key': ANTHROPIC_KEY,
        'anthropic-base-url': anthropic.url,
        'github-token': TOKEN,
        'project-dir': 'dbt',
        layers: '- {name: bronze, paths: [models/bronze/**]}\n- {name: gold, paths: [models/gold/**]}',
        lint: 'false',
        'data-evidence': 'false',
        review,
        ...extra,
      },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: await writeEventPayload(root, 'workflow_dispatch'),
        GITHUB_REPOSITORY: 'acme/analytics',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '77',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'ana-data',
        GITHUB_ACTOR_ID: '1234',
      },
    })
    return { run, anthropic }
  }

  it('reviews with `review-model` at its own price, sends the blocking finding back for one review round and posts the rest as line comments', async () => {
    const { run, anthropic } = await dispatch('#7', turns(), 'true', {
      'review-model': REVIEW_MODEL,
      'model-prices': JSON.stringify({ [REVIEW_MODEL]: REVIEW_PRICE }),
    })
    expect({ code: run.code, status: run.outputs.status, out: run.stdout.slice(-4000) }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })

    // Five model calls: the change and its finish, the review, the extra round and its finish.
    const requests = anthropic.messageRequests
    expect(requests).toHaveLength(5)
    const reviewRequest = JSON.stringify(requests[2]?.body)
    expect(reviewRequest).toContain('record_review')
    expect(reviewRequest).toContain('Gold models name their columns')
    expect(reviewRequest).toContain('+   14 |         count(*) as payment_count')
    expect(JSON.stringify(requests[3]?.body)).toContain(BLOCKING)
    // The review call alone went to the review model; the agent's rounds stayed with `model`.
    expect(requests.map((request) => request.body['model'])).toEqual([
      'claude-sonnet-5-5',
      'claude-sonnet-5-5',
      REVIEW_MODEL,
      'claude-sonnet-5-5',
      'claude-sonnet-5-5',
    ])

    const bundle = await readAuditBundle(run.outputs['audit-dir'] as string)
    const stages = bundle.run.stages as {
      review?: ReviewRecord
      validations?: { ok: boolean; cause?: string }[]
    }
    expect(stages.validations?.map((validation) => [validation.ok, validation.cause])).toEqual([
      [true, 'change'],
      [true, 'review'],
    ])
    // Priced at the review model's own row of `model-prices`, within the one budget.
    const calls = bundle.run.modelCalls as ModelCallRecord[]
    const reviewCalls = calls.filter((call) => call.stage === 'review')
    expect(reviewCalls.map((call) => call.model)).toEqual([REVIEW_MODEL])
    const reviewCall = reviewCalls[0]!
    const { usage } = reviewCall
    expect(usage.inputTokens + usage.outputTokens).toBeGreaterThan(0)
    expect(reviewCall.costUsd).toBeCloseTo(
      (usage.inputTokens * REVIEW_PRICE.input +
        usage.outputTokens * REVIEW_PRICE.output +
        usage.cacheCreationInputTokens * REVIEW_PRICE.cacheWrite +
        usage.cacheReadInputTokens * REVIEW_PRICE.cacheRead) /
        1e6,
      12,
    )
    expect(bundle.run.costUsd).toBeCloseTo(
      calls.reduce((total, call) => total + call.costUsd, 0),
      12,
    )
    expect(run.summary).toContain(
      `**Agent and review:** 4 tool calls (2 finish, 1 edit_file, 1 write_file); reviewed by ${REVIEW_MODEL}: 3 findings, 1 blocking, reworked (validation passed); 2 SQL check findings\n`,
    )
    const review = stages.review
    expect(review?.model).toMatchObject({ status: 'reviewed' })
    expect(review?.rework).toEqual({ blocking: 1, optimizations: 0, validationOk: true })
    expect(review?.sqlChecks?.checked).toEqual([`dbt/${MODEL_FILE}`])

    // The branch holds the reworked line.
    const clone = await checkout({ root, remote })
    const sql = await git(clone, 'show', `origin/${run.outputs.branch}:dbt/${MODEL_FILE}`)
    expect(sql).toContain('count(payments.payment_id) as payment_count')

    // One review on the PR, commenting only, with the SQL checks' and the model's line findings.
    expect(github.state.pulls).toHaveLength(1)
    expect(github.state.reviews).toHaveLength(1)
    const posted = github.state.reviews[0]
    expect(posted?.event).toBe('COMMENTED')
    const comments = (posted?.comments ?? []).map((c) => [c.path, c.line, c.body])
    expect(comments).toEqual(
      expect.arrayContaining([
        [`dbt/${MODEL_FILE}`, 11, expect.stringContaining('select-star-in-mart')],
        [`dbt/${MODEL_FILE}`, 16, expect.stringContaining('join-fan-out')],
        [`dbt/${MODEL_FILE}`, 9, expect.stringContaining(SUGGESTION)],
      ]),
    )
    expect(comments).toHaveLength(3)
    expect(JSON.stringify(comments)).not.toContain('count(*) counts')
    expect(review?.posted).toMatchObject({ comments: 3 })

    // The PR body says what went back and carries the finding that has no line in the diff.
    const body = github.state.pulls[0]?.body ?? ''
    expect(body).toContain('### Review')
    expect(body).toMatch(
      /1 blocking finding went back to the agent for one more round; validation after it passed/,
    )
    expect(body).toContain('dbt/models/bronze/brz_payments.sql:1')
    expect(body).toContain(`suggestion: ${OFF_DIFF}`)
    // The round the review caused is named so, not counted as a repair.
    expect(body).toContain('Passed after 1 review round.')
    expect(body).not.toContain('repair round')
    expect(body).toContain(
      "The review round (the review's blocking findings) edited `dbt/models/gold/account_revenue.sql`.",
    )
    expect(run.summary).toContain('Passed after 1 review round.')
  }, 400_000)

  it('on an optimization ticket, sends the SQL checks to the agent for one round and comments what is left', async () => {
    const optimized = 'select account_id, plan_code, revenue, payment_count from per_account'
    const { run, anthropic } = await dispatch(
      '#8',
      [
        toolTurn(
          'write_file',
          { path: MODEL_FILE, content: FIRST_VERSION.replace('count(*)', 'count(payments.payment_id)') },
          'toolu_w1',
        ),
        toolTurn('finish', { summary: 'Rewrote account_revenue with import CTEs.' }, 'toolu_f1'),
        toolTurn(
          'edit_file',
          { path: MODEL_FILE, old: 'select * from per_account', new: optimized },
          'toolu_e1',
        ),
        toolTurn('finish', { summary: 'Listed the columns.' }, 'toolu_f2'),
      ],
      'false',
    )
    expect({ code: run.code, status: run.outputs.status, out: run.stdout.slice(-4000) }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })
    // No review call (review is off): the change, the round the SQL checks asked for.
    expect(anthropic.messageRequests).toHaveLength(4)
    const rework = JSON.stringify(anthropic.messageRequests[2]?.body)
    expect(rework).toContain('The ticket asks for an optimization')
    expect(rework).toContain('in the final select of mart')
    const bundle = await readAuditBundle(run.outputs['audit-dir'] as string)
    const review = (bundle.run.stages as { review?: ReviewRecord }).review
    expect(review?.model).toEqual({ status: 'not-run', reason: '`review` is off' })
    expect(review?.rework).toEqual({ blocking: 0, optimizations: 2, validationOk: true })
    // What is left after the round: the join, commented on its line; the star is gone.
    const pr = github.state.pulls.find((pull) => pull.head === run.outputs.branch)
    const posted = github.state.reviews.filter((r) => r.pullNumber === pr?.number)
    expect(
      posted.map((r) => r.comments.map((c) => [c.path, c.line, c.body.includes('join-fan-out')])),
    ).toEqual([[[`dbt/${MODEL_FILE}`, 16, true]]])
  }, 400_000)
})
