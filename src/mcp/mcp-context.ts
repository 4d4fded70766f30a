import path from 'node:path'
import type { SandboxMode } from '../adapters/sandbox/sandbox-spec.js'
import type { Log } from '../shared/log.js'

/** What every tool is given: where relative paths start, the environment (credentials), the log (stderr). */
export interface McpContext {
  cwd: string
  env: NodeJS.ProcessEnv
  log: Log
  /** The executables `validate` starts and how they are contained: the server's flags, never a tool's input. */
  dbt: { executable: string; sqlfluffExecutable: string; sandbox: SandboxMode }
}

/** A path a client passed, from the server's working folder (the folder the client started it in). */
export function resolvePath(context: McpContext, file: string): string {
  return path.resolve(context.cwd, file)
}
