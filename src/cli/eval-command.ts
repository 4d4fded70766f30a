import { existsSync } from 'node:fs'
import path from 'node:path'
import { defaultInputs, parseSettings, SettingsError } from '../config/settings.js'
import { EvalTaskError } from '../eval/eval-task.js'
import { evalMarkdown } from '../eval/eval-report.js'
import { loadTasks } from '../eval/load-tasks.js'
import { runEval } from '../eval/run-eval.js'
import type { EvalAgent } from '../eval/run-task.js'
import type { Log } from '../shared/log.js'
import { CLI_NAME } from './cli-name.js'
import { flagCommand, requireFlag, UsageError } from './command-io.js'
import { ConsoleLog } from './console-log.js'

export const EVAL_USAGE = `Usage: ${CLI_NAME} eval --tasks <folder> [--agent claude|oracle|null] [--min-pass-rate <0-1>] [options]
  Replays a folder of tasks (each a ticket plus a reference patch or a check command; ADE-bench's task.yaml
  accepted) through the pipeline a run uses, as dry runs, and reports pass or fail with why, cost, tokens and
  time per task. Writes eval-report.json and eval-report.md to --out. See docs/eval.md.
  --agent claude (default; ANTHROPIC_API_KEY), oracle (applies each task's reference: must pass 100%) or
          null (changes nothing: must pass 0%)
  --model <id>            the Claude model (default claude-sonnet-5-5)
  --task <id>             only this task (repeatable)
  --out <dir>             default ./autopilot-eval
  --min-pass-rate <rate>  exit 1 below it (0.8 or 80%)
  --max-cost-usd <usd>    each task's budget (the run's input of that name)
  --ade-root <dir>        the ADE-bench checkout its tasks' projects and databases are in
  --ade-prompt <key>      which ADE-bench prompt is the ticket (default base)
  --dbt-executable, --sqlfluff-executable   default: .venv/bin beside the bundle, else PATH
  --verbose               each run's own log
  Exit codes: 0 the pass rate met --min-pass-rate (or none was given), 1 it did not, 2 usage or task error.`

/** `dbt-autopilot eval`: the agent measured on a folder of tasks. */
export function runEvalCommand(args: string[], env: NodeJS.ProcessEnv, log: Log): Promise<number> {
  return flagCommand(
    EVAL_USAGE,
    {
      tasks: { type: 'string' },
      agent: { type: 'string', default: 'claude' },
      model: { type: 'string', default: 'claude-sonnet-5-5' },
      task: { type: 'string', multiple: true },
      out: { type: 'string' },
      'min-pass-rate': { type: 'string' },
      'max-cost-usd': { type: 'string' },
      'ade-root': { type: 'string' },
      'ade-prompt': { type: 'string' },
      'dbt-executable': { type: 'string' },
      'sqlfluff-executable': { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
    async (flags, out) => {
      const cwd = process.cwd()
      const tasksDir = path.resolve(cwd, requireFlag(flags.tasks, '--tasks', EVAL_USAGE))
      const agent = agentOf(flags.agent, flags.model, env)
      const minPassRate = flags['min-pass-rate'] === undefined ? undefined : rateOf(flags['min-pass-rate'])
      const inputs = flags['max-cost-usd'] ? { 'max-cost-usd': flags['max-cost-usd'] } : undefined
      if (inputs) checkInputs(inputs)
      const tasks = await loadTasks(tasksDir, {
        ...(flags.task ? { only: flags.task } : {}),
        ...(flags['ade-root'] ? { adeRoot: path.resolve(cwd, flags['ade-root']) } : {}),
        ...(flags['ade-prompt'] ? { adePrompt: flags['ade-prompt'] } : {}),
      }).catch((error: unknown) => {
        throw error instanceof EvalTaskError ? new UsageError(error.message) : error
      })
      const venvBin = path.join(path.dirname(process.argv[1] ?? '.'), '..', '.venv', 'bin')
      const tool = (name: string, flag: string | undefined) =>
        flag
          ? path.resolve(cwd, flag)
          : existsSync(path.join(venvBin, name))
            ? path.resolve(venvBin, name)
            : name
      const outDir = path.resolve(cwd, flags.out ?? 'autopilot-eval')
      log.info(`Eval: ${tasks.length} task(s) from ${tasksDir}, agent ${flags.agent}; output in ${outDir}`)
      const { report, files } = await runEval(tasks, {
        agent,
        tasksDir,
        outDir,
        dbtExecutable: tool('dbt', flags['dbt-executable']),
        sqlfluffExecutable: tool('sqlfluff', flags['sqlfluff-executable']),
        log,
        env,
        runLog: flags.verbose ? new ConsoleLog(process.stderr, false) : SILENT,
        ...(inputs ? { inputs } : {}),
        ...(minPassRate !== undefined ? { minPassRate } : {}),
      })
      out.write(evalMarkdown(report))
      log.info(`Report: ${files.map((file) => path.relative(cwd, file) || file).join(', ')}`)
      return report.threshold && !report.threshold.met ? 1 : 0
    },
  )(args, process.stdout)
}

const SILENT: Log = { info() {}, warn() {}, error() {}, debug() {}, group: (_name, fn) => fn() }

function agentOf(name: string | undefined, model: string | undefined, env: NodeJS.ProcessEnv): EvalAgent {
  if (name === 'oracle' || name === 'null') return { kind: name }
  if (name !== 'claude')
    throw new UsageError(`--agent must be claude, oracle or null (not ${name}).\n${EVAL_USAGE}`)
  const apiKey = env.ANTHROPIC_API_KEY?.trim()
  if (!apiKey) {
    throw new UsageError(
      '--agent claude needs ANTHROPIC_API_KEY in the environment; --agent oracle or null measure the harness without a model.',
    )
  }
  return {
    kind: 'claude',
    apiKey,
    model: model ?? 'claude-sonnet-5-5',
    ...(env.ANTHROPIC_BASE_URL ? { baseUrl: env.ANTHROPIC_BASE_URL } : {}),
  }
}

/** The inputs every task's run gets, checked once before any task runs. */
function checkInputs(inputs: Record<string, string>): void {
  try {
    parseSettings({ ...defaultInputs(), ticket: 'ticket.md', 'ticket-source': 'file', ...inputs }, 'terminal')
  } catch (error) {
    throw error instanceof SettingsError ? new UsageError(error.message) : error
  }
}

/** `0.8` or `80%`: a rate from 0 to 1. */
export function rateOf(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text)
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(
      `--min-pass-rate must be a rate from 0 to 1 such as 0.8, or a percentage such as 80% (not ${text}).`,
    )
  }
  return value
}
