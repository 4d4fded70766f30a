import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import type { McpContext } from '../mcp-context.js'
import { readTicket } from '../read-ticket.js'
import { guarded, jsonResult } from '../tool-result.js'

export const ticketInput = {
  ticket: z
    .string()
    .min(1)
    .describe('A Jira key (DATA-123), a GitHub issue (#42) or a ticket file (markdown or JSON) path'),
  ticket_source: z
    .enum(['auto', 'jira', 'github', 'file'])
    .default('auto')
    .describe('Where the ticket lives; auto decides by its shape'),
}

export function registerGetTicket(server: McpServer, context: McpContext): void {
  server.registerTool(
    'get_ticket',
    {
      title: 'Read a ticket',
      description:
        'Reads a ticket the way an Autopilot run does (file, Jira with JIRA_URL and JIRA_EMAIL/JIRA_API_TOKEN or JIRA_BEARER_TOKEN, GitHub issue with GITHUB_TOKEN and GITHUB_REPOSITORY) and returns it sanitized: hidden text, invisible characters and HTML comments removed, and which of those were found.',
      inputSchema: ticketInput,
    },
    ({ ticket, ticket_source }) =>
      guarded(async () => {
        const read = await readTicket(ticket, ticket_source, context)
        return jsonResult({ ticket: read.ticket, removed: read.removed })
      }),
  )
}
