import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runEval } from '../../src/eval/run-eval.js'
import { MemoryLog } from '../../src/shared/log.js'
import { repoRoot, toolPath } from '../fakes/shop-copy.js'
import { runDemo } from '../../src/demo/demo.js'
import { runCli } from '../../src/cli/run-cli.js'
import { runAction, writeEventPayload } from '../e2e/action-harness.js'
import { connectInMemory, textOf } from '../mcp/mcp-client.js'
import { CLOUD_SECRET, ECHOED_VARIABLE, echoingShop, KEPT_OUT } from './cloud-secret-echo.js'

// Every shell collects the runner's cloud credentials (`withCloudSecrets`): each is started here with one in
// its environment, on a project whose profile names it and whose dbt parse says what it sees. The value
// must reach neither dbt's sandbox (dbt says `token unset`) nor what the shell writes.

const ENV = { [ECHOED_VARIABLE]: CLOUD_SECRET }
const dirs: string[] = []
const TICKET = '---\nkey: E-1\ntitle: Add a column\n---\nAdd completed_orders to customers.\n'

/** What the shell printed to stdout and stderr while `run` ran. */
async function printedBy(run: () => Promise<unknown>): Promise<string> {
  let printed = ''
  const keep = (chunk: unknown) => ((printed += String(chunk)), true)
  jest.spyOn(process.stdout, 'write').mockImplementation(keep)
  jest.spyOn(process.stderr, 'write').mockImplementation(keep)
  try {
    await run()
  } finally {
    jest.restoreAllMocks()
  }
  return printed
}

/** Says what dbt saw in the sandbox, and none of them holds the secret. */
function expectKeptOut(written: string[]): void {
  expect(written.join('\n')).toContain(KEPT_OUT)
  for (const text of written) expect(text).not.toContain(CLOUD_SECRET)
}
beforeAll(() => {
  // The sandbox is built from the process's own environment, as a shell's is.
  process.env[ECHOED_VARIABLE] = CLOUD_SECRET
})
afterAll(async () => {
  delete process.env[ECHOED_VARIABLE]
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('the MCP server', () => {
  it("validate's answer names what dbt saw, which is not the cloud secret", async () => {
    const project = await echoingShop('uncommitted')
    dirs.push(project)
    const { client, close } = await connectInMemory({
      cwd: project,
      env: ENV,
      dbt: { executable: toolPath('dbt'), sqlfluffExecutable: toolPath('sqlfluff'), sandbox: 'required' },
    })
    try {
      expectKeptOut([textOf(await client.callTool({ name: 'validate', arguments: {} }))])
    } finally {
      await close()
    }
  }, 240_000)
})

describe('the eval command', () => {
  it("the report and the task's run.json say what dbt saw, which is not the cloud secret", async () => {
    const project = await echoingShop('none')
    const outDir = `${project}-eval`
    dirs.push(project, outDir)
    const { files, report } = await runEval(
      [
        {
          id: 'echo',
          dir: project,
          format: 'autopilot',
          project,
          ticket: {
            kind: 'text',
            key: 'E-1',
            title: 'Add a column',
            body: 'Add completed_orders to customers.',
          },
        },
      ],
      {
        agent: { kind: 'null' },
        tasksDir: project,
        outDir,
        dbtExecutable: toolPath('dbt'),
        sqlfluffExecutable: toolPath('sqlfluff'),
        log: new MemoryLog(),
        runLog: new MemoryLog(),
        env: ENV,
        inputs: { sandbox: 'required' },
      },
    )
    const auditDir = report.tasks[0]?.auditDir ?? ''
    const written = await Promise.all(
      [...files, path.join(auditDir, 'run.json')].map((file) => readFile(file, 'utf8')),
    )
    expectKeptOut(written)
  }, 240_000)
})

describe('the demo', () => {
  it('what it prints and its run.json say what dbt saw, which is not the cloud secret', async () => {
    // A home like the repository's: the echoing shop as examples/shop, the demo's ticket and script (no
    // .venv: dbt from PATH).
    const shop = await echoingShop('none')
    const home = `${shop}-home`
    const outDir = path.join(home, 'out')
    dirs.push(home)
    await mkdir(path.join(home, 'examples'), { recursive: true })
    await rename(shop, path.join(home, 'examples', 'shop'))
    await cp(path.join(repoRoot, 'examples', 'demo'), path.join(home, 'examples', 'demo'), {
      recursive: true,
    })
    const log = new MemoryLog()
    const printed = await printedBy(() => runDemo(['--home', home, '--out', outDir], ENV, log))
    const runJson = await readFile(path.join(outDir, 'audit', 'run.json'), 'utf8')
    expectKeptOut([printed, log.lines.join('\n'), runJson])
  }, 240_000)
})

describe('the run command', () => {
  it('what it prints and its run.json say what dbt saw, which is not the cloud secret', async () => {
    const repo = await echoingShop('committed')
    const ticket = `${repo}-ticket.md`
    dirs.push(repo, ticket)
    await writeFile(ticket, TICKET)
    const before = process.cwd()
    process.chdir(repo)
    const env = { ...ENV, ANTHROPIC_API_KEY: 'sk-ant-never-called', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' }
    try {
      const args = ['run', '--ticket', ticket, '--dry-run', '--sandbox', 'required']
      const printed = await printedBy(() => runCli(args, env))
      const runJson = await readFile(path.join(repo, 'autopilot-out', 'audit', 'run.json'), 'utf8')
      expectKeptOut([printed, runJson])
    } finally {
      process.chdir(before)
    }
  }, 240_000)
})

describe('the Action (the bundle, as the runner starts it)', () => {
  it('its log, summary, outputs and run.json say what dbt saw, which is not the cloud secret', async () => {
    const workspace = await echoingShop('committed')
    const outDir = `${workspace}-out`
    const ticket = `${workspace}-ticket.md`
    dirs.push(workspace, outDir, ticket)
    await writeFile(ticket, TICKET)
    await mkdir(outDir)
    const run = await runAction({
      dir: outDir,
      workspace,
      inputs: {
        ticket,
        'ticket-source': 'file',
        'dry-run': 'true',
        'upload-artifact': 'false',
        'output-dir': outDir,
        sandbox: 'required',
        'anthropic-api-key': 'sk-ant-never-called',
        'anthropic-base-url': 'http://127.0.0.1:9',
      },
      env: {
        ...ENV,
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: await writeEventPayload(outDir, 'workflow_dispatch'),
        GITHUB_REPOSITORY: 'acme/shop',
      },
    })
    // The runner masks what `::add-mask::` names: the one line that must carry the value.
    expect(run.stdout).toContain(`::add-mask::${CLOUD_SECRET}`)
    const log = run.stdout.replace(`::add-mask::${CLOUD_SECRET}`, '')
    const runJson = await readFile(path.join(outDir, 'audit', 'run.json'), 'utf8')
    expectKeptOut([log, run.stderr, run.summary, JSON.stringify(run.outputs), runJson])
  }, 240_000)
})
