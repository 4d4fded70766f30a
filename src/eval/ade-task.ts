import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { EvalTaskError, type CheckFile, type EvalTask } from './eval-task.js'

/** ADE-bench's task file (github.com/dbt-labs/ade-bench, `tasks/<id>/task.yaml`). */
export const ADE_TASK_FILE = 'task.yaml'

const VariantSchema = z.looseObject({
  db_type: z.string(),
  db_name: z.string().optional(),
  project_type: z.string(),
  project_name: z.string(),
  db_dir: z.string().optional(),
  project_dir: z.string().optional(),
})

const AdeTaskSchema = z.looseObject({
  task_id: z.string().trim().min(1).optional(),
  status: z.string().optional(),
  description: z.string().optional(),
  prompts: z
    .array(z.looseObject({ key: z.string(), prompt: z.string().trim().min(1, 'must not be empty') }))
    .min(1, 'must hold at least the `base` prompt'),
  test_setup: z.string().optional(),
  variants: z.array(VariantSchema).min(1, 'must list at least one variant'),
})

export interface AdeOptions {
  /** The ADE-bench checkout: `shared/projects/dbt/<project>` and `shared/databases/duckdb/<db>.duckdb`. */
  root: string
  /** Which of the task's prompts is the ticket; default `base`. */
  prompt?: string
}

/** Lines of setup.sh and solution.sh that replay as they are: the shell's own settings and comments. */
const INERT_LINE = /^(#.*|set [-+][a-z]+( [-+][a-z]+)*( pipefail)?|)$/
const PATCH_LINE = /^patch\s+-p1\s*<\s*(\S+)$/
/** dbt commands the pipeline runs itself, in its own way (`dbt deps` before the base, `dbt build` per round). */
const DBT_LINE = /^dbt\s+(deps|run|build|seed|compile|parse)\b.*$/

/**
 * An ADE-bench task as an eval task: the chosen prompt is the ticket; `setup/changes.patch` is applied and
 * committed as the base; `solutions/changes.patch` is the reference; the check copies `tests/*.sql` and the
 * answer seeds (`seeds/*.csv`) into the changed project, runs `test_setup`, and passes when `dbt test` of
 * those tests does. What cannot be replayed (another database, dbt Fusion, setup scripts beyond a patch) is
 * an `EvalTaskError` that says so.
 */
export async function readAdeTask(dir: string, options: AdeOptions): Promise<EvalTask> {
  const file = path.join(dir, ADE_TASK_FILE)
  let data: unknown
  try {
    data = parseYaml(await readFile(file, 'utf8'))
  } catch (error) {
    throw new EvalTaskError(`${file} is not YAML (${firstLine(error)}): fix its syntax.`)
  }
  const parsed = AdeTaskSchema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `\`${issue.path.join('.') || 'file'}\` ${issue.message}`,
    )
    throw new EvalTaskError(`${file} is not an ADE-bench task: ${problems.join('; ')}.`)
  }
  const task = parsed.data
  const id = task.task_id ?? path.basename(dir)
  const promptKey = options.prompt ?? 'base'
  const prompt = task.prompts.find((entry) => entry.key === promptKey)
  if (!prompt) {
    throw new EvalTaskError(
      `${file} has no prompt \`${promptKey}\` (it has ${task.prompts.map((entry) => `\`${entry.key}\``).join(', ')}): pass one of those.`,
    )
  }
  const variant = task.variants.find((entry) => entry.db_type === 'duckdb' && entry.project_type === 'dbt')
  if (!variant) {
    const kinds = task.variants.map((entry) => `${entry.db_type} + ${entry.project_type}`).join(', ')
    throw new EvalTaskError(
      `${file} has no duckdb + dbt variant (only ${kinds}): eval replays ADE-bench tasks on DuckDB with dbt Core; Snowflake and dbt Fusion variants are not supported.`,
    )
  }
  const projectsDir = path.resolve(
    options.root,
    variant.project_dir ?? path.join('shared', 'projects', 'dbt'),
  )
  const project = path.join(projectsDir, variant.project_name)
  if (!existsSync(path.join(project, 'dbt_project.yml'))) {
    throw new EvalTaskError(
      `${file}: project ${variant.project_name} is not at ${project}: pass --ade-root <your ADE-bench checkout> (the folder holding shared/projects/).`,
    )
  }
  let database: EvalTask['database']
  if (variant.db_name) {
    const dbDir = path.resolve(options.root, variant.db_dir ?? path.join('shared', 'databases', 'duckdb'))
    const dbFile = path.join(dbDir, `${variant.db_name}.duckdb`)
    if (!existsSync(dbFile)) {
      throw new EvalTaskError(
        `${file}: the database ${variant.db_name}.duckdb is not in ${dbDir}: download ADE-bench's databases first (\`gh release download databases --pattern "*.duckdb" --dir shared/databases/duckdb\` in the checkout).`,
      )
    }
    database = { source: dbFile, name: `${variant.db_name}.duckdb` }
  }

  const setupPatch = await patchOf(dir, 'setup.sh', 'setup')
  if (setupPatch.problem) throw new EvalTaskError(`${path.join(dir, 'setup.sh')}: ${setupPatch.problem}`)
  const solution = await patchOf(dir, 'solution.sh', 'solutions')
  const checkFiles = await checkFilesOf(dir)
  if (!checkFiles.some((entry) => entry.into === 'tests')) {
    throw new EvalTaskError(
      `${path.join(dir, 'tests')} holds no dbt test that runs on DuckDB: nothing would check the result (ADE-bench writes the AUTO_ tests from \`solution_seeds\` when it runs a task once; commit them).`,
    )
  }
  return {
    id,
    dir,
    format: 'ade-bench',
    project,
    ticket: {
      kind: 'text',
      key: id.toUpperCase(),
      title: task.description?.trim() || firstLine(prompt.prompt),
      body: prompt.prompt,
    },
    ...(database ? { database } : {}),
    ...(setupPatch.patch ? { setupPatch: setupPatch.patch } : {}),
    ...(solution.patch ? { reference: solution.patch } : {}),
    ...(solution.problem ? { referenceProblem: solution.problem } : {}),
    check: { command: checkCommand(task.test_setup, checkFiles), files: checkFiles },
  }
}

