export const id = 493;
export const ids = [493];
export const modules = {

/***/ 19870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PU: () => (/* binding */ bedrockModelId),
/* harmony export */   XY: () => (/* binding */ vertexPriceKey),
/* harmony export */   _Y: () => (/* binding */ VERTEX_MODEL_IDS),
/* harmony export */   ox: () => (/* binding */ isLegacyPlatformId),
/* harmony export */   rV: () => (/* binding */ vertexModelId),
/* harmony export */   u6: () => (/* binding */ BEDROCK_GEOGRAPHIES),
/* harmony export */   ww: () => (/* binding */ BEDROCK_MODEL_IDS)
/* harmony export */ });
/**
 * Our model names (`model` input) as Amazon Bedrock and Google Vertex AI name them. The 5.5 models take
 * the plain names; the 4.5 models kept the dated, ARN-versioned ids of the platforms' older integration.
 * A name that is not in these tables is taken to be the platform's own id and sent as is.
 */
const BEDROCK_MODEL_IDS = {
    'claude-opus-5-5': 'anthropic.claude-opus-5-5',
    'claude-sonnet-5-5': 'anthropic.claude-sonnet-5-5',
    'claude-haiku-5-5': 'anthropic.claude-haiku-5-5',
    'claude-opus-4-5': 'anthropic.claude-opus-4-5-20251101-v1:0',
    'claude-sonnet-4-5': 'anthropic.claude-sonnet-4-5-20250929-v1:0',
    'claude-haiku-4-5': 'anthropic.claude-haiku-4-5-20251001-v1:0',
};
const VERTEX_MODEL_IDS = {
    'claude-opus-5-5': 'claude-opus-5-5',
    'claude-sonnet-5-5': 'claude-sonnet-5-5',
    'claude-haiku-5-5': 'claude-haiku-5-5',
    'claude-opus-4-5': 'claude-opus-4-5@20251101',
    'claude-sonnet-4-5': 'claude-sonnet-4-5@20250929',
    'claude-haiku-4-5': 'claude-haiku-4-5@20251001',
};
/** Bedrock's cross-region inference profiles: `global.` routes anywhere, the others stay in a geography. */
const BEDROCK_GEOGRAPHIES = ['us', 'eu', 'jp', 'apac', 'au', 'ca', 'us-gov'];
/**
 * Bedrock's id for our model: the global inference profile (on-demand invocation of the bare model id is
 * refused for these models, and the global profile carries no regional premium). A Bedrock id or ARN
 * given in `model` is used as is.
 */
function bedrockModelId(model) {
    const base = BEDROCK_MODEL_IDS[model];
    return base ? `global.${base}` : model;
}
function vertexModelId(model) {
    return VERTEX_MODEL_IDS[model] ?? model;
}
/** The ARN-versioned ids (`…-v1:0`, `…@20250929`) are served only under the platforms' older API version. */
function isLegacyPlatformId(id) {
    return /-v\d+:\d+$/.test(id) || /@\d{8}$/.test(id);
}
/** Vertex bills its regional endpoints (any location but `global`) at a premium: a price entry of their own. */
function vertexPriceKey(modelId, region) {
    return `vertex/${region === 'global' ? 'global' : 'regional'}/${modelId}`;
}


/***/ }),

/***/ 75493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SettingsError: () => (/* binding */ SettingsError),
  defaultInputs: () => (/* binding */ defaultInputs),
  parseSettings: () => (/* binding */ parseSettings),
  TB: () => (/* binding */ redactSettings),
  EO: () => (/* binding */ runWallMs),
  Fj: () => (/* binding */ secretsOf)
});

// UNUSED EXPORTS: InputsSchema, SECRET_INPUTS

// EXTERNAL MODULE: ./src/shared/autopilot-error.ts
var autopilot_error = __webpack_require__(76021);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
// EXTERNAL MODULE: ./src/config/platform-models.ts
var platform_models = __webpack_require__(19870);
;// CONCATENATED MODULE: ./src/config/prices.ts


