import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadPolicy } from '../../src/policy/load-policy.js'
import { mergePolicy, EMPTY_POLICY } from '../../src/policy/merge-policy.js'
import { PolicyError } from '../../src/policy/parse-policy.js'
import { policyGuardConfig } from '../../src/policy/policy-guard.js'
import { GitPolicySource } from '../../src/adapters/git/git-policy-source.js'
import type { PolicyRef, PolicySource } from '../../src/policy/policy-source.js'
import {
  SpawnCommandRunner,
  type CommandOptions,
  type CommandRunner,
} from '../../src/adapters/process/command-runner.js'

const runner = new SpawnCommandRunner()
let root: string
let serverUrl: string

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await runner.run('git', args, {
    cwd,
    env: {
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e.x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e.x',
    },
  })
  if (result.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

/** A bare repository `<root>/<owner>/<repo>.git` holding `files` on `main`, plus a tag `v1` of that commit. */
async function makeRemote(owner: string, repo: string, files: Record<string, string>): Promise<void> {
  const work = await mkdtemp(path.join(root, 'work-'))
  await git(work, 'init', '--quiet', '--initial-branch=main')
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true })
    await writeFile(path.join(work, file), text)
  }
  await git(work, 'add', '.')
  await git(work, 'commit', '--quiet', '-m', 'policy')
  await git(work, 'tag', 'v1')
  const bare = path.join(root, owner, `${repo}.git`)
  await mkdir(path.dirname(bare), { recursive: true })
  await git(root, 'clone', '--quiet', '--bare', work, bare)
}

async function repoWith(policy: string): Promise<string> {
  const dir = await mkdtemp(path.join(root, 'checkout-'))
  await mkdir(path.join(dir, '.autopilot'))
  await writeFile(path.join(dir, '.autopilot', 'policy.yml'), policy)
  return dir
}

