import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { createMcpServer } from '../../src/mcp/mcp-server.js'
import type { McpContext } from '../../src/mcp/mcp-context.js'
import type { Log } from '../../src/shared/log.js'

/** A log that keeps every line, so a test can see the server wrote nothing to stdout. */
export class KeptLog implements Log {
  readonly lines: string[] = []
  info(message: string): void {
    this.lines.push(message)
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`)
  }
  debug(): void {}
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(name)
    return fn()
  }
}

/** The SDK's own client connected in process to our server, over the SDK's in-memory transport. */
export async function connectInMemory(
  context: Partial<McpContext> & Pick<McpContext, 'cwd'>,
): Promise<{ client: Client; close: () => Promise<void> }> {
  const server = createMcpServer({
    env: {},
    log: new KeptLog(),
    dbt: { executable: 'dbt', sqlfluffExecutable: 'sqlfluff', sandbox: 'auto' },
    ...context,
  })
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
  const client = new Client({ name: 'autopilot-test', version: '1.0.0' })
  await Promise.all([server.connect(serverSide), client.connect(clientSide)])
  return {
    client,
    close: async () => {
      await client.close()
      await server.close()
    },
  }
}

/** A tool's text content; tool errors come back as results with `isError`. */
export function textOf(result: unknown): string {
  const content = (result as CallToolResult).content
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('')
}

export function jsonOf(result: unknown): Record<string, unknown> {
  return JSON.parse(textOf(result)) as Record<string, unknown>
}
