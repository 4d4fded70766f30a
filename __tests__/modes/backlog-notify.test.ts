import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { TeamsWorkflowNotifier } from '../../src/adapters/teams/teams-notifier.js'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'
import { backlogJob } from '../../src/modes/backlog.js'
import type { Job } from '../../src/modes/job.js'
import type { RunTicketOptions, TicketRun } from '../../src/run/run-ticket.js'
import { MemoryLog } from '../../src/shared/log.js'
import { createRedactor } from '../../src/shared/redact.js'
import { item } from '../backlog/fixtures.js'
import { startTeamsServer, type FakeTeams } from '../fakes/teams-server.js'
import { finishedRun } from '../notify/fixtures.js'

const TOKEN = 'ghs_backlogDigestToken000000000000000000'

describe('mode: backlog posts the nightly digest', () => {
  let teams: FakeTeams
  beforeAll(async () => {
    teams = await startTeamsServer()
  })
  afterAll(() => teams.close())

  it('after the tickets ran: one card with each ticket, its PR, and no secret from a title', async () => {
    const settings = parseSettings({
      ...defaultInputs(),
      mode: 'backlog',
      'backlog-query': 'label:autopilot',
      'github-token': TOKEN,
      'notify-on': 'backlog',
    })
    const items = [item('#1', { priority: 'High' }), item('#2', { title: `Leak ${TOKEN}` })]
    const ran: string[] = []
    const job: Job = {
      settings,
      environment: {
        serverUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
        runUrl: 'https://github.com/acme/analytics/actions/runs/9',
      },
      repoDir: '/nonexistent',
      log: new MemoryLog(),
      shell: {
        reportTicketRun: () => Promise.resolve(),
        reportSkip: () => Promise.resolve(),
        setOutputs: () => {},
        writeSummary: () => Promise.resolve(),
      },
      progressThread: () => undefined,
      openBacklog: () => ({
        source: { list: () => Promise.resolve(items) },
        openPullRequests: { listOpenHeads: () => Promise.resolve([]) },
      }),
      runTicket: (options: RunTicketOptions): Promise<TicketRun> => {
        const key = options.settings.ticket.key
        ran.push(key)
        const record =
          key === '#1'
            ? finishedRun({
                status: 'pr-opened',
                pr: { url: 'https://github.com/acme/analytics/pull/3', number: 3 },
                verdict: 'ready',
              })
            : finishedRun({ status: 'failed:validation', message: 'dbt build failed' })
        return Promise.resolve({
          outcome: { status: record.status ?? 'failed:internal', message: record.statusMessage ?? '' },
          record,
          auditDir: '',
          auditFiles: [],
          auditHash: '',
          redact: createRedactor([]),
        })
      },
      notifiers: [new TeamsWorkflowNotifier(teams.webhookUrl)],
    }
    const result = await backlogJob(job)
    expect(result.status).toBe('failed:backlog')
    expect(ran).toEqual(['#1', '#2'])
    expect(teams.cards).toHaveLength(1)
    const card = teams.cards[0]
    expect(card?.body[0]).toMatchObject({ text: 'Nightly backlog: 2 tickets run', color: 'Attention' })
    const list = card?.body.find((element) => element.type === 'TextBlock' && element.text.startsWith('- '))
    expect(list?.type === 'TextBlock' && list.text.split('\r')).toEqual([
      '- [#1](https://github.com/acme/analytics/pull/3) Ticket #1 (pr-opened)',
      '- **#2** Leak \\*\\*\\* (failed:validation)',
    ])
    expect(JSON.stringify(teams.requests.map((request) => request.body))).not.toContain(TOKEN)
  })
})
