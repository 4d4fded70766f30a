import { existsSync } from 'node:fs'
import path from 'node:path'
import { inputLabel, settingHint } from '../config/input-wording.js'
import { runWallMs, secretsOf, type Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import type { LanguageModel } from '../agent/language-model.js'
import { AnthropicModel, keylessModel } from '../adapters/anthropic/anthropic-model.js'
import { bedrockModel } from '../adapters/bedrock/bedrock-model.js'
import { vertexModel } from '../adapters/vertex/vertex-model.js'
import { DbtCli } from '../adapters/dbt/dbt-cli.js'
import { DbtCliWorkbench, type SqlJudge } from '../adapters/dbt/dbt-workbench.js'
import { readDbtProject } from '../project/dbt-project.js'
import { judgeBuild } from '../validate/sql-verdict.js'
import { pythonBesideDbt, SqlglotChecker } from '../adapters/dbt/sql-checker.js'
import { SqlfluffLinter } from '../adapters/dbt/sqlfluff-linter.js'
import { SqlfluffRules } from '../adapters/dbt/sqlfluff-rules.js'
import { RepositoryConventions } from '../conventions/read-conventions.js'
import { SqlglotShapeReader } from '../adapters/dbt/sqlglot-shape-reader.js'
import { Git, type GitOptions } from '../adapters/git/git.js'
import { GitHistoryStore } from '../adapters/git/git-history-store.js'
import { GitPolicySource } from '../adapters/git/git-policy-source.js'
import { GitHubBacklogSource, GitHubOpenPullRequests } from '../adapters/github/github-backlog-source.js'
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubRepo,
  type GitHubRetryPolicy,
} from '../adapters/github/github-client.js'
import { GitHubIssueSource } from '../adapters/github/github-issue-source.js'
import { ActionsArtifactStore, type ArtifactStore } from '../adapters/actions/artifact-store.js'
import { BranchAuditStore, ReleaseAuditStore } from '../adapters/github/audit-fallback.js'
import { GitHubRepository } from '../adapters/github/github-repository.js'
import { OctokitCodeHost } from '../adapters/github/octokit-code-host.js'
import { OctokitCommitApi } from '../adapters/github/octokit-commit-api.js'
import { OctokitPullRequestReviews } from '../adapters/github/octokit-pull-request-reviews.js'
import { GitLabBacklogSource } from '../adapters/gitlab/gitlab-backlog-source.js'
import { GitLabCodeHost } from '../adapters/gitlab/gitlab-code-host.js'
import { GitLabIssueNotes } from '../adapters/gitlab/gitlab-issue-notes.js'
import { GitLabIssueSource } from '../adapters/gitlab/gitlab-issue-source.js'
import { jiraAuth, type JiraAuth } from '../adapters/jira/jira-client.js'
import { JiraSite } from '../adapters/jira/jira-deployment.js'
import { SpawnCommandRunner, type CommandRunner } from '../adapters/process/command-runner.js'
import { locateProfilesDir } from '../adapters/sandbox/dbt-profile.js'
import { SlackBotNotifier, SlackWebhookNotifier } from '../adapters/slack/slack-notifier.js'
import { TeamsWorkflowNotifier } from '../adapters/teams/teams-notifier.js'
import { prepareDbtSandbox, sandboxProfilesDir } from '../adapters/sandbox/dbt-sandbox.js'
import type { SandboxReport } from '../adapters/sandbox/sandbox-spec.js'
import { Sandbox } from '../adapters/sandbox/sandboxed-runner.js'
import { deadlineAfter, type TimeBudget } from '../shared/time-budget.js'
import { BacklogError, type BacklogSource } from '../backlog/backlog-item.js'
import type { BacklogQuery } from '../backlog/backlog-query.js'
import type { OpenPullRequests } from '../backlog/open-pull-requests.js'
import { SchemaDriftSource } from '../drift/schema-drift-source.js'
import type { HistoryStore } from '../history/history-store.js'
import type { Notifier } from '../notify/notifier.js'
import { artifactProductionState } from '../project/production-state.js'
import type { TicketWriteBack } from '../publish/ticket-write-back.js'
import type { CommentThread } from '../report/progress-comment.js'
import type { TicketThread } from '../report/question-comment.js'
import { FileTicketSource } from '../tickets/file-source.js'
import { resolveTicketKind } from '../tickets/ticket-ref.js'
import { TicketError, type TicketSource } from '../tickets/ticket.js'
import type { IssueComments } from '../triggers/issue-comments.js'
import type { PullRequestReviews } from '../triggers/review-comments.js'
import { DbtValidator } from '../validate/dbt-validator.js'
import type { BaseState } from '../validate/validation.js'
import { DbtEvidence } from '../evidence/gather-evidence.js'
import { DbtDataProbe } from '../test-strategy/data-probe.js'
import type { PipelineAdapters } from './pipeline.js'
import { RunStop } from './run-stop.js'

