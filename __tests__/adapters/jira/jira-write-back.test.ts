import { afterEach, describe, expect, it } from '@jest/globals'
import { JiraCloudWriteBack } from '../../../src/adapters/jira/jira-cloud-write-back.js'
import { JiraDataCenterWriteBack } from '../../../src/adapters/jira/jira-dc-write-back.js'
import { JiraRestV2Client } from '../../../src/adapters/jira/jira-rest-v2-client.js'
import type { PullRequestLink, TicketWriteBack } from '../../../src/publish/ticket-write-back.js'
import { writeBackToTicket } from '../../../src/run/publish-change.js'
import { RunRecord } from '../../../src/run/run-record.js'
import type { Settings } from '../../../src/config/settings.js'
import { MemoryLog } from '../../../src/shared/log.js'
import type { Ticket } from '../../../src/tickets/ticket.js'
import { dcIssue, startJiraDcServer } from '../../fakes/jira-dc-server.js'
import { referenceJiraIssue, startJiraServer } from '../../fakes/jira-server.js'

let servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()))
  servers = []
})

const link = (number: number, draft = false): PullRequestLink => ({
  url: `https://github.com/acme/analytics/pull/${number}`,
  number,
  title: 'Net revenue on orders',
  globalId: 'dbt-autopilot:https://github.com/acme/analytics:autopilot/OPS-7',
  draft,
})

interface Far {
  name: string
  start(): Promise<{
    writeBack: TicketWriteBack
    links: () => { globalId?: string; object: { url: string; title: string } }[]
    status: () => unknown
    posts: () => number
  }>
}

const farEnds: Far[] = [
  {
    name: 'Jira Cloud (jira.js, REST v3)',
    async start() {
      const issue = referenceJiraIssue()
      issue.key = 'OPS-7'
      const server = await startJiraServer({ issues: { 'OPS-7': issue }, auth: { bearer: 'cloud-token' } })
      servers.push(server)
      return {
        writeBack: new JiraCloudWriteBack({
          host: server.url,
          auth: { type: 'bearer', token: 'cloud-token' },
          issueKey: 'OPS-7',
          onSchemaMismatch: 'throw',
        }),
        links: () => server.remoteLinks['OPS-7'] ?? [],
        status: () => (server.issues['OPS-7']?.fields['status'] as { name?: string } | undefined)?.name,
        posts: () =>
          server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/transitions')).length,
      }
    },
  },
  {
    name: 'Jira Data Center (REST v2)',
    async start() {
      const server = await startJiraDcServer({
        issues: { 'OPS-7': dcIssue('OPS-7', {}) },
        transitions: [
          { id: '11', name: 'Start Progress', to: 'In Progress' },
          { id: '21', name: 'In Review', to: 'In Review' },
        ],
      })
      servers.push(server)
      const client = new JiraRestV2Client({ host: server.url, auth: { type: 'bearer', token: 'dc-pat' } })
      return {
        writeBack: new JiraDataCenterWriteBack(client, 'OPS-7'),
        links: () => server.remoteLinks['OPS-7'] ?? [],
        status: () => (server.issues['OPS-7']?.fields['status'] as { name?: string } | undefined)?.name,
        posts: () =>
          server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/transitions')).length,
      }
    },
  },
]

describe.each(farEnds)('write-back to $name', (far) => {
  it('links the pull request once: a second run updates the same remote link', async () => {
    const jira = await far.start()
    await jira.writeBack.linkPullRequest(link(3, true))
    await jira.writeBack.linkPullRequest(link(4))
    const links = jira.links()
    expect(links).toHaveLength(1)
    expect(links[0]).toMatchObject({
      globalId: link(4).globalId,
      object: { url: 'https://github.com/acme/analytics/pull/4', title: 'PR #4: Net revenue on orders' },
    })
  })

  it('moves the ticket by transition name, and not again once it is there', async () => {
    const jira = await far.start()
    expect(await jira.writeBack.transition('in review')).toEqual({
      kind: 'moved',
      transition: 'In Review',
      to: 'In Review',
    })
    expect(jira.status()).toBe('In Review')
    expect(await jira.writeBack.transition('In Review')).toEqual({ kind: 'already', status: 'In Review' })
    expect(jira.posts()).toBe(1)
  })

  it('names the transitions on offer when the wanted one is not among them', async () => {
    const jira = await far.start()
    const outcome = await jira.writeBack.transition('Ready for QA')
    expect(outcome).toMatchObject({ kind: 'missing' })
    expect(outcome.kind === 'missing' && outcome.available).toContain('Start Progress → In Progress')
    expect(jira.posts()).toBe(0)
  })
})

describe('writeBackToTicket', () => {
  const ticket: Ticket = {
    key: 'OPS-7',
    source: 'jira',
    title: 'Net revenue',
    body: '',
    labels: [],
    fields: {},
  }
  const pr = {
    url: 'https://github.com/acme/analytics/pull/9',
    number: 9,
    operation: 'created' as const,
    draft: false,
  }
  const warnings = (log: MemoryLog) =>
    log.lines.filter((line) => line.startsWith('warning: ')).map((line) => line.slice(9))

  it('finds a status by the name it leads to, and records the link and the move', async () => {
    const server = await startJiraDcServer({ issues: { 'OPS-7': dcIssue('OPS-7', {}) } })
    servers.push(server)
    const writeBack = new JiraDataCenterWriteBack(
      new JiraRestV2Client({ host: server.url, auth: { type: 'bearer', token: 'dc-pat' } }),
      'OPS-7',
    )
    const record = new RunRecord('run-1', {})
    record.branch = 'autopilot/OPS-7'
    const settings = { jira: { transitionOnPr: 'In Review' } } as Settings
    const log = new MemoryLog()
    await writeBackToTicket(writeBack, pr, {
      settings,
      ticket,
      draft: false,
      log,
      record,
    })
    expect(warnings(log)).toEqual([])
    expect(record.stages.ticketWriteBack).toEqual({
      link: { globalId: 'dbt-autopilot:https://github.com/acme/analytics:autopilot/OPS-7', linked: true },
      transition: {
        wanted: 'In Review',
        outcome: 'moved',
        detail: 'moved OPS-7 to In Review (Send to review)',
      },
    })
  })

  it('warns, and keeps going, when Jira refuses the link and offers no such transition', async () => {
    const server = await startJiraDcServer({ issues: { 'OPS-7': dcIssue('OPS-7', {}) } })
    servers.push(server)
    server.failures.push({ path: '/rest/api/2/issue/OPS-7/remotelink', status: 403 })
    const writeBack = new JiraDataCenterWriteBack(
      new JiraRestV2Client({ host: server.url, auth: { type: 'bearer', token: 'dc-pat' } }),
      'OPS-7',
    )
    const record = new RunRecord('run-2', {})
    const log = new MemoryLog()
    await writeBackToTicket(writeBack, pr, {
      settings: { jira: { transitionOnPr: 'Code Review' } } as Settings,
      ticket,
      draft: false,
      log,
      record,
    })
    expect(warnings(log)).toHaveLength(2)
    expect(warnings(log)[0]).toMatch(/HTTP 403.*link the pull request to OPS-7.*Link issues/)
    expect(warnings(log)[1]).toContain(
      'OPS-7 offers no transition named `Code Review` (input `jira-transition-on-pr`) from its current status; it offers `Start Progress → In Progress`, `Send to review → In Review`, `Resolve Issue → Resolved`.',
    )
    expect(record.stages.ticketWriteBack?.link.linked).toBe(false)
    expect(record.stages.ticketWriteBack?.transition?.outcome).toBe('missing')
  })
})
