import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BIN_DIR, ROOT, runProcess } from './action-harness.js'
import { copyShopProject } from '../fakes/shop-copy.js'

// README command one, as a newcomer runs it: the bundled CLI's demo on examples/shop, without an API key.

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runProcess(process.execPath, [path.join(ROOT, 'dist', 'index.js'), ...args], {
    cwd: ROOT,
    env: { PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`, HOME: process.env.HOME, ...env },
  })

describe('autopilot CLI (dist/index.js)', () => {
  it('runs the demo with the scripted model, labelled as such, and writes the patch and PR body', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'autopilot-demo-test-'))
    const run = await cli(['demo', '--out', out])
    expect({ code: run.code, stderr: run.stderr.slice(-2000) }).toMatchObject({ code: 0 })
    expect(run.stderr).toContain('Model: SCRIPTED')
    expect(run.stdout).toContain('Outcome: dry-run')
    expect(run.stdout).toContain('models/marts/customers.sql')
    expect(run.stdout).toMatch(/Validation round 1: FAILED/)
    expect(run.stdout).toMatch(/Validation round 2 \(repair round\): passed/)
    const patch = await readFile(path.join(out, 'audit', 'diff.patch'), 'utf8')
    expect(patch).toContain("+        count(*) filter (where status = 'completed') as completed_orders,")
    const body = await readFile(path.join(out, 'audit', 'pr-body.md'), 'utf8')
    expect(body).toContain('DEMO-1')
    expect(JSON.parse(await readFile(path.join(out, 'audit', 'run.json'), 'utf8'))).toMatchObject({
      status: 'dry-run',
    })
  }, 300_000)

  it('says what is missing when run has no ticket', async () => {
    const run = await cli(['run'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--ticket (or --schema-drift, or --mode backlog) is required')
  })

  it('checks a local project for schema drift without a ticket or a model call', async () => {
    const project = await copyShopProject()
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '-A'],
      ['-c', 'user.name=T', '-c', 'user.email=t@x.test', 'commit', '-q', '-m', 'shop'],
    ])
      expect((await runProcess('git', args, { cwd: project, env: process.env })).code).toBe(0)
    const seed = await runProcess(path.join(BIN_DIR, 'dbt'), ['seed', '--profiles-dir', '.'], {
      cwd: project,
      env: { ...process.env, DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
    })
    expect(seed.code).toBe(0)
    const out = await mkdtemp(path.join(os.tmpdir(), 'autopilot-drift-cli-'))
    // No API key: a check that finds no drift needs no model.
    const run = await cli(['run', '--schema-drift', '--project', project, '--dry-run', '--out', out])
    expect({ code: run.code, stdout: run.stdout.slice(-1500) }).toMatchObject({ code: 0 })
    expect(run.stdout).toContain('Outcome: no-drift')
    expect(run.stdout).toMatch(
      /No schema drift: the warehouse matches the YAML for \d+ column\(s\) of 5 source table\(s\)/,
    )
  }, 120_000)

  it('refuses an unknown command with the usage', async () => {
    const run = await cli(['deploy'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("dbt-autopilot: unknown command 'deploy'.\nUsage: dbt-autopilot <command>")
    expect(run.stderr).toContain('  run --ticket <file|KEY|#N>')
  })
})
