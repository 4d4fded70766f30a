import * as core from '@actions/core'
import type { Log } from '../shared/log.js'

/** Progress in the Actions log: one collapsible group per stage. */
export class ActionsLog implements Log {
  info(message: string): void {
    core.info(message)
  }
  warn(message: string): void {
    core.warning(message)
  }
  error(message: string): void {
    core.error(message)
  }
  debug(message: string): void {
    core.debug(message)
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn)
  }
}
