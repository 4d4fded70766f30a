import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../shared/log.js'
import { DbtError, type DbtInvocation, type DbtRunner } from '../adapters/dbt/dbt-cli.js'
import type { Linter } from '../adapters/dbt/sqlfluff-linter.js'
import { readDbtProject, type DbtProject } from '../project/dbt-project.js'
import { loadManifestGraph, type ManifestGraph } from '../project/graph.js'
import { changedModels, fileOfNode } from '../project/manifest.js'
import {
  editablePackages,
  foldersOf,
  layoutWithLocalPackages,
  ownerOf,
  type ProjectLayout,
} from '../project/project-layout.js'
import { computeImpact } from '../impact/impact.js'
import { ChangedLint, lintSentence, type LintBase } from './changed-lint.js'
import { uncheckedChanges } from './coverage.js'
import { installPackages } from './package-install.js'
import { BuiltRelations, laterRoundSelect, missingParents } from './round-selection.js'
import { isFailure, parseRunResults } from './run-results.js'
import type { SqlChecker } from '../adapters/dbt/sql-checker.js'
import { judgeBuild } from './sql-verdict.js'
import type { BaseState, BuildMode, ChangeValidator, DbtStep, ValidationRound } from './validation.js'
import { readIfPresent } from '../shared/read-if-present.js'

export interface DbtValidatorOptions {
  /** Absolute path of the dbt project. */
  projectDir: string
  /** The repository root: in-repository `local:` packages are editable too (default `projectDir`). */
  repoDir?: string
  /** `auto`: lint only when the project configures sqlfluff. */
  lint: boolean | 'auto'
  /** A production manifest.json (or the folder holding it) to defer to. */
  stateManifest?: string
  /**
   * A dbt target whose relations are production's (input `defer-target`): without `stateManifest`, the base
   * is parsed with it, so `--defer` reads unmodified parents from production instead of building them.
   */
  deferTarget?: string
  /** A folder outside the project for the base state; nothing in it is committed. */
  workDir: string
}

/** What later rounds compare against. */
interface ParsedBase {
  project: DbtProject
  layout: ProjectLayout
  lint: LintBase
  /** Folder holding the base manifest.json that `--state` points at. */
  stateDir: string
  /** Absent when the base does not parse (`brokenBase`). */
  graph?: ManifestGraph
  /**
   * `deferred` when a production manifest was given or parsed with `deferTarget`, `with-parents` when the
   * base was parsed here, `full` when it did not parse.
   */
  mode: BuildMode
  /** dbt's parse error on the untouched checkout. */
  brokenBase?: string
}

/** The content of each changed file (sha256; null when deleted), by root-relative path. */
type TreeSnapshot = ReadonlyMap<string, string | null>

/** The last build that left relations, for choosing what the next round must build. */
interface LastBuild {
  round: number
  graph: ManifestGraph
  snapshot: TreeSnapshot
  /** Nodes of `graph` whose definition differs from the base. */
  changed: ReadonlySet<string>
}

interface Selection {
  select: string
  /** A later round's selection: parents come from an earlier build and are not built again. */
  parentsFrom?: number
}

/**
 * The validate stage: a base manifest before any edit, then per round a slim `dbt build` of what changed
 * and sqlfluff on the changed SQL. dbt's artifacts stay under the project's (ignored) target folder; each
 * manifest is parsed once, and its graph handed on to the stages after validation. Work is done once per
 * run: dbt reuses the run's parse (see `DbtCli`), a later round builds what changed and its children
 * against the relations the first round built, and a round whose files did not change is not run again.
 */
export class DbtValidator implements ChangeValidator {
  private base?: ParsedBase
  private readonly lint: ChangedLint
  private readonly built = new BuiltRelations()
  private lastBuild?: LastBuild
  private lastRound?: { fingerprint: string; result: ValidationRound }
  private lastSnapshot?: TreeSnapshot

  constructor(
    private readonly options: DbtValidatorOptions,
    private readonly dbt: DbtRunner,
    linter: Linter,
    private readonly log: Log,
    /** Judges the SQL each build ran; without one, only the source rules of the guard have looked. */
    private readonly sqlChecker?: SqlChecker,
  ) {
    this.lint = new ChangedLint(linter, log, options.workDir)
  }

