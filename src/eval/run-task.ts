import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify as toYaml } from 'yaml'
import { SpawnCommandRunner } from '../adapters/process/command-runner.js'
import { withCloudSecrets } from '../config/cloud-secrets.js'
import { readRunEnvironment } from '../config/run-environment.js'
import { defaultInputs, parseSettings, type RawInputs } from '../config/settings.js'
import { startScriptedMessagesServer, type ScriptedMessagesServer } from '../demo/scripted-messages-server.js'
import { loadManifestGraph } from '../project/graph.js'
import { readDbtProject } from '../project/dbt-project.js'
import { composeCheckRunner } from '../run/compose.js'
import { isFailure } from '../run/outcome.js'
import type { RunRecord } from '../run/run-record.js'
import { runTicket } from '../run/run-ticket.js'
import type { Log } from '../shared/log.js'
import { readIfPresent } from '../shared/read-if-present.js'
import { runCheck } from './check-command.js'
import type { EvalTask } from './eval-task.js'
import { referenceModels } from './reference-models.js'
import { patchedFiles } from './reference-patch.js'
import { nullResponder, oracleResponder } from './scripted-agents.js'
import { scoreTask, type CheckRun, type Criterion, type Expectation, type RunFacts } from './score-task.js'
import { applyPatch, oracleEditsOf, prepareTaskRepository } from './task-repository.js'

/** Who does the tasks: the two scripted models that measure the harness, or Claude. */
export type EvalAgent =
  { kind: 'oracle' } | { kind: 'null' } | { kind: 'claude'; apiKey: string; model: string; baseUrl?: string }

export interface EvalRunOptions {
  agent: EvalAgent
  /** Each task's repository, run output and audit bundle go to `<outDir>/tasks/<id>/`. */
  outDir: string
  dbtExecutable: string
  sqlfluffExecutable: string
  log: Log
  /** More inputs for every run, e.g. `max-cost-usd`; the eval's own (dry run, local ticket) win. */
  inputs?: RawInputs
  /** The command's environment: the cloud credentials in it are redacted and kept out of the sandbox. */
  env: NodeJS.ProcessEnv
}

export interface TaskTokens {
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
}

/** One task's line of the report. */
export interface TaskResult {
  id: string
  format: EvalTask['format']
  passed: boolean
  /** Why it failed (the failing criteria), or what passed. */
  reasons: string[]
  criteria: Criterion[]
  /** The run's status; `error` when the task could not be run at all. */
  status: string
  costUsd: number
  tokens: TaskTokens
  modelCalls: number
  durationMs: number
  changedFiles: string[]
  auditDir?: string
}

/** Replays one task through the pipeline a `run` uses (dry run, the ticket as a local file) and scores it. */
export async function runEvalTask(task: EvalTask, options: EvalRunOptions): Promise<TaskResult> {
  const started = Date.now()
  const taskDir = path.join(options.outDir, 'tasks', task.id)
  const repoDir = path.join(taskDir, 'repo')
  const git = new SpawnCommandRunner()
  await rm(taskDir, { recursive: true, force: true })
  await prepareTaskRepository(task, repoDir, git)
  const ticket = await ticketFile(task, taskDir)
  const server = await scriptedServer(task, options.agent, repoDir, git)
  try {
    const raw: RawInputs = {
      ...defaultInputs(),
      ...options.inputs,
      ticket,
      'ticket-source': 'file',
      'dry-run': 'true',
      'upload-artifact': 'false',
      // The data evidence does not change the score; it would only add dbt runs.
      'data-evidence': 'false',
      'dbt-executable': options.dbtExecutable,
      'sqlfluff-executable': options.sqlfluffExecutable,
      ...modelInputs(options.agent, server),
    }
    const settings = withCloudSecrets(parseSettings(raw, 'terminal'), options.env)
    const run = await runTicket({
      settings,
      environment: readRunEnvironment({}),
      log: options.log,
      repoDir,
      outDir: path.join(taskDir, 'run'),
    })
    const { record } = run
    // Read before the check puts the change into the checkout.
    const expectation = await expectationOf(task, record, repoDir)
    let check: CheckRun | string | undefined
    if (task.check) {
      check = record.diff.trim()
        ? await checkChange(task, record.diff, {
            repoDir,
            taskDir,
            settings,
            git,
            dbt: options.dbtExecutable,
          })
        : 'the run left no change to check'
    }
    const score = scoreTask(expectation, factsOf(record, check))
    return {
      ...resultBase(task, record),
      passed: score.passed,
      reasons: reasonsOf(score.criteria),
      criteria: score.criteria,
      durationMs: Date.now() - started,
      auditDir: run.auditDir,
    }
  } finally {
    await server?.close()
  }
}

/** A task that could not be run (its setup or reference does not apply, its project does not parse). */
export function erroredTask(task: EvalTask, error: unknown, durationMs: number): TaskResult {
  const message = error instanceof Error ? error.message : String(error)
  return {
    id: task.id,
    format: task.format,
    passed: false,
    reasons: [message],
    criteria: [],
    status: 'error',
    costUsd: 0,
    tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    modelCalls: 0,
    durationMs,
    changedFiles: [],
  }
}

