import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { verifyAudit } from '../../audit/verify-audit.js'
import { resolvePath, type McpContext } from '../mcp-context.js'
import { guarded, jsonResult } from '../tool-result.js'

export function registerVerifyAudit(server: McpServer, context: McpContext): void {
  server.registerTool(
    'verify_audit',
    {
      title: 'Verify an audit bundle',
      description:
        "Checks an Autopilot audit bundle (run.json, events.jsonl, diff.patch, pr-body.md) for edits, deletions, insertions and reordering. Pass the final hash from the run's log as `expect` to prove the bundle is the one the run wrote.",
      inputSchema: {
        dir: z.string().min(1).describe('The audit bundle folder (it holds run.json)'),
        expect: z
          .string()
          .regex(/^[0-9a-fA-F]{64}$/, 'must be the sha256 final hash (64 hex characters) the run printed')
          .optional(),
      },
    },
    (input) =>
      guarded(async () => {
        const result = await verifyAudit(resolvePath(context, input.dir), {
          ...(input.expect ? { expectedFinalHash: input.expect.toLowerCase() } : {}),
        })
        return jsonResult({ intact: result.ok, ...result })
      }),
  )
}
