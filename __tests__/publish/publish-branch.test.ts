import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { Git, type GitRunOptions } from '../../src/adapters/git/git.js'
import { commitMessage, publishBranch, type PublishBranchInput } from '../../src/publish/publish-branch.js'
import { PublishError } from '../../src/publish/publish-error.js'
import { makeRepo, remoteHead, sh, write, type RepoFixture } from './git-fixture.js'

const BRANCH = 'autopilot/DATA-123'
const MESSAGE = commitMessage({
  key: 'DATA-123',
  title: 'Add customer count to orders',
  summary: 'Add customer count to orders',
  ticketUrl: 'https://acme.atlassian.net/browse/DATA-123',
  runUrl: 'https://github.com/acme/analytics/actions/runs/7',
})

let repo: RepoFixture
beforeEach(async () => {
  repo = await makeRepo()
})
afterEach(async () => {
  await repo.remove()
})

function publish(overrides: Partial<PublishBranchInput> & { repoDir: string }) {
  return publishBranch({
    git: new Git(new SpawnCommandRunner(), overrides.repoDir),
    branch: BRANCH,
    baseBranch: 'main',
    message: MESSAGE,
    paths: ['models/orders.sql', 'models/customers.sql'],
    dryRun: false,
    ...overrides,
  })
}

/** The agent's edits: one changed model, one new model, plus noise the agent must not commit. */
async function agentEdits(dir: string, variant = 'count(*)'): Promise<void> {
  await write(dir, 'models/orders.sql', `select 1 as id, ${variant} as customers\n`)
  await write(dir, 'models/customers.sql', 'select 1 as customer_id\n')
  await write(dir, 'target/manifest.json', '{"nodes":{}}\n')
  await write(dir, 'notes.txt', 'scratch\n')
  await write(dir, 'README.md', '# shop, edited by hand\n')
}

