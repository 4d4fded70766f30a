import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { inTerminalWords } from '../config/input-wording.js'
import type { Settings } from '../config/settings.js'
import { ticketRunSummary } from '../report/job-summary.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Job, JobShell } from '../modes/job.js'
import { openBacklog, progressThread, ticketThread } from '../run/compose.js'
import { runTicket } from '../run/run-ticket.js'
import type { TicketRun } from '../run/run-ticket.js'
import type { Log } from '../shared/log.js'
import type { RunStatus } from '../shared/run-status.js'
import type { Output } from './command-io.js'
import { printRunReport } from './print-report.js'

/**
 * Results on a terminal: the run report on stdout (inputs named as flags), and the job summary the Action
 * would write kept as `summary.md` beside the audit bundle; outputs have nowhere to go.
 */
export class TerminalShell implements JobShell {
  private readonly out: Output

  constructor(stream: Output) {
    this.out = { write: (text: string) => stream.write(inTerminalWords(text)) }
  }

  async reportTicketRun(run: TicketRun, settings: Settings): Promise<void> {
    printRunReport(run, this.out)
    if (!run.auditDir) return
    const file = path.join(path.dirname(run.auditDir), 'summary.md')
    await writeFile(file, ticketRunSummary(run, { dryRun: settings.dryRun }))
    this.out.write(`Job summary: ${file}\n`)
  }

  reportSkip(status: RunStatus, message: string): Promise<void> {
    this.out.write(`\nOutcome: ${status}\n  ${message}\n`)
    return Promise.resolve()
  }

  setOutputs(): void {}

  writeSummary(markdown: string): Promise<void> {
    this.out.write(`\n${markdown}\n`)
    return Promise.resolve()
  }
}

/**
 * A job for a terminal. A run that publishes a merge request (GitLab CI) keeps the ticket's thread as the
 * Action does: progress and the question on the GitLab issue (or the Jira ticket); a local run for GitHub
 * comments nowhere, and keeps no history (those need the Action's repository access). The backlog where its
 * tracker and code host are reachable. `runTicket` is replaceable so the demo can run with its scripted model.
 */
export function terminalJob(
  settings: Settings,
  environment: RunEnvironment,
  repoDir: string,
  log: Log,
  run: Job['runTicket'] = runTicket,
): Job {
  return {
    settings,
    environment,
    repoDir,
    log,
    shell: new TerminalShell(process.stdout),
    ...(settings.gitlab
      ? {
          progressThread: (ticketSettings, issueNumber) =>
            progressThread(ticketSettings, undefined, issueNumber),
          ticketThread: (ticketSettings) => ticketThread(ticketSettings, undefined),
        }
      : { progressThread: () => undefined }),
    openBacklog: (query) => openBacklog(query, settings, environment, log),
    runTicket: run,
  }
}
