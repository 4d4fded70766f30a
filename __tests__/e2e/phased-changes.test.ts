import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { referenceJiraIssue, startJiraServer, type FakeJira } from '../fakes/jira-server.js'
import {
  startScriptedMessagesServer,
  type RecordedRequest,
  type ScriptTurn,
} from '../../src/demo/scripted-messages-server.js'
import { toolTurn } from '../fakes/script-turns.js'
import { checkout, git, ROOT, runAction, writeEventPayload } from './action-harness.js'

// A change across three layers, dispatched as a workflow would: the bundled dist/ against loopback Jira,
// Anthropic and GitHub, real dbt and git with a local bare remote. The fixture (phased-ledger) names its
// layers by its own folders (landing → refined → serving), which no layer rule or dbt convention names.
// Two runs, one `dbt build` per validation round: 3 rounds, then 3 (phase 1, and phase 2 with its repair).

const TOKEN = 'ghs_phasedTestToken00000000000000000000'
const ANTHROPIC_KEY = 'sk-ant-phased-test-key'
const JIRA_TOKEN = 'jira-phased-api-token'
const FIXTURE = path.join(ROOT, '__tests__', 'fixtures', 'projects', 'phased-ledger')
const TITLE = 'Add the last booked date column from land_entries through to srv_accounts'

const edit = (file: string, old: string, next: string, id: string) =>
  toolTurn('edit_file', { path: file, old, new: next }, id)
const finish = (summary: string, id: string) => toolTurn('finish', { summary }, id)

const LANDING = 'models/landing/land_entries.sql'
const REFINED = 'models/refined/ref_account_balances.sql'
const SERVING = 'models/serving/srv_accounts.sql'

/** Phase 1: the landing model, and a try at the serving model, which is a later phase's. */
const phaseOne: ScriptTurn[] = [
  edit(LANDING, '    amount_cents\n', '    amount_cents,\n    booked_on\n', 'p1_edit'),
  edit(SERVING, '    account_id,\n', '    account_id,\n    last_booked_on,\n', 'p1_out_of_scope'),
  finish('land_entries exposes booked_on.', 'p1_finish'),
]

function jiraIssue(key: string) {
  const issue = referenceJiraIssue()
  issue.key = key
  issue.fields.summary = TITLE
  issue.fields.description = {
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Finance wants to see when each account last had an entry.' }],
      },
    ],
  }
  return issue
}

/** A bare remote whose `main` holds the fixture under `ledger/`. */
async function ledgerRepository(): Promise<{ root: string; remote: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'autopilot-phased-'))
  const remote = path.join(root, 'remote.git')
  const seed = path.join(root, 'seed')
  await git(root, 'init', '-q', '--bare', '-b', 'main', remote)
  await mkdir(seed)
  await cp(FIXTURE, path.join(seed, 'ledger'), { recursive: true })
  await writeFile(path.join(seed, '.gitignore'), 'target/\nlogs/\n')
  await git(seed, 'init', '-q', '-b', 'main')
  await git(seed, 'add', '-A')
  await git(seed, 'commit', '-q', '-m', 'Ledger project')
  await git(seed, 'remote', 'add', 'origin', remote)
  await git(seed, 'push', '-q', 'origin', 'main')
  return { root, remote }
}

/** Everything the model was told in one request, as text. */
const sent = (request: RecordedRequest | undefined) => JSON.stringify(request?.body.messages ?? [])

/** Exit 0 with `status`, or the end of the run's log to say why not. */
function expectStatus(
  run: { code: number; stdout: string; outputs: Record<string, string> },
  status: string,
) {
  if (run.code !== 0 || run.outputs.status !== status)
    throw new Error(`exit ${run.code}, status ${run.outputs.status}\n${run.stdout.slice(-4000)}`)
}

interface PhaseJson {
  number: number
  layer: string
  models: string[]
  status: string
  files: string[]
  rounds: number[]
  commitSha?: string
  reason?: string
}

