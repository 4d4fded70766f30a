import * as core from '@actions/core'
import path from 'node:path'
import { ActionsLog } from './actions-log.js'
import { readActionSettings } from './config/action-inputs.js'
import { readRunEnvironment } from './github-environment.js'
import { classifyFailure, isFailure } from './outcome.js'
import { selectAnnotations } from './report/annotations.js'
import { ActionsArtifactStore, artifactName } from './report/artifact-store.js'
import { renderJobSummary } from './report/job-summary.js'
import { runTicket } from './run-ticket.js'

/** The Action: inputs → pipeline → outputs, summary, annotations, artifact. One exit path for errors. */
export async function run(): Promise<void> {
  const log = new ActionsLog()
  try {
    const environment = readRunEnvironment()
    const settings = readActionSettings()
    const repoDir = environment.workspace ?? process.cwd()
    const outDir = path.resolve(
      settings.outputDir ?? path.join(environment.runnerTemp ?? path.join(repoDir, '..'), 'autopilot'),
    )
    const result = await runTicket({ settings, environment, log, repoDir, outDir })

    core.setOutput('status', result.status)
    core.setOutput('pr-url', result.prUrl ?? '')
    core.setOutput('pr-number', result.prNumber ?? '')
    core.setOutput('branch', result.branch ?? '')
    core.setOutput('changed-models', JSON.stringify(result.changedModels))
    core.setOutput('cost-usd', result.record.costUsd.toFixed(4))
    core.setOutput('audit-dir', result.auditDir)

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

    await core.summary
      .addRaw(
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
      )
      .write()
      .catch((error: unknown) => log.warn(`Could not write the job summary: ${String(error)}`))

    if (isFailure(result.status)) core.setFailed(`${result.status}: ${result.message}`)
    else log.info(`${result.status}: ${result.message}`)
  } catch (error) {
    const failure = classifyFailure(error)
    core.setOutput('status', failure.status)
    core.setFailed(failure.message)
  }
}
