import { afterEach, describe, expect, it } from '@jest/globals'
import { OctokitCodeHost } from '../../src/adapters/github/octokit-code-host.js'
import type { CodeHost } from '../../src/publish/code-host.js'
import { reviewMarkdown } from '../../src/report/review-markdown.js'
import { placeOnPatch, postReviewComments } from '../../src/run/post-review.js'
import type { ReviewStage } from '../../src/run/review-change.js'
import { RunRecord } from '../../src/run/run-record.js'
import { MemoryLog } from '../../src/shared/log.js'
import { githubRepo } from '../fakes/github-client.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'

// Where a finding ends up: on its line only when git's patch has it and the host takes line comments;
// a refused review warns and keeps the findings in the record. Never lost, never silently dropped.

const PATCH = [
  'diff --git a/dbt/models/gold/m.sql b/dbt/models/gold/m.sql',
  'index 1111111..2222222 100644',
  '--- a/dbt/models/gold/m.sql',
  '+++ b/dbt/models/gold/m.sql',
  '@@ -10,7 +10,7 @@ select',
  ' a',
  ' b',
  ' c',
  '-d',
  '+D',
  ' e',
  ' f',
  ' g',
  '',
].join('\n')

function recordWith(lines: number[]): RunRecord {
  const record = new RunRecord('run-1')
  const stage: ReviewStage = {
    model: { status: 'not-run', reason: '`review` is off' },
    sqlChecks: { checked: ['dbt/models/gold/m.sql'], notChecked: [] },
    findings: lines.map((line) => ({
      path: 'dbt/models/gold/m.sql',
      line,
      severity: 'suggestion',
      text: `finding at ${line}`,
      by: 'sql-check',
      rule: 'repeated-cte',
      placement: 'line',
    })),
  }
  record.stages.review = stage
  return record
}

const placements = (record: RunRecord) => record.stages.review?.findings.map((f) => [f.line, f.placement])

let fake: GitHubFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('placeOnPatch', () => {
  it('keeps a finding on its line when the patch has that line (hunk 10–16), else moves it to the body', () => {
    const record = recordWith([9, 10, 13, 16, 17])
    const host = { postReview: async () => ({ id: 1, url: 'u' }) } as unknown as CodeHost
    placeOnPatch(record, PATCH, host)
    expect(placements(record)).toEqual([
      [9, 'body'],
      [10, 'line'],
      [13, 'line'],
      [16, 'line'],
      [17, 'body'],
    ])
    expect(reviewMarkdown(record.stages.review)).toContain(
      '`dbt/models/gold/m.sql:9` repeated-cte: finding at 9',
    )
  })

  it('moves every finding to the body when the host takes no line comments, or there is no host', () => {
    const withoutReviews = recordWith([13])
    placeOnPatch(withoutReviews, PATCH, {} as CodeHost)
    expect(placements(withoutReviews)).toEqual([[13, 'body']])
    const dryRun = recordWith([13])
    placeOnPatch(dryRun, PATCH, undefined)
    expect(placements(dryRun)).toEqual([[13, 'body']])
    // A line in the diff is not called off the diff: the heading says why a finding can be here.
    const markdown = reviewMarkdown(dryRun.stages.review)
    expect(markdown).toContain(
      'not as line comments (off the diff, past the comment limit, or no review posted)',
    )
    expect(markdown).toContain('`dbt/models/gold/m.sql:13` repeated-cte: finding at 13')
  })
})

describe('postReviewComments', () => {
  it('warns and records why when GitHub refuses the review, keeping the run going', async () => {
    fake = await startGitHubServer({ token: 't' })
    const host = new OctokitCodeHost(githubRepo(fake.url, 't'))
    const pr = await host.createPullRequest({
      head: 'autopilot/X',
      base: 'main',
      title: 'X',
      body: 'b',
      draft: false,
    })
    fake.failures.push({
      method: 'POST',
      pathPrefix: '/repos/acme/analytics/pulls/1/reviews',
      status: 422,
      body: {
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
      },
    })
    const record = recordWith([13])
    const log = new MemoryLog()
    await postReviewComments({ codeHost: host, number: pr.number, record, log })
    expect(record.stages.review?.posted).toEqual({
      comments: 0,
      error: expect.stringMatching(/part of the diff/),
    })
    expect(log.lines.some((line) => line.startsWith('warning: The review comments were not posted'))).toBe(
      true,
    )
    expect(fake.state.reviews).toHaveLength(0)
  })

  it('posts nothing when no finding is on a line', async () => {
    fake = await startGitHubServer({ token: 't' })
    const host = new OctokitCodeHost(githubRepo(fake.url, 't'))
    const record = recordWith([])
    await postReviewComments({ codeHost: host, number: 1, record, log: new MemoryLog() })
    expect(fake.requests).toHaveLength(0)
    expect(record.stages.review?.posted).toBeUndefined()
  })
})
