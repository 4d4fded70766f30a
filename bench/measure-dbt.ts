import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { DbtValidator } from '../src/validate/dbt-validator.js'
import { MemoryLog } from '../src/shared/log.js'
import { SpawnCommandRunner, type CommandResult } from '../src/adapters/process/command-runner.js'

/** One way of validating the demo change on `examples/shop`. */
export interface DbtRun {
  label: string
  /** The dbt command lines this way ran, in order. */
  commands: string[]
  /** dbt processes launched (the budget is two per validation round). */
  launches: number
  /** Nodes dbt ran, from run_results.json. */
  nodes: number
  wallMs: number
  ok: boolean
}

const EditSchema = z.object({ path: z.string(), old: z.string(), new: z.string() })
const ScriptSchema = z.object({
  turns: z.array(
    z.object({ content: z.array(z.object({ type: z.string(), input: z.unknown().optional() })) }),
  ),
})

/**
 * Full `dbt build` against Autopilot's slim validation of the demo ticket's final edit (examples/demo/
 * script.json): with no production manifest (parse the base, then `@state:modified`) and deferring to a
 * production manifest (`state:modified+ --defer`). Each runs in its own copy of the project.
 */
export async function measureDbt(repo: string, binDir: string): Promise<DbtRun[]> {
  const work = await mkdtemp(path.join(tmpdir(), 'autopilot-bench-dbt-'))
  try {
    const edits = await demoEdits(path.join(repo, 'examples/demo/script.json'))
    const runs: DbtRun[] = []

    const changed = await copyShop(repo, work, 'full')
    await applyEdits(changed, edits)
    const full = await timed('full `dbt build`', binDir, (runner) =>
      runner.run(path.join(binDir, 'dbt'), ['build', '--profiles-dir', changed], { cwd: changed }),
    )
    runs.push({ ...full.run, nodes: await nodesRun(path.join(changed, 'target/run_results.json')) })

    const slim = await copyShop(repo, work, 'slim')
    runs.push(
      await validatorRun(
        'slim, no production manifest (`@state:modified`)',
        slim,
        binDir,
        work,
        undefined,
        edits,
      ),
    )

    // A production stand-in: the unchanged project built in full, its relations and manifest.
    const prod = await copyShop(repo, work, 'prod')
    const prodBuild = await new SpawnCommandRunner().run(
      path.join(binDir, 'dbt'),
      ['build', '--profiles-dir', prod],
      {
        cwd: prod,
      },
    )
    if (prodBuild.exitCode !== 0)
      throw new Error(`dbt build of the unchanged example failed: ${prodBuild.stdout.slice(-2000)}`)
    const deferred = await copyShop(repo, work, 'deferred')
    await mkdir(path.join(deferred, 'target'), { recursive: true })
    await cp(path.join(prod, 'target/shop.duckdb'), path.join(deferred, 'target/shop.duckdb'))
    runs.push(
      await validatorRun(
        'slim, deferring to production (`state:modified+ --defer`)',
        deferred,
        binDir,
        work,
        path.join(prod, 'target/manifest.json'),
        edits,
      ),
    )
    return runs
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function validatorRun(
  label: string,
  projectDir: string,
  binDir: string,
  work: string,
  stateManifest: string | undefined,
  edits: readonly Edit[],
): Promise<DbtRun> {
  const { run, value } = await timed(label, binDir, async (runner) => {
    const validator = new DbtValidator(
      {
        projectDir,
        profilesDir: projectDir,
        dbtExecutable: path.join(binDir, 'dbt'),
        sqlfluffExecutable: path.join(binDir, 'sqlfluff'),
        lint: false,
        stateManifest,
        timeoutMs: 600_000,
        workDir: path.join(work, `${path.basename(projectDir)}-work`),
      },
      runner,
      new MemoryLog(),
    )
    await validator.prepareBase()
    await applyEdits(projectDir, edits)
    return validator.validate(1, [...new Set(edits.map((edit) => edit.path))])
  })
  return { ...run, nodes: value.dbt.results.length, ok: value.ok }
}

async function timed<T extends CommandResult | { ok: boolean }>(
  label: string,
  binDir: string,
  fn: (runner: SpawnCommandRunner) => Promise<T>,
): Promise<{ run: DbtRun; value: T }> {
  const commands: string[] = []
  const runner = new SpawnCommandRunner((result) => {
    if (result.command === path.join(binDir, 'dbt')) commands.push(`dbt ${result.args.join(' ')}`)
  })
  const started = performance.now()
  const value = await fn(runner)
  const wallMs = performance.now() - started
  const ok = 'exitCode' in value ? value.exitCode === 0 : value.ok
  return { run: { label, commands, launches: commands.length, nodes: 0, wallMs, ok }, value }
}

type Edit = z.infer<typeof EditSchema>

/** The script's file edits in order: replayed together they give the repaired final state. */
async function demoEdits(file: string): Promise<Edit[]> {
  const script = ScriptSchema.parse(JSON.parse(await readFile(file, 'utf8')))
  const after: Edit[] = []
  for (const turn of script.turns) {
    for (const block of turn.content) {
      const edit = EditSchema.safeParse(block.input)
      if (block.type === 'tool_use' && edit.success) after.push(edit.data)
    }
  }
  if (after.length === 0) throw new Error(`${file} has no edit_file steps to replay`)
  return after
}

async function applyEdits(projectDir: string, edits: readonly Edit[]): Promise<void> {
  for (const edit of edits) {
    const file = path.join(projectDir, edit.path)
    const text = await readFile(file, 'utf8')
    if (!text.includes(edit.old))
      throw new Error(`demo edit does not apply to ${edit.path}: the example changed`)
    await writeFile(file, text.replace(edit.old, edit.new))
  }
}

async function copyShop(repo: string, work: string, name: string): Promise<string> {
  const dir = path.join(work, name)
  await cp(path.join(repo, 'examples/shop'), dir, {
    recursive: true,
    filter: (source) => !/[/\\](target|logs|dbt_packages)$/.test(source) && !source.endsWith('.duckdb'),
  })
  return dir
}

async function nodesRun(file: string): Promise<number> {
  const parsed = z
    .object({ results: z.array(z.unknown()) })
    .safeParse(JSON.parse(await readFile(file, 'utf8')))
  return parsed.success ? parsed.data.results.length : 0
}
