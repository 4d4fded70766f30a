import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deriveChangedManifest } from './changed-manifest.js'
import { measureDbt, type DbtScenario, type DbtWay } from './measure-dbt.js'
import { measureManifest, type ManifestMeasurement, type MeasureOptions } from './measure-manifest.js'
import { markdownTable, median, ms } from './stats.js'
import { generateManifest } from './synthetic-manifest.js'

/**
 * `npm run bench`: manifest-stage timings and peak RSS for synthetic projects of each size (each size in
 * its own process, so RSS is per size), the bundle's cold start, and slim against full dbt validation on
 * examples/shop. Prints markdown tables with each budget of DESIGN.md marked pass or fail.
 */

interface Args {
  sizes: number[]
  reps: number
  dbt: boolean
  /** Only the dbt part: no cold start (no dist needed), no manifest sizes. */
  dbtOnly: boolean
  dbtWays: DbtWay[]
  /** Models of the generated dbt project. */
  models: number
  strict: boolean
  repo: string
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    sizes: [1000, 10000, 50000],
    reps: 5,
    dbt: true,
    dbtOnly: false,
    dbtWays: ['with-parents', 'defer-target'],
    models: 250,
    strict: false,
    repo: process.cwd(),
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1] ?? ''
    if (flag === '--sizes') {
      args.sizes = value.split(',').map((size) => Number(size.trim()))
      if (args.sizes.some((size) => !Number.isInteger(size) || size < 200)) {
        throw new Error(`--sizes takes node counts of at least 200, e.g. --sizes 1000,10000 (got ${value})`)
      }
      i++
    } else if (flag === '--reps') {
      args.reps = Number(value)
      if (!Number.isInteger(args.reps) || args.reps < 1)
        throw new Error(`--reps takes a positive integer (got ${value})`)
      i++
    } else if (flag === '--repo') {
      args.repo = path.resolve(value)
      i++
    } else if (flag === '--models') {
      args.models = Number(value)
      if (!Number.isInteger(args.models) || args.models < 20)
        throw new Error(`--models takes a model count of at least 20 (got ${value})`)
      i++
    } else if (flag === '--dbt-ways') {
      const ways = value.split(',').map((way) => way.trim())
      if (ways.some((way) => way !== 'with-parents' && way !== 'defer-target'))
        throw new Error(`--dbt-ways takes with-parents and/or defer-target (got ${value})`)
      args.dbtWays = ways as DbtWay[]
      i++
    } else if (flag === '--dbt-only') args.dbtOnly = true
    else if (flag === '--no-dbt') args.dbt = false
    else if (flag === '--strict') args.strict = true
    else
      throw new Error(
        `Unknown option ${flag}. Options: --sizes 1000,10000,50000 --reps 5 --no-dbt --dbt-only --dbt-ways with-parents,defer-target --models 250 --strict --repo <dir>`,
      )
  }
  return args
}

interface Check {
  budget: string
  measured: string
  pass: boolean
}

async function main(): Promise<void> {
  if (process.argv[2] === '--measure') {
    const options = JSON.parse(await readFile(process.argv[3] as string, 'utf8')) as MeasureOptions
    process.stdout.write(JSON.stringify(await measureManifest(options)))
    return
  }
  const args = parseArgs(process.argv.slice(2))
  const loadBefore = os.loadavg()
  const checks: Check[] = []
  const started = new Date()
  console.log(`# Autopilot benchmark, ${started.toISOString()}`)
  console.log(
    `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
  )
  console.log(`load average at start: ${loadBefore.map((l) => l.toFixed(2)).join(', ')}\n`)

  if (!args.dbtOnly) await manifestAndStartup(args, checks)
  if (args.dbt) {
    const binDir = process.env.AUTOPILOT_BIN_DIR ?? path.join(args.repo, '.venv/bin')
    const { scenarios, fullBuilds } = await measureDbt(args.repo, binDir, {
      ways: args.dbtWays,
      models: args.models,
    })
    console.log('## dbt: a change, its repair and a round with no edit\n')
    console.log(
      markdownTable(
        ['project', 'plain `dbt build`: nodes', 'wall time'],
        fullBuilds.map((b) => [b.project, String(b.nodes), ms(b.wallMs)]),
      ),
    )
    console.log('')
    for (const scenario of scenarios) {
      console.log(`### ${scenario.project}, ${scenario.way}\n`)
      console.log(dbtTable(scenario))
      console.log('')
    }
    checks.push(...dbtChecks(scenarios, fullBuilds))
  }

  console.log('## Budgets\n')
  console.log(
    markdownTable(
      ['budget', 'measured', 'result'],
      checks.map((c) => [c.budget, c.measured, c.pass ? 'pass' : '**FAIL**']),
    ),
  )
  const loadAfter = os.loadavg()
  console.log(
    `\nload average at end: ${loadAfter.map((l) => l.toFixed(2)).join(', ')}; took ${Math.round((Date.now() - started.getTime()) / 1000)} s`,
  )
  if (args.strict && checks.some((check) => !check.pass)) process.exitCode = 1
}

