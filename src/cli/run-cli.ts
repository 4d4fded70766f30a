import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { inputsFromEnvironment, inTerminalWords } from '../config/input-wording.js'
import { ConsoleLog } from './console-log.js'
import { CLI_NAME } from './cli-name.js'
import { didYouMean } from './did-you-mean.js'
import { PACKAGE_VERSION } from './package-version.js'
import { inputsFromFlags, runFlagsHelp, runOptions, type RunFlagValues } from './run-flags.js'

// Commands are imported when run, so `--help`, `--version` and a mistyped command load none of the
// pipeline's code.

interface CliCommand {
  /** One line of the overall usage. */
  synopsis: string
  /** The command's own `--help`. */
  help: () => Promise<string>
  run: (args: string[], env: NodeJS.ProcessEnv, log: ConsoleLog) => Promise<number>
}

const RUN_USAGE = `Usage: ${CLI_NAME} run --ticket <file|KEY|#N> [--project-dir <dir>] [--dry-run] [--output-dir <dir>] [options]
       ${CLI_NAME} run --schema-drift [options]     the warehouse's source columns vs the YAML, no ticket
       ${CLI_NAME} run --mode backlog --backlog-query <JQL> [options]   the backlog's tickets, one after another
  One ticket's run on the dbt project in the current repository: the agent's change, validated by dbt.
  Every input of the Action is a flag of the same name; relative paths are from the current folder.
  The output folder defaults to ./autopilot-out. Exit codes: 0 done, 1 the run failed, 2 usage error.
  Give tokens and keys through their environment variables: a flag's value shows in the process list.`

const COMMANDS: Readonly<Record<string, CliCommand>> = {
  run: {
    synopsis:
      'run --ticket <file|KEY|#N> [--dry-run] [...]   one ticket (or --schema-drift), as the Action does',
    help: () =>
      Promise.resolve(
        `${RUN_USAGE}\n\nOptions:\n${runFlagsHelp()}\n  --schema-drift\n      Run as mode detect-schema-drift (no --ticket).`,
      ),
    run: (args, env, log) => runCommand(args, env, log),
  },
  impact: {
    synopsis:
      'impact --base <manifest.json> --new <manifest.json> [--json]   downstream nodes, contract breaks',
    help: async () => (await import('./impact-command.js')).IMPACT_USAGE,
    run: async (args) => (await import('./impact-command.js')).runImpactCommand(args, process.stdout),
  },
  context: {
    synopsis: 'context --manifest <manifest.json> --ticket <file> [--json]   what the agent would be shown',
    help: async () => (await import('./context-command.js')).CONTEXT_USAGE,
    run: async (args) => (await import('./context-command.js')).runContextCommand(args, process.stdout),
  },
  'verify-audit': {
    synopsis: 'verify-audit <audit dir> [--expect <sha256>]   check an audit bundle for tampering',
    help: async () => (await import('../audit/verify-audit.js')).VERIFY_AUDIT_USAGE,
    run: async (args) => (await import('../audit/verify-audit.js')).runVerifyAudit(args, process.stdout),
  },
  eval: {
    synopsis:
      'eval --tasks <folder> [--agent claude|oracle|null] [--min-pass-rate <0-1>]   replay tasks, score the agent',
    help: async () => (await import('./eval-command.js')).EVAL_USAGE,
    run: async (args, env, log) => (await import('./eval-command.js')).runEvalCommand(args, env, log),
  },
  mcp: {
    synopsis: 'mcp   an MCP server on stdio (Cursor, OpenCode, Claude Desktop...): see docs/mcp.md',
    help: async () => (await import('../mcp/serve-mcp.js')).MCP_USAGE,
    run: async (args) => (await import('../mcp/serve-mcp.js')).runMcpCommand(args),
  },
  demo: {
    synopsis: 'demo [--out <dir>]   the whole pipeline on examples/shop with a scripted model (from a clone)',
    help: () =>
      Promise.resolve(
        `Usage: ${CLI_NAME} demo [--out <dir>]\n  A dry run on a copy of examples/shop; needs a clone of the repository.`,
      ),
    run: async (args, env, log) => (await import('../demo/demo.js')).runDemo(args, env, log),
  },
}

