import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { defaultInputs, parseSettings, redactSettings } from '../../src/config/settings.js'
import { readAuditBundle, writeAuditBundle } from '../../src/audit/audit-bundle.js'
import { createRedactor } from '../../src/shared/redact.js'
import { RunRecord } from '../../src/run/run-record.js'
import { passingValidation, ticket } from '../report/fixtures.js'

const ANTHROPIC_KEY = 'sk-ant-api03-TESTKEYtestkeyTESTKEY0123'
const JIRA_TOKEN = 'ATATT3xFfGF0-jira-token-for-tests'
const GITHUB_TOKEN = `ghs_${'Z9y8'.repeat(9)}`

function settings() {
  return parseSettings({
    ...defaultInputs(),
    ticket: 'DATA-123',
    'jira-url': 'https://acme.atlassian.net',
    'jira-email': 'bot@acme.test',
    'jira-api-token': JIRA_TOKEN,
    'anthropic-api-key': ANTHROPIC_KEY,
    'github-token': GITHUB_TOKEN,
  })
}

/** A run in which secrets leaked into every place they realistically could. */
function leakyRecord(): RunRecord {
  const record = new RunRecord('1234-1', {
    actor: 'octocat',
    runUrl: 'https://github.com/acme/shop/actions/runs/1234',
  })
  record.setTicket({ ...ticket, body: `${ticket.body}\n\nOur key is ${JIRA_TOKEN}, do not share.` })
  record.modelCalls.push({
    turn: 1,
    model: 'claude-sonnet-5-5',
    usage: { inputTokens: 1000, outputTokens: 200, cacheCreationInputTokens: 800, cacheReadInputTokens: 0 },
    costUsd: 0.0123,
    stopReason: 'tool_use',
    durationMs: 3100,
  })
  record.toolCalls.push({
    turn: 1,
    name: 'write_file',
    input: { path: 'models/x.sql', content: `-- api key ${ANTHROPIC_KEY}\nselect 1` },
    ok: false,
    error: `push to https://x-access-token:${GITHUB_TOKEN}@github.com/acme/shop.git failed`,
  })
  record.addCommand({
    command: 'git',
    args: [
      '-c',
      `http.extraheader=Authorization: basic ${Buffer.from(`x:${GITHUB_TOKEN}`).toString('base64')}`,
      'push',
    ],
    cwd: '/repo',
    exitCode: 0,
    stdout: '',
    stderr: '',
    durationMs: 800,
    timedOut: false,
  })
  record.stages.validations = [passingValidation()]
  record.event('agent', 'model said', { text: `I found ${ANTHROPIC_KEY} in the env` })
  record.commitSha = 'abcdef0123456789abcdef0123456789abcdef01'
  record.stages.pullRequest = { body: 'Body', url: 'https://github.com/acme/shop/pull/12', number: 12 }
  record.branch = 'autopilot/DATA-123'
  record.finish('pr-opened', 'Opened #12')
  return record
}

describe('audit bundle', () => {
  it('round-trips through readAuditBundle with every part of the run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'audit-'))
    const s = settings()
    const redactor = createRedactor([s.anthropic.apiKey, s.jira.apiToken, s.githubToken])
    const record = leakyRecord()
    const diff = 'diff --git a/models/x.sql b/models/x.sql\n+select 1\n'
    const { files: paths, finalHash } = await writeAuditBundle(join(dir, 'bundle'), {
      record,
      settings: redactSettings(s),
      diff,
      prBody: '## DATA-123\n\nbody',
      redactor,
    })
    expect(paths.map((path) => basename(path)).sort()).toEqual([
      'diff.patch',
      'events.jsonl',
      'pr-body.md',
      'run.json',
    ])

    const bundle = await readAuditBundle(join(dir, 'bundle'))
    expect(bundle.run.runId).toBe('1234-1')
    expect(bundle.run.status).toBe('pr-opened')
    expect(bundle.run.context).toEqual({
      actor: 'octocat',
      runUrl: 'https://github.com/acme/shop/actions/runs/1234',
    })
    expect(bundle.run.ticket?.snapshot.key).toBe('DATA-123')
    expect(bundle.run.ticket?.sha256).toBe(record.ticket?.sha256)
    expect(bundle.run.modelCalls[0]?.usage.cacheCreationInputTokens).toBe(800)
    expect(bundle.run.commands[0]).toMatchObject({ command: 'git', exitCode: 0, durationMs: 800 })
    expect(bundle.run.stages['validations']).toEqual([passingValidation()])
    expect(bundle.run.costUsd).toBeCloseTo(0.0123)
    expect(bundle.run.diff).toBe(diff)
    expect(bundle.diff).toBe(diff)
    expect(bundle.run).toMatchObject({ commitSha: record.commitSha, prUrl: record.prUrl, prNumber: 12 })
    expect(bundle.run.settings).toMatchObject({ anthropic: { apiKey: true }, githubToken: true })
    expect(bundle.events.map((event) => event.stage)).toEqual(['tickets', 'agent', 'run'])
    expect(bundle.prBody).toBe('## DATA-123\n\nbody')
    expect(bundle.run.audit?.finalHash).toBe(finalHash)
    expect(finalHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('writes no secret into any file, in any encoding', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'audit-'))
    const s = settings()
    const redactor = createRedactor([s.anthropic.apiKey, s.jira.apiToken, s.githubToken])
    await writeAuditBundle(dir, {
      record: leakyRecord(),
      settings: redactSettings(s),
      diff: `+token = "${GITHUB_TOKEN}"\n`,
      prBody: `mentions ${JIRA_TOKEN}`,
      redactor,
    })
    const basicAuth = Buffer.from(`x:${GITHUB_TOKEN}`).toString('base64')
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8')
      for (const secret of [ANTHROPIC_KEY, JIRA_TOKEN, GITHUB_TOKEN, basicAuth]) {
        expect({ file: name, leaked: text.includes(secret) }).toEqual({ file: name, leaked: false })
      }
    }
    const run = await readFile(join(dir, 'run.json'), 'utf8')
    expect(run).toContain('"apiToken": true')
    expect(run).toContain('x-access-token:***@github.com')
  })

  it('refuses a directory that is not a bundle, saying which file is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'audit-'))
    await expect(readAuditBundle(dir)).rejects.toThrow(/run\.json not found/)
    await writeFile(join(dir, 'run.json'), JSON.stringify({ schemaVersion: 1, runId: 5 }))
    await expect(readAuditBundle(dir)).rejects.toThrow(/does not match the audit schema/)
  })
})
