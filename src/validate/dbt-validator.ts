import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../shared/log.js'
import type { CommandRunner } from '../adapters/process/command-runner.js'
import { DbtCli, DbtError, type DbtInvocation, type DbtRunner } from '../adapters/dbt/dbt-cli.js'
import { lintablePaths, readDbtProject, type DbtProject } from '../project/dbt-project.js'
import { changedModels, fileOfNode, parseManifest, type Manifest } from '../project/manifest.js'
import { isFailure, parseRunResults } from './run-results.js'
import {
  canStart,
  LintToolError,
  missingSqlfluff,
  SqlfluffLinter,
  type Linter,
} from '../adapters/dbt/sqlfluff-linter.js'
import type { BuildMode, ChangeValidator, DbtStep, LintStep, Validation } from './validation.js'

export { describeFailures } from './describe-failures.js'

export interface DbtValidatorOptions {
  /** Absolute path of the dbt project. */
  projectDir: string
  profilesDir?: string
  target?: string
  dbtExecutable: string
  sqlfluffExecutable: string
  lint: boolean
  /** A production manifest.json (or the folder holding it) to defer to. */
  stateManifest?: string
  timeoutMs: number
  /** A folder outside the project for the base state; nothing in it is committed. */
  workDir: string
}

/** What later rounds compare against. */
interface ParsedBase {
  project: DbtProject
  /** Folder holding the base manifest.json that `--state` points at. */
  stateDir: string
  manifest: Manifest
  /** `deferred` when a production manifest was given, `with-parents` when the base was parsed here. */
  mode: BuildMode
}

/**
 * The validate stage: a base manifest before any edit, then per round a slim `dbt build` of what changed
 * and sqlfluff on the changed SQL. dbt's artifacts stay under the project's (ignored) target folder.
 */
export class DbtValidator implements ChangeValidator {
  private readonly linter: Linter
  private base?: ParsedBase & { dbt: DbtRunner }

  constructor(
    private readonly options: DbtValidatorOptions,
    private readonly runner: CommandRunner,
    private readonly log: Log,
  ) {
    this.linter = new SqlfluffLinter(
      {
        projectDir: options.projectDir,
        executable: options.sqlfluffExecutable,
        timeoutMs: options.timeoutMs,
      },
      runner,
    )
  }

  /** Installs packages when declared, then parses the untouched checkout (or reads the production manifest). */
  async prepareBase(stateManifest = this.options.stateManifest): Promise<ParsedBase> {
    const project = await readDbtProject(this.options.projectDir)
    const { lint, sqlfluffExecutable } = this.options
    if (lint && !(await canStart(sqlfluffExecutable, this.options.projectDir))) {
      throw missingSqlfluff(sqlfluffExecutable)
    }
    const dbt = new DbtCli(
      {
        projectDir: project.dir,
        profilesDir: this.options.profilesDir,
        target: this.options.target,
        executable: this.options.dbtExecutable,
        timeoutMs: this.options.timeoutMs,
        logDir: path.join(autopilotDir(project), 'logs'),
      },
      this.runner,
    )
    if (project.declaresPackages) {
      const deps = await dbt.deps()
      if (deps.exitCode !== 0) throw new DbtError(`dbt deps failed: ${summarize(deps)}`)
    }
    const stateDir = path.join(this.options.workDir, 'dbt-state')
    await mkdir(stateDir, { recursive: true })
    const stateFile = path.join(stateDir, 'manifest.json')
    let mode: BuildMode
    if (stateManifest) {
      const source = await manifestFile(stateManifest)
      await copyFile(source, stateFile)
      mode = 'deferred'
      this.log.info(`Deferring to the production manifest ${source}`)
    } else {
      const targetPath = path.join(autopilotDir(project), 'base')
      await rm(targetPath, { recursive: true, force: true })
      const parse = await dbt.parse(targetPath)
      if (parse.exitCode !== 0) {
        throw new DbtError(
          `dbt parse failed on the checkout before any edit, so there is nothing to compare changes with: ${summarize(parse)}`,
        )
      }
      await copyFile(path.join(targetPath, 'manifest.json'), stateFile)
      mode = 'with-parents'
      this.log.info(
        'No production manifest given (input `state-manifest`): modified models are built with their parents.',
      )
    }
    const manifest = parseManifest(await readFile(stateFile, 'utf8'), stateFile)
    this.base = { project, stateDir, manifest, mode, dbt }
    return { project, stateDir, manifest, mode }
  }

