import type { Log } from './log.js'
import type { Redactor } from './redact.js'

/** A log whose every line passes the run's redactor first, group names included. */
export function redactingLog(log: Log, redact: Redactor): Log {
  return {
    info: (message) => log.info(redact(message)),
    warn: (message) => log.warn(redact(message)),
    error: (message) => log.error(redact(message)),
    debug: (message) => log.debug(redact(message)),
    group: (name, fn) => log.group(redact(name), fn),
  }
}
