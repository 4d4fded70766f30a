import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { oneRoundDemoTurns } from '../fakes/demo-script.js'
import { startGitLabServer, type FakeGitLab } from '../fakes/gitlab-server.js'
import { checkout, git, makeRepository } from './action-harness.js'
import { runCliInGitLabCi } from './gitlab-ci-job.js'

// A GitLab issue as the ticket, through the CLI bundle as the CI/CD component runs it: the issue is read
// from a loopback GitLab API, the merge request closes it, the progress note lives on it; then the nightly
// backlog over the project's labelled issues.

const GITLAB_TOKEN = 'glpat-e2eIssueToken000000'
const ANTHROPIC_KEY = 'sk-ant-e2e-test-key'
const PROJECT = 'data/analytics'
const DESCRIPTION = [
  '### Context',
  '',
  'Finance wants how many orders each customer has **completed** (not placed, shipped or returned),',
  'next to `number_of_orders` on the `customers` mart; asked in the quarterly close review.',
  '',
  '### Acceptance criteria',
  '',
  '- a new column `completed_orders` on `customers`, 0 for customers without orders',
  '- documented in the mart YAML, with a `not_null` test',
].join('\n')

interface RunJson {
  status: string
  ticket: { snapshot: { key: string; source: string; title: string } }
}

