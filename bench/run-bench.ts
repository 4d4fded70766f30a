import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deriveChangedManifest } from './changed-manifest.js'
import { measureDbt, type DbtRun } from './measure-dbt.js'
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
  strict: boolean
  repo: string
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { sizes: [1000, 10000, 50000], reps: 5, dbt: true, strict: false, repo: process.cwd() }
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
    } else if (flag === '--no-dbt') args.dbt = false
    else if (flag === '--strict') args.strict = true
    else
      throw new Error(
        `Unknown option ${flag}. Options: --sizes 1000,10000,50000 --reps 5 --no-dbt --strict --repo <dir>`,
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

  if (args.dbt) {
    const binDir = process.env.AUTOPILOT_BIN_DIR ?? path.join(args.repo, '.venv/bin')
    const runs = await measureDbt(args.repo, binDir)
    console.log('## dbt on examples/shop (the demo ticket’s final edit)\n')
    console.log(dbtTable(runs))
    console.log('')
    checks.push(...dbtChecks(runs))
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

function dbtTable(runs: readonly DbtRun[]): string {
  return markdownTable(
    ['validation', 'dbt launches', 'nodes run', 'wall time', 'ok', 'commands'],
    runs.map((run) => [
      run.label,
      String(run.launches),
      String(run.nodes),
      ms(run.wallMs),
      run.ok ? 'yes' : 'no',
      run.commands
        .map(
          (c) => `\`${c.replace(/--(state|target-path|profiles-dir|log-path|project-dir) \S+/g, '--$1 …')}\``,
        )
        .join('<br>'),
    ]),
  )
}

function dbtChecks(runs: readonly DbtRun[]): Check[] {
  const full = runs[0] as DbtRun
  return runs.slice(1).flatMap((run) => [
    {
      budget: `${run.label}: ≤ 2 dbt launches`,
      measured: String(run.launches),
      pass: run.launches <= 2 && run.ok,
    },
    {
      budget: `${run.label}: runs fewer nodes than a full build`,
      measured: `${run.nodes} of ${full.nodes}`,
      pass: run.ok && run.nodes < full.nodes,
    },
  ])
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
