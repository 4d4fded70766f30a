import type { TaskResult, TaskTokens } from './run-task.js'

/** The whole eval, as `eval-report.json` holds it. */
export interface EvalReport {
  agent: string
  tasksDir: string
  startedAt: string
  tasks: TaskResult[]
  totals: {
    tasks: number
    passed: number
    /** passed / tasks, 0 to 1; 0 for no task. */
    passRate: number
    costUsd: number
    tokens: TaskTokens
    modelCalls: number
    durationMs: number
  }
  /** Set when `--min-pass-rate` was given: whether the pass rate reached it. */
  threshold?: { minPassRate: number; met: boolean }
}

export function evalReport(
  run: { agent: string; tasksDir: string; startedAt: string; minPassRate?: number },
  tasks: TaskResult[],
): EvalReport {
  const passed = tasks.filter((task) => task.passed).length
  const passRate = tasks.length > 0 ? passed / tasks.length : 0
  const sum = (pick: (task: TaskResult) => number) => tasks.reduce((total, task) => total + pick(task), 0)
  return {
    agent: run.agent,
    tasksDir: run.tasksDir,
    startedAt: run.startedAt,
    tasks,
    totals: {
      tasks: tasks.length,
      passed,
      passRate,
      costUsd: sum((task) => task.costUsd),
      tokens: {
        input: sum((task) => task.tokens.input),
        output: sum((task) => task.tokens.output),
        cacheRead: sum((task) => task.tokens.cacheRead),
        cacheWrite: sum((task) => task.tokens.cacheWrite),
      },
      modelCalls: sum((task) => task.modelCalls),
      durationMs: sum((task) => task.durationMs),
    },
    ...(run.minPassRate !== undefined
      ? { threshold: { minPassRate: run.minPassRate, met: passRate >= run.minPassRate } }
      : {}),
  }
}

/** The report as a markdown table, one row per task and a total row; failures say why. */
export function evalMarkdown(report: EvalReport): string {
  const { totals } = report
  const rows = report.tasks.map((task) =>
    [
      cell(task.id),
      task.passed ? 'pass' : 'FAIL',
      cell(task.reasons.join('; ')),
      usd(task.costUsd),
      tokens(task.tokens),
      String(task.modelCalls),
      seconds(task.durationMs),
    ].join(' | '),
  )
  const threshold = report.threshold
    ? ` The minimum pass rate ${percent(report.threshold.minPassRate)} was ${report.threshold.met ? 'met' : 'NOT met'}.`
    : ''
  return [
    `# Eval: ${report.agent}`,
    '',
    `${totals.passed} of ${totals.tasks} tasks passed (${percent(totals.passRate)}), ${usd(totals.costUsd)}, ${seconds(totals.durationMs)}.${threshold}`,
    '',
    '| Task | Result | Why | Cost | Tokens (in / out / cache read) | Model calls | Time |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    `| **Total** | **${totals.passed}/${totals.tasks}** | ${percent(totals.passRate)} | ${usd(totals.costUsd)} | ${tokens(totals.tokens)} | ${totals.modelCalls} | ${seconds(totals.durationMs)} |`,
    '',
  ].join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

function usd(value: number): string {
  return `$${value.toFixed(4)}`
}

function tokens(value: TaskTokens): string {
  return `${value.input} / ${value.output} / ${value.cacheRead}`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(0)}%`
}
