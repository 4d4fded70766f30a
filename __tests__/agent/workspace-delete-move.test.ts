import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { executeTool, TOOL_SPECS } from '../../src/agent/tools.js'
import { GuardRefusal, Workspace, WorkspaceError } from '../../src/agent/workspace.js'
import { DEFAULT_GUARD_CONFIG } from '../../src/guard/guard.js'

let base: string
let root: string
let workspace: Workspace

const PROJECT = "name: shop\nversion: '1.0'\nprofile: shop\nvars:\n  start: 1\n"

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'autopilot-ws-move-'))
  root = path.join(base, 'project')
  await mkdir(path.join(root, 'models/staging'), { recursive: true })
  await writeFile(path.join(root, 'dbt_project.yml'), PROJECT)
  await writeFile(path.join(root, 'models/staging/stg_orders.sql'), 'select id from raw.orders\n')
  await writeFile(path.join(root, 'models/staging/stg_orders.yml'), 'models:\n  - name: stg_orders\n')
  await writeFile(path.join(root, 'packages.yml'), 'packages: []\n')
  await writeFile(path.join(base, 'outside.sql'), 'select 1\n')
  workspace = new Workspace(root)
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

async function failure(promise: Promise<unknown>): Promise<WorkspaceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WorkspaceError)
  return error as WorkspaceError
}

const exists = (file: string) =>
  stat(path.join(root, file)).then(
    () => true,
    () => false,
  )

describe('Workspace.delete', () => {
  it('deletes a file and shows it as old content → nothing', async () => {
    await workspace.delete('models/staging/stg_orders.yml')
    expect(await exists('models/staging/stg_orders.yml')).toBe(false)
    expect(await workspace.changedFiles()).toEqual(['models/staging/stg_orders.yml'])
    expect(await workspace.changes()).toEqual([
      { path: 'models/staging/stg_orders.yml', content: null, old: 'models:\n  - name: stg_orders\n' },
    ])
  })

  it('keeps the original across a write then a delete, and a created-then-deleted file is no change', async () => {
    await workspace.write('models/staging/stg_orders.sql', 'select 2\n')
    await workspace.delete('models/staging/stg_orders.sql')
    expect((await workspace.changes())[0]?.old).toBe('select id from raw.orders\n')
    await workspace.write('models/new.sql', 'select 3\n')
    await workspace.delete('models/new.sql')
    expect(await workspace.changedFiles()).toEqual(['models/staging/stg_orders.sql'])
  })

  it('refuses what a write refuses, and the project file, and says why', async () => {
    expect((await failure(workspace.delete('packages.yml'))).message).toMatch(/^\[path-denied\]/)
    expect((await failure(workspace.delete('dbt_project.yml'))).message).toMatch(/^\[project-setting\]/)
    expect((await failure(workspace.delete('../outside.sql'))).message).toMatch(/path-denied/)
    expect((await failure(workspace.delete('models/missing.sql'))).message).toMatch(/does not exist/)
    expect((await failure(workspace.delete('models/staging'))).message).toMatch(/is a folder/)
    await symlink(path.join(base, 'outside.sql'), path.join(root, 'models/link.sql'))
    expect((await failure(workspace.delete('models/link.sql'))).message).toMatch(/outside the dbt project/)
    expect(await exists('packages.yml')).toBe(true)
    expect(await workspace.changedFiles()).toEqual([])
  })

  it('counts a deletion towards the file limit', async () => {
    const small = new Workspace(root, undefined, { ...DEFAULT_GUARD_CONFIG, maxFilesChanged: 1 })
    await small.delete('models/staging/stg_orders.yml')
    const error = await failure(small.delete('models/staging/stg_orders.sql'))
    expect((error as GuardRefusal).violations.map((v) => v.rule)).toEqual(['too-many-files'])
  })
})

