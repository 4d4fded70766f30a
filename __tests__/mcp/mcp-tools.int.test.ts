import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { access, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { parseShop, replaceIn, type ParsedShop } from '../context/shop-manifest.js'
import { copyShopProject, repoRoot, toolPath } from '../fakes/shop-copy.js'
import { connectInMemory, jsonOf, KeptLog } from './mcp-client.js'

// The tools that read manifests or start dbt, through the SDK's client: manifests from parseShop (shared
// with the other suites), and one `validate` call (a base parse and one slim build).

const git = promisify(execFile)
const demoTicket = path.join(repoRoot, 'examples', 'demo', 'ticket.md')
let base: ParsedShop
let removed: ParsedShop
let client: Client
let close: () => Promise<void>
let project: string
const log = new KeptLog()

beforeAll(async () => {
  ;[base, removed, project] = await Promise.all([
    parseShop(),
    parseShop(async (dir) => {
      await replaceIn(dir, 'models/marts/orders.sql', '    totals.amount_paid,\n', '')
      await replaceIn(
        dir,
        'models/marts/_marts.yml',
        '      - name: amount_paid\n        data_type: decimal(38, 2)\n',
        '',
      )
    }),
    copyShopProject(),
  ])
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['-c', 'user.name=T', '-c', 'user.email=t@x.test', 'commit', '-q', '-m', 'shop'],
  ])
    await git('git', args, { cwd: project })
  ;({ client, close } = await connectInMemory({
    cwd: project,
    log,
    dbt: { executable: toolPath('dbt'), sqlfluffExecutable: toolPath('sqlfluff'), sandbox: 'auto' },
  }))
}, 240_000)
afterAll(async () => {
  await close()
  await Promise.all([base?.cleanup(), removed?.cleanup(), rm(project, { recursive: true, force: true })])
})

describe('MCP tools on the shop', () => {
  it('impact names the changed mart, what is downstream and the breaking removal', async () => {
    const result = jsonOf(
      await client.callTool({
        name: 'impact',
        arguments: { base_manifest: base.manifestPath, new_manifest: removed.manifestPath },
      }),
    ) as {
      summary: { changed: number; breaking: number }
      changed: { id: string }[]
      selected: string[]
    }
    expect(result.changed.map((change) => change.id)).toContain('model.shop.orders')
    expect(result.summary.breaking).toBeGreaterThanOrEqual(1)
    expect(result.selected).toContain('model.shop.orders')
  })

  it('check_contracts lists the removed contracted column as breaking, with what to do', async () => {
    const result = jsonOf(
      await client.callTool({
        name: 'check_contracts',
        arguments: { base_manifest: base.manifestPath, new_manifest: removed.manifestPath },
      }),
    ) as { breaking: number; findings: { node: string; severity: string; message: string; action: string }[] }
    expect(result.breaking).toBeGreaterThanOrEqual(1)
    const finding = result.findings.find((f) => f.node === 'model.shop.orders' && f.severity === 'breaking')
    expect(finding?.message).toContain('amount_paid')
    expect(finding?.action.length).toBeGreaterThan(10)
    const same = jsonOf(
      await client.callTool({
        name: 'check_contracts',
        arguments: { base_manifest: base.manifestPath, new_manifest: base.manifestPath },
      }),
    )
    expect(same).toMatchObject({ breaking: 0, warnings: 0, findings: [] })
  })

  it('select_context ranks the customers mart first for the demo ticket', async () => {
    const result = jsonOf(
      await client.callTool({
        name: 'select_context',
        arguments: { manifest: base.manifestPath, ticket: demoTicket, budget_tokens: 4000 },
      }),
    ) as { ticket: string; items: { id: string; score: number; why: string[] }[]; tokens: number }
    expect(result.ticket).toBe('DEMO-1')
    expect(result.items[0]?.id).toBe('model.shop.customers')
    expect(result.items[0]?.why.length).toBeGreaterThan(0)
    expect(result.tokens).toBeLessThanOrEqual(4000)
  })

  it('rollback_plan reads materializations from a manifest', async () => {
    const plan = jsonOf(
      await client.callTool({
        name: 'rollback_plan',
        arguments: { branch: 'autopilot/DEMO-1', changed_models: ['customers'], manifest: base.manifestPath },
      }),
    ) as { rebuild: string[] }
    expect(plan.rebuild).toEqual(['dbt build --select customers+'])
  })

  it("validate builds the working tree's change in a scratch copy and leaves the checkout as it was", async () => {
    await replaceIn(
      project,
      'models/marts/customers.sql',
      '        count(*) as number_of_orders,\n',
      "        count(*) as number_of_orders,\n        count(*) filter (where status = 'completed') as completed_orders,\n",
    )
    await replaceIn(
      project,
      'models/marts/customers.sql',
      '    coalesce(customer_orders.number_of_orders, 0) as number_of_orders,\n',
      '    coalesce(customer_orders.number_of_orders, 0) as number_of_orders,\n    coalesce(customer_orders.completed_orders, 0) as completed_orders,\n',
    )
    const edited = await readFile(path.join(project, 'models/marts/customers.sql'), 'utf8')
    await writeFile(path.join(project, 'notes.txt'), 'outside the models\n')
    const result = jsonOf(await client.callTool({ name: 'validate', arguments: {} })) as {
      ok: boolean
      changedFiles: string[]
      sandbox?: { mode: string; contained: boolean }
      base: { sha: string; mode: string }
      validation: {
        changedModels: string[]
        dbt: { ok: boolean; command: string; results: { uniqueId: string; status: string }[] }
      }
    }
    expect(result.changedFiles).toEqual(['models/marts/customers.sql', 'notes.txt'])
    expect(result.base).toMatchObject({ mode: 'with-parents', sha: expect.stringMatching(/^[0-9a-f]{40}$/) })
    expect(result.sandbox?.mode).toBe('auto')
    expect(result.validation.changedModels).toEqual(['customers'])
    expect(result.validation.dbt.command).toContain('build')
    const customers = result.validation.dbt.results.find((r) => r.uniqueId === 'model.shop.customers')
    expect(customers?.status).toBe('success')
    expect(result.ok).toBe(true)
    // The checkout is only read: no target folder, no database, the edit still there.
    await expect(access(path.join(project, 'target'))).rejects.toThrow()
    expect(await readFile(path.join(project, 'models/marts/customers.sql'), 'utf8')).toBe(edited)
    expect(log.lines.join('\n')).toContain('dbt')
  }, 240_000)
})