async function manifestAndStartup(args: Args, checks: Check[]): Promise<void> {
  const startup = coldStart(args.repo, ['--help'])
  // The runner's path: no arguments, no inputs, so the Action loads its whole pipeline, reads its inputs,
  // logs the configuration error and exits: an upper bound on the time to its first log line.
  const actionStartup = coldStart(args.repo, [], { PATH: process.env.PATH ?? '' }, 1)
  console.log(
    `## Cold start\n\nMedian of 5: \`node dist/index.js --help\` ${ms(startup)}; the Action with no inputs, to its first log line and exit: ${ms(actionStartup)}\n`,
  )
  checks.push({ budget: 'dist cold start < 0.5 s (`--help`)', measured: ms(startup), pass: startup < 500 })
  checks.push({
    budget: 'dist cold start < 0.5 s (Action, to first log line)',
    measured: ms(actionStartup),
    pass: actionStartup < 500,
  })

  const results: ManifestMeasurement[] = []
  for (const size of args.sizes) {
    const measured = await measureSize(size, args.reps)
    results.push(measured)
    console.error(`measured ${size} nodes`)
  }
  console.log(`## Manifest stage (median of ${args.reps}; each size in its own process)\n`)
  console.log(manifestTable(results))
  console.log(`\n${foundTable(results)}\n`)
  for (const result of results) checks.push(...manifestChecks(result))
}

function coldStart(repo: string, args: string[], env?: NodeJS.ProcessEnv, expectedStatus = 0): number {
  const bundle = path.join(repo, 'dist/index.js')
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const begin = performance.now()
    const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', env })
    samples.push(performance.now() - begin)
    if (result.status !== expectedStatus)
      throw new Error(
        `node dist/index.js ${args.join(' ')} exited ${result.status}, not ${expectedStatus}: build the bundle first (npm run build)\n${result.stdout}${result.stderr}`,
      )
  }
  return median(samples)
}

async function measureSize(size: number, reps: number): Promise<ManifestMeasurement> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `autopilot-bench-${size}-`))
  try {
    const base = generateManifest({ nodes: size, seed: 42 })
    const { manifest, change } = deriveChangedManifest(base)
    const files = { base: path.join(dir, 'base.json'), changed: path.join(dir, 'changed.json') }
    await writeFile(files.base, JSON.stringify(base))
    await writeFile(files.changed, JSON.stringify(manifest))
    const hub = change.modified[0]?.split('.').pop() ?? ''
    const mart = change.removedColumn.model.split('.').pop() ?? ''
    const options: MeasureOptions = {
      ...files,
      reps,
      budgetTokens: 12_000,
      ticket: {
        key: 'BENCH-1',
        source: 'file',
        title: `Daily activity from ${hub} for the growth dashboard`,
        body: `Add a daily mart on top of \`${hub}\` (one row per day with a row count). Also drop \`${change.removedColumn.column}\` from \`${mart}\`; finance no longer reads it.`,
        labels: ['dbt'],
        fields: {},
      },
    }
    const optionsFile = path.join(dir, 'options.json')
    await writeFile(optionsFile, JSON.stringify(options))
    return await child([process.argv[1] as string, '--measure', optionsFile])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function child(args: string[]): Promise<ManifestMeasurement> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    proc.on('error', reject)
    proc.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as ManifestMeasurement)
        : reject(new Error(`measuring process exited ${code}`)),
    )
  })
}

/** Graph, impact and context as the pipeline pays them: both manifests loaded, impact, contracts, context. */
function stageTotal(r: ManifestMeasurement): number {
  return r.ms.graph + r.ms.graphChanged + r.ms.impact + r.ms.contracts + r.ms.context
}

