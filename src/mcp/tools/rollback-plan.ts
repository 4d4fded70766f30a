import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { readManifestGraph } from '../../cli/command-io.js'
import type { ManifestGraph } from '../../project/graph.js'
import { rollbackPlan } from '../../report/rollback.js'
import { resolvePath, type McpContext } from '../mcp-context.js'
import { guarded, jsonResult } from '../tool-result.js'

export function registerRollbackPlan(server: McpServer, context: McpContext): void {
  server.registerTool(
    'rollback_plan',
    {
      title: 'Plan a rollback',
      description:
        'How to withdraw a change before merge (close the PR or delete the branch), revert it after merge, and the dbt commands that rebuild what it touched (incremental models with --full-refresh when a manifest says which they are).',
      inputSchema: {
        branch: z.string().min(1).describe('The branch holding the change'),
        changed_models: z.array(z.string().min(1)).describe('Names of the dbt models the change touched'),
        pr_number: z.number().int().positive().optional(),
        commit_sha: z
          .string()
          .regex(/^[0-9a-f]{7,64}$/)
          .optional(),
        manifest: z.string().optional().describe('A manifest.json, for the materialization of each model'),
      },
    },
    (input) =>
      guarded(async () => {
        const materializations = input.manifest
          ? materializationsOf(
              await readManifestGraph(resolvePath(context, input.manifest)),
              input.changed_models,
            )
          : undefined
        const { markdown, ...plan } = rollbackPlan({
          branch: input.branch,
          changedModels: input.changed_models,
          ...(input.pr_number !== undefined ? { prNumber: input.pr_number } : {}),
          ...(input.commit_sha ? { commitSha: input.commit_sha } : {}),
          ...(materializations ? { materializations } : {}),
        })
        return jsonResult({ ...plan, markdown })
      }),
  )
}

function materializationsOf(graph: ManifestGraph, models: readonly string[]): Record<string, string> {
  const known: Record<string, string> = {}
  for (const model of models) {
    const materialized = graph.byName(model, 'model')[0]?.materialized
    if (materialized) known[model] = materialized
  }
  return known
}
