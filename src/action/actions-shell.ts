import * as core from '@actions/core'
import path from 'node:path'
import { ActionsArtifactStore, artifactName } from '../adapters/actions/artifact-store.js'
import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { JobShell } from '../modes/job.js'
import { selectAnnotations } from '../report/annotations.js'
import { renderJobSummary } from '../report/job-summary.js'
import type { TicketRun } from '../run/run-ticket.js'
import type { Log } from '../shared/log.js'
import type { RunStatus } from '../shared/run-status.js'

/** The outputs every run sets, with empty values for what did not happen. */
function runOutputs(status: RunStatus, run?: TicketRun): Record<string, string | number> {
  const record = run?.record
  return {
    status,
    'pr-url': record?.prUrl ?? '',
    'pr-number': record?.prNumber ?? '',
    branch: record?.branch ?? '',
    verdict: record?.stages.decision?.verdict ?? '',
    'changed-models': JSON.stringify(record?.changedModels ?? []),
    'cost-usd': (record?.costUsd ?? 0).toFixed(4),
    'audit-dir': run?.auditDir ?? '',
  }
}

/** Results on the Actions runner: outputs, annotations at file and line, the audit artifact, the summary. */
export class ActionsShell implements JobShell {
  constructor(
    private readonly environment: RunEnvironment,
    private readonly repoDir: string,
    private readonly log: Log,
  ) {}

  async reportTicketRun(run: TicketRun, settings: Settings): Promise<void> {
    const { record, redact } = run
    this.setOutputs(runOutputs(run.outcome.status, run))
    const latest = record.validations.at(-1)
    if (latest) {
      const projectPath = path.relative(this.repoDir, path.resolve(this.repoDir, settings.dbt.projectDir))
      const { annotations, omitted } = selectAnnotations(latest, { projectPathFromRepoRoot: projectPath })
      for (const a of annotations) {
        const properties = { file: a.file, startLine: a.startLine, title: a.title }
        if (a.level === 'warning') core.warning(redact(a.message), properties)
        else core.error(redact(a.message), properties)
      }
      if (omitted > 0)
        this.log.info(`${omitted} more finding(s) are listed in the job summary and the audit bundle.`)
    }

    if (settings.artifact.upload) {
      const upload = await new ActionsArtifactStore().upload(
        artifactName(record.ticket?.snapshot.key ?? settings.ticket.key, this.environment.runAttempt),
        run.auditFiles,
        run.auditDir,
        settings.artifact.retentionDays,
      )
      if (upload.uploaded) this.log.info(`Audit bundle uploaded as artifact ${upload.id ?? ''}`.trim())
      else this.log.warn(`Audit bundle not uploaded: ${upload.reason ?? 'unknown reason'}`)
    }
    await this.writeSummary(
      redact(
        renderJobSummary({
          status: run.outcome.status,
          statusMessage: run.outcome.message,
          ticket: record.ticket?.snapshot,
          prUrl: record.prUrl,
          branch: record.branch,
          validations: [...record.validations],
          record,
        }),
      ),
    )
  }

  async reportSkip(status: RunStatus, message: string): Promise<void> {
    this.setOutputs(runOutputs(status))
    await this.writeSummary(`## Autopilot: skipped\n\n\`${status}\`: ${message}\n`)
  }

  setOutputs(outputs: Record<string, string | number>): void {
    const all = 'status' in outputs ? { ...runOutputs(outputs.status as RunStatus), ...outputs } : outputs
    for (const [name, value] of Object.entries(all)) core.setOutput(name, value)
  }

  async writeSummary(markdown: string): Promise<void> {
    await core.summary
      .addRaw(markdown)
      .write()
      .catch((error: unknown) => this.log.warn(`Could not write the job summary: ${String(error)}`))
  }
}
