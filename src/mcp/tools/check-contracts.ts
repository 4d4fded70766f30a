import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { readManifestGraph } from '../../cli/command-io.js'
import { detectContractBreaks } from '../../impact/contracts.js'
import { resolvePath, type McpContext } from '../mcp-context.js'
import { guarded, jsonResult } from '../tool-result.js'
import { manifestPairInput } from './impact.js'

export function registerCheckContracts(server: McpServer, context: McpContext): void {
  server.registerTool(
    'check_contracts',
    {
      title: 'Check model contracts',
      description:
        'The contract findings between two dbt manifests: removed or retyped columns of contracted models, narrowed access, removed versions, changed metrics an exposure uses. Each finding has its severity (breaking or warning) and what to do.',
      inputSchema: manifestPairInput,
    },
    (input) =>
      guarded(async () => {
        const [base, next] = await Promise.all([
          readManifestGraph(resolvePath(context, input.base_manifest)),
          readManifestGraph(resolvePath(context, input.new_manifest)),
        ])
        const findings = detectContractBreaks(base, next)
        const breaking = findings.filter((finding) => finding.severity === 'breaking').length
        return jsonResult({ breaking, warnings: findings.length - breaking, findings })
      }),
  )
}
