import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { DbtCli } from '../src/adapters/dbt/dbt-cli.js'
import { parseReport } from '../src/adapters/dbt/parse-report.js'
import { SqlfluffLinter } from '../src/adapters/dbt/sqlfluff-linter.js'
import { SpawnCommandRunner, type CommandResult } from '../src/adapters/process/command-runner.js'
import { MemoryLog } from '../src/shared/log.js'
import { DbtValidator, type DbtValidatorOptions } from '../src/validate/dbt-validator.js'
import type { Validation } from '../src/validate/validation.js'
import { BROKEN_EDIT, REPAIR_EDIT, writeGeneratedProject } from './generated-dbt-project.js'

/** One stage of a validated change: preparing the base, or one validation round. */
export interface StageMeasure {
  stage: string
  /** dbt processes launched in this stage. */
  launches: number
  /** The dbt command lines, in order. */
  commands: string[]
  /** Seconds dbt spent reading the project, summed over the stage's launches (dbt's own event times). */
  parseSeconds: number
  /** Per launch that parsed: `reused` (partial parsing) or `full (<dbt's reason>)`. */
  parses: string[]
  /** Nodes dbt ran (run_results), and the relations among them it built (models, seeds, snapshots). */
  nodes: number
  relations: number
  wallMs: number
  /** The round's verdict; absent for the base. */
  ok?: boolean
  /** Set when the validator did not run dbt for the round and said why. */
  note?: string
}

export interface DbtScenario {
  project: string
  way: string
  stages: StageMeasure[]
}

export type DbtWay = 'with-parents' | 'defer-target'

interface Edit {
  path: string
  old: string
  new: string
}

/** A project copy and the edits of each validation round (round 3 has none: an unchanged tree). */
interface Subject {
  label: string
  /** Makes a fresh copy of the project in `dir`. */
  copy: (dir: string) => Promise<void>
  rounds: Edit[][]
}

/**
 * The validator on two projects, each way: without production state (`with-parents`) and with input
 * `defer-target: prod` (the unchanged project built into the `prod` schema first, as production). Per
 * stage: dbt launches, parse time, whether dbt reused the run's parse, nodes run. Also a plain `dbt build`
 * of each project for scale. Prints nothing; the caller renders the tables.
 */