function manifestTable(results: readonly ManifestMeasurement[]): string {
  const rows = results.map((r) => [
    String(r.nodes),
    `${r.fileMegabytes.toFixed(0)} MB`,
    ms(r.ms.parse),
    ms(r.ms.graph),
    ms(r.ms.impact),
    ms(r.ms.contracts),
    ms(r.ms.report),
    ms(r.ms.context),
    ms(stageTotal(r)),
    `${(stageTotal(r) / (2 * r.ms.parse)).toFixed(2)}×`,
    `${Math.round(r.peakRssMb)} MB`,
  ])
  return markdownTable(
    [
      'nodes',
      'file',
      'JSON.parse',
      'loadManifestGraph',
      'computeImpact',
      'detectContractBreaks',
      'PR section',
      'selectContext',
      'stage total¹',
      'total ÷ 2×parse',
      'peak RSS',
    ],
    rows,
  )
}

function foundTable(results: readonly ManifestMeasurement[]): string {
  const rows = results.map((r) => [
    String(r.nodes),
    String(r.found.changed),
    String(r.found.downstreamModels),
    String(r.found.downstreamTests),
    String(r.found.findings),
    String(r.found.contextItems),
  ])
  return [
    '¹ stage total = loadManifestGraph(base) + loadManifestGraph(changed) + computeImpact + detectContractBreaks + selectContext; the JSON.parse floor for the same work is two parses.\n',
    markdownTable(
      ['nodes', 'changed', 'downstream models', 'downstream tests', 'contract findings', 'context items'],
      rows,
    ),
  ].join('\n')
}

function manifestChecks(r: ManifestMeasurement): Check[] {
  const total = stageTotal(r)
  const ratio = total / (2 * r.ms.parse)
  if (r.nodes >= 9_000 && r.nodes <= 11_000) {
    return [
      { budget: '10k nodes: graph + impact + context < 1 s', measured: ms(total), pass: total < 1000 },
      { budget: '10k nodes: ≤ 1.5× JSON.parse', measured: `${ratio.toFixed(2)}×`, pass: ratio <= 1.5 },
    ]
  }
  if (r.nodes >= 45_000 && r.nodes <= 55_000) {
    return [
      { budget: '50k nodes: graph + impact + context < 5 s', measured: ms(total), pass: total < 5000 },
      {
        budget: '50k nodes: peak RSS < 2 GB',
        measured: `${Math.round(r.peakRssMb)} MB`,
        pass: r.peakRssMb < 2048,
      },
    ]
  }
  return []
}

function dbtTable(scenario: DbtScenario): string {
  return markdownTable(
    [
      'stage',
      'dbt launches',
      'parse',
      'partial parse',
      'nodes run',
      'relations built',
      'wall time',
      'ok',
      'commands',
    ],
    scenario.stages.map((stage) => [
      stage.stage,
      String(stage.launches),
      stage.launches > 0 ? `${stage.parseSeconds.toFixed(1)} s` : '–',
      stage.parses.join(', ') || stage.note || '–',
      String(stage.nodes),
      String(stage.relations),
      `${(stage.wallMs / 1000).toFixed(1)} s`,
      stage.ok === undefined ? '' : stage.ok ? 'yes' : 'no',
      stage.commands
        .map(
          (c) =>
            `\`${c.replace(/--(state|target-path|profiles-dir|log-path|project-dir) \S+/g, '--$1 …').replace(/ --log-format json --no-use-colors/, '')}\``,
        )
        .join('<br>'),
    ]),
  )
}

function dbtChecks(
  scenarios: readonly DbtScenario[],
  fullBuilds: readonly { project: string; nodes: number }[],
): Check[] {
  return scenarios.flatMap((scenario) => {
    const full = fullBuilds.find((build) => build.project === scenario.project)?.nodes ?? 0
    const rounds = scenario.stages.filter((stage) => stage.stage !== 'base')
    const label = `${scenario.project}, ${scenario.way}`
    return [
      {
        budget: `${label}: ≤ 2 dbt launches per round`,
        measured: rounds.map((r) => r.launches).join(', '),
        pass: rounds.every((r) => r.launches <= 2),
      },
      {
        budget: `${label}: the repair round runs fewer nodes than a full build`,
        measured: `${rounds[1]?.nodes ?? 0} of ${full}`,
        pass: (rounds[1]?.nodes ?? full) < full,
      },
    ]
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
