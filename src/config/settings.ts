import { AutopilotError } from '../shared/autopilot-error.js'
import { z } from 'zod'
import { DEFAULT_PRICES, PriceTableSchema, type PriceTable } from './prices.js'
import { INPUTS } from './inputs.js'
import type { SandboxMode } from '../adapters/sandbox/sandbox-spec.js'
import { parse as parseYaml } from 'yaml'
import { LayerConfigSchema, layerRulesOf, type LayerRule } from '../project/layers.js'
import { NOTIFY_EVENTS, type NotifyEvent } from '../notify/notification.js'
import { inputLabel, settingHint, type Surface } from './input-wording.js'

/** Raised for input that cannot be used; the message names the input and what is allowed. */
export class SettingsError extends AutopilotError {
  constructor(message: string) {
    super('failed:config', message)
  }
}

const text = z.string().trim()
const optionalText = text.transform((value) => (value === '' ? undefined : value))
const bool = text
  .toLowerCase()
  .pipe(
    z.enum(['true', 'false'], { error: 'must be `true` or `false`' }).transform((value) => value === 'true'),
  )
// Plain decimal only: Number() would also take '', '0x10' and '1e3'.
const count = (min: number) =>
  text
    .regex(/^-?\d+$/, 'must be a whole number such as 3')
    .pipe(z.coerce.number<string>().int().min(min, `must be at least ${min}`))
const positive = text
  .regex(/^-?\d+(\.\d+)?$/, 'must be a number such as 2.5')
  .pipe(z.coerce.number<string>().positive('must be more than 0'))
