import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmod, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GitHistoryStore, HISTORY_BRANCH } from '../../../src/adapters/git/git-history-store.js'
import { MemoryLog } from '../../../src/shared/log.js'
import { SpawnCommandRunner } from '../../../src/adapters/process/command-runner.js'
import { Git } from '../../../src/adapters/git/git.js'
import { makeRepo, remoteHead, sh, write, type RepoFixture } from '../../publish/git-fixture.js'

let repo: RepoFixture
beforeEach(async () => {
  repo = await makeRepo()
})
afterEach(async () => {
  await repo.remove()
})

function store(dir: string, log = new MemoryLog()): GitHistoryStore {
  return new GitHistoryStore({ git: new Git(new SpawnCommandRunner(), dir), log, sleep: async () => {} })
}

const failed = { status: 'failed:validation', at: '2026-11-20T02:00:00.000Z' }
const opened = {
  status: 'pr-opened',
  at: '2026-11-21T02:00:00.000Z',
  prUrl: 'https://github.com/acme/analytics/pull/7',
  runUrl: 'https://github.com/acme/analytics/actions/runs/9',
}

describe('GitHistoryStore against a real bare remote', () => {
  it('reads an empty history when the branch does not exist yet', async () => {
    const history = await store(repo.work).read()
    expect(history.size).toBe(0)
    expect(remoteHead(repo.remote, HISTORY_BRANCH)).toBeUndefined()
  })

  it('records outcomes on an orphan branch that another runner reads back', async () => {
    await store(repo.work).record('DATA-1', failed)
    await store(repo.work).record('DATA-2', opened)
    await store(repo.work).record('DATA-1', { status: 'pr-updated', at: '2026-11-22T02:00:00.000Z' })

    const history = await store(repo.clone('other-runner')).read()
    expect(Object.fromEntries(history)).toEqual({
      'DATA-1': { status: 'pr-updated', at: '2026-11-22T02:00:00.000Z' },
      'DATA-2': opened,
    })
    expect(sh(repo.remote, 'ls-tree', '--name-only', HISTORY_BRANCH)).toBe('history.json')
    // Orphan: no history shared with main, one commit per record.
    expect(sh(repo.remote, 'rev-list', '--count', HISTORY_BRANCH)).toBe('3')
    expect(sh(repo.remote, 'rev-list', '--count', HISTORY_BRANCH, '^main')).toBe('3')
    expect(sh(repo.remote, 'log', '-1', '--format=%s', HISTORY_BRANCH)).toBe('DATA-1: pr-updated')
  }, 30_000)

  it('keeps every outcome when several matrix jobs record at the same moment', async () => {
    const jobs = ['job-1', 'job-2', 'job-3', 'job-4'].map((name) => store(repo.clone(name)))
    await Promise.all(
      jobs.map((job, i) => job.record(`DATA-${i + 1}`, { status: 'pr-opened', at: opened.at })),
    )
    const history = await store(repo.work).read()
    expect([...history.keys()].sort()).toEqual(['DATA-1', 'DATA-2', 'DATA-3', 'DATA-4'])
  }, 60_000)

  it('leaves the user checkout alone: HEAD, index, working tree and branches', async () => {
    await write(repo.work, 'models/orders.sql', 'select 1 as id, 2 as edited\n')
    await write(repo.work, 'notes.txt', 'scratch\n')
    sh(repo.work, 'add', 'notes.txt')
    const before = {
      head: sh(repo.work, 'rev-parse', 'HEAD'),
      symbolic: sh(repo.work, 'symbolic-ref', 'HEAD'),
      status: sh(repo.work, 'status', '--porcelain'),
      index: await readFile(join(repo.work, '.git', 'index')),
      branches: sh(repo.work, 'for-each-ref', '--format=%(refname)', 'refs/heads'),
    }

    await store(repo.work).record('DATA-1', failed)
    await store(repo.work).read()

    expect(sh(repo.work, 'rev-parse', 'HEAD')).toBe(before.head)
    expect(sh(repo.work, 'symbolic-ref', 'HEAD')).toBe(before.symbolic)
    expect(sh(repo.work, 'status', '--porcelain')).toBe(before.status)
    expect(await readFile(join(repo.work, '.git', 'index'))).toEqual(before.index)
    expect(sh(repo.work, 'for-each-ref', '--format=%(refname)', 'refs/heads')).toBe(before.branches)
    expect(await readFile(join(repo.work, 'models/orders.sql'), 'utf8')).toBe('select 1 as id, 2 as edited\n')
    expect(sh(repo.work, 'ls-files')).not.toContain('history.json')
  })

  it('ignores a damaged history file with a warning, and the next record repairs it', async () => {
    const seed = repo.clone('hand')
    sh(seed, 'checkout', '--quiet', '--orphan', HISTORY_BRANCH)
    sh(seed, 'rm', '-rf', '--quiet', '.')
    await write(seed, 'history.json', '{ not json')
    sh(seed, 'add', 'history.json')
    sh(seed, 'commit', '--quiet', '-m', 'broken')
    sh(seed, 'push', '--quiet', 'origin', HISTORY_BRANCH)

    const log = new MemoryLog()
    expect((await store(repo.work, log).read()).size).toBe(0)
    expect(log.lines.join('\n')).toMatch(/history\.json is not JSON/)

    await store(repo.work).record('DATA-5', failed)
    expect(Object.fromEntries(await store(repo.work).read())).toEqual({ 'DATA-5': failed })
  }, 30_000)

  it('explains a refused push instead of retrying it', async () => {
    const hook = join(repo.remote, 'hooks', 'pre-receive')
    await writeFile(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n')
    await chmod(hook, 0o755)
    await expect(store(repo.work).record('DATA-1', failed)).rejects.toThrow(/contents: write/)
    expect(remoteHead(repo.remote, HISTORY_BRANCH)).toBeUndefined()
  })
})