  /**
   * Builds what the changed files affect and lints the changed SQL. `changedFiles` are relative to the
   * project folder (absolute paths inside it are accepted too).
   */
  async validate(round: number, changedFiles: string[]): Promise<Validation> {
    const base = this.base
    if (!base) throw new Error('DbtValidator.validate called before prepareBase()')
    const files = projectRelative(this.options.projectDir, changedFiles)
    const targetPath = path.join(autopilotDir(base.project), `round-${round}`)
    await rm(targetPath, { recursive: true, force: true })
    const [dbt, lint] = await Promise.all([
      this.build(base, targetPath),
      this.lintChanged(base.project, files),
    ])
    const newManifest = await readManifestIfPresent(path.join(targetPath, 'manifest.json'))
    const validation: Validation = {
      round,
      ok: dbt.ok && lint.ok,
      dbt,
      lint,
      changedModels: changedModels(base.manifest, newManifest, base.project.name, files),
      ...(newManifest ? { manifestPath: path.join(targetPath, 'manifest.json') } : {}),
    }
    this.log.info(
      `Round ${round}: dbt ${dbt.ok ? 'passed' : 'failed'} (${dbt.results.length} nodes, ${dbt.mode}), ` +
        `lint ${lint.skipped ? `skipped (${lint.skipped})` : `${lint.violations.length} violation(s)`}`,
    )
    return validation
  }

  private async build(base: ParsedBase & { dbt: DbtRunner }, targetPath: string): Promise<DbtStep> {
    // `@` adds the parents of every descendant too: without relations to defer to, a child of a modified
    // model needs all its other parents built as well.
    const deferred = base.mode === 'deferred'
    const select = deferred ? 'state:modified+' : '@state:modified'
    const invocation = await base.dbt.build(select, { state: base.stateDir, defer: deferred }, targetPath)
    const step: DbtStep = {
      ok: false,
      mode: base.mode,
      // The reproducible part; the full command line, with this runner's paths, is in the audit bundle.
      command: `dbt build --select ${select}${deferred ? ' --defer' : ''} --state <base manifest>`,
      exitCode: invocation.exitCode,
      results: [],
    }
    const runResults = invocation.timedOut
      ? undefined
      : await readIfPresent(path.join(targetPath, 'run_results.json'))
    if (runResults !== undefined) {
      const manifest = (await readManifestIfPresent(path.join(targetPath, 'manifest.json'))) ?? base.manifest
      step.results = parseRunResults(runResults, (id) => fileOfNode(manifest, base.project.name, id))
    }
    const failed = step.results.some(isFailure)
    if (invocation.exitCode !== 0 && !failed) {
      step.error =
        invocation.errors.join('\n') ||
        `dbt build exited with code ${invocation.exitCode} and reported no node results.`
    }
    step.ok = invocation.exitCode === 0 && !failed
    return step
  }

  private async lintChanged(project: DbtProject, files: string[]): Promise<LintStep> {
    if (!this.options.lint) return { ok: true, skipped: 'input `lint` is false', files: [], violations: [] }
    const roots = lintablePaths(project).map((root) => root.replace(/\/+$/, '') + '/')
    const candidates = files.filter(
      (file) => file.endsWith('.sql') && roots.some((root) => file.startsWith(root)),
    )
    const existing: string[] = []
    for (const file of candidates) if (await isFile(path.join(project.dir, file))) existing.push(file)
    if (existing.length === 0) return { ok: true, skipped: 'no changed SQL files', files: [], violations: [] }
    try {
      const violations = await this.linter.lint(existing)
      return { ok: violations.length === 0, files: existing, violations }
    } catch (error) {
      if (error instanceof LintToolError && !error.missingExecutable) {
        return { ok: false, files: existing, violations: [], error: error.message }
      }
      throw error
    }
  }
}

function autopilotDir(project: DbtProject): string {
  return path.join(project.targetDir, 'autopilot')
}

function projectRelative(projectDir: string, files: string[]): string[] {
  const relative = new Set<string>()
  for (const file of files) {
    const rel = path.relative(projectDir, path.resolve(projectDir, file)).split(path.sep).join('/')
    if (rel && !rel.startsWith('../') && rel !== '..') relative.add(rel)
  }
  return [...relative]
}

async function manifestFile(given: string): Promise<string> {
  const resolved = path.resolve(given)
  const info = await stat(resolved).catch(() => undefined)
  if (!info) {
    throw new DbtError(
      `Input \`state-manifest\` points at ${resolved}, which does not exist: download the production manifest.json first or leave the input empty.`,
    )
  }
  return info.isDirectory() ? path.join(resolved, 'manifest.json') : resolved
}

async function readManifestIfPresent(file: string): Promise<Manifest | undefined> {
  const text = await readIfPresent(file)
  return text === undefined ? undefined : parseManifest(text, file)
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

async function isFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined)
  return info?.isFile() ?? false
}

function summarize(invocation: DbtInvocation): string {
  const detail = invocation.errors.join('\n').trim() || `exit code ${invocation.exitCode}`
  return detail.length > 2000 ? `${detail.slice(0, 2000)}…` : detail
}
