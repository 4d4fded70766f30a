import { INPUTS } from './inputs.js'

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
  'gitlab-url': 'CI_SERVER_URL',
  'gitlab-project': 'CI_PROJECT_PATH',
  'gitlab-token': 'GITLAB_TOKEN',
  'slack-webhook-url': 'SLACK_WEBHOOK_URL',
  'slack-bot-token': 'SLACK_BOT_TOKEN',
  'slack-channel': 'SLACK_CHANNEL',
  'teams-webhook-url': 'TEAMS_WEBHOOK_URL',
  'notify-on': 'NOTIFY_ON',
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

const INPUT_NAMES = new Set(INPUTS.map((input) => input.name))

/**
 * A message written for the Action, in the words of a terminal: input `x` becomes `--x` (with its
 * environment variable), `with: x: v` becomes the flag or variable, and workflow expressions are dropped.
 * The terminal's views (log, report, errors) and the MCP server's tool errors pass their text through it.
 */
export function inTerminalWords(message: string): string {
  return message
    .replace(/\s*\((?:e\.g\.|the default) `\$\{\{[^)]*\)/g, '')
    .replace(/`with: ([a-z-]+): ([^`]*)`/g, (whole, name: string, value: string) =>
      INPUT_NAMES.has(name)
        ? value.includes('${{')
          ? inputLabel(name, 'terminal')
          : settingHint(name, value, 'terminal')
        : whole,
    )
    .replace(/`dry-run: true`/g, '`--dry-run`')
    .replace(/\b[Ii]nputs `([a-z-]+)` and `([a-z-]+)`/g, (whole, a: string, b: string) =>
      INPUT_NAMES.has(a) && INPUT_NAMES.has(b)
        ? `${inputLabel(a, 'terminal')} and ${inputLabel(b, 'terminal')}`
        : whole,
    )
    .replace(/\b([Ii])nputs? `([a-z-]+)`/g, (whole, _initial: string, name: string) =>
      INPUT_NAMES.has(name) ? inputLabel(name, 'terminal') : whole,
    )
}