// The composition root: the one place that knows every adapter. Stages and modes receive what is built
// here, never a raw process runner or a token.

export interface TicketRunOptions {
  settings: Settings
  environment: RunEnvironment
  repoDir: string
  /** Where dbt's base state and the run's files go. */
  outDir: string
  /** Sees every command the run's adapters start (the run record keeps them). */
  commands: CommandRunner
  log: Log
  model?: LanguageModel
  /** The classifier's model; absent: `model` when that is given, else `classifier-model`. */
  classifierModel?: LanguageModel
  /** The review pass's model; absent: `model` when that is given, else `review-model`. */
  reviewModel?: LanguageModel
  /** How GitHub calls are retried; tests shorten the waits. */
  githubRetry?: Partial<GitHubRetryPolicy>
  /** Told how dbt and sqlfluff are contained, before the first of them runs (the run record keeps it). */
  onSandbox?: (report: SandboxReport) => void
}

/** The adapters of one ticket's run, from the settings. */
export function composeTicketRun(options: TicketRunOptions): PipelineAdapters {
  const { settings, environment, repoDir, commands, log } = options
  const github = githubAccess(settings, environment, log, options.githubRetry)
  requirePublishAccess(settings, environment, github)
  const codeHost = settings.gitlab?.token
    ? new GitLabCodeHost({ ...settings.gitlab, token: settings.gitlab.token })
    : github && new OctokitCodeHost(github)
  const projectDir = path.resolve(repoDir, settings.dbt.projectDir)
  const workDir = path.join(options.outDir, 'dbt')
  const { dbt, validator, timeBudget, sqlChecker, sqlShapes, lintRules } = dbtAdapters(settings, {
    ...options,
    workDir,
  })
  const tickets =
    settings.mode === 'detect-schema-drift'
      ? new SchemaDriftSource(dbt, {
          projectDir,
          targetPath: path.join(workDir, 'schema-drift'),
          dbtTarget: settings.dbt.target,
          log,
        })
      : createTicketSource(settings, {
          workspace: repoDir,
          repository:
            environment.repository && `${environment.repository.owner}/${environment.repository.repo}`,
          github: github?.client,
        })
  const productionState =
    settings.dbt.stateArtifact && !settings.dbt.stateManifest
      ? artifactProductionState(
          settings.dbt.stateArtifact,
          github && codeHost && { ...github, codeHost },
          workDir,
        )
      : undefined
  return {
    tickets,
    model: options.model ?? languageModel(settings, settings.anthropic.model),
    // A small model classifies; an injected model (tests, the demo) plays every stage unless told otherwise.
    classifierModel:
      options.classifierModel ?? options.model ?? languageModel(settings, settings.anthropic.classifierModel),
    // Only with `review`: a review model nobody calls must not need a price.
    ...(settings.review.model
      ? {
          reviewModel:
            options.reviewModel ?? options.model ?? languageModel(settings, settings.anthropic.reviewModel),
        }
      : {}),
    validator,
    conventions: new RepositoryConventions({
      repoDir,
      projectDir,
      customInstructions: settings.customInstructions,
      ...(settings.dbt.lint === false ? {} : { lintRules }),
    }),
    // `dbt show` runs the change's SQL: through the same sandboxed dbt as validation.
    ...(settings.dbt.dataEvidence
      ? {
          evidence: new DbtEvidence(
            dbt,
            { targetPath: path.join(workDir, 'evidence'), budget: timeBudget },
            log,
          ),
        }
      : {}),
    // The agent's compile, preview and build_selected: the same sandboxed dbt, deferring as validation does.
    ...(settings.dbt.maxToolCalls > 0
      ? {
          workbench: (base: BaseState) =>
            new DbtCliWorkbench(dbt, {
              targetPath: path.join(workDir, 'agent-tools'),
              ...(base.mode === 'deferred' ? { deferTo: base.stateDir } : {}),
              judge: executedForbiddenSql(sqlChecker, projectDir),
            }),
        }
      : {}),
    ...(settings.review.sqlChecks ? { sqlShapes } : {}),
    ...(settings.dbt.proposeTests
      ? {
          testProbe: new DbtDataProbe(dbt, {
            targetPath: path.join(workDir, 'test-strategy'),
            timeBudget,
          }),
        }
      : {}),
    git: checkoutGit(settings, repoDir, commands),
    policySource: new GitPolicySource(commands, {
      serverUrl: environment.serverUrl,
      token: settings.githubToken,
    }),
    codeHost,
    ...(settings.commitSigning && github ? { commitApi: new OctokitCommitApi(github) } : {}),
    productionState,
    ticketWriteBack: ticketWriteBack(settings),
    log,
  }
}

