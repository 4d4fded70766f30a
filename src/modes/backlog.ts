import * as core from '@actions/core'
import { setRunOutputs, writeSummary } from '../action/report-run.js'
import { backlogMatrix } from '../backlog/backlog-matrix.js'
import { renderBacklogPlan, renderBacklogSummary } from '../backlog/backlog-summary.js'
import { planBacklogRun } from '../backlog/plan-backlog-run.js'
import type { BacklogPlan } from '../backlog/plan-backlog.js'
import { runBacklog, type TicketRunResult } from '../backlog/run-backlog.js'
import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import type { RunStatus } from '../run/run-record.js'
import { SettingsError } from '../config/settings.js'
import { openHistory } from '../history/open-history.js'
import { jiraAuth } from '../adapters/jira/jira-cloud-source.js'

interface JobStatus {
  status: RunStatus
  message: string
}

async function plan(settings: Settings, environment: RunEnvironment, log: Log): Promise<BacklogPlan> {
  if (!settings.backlog.query) {
    throw new SettingsError(
      'Input `backlog-query` is required to plan the backlog: pass `jql:project = DATA AND labels = autopilot` or `label:autopilot`.',
    )
  }
  const auth = jiraAuth(settings.jira)
  const store = openHistory(settings, environment, log)
  const history = store
    ? await store.read().catch((error: unknown) => {
        log.warn(`Could not read the Autopilot history; planning without it: ${String(error)}`)
        return new Map()
      })
    : new Map()
  return log.group('Plan the backlog', () =>
    planBacklogRun({
      query: settings.backlog.query ?? '',
      connections: {
        jira: settings.jira.url && auth ? { host: settings.jira.url, auth } : undefined,
        github:
          environment.repository && settings.githubToken
            ? { ...environment.repository, token: settings.githubToken, apiUrl: environment.apiUrl }
            : undefined,
        log,
      },
      history,
      branchPrefix: settings.branchPrefix,
      maxTickets: settings.backlog.maxTickets,
    }),
  )
}

/** `mode: plan-backlog`: the tickets to work on, as a matrix for a fan-out job. */
export async function planBacklogJob(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
): Promise<JobStatus> {
  const planned = await plan(settings, environment, log)
  const { matrix, count } = backlogMatrix(planned)
  core.setOutput('matrix', matrix)
  core.setOutput('count', count)
  setRunOutputs({ status: 'backlog-planned' })
  await writeSummary(renderBacklogPlan(planned), log)
  return { status: 'backlog-planned', message: `Planned ${count} ticket(s).` }
}

/** `mode: backlog`: the planned tickets one after another under the backlog budget. */
export async function runBacklogJob(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
  runOne: (ticket: string) => Promise<JobStatus & { costUsd: number; prUrl?: string }>,
): Promise<JobStatus> {
  const planned = await plan(settings, environment, log)
  const result = await runBacklog(
    planned,
    async (ticket): Promise<TicketRunResult> => {
      const started = Date.now()
      const outcome = await runOne(ticket)
      return { ...outcome, durationMs: Date.now() - started }
    },
    {
      maxTickets: settings.backlog.maxTickets,
      maxCostUsd: settings.backlog.maxCostUsd,
      maxMinutes: settings.backlog.maxWallMs / 60_000,
      perTicketMaxCostUsd: settings.budget.maxCostUsd,
      // The budget bounds the model loop; parsing, validation and publishing come on top.
      perTicketMaxMinutes: (settings.budget.maxWallMs + 2 * settings.dbt.timeoutMs) / 60_000,
    },
  )
  await writeSummary(renderBacklogSummary(result, planned), log)
  const failed = result.outcomes.filter((outcome) => outcome.status.startsWith('failed:'))
  const ran = result.outcomes.filter((outcome) => outcome.started).length
  setRunOutputs({ status: failed.length > 0 ? 'failed:backlog' : 'backlog-done' })
  core.setOutput('cost-usd', result.spentUsd.toFixed(4))
  if (failed.length > 0) {
    return {
      status: 'failed:backlog',
      message: `${failed.length} of ${ran} ticket(s) failed: ${failed.map((o) => `${o.item.key} (${o.status})`).join(', ')}`,
    }
  }
  return { status: 'backlog-done', message: `Ran ${ran} of ${planned.selected.length} planned ticket(s).` }
}
