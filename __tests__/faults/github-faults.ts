import { expect } from '@jest/globals'
import { sh } from '../publish/git-fixture.js'
import type { FaultLedger } from './fault-ledger.js'
import { BRANCH, EDIT, expectOutcome, renameTurn, TOKENS, type FaultStage } from './fault-stage.js'

const PULLS = '/repos/acme/analytics/pulls'
const maxTokensScript = [
  renameTurn,
  { content: [{ type: 'text' as const, text: 'Now I will' }], stop_reason: 'max_tokens' as const },
]

export function githubFaults(ledger: FaultLedger, stage: FaultStage): void {
  const pullCalls = (method: string) =>
    stage.github.requests.filter((r) => r.method === method && r.path === PULLS)
  /** Another run (or a person) opens the PR straight on the fake, bypassing the proxy. */
  const openPullDirectly = async (draft: boolean) => {
    const response = await fetch(`${stage.github.url}${PULLS}`, {
      method: 'POST',
      headers: { authorization: `token ${TOKENS.github}`, 'content-type': 'application/json' },
      body: JSON.stringify({ head: BRANCH, base: 'main', title: 'DATA-123 (other run)', body: '', draft }),
    })
    expect(response.status).toBe(201)
  }
  /** The branch was pushed whole before the PR call failed: the work is on the remote, no PR is open. */
  const branchKeptNoPull = () => {
    expect(stage.remoteModel()).toBe(EDIT)
    expect(stage.branchIsWhole()).toBe(true)
    expect(stage.github.state.pulls).toHaveLength(0)
  }

  /** GitHub answers `method` on the pulls endpoint with `status`, `times` times in a row. */
  const failPullsTimes = (method: string, status: number, message: string, times: number) => {
    for (let i = 0; i < times; i += 1) {
      stage.github.failures.push({
        method,
        pathPrefix: PULLS,
        status,
        body: { message, documentation_url: 'https://docs.github.com/rest' },
      })
    }
  }

  const failPulls = async (method: string, status: number, message: string, phrase: RegExp, times = 1) => {
    failPullsTimes(method, status, message, times)
    const run = await stage.run()
    const outcome = expectOutcome(run, 'failed:publish', phrase)
    branchKeptNoPull()
    return { status: outcome, dataLost: await stage.lostWork(run) }
  }

  // 4xx answers are final: the call is sent once.
  ledger.fault('GitHub', '401 bad credentials', async () => {
    const verdict = await failPulls(
      'GET',
      401,
      'Bad credentials',
      /rejected the token.*Check the `github-token` input/,
    )
    expect(pullCalls('GET')).toHaveLength(1)
    return verdict
  })
  ledger.fault('GitHub', '403 Actions may not create pull requests', async () => {
    const verdict = await failPulls(
      'POST',
      403,
      'GitHub Actions is not permitted to create or approve pull requests.',
      /Allow GitHub Actions to create and approve pull requests/,
    )
    expect(pullCalls('POST')).toHaveLength(1)
    return verdict
  })
  ledger.fault('GitHub', '404 repository not visible to the token', () =>
    failPulls('GET', 404, 'Not Found', /Check the repository name and that the `github-token` has access/),
  )

  ledger.fault('GitHub', '502 on create, then success (client retry)', async () => {
    failPullsTimes('POST', 502, 'Bad Gateway', 1)
    const run = await stage.run()
    const status = expectOutcome(run, 'pr-opened', /Opened PR/)
    expect(pullCalls('POST')).toHaveLength(2)
    expect(stage.github.state.pulls).toHaveLength(1)
    expect(stage.branchIsWhole()).toBe(true)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('GitHub', '502 on every attempt (retries exhausted), then a re-run', async () => {
    const failed = await failPulls(
      'POST',
      502,
      'Bad Gateway',
      /GitHub failed while creating.*also when asked again\. Retry the run/,
      3,
    )
    expect(pullCalls('POST')).toHaveLength(3)
    sh(stage.repo.work, 'reset', '--quiet', '--hard') // the re-run starts from a fresh checkout
    const rerun = await stage.run()
    expectOutcome(rerun, 'pr-opened', /Opened PR/)
    expect(rerun.result?.record.stages.publish).toMatchObject({ operation: 'not-updated', pushed: false })
    expect(stage.github.state.pulls).toHaveLength(1)
    return failed
  })

  ledger.fault('GitHub', '422 "A pull request already exists" (a concurrent run won)', async () => {
    stage.githubProxy.faults.push({
      method: 'POST',
      path: PULLS,
      action: { kind: 'forward', before: () => openPullDirectly(false) },
    })
    const run = await stage.run()
    const status = expectOutcome(run, 'pr-updated', /Updated PR/)
    expect(stage.github.state.pulls).toHaveLength(1)
    expect(stage.github.state.pulls[0]?.body).toContain('DATA-123')
    expect(stage.branchIsWhole()).toBe(true)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('GitHub', 'GraphQL "Could not resolve to a node" on the draft toggle', async () => {
    await openPullDirectly(false)
    stage.github.failures.push({
      method: 'POST',
      pathPrefix: '/graphql',
      status: 200,
      body: {
        data: { convertPullRequestToDraft: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['convertPullRequestToDraft'],
            message: "Could not resolve to a node with the global id of 'PR_gone'.",
          },
        ],
      },
    })
    const run = await stage.run({ script: maxTokensScript })
    const status = expectOutcome(run, 'pr-updated', /Updated draft PR/)
    expect(run.log.lines.join('\n')).toMatch(/warning: .*stays ready for review.*set it by hand/)
    expect(stage.github.state.pulls).toHaveLength(1)
    expect(stage.remoteModel()).toBe(EDIT)
    return { status, dataLost: await stage.lostWork(run) }
  })
}