/** A run that publishes needs the code host's repository and token: else it stops before any work. */
function requirePublishAccess(
  settings: Settings,
  environment: RunEnvironment,
  github: GitHubRepo | undefined,
): void {
  if (!settings.dryRun && settings.gitlab && !settings.gitlab.token) {
    throw new RunStop(
      'failed:config',
      `No GitLab token: set ${inputLabel('gitlab-token', settings.surface)} to a project access token with the \`api\` and \`write_repository\` scopes (Developer role), or ${settings.surface === 'terminal' ? 'pass `--dry-run`' : 'use a dry run'}.`,
    )
  }
  if (!settings.dryRun && !settings.gitlab && !github) {
    throw new RunStop(
      'failed:config',
      settings.surface === 'terminal'
        ? environment.repository
          ? 'No GitHub token: set `GITHUB_TOKEN` (or `--github-token`) to a token with `contents: write` and `pull-requests: write`, or pass `--dry-run`.'
          : 'No repository to open the pull request in (GITHUB_REPOSITORY is not set): set GITHUB_REPOSITORY=owner/repo with GITHUB_TOKEN, or pass `--dry-run`.'
        : environment.repository
          ? 'No GitHub token: set input `github-token` (the default `${{ github.token }}` works with `contents: write` and `pull-requests: write`), or set `dry-run: true`.'
          : 'No repository to open the pull request in (GITHUB_REPOSITORY is not set): run inside GitHub Actions, set GITHUB_REPOSITORY=owner/repo, or use a dry run.',
    )
  }
}

export interface ValidatorOptions {
  settings: Settings
  repoDir: string
  /** Where dbt's base state, logs and the sandbox's files go. */
  workDir: string
  commands: CommandRunner
  log: Log
  onSandbox?: (report: SandboxReport) => void
}

/**
 * The validator a run uses (dbt and sqlfluff in the sandbox the settings ask for), on its own: for the
 * MCP server's `validate`, which checks a working tree without a ticket or a model.
 */
export function composeValidator(options: ValidatorOptions): DbtValidator {
  return dbtAdapters(options.settings, options).validator
}

