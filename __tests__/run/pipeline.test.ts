import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { appendFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AnthropicModel } from '../../src/adapters/anthropic/anthropic-model.js'
import { defaultInputs, parseSettings, type Settings } from '../../src/config/settings.js'
import type { ChangeValidator, Validation } from '../../src/validate/validation.js'
import { MemoryLog } from '../../src/shared/log.js'
import { runPipeline, type PipelineAdapters } from '../../src/run/pipeline.js'
import { classifyFailure } from '../../src/run/outcome.js'
import { AutopilotError } from '../../src/shared/autopilot-error.js'
import { Git } from '../../src/adapters/git/git.js'
import { GitPolicySource } from '../../src/adapters/git/git-policy-source.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { OctokitCodeHost } from '../../src/adapters/github/octokit-code-host.js'
import { githubRepo } from '../fakes/github-client.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { Ticket } from '../../src/tickets/ticket.js'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { buildZip } from '../fakes/zip-writer.js'
import { toolTurn } from '../fakes/script-turns.js'
import { manifest, model, withFields } from '../project/manifests/build.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { artifactProductionState, type ProductionState } from '../../src/project/production-state.js'
import { makeRepo, remoteHead, sh, write, type RepoFixture } from '../publish/git-fixture.js'

// The pipeline's decisions — draft or not, push or not, which outcome — with every port real except
// validation, which is scripted here (real dbt runs in __tests__/dbt and the end-to-end tests).

const TOKEN = 'ghs_pipelineTestToken'
const TICKET: Ticket = {
  key: 'DATA-7',
  source: 'jira',
  title: 'Rename id to order_id',
  // Matches the built-in schema-change rule, so the classifier needs no model call.
  body: 'Rename the id column to order_id in the orders model.',
  labels: [],
  fields: {},
  url: 'https://acme.atlassian.net/browse/DATA-7',
}

const renameTurn = toolTurn(
  'edit_file',
  { path: 'models/orders.sql', old: 'select 1 as id', new: 'select 1 as order_id' },
  'toolu_edit',
)
const finishTurn = (id = 'toolu_finish') => toolTurn('finish', { summary: 'Renamed id to order_id.' }, id)

function validation(round: number, ok: boolean): Validation {
  return {
    round,
    ok,
    changedModels: ['orders'],
    dbt: {
      ok,
      mode: 'with-parents',
      command: 'dbt build --select @state:modified',
      exitCode: ok ? 0 : 1,
      results: [
        {
          uniqueId: 'model.shop.orders',
          status: ok ? 'success' : 'error',
          message: ok ? 'OK' : 'Binder Error: column "id" not found',
          executionTimeS: 0.1,
          file: 'models/orders.sql',
        },
      ],
    },
    lint: { ok: true, files: ['models/orders.sql'], violations: [] },
  }
}

/** Validation that answers each round with the next scripted verdict. */
function scriptedValidator(
  verdicts: boolean[],
  duringValidation: () => Promise<void> = async () => {},
): ChangeValidator & { rounds: string[][]; deferredTo: (string | undefined)[] } {
  const rounds: string[][] = []
  const deferredTo: (string | undefined)[] = []
  return {
    rounds,
    deferredTo,
    prepareBase: async (stateManifest) => {
      deferredTo.push(stateManifest)
      return { mode: stateManifest ? 'deferred' : 'with-parents', stateDir: '/tmp/state' }
    },
    validate: async (round, files) => {
      rounds.push(files)
      await duringValidation()
      return { validation: validation(round, verdicts[round - 1] ?? false) }
    },
  }
}

