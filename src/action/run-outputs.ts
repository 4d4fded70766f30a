import type { RunRecord } from '../run/run-record.js'
import type { TicketRun } from '../run/run-ticket.js'
import type { RunStatus } from '../shared/run-status.js'

export interface RunOutputsExtra {
  /** Set once the audit bundle is uploaded. */
  artifactUrl?: string
  /** Where it was uploaded: `artifact`, or the `audit-fallback` that took it. */
  auditUpload?: string
}

/** Whether the PR is (or in a dry run would be) a draft: empty when no change reached the decision. */
function draftOutput(record?: RunRecord): string {
  const verdict = record?.stages.decision?.verdict
  if (verdict === 'ready') return 'false'
  if (verdict === 'draft' || verdict === 'validation-failed') return 'true'
  return ''
}

/** The outputs every run sets, each empty (never missing) when it does not apply. */
export function runOutputs(
  status: RunStatus,
  run?: TicketRun,
  extra: RunOutputsExtra = {},
): Record<string, string | number> {
  const record = run?.record
  const latest = record?.validations.at(-1)
  const findings = record?.stages.impact?.findings
  return {
    status,
    'pr-url': record?.prUrl ?? '',
    'pr-number': record?.prNumber ?? '',
    branch: record?.branch ?? '',
    verdict: record?.stages.decision?.verdict ?? '',
    draft: draftOutput(record),
    validation: latest === undefined ? 'not-run' : latest.ok ? 'passed' : 'failed',
    breaking: findings ? findings.filter((finding) => finding.severity === 'breaking').length : '',
    'changed-models': JSON.stringify(record?.changedModels ?? []),
    'commit-sha': record?.commitSha ?? '',
    ticket: record?.ticket?.snapshot.key ?? '',
    'cost-usd': (record?.costUsd ?? 0).toFixed(4),
    'audit-dir': run?.auditDir ?? '',
    'audit-hash': run?.auditHash ?? '',
    'artifact-url': extra.artifactUrl ?? '',
    'audit-upload': extra.auditUpload ?? '',
  }
}