function dbtAdapters(
  settings: Settings,
  options: Omit<ValidatorOptions, 'settings'>,
): {
  dbt: DbtCli
  validator: DbtValidator
  timeBudget: TimeBudget
  sqlChecker: SqlglotChecker
  lintRules: SqlfluffRules
  sqlShapes: SqlglotShapeReader
} {
  const { repoDir, workDir, commands, log } = options
  const projectDir = path.resolve(repoDir, settings.dbt.projectDir)
  const timeBudget = deadlineAfter(runWallMs(settings))
  const tools = dbtTools(settings, { repoDir, workDir, commands, onSandbox: options.onSandbox })
  const dbt = dbtCli(settings, repoDir, workDir, tools, timeBudget, log)
  const linter = new SqlfluffLinter(
    {
      projectDir,
      repoDir,
      executable: settings.dbt.sqlfluffExecutable,
      timeoutMs: settings.dbt.timeoutMs,
      timeBudget,
    },
    tools.runner,
  )
  // The verdict's input is model-influenced SQL: the parser runs in the same sandbox as dbt.
  const sqlChecker = new SqlglotChecker(
    { python: pythonBesideDbt(settings.dbt.executable), timeoutMs: settings.dbt.timeoutMs, timeBudget },
    tools.runner,
  )
  const stateManifest = settings.dbt.stateManifest && path.resolve(repoDir, settings.dbt.stateManifest)
  const validator = new DbtValidator(
    {
      projectDir,
      repoDir,
      lint: settings.dbt.lint,
      workDir,
      ...(stateManifest ? { stateManifest } : {}),
      ...(settings.dbt.deferTarget ? { deferTarget: settings.dbt.deferTarget } : {}),
    },
    dbt,
    linter,
    log,
    sqlChecker,
  )
  // The rules are the repository's configuration, read by sqlfluff's own code: in the sandbox too.
  const lintRules = new SqlfluffRules(
    {
      projectDir,
      repoDir,
      python: pythonBesideDbt(settings.dbt.sqlfluffExecutable),
      timeoutMs: settings.dbt.timeoutMs,
      timeBudget,
    },
    tools.runner,
  )
  // The optimization checks parse model-written SQL too: the same sandbox.
  const sqlShapes = new SqlglotShapeReader(
    { python: pythonBesideDbt(settings.dbt.executable), timeoutMs: settings.dbt.timeoutMs, timeBudget },
    tools.runner,
  )
  return { dbt, validator, timeBudget, sqlChecker, sqlShapes, lintRules }
}

/** The parser's verdict on what one of the agent's dbt commands executed: what no node may run. */
function executedForbiddenSql(checker: SqlglotChecker, projectDir: string): SqlJudge {
  return async (invocation, runResults) => {
    const verdict = await judgeBuild({
      checker,
      project: await readDbtProject(projectDir),
      invocation,
      ...(runResults !== undefined ? { runResults } : {}),
      fileOf: () => undefined,
    })
    return verdict.findings.filter((finding) => finding.executed)
  }
}

/**
 * The runner for an eval task's check command (`dbt-autopilot eval`): it runs against the model's change,
 * so inside the same sandbox as dbt.
 */
export function composeCheckRunner(options: ValidatorOptions): CommandRunner {
  return dbtTools(options.settings, options).runner
}

/** Git in the checkout, for work around a run (checking out the branch a revision builds on). */
export function checkoutGit(settings: Settings, repoDir: string, commands: CommandRunner): Git {
  if (settings.gitlab)
    return new Git(commands, repoDir, settings.gitlab.token, {
      ...commitIdentity(settings),
      serverUrl: settings.gitlab.url,
      tokenUser: 'oauth2',
    })
  return new Git(commands, repoDir, settings.githubToken, commitIdentity(settings))
}

/** `commit-author` as both author and committer; unset, Git's default (github-actions[bot]). */
function commitIdentity(settings: Settings): GitOptions {
  return settings.commitAuthor ? { author: settings.commitAuthor, committer: settings.commitAuthor } : {}
}

let lastClient: { key: string; client: GitHubClient } | undefined

/**
 * The repository and the one GitHub client of the job, absent without a repository or a token. Every
 * adapter of a job shares the client (the Action job asks for it once per adapter it opens).
 */
function githubAccess(
  settings: Settings,
  environment: RunEnvironment,
  log?: Log,
  retry?: Partial<GitHubRetryPolicy>,
): GitHubRepo | undefined {
  const token = settings.githubToken
  if (!environment.repository || !token) return undefined
  const key = JSON.stringify([token, environment.apiUrl, retry ?? {}])
  if (lastClient?.key !== key)
    lastClient = { key, client: createGitHubClient({ token, apiUrl: environment.apiUrl, retry, log }) }
  return { client: lastClient.client, ...environment.repository }
}

