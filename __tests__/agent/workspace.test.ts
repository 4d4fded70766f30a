import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GuardRefusal, Workspace } from '../../src/agent/workspace.js'
import { globMatcher } from '../../src/shared/glob.js'
import { DEFAULT_GUARD_CONFIG } from '../../src/guard/guard.js'
import { refusal } from './workspace-refusal.js'

let base: string
let root: string
let workspace: Workspace

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'autopilot-ws-'))
  root = path.join(base, 'project')
  await mkdir(path.join(root, 'models/staging'), { recursive: true })
  await mkdir(path.join(root, '.git'), { recursive: true })
  await mkdir(path.join(root, 'target'), { recursive: true })
  await writeFile(path.join(root, 'dbt_project.yml'), "name: shop\nversion: '1.0'\n")
  await writeFile(
    path.join(root, 'models/staging/stg_orders.sql'),
    'select\n  id,\n  amount\nfrom raw.orders\n',
  )
  await writeFile(path.join(root, 'models/staging/stg_orders.yml'), 'models:\n  - name: stg_orders\n')
  await writeFile(path.join(root, '.git/config'), '[core]\n')
  await writeFile(path.join(root, 'target/manifest.json'), '{}')
  await writeFile(path.join(root, 'profiles.yml'), 'shop:\n  password: secret\n')
  await writeFile(path.join(base, 'outside.txt'), 'secret outside')
  workspace = new Workspace(root)
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('Workspace confinement', () => {
  it('refuses absolute paths and says to use a relative one', async () => {
    expect(await refusal(workspace.read(path.join(root, 'dbt_project.yml')))).toMatch(
      /relative to the dbt project root/,
    )
    expect(await refusal(workspace.write('/etc/passwd', 'x'))).toMatch(/relative/)
  })

  it('refuses `..` segments, even ones that would land back inside', async () => {
    expect(await refusal(workspace.read('../outside.txt'))).toMatch(/`\.\.` is not allowed/)
    expect(await refusal(workspace.read('models/../dbt_project.yml'))).toMatch(/`\.\.`/)
  })

  it('refuses version control, build output and credentials', async () => {
    expect(await refusal(workspace.read('.git/config'))).toMatch(/`\.git` is off limits/)
    expect(await refusal(workspace.read('target/manifest.json'))).toMatch(/`target` is off limits/)
    expect(await refusal(workspace.write('.github/workflows/x.yml', 'on: push'))).toMatch(/`\.github`/)
    expect(await refusal(workspace.read('profiles.yml'))).toMatch(/credentials/)
    expect(await refusal(workspace.write('config/.user.yml', 'id: 1'))).toMatch(/credentials/)
    expect(await refusal(workspace.read('dbt_packages/x/macros/a.sql'))).toMatch(/dbt_packages/)
  })

  it('refuses a symlink that points outside the project, for reading and writing', async () => {
    await symlink(path.join(base, 'outside.txt'), path.join(root, 'models/leak.sql'))
    await symlink(base, path.join(root, 'models/escape'))
    expect(await refusal(workspace.read('models/leak.sql'))).toMatch(/outside the dbt project/)
    expect(await refusal(workspace.write('models/escape/new.sql', 'select 1'))).toMatch(
      /outside the dbt project/,
    )
    await expect(readFile(path.join(base, 'new.sql'), 'utf8')).rejects.toThrow()
    expect((await workspace.list()).files).not.toContain('models/leak.sql')
  })

  it('lists files without the refused ones', async () => {
    const { files, truncated } = await workspace.list()
    expect(files).toEqual([
      'dbt_project.yml',
      'models/staging/stg_orders.sql',
      'models/staging/stg_orders.yml',
    ])
    expect(truncated).toBe(false)
    expect((await workspace.list('models', '*.sql')).files).toEqual(['models/staging/stg_orders.sql'])
  })

  it('caps the list and says so', async () => {
    const small = new Workspace(root, { ...workspace.limits, maxListEntries: 2 })
    expect(await small.list()).toEqual({
      files: ['dbt_project.yml', 'models/staging/stg_orders.sql'],
      truncated: true,
    })
  })
})

describe('Workspace reading and searching', () => {
  it('reads with line numbers and pages long files', async () => {
    expect(await workspace.read('models/staging/stg_orders.sql')).toBe(
      '1| select\n2|   id,\n3|   amount\n4| from raw.orders',
    )
    expect(await workspace.read('models/staging/stg_orders.sql', { startLine: 2, maxLines: 2 })).toBe(
      '2|   id,\n3|   amount\n(lines 2-3 of 4; read again with startLine=4 for more)',
    )
  })

  it('says when a file does not exist', async () => {
    expect(await refusal(workspace.read('models/nope.sql'))).toMatch(/does not exist/)
  })

  it('searches as file:line: text, skipping refused files', async () => {
    expect(await workspace.search('amount')).toBe('models/staging/stg_orders.sql:3: amount')
    expect(await workspace.search('secret')).toBe('No matches for "secret".')
    expect(await workspace.search('^from', { isRegex: true, pathPattern: '**/*.sql' })).toBe(
      'models/staging/stg_orders.sql:4: from raw.orders',
    )
    expect(await refusal(workspace.search('(', { isRegex: true }))).toMatch(/Invalid regular expression/)
  })
})

