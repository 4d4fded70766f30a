import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DbtCli } from '../../../src/adapters/dbt/dbt-cli.js'
import { DbtCliWorkbench } from '../../../src/adapters/dbt/dbt-workbench.js'
import { pythonBesideDbt, SqlglotChecker } from '../../../src/adapters/dbt/sql-checker.js'
import { readDbtProject } from '../../../src/project/dbt-project.js'
import { judgeBuild } from '../../../src/validate/sql-verdict.js'
import { SpawnCommandRunner, type CommandResult } from '../../../src/adapters/process/command-runner.js'
import { prepareDbtSandbox, sandboxProfilesDir } from '../../../src/adapters/sandbox/dbt-sandbox.js'
import type { SandboxReport } from '../../../src/adapters/sandbox/sandbox-spec.js'
import { Sandbox } from '../../../src/adapters/sandbox/sandboxed-runner.js'
import { RunTools, type RunToolResult } from '../../../src/agent/dbt-run-tools.js'
import { DEFAULT_GUARD_CONFIG } from '../../../src/guard/guard.js'
import { createRedactor } from '../../../src/shared/redact.js'
import { copyFixtureProject, toolPath } from '../../fakes/shop-copy.js'

// The agent's compile, preview and build_selected on real dbt-duckdb inside real bubblewrap, on
// __tests__/fixtures/projects/tools-duck (models in logic/, seeds in data/, singular tests in checks/; one
// shipment weighs 0 kg, which its singular test fails on). Six dbt launches: compile, build, show, show,
// show (which runs a disguised read_text), compile; the refused DELETE launches none. sqlglot judges what
// each one ran.

const TIMEOUT_MS = 5 * 60_000

