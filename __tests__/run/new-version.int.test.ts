import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'
import { startScriptedMessagesServer } from '../../src/demo/scripted-messages-server.js'
import { readRunEnvironment } from '../../src/config/run-environment.js'
import { MemoryLog } from '../../src/shared/log.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { runTicket, type TicketRun } from '../../src/run/run-ticket.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'
import { toolTurn } from '../fakes/script-turns.js'

// `on-breaking-change: new-version` with real dbt: the model renames a column of the contracted `orders`
// mart, the contract check finds it breaking, the same session is asked for a new model version instead,
// and the second change (v1 as it was, v2 with the rename, `latest_version: 1`) validates and breaks nothing.

const tool = (id: string, name: string, input: Record<string, unknown>) => toolTurn(name, input, id)
const PAID_YAML = '      - name: is_paid\n        data_type: boolean\n'
const RENAMED_YAML = '      - name: is_fully_paid\n        data_type: boolean\n'

describe('on-breaking-change: new-version', () => {
  let repoDir: string
  let outDir: string
  let result: TicketRun
  let server: Awaited<ReturnType<typeof startScriptedMessagesServer>>

  beforeAll(async () => {
    repoDir = await copyShopProject()
    const git = new SpawnCommandRunner()
    const env = {
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@x.test',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@x.test',
    }
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '-A'],
      ['commit', '-q', '-m', 'shop'],
    ])
      await git.run('git', args, { cwd: repoDir, env })
    const ordersSql = await readFile(path.join(repoDir, 'models/marts/orders.sql'), 'utf8')
    outDir = await mkdtemp(path.join(tmpdir(), 'new-version-out-'))
    const ticketFile = path.join(outDir, 'ticket.md')
    await writeFile(
      ticketFile,
      '---\nkey: DATA-9\ntitle: Rename is_paid to is_fully_paid on orders\n---\nRename the is_paid column of the orders mart to is_fully_paid.\n',
    )
    server = await startScriptedMessagesServer({
      apiKey: 'sk-ant-version',
      script: [
        // The breaking change the ticket literally asks for.
        tool('t1', 'edit_file', {
          path: 'models/marts/orders.sql',
          old: 'as is_paid',
          new: 'as is_fully_paid',
        }),
        tool('t2', 'edit_file', { path: 'models/marts/_marts.yml', old: PAID_YAML, new: RENAMED_YAML }),
        tool('t3', 'finish', { summary: 'Renamed is_paid to is_fully_paid.' }),
        // Asked for a new version: v1 restored, v2 carries the rename, ref('orders') stays on v1.
        tool('t4', 'edit_file', {
          path: 'models/marts/orders.sql',
          old: 'as is_fully_paid',
          new: 'as is_paid',
        }),
        tool('t5', 'write_file', {
          path: 'models/marts/orders_v2.sql',
          content: ordersSql.replace('as is_paid', 'as is_fully_paid'),
        }),
        tool('t6', 'edit_file', {
          path: 'models/marts/_marts.yml',
          old: RENAMED_YAML,
          new: `${PAID_YAML}    versions:\n      - v: 1\n        defined_in: orders\n      - v: 2\n        columns:\n          - include: all\n            exclude: [is_paid]\n${RENAMED_YAML.replace('      - ', '          - ').replace('        data_type', '            data_type')}`,
        }),
        tool('t7', 'edit_file', {
          path: 'models/marts/_marts.yml',
          old: '    description: One row per order with its totals. Contracted; other teams read it.\n',
          new: '    description: One row per order with its totals. Contracted; other teams read it.\n    latest_version: 1\n',
        }),
        tool('t8', 'finish', { summary: 'orders v2 renames is_paid to is_fully_paid; v1 stays the latest.' }),
      ],
    })
    const settings = parseSettings({
      ...defaultInputs(),
      ticket: ticketFile,
      'ticket-source': 'file',
      'dry-run': 'true',
      'upload-artifact': 'false',
      'on-breaking-change': 'new-version',
      'anthropic-api-key': 'sk-ant-version',
      'anthropic-base-url': server.url,
      'dbt-executable': toolPath('dbt'),
      'sqlfluff-executable': toolPath('sqlfluff'),
    })
    result = await runTicket({
      settings,
      environment: readRunEnvironment({}),
      log: new MemoryLog(),
      repoDir,
      outDir,
    })
  }, 400_000)
  afterAll(async () => {
    await server.close()
    await Promise.all([repoDir, outDir].map((dir) => rm(dir, { recursive: true, force: true })))
  })

  it('asks the same session for a new model version, naming the breaking finding', () => {
    expect(server.messageRequests).toHaveLength(8)
    const request = JSON.stringify(server.messageRequests[3]?.body)
    expect(request).toContain('<contract_findings>')
    expect(request).toContain('model.shop.orders')
    expect(request).toContain('latest_version')
  })

  it('validates the versioned change and publishes it as breaking nothing', () => {
    const { record } = result
    expect({ ...result.outcome, draft: record.stages.change?.draftReason }).toEqual({
      status: 'dry-run',
      message: expect.any(String),
      draft: undefined,
    })
    expect(record.validations.map((v) => [v.round, v.ok, v.cause])).toEqual([
      [1, true, 'change'],
      [2, true, 'new-version'],
    ])
    expect([...record.changedFiles].sort()).toEqual(['models/marts/_marts.yml', 'models/marts/orders_v2.sql'])
    // Nothing breaks; adding versions renames the old relation, which is advice for consumers outside dbt.
    expect(record.stages.impact?.findings.filter((f) => f.severity === 'breaking')).toEqual([])
    expect(record.stages.impact?.findings.map((f) => f.rule)).toEqual(['relation-renamed'])
  })
})
