import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { redactSettings, secretsOf, SettingsError, type Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { GitIdentity } from '../adapters/git/git.js'
import { githubUserIdentity } from '../publish/commit-message.js'
import type { LanguageModel } from '../agent/language-model.js'
import type { GitHubRetryPolicy } from '../adapters/github/github-client.js'
import { SpawnCommandRunner } from '../adapters/process/command-runner.js'
import { writeAuditBundle } from '../audit/audit-bundle.js'
import { PublishError } from '../publish/publish-error.js'
import type { Log } from '../shared/log.js'
import { createRedactor, type Redactor } from '../shared/redact.js'
import { checkoutGit, composeTicketRun, openNotifiers } from './compose.js'
import { editableFolders, snapshotCheckout, type CheckoutSnapshot } from './keep-checkout.js'
import { NeedsClarification } from './needs-clarification.js'
import { classifyFailure } from './outcome.js'
import { describeSandbox } from '../report/sandbox-markdown.js'
import { runPipeline, type RunOutcome } from './pipeline.js'
import { RunRecord } from './run-record.js'
import { redactingLog } from '../shared/redacting-log.js'
import { runNotification } from '../notify/run-notification.js'
import { sendNotification } from '../notify/send-notification.js'

export interface RunTicketOptions {
  settings: Settings
  environment: RunEnvironment
  log: Log
  repoDir: string
  outDir: string
  /** Replaces the Anthropic adapter (the demo's scripted model is the real SDK against a loopback server). */
  model?: LanguageModel
  /** How GitHub calls are retried; tests shorten the waits. */
  githubRetry?: Partial<GitHubRetryPolicy>
  /** Extra instruction from a trigger comment (untrusted; sanitized before the model sees it). */
  instruction?: string
  /** Revising an Autopilot pull request: its branch is checked out and the new commit goes on top. */
  revisionBranch?: string
  /** The reporter's answer to Autopilot's question, read from the ticket (untrusted; sanitized before use). */
  answer?: string
}

/** A finished run: how it ended, its record (which every report is a view of) and its audit bundle. */
export interface TicketRun {
  outcome: RunOutcome
  record: RunRecord
  auditDir: string
  auditFiles: string[]
  /** The audit chain's final hash, as printed in the log: `verify-audit --expect` checks a bundle against it. */
  auditHash: string
  redact: Redactor
}

/**
 * Runs the pipeline for one ticket and always leaves an audit bundle, whatever happened. Shared by the
 * Action and the CLI; each reports the record its own way.
 */
export async function runTicket(options: RunTicketOptions): Promise<TicketRun> {
  const { settings, environment, log, repoDir, outDir } = options
  const redact = createRedactor(secretsOf(settings))
  const record = new RunRecord(
    environment.runId ? `${environment.runId}-${environment.runAttempt ?? '1'}` : randomUUID(),
    {
      repository: environment.repository
        ? `${environment.repository.owner}/${environment.repository.repo}`
        : undefined,
      actor: environment.actor,
      eventName: environment.eventName,
      runUrl: environment.runUrl,
      settings: redactSettings(settings),
    },
  )
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw new SettingsError(
      `Cannot write the output folder ${outDir} (${error instanceof Error ? error.message : String(error)}): set input \`output-dir\` to a writable folder.`,
    )
  })
  const commands = new SpawnCommandRunner((result) => record.addCommand(result))

  let outcome: RunOutcome
  let checkout: CheckoutSnapshot | undefined
  try {
    const adapters = composeTicketRun({
      settings,
      environment,
      repoDir,
      outDir,
      commands,
      // Adapters log what the far ends print (dbt's messages): nothing they print may carry a secret.
      log: redactingLog(log, redact),
      model: options.model,
      githubRetry: options.githubRetry,
      onSandbox: (report) => {
        record.stages.sandbox = report
        if (!report.contained && report.mode !== 'off') log.warn(describeSandbox(report))
      },
    })
    if (options.revisionBranch)
      await checkoutBranch(checkoutGit(settings, repoDir, commands), options.revisionBranch)
    const projectDir = path.resolve(repoDir, settings.dbt.projectDir)
    checkout = await snapshotCheckout(adapters.git, await editableFolders(projectDir, repoDir))
    outcome = await runPipeline(
      settings,
      adapters,
      {
        repoDir,
        runUrl: environment.runUrl,
        blobUrl: environment.blobUrl,
        requester: requesterOf(environment),
        pushToken: settings.githubToken,
        instruction: options.instruction,
        answer: options.answer,
      },
      record,
    )
  } catch (error) {
    // A rejected push still leaves the patch in the audit bundle.
    if (error instanceof PublishError && error.patch && !record.diff) record.diff = error.patch
    if (error instanceof NeedsClarification) {
      record.stages.clarification = {
        ...record.stages.clarification,
        questions: error.questions.map(redact),
        askedBy: error.askedBy,
      }
    }
    const failure = classifyFailure(error)
    outcome = { status: failure.status, message: redact(failure.message) }
    if (failure.status === 'failed:internal' && error instanceof Error && error.stack)
      record.event('run', redact(error.stack))
  }
  // The checkout is left as found; what the run changed lives in the patch and the branch.
  const left = await checkout?.restore().catch((error: unknown) => {
    log.warn(
      `Could not put the checkout back as it was: ${error instanceof Error ? error.message : String(error)}`,
    )
    return undefined
  })
  if (left && !record.diff) record.diff = left
  record.finish(outcome.status, outcome.message)
  // Before the audit bundle, which records whether each channel took the message.
  await sendNotification(
    openNotifiers(settings),
    runNotification(record, {
      on: settings.notify.on,
      ticketKey: settings.ticket.key,
      runUrl: environment.runUrl,
    }),
    { redact, log, record },
  )

  const auditDir = path.join(outDir, 'audit')
  const audit = await writeAuditBundle(auditDir, {
    record,
    settings: redactSettings(settings),
    diff: record.diff,
    prBody: record.stages.pullRequest?.body,
    redactor: redact,
  })
  log.info(`Audit bundle ${auditDir}: final hash ${audit.finalHash}`)
  return { outcome, record, auditDir, auditFiles: audit.files, auditHash: audit.finalHash, redact }
}

/** The pull request's branch as the base of a revision: fetched and checked out. */
async function checkoutBranch(git: ReturnType<typeof checkoutGit>, branch: string): Promise<void> {
  await git.run(['fetch', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`])
  await git.run(['checkout', '-B', branch, `refs/remotes/origin/${branch}`])
}

/**
 * Who asked for the run: the actor of a dispatch, a label or a comment. A schedule's actor only last edited
 * the workflow, and a bot asked for nothing.
 */
function requesterOf(environment: RunEnvironment): GitIdentity | undefined {
  const { actor, actorId, eventName } = environment
  if (!actor || actor.endsWith('[bot]') || eventName === 'schedule') return undefined
  return githubUserIdentity(actor, actorId)
}
