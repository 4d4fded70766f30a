import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { PACKAGE_VERSION } from '../cli/package-version.js'
import type { McpContext } from './mcp-context.js'
import { registerCheckContracts } from './tools/check-contracts.js'
import { registerGetTicket } from './tools/get-ticket.js'
import { registerImpact } from './tools/impact.js'
import { registerRollbackPlan } from './tools/rollback-plan.js'
import { registerSelectContext } from './tools/select-context.js'
import { registerValidate } from './tools/validate.js'
import { registerVerifyAudit } from './tools/verify-audit.js'

/** The MCP server with every tool: each a thin call into the code a run uses. */
export function createMcpServer(context: McpContext): McpServer {
  const server = new McpServer({ name: 'dbt-autopilot', version: PACKAGE_VERSION })
  registerGetTicket(server, context)
  registerSelectContext(server, context)
  registerImpact(server, context)
  registerCheckContracts(server, context)
  registerValidate(server, context)
  registerRollbackPlan(server, context)
  registerVerifyAudit(server, context)
  return server
}