describe('Workspace writing', () => {
  it('edits text that matches exactly once', async () => {
    await workspace.edit('models/staging/stg_orders.sql', '  amount\n', '  amount,\n  status\n')
    expect(await readFile(path.join(root, 'models/staging/stg_orders.sql'), 'utf8')).toBe(
      'select\n  id,\n  amount,\n  status\nfrom raw.orders\n',
    )
  })

  it('refuses an edit that matches zero or several times and says how many', async () => {
    expect(await refusal(workspace.edit('models/staging/stg_orders.sql', 'missing', 'x'))).toMatch(
      /not found/,
    )
    await workspace.write('models/dup.sql', 'select 1\nselect 1\n')
    expect(await refusal(workspace.edit('models/dup.sql', 'select 1', 'select 2'))).toMatch(/matches 2 times/)
  })

  it('does not interpret $ patterns in the replacement', async () => {
    await workspace.edit('models/staging/stg_orders.sql', 'amount', 'amount as amount_$&_$1')
    expect(await readFile(path.join(root, 'models/staging/stg_orders.sql'), 'utf8')).toContain(
      'amount as amount_$&_$1',
    )
  })

  it('refuses writes over the size cap', async () => {
    const small = new Workspace(root, { ...workspace.limits, maxWriteBytes: 10 })
    expect(await refusal(small.write('models/big.sql', 'x'.repeat(11)))).toMatch(/over the 10-byte limit/)
  })

  it('reports changed and created files, sorted, and forgets a file written back to its original', async () => {
    await workspace.write('models/marts/customers.sql', 'select 1\n')
    await workspace.edit('models/staging/stg_orders.sql', 'amount', 'total')
    await workspace.write('models/staging/stg_orders.yml', 'models:\n  - name: stg_orders\n')
    expect(await workspace.changedFiles()).toEqual([
      'models/marts/customers.sql',
      'models/staging/stg_orders.sql',
    ])
    await workspace.edit('models/staging/stg_orders.sql', 'total', 'amount')
    expect(await workspace.changedFiles()).toEqual(['models/marts/customers.sql'])
  })
})

describe('guarded writes', () => {
  it('refuses a write the guard refuses, rule name first, and leaves the file as it was', async () => {
    const message = await refusal(
      workspace.write('models/staging/stg_orders.sql', "{% do run_query('drop table raw.orders') %}select 1"),
    )
    expect(message).toMatch(/^\[jinja-run-query\] models\/staging\/stg_orders\.sql:1: /)
    expect(await readFile(path.join(root, 'models/staging/stg_orders.sql'), 'utf8')).toBe(
      'select\n  id,\n  amount\nfrom raw.orders\n',
    )
    expect(await workspace.changedFiles()).toEqual([])
    expect(await refusal(workspace.write('README.md', '# x\n'))).toMatch(/^\[path-not-allowed\]/)
  })

  it('follows links inside the project and applies the rules to where they point', async () => {
    await symlink('../dbt_project.yml', path.join(root, 'models/project.yml'))
    expect(
      await refusal(workspace.write('models/project.yml', 'on-run-end: ["drop schema main"]\n')),
    ).toMatch(/^\[path-denied\].*link to dbt_project\.yml/)
    expect(await readFile(path.join(root, 'dbt_project.yml'), 'utf8')).toBe("name: shop\nversion: '1.0'\n")
  })

  it('holds the file limit across writes and reports changes for the final check', async () => {
    const small = new Workspace(root, undefined, { ...DEFAULT_GUARD_CONFIG, maxFilesChanged: 1 })
    await small.write('models/a.sql', 'select 1 as id\n')
    const error = await small.write('models/b.sql', 'select 2 as id\n').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GuardRefusal)
    expect((error as GuardRefusal).violations.map((v) => v.rule)).toEqual(['too-many-files'])
    await small.write('models/a.sql', 'select 3 as id\n')
    const changes = await small.changes()
    expect(changes.map((change) => [change.path, change.old])).toEqual([['models/a.sql', null]])
    expect(new TextDecoder().decode(changes[0]!.content as Uint8Array)).toBe('select 3 as id\n')
  })

  it('never shows the run secrets or credential files to the model', async () => {
    const secret = 'run-secret-value-123'
    const guarded = new Workspace(root, undefined, { ...DEFAULT_GUARD_CONFIG, secretValues: [secret] })
    await writeFile(path.join(root, 'models/notes.sql'), `select '${secret}' as s\n`)
    await writeFile(path.join(root, '.env'), `KEY=${secret}\n`)
    expect(await guarded.read('models/notes.sql')).not.toContain(secret)
    expect(await guarded.search('as s')).not.toContain(secret)
    expect(await refusal(guarded.read('.env'))).toMatch(/^\[path-denied\]/)
    expect((await guarded.list()).files).not.toContain('.env')
  })
})

describe('list and search patterns', () => {
  it('matches names anywhere without a slash, and paths with one', () => {
    expect(globMatcher('*.yml')('models/staging/a.yml')).toBe(true)
    expect(globMatcher('models/*.sql')('models/staging/a.sql')).toBe(false)
    expect(globMatcher('models/**/*.sql')('models/staging/a.sql')).toBe(true)
    expect(globMatcher('models/**/*.sql')('models/a.sql')).toBe(true)
  })
})