const url = optionalText.pipe(z.url({ error: 'must be a URL such as https://acme.atlassian.net' }).optional())
const logins = text.transform((value) =>
  value
    .split(/[\s,]+/)
    .map((login) => login.trim().toLowerCase())
    .filter(Boolean),
)
const webhookUrl = optionalText.pipe(
  z
    .url({ protocol: /^https?$/, error: 'must be the webhook URL the service gave you (https://…)' })
    .optional(),
)
const notifyEvents = text.transform((value, ctx): NotifyEvent[] => {
  const names = value
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const unknown = names.filter((name) => !(NOTIFY_EVENTS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `names ${unknown.map((name) => `\`${name}\``).join(', ')}: use a comma list of ${NOTIFY_EVENTS.join(', ')}`,
    })
    return z.NEVER
  }
  return NOTIFY_EVENTS.filter((event) => names.includes(event))
})
const layerRules = optionalText.transform((value, ctx): LayerRule[] | undefined => {
  if (value === undefined) return undefined
  let parsed: unknown
  try {
    parsed = parseYaml(value)
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not YAML (${(error as Error).message.split('\n')[0]})` })
    return z.NEVER
  }
  const rules = z.array(LayerConfigSchema).min(1).safeParse(parsed)
  if (!rules.success) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a YAML list of {name, paths, tags}, e.g. "- {name: gold, paths: [models/marts/**]}" (${z.prettifyError(rules.error)})`,
    })
    return z.NEVER
  }
  return layerRulesOf(rules.data)
})
const prices = optionalText.transform((value, ctx): PriceTable => {
  if (value === undefined) return DEFAULT_PRICES
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object' })
    return z.NEVER
  }
  const table = PriceTableSchema.safeParse(parsed)
  if (!table.success) {
    ctx.addIssue({
      code: 'custom',
      message: `must map model names to {input, output, cacheWrite, cacheRead} in USD per million tokens (${z.prettifyError(table.error)})`,
    })
    return z.NEVER
  }
  return { ...DEFAULT_PRICES, ...table.data }
})

/** One entry per input in `INPUTS`; keys are the input names exactly as in action.yml. */
export const InputsSchema = z.strictObject({
  ticket: text,
  mode: text.pipe(
    z.enum(['run', 'plan-backlog', 'backlog', 'detect-schema-drift'], {
      error: 'must be one of run, plan-backlog, backlog, detect-schema-drift',
    }),
  ),
  'ticket-source': text.pipe(
    z.enum(['auto', 'jira', 'github', 'gitlab', 'file'], {
      error: 'must be one of auto, jira, github, gitlab, file',
    }),
  ),
  'jira-url': url,
  'jira-email': optionalText,
  'jira-api-token': optionalText,
  'jira-bearer-token': optionalText,
  'jira-deployment': text.pipe(
    z.enum(['auto', 'cloud', 'data-center'], { error: 'must be one of auto, cloud, data-center' }),
  ),
  'jira-transition-on-pr': optionalText,
  'anthropic-api-key': optionalText,
  'anthropic-base-url': optionalText.pipe(z.url({ error: 'must be a URL' }).optional()),
  model: text.min(1, 'must name a model, e.g. claude-sonnet-5-5'),
  'model-provider': text
    .toLowerCase()
    .pipe(z.enum(['anthropic', 'bedrock', 'vertex'], { error: 'must be one of anthropic, bedrock, vertex' })),
  'aws-region': optionalText.pipe(
    z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as us-east-1')
      .optional(),
  ),
  'vertex-project-id': optionalText,
  'vertex-region': text.regex(
    /^(global|us|eu|[a-z]+-[a-z]+\d+)$/,
    'must be `global` or a Vertex AI location such as us-east5',
  ),
  'classifier-model': optionalText,
  'review-model': optionalText,
  'custom-instructions': optionalText,
  'github-token': optionalText,
  'code-host': text.pipe(
    z.enum(['auto', 'github', 'gitlab'], { error: 'must be one of auto, github, gitlab' }),
  ),
  'gitlab-url': optionalText.pipe(
    z.url({ error: 'must be a URL such as https://gitlab.example.com' }).optional(),
  ),
  'gitlab-project': optionalText.pipe(
    z
      .string()
      .regex(
        /^(?:\d+|[\w.-]+(?:\/[\w.-]+)+)$/,
        'must be a project path such as `group/project`, or its numeric id',
      )
      .optional(),
  ),
  'gitlab-token': optionalText,
  'project-dir': text.transform((value) => value || '.'),
  'profiles-dir': optionalText,
  'dbt-target': optionalText,
  'dbt-executable': text.min(1, 'must name the dbt executable'),
  'sqlfluff-executable': text.min(1, 'must name the sqlfluff executable'),
  lint: text
    .toLowerCase()
    .pipe(
      z
        .enum(['auto', 'true', 'false'], { error: 'must be `auto`, `true` or `false`' })
        .transform((value) => (value === 'auto' ? value : value === 'true')),
    ),
  'state-manifest': optionalText,
  'defer-target': optionalText,
  'state-artifact': optionalText,
  'state-workflow': optionalText,
  layers: layerRules,
  'dbt-timeout-minutes': positive,
  sandbox: text.pipe(z.enum(['auto', 'required', 'off'], { error: 'must be one of auto, required, off' })),
  'repair-rounds': count(0),
  'data-evidence': bool,
  'max-dbt-tool-calls': count(0),
  review: bool,
  'sql-checks': bool,
  'propose-tests': bool,
  'on-validation-failure': text.pipe(
    z.enum(['draft', 'fail', 'no-pr'], { error: 'must be one of draft, fail, no-pr' }),
  ),
  'on-breaking-change': text.pipe(
    z.enum(['draft', 'block', 'warn', 'new-version'], {
      error: 'must be one of draft, block, warn, new-version',
    }),
  ),
  'phased-changes': text.pipe(z.enum(['auto', 'off'], { error: 'must be one of auto, off' })),
  'policy-file': text.min(1, 'must be a repository-relative path, e.g. .autopilot/policy.yml'),
  'dry-run': bool,
  'base-branch': optionalText,
  'branch-prefix': text.regex(/^[A-Za-z0-9._/-]*$/, 'may hold only letters, digits, `.`, `_`, `-` and `/`'),
  'commit-author': text
    .regex(
      /^$|^[^<>\n]+ <[^<>\s@]+@[^<>\s@]+>$/,
      'must be `Name <email>`, e.g. `Data Bot <data-bot@example.com>`',
    )
    .transform((value) => {
      const [, name, email] = /^(.+) <(.+)>$/.exec(value) ?? []
      return name && email ? { name: name.trim(), email } : undefined
    }),
  'commit-signing': bool,
  'pr-labels': text.transform((value, ctx) => {
    const labels = [
      ...new Set(
        value
          .split(',')
          .map((label) => label.trim())
          .filter(Boolean),
      ),
    ]
    const long = labels.find((label) => label.length > 50)
    if (long)
      ctx.addIssue({ code: 'custom', message: `label \`${long}\` is longer than GitHub's 50 characters` })
    return labels
  }),
  'trigger-label': text.min(1, 'must name a label, e.g. autopilot'),
  'trigger-phrase': text.min(1, 'must be a comment prefix, e.g. /autopilot'),
  'allowed-users': logins,
  'allowed-bots': logins,
  'reply-to-unauthorized': bool,
  'progress-comment': text.pipe(
    z.enum(['auto', 'github', 'gitlab', 'jira', 'none'], {
      error: 'must be one of auto, github, gitlab, jira, none',
    }),
  ),
  'slack-webhook-url': webhookUrl,
  'slack-bot-token': optionalText,
  'slack-channel': optionalText,
  'teams-webhook-url': webhookUrl,
  'notify-on': notifyEvents,
  'fail-on-skip': bool,
  'backlog-query': optionalText,
  'max-tickets': count(1),
  'backlog-max-cost-usd': positive,
  'backlog-max-minutes': positive,
  'max-turns': count(1),
  'max-input-tokens': count(1),
  'max-output-tokens': count(1),
  'max-cost-usd': positive,
  'max-minutes': positive,
  'model-prices': prices,
  'output-dir': optionalText,
  'upload-artifact': bool,
  'artifact-retention-days': count(0),
  'audit-fallback': text
    .toLowerCase()
    .pipe(z.enum(['branch', 'release', 'none'], { error: 'must be one of branch, release, none' })),
})