describe('Workspace.move', () => {
  it('moves a file: a deletion plus an addition with the same content', async () => {
    await workspace.move('models/staging/stg_orders.sql', 'models/marts/orders.sql')
    expect(await readFile(path.join(root, 'models/marts/orders.sql'), 'utf8')).toBe(
      'select id from raw.orders\n',
    )
    expect(await workspace.changes()).toEqual([
      { path: 'models/marts/orders.sql', content: expect.any(Uint8Array), old: null },
      { path: 'models/staging/stg_orders.sql', content: null, old: 'select id from raw.orders\n' },
    ])
  })

  it('checks both paths and the content before doing anything', async () => {
    const from = 'models/staging/stg_orders.sql'
    expect((await failure(workspace.move(from, 'target/x.sql'))).message).toMatch(/path-denied/)
    expect((await failure(workspace.move(from, 'scripts/x.sql'))).message).toMatch(/path-not-allowed/)
    expect((await failure(workspace.move(from, 'models/x.py'))).message).toMatch(/path-not-allowed/)
    expect((await failure(workspace.move('packages.yml', 'models/p.yml'))).message).toMatch(/path-denied/)
    expect((await failure(workspace.move(from, 'models/staging/stg_orders.yml'))).message).toMatch(
      /already exists/,
    )
    expect((await failure(workspace.move(from, from))).message).toMatch(/same path/)
    await writeFile(path.join(root, 'models/bad.sql'), 'drop table raw.orders\n')
    expect((await failure(workspace.move('models/bad.sql', 'models/marts/bad.sql'))).message).toMatch(
      /^\[sql-ddl-dml\]/,
    )
    expect(await exists(from)).toBe(true)
    expect(await workspace.changedFiles()).toEqual([])
  })

  it('needs room for both files under the file limit', async () => {
    const small = new Workspace(root, undefined, { ...DEFAULT_GUARD_CONFIG, maxFilesChanged: 1 })
    const error = await failure(small.move('models/staging/stg_orders.sql', 'models/orders.sql'))
    expect((error as GuardRefusal).violations.map((v) => v.rule)).toEqual(['too-many-files'])
    expect(await exists('models/orders.sql')).toBe(false)
  })
})

describe('dbt_project.yml through the workspace', () => {
  it('writes vars, refuses settings and names the key', async () => {
    await workspace.edit('dbt_project.yml', 'start: 1', 'start: 2')
    expect(await readFile(path.join(root, 'dbt_project.yml'), 'utf8')).toContain('start: 2')
    const error = await failure(workspace.edit('dbt_project.yml', 'profile: shop', 'profile: prod'))
    expect(error.message).toMatch(/^\[project-setting\] dbt_project\.yml:3: .*`profile`/)
    const hook = await failure(workspace.write('dbt_project.yml', `${PROJECT}on-run-start: "select 1"\n`))
    expect(hook.message).toContain('`on-run-start`')
  })
})

describe('delete_file and move_file tools', () => {
  it('are offered with their required fields', () => {
    const byName = new Map(TOOL_SPECS.map((spec) => [spec.name, spec.inputSchema]))
    expect(byName.get('delete_file')).toMatchObject({ required: ['path'] })
    expect(byName.get('move_file')).toMatchObject({ required: ['from', 'to'] })
  })

  it('run, and answer refusals as tool errors', async () => {
    expect(
      await executeTool(workspace, 'move_file', {
        from: 'models/staging/stg_orders.sql',
        to: 'models/o.sql',
      }),
    ).toEqual({
      content: 'Moved models/staging/stg_orders.sql to models/o.sql.',
      isError: false,
    })
    expect(await executeTool(workspace, 'delete_file', { path: 'models/o.sql' })).toEqual({
      content: 'Deleted models/o.sql.',
      isError: false,
    })
    const refused = await executeTool(workspace, 'delete_file', { path: 'dbt_project.yml' })
    expect(refused.isError).toBe(true)
    expect(refused.content).toMatch(/^\[project-setting\]/)
    expect((await executeTool(workspace, 'move_file', { from: 'a.sql' })).content).toMatch(/Invalid input/)
  })
})
