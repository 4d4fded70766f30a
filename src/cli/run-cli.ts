import { parseArgs } from 'node:util'
import path from 'node:path'
import { ConsoleLog } from './console-log.js'
import type { RawInputs } from '../config/settings.js'

// Commands are imported when run, so `--help` and a mistyped command load none of the pipeline's code.

const USAGE = `Usage:
  autopilot run --ticket <file|KEY|#N> [--project <dir>] [--dry-run] [--out <dir>] [--model <name>]
                [--profiles-dir <dir>] [--target <name>] [--dbt <exe>] [--sqlfluff <exe>] [--no-lint]
                [--state-manifest <manifest.json> | --defer-target <prod target>]
                [--on-breaking-change draft|block|warn|new-version] [--repair-rounds <n>]
                [--sandbox auto|required|off] [--no-data-evidence]
  autopilot run --schema-drift [same options, no --ticket]: the warehouse's source columns vs the YAML
  autopilot demo [--out <dir>]
  autopilot verify-audit <audit dir> [--expect <sha256>]
  autopilot impact --base <manifest.json> --new <manifest.json> [--json]
  autopilot context --manifest <manifest.json> --ticket <file> [--budget <tokens>] [--json]

Secrets and services come from the environment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, JIRA_URL,
JIRA_EMAIL, JIRA_API_TOKEN, JIRA_BEARER_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL.
Notifications: SLACK_WEBHOOK_URL, or SLACK_BOT_TOKEN with SLACK_CHANNEL; TEAMS_WEBHOOK_URL; NOTIFY_ON.`

/** The local CLI. Returns the process exit code. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = new ConsoleLog()
  const [command, ...rest] = args
  try {
    if (command === 'run') return await runCommand(rest, env, log)
    if (command === 'demo') return await (await import('../demo/demo.js')).runDemo(rest, env, log)
    if (command === 'verify-audit')
      return await (await import('../audit/verify-audit.js')).runVerifyAudit(rest, process.stdout)
    if (command === 'impact')
      return await (await import('./impact-command.js')).runImpactCommand(rest, process.stdout)
    if (command === 'context')
      return await (await import('./context-command.js')).runContextCommand(rest, process.stdout)
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return 0
    }
    process.stderr.write(`autopilot: unknown command '${command}'\n${USAGE}\n`)
    return 2
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`autopilot: ${message}\n`)
    const { SettingsError } = await import('../config/settings.js')
    return error instanceof SettingsError ? 2 : 1
  }
}

async function runCommand(args: string[], env: NodeJS.ProcessEnv, log: ConsoleLog): Promise<number> {
  const { defaultInputs, parseSettings, SettingsError } = await import('../config/settings.js')
  const { readRunEnvironment } = await import('../config/run-environment.js')
  const { chooseMode } = await import('../modes/choose-mode.js')
  const { runMode } = await import('../modes/run-mode.js')
  const { terminalJob } = await import('./terminal-shell.js')
  const { isFailure } = await import('../run/outcome.js')
  const { values } = parseArgs({
    args,
    options: {
      ticket: { type: 'string' },
      project: { type: 'string', default: '.' },
      'profiles-dir': { type: 'string' },
      target: { type: 'string' },
      dbt: { type: 'string' },
      sqlfluff: { type: 'string' },
      'no-lint': { type: 'boolean', default: false },
      'no-data-evidence': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      out: { type: 'string' },
      model: { type: 'string' },
      'schema-drift': { type: 'boolean', default: false },
      'state-manifest': { type: 'string' },
      'defer-target': { type: 'string' },
      'on-breaking-change': { type: 'string' },
      'repair-rounds': { type: 'string' },
      sandbox: { type: 'string' },
    },
    strict: true,
  })
  const drift = values['schema-drift']
  if (!values.ticket && !drift) throw new SettingsError(`--ticket (or --schema-drift) is required.\n${USAGE}`)
  if (values.ticket && drift) throw new SettingsError(`--schema-drift finds its own ticket: drop --ticket.`)
  const projectDir = path.resolve(values.project)
  const repoDir = await gitTopLevel(projectDir)
  const raw: RawInputs = {
    ...defaultInputs(),
    ...inputsFromEnvironment(env),
    ticket: values.ticket ?? '',
    mode: drift ? 'detect-schema-drift' : 'run',
    'project-dir': path.relative(repoDir, projectDir) || '.',
    'dry-run': String(values['dry-run']),
    ...(values['no-lint'] ? { lint: 'false' } : {}),
    ...(values['no-data-evidence'] ? { 'data-evidence': 'false' } : {}),
    'upload-artifact': 'false',
    'output-dir': path.resolve(values.out ?? 'autopilot-out'),
  }
  if (values['profiles-dir'])
    raw['profiles-dir'] = path.relative(repoDir, path.resolve(values['profiles-dir']))
  if (values.target) raw['dbt-target'] = values.target
  if (values.dbt) raw['dbt-executable'] = values.dbt
  if (values.sqlfluff) raw['sqlfluff-executable'] = values.sqlfluff
  if (values.model) raw.model = values.model
  if (values['state-manifest'])
    raw['state-manifest'] = path.relative(repoDir, path.resolve(values['state-manifest']))
  if (values['defer-target']) raw['defer-target'] = values['defer-target']
  if (values['on-breaking-change']) raw['on-breaking-change'] = values['on-breaking-change']
  if (values['repair-rounds']) raw['repair-rounds'] = values['repair-rounds']
  if (values.sandbox) raw.sandbox = values.sandbox
  const settings = parseSettings(raw)
  const job = terminalJob(settings, readRunEnvironment(env), repoDir, log)
  const request = { kind: 'run', event: 'cli', ticket: values.ticket ?? '', origin: {} } as const
  const { status } = await runMode(chooseMode(request, settings), job)
  return isFailure(status) ? 1 : 0
}

/** Environment variables a person would set for a local run, as action inputs. */
export function inputsFromEnvironment(env: NodeJS.ProcessEnv): RawInputs {
  const pairs: [string, string | undefined][] = [
    ['anthropic-api-key', env.ANTHROPIC_API_KEY],
    ['anthropic-base-url', env.ANTHROPIC_BASE_URL],
    ['jira-url', env.JIRA_URL],
    ['jira-email', env.JIRA_EMAIL],
    ['jira-api-token', env.JIRA_API_TOKEN],
    ['jira-bearer-token', env.JIRA_BEARER_TOKEN],
    ['github-token', env.GITHUB_TOKEN],
    ['slack-webhook-url', env.SLACK_WEBHOOK_URL],
    ['slack-bot-token', env.SLACK_BOT_TOKEN],
    ['slack-channel', env.SLACK_CHANNEL],
    ['teams-webhook-url', env.TEAMS_WEBHOOK_URL],
    ['notify-on', env.NOTIFY_ON],
  ]
  return Object.fromEntries(pairs.filter((pair): pair is [string, string] => Boolean(pair[1])))
}

async function gitTopLevel(dir: string): Promise<string> {
  const { SpawnCommandRunner } = await import('../adapters/process/command-runner.js')
  const { SettingsError } = await import('../config/settings.js')
  const { hardenedGitArgs } = await import('../adapters/git/git-hardening.js')
  const result = await new SpawnCommandRunner().run(
    'git',
    hardenedGitArgs(['rev-parse', '--show-toplevel']),
    {
      cwd: dir,
    },
  )
  if (result.exitCode !== 0) {
    throw new SettingsError(
      `${dir} is not inside a git repository: Autopilot commits its change on a branch.`,
    )
  }
  return result.stdout.trim()
}
