import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DbtCli } from '../../../src/adapters/dbt/dbt-cli.js'
import { SpawnCommandRunner, type CommandResult } from '../../../src/adapters/process/command-runner.js'
import { prepareDbtSandbox, sandboxProfilesDir } from '../../../src/adapters/sandbox/dbt-sandbox.js'
import type { SandboxReport } from '../../../src/adapters/sandbox/sandbox-spec.js'
import { Sandbox } from '../../../src/adapters/sandbox/sandboxed-runner.js'
import { copyShopProject, toolPath } from '../../fakes/shop-copy.js'

// Real bubblewrap, real dbt-duckdb: hostile models try to rewrite .git/config, write outside the
// project and read the run's secrets.

const SECRET = 'ghs_sandboxTestSecretValue0123456789'
const TIMEOUT_MS = 5 * 60_000

interface Run {
  repo: string
  outside: string
  commands: CommandResult[]
  reports: SandboxReport[]
  dbt: DbtCli
}

async function sandboxedShop(models: Record<string, string>, executable = 'bwrap'): Promise<Run> {
  const repo = await copyShopProject()
  const outside = await mkdtemp(path.join(os.tmpdir(), 'autopilot-outside-'))
  for (const [name, text] of Object.entries(models))
    await writeFile(
      path.join(repo, 'models', name),
      text.replaceAll('<repo>', repo).replaceAll('<outside>', outside),
    )
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo })
  const workDir = path.join(outside, 'work')
  const commands: CommandResult[] = []
  const reports: SandboxReport[] = []
  const inherited = {
    ...process.env,
    GITHUB_TOKEN: SECRET,
    ANTHROPIC_API_KEY: `sk-ant-${SECRET}`,
    DBT_SHOP: '1',
  }
  const sandbox = new Sandbox(new SpawnCommandRunner((result) => commands.push(result)), {
    mode: 'required',
    executable,
    prepare: () =>
      prepareDbtSandbox({
        repoDir: repo,
        projectDir: repo,
        profilesDir: repo,
        workDir,
        executables: [toolPath('dbt')],
        inherited,
        secrets: [SECRET],
      }),
    onReport: (report) => reports.push(report),
  })
  const dbt = new DbtCli(
    {
      projectDir: repo,
      profilesDir: sandboxProfilesDir(workDir),
      executable: toolPath('dbt'),
      timeoutMs: TIMEOUT_MS,
      logDir: path.join(workDir, 'logs'),
    },
    sandbox.runner(),
  )
  return { repo, outside, commands, reports, dbt }
}

const output = (run: Run) => run.commands.map((c) => `${c.stdout}\n${c.stderr}`).join('\n')

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

beforeAll(() => {
  if (!existsSync('/usr/bin/bwrap')) throw new Error('bubblewrap is required: scripts/setup.sh installs it')
})

describe('dbt in the bubblewrap sandbox', () => {
  it(
    'builds the shop project with seeds loaded, DuckDB file access off and no network',
    async () => {
      const run = await sandboxedShop({})
      const build = await run.dbt.build('+fct_orders', { defer: false }, path.join(run.repo, 'target', 'run'))
      expect(build.errors).toEqual([])
      expect(build.exitCode).toBe(0)
      expect(run.reports).toEqual([
        { mode: 'required', contained: true, network: false, externalAccess: { disabled: true } },
      ])
      const launched = run.commands.at(-1)
      expect(launched?.command).toBe('bwrap')
      expect(launched?.args).toEqual(
        expect.arrayContaining(['--unshare-net', '--', toolPath('dbt'), 'build']),
      )
    },
    TIMEOUT_MS,
  )

  it(
    'keeps .git/config, the files outside the project and the secrets out of reach',
    async () => {
      const run = await sandboxedShop({
        // SQL: DuckDB's COPY and read_text, refused with external access off.
        'sql_copy.sql': `{{ config(pre_hook="COPY (select 1 as x) TO '<repo>/.git/config' (FORMAT CSV)") }}\nselect 1 as id\n`,
        'sql_environ.sql': `select * from read_text('/proc/self/environ')\n`,
        'sql_env_var.sql': `select '{{ env_var("GITHUB_TOKEN", "unset") }}'::int as leaked\n`,
        // Python models run in dbt's own process, where only the sandbox stands between them and the runner.
        'py_escape.py': [
          'import os',
          'def model(dbt, session):',
          '    for target in ["<repo>/.git/config", "<repo>/escape.txt", "<outside>/escape.txt"]:',
          '        try:',
          '            open(target, "w").write("[core]\\n\\tfsmonitor = touch <outside>/pwned\\n")',
          '        except OSError:',
          '            pass',
          '    message = "environ: " + repr(dict(os.environ)) + open("/proc/self/environ").read()',
          '    if message:',
          '        raise RuntimeError(message)',
          '    return session.sql("select 1")',
          '',
        ].join('\n'),
      })
      const configBefore = await readFile(path.join(run.repo, '.git', 'config'))
      const outsideBefore = await filesUnder(run.outside)
      const build = await run.dbt.build(
        'sql_copy sql_environ sql_env_var py_escape',
        { defer: false },
        path.join(run.repo, 'target', 'run'),
      )
      expect(build.exitCode).not.toBe(0)
      expect(await readFile(path.join(run.repo, '.git', 'config'))).toEqual(configBefore)
      expect(existsSync(path.join(run.repo, 'escape.txt'))).toBe(false)
      const created = (await filesUnder(run.outside)).filter((file) => !outsideBefore.includes(file))
      expect(created.filter((file) => !file.startsWith('work/'))).toEqual([])
      const text = output(run)
      expect(text).toContain('environ: ')
      // The SQL models were stopped by DuckDB itself, before the sandbox had to.
      expect(text).toContain('file system operations are disabled by configuration')
      expect(text).not.toContain(SECRET)
      expect(text).not.toMatch(/GITHUB_TOKEN|ANTHROPIC_API_KEY/)
      expect(text).toContain('DBT_SHOP')
    },
    TIMEOUT_MS,
  )

  it('fails closed under `required` when bubblewrap cannot be found', async () => {
    const run = await sandboxedShop({}, path.join(os.tmpdir(), 'no-such-bwrap'))
    await expect(run.dbt.parse(path.join(run.repo, 'target', 'p'))).rejects.toThrow(
      /sandbox: required.*not installed/,
    )
    expect(run.commands.filter((c) => c.args.includes(toolPath('dbt')))).toEqual([])
  })
})

describe('the run copy of profiles.yml', () => {
  it('leaves DuckDB file access on when the profile loads extensions', async () => {
    const repo = await copyShopProject()
    const profile = (await readFile(path.join(repo, 'profiles.yml'), 'utf8')).replace(
      'threads: 4',
      'threads: 4\n      extensions: [json]',
    )
    await writeFile(path.join(repo, 'profiles.yml'), profile)
    const workDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'autopilot-work-')), 'dbt')
    await mkdir(workDir)
    const prepared = await prepareDbtSandbox({
      repoDir: repo,
      projectDir: repo,
      profilesDir: repo,
      workDir,
      executables: [],
      inherited: {},
      secrets: [],
    })
    expect(prepared.externalAccess).toEqual({
      disabled: false,
      reason: 'the profile declares `extensions`',
    })
    expect(await readFile(path.join(sandboxProfilesDir(workDir), 'profiles.yml'), 'utf8')).toBe(profile)
  })
})
