import { AutopilotError } from '../../shared/autopilot-error.js'

/** `auto`: sandboxed when bubblewrap works, else unsandboxed and said so; `required`: fail closed. */
export type SandboxMode = 'auto' | 'required' | 'off'

/**
 * What a sandboxed command may see and do. The whole filesystem is read-only and `/tmp` is private;
 * `readOnly` paths are shown again on top of that (a checkout under `/tmp`), `hidden` ones are covered
 * (an empty folder, or an empty file), `writable` ones are the only places a write lands. Later entries
 * of each list win, and writable binds go last, so a writable folder inside a hidden one stays usable.
 */
export interface SandboxSpec {
  readOnly: string[]
  hidden: string[]
  writable: string[]
  /** The whole environment of the command: nothing else is inherited. */
  env: Record<string, string>
  network: boolean
}

/** How the run's model-written code was contained: the PR body and the job summary say it. */
export interface SandboxReport {
  mode: SandboxMode
  /** True when every dbt and sqlfluff command ran inside bubblewrap. */
  contained: boolean
  network?: boolean
  /** DuckDB targets: whether SQL's own file access was switched off, and if not, why. */
  externalAccess?: { disabled: boolean; reason?: string }
  /** Why the commands ran unsandboxed (`auto`), when they did. */
  reason?: string
}

/** `sandbox: required` and bubblewrap cannot run: nothing model-written is executed. */
export class SandboxError extends AutopilotError {
  constructor(message: string) {
    super('failed:config', message)
  }
}
