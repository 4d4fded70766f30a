/** The npm package and its command. Never `autopilot`: that name on npm is someone else's package. */
export const CLI_NAME = 'dbt-autopilot'
