import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import {
  canonicalJson,
  chainLines,
  genesisHash,
  sha256Hex,
  withoutKeys,
} from '../../src/audit/audit-chain.js'
import { readAuditBundle, writeAuditBundle } from '../../src/audit/audit-bundle.js'
import { createRedactor } from '../../src/shared/redact.js'
import { RunRecord } from '../../src/run/run-record.js'
import { runVerifyAudit, verifyAudit, type AuditProblem } from '../../src/audit/verify-audit.js'
import { ticket } from '../report/fixtures.js'

/** A real bundle: 6 run events plus the seal, so 7 chained records. */
async function bundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'audit-chain-'))
  const record = new RunRecord('9876-2', { actor: 'octocat' })
  record.setTicket(ticket)
  record.event('agent', 'turn 1', { tool: 'read_file' })
  record.event('agent', 'turn 2', { tool: 'write_file', path: 'models/marts/customers.sql' })
  record.event('validate', 'round 1 passed')
  record.event('publish', 'pushed autopilot/DATA-123')
  record.finish('pr-opened', 'Opened #12')
  await writeAuditBundle(dir, {
    record,
    settings: { model: 'claude-sonnet-5-5' },
    diff: 'diff --git a/models/x.sql b/models/x.sql\n+select 1\n',
    prBody: '## DATA-123\n',
    redactor: createRedactor([]),
  })
  return dir
}

async function lines(dir: string): Promise<string[]> {
  return (await readFile(join(dir, 'events.jsonl'), 'utf8')).trimEnd().split('\n')
}

async function writeLines(dir: string, changed: string[]): Promise<void> {
  await writeFile(join(dir, 'events.jsonl'), `${changed.join('\n')}\n`)
}

async function editJson(dir: string, file: string, change: (json: Record<string, unknown>) => void) {
  const json = JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>
  change(json)
  await writeFile(join(dir, file), JSON.stringify(json, null, 2))
}

function kinds(problems: AuditProblem[]) {
  return problems.map(({ kind, line, file }) => ({ kind, line, file: file ?? 'events.jsonl' }))
}

function rehash(line: string, change: (record: Record<string, unknown>) => void): string {
  const record = withoutKeys(JSON.parse(line) as Record<string, unknown>, ['hash'])
  change(record)
  return JSON.stringify({ ...record, hash: sha256Hex(canonicalJson(record)) })
}