const ORG_POLICY = [
  'locked: [guard.max_files_changed, tasks.allowed, approvals.draft, protected_layers]',
  'tasks: {allowed: [new_model, fix_test, docs]}',
  'protected_layers:',
  '  - {layer: marts, require: {draft: true, owner_review: true}}',
  'approvals: {labels: [autopilot], draft: false}',
  'guard: {max_files_changed: 20, denied_paths: [macros/]}',
  'standards: {naming: {staging: "^stg_"}}',
].join('\n')

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'autopilot-policy-test-'))
  serverUrl = `file://${root}`
  await makeRemote('acme', '.github', { '.github/policy.yml': ORG_POLICY })
  await makeRemote('acme', 'cycle-a', { 'policy.yml': 'extends: acme/cycle-b/policy.yml@main\n' })
  await makeRemote('acme', 'cycle-b', { 'policy.yml': 'extends: acme/cycle-a/policy.yml@main\n' })
  await makeRemote('acme', 'team', {
    'policy.yml':
      'extends: acme/.github/.github/policy.yml@v1\nlocked: [approvals.labels]\napprovals: {labels: [team-data]}\n',
  })
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('extends from another repository (a local bare remote over file://)', () => {
  it('fetches the base at a ref through git and merges the local file over it', async () => {
    const repoDir = await repoWith(
      [
        'extends: acme/.github/.github/policy.yml@main',
        'tasks: {allowed: [new_model]}',
        'approvals: {labels: [analytics], reviewers: [octocat], draft: true}',
        'guard: {max_files_changed: 5, denied_paths: [seeds/]}',
        'standards: {naming: {marts: "^(fct|dim)_"}}',
      ].join('\n'),
    )

    const resolved = await loadPolicy({ repoDir, source: new GitPolicySource(runner, { serverUrl }) })

    expect(resolved.sources).toEqual(['acme/.github/.github/policy.yml@main', '.autopilot/policy.yml'])
    expect(resolved.policy).toMatchObject({
      tasks: { allowed: ['new_model'] },
      approvals: { labels: ['autopilot', 'analytics'], reviewers: ['octocat'], draft: true },
      guard: { max_files_changed: 5, denied_paths: ['macros/', 'seeds/'] },
      standards: { naming: { staging: '^stg_', marts: '^(fct|dim)_' } },
      protected_layers: [{ layer: 'marts', require: { draft: true, owner_review: true } }],
    })
    expect(resolved.lockedBy['guard.max_files_changed']).toBe('acme/.github/.github/policy.yml@main')
  })

  it('follows a chain of extends (team policy over the org policy, pinned by tag)', async () => {
    const repoDir = await repoWith('extends: acme/team/policy.yml\napprovals: {labels: [local]}\n')

    const resolved = await loadPolicy({ repoDir, source: new GitPolicySource(runner, { serverUrl }) })

    expect(resolved.sources).toEqual([
      'acme/.github/.github/policy.yml@v1',
      'acme/team/policy.yml@HEAD',
      '.autopilot/policy.yml',
    ])
    expect(resolved.policy.approvals?.labels).toEqual(['autopilot', 'team-data', 'local'])
  })

  it('refuses a local file that loosens a key the base locks, naming the key and the base file', async () => {
    const repoDir = await repoWith(
      'extends: acme/.github/.github/policy.yml@main\nguard: {max_files_changed: 200}\n',
    )

    const loading = loadPolicy({ repoDir, source: new GitPolicySource(runner, { serverUrl }) })

    await expect(loading).rejects.toThrow(PolicyError)
    await expect(loading).rejects.toThrow(
      /\.autopilot\/policy\.yml loosens `guard\.max_files_changed` \(raises it from 20 to 200\), but acme\/\.github\/\.github\/policy\.yml@main locks it/,
    )
  })

  it('detects a cycle of extends', async () => {
    const repoDir = await repoWith('extends: acme/cycle-a/policy.yml@main\n')

    await expect(loadPolicy({ repoDir, source: new GitPolicySource(runner, { serverUrl }) })).rejects.toThrow(
      /cycle: \.autopilot\/policy\.yml → acme\/cycle-a\/policy\.yml@main → acme\/cycle-b\/policy\.yml@main → acme\/cycle-a/,
    )
  })

  it('caps the depth of the chain', async () => {
    const repoDir = await repoWith('extends: acme/team/policy.yml@main\n')

    await expect(
      loadPolicy({ repoDir, source: new GitPolicySource(runner, { serverUrl }), maxDepth: 1 }),
    ).rejects.toThrow(
      /deeper than 1: .*acme\/team\/policy\.yml@main → acme\/\.github\/\.github\/policy\.yml@v1/,
    )
  })

  it('says what to check when the base file or ref does not exist', async () => {
    const source = new GitPolicySource(runner, { serverUrl })
    const missingFile = await repoWith('extends: acme/.github/nope.yml@main\n')
    const missingRef = await repoWith('extends: acme/.github/.github/policy.yml@no-such-branch\n')

    await expect(loadPolicy({ repoDir: missingFile, source })).rejects.toThrow(
      /Could not read the base policy acme\/\.github\/nope\.yml@main \(git show failed\).*Check that the repository, path and ref exist/s,
    )
    await expect(loadPolicy({ repoDir: missingRef, source })).rejects.toThrow(/git fetch failed/)
  })

  it('passes the token as a scoped auth header in the environment, never in the URL', async () => {
    const seen: { args: string[]; options: CommandOptions }[] = []
    const recording: CommandRunner = {
      run: (command, args, options) => {
        seen.push({ args, options })
        return runner.run(command, args, options)
      },
    }
    const source = new GitPolicySource(recording, { serverUrl, token: 'ghs_secret' })

    await source.read({ owner: 'acme', repo: '.github', path: '.github/policy.yml', ref: 'main' })

    const fetch = seen.find((call) => call.args.includes('fetch'))
    expect(fetch?.args).toContain(`${serverUrl}/acme/.github.git`)
    expect(fetch?.args.join(' ')).not.toContain('ghs_secret')
    const header = Buffer.from('x-access-token:ghs_secret').toString('base64')
    expect(Object.values(fetch?.options.env ?? {})).toContain(`AUTHORIZATION: basic ${header}`)
  })
})

