import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../shared/log.js'
import type { EvalTask } from './eval-task.js'
import { evalMarkdown, evalReport, type EvalReport } from './eval-report.js'
import { erroredTask, runEvalTask, type EvalRunOptions, type TaskResult } from './run-task.js'

export interface EvalOptions extends EvalRunOptions {
  tasksDir: string
  minPassRate?: number
  /** The log each task's run writes to; the eval's own progress goes to `log`. */
  runLog: Log
}

/**
 * Replays the tasks one after the other and writes `eval-report.json` and `eval-report.md` to the output
 * folder. A task that cannot be run is a failed line of the report that says why, never the end of the eval.
 */
export async function runEval(
  tasks: readonly EvalTask[],
  options: EvalOptions,
): Promise<{ report: EvalReport; files: string[] }> {
  const startedAt = new Date().toISOString()
  const results: TaskResult[] = []
  for (const [index, task] of tasks.entries()) {
    options.log.info(`[${index + 1}/${tasks.length}] ${task.id} (${task.format})`)
    const started = Date.now()
    let result: TaskResult
    try {
      result = await runEvalTask(task, { ...options, log: options.runLog })
    } catch (error) {
      result = erroredTask(task, error, Date.now() - started)
    }
    options.log.info(
      `  ${result.passed ? 'pass' : 'FAIL'}: ${result.reasons.join('; ')} ($${result.costUsd.toFixed(4)}, ${(result.durationMs / 1000).toFixed(1)} s)`,
    )
    results.push(result)
  }
  const report = evalReport(
    {
      agent: agentName(options.agent),
      tasksDir: options.tasksDir,
      startedAt,
      ...(options.minPassRate !== undefined ? { minPassRate: options.minPassRate } : {}),
    },
    results,
  )
  await mkdir(options.outDir, { recursive: true })
  const json = path.join(options.outDir, 'eval-report.json')
  const markdown = path.join(options.outDir, 'eval-report.md')
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(markdown, evalMarkdown(report))
  return { report, files: [json, markdown] }
}

function agentName(agent: EvalRunOptions['agent']): string {
  return agent.kind === 'claude' ? `claude (${agent.model})` : agent.kind
}