describe('tamper-evident audit bundle', () => {
  it('chains every record to the one before and records the head in run.json', async () => {
    const dir = await bundle()
    const records = (await lines(dir)).map((line) => JSON.parse(line) as Record<string, unknown>)
    const run = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as {
      audit: { records: number; finalHash: string }
    }
    const all = await lines(dir)
    expect(records.map((record) => record['seq'])).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(records[0]?.['prev']).toBe(genesisHash('9876-2'))
    expect(records[3]?.['prev']).toBe(sha256Hex(all[2]!))
    expect(records.at(-1)).toMatchObject({ stage: 'audit', message: 'sealed' })
    expect(run.audit).toMatchObject({ records: 7, finalHash: sha256Hex(all[6]!) })
    // The seal is bookkeeping, not a run event.
    expect((await readAuditBundle(dir)).events.map((event) => event.stage)).toEqual([
      'tickets',
      'agent',
      'agent',
      'validate',
      'publish',
      'run',
    ])
  })

  it('verifies an untouched bundle', async () => {
    const dir = await bundle()
    const result = await verifyAudit(dir)
    expect(result).toMatchObject({ ok: true, records: 7, problems: [] })
    expect(result.finalHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('detects an edited record', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    all[2] = all[2]!.replace('turn 2', 'turn 2 (harmless)')
    await writeLines(dir, all)
    const result = await verifyAudit(dir)
    expect(result.ok).toBe(false)
    expect(kinds(result.problems)).toEqual([{ kind: 'edited', line: 3, file: 'events.jsonl' }])
  })

  it('detects an edited record whose own hash was recomputed', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    all[2] = rehash(all[2]!, (record) => (record['message'] = 'nothing happened'))
    await writeLines(dir, all)
    const { problems } = await verifyAudit(dir)
    expect(kinds(problems)).toEqual([{ kind: 'edited', line: 3, file: 'events.jsonl' }])
    expect(problems[0]?.message).toMatch(/rewritten with a fresh hash/)
  })

  it('detects a deleted record', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    all.splice(3, 1)
    await writeLines(dir, all)
    const { problems } = await verifyAudit(dir)
    expect(kinds(problems)).toEqual([{ kind: 'deleted', line: 4, file: 'events.jsonl' }])
    expect(problems[0]?.message).toMatch(/#3 are missing/)
  })

  it('detects a truncated log', async () => {
    const dir = await bundle()
    await writeLines(dir, (await lines(dir)).slice(0, 4))
    const { problems } = await verifyAudit(dir)
    expect(kinds(problems)).toEqual([{ kind: 'truncated', line: 4, file: 'events.jsonl' }])
    expect(problems[0]?.message).toMatch(/#4–#6 at the end are missing/)
  })

  it('detects an inserted record, even one forged with valid chain fields', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    const forged = rehash(all[2]!, (record) => {
      record['message'] = 'approved by the data owner'
      record['prev'] = sha256Hex(all[1]!)
    })
    all.splice(2, 0, forged)
    await writeLines(dir, all)
    expect(kinds((await verifyAudit(dir)).problems)).toEqual([
      { kind: 'inserted', line: 3, file: 'events.jsonl' },
    ])
  })

  it('detects an inserted line without chain fields', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    all.splice(
      1,
      0,
      JSON.stringify({ at: '2026-11-22T00:00:00Z', stage: 'guard', message: 'all rules passed' }),
    )
    await writeLines(dir, all)
    expect(kinds((await verifyAudit(dir)).problems)).toEqual([
      { kind: 'inserted', line: 2, file: 'events.jsonl' },
    ])
  })

  it('detects reordered records and nothing else', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    ;[all[2], all[3]] = [all[3]!, all[2]!]
    await writeLines(dir, all)
    const { problems } = await verifyAudit(dir)
    expect(problems.map((problem) => problem.kind)).toEqual(['reordered'])
    expect([3, 4]).toContain(problems[0]?.line)
  })

  it('detects an edited run.json, diff and PR body through the seal', async () => {
    const dir = await bundle()
    await editJson(dir, 'run.json', (run) => (run['status'] = 'dry-run'))
    await writeFile(join(dir, 'diff.patch'), 'diff --git a/models/x.sql b/models/x.sql\n+select 2\n')
    await writeFile(join(dir, 'pr-body.md'), '## DATA-123\n\nReviewed.\n')
    expect(kinds((await verifyAudit(dir)).problems)).toEqual([
      { kind: 'edited', line: 0, file: 'run.json' },
      { kind: 'edited', line: 0, file: 'diff.patch' },
      { kind: 'edited', line: 0, file: 'pr-body.md' },
    ])
  })

  it('detects a changed final hash in run.json', async () => {
    const dir = await bundle()
    await editJson(dir, 'run.json', (run) => {
      ;(run['audit'] as { finalHash: string }).finalHash = sha256Hex('another head')
    })
    expect(kinds((await verifyAudit(dir)).problems)).toEqual([
      { kind: 'final-hash-mismatch', line: 0, file: 'run.json' },
    ])
  })

  it('reports a line that is not JSON as malformed', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    all[4] = '{"stage": "validate", '
    await writeLines(dir, all)
    const { problems } = await verifyAudit(dir)
    expect(problems.find((problem) => problem.line === 5)?.kind).toBe('malformed')
    expect(problems.some((problem) => problem.kind === 'deleted')).toBe(true)
  })

  it('catches a consistent rewrite of the whole chain only against the logged head', async () => {
    const dir = await bundle()
    const original = (await verifyAudit(dir)).finalHash!
    const events = (await lines(dir)).map((line) => JSON.parse(line) as Record<string, unknown>)
    events[1]!['message'] = 'turn 1 (rewritten)'
    const rewritten = chainLines('9876-2', events)
    await writeLines(dir, rewritten.lines)
    await editJson(dir, 'run.json', (run) => (run['audit'] = rewritten.head))

    expect((await verifyAudit(dir)).ok).toBe(true)
    const checked = await verifyAudit(dir, { expectedFinalHash: original })
    expect(kinds(checked.problems)).toEqual([{ kind: 'final-hash-mismatch', line: 0, file: 'run.json' }])
  })

  it('refuses records copied from another run', async () => {
    const dir = await bundle()
    await editJson(dir, 'run.json', (run) => (run['runId'] = '1111-1'))
    const { problems } = await verifyAudit(dir)
    expect(kinds(problems)).toEqual([
      { kind: 'edited', line: 1, file: 'events.jsonl' },
      { kind: 'edited', line: 0, file: 'run.json' },
    ])
    expect(problems[0]?.message).toMatch(/does not start a chain for run 1111-1/)
  })
})

describe('autopilot verify-audit', () => {
  function output() {
    const chunks: string[] = []
    const stream = new PassThrough()
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
    return { stream, text: () => chunks.join('') }
  }

  it('exits 0 for an intact bundle and prints the final hash', async () => {
    const dir = await bundle()
    const out = output()
    expect(await runVerifyAudit([dir], out.stream)).toBe(0)
    expect(out.text()).toMatch(/intact \(7 records, final hash [0-9a-f]{64}\)/)
  })

  it('exits 1 and lists each problem with its file and line', async () => {
    const dir = await bundle()
    const all = await lines(dir)
    all[1] = all[1]!.replace('turn 1', 'turn one')
    all.splice(4, 1)
    await writeLines(dir, all)
    const out = output()
    expect(await runVerifyAudit([dir], out.stream)).toBe(1)
    expect(out.text()).toContain('TAMPERED — 2 problem(s)')
    expect(out.text()).toMatch(/edited\s+events\.jsonl:2 /)
    expect(out.text()).toMatch(/deleted\s+events\.jsonl:5 /)
  })

  it('exits 1 when the head differs from --expect', async () => {
    const dir = await bundle()
    const out = output()
    expect(await runVerifyAudit([dir, '--expect', sha256Hex('x')], out.stream)).toBe(1)
    expect(out.text()).toContain('differs from the expected')
  })

  it('exits 2 for a missing folder, a folder that is no bundle, or bad arguments', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'audit-empty-'))
    for (const args of [[join(empty, 'nope')], [empty], [], [empty, '--expect', 'abc'], ['--bogus', empty]]) {
      const out = output()
      expect({ args, code: await runVerifyAudit(args, out.stream) }).toEqual({ args, code: 2 })
      expect(out.text()).toMatch(/autopilot verify-audit: /)
    }
  })
})
