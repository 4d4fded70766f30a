import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { readManifestGraph, UsageError } from '../../cli/command-io.js'
import { impactJson } from '../../cli/impact-command.js'
import { detectContractBreaks } from '../../impact/contracts.js'
import { computeImpact } from '../../impact/impact.js'
import { readProjectVars } from '../../project/project-vars.js'
import { resolvePath, type McpContext } from '../mcp-context.js'
import { guarded, jsonResult } from '../tool-result.js'

export const manifestPairInput = {
  base_manifest: z
    .string()
    .min(1)
    .describe('manifest.json before the change (e.g. production or the base branch)'),
  new_manifest: z.string().min(1).describe('manifest.json after the change'),
}

export function registerImpact(server: McpServer, context: McpContext): void {
  server.registerTool(
    'impact',
    {
      title: 'Impact of a change',
      description:
        "Compares two dbt manifests by dbt's state:modified rules: the changed nodes and why, everything downstream (models, tests, exposures, metrics), what `dbt ls -s state:modified+` selects, and contract findings. With both project folders, also the nodes reading a var whose value changed.",
      inputSchema: {
        ...manifestPairInput,
        base_project: z
          .string()
          .optional()
          .describe('The project folder of the base (for dbt_project.yml vars)'),
        new_project: z.string().optional().describe('The project folder of the change; with base_project'),
      },
    },
    (input) =>
      guarded(async () => {
        const [base, next] = await Promise.all([
          readManifestGraph(resolvePath(context, input.base_manifest)),
          readManifestGraph(resolvePath(context, input.new_manifest)),
        ])
        if ((input.base_project === undefined) !== (input.new_project === undefined))
          throw new UsageError(
            'base_project and new_project go together: pass both project folders, or neither.',
          )
        const vars =
          input.base_project !== undefined && input.new_project !== undefined
            ? {
                base: await readProjectVars(resolvePath(context, input.base_project)),
                next: await readProjectVars(resolvePath(context, input.new_project)),
              }
            : undefined
        const impact = computeImpact(base, next, vars ? { vars } : {})
        return jsonResult(impactJson(impact, detectContractBreaks(base, next)))
      }),
  )
}