export type RawInputs = Record<string, string>

export interface Budget {
  maxTurns: number
  maxInputTokens: number
  maxOutputTokens: number
  maxCostUsd: number
  maxWallMs: number
}

export type ModelProvider = 'anthropic' | 'bedrock' | 'vertex'

export type Mode = 'run' | 'plan-backlog' | 'backlog' | 'detect-schema-drift'

export interface Settings {
  /** Where the inputs came from, for wording later errors (absent: the Action's `with:` keys). */
  surface?: Surface
  /** Cloud credentials found in the shell's environment (`cloudSecretsFromEnvironment`): redacted, never sent. */
  cloudSecrets?: string[]
  /** `key` is empty when the event (issue, comment) or the backlog supplies the ticket. */
  ticket: { key: string; source: 'auto' | 'jira' | 'github' | 'gitlab' | 'file' }
  mode: Mode
  triggers: {
    label: string
    phrase: string
    allowedUsers: string[]
    allowedBots: string[]
    replyToUnauthorized: boolean
  }
  progressComment: 'auto' | 'github' | 'gitlab' | 'jira' | 'none'
  /** Where notifications go (none of them set: nowhere) and which events are posted. */
  notify: {
    slack?: { webhookUrl: string } | { botToken: string; channel: string }
    teams?: { webhookUrl: string }
    on: NotifyEvent[]
  }
  failOnSkip: boolean
  backlog: { query?: string; maxTickets: number; maxCostUsd: number; maxWallMs: number }
  jira: {
    url?: string
    email?: string
    apiToken?: string
    bearerToken?: string
    /** Cloud (REST v3), Data Center / Server (REST v2), or (`auto`, absent) found out from the site. */
    deployment?: 'auto' | 'cloud' | 'data-center'
    /** The transition (or status) the ticket is moved with when its pull request opens. */
    transitionOnPr?: string
  }
  anthropic: {
    apiKey?: string
    baseUrl?: string
    /** The model that edits the project. */
    model: string
    /** The model that classifies the ticket (`classifier-model`, else `model`). */
    classifierModel: string
    /** The model of the review pass (`review-model`, else `model`). */
    reviewModel: string
    prices: PriceTable
    /** Where Claude is called (`model-provider`); absent: the Claude API. */
    provider?: ModelProvider
    /** `aws-region`; absent: the AWS environment's. */
    awsRegion?: string
    /** `vertex-project-id`; absent: the Google environment's. */
    vertexProjectId?: string
    /** `vertex-region`. */
    vertexRegion?: string
  }
  githubToken?: string
  /** The `custom-instructions` input: guidance for the model, shown with the repository's own. */
  customInstructions?: string
  /** Set when the pull request is a GitLab merge request (`code-host`); GitHub otherwise. */
  gitlab?: { url: string; project: string; token?: string }
  dbt: {
    projectDir: string
    profilesDir?: string
    target?: string
    executable: string
    sqlfluffExecutable: string
    /** `auto`: only when the project configures sqlfluff. */
    lint: boolean | 'auto'
    stateManifest?: string
    /** A profile target whose relations are production's: the base is parsed with it to defer to (no artifact). */
    deferTarget?: string
    /** The production manifest as an artifact of the latest successful run of `workflow` on the default branch. */
    stateArtifact?: { name: string; workflow: string }
    timeoutMs: number
    /** How dbt and sqlfluff are contained (bubblewrap). */
    sandbox: SandboxMode
    /** Compare the changed models' data with the base after a passing validation (`dbt show`). */
    dataEvidence: boolean
    /** Propose, write and validate tests for the changed models (`propose-tests`). */
    proposeTests: boolean
    /** dbt commands the agent's compile, preview and build_selected may start in one run; 0: not offered. */
    maxToolCalls: number
  }
  /** The `layers` input; the policy's `layers:` take precedence, dbt's folder convention is the fallback. */
  layers?: LayerRule[]
  repairRounds: number
  /** The review pass (`review`: the model call; `sql-checks`: the static SQL checks). */
  review: { model: boolean; sqlChecks: boolean }
  onValidationFailure: 'draft' | 'fail' | 'no-pr'
  onBreakingChange: 'draft' | 'block' | 'warn' | 'new-version'
  /** `phased-changes`: a change across layers made phase by phase (`auto`), or as one change (`off`). */
  phasedChanges: 'auto' | 'off'
  policyFile: string
  dryRun: boolean
  baseBranch?: string
  branchPrefix: string
  /** Who Autopilot's commits are by; unset: github-actions[bot]. */
  commitAuthor?: { name: string; email: string }
  /** Commit through GitHub's Git Data API so GitHub signs the commit (`commit-signing`). */
  commitSigning: boolean
  /** Labels every Autopilot pull request gets (`pr-labels`), besides those the policy asks for. */
  prLabels: string[]
  budget: Budget
  outputDir?: string
  artifact: {
    upload: boolean
    retentionDays: number
    /** Where the bundle goes when the artifact service cannot take it (`audit-fallback`); absent: nowhere. */
    fallback?: 'branch' | 'release'
  }
}

