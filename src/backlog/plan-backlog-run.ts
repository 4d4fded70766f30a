import type { Log } from '../shared/log.js'
import type { BacklogSource } from './backlog-item.js'
import { queryText, type BacklogQuery } from './backlog-query.js'
import type { OpenPullRequests } from './open-pull-requests.js'
import { planBacklog, type BacklogPlan, type TicketHistory } from './plan-backlog.js'

export interface PlanBacklogRunOptions {
  query: BacklogQuery
  source: BacklogSource
  openPullRequests: OpenPullRequests
  history: TicketHistory
  branchPrefix: string
  maxTickets: number
  log?: Log
}

/** Reads the backlog and the open pull requests, then plans: the whole of `mode: plan-backlog` but the outputs. */
export async function planBacklogRun(options: PlanBacklogRunOptions): Promise<BacklogPlan> {
  const [items, openPullHeads] = await Promise.all([
    options.source.list(queryText(options.query)),
    options.openPullRequests.listOpenHeads(),
  ])
  options.log?.info(
    `Backlog query matched ${items.length} ticket(s); ${openPullHeads.length} open pull request(s) checked.`,
  )
  return planBacklog(items, {
    openPullHeads,
    history: options.history,
    branchPrefix: options.branchPrefix,
    maxTickets: options.maxTickets,
  })
}