/** US dollars per million tokens. */
const ModelPriceSchema = schemas/* strictObject */.rej({
    input: schemas/* number */.aig().nonnegative(),
    output: schemas/* number */.aig().nonnegative(),
    cacheWrite: schemas/* number */.aig().nonnegative(),
    cacheRead: schemas/* number */.aig().nonnegative(),
});
const PriceTableSchema = schemas/* record */.g1P(schemas/* string */.YjP().min(1), ModelPriceSchema);
/** Anthropic's list prices as published in November 2026. */
const ANTHROPIC_PRICES = {
    'claude-opus-5-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
    'claude-sonnet-5-5': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
    'claude-haiku-5-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
    'claude-opus-4-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
    'claude-sonnet-4-5': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
    'claude-haiku-4-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
};
/**
 * Bedrock and Vertex AI charge Anthropic's list prices on their global endpoints and 10% more on regional
 * ones (Bedrock's geographic inference profiles and in-region ids, Vertex's locations), for every model
 * from the 4.5 generation on.
 */
const REGIONAL_PREMIUM = 1.1;
function withPremium(price, factor) {
    const scale = (usd) => Math.round(usd * factor * 10_000) / 10_000;
    return {
        input: scale(price.input),
        output: scale(price.output),
        cacheWrite: scale(price.cacheWrite),
        cacheRead: scale(price.cacheRead),
    };
}
/** Keyed by the Bedrock model id the adapter sends, so a Bedrock id given in `model` is priced too. */
const BEDROCK_PRICES = Object.fromEntries(Object.entries(platform_models/* BEDROCK_MODEL_IDS */.ww).flatMap(([ours, base]) => {
    const price = ANTHROPIC_PRICES[ours];
    const regional = withPremium(price, REGIONAL_PREMIUM);
    return [
        [`global.${base}`, price],
        [base, regional],
        ...platform_models/* BEDROCK_GEOGRAPHIES */.u6.map((geo) => [`${geo}.${base}`, regional]),
    ];
}));
/** Keyed by `vertexPriceKey`: the global endpoint at list price, every other location at the premium. */
const VERTEX_PRICES = Object.fromEntries(Object.entries(platform_models/* VERTEX_MODEL_IDS */._Y).flatMap(([ours, id]) => {
    const price = ANTHROPIC_PRICES[ours];
    return [
        [(0,platform_models/* vertexPriceKey */.XY)(id, 'global'), price],
        [(0,platform_models/* vertexPriceKey */.XY)(id, 'us-east5'), withPremium(price, REGIONAL_PREMIUM)],
    ];
}));
/**
 * Every price the run knows, by the name the model is billed under. Prices change: override them with
 * the `model-prices` input rather than waiting for a release.
 */
const DEFAULT_PRICES = { ...ANTHROPIC_PRICES, ...BEDROCK_PRICES, ...VERTEX_PRICES };

// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var inputs = __webpack_require__(91977);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/project/layers.ts
var project_layers = __webpack_require__(80127);
;// CONCATENATED MODULE: ./src/notify/notification.ts
/** What a run can tell a chat channel about: input `notify-on` picks among them. */
const NOTIFY_EVENTS = ['pr', 'failure', 'backlog'];

// EXTERNAL MODULE: ./src/config/input-wording.ts
var input_wording = __webpack_require__(69127);
;// CONCATENATED MODULE: ./src/config/settings.ts








/** Raised for input that cannot be used; the message names the input and what is allowed. */
class SettingsError extends autopilot_error/* AutopilotError */.W {
    constructor(message) {
        super('failed:config', message);
    }
}
const settings_text = schemas/* string */.YjP().trim();
const optionalText = settings_text.transform((value) => (value === '' ? undefined : value));
const bool = settings_text
    .toLowerCase()
    .pipe(schemas/* enum */.k5n(['true', 'false'], { error: 'must be `true` or `false`' }).transform((value) => value === 'true'));