const USAGE = `Usage: ${CLI_NAME} <command> [options]     (${CLI_NAME} <command> --help for its options)

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.synopsis.replace(/ {3}/, '\n      ')}`)
  .join('\n')}

  --version   the version;  --help   this text

Secrets and services come from the environment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, JIRA_URL,
JIRA_EMAIL, JIRA_API_TOKEN, JIRA_BEARER_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL; on GitLab
GITLAB_TOKEN, CI_SERVER_URL, CI_PROJECT_PATH (see docs/gitlab.md).`

/** The local CLI. Returns the process exit code. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = new ConsoleLog()
  const [name = '--help', ...rest] = args
  try {
    if (name === '--version' || name === '-v' || name === 'version') {
      process.stdout.write(`${PACKAGE_VERSION}\n`)
      return 0
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined
      process.stdout.write(`${topic ? await topic.help() : USAGE}\n`)
      return 0
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
    if (!command) {
      process.stderr.write(
        `${CLI_NAME}: unknown command '${name}'.${didYouMean(name, Object.keys(COMMANDS))}\n${USAGE}\n`,
      )
      return 2
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${await command.help()}\n`)
      return 0
    }
    return await command.run(rest, env, log)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`${CLI_NAME}: ${inTerminalWords(message)}\n`)
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
  const options = runOptions()
  let values: RunFlagValues
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new SettingsError(`${flagProblem(error as Error, Object.keys(options))}\n${RUN_USAGE}`)
  }
  const drift = values['schema-drift'] === true || values.mode === 'detect-schema-drift'
  const ticket = typeof values.ticket === 'string' ? values.ticket : ''
  const backlog = values.mode === 'backlog'
  if (!ticket && !drift && !backlog)
    throw new SettingsError(`--ticket (or --schema-drift, or --mode backlog) is required.\n${RUN_USAGE}`)
  if (ticket && drift) throw new SettingsError(`--schema-drift finds its own ticket: drop --ticket.`)
  const cwd = process.cwd()
  // The flags' values are checked before anything else looks at the disk, so a usage error is said first.
  parseSettings(
    { ...defaultInputs(), ...inputsFromFlags(values, { cwd, repoDir: cwd, ticketFileExists: () => false }) },
    'terminal',
  )
  const projectValue = values['project-dir'] ?? values.project
  const projectDir = path.resolve(cwd, typeof projectValue === 'string' ? projectValue : '.')
  const repoDir = await gitTopLevel(projectDir)
  const raw = {
    ...defaultInputs(),
    'upload-artifact': 'false',
    'output-dir': path.resolve(cwd, 'autopilot-out'),
    'project-dir': path.relative(repoDir, projectDir) || '.',
    ...inputsFromEnvironment(env),
    ...inputsFromFlags(values, { cwd, repoDir, ticketFileExists: existsSync }),
  }
  const { withCloudSecrets } = await import('../config/cloud-secrets.js')
  const settings = withCloudSecrets(parseSettings(raw, 'terminal'), env)
  const job = terminalJob(settings, readRunEnvironment(env), repoDir, log)
  const request = { kind: 'run', event: 'cli', ticket: settings.ticket.key, origin: {} } as const
  const { status } = await runMode(chooseMode(request, settings), job)
  return isFailure(status) ? 1 : 0
}

/** parseArgs' complaint, with the flag it most likely meant. */
export function flagProblem(error: Error, flags: readonly string[]): string {
  const unknown = /Unknown option '--?([^']+)'/.exec(error.message)?.[1]
  return unknown ? `${error.message}.${didYouMean(unknown, flags, '--')}` : error.message
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
      `${dir} is not inside a git repository: Autopilot commits its change on a branch (pass --project-dir).`,
    )
  }
  return result.stdout.trim()
}