describe('runPipeline', () => {
  let github: GitHubFake
  let repo: RepoFixture
  let closers: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    github = await startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKEN })
  })
  afterAll(() => github.close())
  beforeEach(async () => {
    repo = await makeRepo()
    github.state.pulls.length = 0
  })
  afterEach(async () => {
    await Promise.all(closers.map((close) => close()))
    closers = []
    await repo.remove()
  })

  async function run(options: {
    turns: ScriptTurn[]
    verdicts: boolean[]
    inputs?: Record<string, string>
    productionState?: (codeHost: OctokitCodeHost, outDir: string) => ProductionState
    ticket?: Ticket
    serverUrl?: string
    /** What the code dbt ran did besides validating (an escape the sandbox should have stopped). */
    duringValidation?: () => Promise<void>
    /** Replaces the scripted verdicts (a validator that hands back manifests). */
    validator?: ChangeValidator
    /** The review pass's model id (`review-model`), at the same scripted API. */
    reviewModel?: string
  }) {
    const anthropic = await startScriptedMessagesServer({ script: options.turns, apiKey: 'sk-ant-test' })
    closers.push(() => anthropic.close())
    const settings: Settings = parseSettings({
      ...defaultInputs(),
      ticket: TICKET.key,
      'github-token': TOKEN,
      'repair-rounds': '1',
      ...options.inputs,
    })
    const validator = scriptedValidator(options.verdicts, options.duringValidation)
    const log = new MemoryLog()
    const codeHost = new OctokitCodeHost(githubRepo(github.url, TOKEN))
    const outDir = await mkdtemp(path.join(tmpdir(), 'autopilot-pipeline-'))
    const commands = new SpawnCommandRunner()
    const adapters: PipelineAdapters = {
      tickets: { fetch: async () => options.ticket ?? TICKET },
      model: new AnthropicModel({
        apiKey: 'sk-ant-test',
        baseURL: anthropic.url,
        model: 'claude-sonnet-5-5',
      }),
      ...(options.reviewModel
        ? {
            reviewModel: new AnthropicModel({
              apiKey: 'sk-ant-test',
              baseURL: anthropic.url,
              model: options.reviewModel,
            }),
          }
        : {}),
      validator: options.validator ?? validator,
      git: new Git(commands, repo.work, TOKEN),
      policySource: new GitPolicySource(commands, {
        serverUrl: options.serverUrl ?? 'https://github.com',
        token: TOKEN,
      }),
      codeHost,
      log,
      productionState: options.productionState?.(codeHost, outDir),
    }
    const record = new RunRecord('test-run')
    closers.push(async () => undefined)
    // A stage that ends the run throws an error carrying its status; the run ticket classifies it the same.
    const outcome = await runPipeline(
      settings,
      adapters,
      { repoDir: repo.work, pushToken: TOKEN },
      record,
    ).catch((error: unknown) => {
      if (error instanceof AutopilotError) return classifyFailure(error)
      throw error
    })
    return { outcome, record, validator, log, anthropic }
  }

  it('opens a ready PR when validation passes, after one repair round', async () => {
    const { outcome, validator } = await run({
      turns: [
        renameTurn,
        finishTurn(),
        toolTurn('read_file', { path: 'models/orders.sql' }, 'toolu_read'),
        finishTurn('f2'),
      ],
      verdicts: [false, true],
    })
    expect(outcome.status).toBe('pr-opened')
    expect(validator.rounds).toEqual([['models/orders.sql'], ['models/orders.sql']])
    expect(github.state.pulls).toMatchObject([{ head: 'autopilot/DATA-7', base: 'main', draft: false }])
    expect(github.state.pulls[0]?.labels).toEqual(['autopilot'])
    expect(remoteHead(repo.remote, 'autopilot/DATA-7')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('refuses a review model without a price before any model call, and needs none when `review` is off', async () => {
    const unpriced = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      inputs: { review: 'true' },
      reviewModel: 'claude-unpriced-review',
    })
    expect(unpriced.outcome).toMatchObject({
      status: 'failed:config',
      message: expect.stringContaining('No price for model claude-unpriced-review'),
    })
    expect(unpriced.anthropic.messageRequests).toHaveLength(0)

    const off = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      reviewModel: 'claude-unpriced-review',
    })
    expect(off.outcome.status).toBe('pr-opened')
    expect(off.record.modelCalls.map((call) => call.stage)).toEqual(['agent', 'agent'])
  })

  /** `state-artifact: dbt-manifest`, `state-workflow: deploy.yml`, against the fake's Actions API. */
  const fromDeployArtifact = (codeHost: OctokitCodeHost, outDir: string) =>
    artifactProductionState(
      { name: 'dbt-manifest', workflow: 'deploy.yml' },
      { ...githubRepo(github.url, TOKEN), codeHost },
      outDir,
    )

  it('defers to the production manifest of the latest successful deploy run, and says so in the PR', async () => {
    github.state.workflows.push({ id: 77, file: 'deploy.yml', name: 'Deploy' })
    github.state.workflowRuns.push({
      id: 9100,
      workflowId: 77,
      branch: 'main',
      status: 'completed',
      conclusion: 'success',
      created_at: '2026-11-23T04:00:00Z',
    })
    const manifestText = JSON.stringify(manifest({ nodes: [model('orders')] }))
    github.state.artifacts.push({
      id: 501,
      runId: 9100,
      name: 'dbt-manifest',
      expired: false,
      created_at: '2026-11-23T04:05:00Z',
      zip: buildZip([{ name: 'target/manifest.json', data: manifestText }]),
    })
    const { outcome, validator, log } = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      productionState: fromDeployArtifact,
    })
    expect(outcome.status).toBe('pr-opened')
    const [deferredTo] = validator.deferredTo
    expect(await readFile(deferredTo as string, 'utf8')).toBe(manifestText)
    expect(github.state.pulls[0]?.body).toMatch(
      /Production state: `manifest.json` from artifact `dbt-manifest` of \[run 9100\]\([^)]+\) \(2026-11-23\)/,
    )
    expect(log.lines.join('\n')).toContain('Deferring to dbt-manifest')
    github.state.workflows.length = 0
    github.state.workflowRuns.length = 0
    github.state.artifacts.length = 0
  })

  it('parses the base when no deploy run has the artifact, and the PR says why', async () => {
    github.state.workflows.push({ id: 78, file: 'deploy.yml', name: 'Deploy' })
    const { outcome, validator } = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      productionState: fromDeployArtifact,
    })
    github.state.workflows.length = 0
    expect(outcome.status).toBe('pr-opened')
    expect(validator.deferredTo).toEqual([undefined])
    expect(github.state.pulls[0]?.body).toMatch(/Production state: not used\. .*successful/)
  })

  it('keeps work that hit the turn budget as a draft PR that says why', async () => {
    const { outcome, record, anthropic } = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      inputs: { 'max-turns': '1' },
    })
    expect(anthropic.messageRequests).toHaveLength(1)
    expect(record.modelCalls).toHaveLength(1)
    expect(outcome.status).toBe('pr-opened')
    expect(record.stages.change?.draftReason).toMatch(/limit/)
    expect(github.state.pulls).toMatchObject([{ draft: true }])
    expect(github.state.pulls[0]?.body).toContain(record.stages.change?.draftReason?.slice(0, 30))
  })

  it('keeps the edits made before the model API failed, as a draft PR that says so', async () => {
    // After the first turn the script is exhausted: the loopback server answers 500 until the SDK gives up.
    const { outcome, record } = await run({ turns: [renameTurn], verdicts: [true] })
    expect(outcome.status).toBe('pr-opened')
    expect(record.stages.change?.draftReason).toContain('the model API failed')
    expect(github.state.pulls).toMatchObject([{ draft: true }])
  })

  it('opens a draft PR when validation still fails after repair (on-validation-failure: draft)', async () => {
    const { outcome, record } = await run({
      turns: [renameTurn, finishTurn(), finishTurn('f2')],
      verdicts: [false, false],
    })
    expect(outcome.status).toBe('pr-opened')
    expect(record.stages.change?.draftReason).toContain('Validation still fails after 1 repair round')
    expect(github.state.pulls).toMatchObject([{ draft: true }])
  })

  it('opens the draft PR and fails the run with on-validation-failure: fail', async () => {
    const { outcome } = await run({
      turns: [renameTurn, finishTurn(), finishTurn('f2')],
      verdicts: [false, false],
      inputs: { 'on-validation-failure': 'fail' },
    })
    expect(outcome.status).toBe('failed:validation')
    expect(github.state.pulls).toMatchObject([{ draft: true }])
  })

  it('pushes nothing with on-validation-failure: no-pr, and keeps the patch for the audit bundle', async () => {
    const { outcome, record } = await run({
      turns: [renameTurn, finishTurn(), finishTurn('f2')],
      verdicts: [false, false],
      inputs: { 'on-validation-failure': 'no-pr' },
    })
    expect(outcome.status).toBe('failed:validation')
    expect(remoteHead(repo.remote, 'autopilot/DATA-7')).toBeUndefined()
    expect(github.state.pulls).toHaveLength(0)
    expect(record.diff).toContain('+select 1 as order_id')
  })

  it('ends failed:guard and pushes nothing when .git/config changed during the run', async () => {
    const { outcome, record } = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      duringValidation: () =>
        appendFile(path.join(repo.work, '.git', 'config'), '[core]\n\tfsmonitor = touch /tmp/pwned\n'),
    })
    expect(outcome.status).toBe('failed:guard')
    expect(outcome.message).toContain('.git/config')
    expect(remoteHead(repo.remote, 'autopilot/DATA-7')).toBeUndefined()
    expect(github.state.pulls).toHaveLength(0)
    expect(record.commitSha).toBeUndefined()
  })

  it('keeps a secret pasted into the ticket out of the model, the PR title and the PR body', async () => {
    const { outcome, anthropic } = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      ticket: { ...TICKET, title: `Rotate ${TOKEN}`, body: `${TICKET.body}\nThe token is ${TOKEN}.` },
    })
    expect(outcome.status).toBe('pr-opened')
    const [pull] = github.state.pulls
    expect(pull?.title).toBe('DATA-7: Rotate ***')
    expect(pull?.body).not.toContain(TOKEN)
    expect(JSON.stringify(anthropic.messageRequests.map((request) => request.body))).not.toContain(TOKEN)
  })

  it('fails with no-change when the model edits nothing', async () => {
    const { outcome, validator } = await run({ turns: [finishTurn()], verdicts: [] })
    expect(outcome.status).toBe('failed:no-change')
    expect(validator.rounds).toHaveLength(0)
    expect(remoteHead(repo.remote, 'autopilot/DATA-7')).toBeUndefined()
  })

  it('ends skipped:needs-clarification, neutral, with the question when the model asks one', async () => {
    const { outcome } = await run({
      turns: [
        toolTurn('finish', { summary: 'Unclear.', question: 'Which orders table do you mean?' }, 'toolu_q'),
      ],
      verdicts: [],
    })
    expect(outcome.status).toBe('skipped:needs-clarification')
    expect(outcome.message).toContain('Which orders table do you mean?')
  })

  it('writes the patch and PR body in a dry run and pushes nothing', async () => {
    const { outcome, record } = await run({
      turns: [renameTurn, finishTurn()],
      verdicts: [true],
      inputs: { 'dry-run': 'true' },
    })
    expect(outcome.status).toBe('dry-run')
    expect(record.stages.pullRequest?.body).toContain('DATA-7')
    expect(remoteHead(repo.remote, 'autopilot/DATA-7')).toBeUndefined()
    expect(github.state.pulls).toHaveLength(0)
  })

  it('names the nodes that read a var the change gave dbt_project.yml, in the record and the PR body', async () => {
    await write(
      repo.work,
      'dbt_project.yml',
      'name: shop\nversion: "1"\nconfig-version: 2\nvars:\n  min_amount: 0\n',
    )
    sh(repo.work, 'add', '--all')
    sh(repo.work, 'commit', '--quiet', '-m', 'project')
    // The same manifest before and after: dbt's state:modified selects nothing for a var change.
    const graph = manifestGraphOf(
      manifest({
        nodes: [
          withFields(model('orders', { file: 'models/orders.sql' }), {
            raw_code: "select * from {{ ref('raw') }} where amount >= {{ var('min_amount') }}",
          }),
          model('legacy', { file: 'models/legacy.sql' }),
        ],
      }),
    )
    const validator: ChangeValidator = {
      prepareBase: () => Promise.resolve({ mode: 'with-parents', stateDir: '/tmp/state', graph }),
      validate: (round) => Promise.resolve({ validation: validation(round, true), graph }),
    }
    const { outcome, record } = await run({
      turns: [
        toolTurn(
          'edit_file',
          { path: 'dbt_project.yml', old: 'min_amount: 0', new: 'min_amount: 100' },
          'toolu_v',
        ),
        finishTurn(),
      ],
      verdicts: [],
      validator,
    })
    expect(outcome.status).toBe('pr-opened')
    expect(record.stages.impact?.vars).toEqual({ changed: ['min_amount'], readers: ['model.shop.orders'] })
    expect(github.state.pulls[0]?.body).toContain('**Changed vars** (`min_amount`) are read by `orders`')
  })

  describe('with a policy that extends an org-wide file in another repository', () => {
    const serverRoot = path.join(tmpdir(), `autopilot-policy-server-${process.pid}`)
    const serverUrl = `file://${serverRoot}`

    beforeAll(async () => {
      // The org's policy repository, reached the way GitPolicySource reaches GitHub: <server>/<owner>/<repo>.git
      const bare = path.join(serverRoot, 'acme', 'policies.git')
      const seed = path.join(serverRoot, 'seed')
      await mkdir(seed, { recursive: true })
      sh(serverRoot, 'init', '--quiet', '--bare', '--initial-branch=main', bare)
      sh(serverRoot, 'init', '--quiet', '--initial-branch=main', seed)
      await write(
        seed,
        '.github/policy.yml',
        'locked: [guard.max_files_changed]\nguard:\n  max_files_changed: 1\n',
      )
      sh(seed, 'add', '--all')
      sh(seed, 'commit', '--quiet', '-m', 'org policy')
      sh(seed, 'push', '--quiet', bare, 'main')
    })
    afterAll(async () => {
      await rm(serverRoot, { recursive: true, force: true })
    })

    const twoFileTurns = [
      renameTurn,
      toolTurn(
        'edit_file',
        { path: 'models/legacy.sql', old: 'select 2 as id', new: 'select 2 as legacy_id' },
        'toolu_2nd',
      ),
      finishTurn(),
    ]

    it('enforces the locked limit from the base: the second file is refused, the PR holds one', async () => {
      await write(repo.work, '.autopilot/policy.yml', 'extends: acme/policies/.github/policy.yml@main\n')
      const { outcome, record } = await run({ turns: twoFileTurns, verdicts: [true], serverUrl })
      expect(outcome.status).toBe('pr-opened')
      expect(record.toolCalls.find((call) => call.input.path === 'models/legacy.sql')?.error).toMatch(
        /too-many-files/,
      )
      expect(record.stages.policy).toEqual({
        sources: expect.arrayContaining([expect.stringContaining('acme/policies')]),
      })
      const clone = repo.clone('check')
      expect(sh(clone, 'diff', '--name-only', 'origin/main', 'origin/autopilot/DATA-7')).toBe(
        'models/orders.sql',
      )
    })

    it('refuses a local file that loosens a locked key, naming the key', async () => {
      await write(
        repo.work,
        '.autopilot/policy.yml',
        'extends: acme/policies/.github/policy.yml@main\nguard:\n  max_files_changed: 10\n',
      )
      const { outcome } = await run({ turns: twoFileTurns, verdicts: [true], serverUrl })
      expect(outcome.status).toBe('failed:config')
      expect(outcome.message).toContain('max_files_changed')
      expect(remoteHead(repo.remote, 'autopilot/DATA-7')).toBeUndefined()
    })
  })
})
