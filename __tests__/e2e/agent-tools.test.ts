import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  startScriptedMessagesServer,
  type RecordedRequest,
  type ScriptTurn,
} from '../../src/demo/scripted-messages-server.js'
import { toolTurn } from '../fakes/script-turns.js'
import { BIN_DIR, git, ROOT, runProcess } from './action-harness.js'

// The agent's compile, preview and build_selected through the bundle (dist/), with a scripted model, on
// real dbt-duckdb in bubblewrap: the tools/duck fixture as a local git repository, a dry run.
// Two dist runs: one where the model uses all three tools on the way to a fix (dbt: the base parse, two
// builds, one show and one compile from the tools, the validation build), and one whose model calls
// preview forever and is held to `max-dbt-tool-calls` (two shows) and `max-turns`.

const API_KEY = 'sk-ant-tools-scripted'
const FIXTURE = path.join(ROOT, '__tests__', 'fixtures', 'projects', 'tools-duck')

interface ToolCall {
  turn: number
  name: string
  input: Record<string, unknown>
  ok: boolean
  error?: string
  durationMs?: number
  outcome?: string
  summary?: string
}

interface RunJson {
  status: string
  toolCalls: ToolCall[]
  modelCalls: unknown[]
  commands: { command: string; args: string[]; exitCode: number }[]
  stages: { validations?: { round: number; ok: boolean }[] }
}

interface ToolsRun {
  code: number
  stdout: string
  stderr: string
  record: RunJson
  requests: RecordedRequest[]
}

let scratch: string
let repo: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-agent-tools-'))
  repo = path.join(scratch, 'repo')
  await cp(FIXTURE, repo, { recursive: true })
  await writeFile(path.join(repo, '.gitignore'), 'target/\nlogs/\n*.duckdb\n')
  await git(repo, 'init', '-q', '-b', 'main')
  await git(repo, 'add', '-A')
  await git(repo, 'commit', '-q', '-m', 'tools-duck: initial project')
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function runTools(turns: ScriptTurn[], flags: string[]): Promise<ToolsRun> {
  const dir = await mkdtemp(path.join(scratch, 'run-'))
  const ticket = path.join(dir, 'ticket.md')
  await writeFile(
    ticket,
    [
      '---',
      'key: SHIP-3',
      'title: Fix weightless shipments in stg_shipments',
      '---',
      'Shipments of 0 kg are data-entry errors: stg_shipments must leave them out, so the singular test',
      'assert_shipments_weigh_something passes.',
    ].join('\n'),
  )
  const out = path.join(dir, 'out')
  const server = await startScriptedMessagesServer({ script: turns, apiKey: API_KEY })
  try {
    const args = [path.join(ROOT, 'dist', 'index.js'), 'run', '--ticket', ticket, '--project', repo]
    args.push('--dry-run', '--out', out, '--no-lint', '--no-data-evidence', '--sandbox', 'required', ...flags)
    const result = await runProcess(process.execPath, args, {
      cwd: repo,
      env: {
        PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
        ANTHROPIC_API_KEY: API_KEY,
        ANTHROPIC_BASE_URL: server.url,
      },
    })
    const text = await readFile(path.join(out, 'audit', 'run.json'), 'utf8').catch(() => {
      throw new Error(`no audit bundle\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`)
    })
    return { ...result, record: JSON.parse(text) as RunJson, requests: server.messageRequests }
  } finally {
    await server.close()
  }
}

/** dbt commands of a subcommand; in the sandbox the run records `bwrap … <venv>/bin/dbt <subcommand> …`. */
function dbtRuns(run: ToolsRun, subcommand: string): number {
  return run.record.commands.filter((c) => {
    const line = [c.command, ...c.args]
    return line.some((arg, i) => path.basename(arg) === 'dbt' && line[i + 1] === subcommand)
  }).length
}

/** The tool results the model was sent in one request, by tool_use id. */
function toolResults(request: RecordedRequest | undefined): Map<string, string> {
  const results = new Map<string, string>()
  const messages = (request?.body['messages'] ?? []) as { content: unknown }[]
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue
    for (const block of message.content as { type: string; tool_use_id?: string; content?: unknown }[]) {
      if (block.type === 'tool_result' && block.tool_use_id) {
        const content = block.content
        results.set(block.tool_use_id, typeof content === 'string' ? content : JSON.stringify(content ?? ''))
      }
    }
  }
  return results
}