function languageModel(settings: Settings, model: string): LanguageModel {
  const { provider, baseUrl } = settings.anthropic
  if (provider === 'bedrock')
    return bedrockModel({
      model,
      region: settings.anthropic.awsRegion,
      baseURL: baseUrl,
      surface: settings.surface ?? 'action',
    })
  if (provider === 'vertex') {
    return vertexModel({
      model,
      region: settings.anthropic.vertexRegion ?? 'global',
      projectId: settings.anthropic.vertexProjectId,
      baseURL: baseUrl,
      surface: settings.surface ?? 'action',
    })
  }
  // A schema drift check may need no model at all: the key is asked for only when a call is made.
  if (!settings.anthropic.apiKey && settings.mode === 'detect-schema-drift') return keylessModel(model)
  return new AnthropicModel({
    apiKey: settings.anthropic.apiKey ?? '',
    baseURL: settings.anthropic.baseUrl,
    model,
  })
}

/** The runners for processes that execute model-written code, and the profiles folder dbt is given. */
interface DbtTools {
  runner: CommandRunner
  installRunner: CommandRunner
  profilesDir?: string
}

/**
 * dbt and sqlfluff run model-written Jinja and SQL: unless `sandbox: off`, inside bubblewrap (or, when
 * `auto` finds it cannot run, at least with the allow-listed environment) and with the run's copy of
 * profiles.yml (DuckDB's own file access switched off).
 */
function dbtTools(
  settings: Settings,
  options: {
    repoDir: string
    workDir: string
    commands: CommandRunner
    onSandbox?: (report: SandboxReport) => void
  },
): DbtTools {
  const { repoDir, workDir, commands } = options
  const projectDir = path.resolve(repoDir, settings.dbt.projectDir)
  const configured = settings.dbt.profilesDir && path.resolve(repoDir, settings.dbt.profilesDir)
  const mode = settings.dbt.sandbox
  if (mode === 'off') {
    options.onSandbox?.({ mode, contained: false, reason: 'input `sandbox` is `off`' })
    return { runner: commands, installRunner: commands, profilesDir: configured }
  }
  const source = locateProfilesDir(configured, projectDir, process.env)
  const sandbox = new Sandbox(commands, {
    mode,
    executable: 'bwrap',
    prepare: () =>
      prepareDbtSandbox({
        repoDir,
        projectDir,
        profilesDir: source,
        target: settings.dbt.target,
        workDir,
        executables: [settings.dbt.executable, settings.dbt.sqlfluffExecutable],
        inherited: process.env,
        secrets: secretsOf(settings),
      }),
    onReport: options.onSandbox,
  })
  return {
    runner: sandbox.runner(),
    // `dbt deps` runs on the checkout before any edit; it fetches packages and writes the lock file.
    installRunner: sandbox.runner({ network: true, writable: [projectDir] }),
    profilesDir: source ? sandboxProfilesDir(workDir) : configured,
  }
}

function dbtCli(
  settings: Settings,
  repoDir: string,
  workDir: string,
  tools: DbtTools,
  timeBudget: TimeBudget,
  log: Log,
): DbtCli {
  return new DbtCli(
    {
      projectDir: path.resolve(repoDir, settings.dbt.projectDir),
      profilesDir: tools.profilesDir,
      target: settings.dbt.target,
      executable: settings.dbt.executable,
      timeoutMs: settings.dbt.timeoutMs,
      logDir: path.join(workDir, 'logs'),
      timeBudget,
      progress: (message) => log.info(`  dbt: ${message}`),
    },
    tools.runner,
    tools.installRunner,
  )
}

export interface TicketSourceDeps {
  /** Repository checkout; ticket file paths are relative to it (default: the current directory). */
  workspace?: string
  /** `owner/repo` whose issues `#42` refers to (GITHUB_REPOSITORY on a runner). */
  repository?: string
  /** The GitHub client `#42` is read through; built from `githubToken` when absent. */
  github?: GitHubClient
  /** GitHub API URL (GITHUB_API_URL; differs on GHES), for a client built here. */
  githubApiUrl?: string
  /** Injected so tests do not wait out Jira's Retry-After. */
  sleep?: (ms: number) => Promise<void>
  fileExists?: (path: string) => boolean
}