// Plain decimal only: Number() would also take '', '0x10' and '1e3'.
const count = (min) => settings_text
    .regex(/^-?\d+$/, 'must be a whole number such as 3')
    .pipe(coerce/* number */.ai().int().min(min, `must be at least ${min}`));
const positive = settings_text
    .regex(/^-?\d+(\.\d+)?$/, 'must be a number such as 2.5')
    .pipe(coerce/* number */.ai().positive('must be more than 0'));
const url = optionalText.pipe(schemas/* url */.OZ5({ error: 'must be a URL such as https://acme.atlassian.net' }).optional());
const logins = settings_text.transform((value) => value
    .split(/[\s,]+/)
    .map((login) => login.trim().toLowerCase())
    .filter(Boolean));
const webhookUrl = optionalText.pipe(schemas/* url */.OZ5({ protocol: /^https?$/, error: 'must be the webhook URL the service gave you (https://…)' })
    .optional());
const notifyEvents = settings_text.transform((value, ctx) => {
    const names = value
        .split(/[\s,]+/)
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
    const unknown = names.filter((name) => !NOTIFY_EVENTS.includes(name));
    if (unknown.length > 0) {
        ctx.addIssue({
            code: 'custom',
            message: `names ${unknown.map((name) => `\`${name}\``).join(', ')}: use a comma list of ${NOTIFY_EVENTS.join(', ')}`,
        });
        return core/* NEVER */.tm;
    }
    return NOTIFY_EVENTS.filter((event) => names.includes(event));
});
const layerRules = optionalText.transform((value, ctx) => {
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `is not YAML (${error.message.split('\n')[0]})` });
        return core/* NEVER */.tm;
    }
    const rules = schemas/* array */.YOg(project_layers/* LayerConfigSchema */.tL).min(1).safeParse(parsed);
    if (!rules.success) {
        ctx.addIssue({
            code: 'custom',
            message: `must be a YAML list of {name, paths, tags}, e.g. "- {name: gold, paths: [models/marts/**]}" (${errors/* prettifyError */.S1(rules.error)})`,
        });
        return core/* NEVER */.tm;
    }
    return (0,project_layers/* layerRulesOf */.oj)(rules.data);
});
const prices = optionalText.transform((value, ctx) => {
    if (value === undefined)
        return DEFAULT_PRICES;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return core/* NEVER */.tm;
    }
    const table = PriceTableSchema.safeParse(parsed);
    if (!table.success) {
        ctx.addIssue({
            code: 'custom',
            message: `must map model names to {input, output, cacheWrite, cacheRead} in USD per million tokens (${errors/* prettifyError */.S1(table.error)})`,
        });
        return core/* NEVER */.tm;
    }
    return { ...DEFAULT_PRICES, ...table.data };
});
/** One entry per input in `INPUTS`; keys are the input names exactly as in action.yml. */
const InputsSchema = schemas/* strictObject */.rej({
    ticket: settings_text,
    mode: settings_text.pipe(schemas/* enum */.k5n(['run', 'plan-backlog', 'backlog', 'detect-schema-drift'], {
        error: 'must be one of run, plan-backlog, backlog, detect-schema-drift',
    })),
    'ticket-source': settings_text.pipe(schemas/* enum */.k5n(['auto', 'jira', 'github', 'gitlab', 'file'], {
        error: 'must be one of auto, jira, github, gitlab, file',
    })),
    'jira-url': url,
    'jira-email': optionalText,
    'jira-api-token': optionalText,
    'jira-bearer-token': optionalText,
    'jira-deployment': settings_text.pipe(schemas/* enum */.k5n(['auto', 'cloud', 'data-center'], { error: 'must be one of auto, cloud, data-center' })),
    'jira-transition-on-pr': optionalText,
    'anthropic-api-key': optionalText,
    'anthropic-base-url': optionalText.pipe(schemas/* url */.OZ5({ error: 'must be a URL' }).optional()),
    model: settings_text.min(1, 'must name a model, e.g. claude-sonnet-5-5'),
    'model-provider': settings_text
        .toLowerCase()
        .pipe(schemas/* enum */.k5n(['anthropic', 'bedrock', 'vertex'], { error: 'must be one of anthropic, bedrock, vertex' })),
    'aws-region': optionalText.pipe(schemas/* string */.YjP()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as us-east-1')
        .optional()),
    'vertex-project-id': optionalText,
    'vertex-region': settings_text.regex(/^(global|us|eu|[a-z]+-[a-z]+\d+)$/, 'must be `global` or a Vertex AI location such as us-east5'),
    'classifier-model': optionalText,
    'review-model': optionalText,
    'custom-instructions': optionalText,
    'github-token': optionalText,
    'code-host': settings_text.pipe(schemas/* enum */.k5n(['auto', 'github', 'gitlab'], { error: 'must be one of auto, github, gitlab' })),
    'gitlab-url': optionalText.pipe(schemas/* url */.OZ5({ error: 'must be a URL such as https://gitlab.example.com' }).optional()),
    'gitlab-project': optionalText.pipe(schemas/* string */.YjP()
        .regex(/^(?:\d+|[\w.-]+(?:\/[\w.-]+)+)$/, 'must be a project path such as `group/project`, or its numeric id')
        .optional()),
    'gitlab-token': optionalText,
    'project-dir': settings_text.transform((value) => value || '.'),
    'profiles-dir': optionalText,
    'dbt-target': optionalText,
    'dbt-executable': settings_text.min(1, 'must name the dbt executable'),
    'sqlfluff-executable': settings_text.min(1, 'must name the sqlfluff executable'),
    lint: settings_text
        .toLowerCase()
        .pipe(schemas/* enum */.k5n(['auto', 'true', 'false'], { error: 'must be `auto`, `true` or `false`' })
        .transform((value) => (value === 'auto' ? value : value === 'true'))),
    'state-manifest': optionalText,
    'defer-target': optionalText,
    'state-artifact': optionalText,
    'state-workflow': optionalText,
    layers: layerRules,
    'dbt-timeout-minutes': positive,
    sandbox: settings_text.pipe(schemas/* enum */.k5n(['auto', 'required', 'off'], { error: 'must be one of auto, required, off' })),
    'repair-rounds': count(0),
    'data-evidence': bool,
    'max-dbt-tool-calls': count(0),
    review: bool,
    'sql-checks': bool,
    'propose-tests': bool,
    'on-validation-failure': settings_text.pipe(schemas/* enum */.k5n(['draft', 'fail', 'no-pr'], { error: 'must be one of draft, fail, no-pr' })),
    'on-breaking-change': settings_text.pipe(schemas/* enum */.k5n(['draft', 'block', 'warn', 'new-version'], {
        error: 'must be one of draft, block, warn, new-version',
    })),
    'phased-changes': settings_text.pipe(schemas/* enum */.k5n(['auto', 'off'], { error: 'must be one of auto, off' })),
    'policy-file': settings_text.min(1, 'must be a repository-relative path, e.g. .autopilot/policy.yml'),
    'dry-run': bool,
    'base-branch': optionalText,
    'branch-prefix': settings_text.regex(/^[A-Za-z0-9._/-]*$/, 'may hold only letters, digits, `.`, `_`, `-` and `/`'),
    'commit-author': settings_text
        .regex(/^$|^[^<>\n]+ <[^<>\s@]+@[^<>\s@]+>$/, 'must be `Name <email>`, e.g. `Data Bot <data-bot@example.com>`')
        .transform((value) => {
        const [, name, email] = /^(.+) <(.+)>$/.exec(value) ?? [];
        return name && email ? { name: name.trim(), email } : undefined;
    }),
    'commit-signing': bool,
    'pr-labels': settings_text.transform((value, ctx) => {
        const labels = [
            ...new Set(value
                .split(',')
                .map((label) => label.trim())
                .filter(Boolean)),
        ];
        const long = labels.find((label) => label.length > 50);
        if (long)
            ctx.addIssue({ code: 'custom', message: `label \`${long}\` is longer than GitHub's 50 characters` });
        return labels;
    }),
    'trigger-label': settings_text.min(1, 'must name a label, e.g. autopilot'),
    'trigger-phrase': settings_text.min(1, 'must be a comment prefix, e.g. /autopilot'),
    'allowed-users': logins,
    'allowed-bots': logins,
    'reply-to-unauthorized': bool,
    'progress-comment': settings_text.pipe(schemas/* enum */.k5n(['auto', 'github', 'gitlab', 'jira', 'none'], {
        error: 'must be one of auto, github, gitlab, jira, none',
    })),
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
    'audit-fallback': settings_text
        .toLowerCase()
        .pipe(schemas/* enum */.k5n(['branch', 'release', 'none'], { error: 'must be one of branch, release, none' })),
});
const SECRET_INPUTS = inputs/* INPUTS */.m.filter((input) => input.secret).map((input) => input.name);
/** Input defaults as in action.yml, for callers that are not the Actions runner (CLI, tests). */
function defaultInputs() {
    const defaults = {};
    for (const input of inputs/* INPUTS */.m)
        defaults[input.name] = input.default === '${{ github.token }}' ? '' : (input.default ?? '');
    return defaults;
}
/** `progress-comment` may name a code host's thread: refuse the host the run is not on, rather than post nowhere. */
function checkProgressHost(where, onGitLab, surface) {
    const named = capitalize((0,input_wording/* inputLabel */.NB)('progress-comment', surface));
    if (where === 'github' && onGitLab)
        throw new SettingsError(`${named} is \`github\`, but the merge request is on GitLab: use \`gitlab\` (the GitLab issue's notes), \`jira\`, \`auto\` or \`none\`.`);
    if (where === 'gitlab' && !onGitLab)
        throw new SettingsError(`${named} is \`gitlab\`, but the run is not on GitLab: set ${(0,input_wording/* settingHint */.kw)('code-host', 'gitlab', surface)} (with the project), or use \`github\`, \`jira\`, \`auto\` or \`none\`.`);
}
/**
 * The inputs as settings. `surface` words the errors for where the inputs came from: `with:` keys
 * (`action`, the default) or flags and environment variables (`terminal`: the CLI and the MCP server).
 */
