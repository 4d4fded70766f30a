import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { executeTool } from '../../src/agent/tools.js'
import { Workspace } from '../../src/agent/workspace.js'
import { FUZZ_RUNS } from './fuzz-bounds.js'

/** Every file below `dir` with its size and content hash-free text, for before/after comparison. */
async function snapshot(dir: string, skip?: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name)
      if (path === skip) continue
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) files.set(relative(dir, path), await readFile(path, 'utf8'))
      else files.set(relative(dir, path), `<${entry.isSymbolicLink() ? 'link' : 'other'}>`)
    }
  }
  await walk(dir)
  return files
}

let sandbox: string
let root: string

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'tool-fuzz-'))
  root = join(sandbox, 'repo', 'project')
  await mkdir(join(root, 'models', 'staging'), { recursive: true })
  await mkdir(join(sandbox, 'outside'), { recursive: true })
  await writeFile(join(sandbox, 'outside', 'secret.txt'), 'do not touch\n')
  await writeFile(join(sandbox, 'repo', '.env'), 'TOKEN=outside-the-project\n')
  await mkdir(join(root, '.git'), { recursive: true })
  await writeFile(join(root, '.git', 'config'), '[core]\n')
  await writeFile(join(root, 'profiles.yml'), 'shop: {}\n')
  await writeFile(
    join(root, 'models', 'staging', 'stg_orders.sql'),
    'select * from {{ source("shop", "orders") }}\n',
  )
  await writeFile(join(root, 'models', 'schema.yml'), 'version: 2\nmodels:\n  - name: stg_orders\n')
  await symlink(join(sandbox, 'outside'), join(root, 'models', 'escape'))
  await symlink(join(sandbox, 'outside', 'secret.txt'), join(root, 'models', 'secret.sql'))
})

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true })
})

const segment = fc.oneof(
  fc.constantFrom(
    'models',
    'staging',
    'escape',
    'secret.sql',
    '..',
    '.',
    '.git',
    '.GIT',
    'profiles.yml',
    'PROFILES.YML',
  ),
  fc.constantFrom(
    '.github',
    'target',
    '~',
    '%2e%2e',
    '..\\..',
    'a\0b',
    'x.sql',
    'new.yml',
    '',
    ' ',
    '\u202E',
  ),
  fc.stringMatching(/^[a-z_.]{1,8}$/),
)
const pathArb = fc.oneof(
  fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/')),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
  fc.constantFrom('C:\\Windows\\x.sql', '\\\\server\\share\\x.sql', 'file:///etc/passwd'),
  fc.string(),
)
const value = fc.oneof(pathArb, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue())
const keys = [
  'path',
  'content',
  'old',
  'new',
  'directory',
  'pattern',
  'query',
  'is_regex',
  'path_pattern',
  'start_line',
  'max_lines',
  'summary',
  'question',
]
const input = fc.oneof(
  fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 }),
  fc.record({ path: pathArb, content: fc.string({ maxLength: 200 }) }),
  fc.record({
    path: pathArb,
    old: fc.constantFrom('select', 'version: 2', ''),
    new: fc.string({ maxLength: 50 }),
  }),
  fc.record({
    directory: pathArb,
    pattern: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('**', '*.sql', '[', '(', '**/**/**')),
  }),
  fc.record({
    query: fc.string({ minLength: 1, maxLength: 12 }),
    is_regex: fc.boolean(),
    path_pattern: fc.option(pathArb, { nil: undefined }),
  }),
  fc.anything(),
)
const name = fc.oneof(
  fc.constantFrom('list_files', 'read_file', 'search_files', 'write_file', 'edit_file', 'finish'),
  fc.constantFrom('bash', 'WRITE_FILE', '__proto__', 'constructor', 'toString'),
  fc.string(),
)

describe('tool-input parser under fuzzing', () => {
  it('answers every call with a tool result, never a throw, and never writes outside the project', async () => {
    const outsideBefore = await snapshot(sandbox, root)
    const protectedBefore = await snapshot(join(root, '.git'))
    const profiles = await readFile(join(root, 'profiles.yml'), 'utf8')
    const workspace = new Workspace(root)
    let writesAccepted = 0
    let refusals = 0

    await fc.assert(
      fc.asyncProperty(name, input, async (tool, args) => {
        const outcome = await executeTool(workspace, tool, args)
        expect(typeof outcome.content).toBe('string')
        expect(typeof outcome.isError).toBe('boolean')
        if (outcome.isError) refusals += 1
        else if (tool === 'write_file' || tool === 'edit_file') writesAccepted += 1
      }),
      { numRuns: FUZZ_RUNS },
    )

    expect(await snapshot(sandbox, root)).toEqual(outsideBefore)
    expect(await snapshot(join(root, '.git'))).toEqual(protectedBefore)
    expect(await readFile(join(root, 'profiles.yml'), 'utf8')).toBe(profiles)
    expect(await readFile(join(sandbox, 'outside', 'secret.txt'), 'utf8')).toBe('do not touch\n')
    // Every file now under the project is a real file inside it (no write followed a link out).
    for (const file of (await snapshot(root)).keys()) {
      expect(file.startsWith('..')).toBe(false)
    }
    expect((await stat(join(root, 'models', 'escape'))).isDirectory()).toBe(true)
    expect(refusals).toBeGreaterThan(0)
    expect(writesAccepted + refusals).toBeGreaterThan(0)
  })

  it('refuses the classic escapes by name', async () => {
    const workspace = new Workspace(root)
    for (const path of [
      '../x.sql',
      'models/escape/x.sql',
      'models/secret.sql',
      '/etc/passwd',
      '.git/config',
      'models/../../.env',
      'profiles.yml',
    ]) {
      const outcome = await executeTool(workspace, 'write_file', { path, content: 'pwned' })
      expect({ path, isError: outcome.isError }).toEqual({ path, isError: true })
    }
    expect(await readFile(join(sandbox, 'outside', 'secret.txt'), 'utf8')).toBe('do not touch\n')
  })
})