export const SECRET_INPUTS = INPUTS.filter((input) => input.secret).map((input) => input.name)

/** Input defaults as in action.yml, for callers that are not the Actions runner (CLI, tests). */
export function defaultInputs(): RawInputs {
  const defaults: RawInputs = {}
  for (const input of INPUTS)
    defaults[input.name] = input.default === '${{ github.token }}' ? '' : (input.default ?? '')
  return defaults
}

/** `progress-comment` may name a code host's thread: refuse the host the run is not on, rather than post nowhere. */
function checkProgressHost(where: string, onGitLab: boolean, surface: Surface): void {
  const named = capitalize(inputLabel('progress-comment', surface))
  if (where === 'github' && onGitLab)
    throw new SettingsError(
      `${named} is \`github\`, but the merge request is on GitLab: use \`gitlab\` (the GitLab issue's notes), \`jira\`, \`auto\` or \`none\`.`,
    )
  if (where === 'gitlab' && !onGitLab)
    throw new SettingsError(
      `${named} is \`gitlab\`, but the run is not on GitLab: set ${settingHint('code-host', 'gitlab', surface)} (with the project), or use \`github\`, \`jira\`, \`auto\` or \`none\`.`,
    )
}

/**
 * The inputs as settings. `surface` words the errors for where the inputs came from: `with:` keys
 * (`action`, the default) or flags and environment variables (`terminal`: the CLI and the MCP server).
 */
