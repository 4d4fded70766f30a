import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { chmod, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { OctokitCommitApi } from '../../src/adapters/github/octokit-commit-api.js'
import { Git } from '../../src/adapters/git/git.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { commitMessage, publishBranch, type PublishBranchInput } from '../../src/publish/publish-branch.js'
import { PublishError } from '../../src/publish/publish-error.js'
import { githubRepo } from '../fakes/github-client.js'
import { startGitHubServer, type GitHubFake, type RecordedRequest } from '../fakes/github-server.js'
import { makeRepo, remoteHead, sh, write, type RepoFixture } from './git-fixture.js'

const TOKEN = 'ghs_signing_token'
const BRANCH = 'autopilot/DATA-7'
const MESSAGE = commitMessage({
  key: 'DATA-7',
  title: 'Split revenue out of orders',
  summary: 'Split revenue out of orders',
  ticketUrl: 'https://acme.atlassian.net/browse/DATA-7',
  coAuthor: { name: 'Dana Analyst', email: 'dana@example.com' },
})
const PATHS = [
  'models/orders.sql',
  'models/legacy.sql',
  'models/marts/finance/revenue.sql',
  'scripts/refresh.sh',
]

let repo: RepoFixture
let fake: GitHubFake
beforeEach(async () => {
  repo = await makeRepo()
  fake = await startGitHubServer({ token: TOKEN, gitDir: repo.remote })
})
afterEach(async () => {
  await fake.close()
  await repo.remove()
})

function publish(overrides: Partial<PublishBranchInput> = {}) {
  return publishBranch({
    git: new Git(new SpawnCommandRunner(), repo.work),
    repoDir: repo.work,
    branch: BRANCH,
    baseBranch: 'main',
    message: MESSAGE,
    paths: PATHS,
    dryRun: false,
    commitApi: new OctokitCommitApi(githubRepo(fake.url, TOKEN)),
    ...overrides,
  })
}

/** An edit, a deletion, a new file two folders deep and a new executable script. */
async function agentEdits(dir: string, variant = 'sum(amount)'): Promise<void> {
  await write(dir, 'models/orders.sql', `select 1 as id, ${variant} as revenue\n`)
  await rm(join(dir, 'models/legacy.sql'), { force: true })
  await write(
    dir,
    'models/marts/finance/revenue.sql',
    `select ${variant} as revenue from {{ ref('orders') }}\n`,
  )
  await write(dir, 'scripts/refresh.sh', '#!/bin/sh\ndbt build\n')
  await chmod(join(dir, 'scripts/refresh.sh'), 0o755)
}

/** The tree of the change committed locally (a dry run builds the same commit and pushes nothing). */
async function localTree(): Promise<string> {
  const local = await publish({ dryRun: true, commitApi: undefined })
  return sh(repo.work, 'rev-parse', `${local.commitSha ?? ''}^{tree}`)
}

const calls = (method: string, path: string): RecordedRequest[] =>
  fake.requests.filter(
    // Octokit escapes the ref's slashes (`heads%2Fautopilot%2FDATA-7`).
    (r) => r.method === method && decodeURIComponent(r.path) === `/repos/acme/analytics/git/${path}`,
  )

describe('commit-signing: the commit is created through the Git Data API', () => {
  it('creates the branch at a GitHub-made commit holding exactly the local change, on the base', async () => {
    await agentEdits(repo.work)
    const mainSha = sh(repo.work, 'rev-parse', 'HEAD')
    const expectedTree = await localTree()

    const result = await publish()

    expect(result).toMatchObject({ operation: 'created', pushed: true, baseSha: mainSha })
    expect(result.signature).toEqual({ verified: true, reason: 'valid' })
    const sha = result.commitSha ?? ''
    expect(remoteHead(repo.remote, BRANCH)).toBe(sha)
    expect(sh(repo.remote, 'rev-parse', `${sha}^{tree}`)).toBe(expectedTree)
    expect(sh(repo.remote, 'rev-parse', `${sha}^@`)).toBe(mainSha)
    const files = sh(repo.remote, 'ls-tree', '-r', '--name-only', sha).split('\n')
    expect(files).toContain('models/marts/finance/revenue.sql')
    expect(files).not.toContain('models/legacy.sql')
    expect(sh(repo.remote, 'ls-tree', sha, 'scripts/refresh.sh')).toMatch(/^100755 blob /)
    expect(sh(repo.remote, 'log', '-1', '--format=%B', sha)).toBe(MESSAGE)
    // No identity was sent: GitHub made the commit as the token's account.
    expect(sh(repo.remote, 'log', '-1', '--format=%an / %cn', sha)).toBe('github-actions[bot] / GitHub')
    const [commitCall] = calls('POST', 'commits')
    expect(commitCall?.body).toEqual({ message: MESSAGE, tree: expect.any(String), parents: [mainSha] })
    expect(calls('POST', 'blobs')).toHaveLength(3)
    expect(calls('POST', 'trees')[0]?.body).toMatchObject({
      base_tree: sh(repo.work, 'rev-parse', 'HEAD^{tree}'),
      tree: expect.arrayContaining([{ path: 'models/legacy.sql', mode: '100644', type: 'blob', sha: null }]),
    })
    expect(calls('POST', 'refs')[0]?.body).toEqual({ ref: `refs/heads/${BRANCH}`, sha })
    // The checkout has the API's commit: fetched, and the local branch points at it.
    expect(sh(repo.work, 'cat-file', '-t', sha)).toBe('commit')
    expect(sh(repo.work, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(sha)
    expect(fake.state.branchShas[BRANCH]).toBe(sha)
  })

  it('moves an existing branch with force when the new commit does not descend from it', async () => {
    await agentEdits(repo.work)
    const first = await publish()
    await agentEdits(repo.work, 'sum(amount) - sum(refunds)')
    const expectedTree = await localTree()

    const second = await publish()

    expect(second).toMatchObject({ operation: 'updated', previousSha: first.commitSha })
    const sha = second.commitSha ?? ''
    expect(sha).not.toBe(first.commitSha)
    expect(remoteHead(repo.remote, BRANCH)).toBe(sha)
    expect(sh(repo.remote, 'rev-parse', `${sha}^{tree}`)).toBe(expectedTree)
    expect(sh(repo.remote, 'rev-parse', `${sha}^@`)).toBe(sh(repo.work, 'rev-parse', 'HEAD'))
    expect(calls('PATCH', `refs/heads/${BRANCH}`).map((r) => r.body)).toEqual([{ sha, force: true }])
  })

  it('moves the branch without force when its head is already in the base', async () => {
    await agentEdits(repo.work)
    const first = await publish()
    // The branch was merged into main, which moved on; the checkout is on the new main.
    const colleague = repo.clone('colleague')
    sh(colleague, 'merge', '--quiet', '--ff-only', `origin/${BRANCH}`)
    await write(colleague, 'README.md', '# shop, after the merge\n')
    sh(colleague, 'commit', '--quiet', '-am', 'later work')
    sh(colleague, 'push', '--quiet', 'origin', 'main')
    sh(repo.work, 'checkout', '--quiet', '--', '.')
    sh(repo.work, 'clean', '--quiet', '-fd')
    sh(repo.work, 'pull', '--quiet', '--ff-only', 'origin', 'main')
    await write(repo.work, 'models/orders.sql', 'select 1 as id, 0 as revenue\n')

    const second = await publish({ paths: ['models/orders.sql'] })

    expect(
      sh(repo.remote, 'merge-base', '--is-ancestor', first.commitSha ?? '', second.commitSha ?? ''),
    ).toBe('')
    expect(remoteHead(repo.remote, BRANCH)).toBe(second.commitSha)
    expect(calls('PATCH', `refs/heads/${BRANCH}`).map((r) => r.body)).toEqual([
      { sha: second.commitSha, force: false },
    ])
  })
})

describe('OctokitCommitApi against the loopback Git Data API', () => {
  const request = (overrides: { previousSha?: string; force?: boolean; message?: string } = {}) => {
    const base = sh(repo.remote, 'rev-parse', 'main')
    return {
      baseSha: base,
      baseTree: sh(repo.remote, 'rev-parse', 'main^{tree}'),
      branch: BRANCH,
      message: 'x',
      files: [{ path: 'a.txt', mode: '100644' as const, content: Buffer.from([0, 255, 10]) }],
      force: false,
      ...overrides,
    }
  }
  const api = () => new OctokitCommitApi(githubRepo(fake.url, TOKEN))

  it('sends bytes exactly (base64), and refuses to create a branch that appeared meanwhile', async () => {
    const made = await api().createCommit(request())
    const bytes = Buffer.from([0, 255, 10])
    const id = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
    expect(sh(repo.remote, 'rev-parse', `${made.sha}:a.txt`)).toBe(id)
    const raced = await api()
      .createCommit(request())
      .catch((error: unknown) => error)
    expect(raced).toBeInstanceOf(PublishError)
    expect(raced).toMatchObject({ kind: 'branch-moved' })
    expect(remoteHead(repo.remote, BRANCH)).toBe(made.sha)
  })

  it('refuses to move a branch that is no longer where the run saw it', async () => {
    const first = await api().createCommit(request())
    const error = await api()
      .createCommit(request({ previousSha: sh(repo.remote, 'rev-parse', 'main'), force: true }))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'branch-moved' })
    expect(remoteHead(repo.remote, BRANCH)).toBe(first.sha)
  })

  it('a non-force update that is not a fast forward is refused by GitHub (422) and reported as a moved branch', async () => {
    const first = await api().createCommit(request())
    const error = await api()
      .createCommit(request({ previousSha: first.sha, force: false, message: 'another' }))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'branch-moved' })
    expect(calls('PATCH', `refs/heads/${BRANCH}`)).toHaveLength(1)
    expect(remoteHead(repo.remote, BRANCH)).toBe(first.sha)
  })
})
