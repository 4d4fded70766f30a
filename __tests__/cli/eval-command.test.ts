import { describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run-cli.js'
import { rateOf } from '../../src/cli/eval-command.js'
import { UsageError } from '../../src/cli/command-io.js'

describe('rateOf', () => {
  it.each([
    ['0.8', 0.8],
    ['80%', 0.8],
    ['1', 1],
    ['0', 0],
    ['100%', 1],
  ])('reads %s as %d', (text, rate) => {
    expect(rateOf(text)).toBeCloseTo(rate)
  })

  it.each(['', 'most', '-0.1', '120%', '1.5', '80'])('refuses %p as a usage error', (text) => {
    expect(() => rateOf(text)).toThrow(UsageError)
  })
})

/** What runCli wrote, run from `cwd`. */
async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let out = ''
  let err = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true))
  const before = process.cwd()
  process.chdir(cwd)
  try {
    return { code: await runCli(args, env), out, err }
  } finally {
    process.chdir(before)
    jest.restoreAllMocks()
  }
}

describe('dbt-autopilot eval, usage', () => {
  it('is listed with its own help', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'eval-cli-'))
    expect((await cli([], cwd)).out).toMatch(/^ {2}eval --tasks <folder>/m)
    const help = await cli(['eval', '--help'], cwd)
    expect(help).toMatchObject({ code: 0, err: '' })
    expect(help.out).toContain('Usage: dbt-autopilot eval --tasks <folder>')
  })

  it.each([
    [[], /--tasks is required/],
    [['--tasks', '.', '--agent', 'gpt'], /--agent must be claude, oracle or null \(not gpt\)/],
    [['--tasks', '.'], /--agent claude needs ANTHROPIC_API_KEY/],
    [['--tasks', 'missing', '--agent', 'null'], /The tasks folder .*missing does not exist/],
    [['--tasks', '.', '--agent', 'null'], /holds no task: each task is a folder with task.yml/],
    [['--tasks', '.', '--agent', 'oracle', '--min-pass-rate', 'most'], /--min-pass-rate must be a rate/],
    [['--tasks', '.', '--agnt', 'oracle'], /Unknown option '--agnt'/],
    [['--tasks', '.', '--agent', 'oracle', '--max-cost-usd', 'lots'], /max-cost-usd.* must be a number/],
  ])('exits 2 for %j, says why, and writes nothing', async (args, message) => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'eval-cli-'))
    const result = await cli(['eval', ...args], cwd)
    expect(result.code).toBe(2)
    expect(result.err).toMatch(message)
    expect(await readdir(cwd)).toEqual([])
  })
})