/**
 * The patches a setup or solution script applies, when it does nothing else we cannot replay; `problem`
 * says what it does instead.
 */
async function patchOf(
  dir: string,
  script: string,
  folder: string,
): Promise<{ patch?: string; problem?: string }> {
  const file = path.join(dir, script)
  if (!existsSync(file)) return {}
  const patches: string[] = []
  for (const raw of (await readFile(file, 'utf8')).split('\n')) {
    const line = raw.trim()
    if (INERT_LINE.test(line) || line.startsWith('#!') || DBT_LINE.test(line)) continue
    const target = PATCH_LINE.exec(line)?.[1]
    // The harness mounts the task's folder at /app (setup) or /sage (solutions): the file is the one in it.
    const local = target && path.join(dir, folder, path.basename(target))
    if (!local || !existsSync(local) || path.basename(path.dirname(target)) !== folder) {
      return {
        problem: `${script} runs \`${line}\`, which eval does not replay: only \`patch -p1 < ${folder}/<file>.patch\` and dbt commands are.`,
      }
    }
    patches.push(await readFile(local, 'utf8'))
  }
  return patches.length > 0 ? { patch: patches.join('\n') } : {}
}

/** The task's tests that run on DuckDB with dbt Core, and its answer seeds. */
async function checkFilesOf(dir: string): Promise<CheckFile[]> {
  const files: CheckFile[] = []
  for (const name of await listed(path.join(dir, 'tests'))) {
    if (!name.endsWith('.sql')) continue
    const source = path.join(dir, 'tests', name)
    if (runsOnDuckdb(await readFile(source, 'utf8'))) files.push({ source, into: 'tests' })
  }
  for (const name of await listed(path.join(dir, 'seeds'))) {
    if (name.endsWith('.csv')) files.push({ source: path.join(dir, 'seeds', name), into: 'seeds' })
  }
  return files
}

/** ADE-bench's `-- db: snowflake duckdb` and `-- project-type: dbt` headers; a test without one runs everywhere. */
function runsOnDuckdb(sql: string): boolean {
  const db = /^--\s*db:\s*(.+)$/m.exec(sql)?.[1]
  const projectType = /^--\s*project-type:\s*(.+)$/m.exec(sql)?.[1]
  const names = (list: string) => list.trim().split(/[\s,]+/)
  return (!db || names(db).includes('duckdb')) && (!projectType || names(projectType).includes('dbt'))
}

function checkCommand(testSetup: string | undefined, files: CheckFile[]): string {
  const steps: string[] = []
  if (files.some((entry) => entry.into === 'seeds')) steps.push('dbt seed --select "path:$EVAL_SEEDS"')
  for (const line of (testSetup ?? '').split('\n').map((entry) => entry.trim())) if (line) steps.push(line)
  steps.push('dbt test --select "path:$EVAL_TESTS"')
  return steps.join(' && ')
}

async function listed(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : []
}

function firstLine(value: unknown): string {
  return (value instanceof Error ? value.message : String(value)).split('\n')[0]?.trim() ?? ''
}
