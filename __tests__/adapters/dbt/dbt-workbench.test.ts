import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DbtCli } from '../../../src/adapters/dbt/dbt-cli.js'
import { DbtCliWorkbench } from '../../../src/adapters/dbt/dbt-workbench.js'
import type {
  CommandOptions,
  CommandResult,
  CommandRunner,
} from '../../../src/adapters/process/command-runner.js'

/** Plays dbt: answers with `answer`, and may write run_results.json into the command's --target-path. */
class PlayedDbt implements CommandRunner {
  readonly calls: { args: string[]; options: CommandOptions }[] = []
  constructor(
    private readonly answer: Partial<CommandResult>,
    private readonly runResults?: unknown,
  ) {}
  async run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
    this.calls.push({ args, options })
    const target = args[args.indexOf('--target-path') + 1]
    if (this.runResults !== undefined && target) {
      await mkdir(target, { recursive: true })
      await writeFile(path.join(target, 'run_results.json'), JSON.stringify(this.runResults))
    }
    return {
      command,
      args,
      cwd: options.cwd,
      exitCode: 0,
      stdout: '',
      stderr: '',
      durationMs: 1,
      timedOut: false,
      ...this.answer,
    }
  }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-workbench-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function workbench(runner: CommandRunner, deferTo?: string): DbtCliWorkbench {
  const cli = new DbtCli(
    { projectDir: dir, executable: 'dbt', timeoutMs: 600_000, logDir: path.join(dir, 'logs') },
    runner,
  )
  return new DbtCliWorkbench(cli, { targetPath: path.join(dir, 'tools'), ...(deferTo ? { deferTo } : {}) })
}

const time = (ms: number) => ({ timeBudget: { remainingMs: () => ms } })
const sub = (args: string[], from: string, count: number) =>
  args.slice(args.indexOf(from), args.indexOf(from) + count)

describe('DbtCliWorkbench', () => {
  it('compiles exactly the named nodes, deferring to the base manifest, within the time it is given', async () => {
    const runner = new PlayedDbt(
      {},
      { results: [{ unique_id: 'model.p.orders', status: 'success', compiled_code: 'select 1' }] },
    )
    const answer = await workbench(runner, '/state').compile(['orders', 'orders.v2'], time(42_000))
    expect(answer).toEqual({
      kind: 'compiled',
      nodes: [{ uniqueId: 'model.p.orders', status: 'success', sql: 'select 1' }],
    })
    const [call] = runner.calls
    expect(call?.args.slice(0, 5)).toEqual([
      'compile',
      '--select',
      'orders orders.v2',
      '--indirect-selection',
      'empty',
    ])
    expect(sub(call?.args ?? [], '--defer', 3)).toEqual(['--defer', '--state', '/state'])
    expect(call?.options.timeoutMs).toBe(42_000)
  })

  it("never answers with an earlier call's run_results.json", async () => {
    const first = new PlayedDbt(
      {},
      { results: [{ unique_id: 'model.p.orders', status: 'success', compiled_code: 'select 1' }] },
    )
    await workbench(first).compile(['orders'], time(60_000))
    // dbt exits 0 but writes nothing this time.
    const answer = await workbench(new PlayedDbt({})).compile(['orders'], time(60_000))
    expect(answer).toMatchObject({ kind: 'dbt-error' })
  })

  it('previews a model without its tests, and an inline query, with the row limit', async () => {
    const preview = JSON.stringify([{ id: 1 }, { id: 2 }])
    const stdout = JSON.stringify({ info: { name: 'ShowNode', level: 'info', msg: '' }, data: { preview } })
    const runner = new PlayedDbt({ stdout })
    const bench = workbench(runner)
    expect(await bench.preview({ model: 'orders' }, { ...time(60_000), limit: 7 })).toEqual({
      kind: 'rows',
      rows: [{ id: 1 }, { id: 2 }],
    })
    await bench.preview({ inline: 'select 1' }, { ...time(60_000), limit: 3 })
    expect(runner.calls[0]?.args.slice(0, 8)).toEqual([
      'show',
      '--select',
      'orders',
      '--indirect-selection',
      'empty',
      '--output',
      'json',
      '--limit',
    ])
    expect(sub(runner.calls[0]?.args ?? [], '--limit', 2)).toEqual(['--limit', '7'])
    expect(runner.calls[1]?.args.slice(0, 3)).toEqual(['show', '--inline', 'select 1'])
    expect(runner.calls.every((call) => !call.args.includes('--defer'))).toBe(true)
  })

  it('says a time-out with the time the command had', async () => {
    const answer = await workbench(new PlayedDbt({ exitCode: 130, timedOut: true })).build(
      ['orders'],
      time(15_000),
    )
    expect(answer).toMatchObject({ kind: 'timed-out', afterMs: 15_000 })
  })

  it('build rows come from run_results; no rows and a failed exit is dbt failing as a whole', async () => {
    const built = await workbench(
      new PlayedDbt(
        { exitCode: 1 },
        {
          results: [
            { unique_id: 'model.p.orders', status: 'success', message: 'OK', failures: null },
            { unique_id: 'test.p.t.abc', status: 'fail', message: 'Got 3 results', failures: 3 },
          ],
        },
      ),
    ).build(['+orders'], time(60_000))
    expect(built).toEqual({
      kind: 'built',
      nodes: [
        { uniqueId: 'model.p.orders', status: 'success', message: 'OK' },
        { uniqueId: 'test.p.t.abc', status: 'fail', failures: 3, message: 'Got 3 results' },
      ],
    })
    const error = JSON.stringify({ info: { level: 'error', msg: 'Compilation Error in model orders' } })
    expect(
      await workbench(new PlayedDbt({ exitCode: 2, stdout: error })).build(['orders'], time(60_000)),
    ).toEqual({
      kind: 'dbt-error',
      message: 'Compilation Error in model orders',
    })
  })

  it('dbt that cannot start is an answer, not a crash', async () => {
    const answer = await workbench(new PlayedDbt({ exitCode: 127 })).compile(['orders'], time(60_000))
    expect(answer).toMatchObject({
      kind: 'dbt-error',
      message: expect.stringContaining('Could not start dbt'),
    })
  })
})
