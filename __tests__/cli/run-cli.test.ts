import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { closest } from '../../src/cli/did-you-mean.js'
import { runCli } from '../../src/cli/run-cli.js'
import { inputsFromFlags, runFlagsHelp, runOptions } from '../../src/cli/run-flags.js'
import { INPUTS } from '../../src/config/inputs.js'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'

/** What runCli wrote to stdout and stderr. */
async function cli(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true))
  const before = process.cwd()
  if (cwd) process.chdir(cwd)
  try {
    const code = await runCli(args, {})
    return { code, out, err }
  } finally {
    process.chdir(before)
    jest.restoreAllMocks()
  }
}

let repo: string
beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'cli-repo-'))
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo })
  await mkdir(path.join(repo, 'dbt', 'tickets'), { recursive: true })
  await writeFile(path.join(repo, 'dbt', 'tickets', 'T-1.md'), '---\nkey: T-1\ntitle: x\n---\nbody\n')
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('did you mean', () => {
  it('finds the command a typo meant, and nothing for an unrelated word', () => {
    const commands = ['run', 'impact', 'context', 'verify-audit', 'mcp', 'demo']
    expect(closest('rnu', commands)).toBe('run')
    expect(closest('verfy-audit', commands)).toBe('verify-audit')
    expect(closest('contxt', commands)).toBe('context')
    expect(closest('deploy', commands)).toBeUndefined()
  })
})

describe('run flags from the inputs', () => {
  it('has a flag for every input of the Action, and the old short names', () => {
    const options = runOptions()
    for (const input of INPUTS) expect(options[input.name]).toBeDefined()
    for (const alias of ['project', 'target', 'dbt', 'sqlfluff', 'out', 'no-lint', 'schema-drift'])
      expect(options[alias]).toBeDefined()
    const help = runFlagsHelp()
    for (const input of INPUTS) expect(help).toContain(`--${input.name}`)
    expect(help).toContain('Environment: JIRA_URL.')
  })

  it('resolves paths from the current folder and makes them relative to the repository', () => {
    const cwd = path.join(repo, 'dbt')
    const raw = inputsFromFlags(
      {
        project: '.',
        'state-manifest': '../prod/manifest.json',
        out: 'out',
        'no-dry-run': true,
        'fail-on-skip': true,
        'no-lint': true,
        ticket: 'tickets/T-1.md',
        'max-turns': '7',
      },
      { cwd, repoDir: repo, ticketFileExists: (file) => file.endsWith('T-1.md') },
    )
    expect(raw).toEqual({
      'project-dir': 'dbt',
      'state-manifest': path.join('prod', 'manifest.json'),
      'output-dir': path.join(cwd, 'out'),
      'dry-run': 'false',
      'fail-on-skip': 'true',
      lint: 'false',
      ticket: path.join(cwd, 'tickets', 'T-1.md'),
      'max-turns': '7',
    })
    // A Jira key is not a path.
    expect(
      inputsFromFlags({ ticket: 'DATA-1' }, { cwd, repoDir: repo, ticketFileExists: () => false }),
    ).toEqual({
      ticket: 'DATA-1',
    })
  })

  it('words settings errors as flags and environment variables on a terminal', () => {
    const raw = { ...defaultInputs(), 'jira-api-token': 'x', 'max-turns': '0' }
    expect(() => parseSettings(raw, 'terminal')).toThrow(/Invalid option: `--max-turns` must be at least 1/)
    expect(() => parseSettings({ ...defaultInputs(), 'jira-api-token': 'x' }, 'terminal')).toThrow(
      '`--jira-email` / `JIRA_EMAIL` is required with `--jira-api-token` / `JIRA_API_TOKEN`',
    )
    expect(() => parseSettings({ ...defaultInputs(), 'jira-api-token': 'x' })).toThrow(
      'Input `jira-email` is required with input `jira-api-token`',
    )
  })
})

describe('runCli', () => {
  it('prints the version from package.json', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${packageJson.version}\n`, err: '' })
  })

  it("prints each command's own help, and the overall usage without a command", async () => {
    const impact = await cli(['impact', '--help'])
    expect(impact).toMatchObject({ code: 0, err: '' })
    expect(impact.out).toContain('Usage: dbt-autopilot impact --base <manifest.json>')
    const run = await cli(['run', '-h'])
    expect(run.out).toContain('--on-breaking-change <value>')
    expect(run.out).toContain('--dry-run, --no-dry-run')
    const mcp = await cli(['help', 'mcp'])
    expect(mcp.out).toContain('Usage: dbt-autopilot mcp')
    const usage = await cli([])
    expect(usage.out).toContain('Usage: dbt-autopilot <command>')
    for (const command of ['run', 'impact', 'context', 'verify-audit', 'mcp'])
      expect(usage.out).toMatch(new RegExp(`^  ${command}( |$)`, 'm'))
    expect(usage.out).not.toMatch(/(^|[^-])autopilot (run|impact|verify-audit)/m)
  })

  it('suggests the command a typo meant and exits 2', async () => {
    const typo = await cli(['verfy-audit', 'bundle'])
    expect(typo.code).toBe(2)
    expect(typo.err).toContain("unknown command 'verfy-audit'. Did you mean `verify-audit`?")
  })

  it('a usage error in run exits 2, names the flag, and writes nothing', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'cli-cwd-'))
    const flag = await cli(['run', '--ticket', 'DATA-1', '--projct', repo], cwd)
    expect(flag.code).toBe(2)
    expect(flag.err).toContain("Unknown option '--projct'. Did you mean `--project`?")
    const value = await cli(
      ['run', '--ticket', 'DATA-1', '--project-dir', repo, '--max-turns', 'forty', '--dry-run'],
      cwd,
    )
    expect(value.code).toBe(2)
    expect(value.err).toContain('`--max-turns` must be a whole number')
    expect(value.err).not.toMatch(/input `|with:/)
    expect(await readdir(cwd)).toEqual([])
  })
})