export async function measureDbt(
  repo: string,
  binDir: string,
  options: { ways: readonly DbtWay[]; models: number },
): Promise<{ scenarios: DbtScenario[]; fullBuilds: { project: string; nodes: number; wallMs: number }[] }> {
  const work = await mkdtemp(path.join(tmpdir(), 'autopilot-bench-dbt-'))
  try {
    const subjects = [await shopSubject(repo), generatedSubject(options.models)]
    const scenarios: DbtScenario[] = []
    const fullBuilds: { project: string; nodes: number; wallMs: number }[] = []
    for (const subject of subjects) {
      const full = path.join(work, `${slug(subject.label)}-full`)
      await subject.copy(full)
      const started = performance.now()
      const build = await dbt(binDir, full, ['build'])
      if (build.exitCode !== 0)
        throw new Error(`dbt build of ${subject.label} failed: ${build.stdout.slice(-2000)}`)
      fullBuilds.push({
        project: subject.label,
        nodes: await nodesRun(path.join(full, 'target/run_results.json')),
        wallMs: performance.now() - started,
      })
      for (const way of options.ways) {
        const dir = path.join(work, `${slug(subject.label)}-${way}`)
        await subject.copy(dir)
        if (way === 'defer-target') {
          const prod = await dbt(binDir, dir, ['build', '--target', 'prod', '--target-path', 'target/prod'])
          if (prod.exitCode !== 0)
            throw new Error(`dbt build --target prod failed: ${prod.stdout.slice(-2000)}`)
        }
        scenarios.push({
          project: subject.label,
          way,
          stages: await validateRounds(
            dir,
            binDir,
            path.join(work, `${slug(subject.label)}-${way}-work`),
            way,
            subject.rounds,
          ),
        })
        console.error(`measured ${subject.label}, ${way}`)
      }
    }
    return { scenarios, fullBuilds }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function validateRounds(
  projectDir: string,
  binDir: string,
  workDir: string,
  way: DbtWay,
  rounds: readonly Edit[][],
): Promise<StageMeasure[]> {
  const commands: CommandResult[] = []
  const runner = new SpawnCommandRunner((result) => commands.push(result))
  const logDir = path.join(workDir, 'logs')
  const cli = new DbtCli(
    { projectDir, profilesDir: projectDir, executable: path.join(binDir, 'dbt'), timeoutMs: 600_000, logDir },
    runner,
  )
  const linter = new SqlfluffLinter(
    { projectDir, executable: path.join(binDir, 'sqlfluff'), timeoutMs: 600_000 },
    runner,
  )
  // `deferTarget` is this change's input; a validator from before it ignores the unknown option.
  const options = {
    projectDir,
    lint: false,
    workDir,
    ...(way === 'defer-target' ? { deferTarget: 'prod' } : {}),
  }
  const validator = new DbtValidator(options as DbtValidatorOptions, cli, linter, new MemoryLog())
  const stages: StageMeasure[] = []
  const measure = async (stage: string, fn: () => Promise<Validation | undefined>) => {
    const from = commands.length
    const started = performance.now()
    const validation = await fn()
    const wallMs = performance.now() - started
    const ran = commands.slice(from).filter((c) => c.command === path.join(binDir, 'dbt'))
    const logText = await readLogs(logDir)
    const reports = ran.flatMap((c) => {
      const id = invocationIdOf(c.stdout)
      const report = id ? parseReport(logText, id) : undefined
      return report ? [report] : []
    })
    const reusedFrom = (validation as { reusedFrom?: number } | undefined)?.reusedFrom
    // A repeated verdict ran nothing: its results are the earlier round's.
    const results = reusedFrom === undefined ? (validation?.dbt.results ?? []) : []
    stages.push({
      stage,
      launches: ran.length,
      commands: ran.map((c) => `dbt ${c.args.join(' ')}`),
      parseSeconds: reports.reduce((sum, r) => sum + (r.seconds ?? 0), 0),
      parses: reports.map((r) =>
        r.partialParse === 'reused' ? 'reused' : `full (${r.reason ?? 'no reason given'})`,
      ),
      nodes: results.length,
      relations: results.filter((r) => /^(model|seed|snapshot)\./.test(r.uniqueId) && r.status === 'success')
        .length,
      wallMs,
      ...(validation ? { ok: validation.ok } : {}),
      ...(reusedFrom !== undefined ? { note: `same files as round ${reusedFrom}: not re-run` } : {}),
    })
  }
  await measure('base', async () => {
    await validator.prepareBase()
    return undefined
  })
  const touched = new Set<string>()
  for (const [index, edits] of rounds.entries()) {
    await applyEdits(projectDir, edits)
    for (const edit of edits) touched.add(edit.path)
    const round = index + 1
    const label =
      round === 1
        ? 'round 1 (the change)'
        : edits.length > 0
          ? `round ${round} (repair)`
          : `round ${round} (no edit)`
    await measure(label, async () => (await validator.validate(round, [...touched].sort())).validation)
  }
  return stages
}

const EditSchema = z.object({ path: z.string(), old: z.string(), new: z.string() })
const ScriptSchema = z.object({
  turns: z.array(
    z.object({
      content: z.array(
        z.object({ type: z.string(), name: z.string().optional(), input: z.unknown().optional() }),
      ),
    }),
  ),
})

/** examples/shop with the demo ticket's edits, a round per `finish` (the change, then its repair). */
async function shopSubject(repo: string): Promise<Subject> {
  const file = path.join(repo, 'examples/demo/script.json')
  const script = ScriptSchema.parse(JSON.parse(await readFile(file, 'utf8')))
  const rounds: Edit[][] = [[]]
  for (const turn of script.turns) {
    for (const block of turn.content) {
      const edit = EditSchema.safeParse(block.input)
      if (block.type === 'tool_use' && block.name === 'edit_file' && edit.success)
        rounds[rounds.length - 1]?.push(edit.data)
      if (block.type === 'tool_use' && block.name === 'finish') rounds.push([])
    }
  }
  const edited = rounds.filter((round) => round.length > 0)
  if (edited.length < 2) throw new Error(`${file} no longer has a change and a repair round`)
  const profiles = [
    'shop:',
    '  target: dev',
    '  outputs:',
    '    dev: {type: duckdb, path: target/shop.duckdb, schema: main, threads: 4}',
    '    prod: {type: duckdb, path: target/shop.duckdb, schema: prod, threads: 4}',
    '',
  ].join('\n')
  return {
    label: 'examples/shop',
    copy: async (dir) => {
      await cp(path.join(repo, 'examples/shop'), dir, {
        recursive: true,
        filter: (source) => !/[/\\](target|logs|dbt_packages)$/.test(source) && !source.endsWith('.duckdb'),
      })
      await writeFile(path.join(dir, 'profiles.yml'), profiles)
    },
    rounds: [...edited.slice(0, 2), []],
  }
}

function generatedSubject(models: number): Subject {
  let file = ''
  const subject: Subject = {
    label: `generated, ${models} models`,
    copy: async (dir) => {
      const project = await writeGeneratedProject(dir, { models, seed: 11 })
      file = project.edited.file
      subject.rounds = [[{ path: file, ...BROKEN_EDIT }], [{ path: file, ...REPAIR_EDIT }], []]
    },
    rounds: [],
  }
  return subject
}

async function applyEdits(projectDir: string, edits: readonly Edit[]): Promise<void> {
  for (const edit of edits) {
    const file = path.join(projectDir, edit.path)
    const text = await readFile(file, 'utf8')
    if (!text.includes(edit.old)) throw new Error(`bench edit does not apply to ${edit.path}`)
    await writeFile(file, text.replace(edit.old, edit.new))
  }
}

function dbt(binDir: string, dir: string, args: string[]): Promise<CommandResult> {
  return new SpawnCommandRunner().run(path.join(binDir, 'dbt'), [...args, '--profiles-dir', dir], {
    cwd: dir,
    env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
    timeoutMs: 600_000,
  })
}

/** dbt.log and any rolled-over dbt.log.N (dbt rolls the file at 10 MB unless told otherwise). */
async function readLogs(logDir: string): Promise<string> {
  const names = (await readdir(logDir).catch(() => [])).filter((name) => name.startsWith('dbt.log'))
  const texts = await Promise.all(names.map((name) => readFile(path.join(logDir, name), 'utf8')))
  return texts.join('\n')
}

function invocationIdOf(stdout: string): string | undefined {
  return /"invocation_id":\s*"([^"]+)"/.exec(stdout)?.[1]
}

async function nodesRun(file: string): Promise<number> {
  const parsed = z
    .object({ results: z.array(z.unknown()) })
    .safeParse(JSON.parse(await readFile(file, 'utf8')))
  return parsed.success ? parsed.data.results.length : 0
}

function slug(label: string): string {
  return label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
}
