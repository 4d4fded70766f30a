import { expect } from '@jest/globals'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultInputs, parseSettings, type Settings } from '../../src/config/settings.js'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import type { RunEnvironment } from '../../src/config/run-environment.js'
import { MemoryLog } from '../../src/shared/log.js'
import { readAuditBundle, type AuditBundle } from '../../src/audit/audit-bundle.js'
import { runTicket, type TicketRun } from '../../src/run/run-ticket.js'
import { manifest, model } from '../project/manifests/build.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { FAST_RETRY } from '../fakes/github-client.js'
import { startJiraServer, type FakeJira } from '../fakes/jira-server.js'
import { makeRepo, remoteHead, sh, write, type RepoFixture } from '../publish/git-fixture.js'
import { startFaultProxy, type FaultProxy } from './fault-proxy.js'
import { toolTurn } from '../fakes/script-turns.js'

/**
 * Everything one fault run needs, real except the far ends: `runTicket` against loopback Jira, Anthropic
 * (scripted) and GitHub fakes behind fault proxies, real git with a bare remote, and a stand-in `dbt`
 * that passes at once (deferring to a hand-made manifest, so no real dbt process starts).
 */

export const TOKENS = {
  github: 'ghs_faultSuiteToken',
  anthropic: 'sk-ant-faultSuiteKey',
  jira: 'jira-fault-suite-token',
}
export const KEY = 'DATA-123'
export const BRANCH = `autopilot/${KEY}`
/** What the scripted model writes; its presence in a branch or the audit patch means the work survived. */
export const EDIT = 'select 1 as order_id'

export { toolTurn }
export const renameTurn = toolTurn(
  'edit_file',
  { path: 'models/orders.sql', old: 'select 1 as id', new: EDIT },
  'toolu_edit',
)
export const finishTurn = toolTurn('finish', { summary: 'Renamed id to order_id.' }, 'toolu_finish')
export const HAPPY_SCRIPT = [renameTurn, finishTurn]

export interface FaultRun {
  /** Undefined when runTicket itself threw (then `thrown` is set). */
  result?: TicketRun
  thrown?: unknown
  audit?: AuditBundle
  log: MemoryLog
  outDir: string
}

export interface RunOptions {
  script?: ScriptTurn[]
  inputs?: Record<string, string>
  outDir?: string
  /** Called once the Anthropic proxy exists and before the run starts: where model faults are queued. */
  beforeRun?: () => void
  /** What the shell adds to the parsed inputs (the cloud credentials it found in its environment). */
  settings?: Partial<Settings>
}

export class FaultStage {
  repo!: RepoFixture
  jira!: FakeJira
  jiraProxy!: FaultProxy
  github!: GitHubFake
  githubProxy!: FaultProxy
  anthropicProxy!: FaultProxy
  /** Folder of stand-in executables (`dbt-ok`, `dbt-crash`, `dbt-hang`). */
  bin!: string
  private closers: (() => Promise<unknown>)[] = []

