import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { readManifestGraph } from '../../cli/command-io.js'
import { projectDirOf } from '../../cli/context-command.js'
import { DEFAULT_CONTEXT_BUDGET, selectContext } from '../../context/select-context.js'
import { resolvePath, type McpContext } from '../mcp-context.js'
import { readTicket } from '../read-ticket.js'
import { guarded, jsonResult } from '../tool-result.js'
import { ticketInput } from './get-ticket.js'

export function registerSelectContext(server: McpServer, context: McpContext): void {
  server.registerTool(
    'select_context',
    {
      title: 'Select the context for a ticket',
      description:
        "Ranks the dbt nodes a ticket is about, from a manifest.json, as a run does before the agent's first turn: each node with its score, why it was chosen, full or map-line detail, and the text the agent would be shown.",
      inputSchema: {
        manifest: z
          .string()
          .min(1)
          .describe('Path of a manifest.json `dbt parse` wrote (target/manifest.json)'),
        ...ticketInput,
        budget_tokens: z.number().int().positive().default(DEFAULT_CONTEXT_BUDGET),
        depth: z.number().int().min(0).max(5).default(1).describe('Lineage steps followed from a match'),
        project_dir: z
          .string()
          .optional()
          .describe('The dbt project (for SQL files); default: the folder above target/'),
      },
    },
    (input) =>
      guarded(async () => {
        const manifest = resolvePath(context, input.manifest)
        const projectDir = input.project_dir
          ? resolvePath(context, input.project_dir)
          : projectDirOf(manifest)
        const [graph, { ticket }] = await Promise.all([
          readManifestGraph(manifest),
          readTicket(input.ticket, input.ticket_source, context),
        ])
        const selection = await selectContext(ticket, graph, projectDir, {
          budgetTokens: input.budget_tokens,
          depth: input.depth,
        })
        return jsonResult({
          ticket: ticket.key,
          budgetTokens: input.budget_tokens,
          depth: input.depth,
          ...selection,
        })
      }),
  )
}
