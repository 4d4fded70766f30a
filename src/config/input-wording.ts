/**
 * Where the inputs were given, so a message names them the way the reader set them: `with:` keys in a
 * workflow (`action`), flags and environment variables on a terminal or in an MCP client's config (`terminal`).
 */
export type Surface = 'action' | 'terminal'

/** Inputs a person sets through the environment on a terminal (secrets and services), by input name. */
export const INPUT_ENVIRONMENT: Readonly<Record<string, string>> = {
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'anthropic-base-url': 'ANTHROPIC_BASE_URL',
  'jira-url': 'JIRA_URL',
  'jira-email': 'JIRA_EMAIL',
  'jira-api-token': 'JIRA_API_TOKEN',
  'jira-bearer-token': 'JIRA_BEARER_TOKEN',
  'github-token': 'GITHUB_TOKEN',
}

/** The input as the reader set it: input `jira-url`, or `--jira-url` / `JIRA_URL`. */
export function inputLabel(name: string, surface: Surface = 'action'): string {
  if (surface === 'action') return `input \`${name}\``
  const env = INPUT_ENVIRONMENT[name]
  return env ? `\`--${name}\` / \`${env}\`` : `\`--${name}\``
}

/** How to give an input a value: `with: name: value`, or `--name value` (or `ENV=value`). */
export function settingHint(name: string, value: string, surface: Surface = 'action'): string {
  if (surface === 'action') return `\`with: ${name}: ${value}\``
  const env = INPUT_ENVIRONMENT[name]
  return env ? `\`${env}=${value}\` (or \`--${name} ${value}\`)` : `\`--${name} ${value}\``
}

/** Inputs from the environment variables a person sets for a local run. */
export function inputsFromEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(INPUT_ENVIRONMENT)
      .map(([input, variable]) => [input, env[variable]] as const)
      .filter((pair): pair is readonly [string, string] => Boolean(pair[1])),
  )
}
