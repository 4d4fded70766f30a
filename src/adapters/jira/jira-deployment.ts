import { z } from 'zod'
import type { BacklogSource } from '../../backlog/backlog-item.js'
import type { TicketWriteBack } from '../../publish/ticket-write-back.js'
import type { TicketThread } from '../../report/question-comment.js'
import type { Log } from '../../shared/log.js'
import type { TicketSource } from '../../tickets/ticket.js'
import { JiraBacklogSource } from './jira-backlog-source.js'
import type { JiraAuth } from './jira-client.js'
import { JiraCloudSource } from './jira-cloud-source.js'
import { JiraCloudWriteBack } from './jira-cloud-write-back.js'
import { JiraCommentThread } from './jira-comment-thread.js'
import { JiraDataCenterBacklogSource } from './jira-dc-backlog-source.js'
import { JiraDataCenterCommentThread } from './jira-dc-comment-thread.js'
import { JiraDataCenterSource } from './jira-dc-source.js'
import { JiraDataCenterWriteBack } from './jira-dc-write-back.js'
import { JiraRestV2Client, type JiraRetryPolicy } from './jira-rest-v2-client.js'

export type JiraDeployment = 'cloud' | 'data-center'

export interface JiraSiteOptions {
  host: string
  auth: JiraAuth
  /** `auto`: Atlassian's own domains are Cloud; any other host is asked (`/rest/api/2/serverInfo`). */
  deployment: 'auto' | JiraDeployment
  /** Injected so tests do not wait out Jira's Retry-After (Cloud) or its backoff (Data Center). */
  sleep?: (ms: number) => Promise<void>
  retry?: Partial<JiraRetryPolicy>
}

const CLOUD_HOST = /(^|\.)(atlassian\.net|jira\.com|atlassian-us-gov-mod\.net)$/i

const detected = new Map<string, Promise<JiraDeployment>>()

const ServerInfoSchema = z.object({ deploymentType: z.string() })

/**
 * Which Jira answers at `host`: `deploymentType` of `/rest/api/2/serverInfo` is `Server` or `DataCenter` on a
 * self-managed Jira and `Cloud` on Atlassian's. An answer that does not say (an old proxy, a fake of Cloud)
 * counts as Cloud, the client Autopilot used before it spoke to Data Center.
 */
export async function detectJiraDeployment(host: string, auth: JiraAuth): Promise<JiraDeployment> {
  if (isCloudHost(host)) return 'cloud'
  return (await askServerInfo(host, auth)) ?? 'cloud'
}

/** The site's own answer; undefined when it gave none (unreachable, not JSON), which is not remembered. */
async function askServerInfo(host: string, auth: JiraAuth): Promise<JiraDeployment | undefined> {
  const authorization =
    auth.type === 'bearer'
      ? `Bearer ${auth.token}`
      : `Basic ${Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')}`
  try {
    const response = await fetch(`${host.replace(/\/+$/, '')}/rest/api/2/serverInfo`, {
      headers: { accept: 'application/json', authorization },
      signal: AbortSignal.timeout(20_000),
    })
    const info = ServerInfoSchema.safeParse(await response.json())
    if (!info.success) return 'cloud'
    return /^(server|datacenter)$/i.test(info.data.deploymentType) ? 'data-center' : 'cloud'
  } catch {
    return undefined
  }
}

/**
 * One Jira site and the adapters for it, Cloud (jira.js, REST v3) or Data Center (REST v2): built by the
 * composition root; with `deployment: auto` on a host that is not Atlassian's, the first call finds out
 * which it is (once), and every adapter follows.
 */
export class JiraSite {
  private kind?: Promise<JiraDeployment>
  private client?: JiraRestV2Client

  constructor(private readonly options: JiraSiteOptions) {
    if (options.deployment !== 'auto') this.kind = Promise.resolve(options.deployment)
    else if (isCloudHost(options.host)) this.kind = Promise.resolve('cloud')
  }

  deployment(): Promise<JiraDeployment> {
    const host = this.options.host.replace(/\/+$/, '')
    // One question per site and process: a run's source, comment thread and write-back share the answer.
    this.kind ??=
      detected.get(host) ??
      askServerInfo(host, this.options.auth).then((answer) => {
        if (answer === undefined) detected.delete(host)
        return answer ?? 'cloud'
      })
    detected.set(host, this.kind)
    return this.kind
  }

  ticketSource(): TicketSource {
    // Known up front: built now, so settings jira.js refuses fail before the run starts.
    if (this.known() === 'cloud') return this.cloudSource()
    return {
      fetch: async (key) =>
        (await this.deployment()) === 'cloud'
          ? this.cloudSource().fetch(key)
          : new JiraDataCenterSource(this.dataCenter()).fetch(key),
    }
  }

  backlog(log: Log): BacklogSource {
    const { host, auth } = this.options
    return {
      list: async (jql) =>
        (await this.deployment()) === 'cloud'
          ? new JiraBacklogSource({ host, auth, log }).list(jql)
          : new JiraDataCenterBacklogSource(this.dataCenter(), { log }).list(jql),
    }
  }

  thread(issueKey: string): TicketThread {
    const { host, auth } = this.options
    const pick = async (): Promise<TicketThread> =>
      (await this.deployment()) === 'cloud'
        ? new JiraCommentThread({ host, auth, issueKey })
        : new JiraDataCenterCommentThread(this.dataCenter(), issueKey)
    return {
      create: async (body) => (await pick()).create(body),
      update: async (id, body) => (await pick()).update(id, body),
      list: async () => (await pick()).list(),
    }
  }

  writeBack(issueKey: string): TicketWriteBack {
    const { host, auth } = this.options
    const pick = async (): Promise<TicketWriteBack> =>
      (await this.deployment()) === 'cloud'
        ? new JiraCloudWriteBack({ host, auth, issueKey })
        : new JiraDataCenterWriteBack(this.dataCenter(), issueKey)
    return {
      linkPullRequest: async (link) => (await pick()).linkPullRequest(link),
      transition: async (wanted) => (await pick()).transition(wanted),
    }
  }

  private known(): JiraDeployment | undefined {
    if (this.options.deployment !== 'auto') return this.options.deployment
    return isCloudHost(this.options.host) ? 'cloud' : undefined
  }

  private cloudSource(): JiraCloudSource {
    return new JiraCloudSource({
      host: this.options.host,
      auth: this.options.auth,
      sleep: this.options.sleep,
    })
  }

  private dataCenter(): JiraRestV2Client {
    this.client ??= new JiraRestV2Client({
      host: this.options.host,
      auth: this.options.auth,
      retry: this.options.retry,
    })
    return this.client
  }
}

function isCloudHost(host: string): boolean {
  try {
    return CLOUD_HOST.test(new URL(host).hostname)
  } catch {
    return false
  }
}