  /**
   * Installs packages when declared and not installed as the lock file pins them, then parses the
   * untouched checkout (with `deferTarget` when set) or reads the production manifest.
   */
  async prepareBase(stateManifest = this.options.stateManifest): Promise<BaseState> {
    const project = await readDbtProject(this.options.projectDir)
    const layout = await layoutWithLocalPackages(project, this.options.repoDir ?? project.dir)
    await installPackages(project, this.dbt, this.log)
    const stateDir = path.join(this.options.workDir, 'dbt-state')
    await mkdir(stateDir, { recursive: true })
    const stateFile = path.join(stateDir, 'manifest.json')
    const deferTarget = stateManifest ? undefined : this.options.deferTarget
    let mode: BuildMode
    let brokenBase: string | undefined
    if (stateManifest) {
      const source = await manifestFile(stateManifest)
      await copyFile(source, stateFile)
      mode = 'deferred'
      this.log.info(`Deferring to the production manifest ${source}`)
    } else {
      const targetPath = path.join(autopilotDir(project), deferTarget ? `base-${deferTarget}` : 'base')
      await rm(targetPath, { recursive: true, force: true })
      const parse = await this.dbt.parse(targetPath, deferTarget ? { target: deferTarget } : {})
      if (parse.exitCode !== 0 && !isParseError(parse)) {
        throw new DbtError(
          deferTarget
            ? `dbt parse --target ${deferTarget} (input \`defer-target\`) failed on the checkout before any edit: ${summarize(parse)}\nName a target of your profile whose relations are production's, with its credentials in the environment, or leave the input empty.`
            : `dbt parse failed on the checkout before any edit, so there is nothing to compare changes with: ${summarize(parse)}`,
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
        mode = deferTarget ? 'deferred' : 'with-parents'
        this.log.info(
          deferTarget
            ? `Base parsed with target \`${deferTarget}\` (input \`defer-target\`): unmodified parents are read from its relations.`
            : 'No production manifest given (input `state-manifest` or `defer-target`): modified models are built with their parents in the first round.',
        )
      }
    }
    const graph = brokenBase ? undefined : loadManifestGraph(await readFile(stateFile, 'utf8'), stateFile)
    const lint = await this.lint.prepare(this.options.lint, project, layout)
    this.base = {
      project,
      layout,
      lint,
      stateDir,
      mode,
      ...(graph ? { graph } : {}),
      ...(brokenBase ? { brokenBase } : {}),
    }
    return {
      stateDir,
      mode,
      layout,
      ...(graph ? { graph } : {}),
      ...(brokenBase ? { brokenBase } : {}),
      ...(deferTarget && mode === 'deferred' ? { deferTarget } : {}),
    }
  }

  /**
   * Builds what the changed files affect and lints the changed SQL. `changedFiles` are relative to the
   * project folder (absolute paths inside it are accepted too).
   */
  async validate(round: number, changedFiles: string[]): Promise<ValidationRound> {
    const base = this.base
    if (!base) throw new Error('DbtValidator.validate called before prepareBase()')
    const files = rootRelative(base.layout.root, changedFiles)
    const snapshot = await snapshotOf(base.layout.root, files)
    const fingerprint = fingerprintOf(snapshot)
    const edited = this.lastSnapshot ? changedSince(this.lastSnapshot, snapshot) : [...snapshot.keys()]
    this.lastSnapshot = snapshot
    const last = this.lastRound
    if (last && last.fingerprint === fingerprint) return this.repeat(round, last.result)
    const targetPath = path.join(autopilotDir(base.project), `round-${round}`)
    await rm(targetPath, { recursive: true, force: true })
    const existing = [...snapshot].filter(([, hash]) => hash !== null).map(([file]) => file)
    const [{ step: dbt, graph }, lint] = base.lint.afterBuild
      ? [
          await this.build(base, round, targetPath, snapshot),
          await this.lint.lintChanged(base.lint, existing),
        ]
      : await Promise.all([
          this.build(base, round, targetPath, snapshot),
          this.lint.lintChanged(base.lint, existing),
        ])
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
    const validation = { round, ok: dbt.ok && lint.ok, dbt, lint, changedModels: models, edited }
    this.log.info(
      `Round ${round}: dbt ${dbt.ok ? 'passed' : 'failed'} (${dbt.results.length} nodes, ${dbt.mode}` +
        `${dbt.unchecked ? `, ${dbt.unchecked.length} unchecked` : ''}${parseNote(dbt)}), ${lintSentence(lint)}`,
    )
    const result = { validation, ...(graph ? { graph } : {}) }
    this.lastRound = { fingerprint, result }
    return result
  }

  noteRelationsBuilt(uniqueIds: readonly string[]): void {
    this.built.recordOutside(uniqueIds)
  }

  /** The files are as an earlier round left them: its verdict stands, without running dbt or sqlfluff. */
  private repeat(round: number, earlier: ValidationRound): ValidationRound {
    const from = earlier.validation.reusedFrom ?? earlier.validation.round
    this.log.info(
      `Round ${round}: the changed files are the same as in round ${from}; its result stands (dbt and sqlfluff not run again).`,
    )
    const validation = { ...structuredClone(earlier.validation), round, reusedFrom: from, edited: [] }
    return { validation, ...(earlier.graph ? { graph: earlier.graph } : {}) }
  }

  /**
   * Builds the round's selection. A later round that expected the parents of what it builds to be there
   * and finds (in the manifest dbt just wrote) one no round built, builds again with `@` as the first round.
   */
  private async build(
    base: ParsedBase,
    round: number,
    targetPath: string,
    snapshot: TreeSnapshot,
  ): Promise<{ step: DbtStep; graph?: ManifestGraph }> {
    const selection = this.selection(base, snapshot)
    let built = await this.runBuild(base, selection, targetPath)
    let launches = 1
    if (selection.parentsFrom !== undefined && built.graph) {
      const ran = new Set(built.step.results.map((result) => result.uniqueId))
      const missing = missingParents(built.graph, ran, this.built)
      if (missing.length > 0) {
        this.log.info(
          `Round ${round}: the change reads ${missing.length} relation(s) no earlier round built (${preview(missing)}); building again with their parents.`,
        )
        const again = `${targetPath}-with-parents`
        await rm(again, { recursive: true, force: true })
        const first = built.step.sqlVerdict
        built = await this.runBuild(base, { select: '@state:modified' }, again)
        launches++
        // What the first build ran is judged too: it ran, even if its results are replaced.
        const verdict = built.step.sqlVerdict
        if (first && verdict && first.findings.length > 0) {
          verdict.findings = [...first.findings, ...verdict.findings]
          verdict.statements += first.statements
          built.step.ok = false
        }
      }
    }
    built.step.launches = launches
    if (base.graph && built.graph && base.mode !== 'full') {
      const changed = new Set(
        computeImpact(base.graph, built.graph)
          .changed.filter((change) => change.change !== 'removed')
          .map((change) => change.id),
      )
      this.built.record(round, built.step.results, changed)
      this.lastBuild = { round, graph: built.graph, snapshot, changed }
    }
    return built
  }

  /**
   * The first build of a run: `state:modified+` when deferring, else `@state:modified` (parents of every
   * descendant too: without relations to defer to, they must be built). A later round reads the relations
   * earlier rounds built: `state:modified+`, plus anything the tree may have reverted and parents no round
   * built yet, as far as the previous manifest tells before dbt parses.
   */
  private selection(base: ParsedBase, snapshot: TreeSnapshot): Selection {
    if (base.brokenBase !== undefined) return { select: 'fqn:*' }
    const deferred = base.mode === 'deferred'
    const first = { select: deferred ? 'state:modified+' : '@state:modified' }
    const last = this.lastBuild
    if (!last || this.built.size === 0) return first
    const touched = new Set<string>()
    let onlyNodeFiles = true
    for (const file of changedSince(last.snapshot, snapshot)) {
      const owner = ownerOf(base.layout, file)
      const nodes = owner
        ? last.graph.byFile(owner.file).filter((node) => node.packageName === owner.package.name)
        : []
      if (nodes.length === 0 && !definesOwnNode(base.layout, file)) onlyNodeFiles = false
      for (const node of nodes) touched.add(node.id)
    }
    const select = laterRoundSelect({
      graph: last.graph,
      built: this.built,
      changed: last.changed,
      touched,
      onlyNodeFiles,
      withParents: !deferred,
    })
    if (!select) return first
    return deferred ? { select } : { select, parentsFrom: last.round }
  }

  /** One `dbt build`; the graph is the change's manifest as dbt wrote it, when dbt could parse it. */
  private async runBuild(
    base: ParsedBase,
    selection: Selection,
    targetPath: string,
  ): Promise<{ step: DbtStep; graph?: ManifestGraph }> {
    const deferred = base.mode === 'deferred'
    // No base manifest (the base does not parse): nothing to compare with, so everything is built.
    const alone = base.brokenBase !== undefined
    const { select } = selection
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
      ...(invocation.parse
        ? {
            parse: {
              partialParse: invocation.parse.partialParse,
              ...(invocation.parse.reason ? { reason: invocation.parse.reason } : {}),
            },
          }
        : {}),
      ...(selection.parentsFrom !== undefined ? { parentsFrom: selection.parentsFrom } : {}),
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
}

function parseNote(dbt: DbtStep): string {
  const parts: string[] = []
  if (dbt.parentsFrom !== undefined) parts.push(`parents as round ${dbt.parentsFrom} built them`)
  if (dbt.parse) parts.push(dbt.parse.partialParse === 'reused' ? 'partial parse' : 'full parse')
  if ((dbt.launches ?? 1) > 1) parts.push(`${dbt.launches} dbt launches`)
  return parts.map((part) => `, ${part}`).join('')
}

/** A SQL or CSV file in a resource folder: new, it adds its own node and changes no other. */
function definesOwnNode(layout: ProjectLayout, file: string): boolean {
  const folders = foldersOf(layout, ['models', 'seeds', 'snapshots', 'tests', 'analyses'])
  return /\.(sql|csv)$/.test(file) && folders.some((folder) => file.startsWith(folder))
}

function preview(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ')
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown
}

/** The changed files' contents now: two rounds with the same snapshot validate the same tree. */
async function snapshotOf(root: string, files: readonly string[]): Promise<TreeSnapshot> {
  const snapshot = new Map<string, string | null>()
  for (const file of [...files].sort()) {
    const content = await readFile(path.join(root, file)).catch(() => undefined)
    snapshot.set(file, content === undefined ? null : createHash('sha256').update(content).digest('hex'))
  }
  return snapshot
}

function fingerprintOf(snapshot: TreeSnapshot): string {
  return createHash('sha256')
    .update(JSON.stringify([...snapshot]))
    .digest('hex')
}

/** Files whose content differs between two snapshots (a file back to its base content is in neither). */
function changedSince(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const files = new Set([...before.keys(), ...after.keys()])
  return [...files].filter((file) => (before.get(file) ?? null) !== (after.get(file) ?? null))
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

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
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
