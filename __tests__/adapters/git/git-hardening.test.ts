import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Git, GitStateChangedError } from '../../../src/adapters/git/git.js'
import { SpawnCommandRunner } from '../../../src/adapters/process/command-runner.js'
import { publishBranch } from '../../../src/publish/publish-branch.js'
import { makeRepo, remoteHead, write, type RepoFixture } from '../../publish/git-fixture.js'

let repo: RepoFixture
let marker: string

/** A checkout whose own config and hooks run a command that leaves a marker file. */
beforeEach(async () => {
  repo = await makeRepo()
  marker = path.join(repo.root, 'fsmonitor-ran')
  const script = path.join(repo.root, 'trap.sh')
  await writeFile(script, `#!/bin/sh\ntouch '${marker}'\n`)
  await chmod(script, 0o755)
  const git = path.join(repo.work, '.git')
  await appendFile(
    path.join(git, 'config'),
    `[core]\n\tfsmonitor = ${script}\n\taskPass = ${script}\n[credential]\n\thelper = !${script}\n[commit]\n\tgpgSign = true\n[gpg]\n\tprogram = ${script}\n`,
  )
  await mkdir(path.join(git, 'hooks'), { recursive: true })
  for (const hook of ['pre-commit', 'post-commit', 'pre-push', 'reference-transaction'])
    await writeFile(path.join(git, 'hooks', hook), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 })
})
afterEach(() => repo.remove())

describe('Autopilot git against a hostile .git/config', () => {
  it('the trap is armed: plain git status runs the fsmonitor command', () => {
    execFileSync('git', ['status', '--porcelain'], { cwd: repo.work })
    expect(existsSync(marker)).toBe(true)
  })

  it('commits and pushes without running fsmonitor, hooks, helpers or gpg', async () => {
    await write(repo.work, 'models/orders.sql', 'select 3 as id\n')
    const git = new Git(new SpawnCommandRunner(), repo.work)
    await git.output(['status', '--porcelain'])
    const published = await publishBranch({
      git,
      repoDir: repo.work,
      branch: 'autopilot/DATA-1',
      baseBranch: 'main',
      message: 'DATA-1: change',
      paths: ['models/orders.sql'],
      dryRun: false,
    })
    expect(published.pushed).toBe(true)
    expect(remoteHead(repo.remote, 'autopilot/DATA-1')).toBe(published.commitSha)
    expect(existsSync(marker)).toBe(false)
  })

  it('sees a changed config or hook in the state digest', async () => {
    const git = new Git(new SpawnCommandRunner(), repo.work)
    const before = await git.stateDigest()
    expect(await git.stateDigest()).toBe(before)
    await appendFile(path.join(repo.work, '.git', 'hooks', 'pre-push'), '\n')
    expect(await git.stateDigest()).not.toBe(before)
  })

  it('runs no git command once a filter driver is planted after the digest (no -c option can switch it off)', async () => {
    const git = new Git(new SpawnCommandRunner(), repo.work)
    await git.stateDigest()
    const driver = path.join(repo.root, 'filter.sh')
    await writeFile(driver, `#!/bin/sh\ntouch '${marker}'\ncat\n`, { mode: 0o755 })
    const filter = `[filter "evil"]\n\tclean = ${driver}\n`
    await appendFile(path.join(repo.work, '.git', 'config'), filter)
    await mkdir(path.join(repo.work, '.git', 'info'), { recursive: true })
    await writeFile(path.join(repo.work, '.git', 'info', 'attributes'), '* filter=evil\n')
    await write(repo.work, 'models/orders.sql', 'select 4 as id\n')
    await expect(git.run(['add', '--all'])).rejects.toThrow(GitStateChangedError)
    await expect(git.output(['status', '--porcelain'])).rejects.toMatchObject({ runStatus: 'failed:guard' })
    expect(existsSync(marker)).toBe(false)
    // The trap was armed: the same add with git's own hardening options alone runs the driver.
    execFileSync('git', ['-c', 'core.fsmonitor=', '-c', 'core.hooksPath=/dev/null', 'add', '--all'], {
      cwd: repo.work,
    })
    expect(existsSync(marker)).toBe(true)
  })

  it("counts the user's global git config in the digest", async () => {
    const globalConfig = path.join(repo.root, 'global.gitconfig')
    await writeFile(globalConfig, '[user]\n\tname = Ana\n')
    const saved = process.env.GIT_CONFIG_GLOBAL
    process.env.GIT_CONFIG_GLOBAL = globalConfig
    try {
      const git = new Git(new SpawnCommandRunner(), repo.work)
      const before = await git.stateDigest()
      await appendFile(globalConfig, `[diff "evil"]\n\ttextconv = ${marker}\n`)
      expect(await git.stateDigest()).not.toBe(before)
      await expect(git.run(['status'])).rejects.toThrow(GitStateChangedError)
    } finally {
      if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL
      else process.env.GIT_CONFIG_GLOBAL = saved
    }
  })
})
