import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { artifactName } from '../adapters/actions/artifact-store.js'
import { openAuditStores } from '../run/compose.js'
import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { JobShell } from '../modes/job.js'
import { repoRelativePath, selectAnnotations } from '../report/annotations.js'
import { ticketRunSummary } from '../report/job-summary.js'
import { sourceAfterChange } from '../report/source-after-change.js'
import type { RunRecord } from '../run/run-record.js'
import type { TicketRun } from '../run/run-ticket.js'
import type { Log } from '../shared/log.js'
import type { RunStatus } from '../shared/run-status.js'
import { runOutputs } from './run-outputs.js'

/** Where the Actions UI shows an uploaded artifact. */
export function artifactUrl(
  environment: Pick<RunEnvironment, 'runUrl'>,
  id: number | undefined,
): string | undefined {
  if (id === undefined || !environment.runUrl) return undefined
  return `${environment.runUrl}/artifacts/${id}`
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
    const projectPath = path.relative(this.repoDir, path.resolve(this.repoDir, settings.dbt.projectDir))
    const latest = record.validations.at(-1)
    if (latest) {
      const { annotations, omitted } = selectAnnotations(latest, {
        projectPathFromRepoRoot: projectPath,
        sourceOf: (file) => this.sourceAfterChange(record, repoRelativePath(projectPath, file)),
      })
      for (const a of annotations) {
        const properties = { file: a.file, startLine: a.startLine, title: a.title }
        if (a.level === 'warning') core.warning(redact(a.message), properties)
        else core.error(redact(a.message), properties)
      }
      if (omitted > 0)
        this.log.info(`${omitted} more finding(s) are listed in the job summary and the audit bundle.`)
    }

    const upload = settings.artifact.upload ? await this.uploadAudit(run, settings) : undefined
    const uploadedUrl = upload?.url
    this.setOutputs(
      runOutputs(run.outcome.status, run, { artifactUrl: uploadedUrl, auditUpload: upload?.where }),
    )
    await this.writeSummary(
      ticketRunSummary(run, {
        dryRun: settings.dryRun,
        ...(uploadedUrl ? { artifactUrl: uploadedUrl } : {}),
        ...(upload?.where ? { auditUpload: upload.where } : {}),
        ...(upload?.reason ? { auditNotUploaded: upload.reason } : {}),
      }),
    )
  }

  /** The artifact, else the fallback the user chose; what was uploaded where, or why nothing was. */
  private async uploadAudit(
    run: TicketRun,
    settings: Settings,
  ): Promise<{ where?: 'artifact' | 'branch' | 'release'; url?: string; reason?: string }> {
    const name = artifactName(
      run.record.ticket?.snapshot.key ?? settings.ticket.key,
      this.environment.runAttempt,
    )
    const stores = openAuditStores(settings, this.environment, this.log)
    const upload = await stores.artifacts.upload(
      name,
      run.auditFiles,
      run.auditDir,
      settings.artifact.retentionDays,
    )
    if (upload.uploaded) {
      const url = artifactUrl(this.environment, upload.id)
      this.log.info(`Audit bundle uploaded as artifact ${url ?? upload.id ?? ''}`.trim())
      return { where: 'artifact', ...(url ? { url } : {}) }
    }
    const reason = upload.reason ?? 'unknown reason'
    if (!stores.fallback) {
      this.log.warn(
        `Audit bundle not uploaded: ${reason}${settings.artifact.fallback ? '' : '. Set input `audit-fallback: branch` or `release` to keep it in the repository instead'}`,
      )
      return { reason }
    }
    this.log.info(
      `Audit bundle not uploaded as an artifact (${reason}); using audit-fallback ${settings.artifact.fallback ?? ''}`,
    )
    const fallback = await stores.fallback.upload(
      name,
      run.auditFiles,
      run.auditDir,
      settings.artifact.retentionDays,
    )
    if (fallback.uploaded) {
      this.log.info(`Audit bundle uploaded to the ${fallback.where ?? 'fallback'}: ${fallback.url ?? ''}`)
      return {
        ...(fallback.where ? { where: fallback.where } : {}),
        ...(fallback.url ? { url: fallback.url } : {}),
      }
    }
    this.log.warn(`Audit bundle not uploaded: ${fallback.reason ?? 'unknown reason'}`)
    return { reason: fallback.reason ?? reason }
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

  /** A file as the change left it: the checkout is back as it was, the patch holds the change. */
  private sourceAfterChange(record: RunRecord, repoPath: string): string | undefined {
    let base: string | undefined
    try {
      base = readFileSync(path.join(this.repoDir, repoPath), 'utf8')
    } catch {
      base = undefined
    }
    return sourceAfterChange(record.diff, repoPath, base)
  }
}
