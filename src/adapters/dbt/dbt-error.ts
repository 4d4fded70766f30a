/**
 * dbt or its tooling could not do its part: dbt missing, the project unreadable, the base unparseable,
 * sqlfluff missing. The message says what to change. Failed builds are not errors: they are Validations.
 */
export class DbtError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'DbtError'
  }
}
