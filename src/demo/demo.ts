import { access, cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Log } from '../shared/log.js'
import { defaultInputs, parseSettings, type RawInputs } from '../config/settings.js'
import { withCloudSecrets } from '../config/cloud-secrets.js'
import { readRunEnvironment } from '../config/run-environment.js'
import { isFailure } from '../run/outcome.js'
import { TerminalShell } from '../cli/terminal-shell.js'
import { SpawnCommandRunner } from '../adapters/process/command-runner.js'
import { hardenedGitArgs } from '../adapters/git/git-hardening.js'
import { runTicket } from '../run/run-ticket.js'
import { ScriptSchema, startScriptedMessagesServer } from './scripted-messages-server.js'

const SKIPPED = new Set(['target', 'logs', 'dbt_packages', '.user.yml'])

/**
 * `dbt-autopilot demo`: the whole pipeline on a copy of examples/shop with the sample ticket, as a dry run.
 * Without ANTHROPIC_API_KEY the model is a script of canned turns served through the real SDK.
 */
export async function runDemo(args: string[], env: NodeJS.ProcessEnv, log: Log): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, home: { type: 'string' }, script: { type: 'string' } },
    strict: true,
  })
  // The bundle lives in <home>/dist; the examples beside it.
  const home = path.resolve(values.home ?? path.join(path.dirname(process.argv[1] ?? '.'), '..'))
  const shop = path.join(home, 'examples', 'shop')
  const demo = path.join(home, 'examples', 'demo')
  await access(path.join(shop, 'dbt_project.yml')).catch(() => {
    throw new Error(`No examples/shop under ${home}: run the demo from a clone of the Autopilot repository.`)
  })

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-demo-'))
  const repoDir = path.join(scratch, 'repo')
  await cp(shop, repoDir, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) })
  await initRepository(repoDir)

  const venvBin = path.join(home, '.venv', 'bin')
  const hasVenv = await access(path.join(venvBin, 'dbt')).then(
    () => true,
    () => false,
  )
  const raw: RawInputs = {
    ...defaultInputs(),
    ticket: path.join(demo, 'ticket.md'),
    'ticket-source': 'file',
    'dry-run': 'true',
    'upload-artifact': 'false',
    'dbt-executable': hasVenv ? path.join(venvBin, 'dbt') : 'dbt',
    'sqlfluff-executable': hasVenv ? path.join(venvBin, 'sqlfluff') : 'sqlfluff',
  }

  let server: Awaited<ReturnType<typeof startScriptedMessagesServer>> | undefined
  if (env.ANTHROPIC_API_KEY) {
    log.info(`Model: Claude (${raw.model}), with ANTHROPIC_API_KEY from the environment.`)
    raw['anthropic-api-key'] = env.ANTHROPIC_API_KEY
  } else {
    const scriptFile = path.resolve(values.script ?? path.join(demo, 'script.json'))
    const script = ScriptSchema.parse(JSON.parse(await readFile(scriptFile, 'utf8')))
    server = await startScriptedMessagesServer({ script: script.turns, apiKey: 'scripted-demo' })
    log.info(
      `Model: SCRIPTED — canned assistant turns from ${path.relative(process.cwd(), scriptFile)}, served through the real Anthropic SDK by a loopback Messages API server. Set ANTHROPIC_API_KEY to use Claude.`,
    )
    raw['anthropic-api-key'] = 'scripted-demo'
    raw['anthropic-base-url'] = server.url
  }

  try {
    const settings = withCloudSecrets(parseSettings(raw), env)
    const outDir = path.resolve(values.out ?? path.join(scratch, 'out'))
    log.info(`Project: a copy of examples/shop in ${repoDir}`)
    const run = await runTicket({ settings, environment: readRunEnvironment({}), log, repoDir, outDir })
    await new TerminalShell(process.stdout).reportTicketRun(run, settings)
    return isFailure(run.outcome.status) ? 1 : 0
  } finally {
    await server?.close()
  }
}

async function initRepository(dir: string): Promise<void> {
  const git = new SpawnCommandRunner()
  const env = {
    GIT_AUTHOR_NAME: 'Autopilot demo',
    GIT_AUTHOR_EMAIL: 'demo@autopilot.invalid',
    GIT_COMMITTER_NAME: 'Autopilot demo',
    GIT_COMMITTER_EMAIL: 'demo@autopilot.invalid',
  }
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'examples/shop'],
  ]) {
    const result = await git.run('git', hardenedGitArgs(args), { cwd: dir, env })
    if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`)
  }
}
