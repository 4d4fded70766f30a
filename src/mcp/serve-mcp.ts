import path from 'node:path'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { ConsoleLog } from '../cli/console-log.js'
import { flagCommand, UsageError } from '../cli/command-io.js'
import { createMcpServer } from './mcp-server.js'

export const MCP_USAGE = `Usage: dbt-autopilot mcp [--root <dir>] [--dbt-executable <exe>] [--sqlfluff-executable <exe>]
                         [--sandbox auto|required|off]
  An MCP server on stdin/stdout for an editor's agent (Cursor, OpenCode...): tools get_ticket, select_context,
  impact, check_contracts, validate, rollback_plan, verify_audit. Relative paths are from --root (default:
  the folder the client starts it in); credentials come from the environment (JIRA_*, GITHUB_TOKEN, GITHUB_REPOSITORY).
  The flags choose what \`validate\` starts (default: dbt and sqlfluff on PATH, sandbox auto). Logs go to
  stderr. Configuration for Cursor and OpenCode: docs/mcp.md. Exit codes: 0 the client closed, 2 usage error.`

/** `dbt-autopilot mcp`: serves until the client closes stdin. Nothing but the protocol goes to stdout. */
export const runMcpCommand = (args: string[]): Promise<number> =>
  flagCommand(
    MCP_USAGE,
    {
      root: { type: 'string', default: '.' },
      'dbt-executable': { type: 'string', default: 'dbt' },
      'sqlfluff-executable': { type: 'string', default: 'sqlfluff' },
      sandbox: { type: 'string', default: 'auto' },
    },
    async (flags) => {
      const sandbox = flags.sandbox
      if (sandbox !== 'auto' && sandbox !== 'required' && sandbox !== 'off')
        throw new UsageError(`--sandbox must be auto, required or off, got "${sandbox}".\n${MCP_USAGE}`)
      const log = new ConsoleLog(process.stderr)
      const server = createMcpServer({
        cwd: path.resolve(flags.root),
        env: process.env,
        log,
        dbt: {
          executable: flags['dbt-executable'],
          sqlfluffExecutable: flags['sqlfluff-executable'],
          sandbox,
        },
      })
      const transport = new StdioServerTransport()
      await server.connect(transport)
      const closed = new Promise<void>((resolve) => (server.server.onclose = resolve))
      process.stdin.once('end', () => void server.close())
      await closed
      return 0
    },
  )(args, process.stderr, process.stderr)
