import { AutopilotError } from '../../shared/autopilot-error.js'
/**
 * dbt or its tooling could not do its part: dbt missing, the project unreadable, the base unparseable,
 * sqlfluff missing. The message says what to change. Failed builds are not errors: they are Validations.
 */
export class DbtError extends AutopilotError {
  constructor(message: string, options?: ErrorOptions) {
    super('failed:dbt', message, options)
  }
}