function parseSettings(raw, surface = 'action') {
    const label = (name) => (0,input_wording/* inputLabel */.NB)(name, surface);
    const result = InputsSchema.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => {
            const name = issue.path.join('.');
            if (issue.code === 'unrecognized_keys')
                return `unknown input(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
            return name ? `${label(name)} ${issue.message}` : issue.message;
        });
        throw new SettingsError(`Invalid ${surface === 'action' ? 'input' : 'option'}: ${problems.join('; ')}`);
    }
    const i = result.data;
    const sentence = (name) => capitalize(label(name));
    const both = (a, b) => surface === 'action' ? `Inputs \`${a}\` and \`${b}\`` : `${label(a)} and ${label(b)}`;
    if (Boolean(i['state-artifact']) !== Boolean(i['state-workflow'])) {
        throw new SettingsError(`${both('state-artifact', 'state-workflow')} go together: name the artifact holding the production manifest.json and the workflow (e.g. deploy.yml) whose successful runs upload it.`);
    }
    if (i['defer-target'] && i['state-manifest']) {
        throw new SettingsError(`${both('state-manifest', 'defer-target')} are two ways to defer to production: give the production manifest.json, or the dbt target whose relations are production's, not both.`);
    }
    if (i['defer-target'] && i['defer-target'] === i['dbt-target']) {
        throw new SettingsError(`${sentence('defer-target')} is \`${i['defer-target']}\`, the target validation builds into (${label('dbt-target')}): name the production target, so the change is never built over production's relations.`);
    }
    if (i['slack-webhook-url'] && i['slack-bot-token']) {
        throw new SettingsError('Inputs `slack-webhook-url` and `slack-bot-token` are two ways to post to Slack: set one of them.');
    }
    if (Boolean(i['slack-bot-token']) !== Boolean(i['slack-channel'])) {
        throw new SettingsError('Inputs `slack-bot-token` and `slack-channel` go together: the bot posts to that channel (an ID such as C0123456789, or its name).');
    }
    const gitlab = i['code-host'] === 'gitlab' || (i['code-host'] === 'auto' && Boolean(i['gitlab-project']));
    if (gitlab && !i['gitlab-project']) {
        throw new SettingsError(`${sentence('gitlab-project')} is required with \`code-host: gitlab\`: the project (\`group/project\`) that gets the merge request.`);
    }
    checkProgressHost(i['progress-comment'], gitlab, surface);
    if (i['jira-api-token'] && !i['jira-email']) {
        throw new SettingsError(`${sentence('jira-email')} is required with ${label('jira-api-token')} (Jira Cloud basic auth).`);
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
            stateArtifact: i['state-artifact'] && i['state-workflow']
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
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * The wall time of one ticket's run: the agent's minutes plus one dbt timeout for the base and one for
 * the last validation. Sandboxed dbt never runs past it; the backlog plans each ticket with it.
 */
function runWallMs(settings) {
    return settings.budget.maxWallMs + 2 * settings.dbt.timeoutMs;
}
/** Every secret the settings hold: what the redactor and the guard's secret scan look for. */
function secretsOf(settings) {
    const { slack, teams } = settings.notify;
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
    ];
}
/** Settings as written to the audit bundle: secrets reduced to whether they were set. */
function redactSettings(settings) {
    const { cloudSecrets, ...rest } = settings;
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
    };
}


/***/ }),

