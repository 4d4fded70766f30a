import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../shared/log.js'
import { DbtError, type DbtInvocation, type DbtRunner } from '../adapters/dbt/dbt-cli.js'
import { LintToolError, type Linter } from '../adapters/dbt/sqlfluff-linter.js'
import { lintablePaths, readDbtProject, type DbtProject } from '../project/dbt-project.js'
import { loadManifestGraph, type ManifestGraph } from '../project/graph.js'
import { changedModels, fileOfNode } from '../project/manifest.js'
import { isFailure, parseRunResults } from './run-results.js'
import type {
  BaseState,
  BuildMode,
  ChangeValidator,
  DbtStep,
  LintStep,
  ValidationRound,
} from './validation.js'

export interface DbtValidatorOptions {
  /** Absolute path of the dbt project. */
  projectDir: string
  lint: boolean
  /** A production manifest.json (or the folder holding it) to defer to. */
  stateManifest?: string
  /** A folder outside the project for the base state; nothing in it is committed. */
  workDir: string
}

/** What later rounds compare against. */
interface ParsedBase {
  project: DbtProject
  /** Folder holding the base manifest.json that `--state` points at. */
  stateDir: string
  graph: ManifestGraph
  /** `deferred` when a production manifest was given, `with-parents` when the base was parsed here. */
  mode: BuildMode
}

/**
 * The validate stage: a base manifest before any edit, then per round a slim `dbt build` of what changed
 * and sqlfluff on the changed SQL. dbt's artifacts stay under the project's (ignored) target folder; each
 * manifest is parsed once, and its graph handed on to the stages after validation.
 */
export class DbtValidator implements ChangeValidator {
  private base?: ParsedBase

  constructor(
    private readonly options: DbtValidatorOptions,
    private readonly dbt: DbtRunner,
    private readonly linter: Linter,
    private readonly log: Log,
  ) {}

  /** Installs packages when declared, then parses the untouched checkout (or reads the production manifest). */
  async prepareBase(stateManifest = this.options.stateManifest): Promise<BaseState> {
    const project = await readDbtProject(this.options.projectDir)
    if (this.options.lint) await this.linter.checkAvailable()
    const dbt = this.dbt
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
    const graph = loadManifestGraph(await readFile(stateFile, 'utf8'), stateFile)
    this.base = { project, stateDir, graph, mode }
    return { stateDir, graph, mode }
  }

  /**
   * Builds what the changed files affect and lints the changed SQL. `changedFiles` are relative to the
   * project folder (absolute paths inside it are accepted too).
   */
  async validate(round: number, changedFiles: string[]): Promise<ValidationRound> {
    const base = this.base
    if (!base) throw new Error('DbtValidator.validate called before prepareBase()')
    const files = projectRelative(this.options.projectDir, changedFiles)
    const targetPath = path.join(autopilotDir(base.project), `round-${round}`)
    await rm(targetPath, { recursive: true, force: true })
    const [{ step: dbt, graph }, lint] = await Promise.all([
      this.build(base, targetPath),
      this.lintChanged(base.project, files),
    ])
    const validation = {
      round,
      ok: dbt.ok && lint.ok,
      dbt,
      lint,
      changedModels: changedModels(base.graph, graph, base.project.name, files),
    }
    this.log.info(
      `Round ${round}: dbt ${dbt.ok ? 'passed' : 'failed'} (${dbt.results.length} nodes, ${dbt.mode}), ` +
        `lint ${lint.skipped ? `skipped (${lint.skipped})` : `${lint.violations.length} violation(s)`}`,
    )
    return { validation, ...(graph ? { graph } : {}) }
  }

  /** Builds the selection; the graph is the change's manifest as dbt wrote it, when dbt could parse it. */
  private async build(
    base: ParsedBase,
    targetPath: string,
  ): Promise<{ step: DbtStep; graph?: ManifestGraph }> {
    // `@` adds the parents of every descendant too: without relations to defer to, a child of a modified
    // model needs all its other parents built as well.
    const deferred = base.mode === 'deferred'
    const select = deferred ? 'state:modified+' : '@state:modified'
    const invocation = await this.dbt.build(select, { state: base.stateDir, defer: deferred }, targetPath)
    const step: DbtStep = {
      ok: false,
      mode: base.mode,
      // The reproducible part; the full command line, with this runner's paths, is in the audit bundle.
      command: `dbt build --select ${select}${deferred ? ' --defer' : ''} --state <base manifest>`,
      exitCode: invocation.exitCode,
      results: [],
    }
    const graph = await readGraphIfPresent(path.join(targetPath, 'manifest.json'))
    const runResults = invocation.timedOut
      ? undefined
      : await readIfPresent(path.join(targetPath, 'run_results.json'))
    if (runResults !== undefined) {
      const nodes = graph ?? base.graph
      step.results = parseRunResults(runResults, (id) => fileOfNode(nodes, base.project.name, id))
    }
    const failed = step.results.some(isFailure)
    if (invocation.exitCode !== 0 && !failed) {
      step.error =
        invocation.errors.join('\n') ||
        `dbt build exited with code ${invocation.exitCode} and reported no node results.`
    }
    step.ok = invocation.exitCode === 0 && !failed
    return { step, ...(graph ? { graph } : {}) }
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

async function readGraphIfPresent(file: string): Promise<ManifestGraph | undefined> {
  const text = await readIfPresent(file)
  return text === undefined ? undefined : loadManifestGraph(text, file)
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