describe('phased change across three layers (dist/index.js)', () => {
  let repo: { root: string; remote: string }
  let jira: FakeJira
  let eventPath: string
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    repo = await ledgerRepository()
    jira = await startJiraServer({
      issues: { 'FIN-7': jiraIssue('FIN-7'), 'FIN-8': jiraIssue('FIN-8') },
      auth: { email: 'bot@acme.test', token: JIRA_TOKEN },
    })
    servers.push(jira)
    eventPath = await writeEventPayload(repo.root, 'workflow_dispatch')
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
    await rm(repo.root, { recursive: true, force: true })
  })

  async function dispatch(ticket: string, turns: ScriptTurn[], github: GitHubFake) {
    const anthropic = await startScriptedMessagesServer({ script: turns, apiKey: ANTHROPIC_KEY })
    servers.push(anthropic)
    const run = await runAction({
      dir: repo.root,
      workspace: await checkout(repo),
      inputs: {
        ticket,
        'jira-url': jira.url,
        'jira-email': 'bot@acme.test',
        'jira-api-token': JIRA_TOKEN,
        'anthropic-api-key': ANTHROPIC_KEY,
        'anthropic-base-url': anthropic.url,
        'github-token': TOKEN,
        'project-dir': 'ledger',
        'repair-rounds': '1',
        'data-evidence': 'false',
      },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/ledger',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '77',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'ana-data',
        GITHUB_ACTOR_ID: '1234',
      },
    })
    const auditDir = run.outputs['audit-dir']
    const record = auditDir
      ? (JSON.parse(await readFile(path.join(auditDir, 'run.json'), 'utf8')) as {
          stages: {
            phases?: { phases: PhaseJson[]; stoppedAt?: number; reason: string; failedPatch?: string }
          }
        })
      : undefined
    return { ...run, record, requests: anthropic.messageRequests }
  }

  it('makes three phases, each validated, as three commits on the branch, and lists them in the PR', async () => {
    const github = await startGitHubServer({ owner: 'acme', repo: 'ledger', token: TOKEN })
    servers.push(github)
    const run = await dispatch(
      'FIN-7',
      [
        ...phaseOne,
        edit(
          REFINED,
          '    sum(amount_cents) as balance_cents\n',
          '    sum(amount_cents) as balance_cents,\n    max(booked_on) as last_booked_on\n',
          'p2_edit',
        ),
        finish('ref_account_balances carries last_booked_on.', 'p2_finish'),
        edit(SERVING, '    account_id,\n', '    account_id,\n    last_booked_on,\n', 'p3_edit'),
        finish('srv_accounts shows last_booked_on.', 'p3_finish'),
      ],
      github,
    )
    expectStatus(run, 'pr-opened')

    // The plan came from the graph: the two named models and the one between them, by the project's folders.
    const stage = run.record?.stages.phases
    expect(
      stage?.phases.map(({ number, layer, models, status }) => ({ number, layer, models, status })),
    ).toEqual([
      { number: 1, layer: 'landing', models: ['land_entries'], status: 'committed' },
      { number: 2, layer: 'refined', models: ['ref_account_balances'], status: 'committed' },
      { number: 3, layer: 'serving', models: ['srv_accounts'], status: 'committed' },
    ])
    expect(stage?.phases.map((phase) => phase.rounds)).toEqual([[1], [2], [3]])
    expect(stage?.phases.map((phase) => phase.files)).toEqual([
      [`ledger/${LANDING}`],
      [`ledger/${REFINED}`],
      [`ledger/${SERVING}`],
    ])

    // Phase 1 could not write the serving model: the refusal went back to the model.
    expect(sent(run.requests[2])).toContain('[phase-scope] Refused models/serving/srv_accounts.sql')
    // Each later phase started with its own instruction, after the earlier phase's validation.
    expect(sent(run.requests[3])).toContain('Now phase 2 of 3: refined')
    expect(sent(run.requests[5])).toContain('Now phase 3 of 3: serving')
    expect(run.requests).toHaveLength(7)

    // Three commits on the remote branch, one per phase, oldest first, each holding its phase's file.
    const clone = await checkout(repo)
    const log = await git(clone, 'log', '--reverse', '--format=%H %s', 'origin/main..origin/autopilot/FIN-7')
    const commits = log.split('\n').map((line) => ({ sha: line.slice(0, 40), subject: line.slice(41) }))
    expect(commits.map((commit) => commit.subject)).toEqual([
      expect.stringMatching(/^FIN-7: phase 1\/3 \(landing\): Add the last booked date/),
      expect.stringMatching(/^FIN-7: phase 2\/3 \(refined\): Add the last booked date/),
      expect.stringMatching(/^FIN-7: phase 3\/3 \(serving\): Add the last booked date/),
    ])
    const filesOf = (sha: string) => git(clone, 'diff-tree', '--no-commit-id', '--name-only', '-r', sha)
    expect(await Promise.all(commits.map((commit) => filesOf(commit.sha)))).toEqual([
      `ledger/${LANDING}`,
      `ledger/${REFINED}`,
      `ledger/${SERVING}`,
    ])
    expect(stage?.phases.map((phase) => phase.commitSha)).toEqual(commits.map((commit) => commit.sha))
    expect(await git(clone, 'show', `origin/autopilot/FIN-7:ledger/${SERVING}`)).toContain('last_booked_on')

    // One ready PR whose body has the phases table.
    expect(github.state.pulls).toHaveLength(1)
    const body = github.state.pulls[0]?.body ?? ''
    expect(github.state.pulls[0]?.draft).toBe(false)
    expect(body).toContain('### Phases')
    expect(body).toMatch(/\| 2 \| refined \| ref_account_balances \| passed \(round 2\)/)
    expect(body).toContain(commits[2]?.sha.slice(0, 12))
    expect(run.summary).toContain('### Phases')
  }, 400_000)

  it('stops at the last good phase when phase 2 cannot be repaired: a draft with phase 1 committed', async () => {
    const github = await startGitHubServer({ owner: 'acme', repo: 'ledger', token: TOKEN })
    servers.push(github)
    const broken = (column: string, id: string) =>
      edit(
        REFINED,
        '    sum(amount_cents) as balance_cents\n',
        `    sum(amount_cents) as balance_cents,\n    max(${column}) as last_booked_on\n`,
        id,
      )
    const run = await dispatch(
      'FIN-8',
      [
        ...phaseOne,
        broken('booked_at', 'p2_edit'),
        finish('ref_account_balances carries last_booked_on.', 'p2_finish'),
        // The repair replaces the wrong column with another wrong one.
        edit(REFINED, 'max(booked_at)', 'max(booking_date)', 'p2_repair'),
        finish('Fixed the column name.', 'p2_repair_finish'),
      ],
      github,
    )
    expectStatus(run, 'pr-opened')
    const stage = run.record?.stages.phases
    expect(stage?.stoppedAt).toBe(2)
    expect(stage?.phases.map((phase) => phase.status)).toEqual(['committed', 'failed', 'not-started'])
    expect(stage?.phases[1]?.rounds).toEqual([2, 3])
    expect(stage?.phases[1]?.reason).toContain('validation still fails after 1 repair round(s)')
    // The serving phase never started: the model was not asked for it.
    expect(run.requests).toHaveLength(7)
    expect(run.requests.some((request) => sent(request).includes('Now phase 3 of 3'))).toBe(false)

    // The branch holds phase 1 alone; the refined model is as on main.
    const clone = await checkout(repo)
    const log = await git(clone, 'log', '--format=%H', 'origin/main..origin/autopilot/FIN-8')
    expect(log.split('\n')).toEqual([stage?.phases[0]?.commitSha])
    expect(await git(clone, 'diff', '--name-only', 'origin/main', 'origin/autopilot/FIN-8')).toBe(
      `ledger/${LANDING}`,
    )

    const pull = github.state.pulls[0]
    expect(pull?.draft).toBe(true)
    expect(pull?.body).toContain('The phased change stopped at phase 2 of 3 (refined)')
    expect(pull?.body).toContain('The branch holds phase 1 (validated)')
    expect(pull?.body).toMatch(/\| 2 \| refined \| ref_account_balances \| failed \(rounds 2–3\)/)
    // Phase 2's edits are not lost: their patch is in the PR body and the audit bundle.
    expect(pull?.body).toContain("Phase 2's edits, not in this branch")
    expect(pull?.body).toContain('+    max(booking_date) as last_booked_on')
    expect(stage?.failedPatch).toContain(`+++ b/ledger/${REFINED}`)
    expect(stage?.failedPatch).not.toContain(LANDING)
  }, 400_000)
})
