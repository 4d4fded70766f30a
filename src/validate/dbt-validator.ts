import { copyFile, cp, mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../shared/log.js'
import { DbtError, type DbtInvocation, type DbtRunner } from '../adapters/dbt/dbt-cli.js'
import { LintToolError, type Linter } from '../adapters/dbt/sqlfluff-linter.js'
import { usesDbtTemplater } from '../adapters/dbt/sqlfluff-project.js'
import { readDbtProject, type DbtProject } from '../project/dbt-project.js'
import { loadManifestGraph, type ManifestGraph } from '../project/graph.js'
import { changedModels, fileOfNode } from '../project/manifest.js'
import {
  editablePackages,
  foldersOf,
  layoutWithLocalPackages,
  type ProjectLayout,
} from '../project/project-layout.js'
import { uncheckedChanges } from './coverage.js'
import { splitByBase } from './lint-baseline.js'
import { isFailure, parseRunResults } from './run-results.js'
import type { SqlChecker } from '../adapters/dbt/sql-checker.js'
import { judgeBuild } from './sql-verdict.js'
import type {
  BaseState,
  BuildMode,
  ChangeValidator,
  DbtStep,
  LintStep,
  LintViolation,
  ValidationRound,
} from './validation.js'

export interface DbtValidatorOptions {
  /** Absolute path of the dbt project. */
  projectDir: string
  /** The repository root: in-repository `local:` packages are editable too (default `projectDir`). */
  repoDir?: string
  /** `auto`: lint only when the project configures sqlfluff. */
  lint: boolean | 'auto'
  /** A production manifest.json (or the folder holding it) to defer to. */
  stateManifest?: string
  /** A folder outside the project for the base state; nothing in it is committed. */
  workDir: string
}

/** What later rounds compare against. */
interface ParsedBase {
  project: DbtProject
  layout: ProjectLayout
  /** Why changed SQL is not linted this run, or undefined when it is. */
  lintOff?: string
  /** sqlfluff compiles with dbt (`templater = dbt`): lint waits for the build, which holds the database. */
  lintAfterBuild?: boolean
  /** A copy of the layout root as it was before any edit, for linting the base version of changed files. */
  baseTree?: string
  /** Folder holding the base manifest.json that `--state` points at. */
  stateDir: string
  /** Absent when the base does not parse (`brokenBase`). */
  graph?: ManifestGraph
  /**
   * `deferred` when a production manifest was given, `with-parents` when the base was parsed here, `full`
   * when it did not parse.
   */
  mode: BuildMode
  /** dbt's parse error on the untouched checkout. */
  brokenBase?: string
}

/**
 * The validate stage: a base manifest before any edit, then per round a slim `dbt build` of what changed
 * and sqlfluff on the changed SQL. dbt's artifacts stay under the project's (ignored) target folder; each
 * manifest is parsed once, and its graph handed on to the stages after validation.
 */
export class DbtValidator implements ChangeValidator {
  private base?: ParsedBase
  /** Lint results of base files, by root-relative path: the base does not change during a run. */
  private readonly baseLint = new Map<string, LintResult>()

  constructor(
    private readonly options: DbtValidatorOptions,
    private readonly dbt: DbtRunner,
    private readonly linter: Linter,
    private readonly log: Log,
    /** Judges the SQL each build ran; without one, only the source rules of the guard have looked. */
    private readonly sqlChecker?: SqlChecker,
  ) {}

  /** Installs packages when declared, then parses the untouched checkout (or reads the production manifest). */
  async prepareBase(stateManifest = this.options.stateManifest): Promise<BaseState> {
    const project = await readDbtProject(this.options.projectDir)
    const layout = await layoutWithLocalPackages(project, this.options.repoDir ?? project.dir)
    const lintOff = await this.lintSetting()
    const dbt = this.dbt
    if (project.declaresPackages) {
      const deps = await dbt.deps()
      if (deps.exitCode !== 0) throw new DbtError(`dbt deps failed: ${summarize(deps)}`)
    }
    const stateDir = path.join(this.options.workDir, 'dbt-state')
    await mkdir(stateDir, { recursive: true })
    const stateFile = path.join(stateDir, 'manifest.json')
    let mode: BuildMode
    let brokenBase: string | undefined
    if (stateManifest) {
      const source = await manifestFile(stateManifest)
      await copyFile(source, stateFile)
      mode = 'deferred'
      this.log.info(`Deferring to the production manifest ${source}`)
    } else {
      const targetPath = path.join(autopilotDir(project), 'base')
      await rm(targetPath, { recursive: true, force: true })
      const parse = await dbt.parse(targetPath)
      if (parse.exitCode !== 0 && !isParseError(parse)) {
        throw new DbtError(
          `dbt parse failed on the checkout before any edit, so there is nothing to compare changes with: ${summarize(parse)}`,
        )
      }
      if (parse.exitCode !== 0) {
        brokenBase = summarize(parse)
        mode = 'full'
        this.log.warn(
          `The project does not parse before any edit; the change is validated alone (everything it selects is built): ${brokenBase}`,
        )
      } else {
        await copyFile(path.join(targetPath, 'manifest.json'), stateFile)
        mode = 'with-parents'
        this.log.info(
          'No production manifest given (input `state-manifest`): modified models are built with their parents.',
        )
      }
    }
    const graph = brokenBase ? undefined : loadManifestGraph(await readFile(stateFile, 'utf8'), stateFile)
    const baseTree = lintOff === undefined ? await this.copyBaseTree(project, layout) : undefined
    this.base = {
      project,
      layout,
      stateDir,
      mode,
      ...(graph ? { graph } : {}),
      ...(brokenBase ? { brokenBase } : {}),
      ...(lintOff ? { lintOff } : {}),
      ...(lintOff === undefined && (await usesDbtTemplater(await this.linter.configuration()))
        ? { lintAfterBuild: true }
        : {}),
      ...(baseTree ? { baseTree } : {}),
    }
    return { stateDir, mode, layout, ...(graph ? { graph } : {}), ...(brokenBase ? { brokenBase } : {}) }
  }

  /** Undefined when changed SQL is linted; else why not. Throws when `lint: true` and sqlfluff is missing. */
  private async lintSetting(): Promise<string | undefined> {
    const { lint } = this.options
    if (lint === false) return 'lint: off (input `lint` is false)'
    if (lint === true) {
      await this.linter.checkAvailable()
      return undefined
    }
    const config = await this.linter.configuration()
    if (!config) {
      return 'lint: not configured in this project (no `.sqlfluff`, `pyproject.toml` with `[tool.sqlfluff]`, or `setup.cfg`/`tox.ini` with `[sqlfluff]`)'
    }
    try {
      await this.linter.checkAvailable()
    } catch (error) {
      if (!(error instanceof LintToolError)) throw error
      this.log.warn(`The project configures sqlfluff (${config}) but it cannot run: ${error.message}`)
      return `lint not run: ${error.message}`
    }
    return undefined
  }

  /**
   * The layout root as it is before any edit (links kept as links, dbt's output left out), so the base
   * version of a changed file is linted with the same configuration, ignore files and macros.
   */
  private async copyBaseTree(project: DbtProject, layout: ProjectLayout): Promise<string> {
    const tree = path.join(this.options.workDir, 'base-tree')
    await rm(tree, { recursive: true, force: true })
    // Installed packages stay in the copy: the dbt templater compiles against them.
    const skipped = new Set([
      project.targetDir,
      ...['.git', 'node_modules', '.venv'].map((name) => path.join(layout.root, name)),
    ])
    await cp(layout.root, tree, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !skipped.has(source) && !source.endsWith('.duckdb'),
    })
    return tree
  }

  /**
   * Builds what the changed files affect and lints the changed SQL. `changedFiles` are relative to the
   * project folder (absolute paths inside it are accepted too).
   */
  async validate(round: number, changedFiles: string[]): Promise<ValidationRound> {
    const base = this.base
    if (!base) throw new Error('DbtValidator.validate called before prepareBase()')
    const files = rootRelative(base.layout.root, changedFiles)
    const targetPath = path.join(autopilotDir(base.project), `round-${round}`)
    await rm(targetPath, { recursive: true, force: true })
    const existing: string[] = []
    for (const file of files) if (await isFile(path.join(base.layout.root, file))) existing.push(file)
    const [{ step: dbt, graph }, lint] = base.lintAfterBuild
      ? [await this.build(base, targetPath), await this.lintChanged(base, existing)]
      : await Promise.all([this.build(base, targetPath), this.lintChanged(base, existing)])
    const packages = editablePackages(base.layout)
    // Without a base, the change's own manifest stands in for it: models are named by the files changed.
    const reference = base.graph ?? graph
    const models = reference ? changedModels(reference, graph, packages, files) : []
    if (dbt.ok && graph) {
      const unchecked = uncheckedChanges({
        layout: base.layout,
        files: existing,
        base: base.graph ?? graph,
        graph,
        results: dbt.results,
        changedModels: models,
      })
      if (unchecked.length > 0) {
        dbt.unchecked = unchecked
        dbt.ok = false
      }
    }
    const validation = { round, ok: dbt.ok && lint.ok, dbt, lint, changedModels: models }
    this.log.info(
      `Round ${round}: dbt ${dbt.ok ? 'passed' : 'failed'} (${dbt.results.length} nodes, ${dbt.mode}` +
        `${dbt.unchecked ? `, ${dbt.unchecked.length} unchecked` : ''}), ${lintSentence(lint)}`,
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
    // No base manifest (the base does not parse): nothing to compare with, so everything is built.
    const alone = base.brokenBase !== undefined
    const select = alone ? 'fqn:*' : deferred ? 'state:modified+' : '@state:modified'
    const options = alone ? { defer: false } : { state: base.stateDir, defer: deferred }
    const invocation = await this.dbt.build(select, options, targetPath)
    const step: DbtStep = {
      ok: false,
      mode: base.mode,
      // The reproducible part; the full command line, with this runner's paths, is in the audit bundle.
      command: alone
        ? `dbt build --select ${select}`
        : `dbt build --select ${select}${deferred ? ' --defer' : ''} --state <base manifest>`,
      exitCode: invocation.exitCode,
      results: [],
    }
    const graph = await readGraphIfPresent(path.join(targetPath, 'manifest.json'))
    const runResults = invocation.timedOut
      ? undefined
      : await readIfPresent(path.join(targetPath, 'run_results.json'))
    const nodes = graph ?? base.graph
    const packages = editablePackages(base.layout)
    const fileOf = (id: string) => nodes && fileOfNode(nodes, packages, id)
    if (runResults !== undefined) step.results = parseRunResults(runResults, fileOf)
    if (this.sqlChecker && !invocation.timedOut) {
      step.sqlVerdict = await judgeBuild({
        checker: this.sqlChecker,
        project: base.project,
        invocation,
        ...(runResults !== undefined ? { runResults } : {}),
        fileOf,
      })
      if (step.sqlVerdict.notRun) this.log.warn(`The SQL dbt ran was not judged: ${step.sqlVerdict.notRun}`)
    }
    const forbidden = (step.sqlVerdict?.findings.length ?? 0) > 0
    const failed = step.results.some(isFailure)
    if (invocation.exitCode !== 0 && !failed) {
      step.error =
        invocation.errors.join('\n') ||
        `dbt build exited with code ${invocation.exitCode} and reported no node results.`
    }
    step.ok = invocation.exitCode === 0 && !failed && !forbidden
    return { step, ...(graph ? { graph } : {}) }
  }

  /**
   * Lints the changed SQL before and after the change; only violations the change introduced count. A
   * setup error (configuration, templater, dialect) is "not run", never the change's failure.
   */
  private async lintChanged(base: ParsedBase, files: string[]): Promise<LintStep> {
    const none = { ok: true, files: [], violations: [] }
    if (base.lintOff) {
      return base.lintOff.startsWith('lint not run: ')
        ? { ...none, notRun: base.lintOff.slice('lint not run: '.length) }
        : { ...none, skipped: base.lintOff }
    }
    const roots = foldersOf(base.layout, ['models', 'tests', 'macros', 'snapshots', 'analyses'])
    const candidates = files.filter(
      (file) => file.endsWith('.sql') && roots.some((root) => file.startsWith(root)),
    )
    const { root, project } = { root: base.layout.root, project: base.project }
    const toProject = (file: string) => toPosix(path.relative(project.dir, path.join(root, file)))
    const ignored = new Set(await this.linter.ignoredFiles(candidates.map(toProject)))
    const linted = candidates.filter((file) => !ignored.has(toProject(file)))
    if (linted.length === 0) {
      const why =
        candidates.length > 0 ? 'the changed SQL files are in `.sqlfluffignore`' : 'no changed SQL files'
      return { ...none, skipped: why }
    }
    const [after, before] = await Promise.all([
      this.lintFiles(linted, project.dir, toProject),
      this.lintBase(base, linted, toProject),
    ])
    if ('notRun' in after) return { ...none, files: linted, notRun: after.notRun }
    if ('notRun' in before) return { ...none, files: linted, notRun: `on the base version: ${before.notRun}` }
    const texts = {
      after: new Map(
        await Promise.all(
          linted.map(async (file) => [file, (await readText(path.join(root, file))) ?? ''] as const),
        ),
      ),
      before: new Map(
        await Promise.all(
          linted.map(
            async (file) =>
              [file, base.baseTree ? await readText(path.join(base.baseTree, file)) : null] as const,
          ),
        ),
      ),
    }
    const { introduced, preExisting } = splitByBase(after.violations, before.violations, texts)
    return { ok: introduced.length === 0, files: linted, violations: introduced, preExisting }
  }

  /** The base version of each file, linted once per run; files new in the change have none. */
  private async lintBase(
    base: ParsedBase,
    files: string[],
    toProject: (file: string) => string,
  ): Promise<LintResult> {
    const tree = base.baseTree
    if (!tree) return { violations: [] }
    const pending: string[] = []
    for (const file of files) {
      if (!this.baseLint.has(file) && (await isFile(path.join(tree, file)))) pending.push(file)
    }
    if (pending.length > 0) {
      const projectCopy = path.join(tree, path.relative(base.layout.root, base.project.dir))
      const result = await this.lintFiles(pending, projectCopy, toProject)
      if ('notRun' in result) return result
      for (const file of pending) {
        this.baseLint.set(file, { violations: result.violations.filter((v) => v.file === file) })
      }
    }
    return {
      violations: files.flatMap((file) => {
        const cached = this.baseLint.get(file)
        return cached && !('notRun' in cached) ? cached.violations : []
      }),
    }
  }

  /** Runs the linter on root-relative files in `projectDir`; violations come back root-relative. */
  private async lintFiles(
    files: string[],
    projectDir: string,
    toProject: (file: string) => string,
  ): Promise<LintResult> {
    const byProjectPath = new Map(files.map((file) => [toProject(file), file]))
    try {
      const violations = await this.linter.lint([...byProjectPath.keys()], projectDir)
      return {
        violations: violations.map((v) => ({ ...v, file: byProjectPath.get(v.file) ?? v.file })),
      }
    } catch (error) {
      if (error instanceof LintToolError) return { notRun: error.message }
      throw error
    }
  }
}

type LintResult = { violations: LintViolation[] } | { notRun: string }

function lintSentence(lint: LintStep): string {
  if (lint.skipped) return lint.skipped
  if (lint.notRun) return `lint not run: ${lint.notRun}`
  const old = lint.preExisting?.length ?? 0
  return `lint ${lint.violations.length} new violation(s)${old > 0 ? `, ${old} already there` : ''}`
}

function autopilotDir(project: DbtProject): string {
  return path.join(project.targetDir, 'autopilot')
}

function rootRelative(root: string, files: string[]): string[] {
  const relative = new Set<string>()
  for (const file of files) {
    const rel = toPosix(path.relative(root, path.resolve(root, file)))
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

async function readText(file: string): Promise<string | null> {
  return (await readIfPresent(file)) ?? null
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

async function isFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined)
  return info?.isFile() ?? false
}

/**
 * A project that dbt could not read (a broken ref, Jinja or YAML), as opposed to a run that could not start
 * (a missing profile or adapter is a `Runtime Error`): only the former can be the change's to fix.
 */
function isParseError(invocation: DbtInvocation): boolean {
  if (invocation.timedOut) return false
  const text = invocation.errors.join('\n')
  return /\b(?:Compilation|Parsing) Error\b/.test(text) && !/\bRuntime Error\b/.test(text)
}

function summarize(invocation: DbtInvocation): string {
  const detail = invocation.errors.join('\n').trim() || `exit code ${invocation.exitCode}`
  return detail.length > 2000 ? `${detail.slice(0, 2000)}…` : detail
}