/** The source that can read `settings.ticket.key`, with the credentials it needs checked up front. */
export function createTicketSource(
  settings: Pick<Settings, 'ticket' | 'jira' | 'githubToken' | 'surface' | 'gitlab'>,
  deps: TicketSourceDeps = {},
): TicketSource {
  const surface = settings.surface ?? 'action'
  const workspace = deps.workspace ?? process.cwd()
  const fileExists = deps.fileExists ?? ((file: string) => existsSync(path.resolve(workspace, file)))
  const kind = resolveTicketKind(
    settings.ticket.key,
    settings.ticket.source,
    fileExists,
    Boolean(settings.gitlab),
  )
  const key = settings.ticket.key.trim()
  switch (kind) {
    case 'file':
      return new FileTicketSource(workspace)
    case 'gitlab': {
      if (!settings.gitlab)
        throw new TicketError(
          'invalid',
          `Ticket ${key} is a GitLab issue, but the project is unknown: set ${inputLabel('gitlab-project', surface)} (CI_PROJECT_PATH in GitLab CI) and ${inputLabel('code-host', surface)} to gitlab`,
        )
      if (!settings.gitlab.token)
        throw new TicketError(
          'unauthorized',
          `Ticket ${key} is a GitLab issue, but ${inputLabel('gitlab-token', surface)} is empty: set it to a token with the \`read_api\` (or \`api\`) scope and at least the Reporter role`,
        )
      return new GitLabIssueSource({ ...settings.gitlab, token: settings.gitlab.token })
    }
    case 'github': {
      const [owner, repo, ...extra] = (deps.repository ?? '').split('/')
      if (!owner || !repo || extra.length > 0) {
        throw new TicketError(
          'invalid',
          `Ticket ${key} is a GitHub issue, but the repository is unknown: run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name`,
        )
      }
      if (!deps.github && !settings.githubToken) {
        throw new TicketError(
          'unauthorized',
          surface === 'action'
            ? `Ticket ${key} is a GitHub issue, but input \`github-token\` is empty: pass \`with: github-token: \${{ github.token }}\``
            : `Ticket ${key} is a GitHub issue, but ${inputLabel('github-token', surface)} is empty: set ${settingHint('github-token', '<token with issues: read>', surface)}`,
        )
      }
      const client =
        deps.github ?? createGitHubClient({ token: settings.githubToken ?? '', apiUrl: deps.githubApiUrl })
      return new GitHubIssueSource({ client, owner, repo })
    }
    case 'jira': {
      const { url } = settings.jira
      if (!url) {
        throw new TicketError(
          'invalid',
          `Ticket ${key} is a Jira key, but ${inputLabel('jira-url', surface)} is not set: pass ${settingHint('jira-url', 'https://your-site.atlassian.net', surface)}`,
        )
      }
      const auth = jiraAuth(settings.jira)
      if (!auth) {
        throw new TicketError(
          'unauthorized',
          surface === 'action'
            ? `Ticket ${key} is a Jira key, but no Jira credentials are set: pass \`jira-email\` with \`jira-api-token\` (an Atlassian API token), or \`jira-bearer-token\`, from repository secrets`
            : `Ticket ${key} is a Jira key, but no Jira credentials are set: set JIRA_EMAIL with JIRA_API_TOKEN (an Atlassian API token), or JIRA_BEARER_TOKEN`,
        )
      }
      return jiraSite(settings, url, auth, deps.sleep).ticketSource()
    }
  }
}

// Job-level adapters: who asked, where progress goes, the history, the backlog.

/**
 * Where the audit bundle is uploaded: the workflow's artifacts, and the `audit-fallback` that takes it
 * when they cannot (GHES), through the same GitHub client as the run.
 */
