import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BIN_DIR, ROOT, runProcess, type ProcessResult } from './action-harness.js'

// `dbt-autopilot eval` through the bundle, on two tasks of different shapes: one of ours (ledger: models in
// transform/, seeds in data/, tests in checks/; the reference deletes a model and edits dbt_project.yml, the
// check is a command) and an ADE-bench task (kiosk001: a setup patch breaks a join, the solution patch fixes
// it, ADE's tests compare daily_sales with an answer seed; a Snowflake-only test is left out). The oracle
// must pass both, the null model neither. Four dbt-bearing runs: each task's base parse and, for the oracle,
// one validation build and the check.

interface Report {
  agent: string
  totals: {
    tasks: number
    passed: number
    passRate: number
    modelCalls: number
    costUsd: number
    tokens: { input: number; output: number }
  }
  threshold?: { minPassRate: number; met: boolean }
  tasks: Array<{
    id: string
    format: string
    passed: boolean
    reasons: string[]
    status: string
    changedFiles: string[]
    criteria: Array<{ name: string; passed: boolean; detail: string }>
  }>
}

let scratch: string
let tasksDir: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-eval-e2e-'))
  tasksDir = path.join(scratch, 'tasks')
  const ours = path.join(ROOT, 'examples', 'eval', 'tasks', 'ledger-drop-legacy')
  await cp(ours, path.join(tasksDir, 'ledger-drop-legacy'), { recursive: true })
  // The copy's project path is the example's, absolute.
  const taskYml = await readFile(path.join(ours, 'task.yml'), 'utf8')
  await writeFile(
    path.join(tasksDir, 'ledger-drop-legacy', 'task.yml'),
    taskYml.replace('../../projects/ledger', path.join(ROOT, 'examples', 'eval', 'projects', 'ledger')),
  )
  await cp(path.join(ROOT, 'examples', 'eval', 'ade', 'tasks', 'kiosk001'), path.join(tasksDir, 'kiosk001'), {
    recursive: true,
  })
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function runEval(agent: string): Promise<ProcessResult & { report: Report; markdown: string }> {
  const out = path.join(scratch, `out-${agent}`)
  const result = await runProcess(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'index.js'),
      'eval',
      '--tasks',
      tasksDir,
      '--agent',
      agent,
      '--ade-root',
      path.join(ROOT, 'examples', 'eval', 'ade'),
      '--min-pass-rate',
      '100%',
      '--out',
      out,
      '--dbt-executable',
      path.join(BIN_DIR, 'dbt'),
      '--sqlfluff-executable',
      path.join(BIN_DIR, 'sqlfluff'),
    ],
    {
      cwd: scratch,
      env: {
        PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
      },
      timeoutMs: 900_000,
    },
  )
  const report = JSON.parse(await readFile(path.join(out, 'eval-report.json'), 'utf8')) as Report
  const markdown = await readFile(path.join(out, 'eval-report.md'), 'utf8')
  return { ...result, report, markdown }
}

describe('dbt-autopilot eval (dist/index.js)', () => {
  it('scores the oracle 100%: every criterion passed, the checks ran and exited 0', async () => {
    const run = await runEval('oracle')
    expect(run.stderr).toContain('[2/2] ledger-drop-legacy (autopilot)')
    expect(run.report.totals).toMatchObject({ tasks: 2, passed: 2, passRate: 1 })
    expect(run.report.threshold).toEqual({ minPassRate: 1, met: true })
    expect(run.code).toBe(0)
    const [kiosk, ledger] = run.report.tasks
    expect(kiosk).toMatchObject({ id: 'kiosk001', format: 'ade-bench', passed: true, status: 'dry-run' })
    expect(kiosk?.changedFiles).toEqual(['models/staging/stg_sales.sql'])
    expect(ledger).toMatchObject({ id: 'ledger-drop-legacy', format: 'autopilot', passed: true })
    expect(ledger?.changedFiles.sort()).toEqual(['dbt_project.yml', 'transform/legacy/legacy_accounts.sql'])
    expect(ledger?.criteria.find((criterion) => criterion.name === 'models')?.detail).toBe(
      'changed model(s) legacy_accounts',
    )
    for (const task of run.report.tasks) {
      expect(task.criteria.map((criterion) => [criterion.name, criterion.passed])).toEqual([
        ['change', true],
        ['outcome', true],
        ['validation', true],
        ['files', true],
        ['models', true],
        ['check', true],
      ])
    }
    // The scripted model's calls are counted and priced like Claude's: at least the agent's two turns a task.
    expect(run.report.totals.modelCalls).toBeGreaterThanOrEqual(4)
    expect(run.report.totals.tokens.input).toBeGreaterThan(0)
    expect(run.report.totals.costUsd).toBeGreaterThan(0)
    expect(run.stdout).toContain('2 of 2 tasks passed (100%)')
    expect(run.markdown).toMatch(/\| kiosk001 \| pass \|/)
  }, 900_000)

  it('scores the null model 0%, each task failing for its empty change, and exits 1 below the minimum', async () => {
    const run = await runEval('null')
    expect(run.report.totals).toMatchObject({ tasks: 2, passed: 0, passRate: 0 })
    expect(run.report.threshold).toEqual({ minPassRate: 1, met: false })
    expect(run.code).toBe(1)
    for (const task of run.report.tasks) {
      expect(task).toMatchObject({ passed: false, status: 'failed:no-change', changedFiles: [] })
      expect(task.reasons).toContain('change: no change: the run changed no file')
      expect(task.reasons.some((reason) => reason.startsWith('check: the check command did not run'))).toBe(
        true,
      )
    }
    expect(run.markdown).toMatch(/\| kiosk001 \| FAIL \| change: no change/)
  }, 900_000)
})
