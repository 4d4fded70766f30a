import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Workspace } from '../../src/agent/workspace.js'
import { DEFAULT_GUARD_CONFIG } from '../../src/guard/guard.js'
import { refusal } from './workspace-refusal.js'

let base: string
let root: string
let workspace: Workspace

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'autopilot-reads-'))
  root = path.join(base, 'project')
  await mkdir(path.join(root, 'models'), { recursive: true })
  await mkdir(path.join(root, '.git'), { recursive: true })
  await mkdir(path.join(root, 'build/compiled'), { recursive: true })
  await writeFile(path.join(root, 'models/orders.sql'), 'select 1 as id\n')
  await writeFile(path.join(root, 'profiles.yml'), 'shop:\n  password: hunter2\n')
  await writeFile(path.join(root, '.git/config'), '[core]\n  fsmonitor = evil\n')
  await writeFile(path.join(root, 'build/compiled/orders.sql'), 'select 1 -- compiled\n')
  // Links as a hostile commit would leave them: to credentials, to version control.
  await symlink('../profiles.yml', path.join(root, 'models/docs.md'))
  await symlink('../.git', path.join(root, 'models/x'))
  workspace = new Workspace(root, undefined, { ...DEFAULT_GUARD_CONFIG, unreadablePaths: ['build/'] })
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('reads confined like writes', () => {
  it('refuses to read through a committed link to profiles.yml or .git', async () => {
    expect(await refusal(workspace.read('models/docs.md'))).toMatch(
      /^\[path-denied\] Refused models\/docs\.md: it is a link to profiles\.yml/,
    )
    expect(await refusal(workspace.read('models/x/config'))).toMatch(/link to \.git\/config/)
  })

  it('refuses to list a linked .git and leaves the links out of listings', async () => {
    expect(await refusal(workspace.list('models/x'))).toMatch(/\[path-denied\].*\.git/)
    const { files } = await workspace.list()
    expect(files).toEqual(['models/orders.sql'])
  })

  it('never searches what it may not read', async () => {
    expect(await workspace.search('hunter2')).toBe('No matches for "hunter2".')
    expect(await workspace.search('fsmonitor', { isRegex: true })).toBe('No matches for "fsmonitor".')
    expect(await workspace.search('compiled')).toBe('No matches for "compiled".')
    expect(await workspace.search('select', { isRegex: true })).toBe('models/orders.sql:1: select 1 as id')
  })

  it("refuses the folders dbt writes, as the project's configuration names them", async () => {
    expect(await refusal(workspace.read('build/compiled/orders.sql'))).toMatch(
      /`build\/` is where dbt writes/,
    )
    expect(await refusal(workspace.list('build'))).toMatch(/where dbt writes/)
  })

  it('stops a catastrophic regular expression and tells the model', async () => {
    await writeFile(path.join(root, 'models/long.sql'), `-- ${'a'.repeat(5000)}b\n`)
    const quick = new Workspace(root, { ...workspace.limits, regexTimeoutMs: 200 }, workspace.guard)
    expect(await refusal(quick.search('(a+)+$', { isRegex: true }))).toMatch(
      /ran for over 200 ms and was stopped.*plain text/,
    )
    // The process is still responsive: the next search works.
    expect(await quick.search('select 1', { isRegex: true })).toMatch(/models\/orders\.sql:1/)
  })
})
