import { cp, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../shared/log.js'
import { LintToolError, type Linter } from '../adapters/dbt/sqlfluff-linter.js'
import { usesDbtTemplater } from '../adapters/dbt/sqlfluff-project.js'
import type { DbtProject } from '../project/dbt-project.js'
import { foldersOf, type ProjectLayout } from '../project/project-layout.js'
import { splitByBase } from './lint-baseline.js'
import type { LintStep, LintViolation } from './validation.js'

/** What lint compares the change with, fixed before any edit. */
export interface LintBase {
  project: DbtProject
  layout: ProjectLayout
  /** Why changed SQL is not linted this run, or undefined when it is. */
  off?: string
  /** A copy of the layout root as it was before any edit, for linting the base version of changed files. */
  tree?: string
  /** sqlfluff compiles with dbt (`templater = dbt`): lint waits for the build, which holds the database. */
  afterBuild?: boolean
}

type LintResult = { violations: LintViolation[] } | { notRun: string }

/**
 * sqlfluff on the changed SQL, judged against the base: the base version of each changed file is linted
 * too (once per run) and only violations the change introduced count. A setup error (configuration,
 * templater, dialect) is "not run", never the change's failure.
 */
export class ChangedLint {
  /** Lint results of base files, by root-relative path: the base does not change during a run. */
  private readonly baseLint = new Map<string, LintResult>()

  constructor(
    private readonly linter: Linter,
    private readonly log: Log,
    /** A folder outside the project for the copy of the base tree. */
    private readonly workDir: string,
  ) {}

  /** Decides whether this run lints, and copies the base tree when it does. Runs before any edit. */
  async prepare(lint: boolean | 'auto', project: DbtProject, layout: ProjectLayout): Promise<LintBase> {
    const off = await this.lintSetting(lint)
    const tree = off === undefined ? await this.copyBaseTree(project, layout) : undefined
    const afterBuild = off === undefined && (await usesDbtTemplater(await this.linter.configuration()))
    return {
      project,
      layout,
      ...(off ? { off } : {}),
      ...(tree ? { tree } : {}),
      ...(afterBuild ? { afterBuild } : {}),
    }
  }

  /** Lints the changed files (root-relative, existing ones) before and after the change. */
  async lintChanged(base: LintBase, files: string[]): Promise<LintStep> {
    const none = { ok: true, files: [], violations: [] }
    if (base.off) {
      return base.off.startsWith('lint not run: ')
        ? { ...none, notRun: base.off.slice('lint not run: '.length) }
        : { ...none, skipped: base.off }
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
            async (file) => [file, base.tree ? await readText(path.join(base.tree, file)) : null] as const,
          ),
        ),
      ),
    }
    const { introduced, preExisting } = splitByBase(after.violations, before.violations, texts)
    return { ok: introduced.length === 0, files: linted, violations: introduced, preExisting }
  }

  /** Undefined when changed SQL is linted; else why not. Throws when `lint: true` and sqlfluff is missing. */
  private async lintSetting(lint: boolean | 'auto'): Promise<string | undefined> {
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
    const tree = path.join(this.workDir, 'base-tree')
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

  /** The base version of each file, linted once per run; files new in the change have none. */
  private async lintBase(
    base: LintBase,
    files: string[],
    toProject: (file: string) => string,
  ): Promise<LintResult> {
    const tree = base.tree
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

/** The round's lint in a few words, for the log. */
export function lintSentence(lint: LintStep): string {
  if (lint.skipped) return lint.skipped
  if (lint.notRun) return `lint not run: ${lint.notRun}`
  const old = lint.preExisting?.length ?? 0
  return `lint ${lint.violations.length} new violation(s)${old > 0 ? `, ${old} already there` : ''}`
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

async function isFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined)
  return info?.isFile() ?? false
}