export function openAuditStores(
  settings: Settings,
  environment: RunEnvironment,
  log?: Log,
): { artifacts: ArtifactStore; fallback?: ArtifactStore } {
  const github = githubAccess(settings, environment, log)
  const where = settings.artifact.fallback
  const options = { serverUrl: environment.serverUrl }
  return {
    artifacts: new ActionsArtifactStore(),
    ...(github && where === 'branch' ? { fallback: new BranchAuditStore(github, options) } : {}),
    ...(github && where === 'release' ? { fallback: new ReleaseAuditStore(github, options) } : {}),
  }
}

/** The repository through the GitHub API: permissions, comments, pull requests; absent without a token. */
export function openRepository(
  settings: Settings,
  environment: RunEnvironment,
  log?: Log,
): GitHubRepository | undefined {
  const github = githubAccess(settings, environment, log)
  return github && new GitHubRepository(github)
}

export function openPullRequestReviews(
  settings: Settings,
  environment: RunEnvironment,
  log?: Log,
): PullRequestReviews | undefined {
  const github = githubAccess(settings, environment, log)
  return github && new OctokitPullRequestReviews(github)
}

/** The run history on the `autopilot-history` branch, when the run can push to the repository. */
export function openHistory(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
): HistoryStore | undefined {
  if (!environment.repository || !settings.githubToken || settings.dryRun) return undefined
  const git = new Git(
    new SpawnCommandRunner(),
    environment.workspace ?? process.cwd(),
    settings.githubToken,
    {
      serverUrl: environment.serverUrl,
    },
  )
  return new GitHistoryStore({ git, log })
}

/** The chat channels notifications go to: Slack (a webhook or a bot) and Teams, each when configured. */
export function openNotifiers(settings: Settings): Notifier[] {
  const { slack, teams } = settings.notify
  const notifiers: Notifier[] = []
  if (slack && 'webhookUrl' in slack) notifiers.push(new SlackWebhookNotifier(slack.webhookUrl))
  if (slack && 'botToken' in slack)
    notifiers.push(new SlackBotNotifier({ token: slack.botToken, channel: slack.channel }))
  if (teams) notifiers.push(new TeamsWorkflowNotifier(teams.webhookUrl))
  return notifiers
}

const JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/

/**
 * Where the progress comment goes. `auto`: the GitHub issue or PR the run is about, or the GitLab issue that
 * is the ticket, else the Jira ticket; `github`/`gitlab`/`jira`: only that one; `none`: nowhere. Settings
 * refuse `github` on GitLab and `gitlab` off it.
 */
export function progressThread(
  settings: Settings,
  comments: IssueComments | undefined,
  issueNumber: number | undefined,
): CommentThread | undefined {
  const where = settings.progressComment
  if (where === 'none') return undefined
  if (where === 'gitlab' || where === 'auto') {
    const notes = gitlabIssueNotes(settings)
    if (notes || where === 'gitlab') return notes
  }
  if (where !== 'jira' && comments && issueNumber !== undefined) {
    return {
      create: async (body) => String((await comments.create(issueNumber, body)).id),
      update: (id, body) => comments.update(Number(id), body),
    }
  }
  const auth = jiraAuth(settings.jira)
  if (where === 'github' || !settings.jira.url || !auth || !JIRA_KEY.test(settings.ticket.key))
    return undefined
  return jiraSite(settings, settings.jira.url, auth).thread(settings.ticket.key)
}

/**
 * The ticket's own comment thread, whatever `progress-comment` says: the question goes there and the
 * answer is read from there. A GitHub issue (`#42`) through the repository, a Jira key through Jira.
 */
export function ticketThread(
  settings: Settings,
  comments: IssueComments | undefined,
): TicketThread | undefined {
  const key = settings.ticket.key.trim()
  const gitlabIssue = gitlabIssueNotes(settings)
  if (gitlabIssue) return gitlabIssue
  const issue = /^#(\d+)$/.exec(key)
  if (issue) {
    if (!comments) return undefined
    const number = Number(issue[1])
    return {
      create: async (body) => String((await comments.create(number, body)).id),
      update: (id, body) => comments.update(Number(id), body),
      list: async () =>
        (await comments.list(number)).map((comment) => ({
          id: String(comment.id),
          author: comment.login,
          bot: comment.bot,
          body: comment.body,
          createdAt: comment.createdAt,
        })),
    }
  }
  const auth = jiraAuth(settings.jira)
  if (!settings.jira.url || !auth || !JIRA_KEY.test(key)) return undefined
  return jiraSite(settings, settings.jira.url, auth).thread(key)
}

