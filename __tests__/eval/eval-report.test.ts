import { describe, expect, it } from '@jest/globals'
import { evalMarkdown, evalReport } from '../../src/eval/eval-report.js'
import type { TaskResult } from '../../src/eval/run-task.js'

const result = (id: string, passed: boolean, costUsd: number, reasons: string[]): TaskResult => ({
  id,
  format: 'autopilot',
  passed,
  reasons,
  criteria: [],
  status: passed ? 'dry-run' : 'failed:no-change',
  costUsd,
  tokens: { input: 1000, output: 100, cacheRead: 400, cacheWrite: 0 },
  modelCalls: 3,
  durationMs: 12_500,
  changedFiles: [],
})

describe('evalReport', () => {
  const tasks = [
    result('t1', true, 0.25, ['passed change, outcome']),
    result('t2', false, 0.5, ['change: no change | nothing']),
    result('t3', true, 0.25, ['passed change']),
  ]

  it('adds up pass rate, cost, tokens and calls, and says whether the minimum was met', () => {
    const report = evalReport({ agent: 'oracle', tasksDir: '/t', startedAt: 'now', minPassRate: 0.7 }, tasks)
    expect(report.totals).toEqual({
      tasks: 3,
      passed: 2,
      passRate: 2 / 3,
      costUsd: 1,
      tokens: { input: 3000, output: 300, cacheRead: 1200, cacheWrite: 0 },
      modelCalls: 9,
      durationMs: 37_500,
    })
    expect(report.threshold).toEqual({ minPassRate: 0.7, met: false })
    expect(
      evalReport({ agent: 'x', tasksDir: '/t', startedAt: 'now', minPassRate: 0.6 }, tasks).threshold?.met,
    ).toBe(true)
    expect(evalReport({ agent: 'x', tasksDir: '/t', startedAt: 'now' }, []).totals.passRate).toBe(0)
  })

  it('writes one row per task and a total, with a failure’s reason escaped for the table', () => {
    const markdown = evalMarkdown(
      evalReport({ agent: 'null', tasksDir: '/t', startedAt: 'now', minPassRate: 1 }, tasks),
    )
    expect(markdown).toContain(
      '2 of 3 tasks passed (67%), $1.0000, 37.5 s. The minimum pass rate 100% was NOT met.',
    )
    expect(markdown).toContain(
      '| t2 | FAIL | change: no change \\| nothing | $0.5000 | 1000 / 100 / 400 | 3 | 12.5 s |',
    )
    expect(markdown).toContain('| **Total** | **2/3** | 67% |')
  })
})
