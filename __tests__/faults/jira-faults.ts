import { expect } from '@jest/globals'
import { classifyFailure } from '../../src/run/outcome.js'
import { JiraCloudSource } from '../../src/adapters/jira/jira-cloud-source.js'
import type { FaultLedger } from './fault-ledger.js'
import { expectOutcome, KEY, TOKENS, type FaultStage } from './fault-stage.js'

const ISSUE_PATH = `/rest/api/3/issue/${KEY}`

export function jiraFaults(ledger: FaultLedger, stage: FaultStage): void {
  const issueRequests = () => stage.jiraProxy.requests.filter((r) => r.path === ISSUE_PATH)
  /** A ticket failure ends the run before anything is written anywhere. */
  const nothingPublished = () => {
    expect(stage.remoteHead()).toBeUndefined()
    expect(stage.github.state.pulls).toHaveLength(0)
  }
  const failWith = async (status: number, phrase: RegExp, headers?: Record<string, string>) => {
    stage.jira.failures.push({ path: ISSUE_PATH, status, headers })
    const run = await stage.run()
    const outcome = expectOutcome(run, 'failed:ticket', phrase)
    expect(issueRequests()).toHaveLength(1)
    nothingPublished()
    return { status: outcome, dataLost: false }
  }

  ledger.fault('Jira', '401 bad credentials', () => failWith(401, /rejected the credentials.*jira-api-token/))
  ledger.fault('Jira', '403 no Browse permission', () => failWith(403, /grant it Browse projects/))
  ledger.fault('Jira', '404 unknown issue', () => failWith(404, /check the key/))
  ledger.fault('Jira', '500 server error (not retried)', () =>
    failWith(500, /status\.atlassian\.com and re-run/),
  )

  ledger.fault('Jira', '429 with Retry-After: 1, then success', async () => {
    stage.jira.failures.push({ path: ISSUE_PATH, status: 429, headers: { 'Retry-After': '1' } })
    const run = await stage.run()
    const status = expectOutcome(run, 'pr-opened', /Opened PR/)
    const [first, second] = issueRequests()
    expect(issueRequests()).toHaveLength(2)
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
    expect(stage.github.state.pulls).toHaveLength(1)
    expect(stage.branchIsWhole()).toBe(true)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('Jira', '429 on every attempt (retries exhausted)', async () => {
    for (let i = 0; i < 6; i += 1)
      stage.jira.failures.push({ path: ISSUE_PATH, status: 429, headers: { 'Retry-After': '0' } })
    const run = await stage.run()
    const status = expectOutcome(run, 'failed:ticket', /rate-limited.*after 3 retries.*re-run later/)
    expect(issueRequests()).toHaveLength(4)
    nothingPublished()
    return { status, dataLost: false }
  })

  ledger.fault('Jira', 'connection reset', async () => {
    stage.jiraProxy.faults.push({ method: 'GET', path: ISSUE_PATH, action: { kind: 'reset' } })
    const run = await stage.run()
    const status = expectOutcome(run, 'failed:ticket', /Could not reach Jira.*check `jira-url`/)
    expect(issueRequests()).toHaveLength(1)
    nothingPublished()
    return { status, dataLost: false }
  })

  // runTicket builds the Jira client with the default 60 s request timeout; the source is driven directly
  // with a short one, and the outcome classified as runTicket would.
  ledger.fault('Jira', 'no answer (request timeout)', async () => {
    stage.jiraProxy.faults.push({ method: 'GET', path: ISSUE_PATH, action: { kind: 'hang' } })
    const source = new JiraCloudSource({
      host: stage.jiraProxy.url,
      auth: { type: 'basic', email: 'bot@example.com', apiToken: TOKENS.jira },
      requestTimeoutMs: 300,
    })
    // Only the request timer produces this message; the fake itself never answers.
    const failure = classifyFailure(await source.fetch(KEY).catch((error: unknown) => error))
    expect(failure.status).toBe('failed:ticket')
    expect(failure.message).toMatch(/did not answer within .* s .*re-run/)
    expect(issueRequests()).toHaveLength(1)
    return { status: failure.status, dataLost: false }
  })
}
