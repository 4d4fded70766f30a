import * as core from '@actions/core'
import path from 'node:path'
import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import { selectAnnotations } from '../report/annotations.js'
import { ActionsArtifactStore, artifactName } from '../adapters/actions/artifact-store.js'
import { renderJobSummary } from '../report/job-summary.js'
import type { RunTicketResult } from '../run/run-ticket.js'

/** The outputs every run sets, with empty values for what did not happen. */
export function setRunOutputs(result: Pick<RunTicketResult, 'status'> & Partial<RunTicketResult>): void {
  core.setOutput('status', result.status)
  core.setOutput('pr-url', result.prUrl ?? '')
  core.setOutput('pr-number', result.prNumber ?? '')
  core.setOutput('branch', result.branch ?? '')
  core.setOutput('changed-models', JSON.stringify(result.changedModels ?? []))
  core.setOutput('cost-usd', (result.record?.costUsd ?? 0).toFixed(4))
  core.setOutput('audit-dir', result.auditDir ?? '')
}

/** Annotations at file and line, the audit artifact and the job summary for one ticket's run. */
export async function reportTicketRun(
  result: RunTicketResult,
  settings: Settings,
  environment: RunEnvironment,
  repoDir: string,
  log: Log,
): Promise<void> {
  const latest = result.validations.at(-1)
  if (latest) {
    const projectPath = path.relative(repoDir, path.resolve(repoDir, settings.dbt.projectDir))
    const { annotations, omitted } = selectAnnotations(latest, { projectPathFromRepoRoot: projectPath })
    for (const a of annotations) {
      const properties = { file: a.file, startLine: a.startLine, title: a.title }
      if (a.level === 'warning') core.warning(result.redact(a.message), properties)
      else core.error(result.redact(a.message), properties)
    }
    if (omitted > 0)
      log.info(`${omitted} more finding(s) are listed in the job summary and the audit bundle.`)
  }

  if (settings.artifact.upload) {
    const upload = await new ActionsArtifactStore().upload(
      artifactName(result.ticket?.key ?? settings.ticket.key, environment.runAttempt),
      result.auditFiles,
      result.auditDir,
      settings.artifact.retentionDays,
    )
    if (upload.uploaded) log.info(`Audit bundle uploaded as artifact ${upload.id ?? ''}`.trim())
    else log.warn(`Audit bundle not uploaded: ${upload.reason ?? 'unknown reason'}`)
  }

  await writeSummary(
    result.redact(
      renderJobSummary({
        status: result.status,
        statusMessage: result.message,
        ticket: result.ticket,
        prUrl: result.prUrl,
        branch: result.branch,
        validations: result.validations,
        record: result.record,
      }),
    ),
    log,
  )
}

export async function writeSummary(markdown: string, log: Log): Promise<void> {
  await core.summary
    .addRaw(markdown)
    .write()
    .catch((error: unknown) => log.warn(`Could not write the job summary: ${String(error)}`))
}