/** The notes of the GitLab issue the run's ticket is, when it is one and there is a token to write them. */
function gitlabIssueNotes(settings: Settings): GitLabIssueNotes | undefined {
  const { gitlab } = settings
  if (!gitlab?.token) return undefined
  let kind
  try {
    kind = resolveTicketKind(settings.ticket.key, settings.ticket.source, () => false, true)
  } catch {
    return undefined
  }
  if (kind !== 'gitlab') return undefined
  const match = /^(?:(?<project>.+))?#(?<iid>\d+)$/.exec(settings.ticket.key.trim())
  if (!match?.groups) return undefined
  const project = match.groups['project'] ?? gitlab.project
  return new GitLabIssueNotes({ ...gitlab, project, token: gitlab.token }, Number(match.groups['iid']))
}

export interface BacklogAdapters {
  source: BacklogSource
  openPullRequests: OpenPullRequests
}

/** The tracker that answers the backlog query, and the repository's open pull requests. */
export function openBacklog(
  query: BacklogQuery,
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
): BacklogAdapters {
  const github = githubAccess(settings, environment, log)
  const auth = jiraAuth(settings.jira)
  if (settings.gitlab) {
    if (!settings.gitlab.token)
      throw new BacklogError(
        `The backlog needs the GitLab issues and merge requests already open: set ${inputLabel('gitlab-token', settings.surface)}.`,
      )
    const project = { ...settings.gitlab, token: settings.gitlab.token }
    return {
      source: query.tracker === 'jira' ? jiraBacklog(settings, auth, log) : new GitLabBacklogSource(project),
      openPullRequests: new GitLabCodeHost(project),
    }
  }
  const needGitHub = (what: string) => {
    if (github) return github
    throw new BacklogError(
      `${what} needs the repository and a token: run inside GitHub Actions with \`github-token\` set (the default \`\${{ github.token }}\` works with \`issues: read\` and \`pull-requests: read\`).`,
    )
  }
  const source =
    query.tracker === 'jira'
      ? jiraBacklog(settings, auth, log)
      : new GitHubBacklogSource({ ...needGitHub('A `label:` backlog-query'), log })
  return {
    source,
    openPullRequests: new GitHubOpenPullRequests(needGitHub('Finding open Autopilot pull requests')),
  }
}

function jiraBacklog(settings: Settings, auth: JiraAuth | undefined, log: Log): BacklogSource {
  const host = settings.jira.url
  if (!host || !auth) {
    throw new BacklogError(
      'A JQL `backlog-query` needs Jira: set `jira-url` and `jira-email` + `jira-api-token` (or `jira-bearer-token`).',
    )
  }
  return jiraSite(settings, host, auth).backlog(log)
}

/** The Jira site the settings name, Cloud or Data Center (`jira-deployment`). */
function jiraSite(
  settings: Pick<Settings, 'jira'>,
  host: string,
  auth: JiraAuth,
  sleep?: (ms: number) => Promise<void>,
): JiraSite {
  return new JiraSite({
    host,
    auth,
    deployment: settings.jira.deployment ?? 'auto',
    ...(sleep ? { sleep } : {}),
  })
}

/** Where the pull request is written back: the Jira ticket the run is for (a remote link, the transition). */
function ticketWriteBack(settings: Settings): TicketWriteBack | undefined {
  const key = settings.ticket.key.trim()
  const auth = jiraAuth(settings.jira)
  const tracker = settings.ticket.source
  if (tracker === 'github' || tracker === 'file' || settings.mode === 'detect-schema-drift') return undefined
  if (!settings.jira.url || !auth || !JIRA_KEY.test(key)) return undefined
  return jiraSite(settings, settings.jira.url, auth).writeBack(key)
}