describe('a model that compiles, previews and builds while it works', () => {
  let run: ToolsRun

  beforeAll(async () => {
    run = await runTools(
      [
        toolTurn('build_selected', { nodes: ['+stg_shipments'] }, 'toolu_b1'),
        toolTurn(
          'preview',
          { sql: "select count(*) as weightless from {{ ref('stg_shipments') }} where weight_kg <= 0" },
          'toolu_p1',
        ),
        toolTurn(
          'edit_file',
          {
            path: 'logic/stg_shipments.sql',
            old: "from {{ ref('raw_shipments') }}\n",
            new: "from {{ ref('raw_shipments') }}\nwhere weight_kg > 0\n",
          },
          'toolu_e1',
        ),
        toolTurn('compile', { nodes: ['stg_shipments'] }, 'toolu_c1'),
        toolTurn('preview', { sql: "delete from {{ ref('stg_shipments') }}" }, 'toolu_p2'),
        toolTurn('build_selected', { nodes: ['stg_shipments'] }, 'toolu_b2'),
        toolTurn('finish', { summary: 'stg_shipments leaves out shipments of 0 kg.' }, 'toolu_f1'),
      ],
      [],
    )
  }, 400_000)

  it('ends with a validated change', () => {
    if (run.code !== 0)
      throw new Error(`exit ${run.code}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`)
    expect(run.record.status).toBe('dry-run')
    expect(run.record.stages.validations?.map((v) => v.ok)).toEqual([true])
  })

  it('offers the three tools and tells the model when to use them', () => {
    const first = run.requests[0]?.body
    const names = (first?.['tools'] as { name: string }[]).map((tool) => tool.name)
    expect(names).toEqual(expect.arrayContaining(['compile', 'preview', 'build_selected']))
    expect(JSON.stringify(first?.['system'])).toContain(
      '`compile` the models you changed or added before you call `finish`',
    )
  })

  it("sends dbt's answers back as tool results: build rows, a preview table, compiled SQL, a refusal", () => {
    const results = toolResults(run.requests.at(-1))
    expect(results.get('toolu_b1')).toMatch(
      /\| test\.tools_duck\.assert_shipments_weigh_something \| fail \| 1 \|/,
    )
    expect(results.get('toolu_p1')).toBe('| weightless |\n| --- |\n| 1 |\n(1 row)')
    expect(results.get('toolu_c1')).toMatch(
      /-- model\.tools_duck\.stg_shipments: compiled SQL\n[\s\S]*where weight_kg > 0/,
    )
    expect(results.get('toolu_p2')).toContain('Only a single SELECT')
    expect(results.get('toolu_b2')).toMatch(
      /\| test\.tools_duck\.assert_shipments_weigh_something \| pass \| 0 \|/,
    )
  })

  it('records each call in the audit bundle with its arguments, outcome and duration', () => {
    const calls = run.record.toolCalls.filter((call) =>
      ['compile', 'preview', 'build_selected'].includes(call.name),
    )
    expect(calls.map(({ name, input, outcome, ok }) => ({ name, input, outcome, ok }))).toEqual([
      { name: 'build_selected', input: { nodes: ['+stg_shipments'] }, outcome: 'failed', ok: true },
      {
        name: 'preview',
        input: { sql: "select count(*) as weightless from {{ ref('stg_shipments') }} where weight_kg <= 0" },
        outcome: 'ok',
        ok: true,
      },
      { name: 'compile', input: { nodes: ['stg_shipments'] }, outcome: 'ok', ok: true },
      {
        name: 'preview',
        input: { sql: "delete from {{ ref('stg_shipments') }}" },
        outcome: 'refused',
        ok: false,
      },
      { name: 'build_selected', input: { nodes: ['stg_shipments'] }, outcome: 'ok', ok: true },
    ])
    expect(calls.map((call) => call.summary)).toEqual([
      expect.stringMatching(/1 fail/),
      '1 row',
      '1 compiled',
      'query refused',
      expect.not.stringMatching(/fail|error/),
    ])
    for (const call of run.record.toolCalls) expect(call.durationMs).toEqual(expect.any(Number))
    // The dbt commands themselves: four from the tools (the refused DELETE ran none), two of the run.
    expect([
      dbtRuns(run, 'parse'),
      dbtRuns(run, 'build'),
      dbtRuns(run, 'show'),
      dbtRuns(run, 'compile'),
    ]).toEqual([1, 3, 1, 1])
  })
})

describe('a model that calls preview forever', () => {
  let run: ToolsRun

  beforeAll(async () => {
    const forever = Array.from({ length: 12 }, (_, i) =>
      toolTurn('preview', { sql: `select ${i} as attempt` }, `toolu_forever_${i}`),
    )
    run = await runTools(forever, ['--max-dbt-tool-calls', '2', '--max-turns', '5'])
  }, 300_000)

  it('starts dbt only as often as the cap allows, and no more model calls than max-turns', () => {
    const previews = run.record.toolCalls.filter((call) => call.name === 'preview')
    expect(previews.map((call) => call.outcome)).toEqual(['ok', 'ok', 'refused', 'refused', 'refused'])
    expect(previews[2]?.error).toContain('max-dbt-tool-calls')
    expect(dbtRuns(run, 'show')).toBe(2)
    expect(run.record.modelCalls).toHaveLength(5)
    expect(run.requests).toHaveLength(5)
  })

  it('does not end green: nothing was changed', () => {
    expect(run.code).not.toBe(0)
    expect(run.record.status).not.toMatch(/^(success|dry-run)/)
  })
})