describe('a GitLab issue as the ticket, in GitLab CI (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let gitlab: FakeGitLab
  const servers: { close(): Promise<void> }[] = []
  const issueUrl = (iid: number) => `${gitlab.url}/${PROJECT}/-/issues/${iid}`

  beforeAll(async () => {
    repo = await makeRepository()
    gitlab = await startGitLabServer({ projectPath: PROJECT, token: GITLAB_TOKEN })
    servers.push(gitlab)
    gitlab.addIssue({
      iid: 12,
      title: 'Add completed order count to the customers mart',
      description: DESCRIPTION,
      labels: ['autopilot', 'marts'],
    })
    gitlab.addIssue({
      iid: 13,
      title: 'Count completed orders per customer (backlog)',
      description: DESCRIPTION,
      labels: ['autopilot'],
    })
    gitlab.addIssue({ iid: 14, title: 'Not for Autopilot', description: 'later', labels: ['marts'] })
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  async function run(args: string[], turns: ScriptTurn[] = []) {
    // No task rule decides these issues' kind, so the classifier is asked first (a structured answer).
    const classified: ScriptTurn = { output: { kind: 'other', risk: 'medium' } }
    const anthropic = await startScriptedMessagesServer({
      script: turns.length > 0 ? [classified, ...turns] : [],
      apiKey: ANTHROPIC_KEY,
    })
    servers.push(anthropic)
    const workspace = await checkout(repo)
    const out = await mkdtemp(path.join(os.tmpdir(), 'autopilot-gitlab-issue-out-'))
    const result = await runCliInGitLabCi(
      {
        gitlabUrl: gitlab.url,
        project: PROJECT,
        token: GITLAB_TOKEN,
        anthropicUrl: anthropic.url,
        anthropicKey: ANTHROPIC_KEY,
        jobId: 78,
        cwd: workspace,
      },
      ['run', ...args, '--project-dir', 'analytics', '--output-dir', out],
    )
    return { ...result, out, anthropic }
  }

  const issueNotes = (iid: number) =>
    gitlab.notes.filter((note) => note.noteable === 'issues' && note.noteable_iid === iid)
  const noteWrites = (iid: number, method: string) =>
    gitlab.requests.filter(
      (request) =>
        request.method === method &&
        request.path.startsWith(`/api/v4/projects/data%2Fanalytics/issues/${iid}/notes`),
    ).length

  it('reads #12 from GitLab, opens a merge request that closes it, and keeps one progress note on it', async () => {
    const result = await run(['--ticket', '#12'], await oneRoundDemoTurns())
    expect({ code: result.code, stderr: result.stderr.slice(-3000) }).toMatchObject({ code: 0 })

    // The model read the issue's own text (the classifier's call comes first).
    const firstPrompt = JSON.stringify(result.anthropic.messageRequests[0]?.body)
    expect(firstPrompt).toContain('Add completed order count to the customers mart')
    expect(firstPrompt).toContain('asked in the quarterly close review')
    expect(gitlab.requests.some((r) => r.method === 'GET' && r.path.endsWith('/issues/12'))).toBe(true)

    expect(gitlab.mergeRequests).toHaveLength(1)
    const mr = gitlab.mergeRequests[0]
    expect(mr).toMatchObject({ source_branch: 'autopilot/issue-12', target_branch: 'main', state: 'opened' })
    expect(mr?.description).toContain('Closes #12')
    expect(mr?.description).toContain(issueUrl(12))

    // One note, created once and edited as the run went, ending with the merge request.
    expect(issueNotes(12)).toHaveLength(1)
    expect(noteWrites(12, 'POST')).toBe(1)
    expect(noteWrites(12, 'PUT')).toBeGreaterThanOrEqual(1)
    expect(issueNotes(12)[0]?.body).toContain(mr?.web_url)
    expect(issueNotes(13)).toHaveLength(0)

    const record = JSON.parse(await readFile(path.join(result.out, 'audit', 'run.json'), 'utf8')) as RunJson
    expect(record.status).toBe('pr-opened')
    expect(record.ticket.snapshot).toMatchObject({ key: '#12', source: 'gitlab' })
  }, 300_000)

  it('refuses `--progress-comment github` before any work: the thread on GitLab is `gitlab`', async () => {
    const before = gitlab.requests.length
    const result = await run(['--ticket', '#12', '--progress-comment', 'github'])
    expect(result.code).not.toBe(0)
    expect(result.stderr + result.stdout).toMatch(
      /`--progress-comment` is `github`, but the merge request is on GitLab: use `gitlab`/,
    )
    expect(gitlab.requests.length).toBe(before)
    expect(result.anthropic.messageRequests).toHaveLength(0)
  }, 60_000)

  it('works through the labelled issues: skips #12 (its merge request is open), runs #13', async () => {
    const result = await run(
      ['--mode', 'backlog', '--backlog-query', 'label:autopilot', '--backlog-max-cost-usd', '10'],
      await oneRoundDemoTurns(),
    )
    expect({ code: result.code, stderr: result.stderr.slice(-3000) }).toMatchObject({ code: 0 })
    const listed = gitlab.requests.find((r) => r.method === 'GET' && r.path.endsWith('/issues'))
    expect(listed?.query).toMatchObject({ labels: 'autopilot', state: 'opened' })

    expect(gitlab.mergeRequests.map((mr) => mr.source_branch)).toEqual([
      'autopilot/issue-12',
      'autopilot/issue-13',
    ])
    expect(gitlab.mergeRequests[1]?.description).toContain('Closes #13')
    expect(issueNotes(13)).toHaveLength(1)
    expect(issueNotes(13)[0]?.body).toContain(gitlab.mergeRequests[1]?.web_url)
    expect(issueNotes(14)).toHaveLength(0)
    // #12 was not run again: one classifier call and one change, for #13.
    expect(JSON.stringify(result.anthropic.messageRequests[0]?.body)).toContain('(backlog)')
    expect(issueNotes(12)).toHaveLength(1)

    const clone = await checkout(repo)
    expect(await git(clone, 'diff', '--name-only', 'origin/main', 'origin/autopilot/issue-13')).toContain(
      'analytics/models/marts/customers.sql',
    )
    // Each ticket of a backlog keeps its own audit bundle, in a folder named for its key.
    expect(await readdir(result.out)).toContain('_13')
    const record = JSON.parse(
      await readFile(path.join(result.out, '_13', 'audit', 'run.json'), 'utf8'),
    ) as RunJson
    expect(record.ticket.snapshot).toMatchObject({ key: '#13', source: 'gitlab' })
  }, 400_000)
})