/***/ 80127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oj: () => (/* binding */ layerRulesOf),
/* harmony export */   ot: () => (/* binding */ projectLayers),
/* harmony export */   tL: () => (/* binding */ LayerConfigSchema),
/* harmony export */   zg: () => (/* binding */ Layers)
/* harmony export */ });
/* unused harmony export DEFAULT_LAYER_RULES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var _shared_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55403);


/** One entry of `layers:` in configuration (the policy file and the `layers` input); the first match wins. */
const LayerConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'must name the layer, e.g. gold'),
    paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
})
    .refine((rule) => (rule.paths?.length ?? 0) + (rule.tags?.length ?? 0) > 0, {
    message: 'needs at least one of `paths` (globs over project files, e.g. models/marts/**) or `tags`',
});
function layerRulesOf(config) {
    return config.map(({ name, paths, tags }) => ({ layer: name, paths, tags }));
}
/** dbt's own convention when nothing is configured. */
const DEFAULT_LAYER_RULES = [
    { layer: 'staging', paths: ['**/staging/**'] },
    { layer: 'intermediate', paths: ['**/intermediate/**'] },
    { layer: 'marts', paths: ['**/marts/**'] },
];
/**
 * The project's layers: the policy's `layers:` (governance wins, and may be locked by an organisation),
 * else the `layers` input, else dbt's folder convention.
 */
