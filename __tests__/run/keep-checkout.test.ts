import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Git } from '../../src/adapters/git/git.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { editableFolders, snapshotCheckout } from '../../src/run/keep-checkout.js'
import { RunStop } from '../../src/run/run-stop.js'
import { makeRepo, sh, write, type RepoFixture } from '../publish/git-fixture.js'

let repo: RepoFixture
let git: Git
beforeEach(async () => {
  repo = await makeRepo()
  git = new Git(new SpawnCommandRunner(), repo.work)
})
afterEach(async () => {
  await repo.remove()
})

describe('snapshotCheckout', () => {
  it('refuses a project with uncommitted edits to tracked files, naming them and what to do', async () => {
    await write(repo.work, 'models/orders.sql', 'select 3 as id\n')
    const refused = await snapshotCheckout(git, repo.work).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(RunStop)
    expect(refused).toMatchObject({ runStatus: 'failed:config' })
    expect(String(refused)).toMatch(/uncommitted changes \(models\/orders\.sql\).*git stash -u/)
  })

  it("puts the run's edits back, keeps files that were there before, and hands back the patch", async () => {
    await write(repo.work, 'profiles.yml', 'written by an earlier step\n')
    const before = sh(repo.work, 'status', '--porcelain', '--untracked-files=all')
    const snapshot = await snapshotCheckout(git, repo.work)

    await write(repo.work, 'models/orders.sql', 'select 1 as id, 2 as total\n')
    await write(repo.work, 'models/new/customers.sql', 'select 1 as customer_id\n')
    const patch = await snapshot.restore()

    expect(sh(repo.work, 'status', '--porcelain', '--untracked-files=all')).toBe(before)
    expect(await readFile(join(repo.work, 'models/orders.sql'), 'utf8')).toBe('select 1 as id\n')
    expect(existsSync(join(repo.work, 'models/new/customers.sql'))).toBe(false)
    expect(await readFile(join(repo.work, 'profiles.yml'), 'utf8')).toBe('written by an earlier step\n')
    expect(patch).toContain('+select 1 as id, 2 as total')
    expect(patch).toContain('+++ b/models/new/customers.sql')
    expect(patch).not.toContain('profiles.yml')
    // The index was never touched.
    expect(sh(repo.work, 'diff', '--cached', '--name-only')).toBe('')
  })

  it('looks only inside the dbt project folder', async () => {
    await write(repo.work, 'README.md', '# edited outside the project\n')
    await write(repo.work, 'models/orders.sql', 'select 9 as id\n')
    const snapshot = await snapshotCheckout(git, join(repo.work, 'models')).catch((error: unknown) => error)
    expect(snapshot).toBeInstanceOf(RunStop)
    sh(repo.work, 'checkout', '--', 'models')
    const clean = await snapshotCheckout(git, join(repo.work, 'models'))
    await clean.restore()
    expect(await readFile(join(repo.work, 'README.md'), 'utf8')).toBe('# edited outside the project\n')
  })

  it('also watches and puts back the local packages the project edits outside its folder', async () => {
    // A package developed from its integration-test project: the project is integration_tests/, the package `../`.
    await write(repo.work, 'pkg/dbt_project.yml', 'name: pkg\nversion: "1"\nconfig-version: 2\n')
    await write(repo.work, 'pkg/models/currencies.sql', "select 'USD' as code\n")
    await write(
      repo.work,
      'pkg/integration_tests/dbt_project.yml',
      'name: pkg_it\nversion: "1"\nconfig-version: 2\n',
    )
    await write(repo.work, 'pkg/integration_tests/packages.yml', 'packages:\n  - local: ../\n')
    sh(repo.work, 'add', '--all')
    sh(repo.work, 'commit', '--quiet', '-m', 'package')
    const project = join(repo.work, 'pkg/integration_tests')
    const folders = await editableFolders(project, repo.work)
    expect(folders.sort()).toEqual([join(repo.work, 'pkg'), project].sort())

    await write(repo.work, 'pkg/models/currencies.sql', "select 'EUR' as code\n")
    const dirty = await snapshotCheckout(git, folders).catch((error: unknown) => error)
    expect(String(dirty)).toMatch(/uncommitted changes \(pkg\/models\/currencies\.sql\)/)
    sh(repo.work, 'checkout', '--', 'pkg')

    const snapshot = await snapshotCheckout(git, folders)
    await write(repo.work, 'pkg/models/currencies.sql', "select 'USD' as code, '$' as symbol\n")
    await write(repo.work, 'pkg/models/symbols.sql', "select '$' as symbol\n")
    const patch = await snapshot.restore()
    expect(sh(repo.work, 'status', '--porcelain', '--untracked-files=all')).toBe('')
    expect(patch).toContain("+select 'USD' as code, '$' as symbol")
    expect(patch).toContain('+++ b/pkg/models/symbols.sql')
  })
})
