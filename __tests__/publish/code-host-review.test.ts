import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { OctokitCodeHost } from '../../src/adapters/github/octokit-code-host.js'
import { PublishError } from '../../src/publish/publish-error.js'
import { githubRepo } from '../fakes/github-client.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'

// The review with line comments through real Octokit, against the loopback GitHub whose branches live in
// a real bare repository: a line of the diff takes a comment, a line outside it refuses the whole review.

const TOKEN = 'ghs_review'
const run = promisify(execFile)
const git = (cwd: string, ...args: string[]) =>
  run('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@x.test',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@x.test',
    },
  })

let dir: string
let fake: GitHubFake
let host: OctokitCodeHost

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-review-'))
  const bare = path.join(dir, 'remote.git')
  const work = path.join(dir, 'work')
  await git(dir, 'init', '-q', '--bare', '-b', 'main', bare)
  await git(dir, 'clone', '-q', bare, work)
  const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`)
  await writeFile(path.join(work, 'model.sql'), `${lines.join('\n')}\n`)
  await git(work, 'add', '-A')
  await git(work, 'commit', '-q', '-m', 'base')
  await git(work, 'push', '-q', 'origin', 'HEAD:main')
  await git(work, 'checkout', '-q', '-b', 'autopilot/X-1')
  lines[9] = 'line 10 changed'
  await writeFile(path.join(work, 'model.sql'), `${lines.join('\n')}\n`)
  await git(work, 'commit', '-qam', 'change')
  await git(work, 'push', '-q', 'origin', 'autopilot/X-1')
  fake = await startGitHubServer({ token: TOKEN, gitDir: bare })
  host = new OctokitCodeHost(githubRepo(fake.url, TOKEN))
  await host.createPullRequest({ head: 'autopilot/X-1', base: 'main', title: 'X-1', body: 'b', draft: false })
})
afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

describe('CodeHost.postReview (OctokitCodeHost)', () => {
  it('posts one COMMENT review whose comments land on the diff lines of the right side', async () => {
    const posted = await host.postReview(1, {
      body: 'Autopilot review',
      comments: [
        { path: 'model.sql', line: 10, body: 'the changed line' },
        { path: 'model.sql', line: 7, body: 'context above it' },
      ],
      commitSha: 'abc123',
    })
    expect(posted.url).toMatch(/^https:\/\/github\.com\/acme\/analytics\/pull\/1#pullrequestreview-\d+$/)
    const request = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/pulls/1/reviews'))
    expect(request?.body).toEqual({
      event: 'COMMENT',
      body: 'Autopilot review',
      commit_id: 'abc123',
      comments: [
        { path: 'model.sql', line: 10, side: 'RIGHT', body: 'the changed line' },
        { path: 'model.sql', line: 7, side: 'RIGHT', body: 'context above it' },
      ],
    })
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.reviewComments.map((c) => [c.path, c.line])).toEqual([
      ['model.sql', 10],
      ['model.sql', 7],
    ])
  })

  it('fails as a PublishError (422) when a line is not in the diff, posting nothing', async () => {
    const before = fake.state.reviews.length
    const failure = await host
      .postReview(1, { body: 'r', comments: [{ path: 'model.sql', line: 2, body: 'far from the change' }] })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(PublishError)
    expect((failure as PublishError).status).toBe(422)
    expect((failure as PublishError).message).toMatch(/part of the diff/)
    expect(fake.state.reviews).toHaveLength(before)
  })
})