function projectLayers(policyLayers, inputRules) {
    if (policyLayers)
        return new Layers(layerRulesOf(policyLayers));
    return new Layers(inputRules ?? DEFAULT_LAYER_RULES);
}
/** Rules compiled once; `layerOf` is then a few matches per node. */
class Layers {
    compiled;
    constructor(rules = DEFAULT_LAYER_RULES) {
        this.compiled = rules.map((rule) => ({
            layer: rule.layer,
            paths: (0,_shared_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(rule.paths ?? []),
            tags: new Set(rule.tags ?? []),
        }));
    }
    /** The first rule's layer that matches the node's file or tags; undefined when none does. */
    layerOf(node) {
        for (const rule of this.compiled) {
            if (rule.paths(node.file))
                return rule.layer;
            if (rule.tags.size > 0 && node.tags.some((tag) => rule.tags.has(tag)))
                return rule.layer;
        }
        return undefined;
    }
    /** Layer of every model, seed, snapshot and source in the graph that has one. */
    assign(graph) {
        const layers = new Map();
        for (const node of graph.nodes.values()) {
            const layer = this.layerOf(node);
            if (layer !== undefined)
                layers.set(node.id, layer);
        }
        return layers;
    }
}


/***/ }),

/***/ 76021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ AutopilotError)
/* harmony export */ });
/**
 * Every error a run can end in carries the status it ends with, so a new kind of error cannot fall
 * through to `failed:internal`. The message is for the user: it says what happened and what to do.
 */
