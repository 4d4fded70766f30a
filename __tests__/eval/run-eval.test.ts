import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { EvalTask } from '../../src/eval/eval-task.js'
import { runEval } from '../../src/eval/run-eval.js'
import { MemoryLog } from '../../src/shared/log.js'

// Tasks that cannot be run end as failed lines that say why, and the eval goes on to the next: both fail
// before any dbt or model call (a setup patch and a reference that do not apply to the project).
let scratch: string
let project: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'eval-run-'))
  project = path.join(scratch, 'project')
  await mkdir(path.join(project, 'etl'), { recursive: true })
  await writeFile(path.join(project, 'dbt_project.yml'), 'name: depot\nmodel-paths: [etl]\n')
  await writeFile(path.join(project, 'etl', 'stock.sql'), 'select 1 as sku\n')
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const STALE = '--- a/etl/stock.sql\n+++ b/etl/stock.sql\n@@ -1 +1 @@\n-select 5 as sku\n+select 6 as sku\n'

describe('runEval', () => {
  it('reports a task that cannot be run as a failure with its reason, and runs the next', async () => {
    const base = {
      dir: scratch,
      format: 'autopilot' as const,
      project,
      ticket: { kind: 'text' as const, key: 'D-1', title: 't', body: 'b' },
    }
    const tasks: EvalTask[] = [
      { ...base, id: 'broken-setup', setupPatch: STALE, check: { command: 'true', files: [] } },
      { ...base, id: 'stale-reference', reference: STALE },
    ]
    const log = new MemoryLog()
    const outDir = path.join(scratch, 'out')
    const { report, files } = await runEval(tasks, {
      agent: { kind: 'oracle' },
      tasksDir: scratch,
      outDir,
      dbtExecutable: 'dbt',
      sqlfluffExecutable: 'sqlfluff',
      log,
      env: {},
      runLog: new MemoryLog(),
      minPassRate: 0.5,
    })
    expect(report.tasks.map((task) => [task.id, task.passed, task.status])).toEqual([
      ['broken-setup', false, 'error'],
      ['stale-reference', false, 'error'],
    ])
    expect(report.tasks[0]?.reasons[0]).toMatch(/^broken-setup's setup patch does not apply to the project: /)
    expect(report.tasks[1]?.reasons[0]).toMatch(/^stale-reference's reference patch does not apply/)
    expect(report.totals).toMatchObject({ tasks: 2, passed: 0, passRate: 0, modelCalls: 0, costUsd: 0 })
    expect(report.threshold).toEqual({ minPassRate: 0.5, met: false })
    expect(log.lines[0]).toBe('[1/2] broken-setup (autopilot)')
    expect(log.lines[2]).toBe('[2/2] stale-reference (autopilot)')
    expect(files).toEqual([path.join(outDir, 'eval-report.json'), path.join(outDir, 'eval-report.md')])
    expect(JSON.parse(await readFile(files[0] ?? '', 'utf8'))).toEqual(report)
    expect(await readFile(files[1] ?? '', 'utf8')).toContain('| broken-setup | FAIL |')
  })
})