describe('a missing local policy', () => {
  it('is an empty policy, not an error', async () => {
    const repoDir = await mkdtemp(path.join(root, 'empty-'))
    const never: PolicySource = {
      read: (ref: PolicyRef) => Promise.reject(new Error(`unexpected read of ${ref.repo}`)),
    }
    await expect(loadPolicy({ repoDir, source: never })).resolves.toEqual(EMPTY_POLICY)
  })
})

describe('merge rules for locked keys', () => {
  const base = mergePolicy(
    EMPTY_POLICY,
    {
      locked: [
        'guard',
        'tasks.allowed',
        'approvals.draft',
        'standards.naming.staging',
        'standards.public_models_require_contract',
      ],
      tasks: { allowed: ['new_model', 'docs'] },
      approvals: { draft: true },
      standards: { naming: { staging: '^stg_' }, public_models_require_contract: false },
      guard: { allowed_paths: ['models/', 'tests/'], denied_paths: ['macros/'] },
    },
    'org.yml',
  )
  const merge = (local: Parameters<typeof mergePolicy>[1]) => mergePolicy(base, local, 'local.yml').policy

  it('lets a locked allowlist shrink but not grow', () => {
    expect(merge({ tasks: { allowed: ['docs'] } }).tasks?.allowed).toEqual(['docs'])
    expect(() => merge({ tasks: { allowed: ['docs', 'drop_table'] } })).toThrow(
      'local.yml loosens `tasks.allowed` (adds "drop_table"), but org.yml locks it',
    )
  })

  it('lets a locked denylist only grow', () => {
    expect(merge({ guard: { denied_paths: ['seeds/'] } }).guard?.denied_paths).toEqual(['macros/', 'seeds/'])
  })

  it('lets a locked requirement be turned on but not off', () => {
    expect(
      merge({ standards: { public_models_require_contract: true } }).standards
        ?.public_models_require_contract,
    ).toBe(true)
    expect(() => merge({ approvals: { draft: false } })).toThrow('loosens `approvals.draft` (turns it off)')
  })

  it('lets a locked `guard.allow` only take permissions away', () => {
    expect(() => merge({ guard: { allow: { noqa: true } } })).toThrow(
      'loosens `guard.allow.noqa` (turns it on)',
    )
    expect(() => merge({ guard: { allow: { overrides: ['generate_schema_name'] } } })).toThrow(
      'loosens `guard.allow.overrides` (adds "generate_schema_name")',
    )
    expect(merge({ guard: { allow: { seed_formulas: false } } }).guard?.allow).toEqual({
      seed_formulas: false,
    })
  })

  it('turns `guard.allow` into the guard config', () => {
    const allow = { overrides: ['generate_schema_name'], noqa: true }
    expect(policyGuardConfig({ guard: { allow } }).allow).toEqual({
      overrides: ['generate_schema_name'],
      noqa: true,
      seedFormulas: false,
    })
    expect(policyGuardConfig({}).allow).toBeUndefined()
  })

  it('holds a locked number unset in the base to the action default', () => {
    expect(merge({ guard: { max_lines_changed: 500 } }).guard?.max_lines_changed).toBe(500)
    expect(() => merge({ guard: { max_lines_changed: 9000 } })).toThrow(
      'loosens `guard.max_lines_changed` (raises it from 3000 to 9000)',
    )
  })

  it('keeps a locked pattern as the base wrote it, while unlocked ones override', () => {
    expect(() => merge({ standards: { naming: { staging: '.*' } } })).toThrow(
      'loosens `standards.naming.staging`',
    )
    expect(merge({ standards: { naming: { marts: '^fct_' } } }).standards?.naming).toEqual({
      staging: '^stg_',
      marts: '^fct_',
    })
  })

  it('lets unlocked scalars override and unlocked lists append', () => {
    const open = mergePolicy(EMPTY_POLICY, { approvals: { draft: true, labels: ['a'] } }, 'org.yml')
    expect(
      mergePolicy(open, { approvals: { draft: false, labels: ['b', 'a'] } }, 'local.yml').policy.approvals,
    ).toEqual({
      draft: false,
      labels: ['a', 'b'],
    })
  })
})