  async start(): Promise<void> {
    this.repo = await makeRepo()
    await write(this.repo.work, 'dbt_project.yml', "name: shop\nversion: '1.0'\nprofile: shop\n")
    await write(this.repo.work, '.gitignore', 'target/\n')
    sh(this.repo.work, 'add', '--all')
    sh(this.repo.work, 'commit', '--quiet', '-m', 'dbt project')
    sh(this.repo.work, 'push', '--quiet', 'origin', 'main')
    this.bin = await mkdtemp(path.join(tmpdir(), 'autopilot-faults-bin-'))
    await this.executable('dbt-ok', 'exit 0')
    await this.executable(
      'dbt-crash',
      'echo "Traceback (most recent call last): Segmentation fault" >&2\nexit 139',
    )
    await this.executable('dbt-hang', 'exec sleep 30')
    const base = manifest({ nodes: [model('orders', { file: 'models/orders.sql' })] })
    await writeFile(path.join(this.bin, 'manifest.json'), JSON.stringify(base))

    this.jira = await startJiraServer({ auth: { email: 'bot@example.com', token: TOKENS.jira } })
    this.jiraProxy = await startFaultProxy(this.jira.url)
    this.github = await startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKENS.github })
    this.githubProxy = await startFaultProxy(this.github.url)
    this.closers.push(
      () => this.jiraProxy.close(),
      () => this.jira.close(),
      () => this.githubProxy.close(),
      () => this.github.close(),
      () => this.repo.remove(),
      () => rm(this.bin, { recursive: true, force: true }),
    )
  }

  async stop(): Promise<void> {
    await Promise.all(this.closers.map((close) => close()))
    this.closers = []
  }

  /** One `runTicket` with the scripted model; `inputs` override the suite's defaults. */
  async run(options: RunOptions = {}): Promise<FaultRun> {
    const anthropic = await startScriptedMessagesServer({
      script: options.script ?? HAPPY_SCRIPT,
      apiKey: TOKENS.anthropic,
    })
    this.anthropicProxy = await startFaultProxy(anthropic.url)
    const proxy = this.anthropicProxy
    this.closers.push(
      () => proxy.close(),
      () => anthropic.close(),
    )
    const settings = parseSettings({
      ...defaultInputs(),
      ticket: KEY,
      'jira-url': this.jiraProxy.url,
      'jira-email': 'bot@example.com',
      'jira-api-token': TOKENS.jira,
      'anthropic-api-key': TOKENS.anthropic,
      'anthropic-base-url': proxy.url,
      'github-token': TOKENS.github,
      'dbt-executable': path.join(this.bin, 'dbt-ok'),
      'state-manifest': path.join(this.bin, 'manifest.json'),
      lint: 'false',
      'base-branch': 'main',
      ...options.inputs,
    })
    Object.assign(settings, options.settings)
    const environment: RunEnvironment = {
      repository: { owner: 'acme', repo: 'analytics' },
      serverUrl: 'https://github.com',
      apiUrl: this.githubProxy.url,
    }
    const outDir = options.outDir ?? (await mkdtemp(path.join(tmpdir(), 'autopilot-faults-out-')))
    if (!options.outDir) this.closers.push(() => rm(outDir, { recursive: true, force: true }))
    options.beforeRun?.()
    const log = new MemoryLog()
    const run: FaultRun = { log, outDir }
    try {
      run.result = await runTicket({
        settings,
        environment,
        log,
        repoDir: this.repo.work,
        outDir,
        githubRetry: FAST_RETRY,
      })
      run.audit = await readAuditBundle(run.result.auditDir)
    } catch (error) {
      run.thrown = error
    }
    return run
  }

  remoteHead(): string | undefined {
    return remoteHead(this.repo.remote, BRANCH)
  }

  /** The remote branch's copy of the edited model, or undefined without the branch. */
  remoteModel(): string | undefined {
    if (!this.remoteHead()) return undefined
    return sh(this.repo.remote, 'show', `refs/heads/${BRANCH}:models/orders.sql`)
  }

  /** The remote branch is absent, or its head is a whole commit on main whose tree holds the edit. */
  branchIsWhole(): boolean {
    const head = this.remoteHead()
    if (!head) return true
    const parent = sh(this.repo.remote, 'rev-parse', `${head}^`)
    return parent === sh(this.repo.remote, 'rev-parse', 'refs/heads/main') && this.remoteModel() === EDIT
  }

  /** The model's edit was made but is in neither the remote branch nor the audit bundle's patch. */
  async lostWork(run: FaultRun): Promise<boolean> {
    const edited = run.result?.record.toolCalls.some((call) => call.name === 'edit_file' && call.ok) ?? false
    if (!edited) return false
    if (this.remoteModel() === EDIT) return false
    const patch = run.result
      ? await readFile(path.join(run.result.auditDir, 'diff.patch'), 'utf8').catch(() => '')
      : ''
    return !patch.includes(`+${EDIT}`) && !(run.audit?.diff ?? '').includes(`+${EDIT}`)
  }

  private async executable(name: string, body: string): Promise<void> {
    const file = path.join(this.bin, name)
    await writeFile(file, `#!/bin/sh\n${body}\n`)
    await chmod(file, 0o755)
  }
}

/** The run's status and message, checked against the result, the audit bundle's run.json and the log. */
export function expectOutcome(run: FaultRun, status: string, phrase: RegExp): string {
  if (run.thrown) throw run.thrown
  expect(run.result?.outcome.status).toBe(status)
  expect(run.result?.outcome.message).toMatch(phrase)
  expect(run.audit?.run.status).toBe(status)
  expect(run.audit?.run.statusMessage).toBe(run.result?.outcome.message)
  return status
}