describe('the dbt tools on a real project, sandboxed', () => {
  let project: string
  let outside: string
  const commands: CommandResult[] = []
  const reports: SandboxReport[] = []
  let tools: RunTools
  const results: Record<string, RunToolResult> = {}

  const dbtLaunches = () =>
    commands.filter((c) => c.args.includes(toolPath('dbt')) || c.command === toolPath('dbt'))

  beforeAll(async () => {
    project = await copyFixtureProject('tools-duck')
    outside = await mkdtemp(path.join(os.tmpdir(), 'autopilot-tools-'))
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: project })
    const workDir = path.join(outside, 'work')
    const sandbox = new Sandbox(new SpawnCommandRunner((result) => commands.push(result)), {
      mode: 'required',
      executable: 'bwrap',
      prepare: () =>
        prepareDbtSandbox({
          repoDir: project,
          projectDir: project,
          profilesDir: project,
          workDir,
          executables: [toolPath('dbt')],
          inherited: process.env,
          secrets: [],
        }),
      onReport: (report) => reports.push(report),
    })
    const dbt = new DbtCli(
      {
        projectDir: project,
        profilesDir: sandboxProfilesDir(workDir),
        executable: toolPath('dbt'),
        timeoutMs: TIMEOUT_MS,
        logDir: path.join(workDir, 'logs'),
      },
      sandbox.runner(),
    )
    // The parser judges what each call executed, in the same sandbox, as validation's verdict does.
    const checker = new SqlglotChecker(
      { python: pythonBesideDbt(toolPath('dbt')), timeoutMs: TIMEOUT_MS },
      sandbox.runner(),
    )
    tools = new RunTools({
      workbench: new DbtCliWorkbench(dbt, {
        targetPath: path.join(workDir, 'agent-tools'),
        judge: async (invocation, runResults) => {
          const verdict = await judgeBuild({
            checker,
            project: await readDbtProject(project),
            invocation,
            ...(runResults !== undefined ? { runResults } : {}),
            fileOf: () => undefined,
          })
          return verdict.findings.filter((finding) => finding.executed)
        },
      }),
      maxCalls: 10,
      time: { remainingMs: () => TIMEOUT_MS },
      guard: DEFAULT_GUARD_CONFIG,
      redact: createRedactor([]),
    })
    results.compiled = await tools.run('compile', { nodes: ['carrier_weights', 'stg_shipments'] })
    results.built = await tools.run('build_selected', { nodes: ['+stg_shipments'] })
    results.model = await tools.run('preview', { model: 'carrier_weights', limit: 2 })
    results.inline = await tools.run('preview', {
      sql: "select carrier, count(*) as n from {{ ref('stg_shipments') }} group by 1 order by 1",
    })
    results.deleted = await tools.run('preview', { sql: "delete from {{ ref('stg_shipments') }}" })
    // The guard folds constant Jinja but not filters: only what dbt ran shows `read_text`.
    results.leak = await tools.run('preview', {
      sql: "select * from {{ '%s_text' | format('read') }}('/etc/passwd')",
    })
    await writeFile(
      path.join(project, 'logic', 'marts', 'late_shipments.sql'),
      "select * from {{ ref('stg_shipmentz') }}\n",
    )
    results.broken = await tools.run('compile', { nodes: ['late_shipments'] })
  }, 300_000)
  afterAll(async () => {
    await rm(project, { recursive: true, force: true })
    await rm(outside, { recursive: true, force: true })
  })

  it('ran every dbt command inside bubblewrap', () => {
    expect(reports).toEqual([expect.objectContaining({ contained: true, network: false })])
    expect(commands.every((c) => c.command === 'bwrap')).toBe(true)
  })

  it('compile answers with the compiled SQL of exactly the named models (no tests)', () => {
    expect(results.compiled).toMatchObject({ isError: false, outcome: 'ok', summary: '2 compiled' })
    const text = results.compiled?.content ?? ''
    expect(text).toContain('-- model.tools_duck.carrier_weights: compiled SQL')
    expect(text).toMatch(/from "tools"\."main"\."stg_shipments"/)
    expect(text).toContain('-- model.tools_duck.stg_shipments: compiled SQL')
    expect(text).toMatch(/from "tools"\."main"\."raw_shipments"/)
    expect(text).not.toContain('test.tools_duck')
  })

  it("build_selected reports each node's run_results row, and the failing singular test with its failures", () => {
    expect(results.built).toMatchObject({ isError: false, outcome: 'failed' })
    const text = results.built?.content ?? ''
    expect(text).toContain('| seed.tools_duck.raw_shipments | success |')
    expect(text).toContain('| model.tools_duck.stg_shipments | success |')
    expect(text).toMatch(/\| test\.tools_duck\.assert_shipments_weigh_something \| fail \| 1 \| Got 1 result/)
    expect(text).toMatch(/\| test\.tools_duck\.unique_stg_shipments_shipment_id\.\w+ \| pass \| 0 \|/)
    expect(results.built?.summary).toMatch(/1 fail/)
    // carrier_weights was not named: it is not built.
    expect(text).not.toContain('model.tools_duck.carrier_weights')
  })

  it("preview runs a model's query and an inline SELECT, row-limited, as tables", () => {
    expect(results.model).toMatchObject({ isError: false, outcome: 'ok', summary: '2 rows' })
    expect(results.model?.content).toMatch(
      /^\| carrier \| shipments \| total_kg \|\n\| --- \| --- \| --- \|\n/,
    )
    expect(results.model?.content).toContain('(2 rows shown, the limit; the query may return more)')
    expect(results.inline?.content).toBe(
      ['| carrier | n |', '| --- | --- |', '| dhl | 2 |', '| fedex | 1 |', '| ups | 2 |', '(3 rows)'].join(
        '\n',
      ),
    )
  })

  it('preview refuses a DELETE without starting dbt', () => {
    expect(results.deleted).toMatchObject({ isError: true, outcome: 'refused', launched: false })
    expect(results.deleted?.content).toContain('Only a single SELECT')
    expect(tools.calls).toBe(6)
    expect(commands.filter((c) => c.args.includes('show'))).toHaveLength(3)
  })

  it("compile of a model with a broken ref answers with dbt's error, as the tool's result", () => {
    expect(results.broken).toMatchObject({ isError: true, outcome: 'dbt-error' })
    expect(results.broken?.content).toContain("depends on a node named 'stg_shipmentz' which was not found")
    expect(results.broken?.summary).toMatch(/^dbt error: Compilation Error/)
    expect(dbtLaunches()).toHaveLength(6)
  })

  it('a preview that made dbt run a forbidden function ends the run, once recorded', () => {
    expect(results.leak).toMatchObject({ isError: true, outcome: 'forbidden-sql', launched: true })
    expect(results.leak?.stop?.runStatus).toBe('failed:guard')
    expect(results.leak?.content).toContain('`read_text`')
    expect(results.leak?.content).not.toContain('root:')
    // The normal calls before it were judged too, and found clean.
    expect(Object.values(results).filter((result) => result.outcome === 'forbidden-sql')).toHaveLength(1)
  })
})