class AutopilotError extends Error {
    runStatus;
    constructor(runStatus, message, options) {
        super(message, options);
        this.runStatus = runStatus;
        this.name = new.target.name;
    }
}


/***/ }),

/***/ 55403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ globMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The options of Autopilot's one glob dialect, fixed here so every caller matches alike: dot files and
 * folders match like any other, a leading `!` is a literal character (lists name what matches, they have
 * no exceptions), and paths are `/`-separated on every platform.
 */
const PICOMATCH_OPTIONS = { dot: true, nonegate: true, windows: false };
/**
 * The one glob dialect of layers' `paths`, the guard's `allowed_paths`/`denied_paths` and the agent's list
 * and search patterns (documented in docs/policy.md, "Path patterns"):
 * - picomatch syntax: `*` and `?` stay within a folder, `**` spans any number of folders (none included),
 *   `[a-z]` a character range, `{a,b}` alternatives;
 * - a pattern without any `/` matches a name at any depth: `*.yml` any YAML file, `profiles.yml` that file
 *   in any folder, `staging` a file or folder of that name with all it holds;
 * - any other pattern is anchored at the dbt project root (a leading `/` or `./` changes nothing):
 *   `models/*.sql` is the SQL directly in `models`, `/README.md` the root's README only;
 * - a trailing `/` names a folder and matches everything under it: `models/` is `models/**` without
 *   `models` itself (to name folders at any depth, start the pattern with `**` and a `/`);
 * - `\` escapes the next character (`\*` is a literal star); paths may use `\` between folders.
 * A path matches a list when it matches any pattern of it; an empty list matches nothing.
 */
function globMatcher(patterns, options = {}) {
    const globs = (typeof patterns === 'string' ? [patterns] : patterns).flatMap(expand);
    if (globs.length === 0)
        return () => false;
    const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { ...PICOMATCH_OPTIONS, nocase: options.caseInsensitive === true });
    return (path) => match(normalize(path));
}
// A backslash in a pattern escapes the next character, as in picomatch; only paths have it turned into `/`.
function expand(pattern) {
    const trimmed = pattern.replace(/^(?:\.\/)+/, '');
    const folder = trimmed.endsWith('/');
    const anyDepth = !trimmed.includes('/');
    const rooted = trimmed.replace(/^\/+/, '').replace(/\/+$/, '');
    if (rooted === '')
        return [];
    const anchored = anyDepth ? `**/${rooted}` : rooted;
    const inside = `${anchored}/**/*`;
    if (folder)
        return [inside];
    return anyDepth ? [anchored, inside] : [anchored];
}
function normalize(path) {
    return path.replaceAll('\\', '/').replace(/^(?:\.?\/)+/, '');
}


/***/ })

};