describe('publishBranch against a real bare remote', () => {
  it('creates the branch with exactly the given files, on the base, leaving the checkout alone', async () => {
    await agentEdits(repo.work)
    const statusBefore = sh(repo.work, 'status', '--porcelain')
    const mainSha = sh(repo.work, 'rev-parse', 'HEAD')

    const result = await publish({ repoDir: repo.work })

    expect(result).toMatchObject({ operation: 'created', pushed: true, baseSha: mainSha, baseBranch: 'main' })
    expect(remoteHead(repo.remote, BRANCH)).toBe(result.commitSha)
    const files = sh(repo.remote, 'ls-tree', '-r', '--name-only', BRANCH).split('\n')
    expect(files).toEqual(['README.md', 'models/customers.sql', 'models/legacy.sql', 'models/orders.sql'])
    expect(sh(repo.remote, 'show', `${BRANCH}:README.md`)).toBe('# shop')
    expect(sh(repo.remote, 'show', `${BRANCH}:models/orders.sql`)).toBe(
      'select 1 as id, count(*) as customers',
    )
    expect(sh(repo.remote, 'rev-parse', `${BRANCH}^`)).toBe(mainSha)
    expect(sh(repo.remote, 'log', '-1', '--format=%B', BRANCH)).toBe(MESSAGE)
    expect(
      sh(
        repo.remote,
        'log',
        '-1',
        '--format=%(trailers:key=Ticket,valueonly)%(trailers:key=Autopilot-Run,valueonly)',
        BRANCH,
      ).trimEnd(),
    ).toBe('https://acme.atlassian.net/browse/DATA-123\nhttps://github.com/acme/analytics/actions/runs/7')
    expect(sh(repo.remote, 'log', '-1', '--format=%an <%ae> / %cn', BRANCH)).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> / github-actions[bot]',
    )
    expect(result.diff).toContain('+++ b/models/customers.sql')
    expect(result.diff).toContain('+select 1 as id, count(*) as customers')
    expect(result.diff).not.toContain('README')
    expect(result.diff).not.toContain('target/')
    // The runner's checkout, index and branch are as the agent left them.
    expect(sh(repo.work, 'status', '--porcelain')).toBe(statusBefore)
    expect(sh(repo.work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main')
    expect(sh(repo.work, 'rev-parse', BRANCH)).toBe(result.commitSha)
  })

  it('pushes nothing when the same change is published again', async () => {
    await agentEdits(repo.work)
    const first = await publish({ repoDir: repo.work })
    const rerun = repo.clone('rerun')
    await agentEdits(rerun)

    const second = await publish({ repoDir: rerun })

    expect(second).toMatchObject({ operation: 'not-updated', pushed: false, commitSha: first.commitSha })
    expect(remoteHead(repo.remote, BRANCH)).toBe(first.commitSha)
    expect(second.diff).toBe(first.diff)
  })

  it('replaces the branch when the change differs', async () => {
    await agentEdits(repo.work)
    const first = await publish({ repoDir: repo.work })
    await agentEdits(repo.work, 'count(distinct customer_id)')

    const second = await publish({ repoDir: repo.work })

    expect(second).toMatchObject({ operation: 'updated', pushed: true, previousSha: first.commitSha })
    expect(remoteHead(repo.remote, BRANCH)).toBe(second.commitSha)
    expect(sh(repo.remote, 'show', `${BRANCH}:models/orders.sql`)).toContain('count(distinct customer_id)')
    expect(sh(repo.remote, 'rev-list', '--count', `main..${BRANCH}`)).toBe('1')
  })

  it('rebuilds the branch on the new base when main moved', async () => {
    await agentEdits(repo.work)
    await publish({ repoDir: repo.work })
    const colleague = repo.clone('colleague')
    await write(colleague, 'models/payments.sql', 'select 3 as id\n')
    sh(colleague, 'add', 'models/payments.sql')
    sh(colleague, 'commit', '--quiet', '-m', 'payments')
    sh(colleague, 'push', '--quiet', 'origin', 'main')
    const newMain = sh(colleague, 'rev-parse', 'HEAD')
    const nextRun = repo.clone('next-run')
    await agentEdits(nextRun)

    const result = await publish({ repoDir: nextRun })

    expect(result).toMatchObject({ operation: 'updated', baseSha: newMain })
    expect(sh(repo.remote, 'rev-parse', `${BRANCH}^`)).toBe(newMain)
    expect(sh(repo.remote, 'ls-tree', '-r', '--name-only', BRANCH)).toContain('models/payments.sql')
    expect(result.diff).not.toContain('payments')
  })

  it('works in a shallow checkout like actions/checkout makes', async () => {
    await agentEdits(repo.work)
    const first = await publish({ repoDir: repo.work })
    const shallow = join(repo.root, 'shallow')
    sh(repo.root, 'clone', '--quiet', '--depth=1', `file://${repo.remote}`, shallow)
    await agentEdits(shallow, 'max(id)')

    const result = await publish({ repoDir: shallow })

    expect(sh(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true')
    expect(result).toMatchObject({ operation: 'updated', previousSha: first.commitSha })
    expect(sh(repo.remote, 'show', `${BRANCH}:models/orders.sql`)).toContain('max(id)')
  })

  it('reports none and pushes nothing when the given files are unchanged', async () => {
    await write(repo.work, 'notes.txt', 'unrelated\n')

    const result = await publish({ repoDir: repo.work, paths: ['models/orders.sql'] })

    expect(result).toMatchObject({ operation: 'none', diff: '', pushed: false })
    expect(result.commitSha).toBeUndefined()
    expect(remoteHead(repo.remote, BRANCH)).toBeUndefined()
  })

  it('commits deletions and works from a folder inside the repository', async () => {
    await rm(join(repo.work, 'models/legacy.sql'))

    const result = await publish({
      repoDir: join(repo.work, 'models'),
      paths: ['models/legacy.sql', 'models/gone.sql'],
    })

    expect(result.operation).toBe('created')
    expect(sh(repo.remote, 'ls-tree', '-r', '--name-only', BRANCH).split('\n')).toEqual([
      'README.md',
      'models/orders.sql',
    ])
    expect(result.diff).toContain('deleted file mode')
  })

  it('refuses paths outside the repository and publishing onto the base branch', async () => {
    await expect(publish({ repoDir: repo.work, paths: ['../elsewhere.sql'] })).rejects.toMatchObject({
      kind: 'invalid-paths',
    })
    await expect(publish({ repoDir: repo.work, paths: ['.git/config'] })).rejects.toMatchObject({
      kind: 'invalid-paths',
    })
    await expect(publish({ repoDir: repo.work, branch: 'main' })).rejects.toMatchObject({
      kind: 'invalid-request',
    })
  })

  it('dry run commits locally and computes the diff but pushes nothing', async () => {
    await agentEdits(repo.work)

    const result = await publish({ repoDir: repo.work, dryRun: true })

    expect(result).toMatchObject({ operation: 'created', pushed: false })
    expect(result.diff).toContain('+++ b/models/customers.sql')
    expect(remoteHead(repo.remote, BRANCH)).toBeUndefined()
    expect(sh(repo.work, 'show', `${result.commitSha}:models/customers.sql`)).toBe('select 1 as customer_id')
  })

  it('never rewrites a local branch of that name that holds other work', async () => {
    sh(repo.work, 'branch', BRANCH)
    const theirs = sh(repo.work, 'rev-parse', BRANCH)
    await agentEdits(repo.work)

    const result = await publish({ repoDir: repo.work, dryRun: true })

    expect(sh(repo.work, 'rev-parse', BRANCH)).toBe(theirs)
    expect(result.localBranchKept).toContain(`git branch -f ${BRANCH} ${result.commitSha?.slice(0, 12)}`)
    // The same change again, once the branch holds it: nothing to say.
    sh(repo.work, 'branch', '-f', BRANCH, result.commitSha ?? '')
    const again = await publish({ repoDir: repo.work, dryRun: true })
    expect(again.localBranchKept).toBeUndefined()
  })

  it('dry run still works when the checkout has no remote', async () => {
    sh(repo.work, 'remote', 'remove', 'origin')
    await agentEdits(repo.work)

    const result = await publish({ repoDir: repo.work, dryRun: true })

    expect(result.operation).toBe('created')
    expect(result.remoteUnavailable).toContain('origin')
  })
})

/** A git adapter that lets a colleague push to the branch just before our push, as in a real race. */
class RacingGit extends Git {
  constructor(
    repoDir: string,
    private readonly colleaguePush: () => Promise<void>,
  ) {
    super(new SpawnCommandRunner(), repoDir)
  }
  override async run(args: string[], options?: GitRunOptions) {
    if (args[0] === 'push') await this.colleaguePush()
    return super.run(args, options)
  }
}

describe('publishBranch when someone pushes in between', () => {
  it('fails with branch-moved and leaves the remote branch as the colleague left it', async () => {
    await agentEdits(repo.work)
    const first = await publish({ repoDir: repo.work })
    const colleague = repo.clone('colleague')
    sh(colleague, 'fetch', '--quiet', 'origin', BRANCH)
    sh(colleague, 'checkout', '--quiet', '-b', 'mine', 'FETCH_HEAD')
    await agentEdits(repo.work, 'sum(1)')
    let theirs = ''
    const git = new RacingGit(repo.work, async () => {
      await write(colleague, 'models/orders.sql', 'select 42 as id\n')
      sh(colleague, 'commit', '--quiet', '-am', 'hand fix')
      sh(colleague, 'push', '--quiet', 'origin', `mine:${BRANCH}`)
      theirs = sh(colleague, 'rev-parse', 'HEAD')
    })

    const error = await publish({ repoDir: repo.work, git }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(PublishError)
    expect(error).toMatchObject({ kind: 'branch-moved' })
    expect((error as PublishError).message).toContain('re-run Autopilot')
    expect(remoteHead(repo.remote, BRANCH)).toBe(theirs)
    expect(sh(repo.work, 'rev-parse', BRANCH)).toBe(first.commitSha)
  })

  it('fails with branch-moved when the branch appears while we create it', async () => {
    await agentEdits(repo.work)
    const colleague = repo.clone('colleague')
    const git = new RacingGit(repo.work, async () => {
      sh(colleague, 'push', '--quiet', 'origin', `main:${BRANCH}`)
    })

    await expect(publish({ repoDir: repo.work, git })).rejects.toMatchObject({ kind: 'branch-moved' })
    expect(remoteHead(repo.remote, BRANCH)).toBe(sh(repo.remote, 'rev-parse', 'main'))
  })
})

describe('git credentials', () => {
  it('never writes the token to the repository config', async () => {
    await agentEdits(repo.work)
    const git = new Git(new SpawnCommandRunner(), repo.work, 'ghs_supersecret')

    await publish({ repoDir: repo.work, git })

    const config = await readFile(join(repo.work, '.git/config'), 'utf8')
    expect(config).not.toContain('ghs_supersecret')
    expect(config).not.toContain(Buffer.from('x-access-token:ghs_supersecret').toString('base64'))
    expect(config).not.toMatch(/extraheader/i)
  })
})