async function ticketFile(task: EvalTask, taskDir: string): Promise<string> {
  if (task.ticket.kind === 'file') return task.ticket.path
  const file = path.join(taskDir, 'ticket.md')
  await mkdir(taskDir, { recursive: true })
  const front = toYaml({ key: task.ticket.key, title: task.ticket.title }).trimEnd()
  await writeFile(file, `---\n${front}\n---\n${task.ticket.body}\n`)
  return file
}

async function scriptedServer(
  task: EvalTask,
  agent: EvalAgent,
  repoDir: string,
  git: SpawnCommandRunner,
): Promise<ScriptedMessagesServer | undefined> {
  if (agent.kind === 'claude') return undefined
  const respond =
    agent.kind === 'oracle' ? oracleResponder(await oracleEditsOf(task, repoDir, git)) : nullResponder()
  return startScriptedMessagesServer({ script: [], apiKey: SCRIPTED_KEY, respond })
}

const SCRIPTED_KEY = 'scripted-eval'

function modelInputs(agent: EvalAgent, server: ScriptedMessagesServer | undefined): RawInputs {
  if (agent.kind === 'claude') {
    return {
      'anthropic-api-key': agent.apiKey,
      model: agent.model,
      ...(agent.baseUrl ? { 'anthropic-base-url': agent.baseUrl } : {}),
    }
  }
  return { 'anthropic-api-key': SCRIPTED_KEY, 'anthropic-base-url': server?.url ?? '' }
}

/** The run's change applied to the checkout it left as found, then the task's check in the sandbox. */
async function checkChange(
  task: EvalTask,
  diff: string,
  context: {
    repoDir: string
    taskDir: string
    settings: ReturnType<typeof parseSettings>
    git: SpawnCommandRunner
    dbt: string
  },
): Promise<CheckRun | string> {
  const { repoDir, settings, git } = context
  const check = task.check
  if (!check) return 'the task has no check'
  const workDir = path.join(context.taskDir, 'check')
  const runner = composeCheckRunner({
    settings,
    repoDir,
    workDir,
    commands: git,
    log: { info() {}, warn() {}, error() {}, debug() {}, group: (_name, fn) => fn() },
  })
  // The sandbox is set up from the checkout as the run found it (the profile, the env vars
  // dbt_project.yml names), as a run's is, before the model's change is in it.
  await runner.run('true', [], { cwd: repoDir, timeoutMs: 60_000 })
  await applyPatch(git, repoDir, diff, "The run's change")
  return runCheck(check, {
    projectDir: repoDir,
    runner,
    binDir: context.dbt.includes('/') ? path.dirname(context.dbt) : undefined,
    timeoutMs: settings.dbt.timeoutMs,
    logDir: path.join(workDir, 'logs'),
  })
}

async function expectationOf(task: EvalTask, record: RunRecord, repoDir: string): Promise<Expectation> {
  if (!task.reference) return { files: [], models: [], hasCheck: task.check !== undefined }
  const files = patchedFiles(task.reference, `${task.id}'s reference patch`)
  const project = await readDbtProject(repoDir)
  const stateDir = record.stages.base?.stateDir
  const manifest = stateDir ? await readIfPresent(path.join(stateDir, 'manifest.json')) : undefined
  const models = referenceModels(files, {
    ...(manifest ? { graph: loadManifestGraph(manifest) } : {}),
    packageName: project.name,
    modelPaths: project.modelPaths,
  })
  return { files, models, hasCheck: task.check !== undefined }
}

function factsOf(record: RunRecord, check: CheckRun | string | undefined): RunFacts {
  const last = record.validations.at(-1)
  const status = record.status ?? 'failed:internal'
  return {
    status,
    statusMessage: record.statusMessage ?? '',
    failed: isFailure(status),
    changedFiles: record.changedFiles,
    changedModels: record.changedModels,
    ...(last ? { validation: { round: last.round, ok: last.ok } } : {}),
    ...(check !== undefined ? { check } : {}),
  }
}

function resultBase(
  task: EvalTask,
  record: RunRecord,
): Omit<TaskResult, 'passed' | 'reasons' | 'criteria' | 'durationMs'> {
  const tokens = record.modelCalls.reduce<TaskTokens>(
    (sum, call) => ({
      input: sum.input + call.usage.inputTokens,
      output: sum.output + call.usage.outputTokens,
      cacheRead: sum.cacheRead + call.usage.cacheReadInputTokens,
      cacheWrite: sum.cacheWrite + call.usage.cacheCreationInputTokens,
    }),
    { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  )
  return {
    id: task.id,
    format: task.format,
    status: record.status ?? 'failed:internal',
    costUsd: record.costUsd,
    tokens,
    modelCalls: record.modelCalls.length,
    changedFiles: [...record.changedFiles],
  }
}

function reasonsOf(criteria: readonly Criterion[]): string[] {
  const failing = criteria.filter((criterion) => !criterion.passed)
  if (failing.length === 0) return [`passed ${criteria.map((criterion) => criterion.name).join(', ')}`]
  return failing.map((criterion) => `${criterion.name}: ${criterion.detail}`)
}
