import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import packageJson from '../../package.json' with { type: 'json' }
import { parseShop, replaceIn, type ParsedShop } from '../context/shop-manifest.js'
import { writeSampleBundle } from '../mcp/sample-bundle.js'
import { ROOT, runProcess, type ProcessResult } from './action-harness.js'

// The npm package as a user gets it: `npm pack`, installed offline into an empty folder (it has no runtime
// dependencies: dist/ bundles them), then its bin through npx.

let scratch: string
let project: string
let tarball: string
let base: ParsedShop
let removed: ParsedShop
const env = { PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`, HOME: process.env.HOME }

const npm = (args: string[], cwd: string): Promise<ProcessResult> =>
  runProcess('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: { ...process.env },
  })
const npx = (args: string[]): Promise<ProcessResult> =>
  // Offline: the bin must come from the folder's node_modules, never from the registry.
  runProcess('npx', ['dbt-autopilot', ...args], { cwd: project, env: { ...env, npm_config_offline: 'true' } })

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'packed-package-'))
  project = path.join(scratch, 'user')
  const [pack] = await Promise.all([
    npm(['pack', '--pack-destination', scratch, '--json'], ROOT),
    runProcess('mkdir', [project], { cwd: scratch, env }),
  ])
  expect({ code: pack.code, stderr: pack.stderr }).toMatchObject({ code: 0 })
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[]
  tarball = path.join(scratch, packed!.filename)
  const installed = await npm(['install', '--offline', tarball], project)
  expect({ code: installed.code, stderr: installed.stderr }).toMatchObject({ code: 0 })
  ;[base, removed] = await Promise.all([
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
  ])
}, 240_000)
afterAll(async () => {
  await Promise.all([base?.cleanup(), removed?.cleanup(), rm(scratch, { recursive: true, force: true })])
})

describe('the packed npm package', () => {
  it('holds the bundle and no sources, tests or runtime dependencies', async () => {
    const listing = await npm(['pack', '--dry-run', '--json'], ROOT)
    const [packed] = JSON.parse(listing.stdout) as { files: { path: string }[] }[]
    const files = packed!.files.map((file) => file.path)
    expect(files).toEqual(expect.arrayContaining(['package.json', 'bin/dbt-autopilot.js', 'dist/index.js']))
    expect(
      files.filter((file) => /^(src|__tests__|\.venv|examples|scripts|node_modules)\//.test(file)),
    ).toEqual([])
    const manifest = JSON.parse(
      await readFile(path.join(project, 'node_modules', 'dbt-autopilot', 'package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string> }
    expect(manifest.dependencies ?? {}).toEqual({})
    // Installed alone: nothing but the package itself under node_modules.
    expect(
      (await readdir(path.join(project, 'node_modules'))).filter((name) => !name.startsWith('.')),
    ).toEqual(['dbt-autopilot'])
  })

  it('answers --version and --help', async () => {
    const version = await npx(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` })
    const help = await npx(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: dbt-autopilot <command>')
    const bare = await npx([])
    expect(bare.code).toBe(0)
    expect(bare.stdout).toContain('Usage: dbt-autopilot <command>')
  })

  it('verifies an audit bundle given relative to the current folder', async () => {
    const { dir, finalHash } = await writeSampleBundle(project)
    const result = await npx(['verify-audit', path.basename(dir), '--expect', finalHash])
    expect(result).toMatchObject({ code: 0 })
    expect(result.stdout).toContain(`intact (`)
    expect(result.stdout).toContain(finalHash)
  })

  it('compares two manifests with impact and exits 1 on the breaking removal', async () => {
    const result = await npx(['impact', '--base', base.manifestPath, '--new', removed.manifestPath, '--json'])
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 1 })
    const impact = JSON.parse(result.stdout) as { summary: { breaking: number }; changed: { id: string }[] }
    expect(impact.changed.map((change) => change.id)).toContain('model.shop.orders')
    expect(impact.summary.breaking).toBeGreaterThanOrEqual(1)
  })

  it('serves MCP from the installed package, whose bundle needs nothing outside it', async () => {
    const client = new Client({ name: 'packed-test', version: '1.0.0' })
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [path.join(project, 'node_modules', 'dbt-autopilot', 'bin', 'dbt-autopilot.js'), 'mcp'],
        cwd: project,
        env: { PATH: env.PATH, HOME: env.HOME ?? '' },
        stderr: 'ignore',
      }),
    )
    try {
      const { tools } = await client.listTools()
      expect(tools).toHaveLength(7)
      const plan = await client.callTool({
        name: 'rollback_plan',
        arguments: { branch: 'autopilot/DATA-1', changed_models: ['orders'] },
      })
      expect(plan.isError).toBeFalsy()
    } finally {
      await client.close()
    }
  })
})
