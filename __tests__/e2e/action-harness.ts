import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BIN_DIR = process.env.AUTOPILOT_BIN_DIR ?? path.join(ROOT, '.venv', 'bin')

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Ana Data',
  GIT_AUTHOR_EMAIL: 'ana@acme.test',
  GIT_COMMITTER_NAME: 'Ana Data',
  GIT_COMMITTER_EMAIL: 'ana@acme.test',
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await runProcess('git', args, { cwd, env: { ...process.env, ...GIT_IDENTITY } })
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout.trim()
}

/**
 * A runner's view of a repository: a bare remote holding `main` with examples/shop under `analytics/`,
 * in a temporary folder.
 */
export async function makeRepository(): Promise<{ root: string; remote: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'autopilot-e2e-'))
  const remote = path.join(root, 'remote.git')
  const seed = path.join(root, 'seed')
  await git(root, 'init', '-q', '--bare', '-b', 'main', remote)
  await mkdir(seed)
  await cp(path.join(ROOT, 'examples', 'shop'), path.join(seed, 'analytics'), {
    recursive: true,
    filter: (source) => !['target', 'logs', '.user.yml'].includes(path.basename(source)),
  })
  await writeFile(path.join(seed, '.gitignore'), 'target/\nlogs/\n')
  await git(seed, 'init', '-q', '-b', 'main')
  await git(seed, 'add', '-A')
  await git(seed, 'commit', '-q', '-m', 'Initial dbt project')
  await git(seed, 'remote', 'add', 'origin', remote)
  await git(seed, 'push', '-q', 'origin', 'main')
  return { root, remote }
}

/** A fresh clone of the remote's default branch, as actions/checkout gives each run. */
export async function checkout(repo: { root: string; remote: string }): Promise<string> {
  const dir = await mkdtemp(path.join(repo.root, 'checkout-'))
  await git(repo.root, 'clone', '-q', repo.remote, dir)
  return dir
}

/** What the runner puts in INPUT_* for inputs a workflow does not set: the defaults in action.yml. */
async function actionDefaults(): Promise<Record<string, string>> {
  const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      input.default?.includes('${{') ? '' : (input.default ?? ''),
    ]),
  )
}

export interface ProcessResult {
  code: number
  stdout: string
  stderr: string
}

export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? 1, stdout, stderr })
    })
  })
}

/** The first example payload of an event from @octokit/webhooks-examples, written where GITHUB_EVENT_PATH points. */
export async function writeEventPayload(dir: string, eventName: string): Promise<string> {
  const definitions = JSON.parse(
    await readFile(
      path.join(ROOT, 'node_modules', '@octokit', 'webhooks-examples', 'api.github.com', 'index.json'),
      'utf8',
    ),
  ) as { name: string; examples: unknown[] }[]
  const example = definitions.find((definition) => definition.name === eventName)?.examples[0]
  if (!example) throw new Error(`no example payload for ${eventName}`)
  const file = path.join(dir, `${eventName}.json`)
  await writeFile(file, JSON.stringify(example))
  return file
}

/** Runs the committed bundle as the runner does: inputs as INPUT_* variables, outputs through GITHUB_OUTPUT. */
export async function runAction(options: {
  dir: string
  workspace: string
  inputs: Record<string, string>
  env: Record<string, string>
}): Promise<ProcessResult & { outputs: Record<string, string>; summary: string }> {
  const runDir = await mkdtemp(path.join(options.dir, 'run-'))
  const outputFile = path.join(runDir, 'output.txt')
  const summaryFile = path.join(runDir, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME,
    DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runDir,
    ...options.env,
  }
  const inputs = { ...(await actionDefaults()), ...options.inputs }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await runProcess(process.execPath, [path.join(ROOT, 'dist', 'index.js')], {
    cwd: options.workspace,
    env,
  })
  return {
    ...result,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  }
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string
  return outputs
}
