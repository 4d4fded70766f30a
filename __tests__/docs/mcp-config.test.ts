import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import packageJson from '../../package.json' with { type: 'json' }
import { MCP_USAGE } from '../../src/mcp/serve-mcp.js'
import { repoRoot } from '../fakes/shop-copy.js'

// docs/mcp.md's Cursor and OpenCode snippets, parsed from the page: they must start this package's bin with
// the `mcp` command, with only flags the command takes.

async function snippetUnder(heading: string): Promise<unknown> {
  const page = await readFile(path.join(repoRoot, 'docs', 'mcp.md'), 'utf8')
  const section = page.split(/^## /m).find((part) => part.startsWith(`${heading}\n`))
  const json = section && /```json\n([\s\S]*?)```/.exec(section)?.[1]
  if (!json) throw new Error(`docs/mcp.md has no json block under "## ${heading}"`)
  return JSON.parse(json)
}

/** `npx -y dbt-autopilot mcp ...`: the arguments after `mcp`, checked against the package and the usage. */
function serverArgs(command: string[]): string[] {
  const [runner, ...rest] = command
  expect(runner).toBe('npx')
  const args = rest.filter((arg) => arg !== '-y')
  expect(args[0]).toBe(packageJson.name)
  expect(Object.keys(packageJson.bin)).toContain(args[0])
  expect(args[1]).toBe('mcp')
  const flags = args.slice(2).filter((arg) => arg.startsWith('--'))
  for (const flag of flags) expect(MCP_USAGE).toContain(`[${flag} `)
  return args.slice(2)
}

const environment = z.record(z.string(), z.string())

describe('docs/mcp.md', () => {
  it('the Cursor snippet (.cursor/mcp.json) runs `dbt-autopilot mcp`', async () => {
    const config = z
      .object({
        mcpServers: z.record(
          z.string(),
          z.object({ command: z.string(), args: z.array(z.string()), env: environment }),
        ),
      })
      .parse(await snippetUnder('Cursor'))
    const server = config.mcpServers['dbt-autopilot']
    expect(server).toBeDefined()
    expect(serverArgs([server!.command, ...server!.args])).toEqual(['--root', '${workspaceFolder}'])
    expect(Object.keys(server!.env)).toEqual(expect.arrayContaining(['JIRA_URL', 'GITHUB_TOKEN']))
  })

  it('the OpenCode snippet (opencode.json) runs `dbt-autopilot mcp` as a local server', async () => {
    const config = z
      .object({
        mcp: z.record(
          z.string(),
          z.object({ type: z.literal('local'), command: z.array(z.string()), environment }),
        ),
      })
      .parse(await snippetUnder('OpenCode'))
    const server = config.mcp['dbt-autopilot']
    expect(server).toBeDefined()
    expect(serverArgs(server!.command)).toEqual([])
  })

  it('no page tells anyone to run the `autopilot` package', async () => {
    const files = ['README.md', 'docs/security.md', 'docs/mcp.md', 'docs/architecture.md', 'action.yml']
    for (const file of files) {
      const text = await readFile(path.join(repoRoot, file), 'utf8')
      expect({
        file,
        hits: text.match(
          /npx autopilot(?![-\w`])|(?<![-\w/])autopilot (run|impact|context|verify-audit|mcp) /g,
        ),
      }).toEqual({
        file,
        hits: null,
      })
    }
  })
})
