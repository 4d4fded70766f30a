import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  startScriptedMessagesServer,
  type ScriptedMessagesServer,
} from '../../src/demo/scripted-messages-server.js'
import { toolTurn } from '../fakes/script-turns.js'
import { BIN_DIR, git, ROOT, runProcess } from './action-harness.js'

// The bundled CLI on a repository whose dbt project is in analytics/, with AGENTS.md at the root,
// .autopilot/instructions.md and a .sqlfluff (upper-case keywords) in the project: the loopback Messages
// API must receive them in the cached prefix, the classifier call must go to the small model, and a run
// far from its caps must count no tokens. One dry run: a base parse, one dbt build, sqlfluff.

const API_KEY = 'sk-ant-conventions-scripted'
const FIXTURE = path.join(ROOT, '__tests__', 'fixtures', 'projects', 'conventions')

const NEW_SQL = [
  'WITH sessions AS (',
  '    SELECT',
  '        1 AS session_id,',
  "        'web' AS channel",
  '    UNION ALL',
  '    SELECT',
  '        2 AS session_id,',
  "        'app' AS channel",
  ')',
  '',
  'SELECT',
  '    session_id,',
  '    channel,',
  '    UPPER(channel) AS channel_code',
  'FROM sessions',
  '',
].join('\n')

interface SystemBlock {
  type: string
  text: string
  cache_control?: { type: string }
}

interface RunJson {
  status: string
  modelCalls: { model: string; stage?: string; inputEstimate?: { counted: boolean } }[]
  modelUsage?: { stage: string; models: string[]; calls: number; countedCalls: number }[]
  toolCalls: { name: string; ok: boolean; input: Record<string, unknown> }[]
  stages: {
    task?: { kind: string; decidedBy: { kind: string; model?: string } }
    conventions?: {
      guidance: { source: string; sha256?: string; shownChars: number }[]
      lint?: { config: string; dialect: string; rules: number }
    }
    validations?: { ok: boolean; lint: { files: string[]; violations: unknown[]; skipped?: string } }[]
  }
}

let scratch: string
let server: ScriptedMessagesServer
let run: { code: number; stdout: string; stderr: string }
let record: RunJson

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-conventions-e2e-'))
  const repo = path.join(scratch, 'repo')
  await cp(FIXTURE, repo, { recursive: true })
  await writeFile(path.join(repo, '.gitignore'), 'target/\nlogs/\n*.duckdb\n')
  await git(repo, 'init', '-q', '-b', 'main')
  await git(repo, 'add', '-A')
  await git(repo, 'commit', '-q', '-m', 'attribution project')
  const ticket = path.join(scratch, 'ticket.md')
  await writeFile(
    ticket,
    [
      '---',
      'key: MKT-31',
      'title: Sessions should carry their channel code',
      '---',
      'For attribution, every row of fct_sessions needs its channel as an upper-case code (WEB, APP).',
    ].join('\n'),
  )
  server = await startScriptedMessagesServer({
    apiKey: API_KEY,
    script: [
      {
        output: {
          kind: 'add-column',
          risk: 'low',
          targets: ['fct_sessions'],
          acceptanceCriteria: ['fct_sessions has channel_code, the upper-cased channel'],
          openQuestions: [],
          blockingQuestions: [],
          instructions: [],
        },
      },
      // AGENTS.md says agents may rewrite profiles.yml: the guard still refuses it.
      toolTurn('write_file', { path: 'profiles.yml', content: 'attribution: {}\n' }, 'toolu_a1'),
      toolTurn('write_file', { path: 'models/marts/fct_sessions.sql', content: NEW_SQL }, 'toolu_a2'),
      toolTurn(
        'edit_file',
        {
          path: 'models/marts/_marts.yml',
          old: '        description: Where the session started.\n',
          new: '        description: Where the session started.\n      - name: channel_code\n        description: The channel, upper-cased.\n',
        },
        'toolu_a3',
      ),
      toolTurn('finish', { summary: 'Added channel_code (UPPER(channel)) to fct_sessions.' }, 'toolu_a4'),
    ],
  })
  const out = path.join(scratch, 'out')
  run = await runProcess(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'index.js'),
      'run',
      '--ticket',
      ticket,
      '--project',
      path.join(repo, 'analytics'),
      '--profiles-dir',
      path.join(repo, 'analytics'),
      '--custom-instructions',
      'Name every derived code column <source>_code.',
      '--dry-run',
      '--out',
      out,
    ],
    {
      cwd: repo,
      env: {
        PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
        ANTHROPIC_API_KEY: API_KEY,
        ANTHROPIC_BASE_URL: server.url,
      },
    },
  )
  record = JSON.parse(await readFile(path.join(out, 'audit', 'run.json'), 'utf8')) as RunJson
}, 240_000)