export function parseSettings(raw: RawInputs, surface: Surface = 'action'): Settings {
  const label = (name: string) => inputLabel(name, surface)
  const result = InputsSchema.safeParse(raw)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.')
      if (issue.code === 'unrecognized_keys')
        return `unknown input(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}`
      return name ? `${label(name)} ${issue.message}` : issue.message
    })
    throw new SettingsError(`Invalid ${surface === 'action' ? 'input' : 'option'}: ${problems.join('; ')}`)
  }
  const i = result.data
  const sentence = (name: string) => capitalize(label(name))
  const both = (a: string, b: string) =>
    surface === 'action' ? `Inputs \`${a}\` and \`${b}\`` : `${label(a)} and ${label(b)}`
  if (Boolean(i['state-artifact']) !== Boolean(i['state-workflow'])) {
    throw new SettingsError(
      `${both('state-artifact', 'state-workflow')} go together: name the artifact holding the production manifest.json and the workflow (e.g. deploy.yml) whose successful runs upload it.`,
    )
  }
  if (i['defer-target'] && i['state-manifest']) {
    throw new SettingsError(
      `${both('state-manifest', 'defer-target')} are two ways to defer to production: give the production manifest.json, or the dbt target whose relations are production's, not both.`,
    )
  }
  if (i['defer-target'] && i['defer-target'] === i['dbt-target']) {
    throw new SettingsError(
      `${sentence('defer-target')} is \`${i['defer-target']}\`, the target validation builds into (${label('dbt-target')}): name the production target, so the change is never built over production's relations.`,
    )
  }
  if (i['slack-webhook-url'] && i['slack-bot-token']) {
    throw new SettingsError(
      'Inputs `slack-webhook-url` and `slack-bot-token` are two ways to post to Slack: set one of them.',
    )
  }
  if (Boolean(i['slack-bot-token']) !== Boolean(i['slack-channel'])) {
    throw new SettingsError(
      'Inputs `slack-bot-token` and `slack-channel` go together: the bot posts to that channel (an ID such as C0123456789, or its name).',
    )
  }
  const gitlab = i['code-host'] === 'gitlab' || (i['code-host'] === 'auto' && Boolean(i['gitlab-project']))
  if (gitlab && !i['gitlab-project']) {
    throw new SettingsError(
      `${sentence('gitlab-project')} is required with \`code-host: gitlab\`: the project (\`group/project\`) that gets the merge request.`,
    )
  }
  checkProgressHost(i['progress-comment'], gitlab, surface)
  if (i['jira-api-token'] && !i['jira-email']) {
    throw new SettingsError(
      `${sentence('jira-email')} is required with ${label('jira-api-token')} (Jira Cloud basic auth).`,
    )
  }
  return {
    ...(surface === 'action' ? {} : { surface }),
    ticket: { key: i.ticket, source: i['ticket-source'] },
    mode: i.mode,
    triggers: {
      label: i['trigger-label'],
      phrase: i['trigger-phrase'],
      allowedUsers: i['allowed-users'],
      allowedBots: i['allowed-bots'],
      replyToUnauthorized: i['reply-to-unauthorized'],
    },
    progressComment: i['progress-comment'],
    notify: {
      ...(i['slack-webhook-url'] ? { slack: { webhookUrl: i['slack-webhook-url'] } } : {}),
      ...(i['slack-bot-token'] && i['slack-channel']
        ? { slack: { botToken: i['slack-bot-token'], channel: i['slack-channel'] } }
        : {}),
      ...(i['teams-webhook-url'] ? { teams: { webhookUrl: i['teams-webhook-url'] } } : {}),
      on: i['notify-on'],
    },
    failOnSkip: i['fail-on-skip'],
    backlog: {
      query: i['backlog-query'],
      maxTickets: i['max-tickets'],
      maxCostUsd: i['backlog-max-cost-usd'],
      maxWallMs: Math.round(i['backlog-max-minutes'] * 60_000),
    },
    jira: {
      url: i['jira-url'],
      email: i['jira-email'],
      apiToken: i['jira-api-token'],
      bearerToken: i['jira-bearer-token'],
      deployment: i['jira-deployment'],
      ...(i['jira-transition-on-pr'] ? { transitionOnPr: i['jira-transition-on-pr'] } : {}),
    },
    anthropic: {
      apiKey: i['anthropic-api-key'],
      baseUrl: i['anthropic-base-url'],
      model: i.model,
      classifierModel: i['classifier-model'] ?? i.model,
      reviewModel: i['review-model'] ?? i.model,
      prices: i['model-prices'],
      ...(i['model-provider'] === 'anthropic'
        ? {}
        : {
            provider: i['model-provider'],
            ...(i['aws-region'] ? { awsRegion: i['aws-region'] } : {}),
            ...(i['vertex-project-id'] ? { vertexProjectId: i['vertex-project-id'] } : {}),
            vertexRegion: i['vertex-region'],
          }),
    },
    githubToken: i['github-token'],
    customInstructions: i['custom-instructions'],
    ...(gitlab && i['gitlab-project']
      ? {
          gitlab: {
            url: i['gitlab-url'] ?? 'https://gitlab.com',
            project: i['gitlab-project'],
            ...(i['gitlab-token'] ? { token: i['gitlab-token'] } : {}),
          },
        }
      : {}),
    dbt: {
      projectDir: i['project-dir'],
      profilesDir: i['profiles-dir'],
      target: i['dbt-target'],
      executable: i['dbt-executable'],
      sqlfluffExecutable: i['sqlfluff-executable'],
      lint: i.lint,
      stateManifest: i['state-manifest'],
      deferTarget: i['defer-target'],
      stateArtifact:
        i['state-artifact'] && i['state-workflow']
          ? { name: i['state-artifact'], workflow: i['state-workflow'] }
          : undefined,
      timeoutMs: Math.round(i['dbt-timeout-minutes'] * 60_000),
      sandbox: i.sandbox,
      dataEvidence: i['data-evidence'],
      proposeTests: i['propose-tests'],
      maxToolCalls: i['max-dbt-tool-calls'],
    },
    layers: i.layers,
    repairRounds: i['repair-rounds'],
    review: { model: i.review, sqlChecks: i['sql-checks'] },
    onValidationFailure: i['on-validation-failure'],
    onBreakingChange: i['on-breaking-change'],
    phasedChanges: i['phased-changes'],
    policyFile: i['policy-file'],
    dryRun: i['dry-run'],
    baseBranch: i['base-branch'],
    branchPrefix: i['branch-prefix'],
    ...(i['commit-author'] ? { commitAuthor: i['commit-author'] } : {}),
    commitSigning: i['commit-signing'],
    prLabels: i['pr-labels'],
    budget: {
      maxTurns: i['max-turns'],
      maxInputTokens: i['max-input-tokens'],
      maxOutputTokens: i['max-output-tokens'],
      maxCostUsd: i['max-cost-usd'],
      maxWallMs: Math.round(i['max-minutes'] * 60_000),
    },
    outputDir: i['output-dir'],
    artifact: {
      upload: i['upload-artifact'],
      retentionDays: i['artifact-retention-days'],
      ...(i['audit-fallback'] === 'none' ? {} : { fallback: i['audit-fallback'] }),
    },
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The wall time of one ticket's run: the agent's minutes plus one dbt timeout for the base and one for
 * the last validation. Sandboxed dbt never runs past it; the backlog plans each ticket with it.
 */
export function runWallMs(settings: Pick<Settings, 'budget' | 'dbt'>): number {
  return settings.budget.maxWallMs + 2 * settings.dbt.timeoutMs
}

/** Every secret the settings hold: what the redactor and the guard's secret scan look for. */
export function secretsOf(settings: Settings): (string | undefined)[] {
  const { slack, teams } = settings.notify
  return [
    settings.githubToken,
    settings.gitlab?.token,
    settings.anthropic.apiKey,
    settings.jira.apiToken,
    settings.jira.bearerToken,
    // A webhook URL is its own credential: whoever has it can post to the channel.
    slack && ('webhookUrl' in slack ? slack.webhookUrl : slack.botToken),
    teams?.webhookUrl,
    ...(settings.cloudSecrets ?? []),
  ]
}

/** Settings as written to the audit bundle: secrets reduced to whether they were set. */
export function redactSettings(settings: Settings): Record<string, unknown> {
  const { cloudSecrets, ...rest } = settings
  return {
    ...rest,
    ...(cloudSecrets ? { cloudSecrets: cloudSecrets.length } : {}),
    jira: {
      ...settings.jira,
      apiToken: Boolean(settings.jira.apiToken),
      bearerToken: Boolean(settings.jira.bearerToken),
    },
    anthropic: { ...settings.anthropic, apiKey: Boolean(settings.anthropic.apiKey) },
    githubToken: Boolean(settings.githubToken),
    ...(settings.gitlab ? { gitlab: { ...settings.gitlab, token: Boolean(settings.gitlab.token) } } : {}),
    notify: {
      on: settings.notify.on,
      slack: settings.notify.slack && ('webhookUrl' in settings.notify.slack ? 'webhook' : 'bot token'),
      teams: Boolean(settings.notify.teams),
    },
  }
}
