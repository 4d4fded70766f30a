import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { writeAuditBundle } from '../../src/audit/audit-bundle.js'
import { RunRecord } from '../../src/run/run-record.js'
import { createRedactor } from '../../src/shared/redact.js'
import { ticket } from '../report/fixtures.js'

/** A real audit bundle (a short run and its seal) in a new folder under `parent`, and its final hash. */
export async function writeSampleBundle(parent: string): Promise<{ dir: string; finalHash: string }> {
  const dir = await mkdtemp(path.join(parent, 'bundle-'))
  const record = new RunRecord('4242-1', { actor: 'octocat' })
  record.setTicket(ticket)
  record.event('validate', 'round 1 passed')
  record.finish('pr-opened', 'Opened #12')
  const written = await writeAuditBundle(dir, {
    record,
    settings: { model: 'claude-sonnet-5-5' },
    diff: 'diff --git a/models/x.sql b/models/x.sql\n+select 1\n',
    prBody: '## DATA-123\n',
    redactor: createRedactor([]),
  })
  return { dir, finalHash: written.finalHash }
}
