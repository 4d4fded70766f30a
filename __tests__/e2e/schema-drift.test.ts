import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import {
  BIN_DIR,
  checkout,
  git,
  makeRepository,
  runAction,
  runProcess,
  writeEventPayload,
} from './action-harness.js'
import { toolTurn } from '../fakes/script-turns.js'

// `mode: detect-schema-drift` on the bundled dist/: the warehouse (DuckDB, loaded by real dbt) no longer
// matches the source YAML; one dbt docs generate finds it, the scripted model follows the drift ticket, real
// dbt and sqlfluff validate, and a PR carrying the findings is opened. A matching warehouse ends `no-drift`.

const tool = (id: string, name: string, input: Record<string, unknown>) => toolTurn(name, input, id)
const TOKEN = 'ghs_driftTestToken00000000000000000000'
const ANTHROPIC_KEY = 'sk-ant-drift-test-key'

const DRIFT_SCRIPT: ScriptTurn[] = [
  tool('toolu_1', 'edit_file', {
    path: 'models/staging/_sources.yml',
    old: '          - name: last_name\n            data_type: varchar\n            description: Last name as entered at signup.\n',
    new: '',
  }),
  tool('toolu_2', 'edit_file', {
    path: 'models/staging/_sources.yml',
    old: '            description: Day the account was created.\n',
    new: '            description: Day the account was created.\n          - name: phone\n            data_type: varchar\n            description: Phone number given at signup.\n',
  }),
  tool('toolu_3', 'write_file', {
    path: 'models/staging/stg_customers.sql',
    content:
      "-- depends_on: {{ ref('raw_customers') }}\nselect\n    id as customer_id,\n    first_name,\n    -- last_name is gone from the source; kept as null so downstream models keep their shape.\n    cast(null as varchar) as last_name,\n    email,\n    signup_date,\n    phone\nfrom {{ source('raw', 'customers') }}\n",
  }),
  tool('toolu_4', 'finish', { summary: 'Source YAML follows the warehouse; stg_customers carries phone.' }),
  // The drift's readers span two layers, so the change is phased: the marts phase finds nothing to change.
  tool('toolu_5', 'finish', { summary: 'customers still reads last_name, which staging keeps as null.' }),
]

describe('mode: detect-schema-drift (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let github: GitHubFake
  let eventPath: string
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    repo = await makeRepository()
    github = await startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKEN })
    servers.push(github)
    eventPath = await writeEventPayload(repo.root, 'workflow_dispatch')
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  /** A checkout whose warehouse `dbt seed` loaded from the checked-in raw exports. */
  async function checkoutWithWarehouse() {
    const workspace = await checkout(repo)
    const seed = await runProcess(path.join(BIN_DIR, 'dbt'), ['seed', '--profiles-dir', '.'], {
      cwd: path.join(workspace, 'analytics'),
      env: { ...process.env, DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
    })
    if (seed.code !== 0) throw new Error(`dbt seed failed: ${seed.stdout.slice(-2000)}`)
    return workspace
  }

  async function detect(workspace: string, script: ScriptTurn[]) {
    const anthropic = await startScriptedMessagesServer({ script, apiKey: ANTHROPIC_KEY })
    servers.push(anthropic)
    const result = await runAction({
      dir: repo.root,
      workspace,
      inputs: {
        mode: 'detect-schema-drift',
        'anthropic-api-key': ANTHROPIC_KEY,
        'anthropic-base-url': anthropic.url,
        'github-token': TOKEN,
        'project-dir': 'analytics',
        'upload-artifact': 'false',
      },
      env: {
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/analytics',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '5151',
      },
    })
    return { ...result, anthropic }
  }

  it('ends no-drift, green and without a model call, when the warehouse matches the YAML', async () => {
    const workspace = await checkoutWithWarehouse()
    const run = await detect(workspace, [])
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr.slice(-2000) }).toMatchObject({
      code: 0,
      status: 'no-drift',
    })
    expect(run.anthropic.messageRequests).toHaveLength(0)
    expect(run.stdout).toMatch(
      /No schema drift: the warehouse matches the YAML for \d+ column\(s\) of 5 source table\(s\)/,
    )
    expect(run.summary).toContain('No schema drift')
  }, 300_000)

  it('turns drift into a validated PR that lists what changed and who reads it', async () => {
    // The shop's export now drops last_name and adds phone; nobody updated the source YAML.
    const clone = await checkout(repo)
    const csvPath = path.join(clone, 'analytics', 'seeds', 'raw_customers.csv')
    const rows = (await readFile(csvPath, 'utf8')).trim().split('\n')
    const changed = rows.map((line, index) => {
      const [id, first, , email, signup] = line.split(',')
      return index === 0
        ? 'id,first_name,email,signup_date,phone'
        : `${id},${first},${email},${signup},+1-555-01${String(index).padStart(2, '0')}`
    })
    await writeFile(csvPath, `${changed.join('\n')}\n`)
    await git(clone, 'commit', '-qam', 'New customers export: phone added, last_name dropped')
    await git(clone, 'push', '-q', 'origin', 'main')
    const workspace = await checkoutWithWarehouse()
    const run = await detect(workspace, DRIFT_SCRIPT)
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr.slice(-2000) }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })
    expect(run.outputs.branch).toBe('autopilot/schema-drift')

    // The model was given the findings and the instructions as its ticket.
    const firstRequest = JSON.stringify(run.anthropic.messageRequests[0]?.body)
    expect(firstRequest).toContain('Added in the warehouse: `phone`')
    expect(firstRequest).toContain('cast(null as <declared type>)')

    await git(clone, 'fetch', '-q', 'origin')
    const files = await git(clone, 'diff', '--name-only', 'origin/main', 'origin/autopilot/schema-drift')
    expect(files.split('\n').sort()).toEqual([
      'analytics/models/staging/_sources.yml',
      'analytics/models/staging/stg_customers.sql',
    ])

    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]
    expect(pr).toMatchObject({ head: 'autopilot/schema-drift', draft: false })
    expect(pr?.title).toMatch(
      /^schema-drift: Follow the warehouse: 2 column change\(s\) in 1 source table\(s\)$/,
    )
    expect(pr?.body).toContain('### Schema drift')
    expect(pr?.body).toContain(
      'Gone from the warehouse: `last_name` (declared `varchar`) — read by `stg_customers`, `customers`',
    )
    expect(pr?.body).toMatch(/dbt build[^\n]*passed|✅/)
  }, 300_000)
})
