import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startScriptedMessagesServer } from '../../src/demo/scripted-messages-server.js'
import { oneRoundDemoTurns } from '../fakes/demo-script.js'
import { startGitLabServer, type FakeGitLab } from '../fakes/gitlab-server.js'
import { checkout, git, makeRepository, ROOT } from './action-harness.js'
import { runCliInGitLabCi } from './gitlab-ci-job.js'

// The CLI as the GitLab CI/CD component runs it: the bundled dist/ in a GitLab CI job's environment pushes
// the branch to the (bare, local) remote and opens a merge request on a loopback GitLab API.

const GITLAB_TOKEN = 'glpat-e2eTestToken0000000'
const ANTHROPIC_KEY = 'sk-ant-e2e-test-key'
const PROJECT = 'data/analytics'

describe('the CLI in GitLab CI (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let gitlab: FakeGitLab
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    repo = await makeRepository()
    gitlab = await startGitLabServer({ projectPath: PROJECT, token: GITLAB_TOKEN })
    servers.push(gitlab)
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  async function run(extraEnv: NodeJS.ProcessEnv = {}) {
    const anthropic = await startScriptedMessagesServer({
      script: await oneRoundDemoTurns(),
      apiKey: ANTHROPIC_KEY,
    })
    servers.push(anthropic)
    const workspace = await checkout(repo)
    const tickets = await mkdtemp(path.join(os.tmpdir(), 'autopilot-gitlab-ticket-'))
    await cp(path.join(ROOT, 'examples', 'demo', 'ticket.md'), path.join(tickets, 'ticket.md'))
    const out = await mkdtemp(path.join(os.tmpdir(), 'autopilot-gitlab-out-'))
    const result = await runCliInGitLabCi(
      {
        gitlabUrl: gitlab.url,
        project: PROJECT,
        token: GITLAB_TOKEN,
        anthropicUrl: anthropic.url,
        anthropicKey: ANTHROPIC_KEY,
        jobId: 77,
        cwd: workspace,
        extraEnv,
      },
      ['run', '--ticket', path.join(tickets, 'ticket.md'), '--project-dir', 'analytics', '--output-dir', out],
    )
    return { ...result, out }
  }

  it('pushes the validated branch and opens one merge request that links the files at the pushed commit', async () => {
    const result = await run()
    expect({ code: result.code, stderr: result.stderr.slice(-3000) }).toMatchObject({ code: 0 })
    expect(result.stdout).toContain(`${result.projectUrl}/-/merge_requests/1`)

    const clone = await checkout(repo)
    const files = await git(clone, 'diff', '--name-only', 'origin/main', 'origin/autopilot/DEMO-1')
    expect(files.split('\n').sort()).toEqual([
      'analytics/models/marts/_marts.yml',
      'analytics/models/marts/customers.sql',
    ])
    const sha = await git(clone, 'rev-parse', 'origin/autopilot/DEMO-1')
    expect(await git(clone, 'log', '-1', '--format=%B', 'origin/autopilot/DEMO-1')).toContain(
      `${result.projectUrl}/-/jobs/77`,
    )

    expect(gitlab.mergeRequests).toHaveLength(1)
    const mr = gitlab.mergeRequests[0]
    expect(mr).toMatchObject({
      source_branch: 'autopilot/DEMO-1',
      target_branch: 'main',
      state: 'opened',
      draft: false,
    })
    expect(mr?.title).toBe('DEMO-1: Add completed order count to the customers mart')
    expect(mr?.description).toContain('completed_orders')
    expect(mr?.description).toContain(
      `${result.projectUrl}/-/blob/${sha}/analytics/models/marts/customers.sql`,
    )
    expect(mr?.labels).toContain('autopilot')
    // Every API call carried the token; none went to GitHub.
    expect(gitlab.requests.every((request) => request.headers['private-token'] === GITLAB_TOKEN)).toBe(true)
    const record = JSON.parse(await readFile(path.join(result.out, 'audit', 'run.json'), 'utf8')) as {
      status: string
    }
    expect(record.status).toBe('pr-opened')
  }, 300_000)

  it('stops before any work with a clear message when the token is missing', async () => {
    const before = gitlab.requests.length
    const result = await run({ GITLAB_TOKEN: '' })
    expect(result.code).not.toBe(0)
    expect(result.stderr + result.stdout).toMatch(/No GitLab token: set `--gitlab-token` \/ `GITLAB_TOKEN`/)
    expect(gitlab.requests.length).toBe(before)
  }, 120_000)
})
