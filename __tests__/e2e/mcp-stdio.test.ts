import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { jsonOf, textOf } from '../mcp/mcp-client.js'
import { writeSampleBundle } from '../mcp/sample-bundle.js'
import { BIN_DIR, ROOT } from './action-harness.js'

// `dbt-autopilot mcp` as an editor starts it: the npm bin (bin/dbt-autopilot.js, on the bundle in dist/)
// spawned by the SDK's own stdio client transport. Any line on stdout that is not the protocol would be a
// client error.

let scratch: string
let client: Client
let transport: StdioClientTransport
const errors: Error[] = []
let stderr = ''

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mcp-stdio-'))
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.join(ROOT, 'bin', 'dbt-autopilot.js'), 'mcp', '--root', scratch],
    env: { PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '' },
    stderr: 'pipe',
  })
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  client = new Client({ name: 'autopilot-e2e', version: '1.0.0' })
  client.onerror = (error) => errors.push(error)
  await client.connect(transport)
}, 60_000)
afterAll(async () => {
  await client?.close()
  await rm(scratch, { recursive: true, force: true })
})

describe('dbt-autopilot mcp over stdio', () => {
  it('announces itself with the package version and lists the seven tools', async () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'dbt-autopilot' })
    const { tools } = await client.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'check_contracts',
      'get_ticket',
      'impact',
      'rollback_plan',
      'select_context',
      'validate',
      'verify_audit',
    ])
  })

  it('verifies a bundle given relative to --root, and reports a missing manifest as a tool error', async () => {
    const { dir, finalHash } = await writeSampleBundle(scratch)
    const intact = await client.callTool({
      name: 'verify_audit',
      arguments: { dir: path.basename(dir), expect: finalHash },
    })
    expect(jsonOf(intact)).toMatchObject({ intact: true, finalHash })
    const missing = await client.callTool({
      name: 'impact',
      arguments: { base_manifest: 'a.json', new_manifest: 'b.json' },
    })
    expect(missing.isError).toBe(true)
    expect(textOf(missing)).toContain(path.join(scratch, 'a.json'))
    expect(errors).toEqual([])
  })

  it('ends with the client, having written nothing but the protocol to stdout', async () => {
    const pid = transport.pid
    expect(pid).toEqual(expect.any(Number))
    await client.close()
    expect(() => process.kill(pid!, 0)).toThrow()
    expect(errors).toEqual([])
    expect(stderr).not.toContain('Unexpected error')
  })
})
