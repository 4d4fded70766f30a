import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import type { CommandRunner } from '../adapters/process/command-runner.js'
import type { PipelinePorts } from './pipeline.js'
import type { LanguageModel } from '../agent/language-model.js'
import { AnthropicModel, keylessModel } from '../adapters/anthropic/anthropic-model.js'
import { OctokitCodeHost } from '../publish/code-host.js'
import { RunStop } from './run-stop.js'
import { createTicketSource } from '../tickets/ticket-ref.js'
import { DbtValidator } from '../validate/dbt-validator.js'
import { DbtCli } from '../adapters/dbt/dbt-cli.js'
import { SchemaDriftSource } from '../drift/schema-drift-source.js'
import { artifactProductionState } from '../project/production-state.js'
import path from 'node:path'

export interface PortOptions {
  settings: Settings
  environment: RunEnvironment
  repoDir: string
  /** Where dbt's base state and the run's files go. */
  outDir: string
  commands: CommandRunner
  log: Log
  model?: LanguageModel
}

/** Builds the real adapters for every port from the settings; the only place that knows them all. */
export function createPorts(options: PortOptions): PipelinePorts {
  const { settings, environment, repoDir, commands, log } = options
  const fromRepo = (dir: string | undefined) => (dir === undefined ? undefined : path.resolve(repoDir, dir))
  const github =
    environment.repository && settings.githubToken
      ? { token: settings.githubToken, apiUrl: environment.apiUrl, ...environment.repository }
      : undefined
  const model =
    options.model ??
    (!settings.anthropic.apiKey && settings.mode === 'detect-schema-drift'
      ? keylessModel(settings.anthropic.model)
      : new AnthropicModel({
          apiKey: settings.anthropic.apiKey ?? '',
          baseURL: settings.anthropic.baseUrl,
          model: settings.anthropic.model,
        }))
  if (!settings.dryRun && !github) {
    throw new RunStop(
      'failed:config',
      environment.repository
        ? 'No GitHub token: set input `github-token` (the default `${{ github.token }}` works with `contents: write` and `pull-requests: write`), or set `dry-run: true`.'
        : 'No repository to open the pull request in (GITHUB_REPOSITORY is not set): run inside GitHub Actions, set GITHUB_REPOSITORY=owner/repo, or use a dry run.',
    )
  }
  const codeHost = github ? new OctokitCodeHost(github) : undefined
  const projectDir = path.resolve(repoDir, settings.dbt.projectDir)
  const profilesDir = fromRepo(settings.dbt.profilesDir)
  const workDir = path.join(options.outDir, 'dbt')
  const tickets =
    settings.mode === 'detect-schema-drift'
      ? new SchemaDriftSource(
          new DbtCli(
            {
              projectDir,
              profilesDir,
              target: settings.dbt.target,
              executable: settings.dbt.executable,
              timeoutMs: settings.dbt.timeoutMs,
              logDir: path.join(workDir, 'logs'),
            },
            commands,
          ),
          { projectDir, targetPath: path.join(workDir, 'schema-drift'), dbtTarget: settings.dbt.target, log },
        )
      : createTicketSource(settings, {
          workspace: repoDir,
          repository:
            environment.repository && `${environment.repository.owner}/${environment.repository.repo}`,
          githubApiUrl: environment.apiUrl,
        })
  const validator = new DbtValidator(
    {
      projectDir,
      profilesDir,
      target: settings.dbt.target,
      dbtExecutable: settings.dbt.executable,
      sqlfluffExecutable: settings.dbt.sqlfluffExecutable,
      lint: settings.dbt.lint,
      stateManifest: fromRepo(settings.dbt.stateManifest),
      timeoutMs: settings.dbt.timeoutMs,
      workDir,
    },
    commands,
    log,
  )
  const productionState =
    settings.dbt.stateArtifact && !settings.dbt.stateManifest
      ? artifactProductionState(
          settings.dbt.stateArtifact,
          github && codeHost && { ...github, codeHost },
          workDir,
        )
      : undefined
  return { tickets, model, commands, validator, codeHost, log, productionState }
}