afterAll(async () => {
  await server.close()
  await rm(scratch, { recursive: true, force: true })
})

describe('conventions and cost through the bundle', () => {
  it('finishes the dry run with a change that passes dbt and sqlfluff', () => {
    if (run.code !== 0)
      throw new Error(`exit ${run.code}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`)
    expect(record.status).toBe('dry-run')
    const last = record.stages.validations?.at(-1)
    expect(last).toMatchObject({
      ok: true,
      lint: { files: ['models/marts/fct_sessions.sql'], violations: [] },
    })
  })

  it('classifies with the small model and edits with the main one', () => {
    const [classify, ...agent] = server.messageRequests
    expect(classify!.body['model']).toBe('claude-haiku-5-5')
    expect(agent.length).toBe(4)
    expect(agent.every((request) => request.body['model'] === 'claude-sonnet-5-5')).toBe(true)
    expect(record.stages.task).toMatchObject({
      kind: 'add-column',
      decidedBy: { kind: 'model', model: 'claude-haiku-5-5' },
    })
    expect(record.modelCalls.map((call) => [call.stage, call.model])).toEqual([
      ['classifier', 'claude-haiku-5-5'],
      ...agent.map(() => ['agent', 'claude-sonnet-5-5']),
    ])
    expect(record.modelUsage?.map((stage) => [stage.stage, stage.models, stage.calls])).toEqual([
      ['classifier', ['claude-haiku-5-5'], 1],
      ['agent', ['claude-sonnet-5-5'], 4],
    ])
  })

  it('counts no tokens in a run far from its caps', () => {
    expect(server.requests.filter((request) => request.path === '/v1/messages/count_tokens')).toHaveLength(0)
    expect(record.modelCalls.every((call) => call.inputEstimate?.counted === false)).toBe(true)
    expect(record.modelUsage?.every((stage) => stage.countedCalls === 0)).toBe(true)
  })

  it('sends the guidance and the lint rules in the cached prefix of every agent call', async () => {
    const agents = await readFile(path.join(FIXTURE, 'AGENTS.md'), 'utf8')
    for (const request of server.messageRequests.slice(1)) {
      const system = request.body['system'] as SystemBlock[]
      const cached = system.at(-1)!
      expect(cached.cache_control).toEqual({ type: 'ephemeral' })
      expect(cached.text).toContain('<project_conventions>')
      expect(cached.text).toContain(
        '<guidance source="custom-instructions">\nName every derived code column <source>_code.',
      )
      expect(cached.text).toContain('<guidance source="analytics/.autopilot/instructions.md">')
      expect(cached.text).toContain(
        'Codes derived from free text are upper-cased with `UPPER()` and end in `_code`.',
      )
      expect(cached.text).toMatch(
        /sqlfluff \(analytics\/\.sqlfluff; dialect duckdb, templater jinja\): validation lints the changed SQL with these \d+ rules/,
      )
      expect(cached.text).toContain('CP01 capitalisation.keywords')
      expect(cached.text).toContain('rules.capitalisation.keywords.capitalisation_policy = upper')
      expect(cached.text).not.toContain('AL01 ')
    }
    // The classifier is not given the conventions: its prompt is the ticket.
    expect(JSON.stringify(server.messageRequests[0]!.body['system'])).not.toContain('project_conventions')
    const sha = createHash('sha256').update(agents).digest('hex')
    expect(record.stages.conventions?.guidance).toEqual([
      expect.objectContaining({ source: 'custom-instructions' }),
      expect.objectContaining({ source: 'analytics/.autopilot/instructions.md' }),
      expect.objectContaining({ source: 'AGENTS.md', sha256: sha, bytes: Buffer.byteLength(agents) }),
    ])
    expect(record.stages.conventions?.lint).toMatchObject({
      config: 'analytics/.sqlfluff',
      dialect: 'duckdb',
    })
  })

  it('lets no guidance widen what the change may write', () => {
    const refused = record.toolCalls.find((call) => call.input['path'] === 'profiles.yml')
    expect(refused).toMatchObject({ name: 'write_file', ok: false })
  })
})
