import { MIN_SECRET_LENGTH } from '../../shared/redact.js'

/** Variables a dbt or sqlfluff process needs whatever the project: locale, time zone, proxies, CA files. */
const ALLOWED = new Set([
  'PATH',
  'LANG',
  'LANGUAGE',
  'TZ',
  'VIRTUAL_ENV',
  'PYTHONPATH',
  'PYTHONHOME',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
])
const ALLOWED_PREFIXES = ['LC_', 'DBT_']

/** Never passed in, even when the profile names them: the run's own credentials and the runner's. */
const DENIED =
  /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_PAT|ACTIONS_.*|INPUT_.*|RUNNER_.*|ANTHROPIC_.*|CLAUDE_.*|AWS_BEARER_TOKEN_BEDROCK|JIRA_.*|ATLASSIAN_.*)$/i

/** Names the profile (or dbt_project.yml) reads with `env_var('NAME')` or `env_var("NAME", default)`. */
export function envVarNames(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(/env_var\(\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\1/g))
    if (match[2]) names.add(match[2])
  return [...names]
}

export interface SandboxEnvironmentInput {
  inherited: NodeJS.ProcessEnv
  /** Variables the profile names: passed in unless denied. */
  named: readonly string[]
  /** The run's secret values: a variable holding one is left out whatever its name. */
  secrets: readonly (string | undefined)[]
  /** The private HOME. */
  home: string
}

/** The allow-listed environment of a sandboxed command, with `dropped` naming what was refused. */
export function sandboxEnvironment(input: SandboxEnvironmentInput): {
  env: Record<string, string>
  dropped: string[]
} {
  const secrets = input.secrets
    .map((value) => value?.trim() ?? '')
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
  const named = new Set(input.named)
  const env: Record<string, string> = {}
  const dropped: string[] = []
  for (const [name, value] of Object.entries(input.inherited)) {
    if (value === undefined) continue
    const allowed =
      ALLOWED.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix)) || named.has(name)
    if (!allowed) continue
    if (DENIED.test(name) || secrets.some((secret) => value.includes(secret))) {
      dropped.push(name)
      continue
    }
    env[name] = value
  }
  env.HOME = input.home
  env.DBT_SEND_ANONYMOUS_USAGE_STATS = 'false'
  return { env, dropped }
}
