export const id = 974;
export const ids = [974,175,497];
export const modules = {

/***/ 48974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./src/action/actions-log.ts

/** Progress in the Actions log: one collapsible group per stage. */
class ActionsLog {
    info(message) {
        core/* info */.pq(message);
    }
    warn(message) {
        core/* warning */.$e(message);
    }
    error(message) {
        core/* error */.z3(message);
    }
    debug(message) {
        core/* debug */.Yz(message);
    }
    group(name, fn) {
        return core/* group */.Os(name, fn);
    }
}

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/config/settings.ts + 1 modules
var settings = __webpack_require__(86863);
;// CONCATENATED MODULE: ./src/action/read-inputs.ts



/** The only place that calls `core.getInput`. Secrets are masked before anything else sees them. */
function readActionSettings() {
    const raw = {};
    for (const input of inputs/* INPUTS */.m) {
        const value = core/* getInput */.V4(input.name);
        if (input.secret && value)
            core/* setSecret */.Pq(value);
        raw[input.name] = value;
    }
    return (0,settings.parseSettings)(raw);
}

// EXTERNAL MODULE: ./src/config/run-environment.ts
var run_environment = __webpack_require__(24175);
// EXTERNAL MODULE: ./src/run/outcome.ts
var outcome = __webpack_require__(36497);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/triggers/trigger-error.ts
var trigger_error = __webpack_require__(74870);
;// CONCATENATED MODULE: ./src/action/read-event.ts


/**
 * The event payload GitHub wrote for this job (`GITHUB_EVENT_PATH`), or `{}` outside Actions. Read here
 * rather than through `@actions/github`'s context, which reads the environment at import time.
 */
async function readEventPayload(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new trigger_error/* TriggerError */.d(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error instanceof Error ? error.message : String(error)}. Unset GITHUB_EVENT_PATH when running outside GitHub Actions.`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new trigger_error/* TriggerError */.d(`The event payload at GITHUB_EVENT_PATH=${path} is not JSON.`);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(2503);
;// CONCATENATED MODULE: ./src/triggers/event-payloads.ts


// Only the fields the router reads; everything else in GitHub's payloads passes through unchecked.
const sender = schemas/* object */.Ikc({ login: schemas/* string */.YjP().min(1), type: schemas/* string */.YjP().optional() });
const issuesPayloadSchema = schemas/* object */.Ikc({
    action: schemas/* string */.YjP(),
    issue: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        labels: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP() })).nullish(),
    }),
    label: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).nullish(),
    sender,
});
const issueCommentPayloadSchema = schemas/* object */.Ikc({
    action: schemas/* string */.YjP(),
    issue: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        // Present (an object of links) only when the issue is a pull request.
        pull_request: schemas/* object */.Ikc({}).loose().nullish(),
    }),
    comment: schemas/* object */.Ikc({
        id: schemas/* number */.aig().int().positive(),
        body: schemas/* string */.YjP().nullish(),
        created_at: schemas/* string */.YjP(),
        updated_at: schemas/* string */.YjP(),
    }),
    sender,
});
const dispatchPayloadSchema = schemas/* object */.Ikc({
    inputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    sender: sender.optional(),
});
const schedulePayloadSchema = schemas/* object */.Ikc({
    schedule: schemas/* string */.YjP().optional(),
    sender: sender.optional(),
});
const anyPayloadSchema = schemas/* object */.Ikc({ sender: sender.optional() }).loose();
function parsePayload(schema, payload, eventName) {
    const parsed = schema.safeParse(payload);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
        .join('; ');
    throw new trigger_error/* TriggerError */.d(`The \`${eventName}\` event payload is not what GitHub sends (${problems}). ` +
        'If you replay an event file, start from a real payload (GITHUB_EVENT_PATH on a runner).');
}
function toActor(value) {
    return { login: value.login, bot: value.type === 'Bot' || value.login.endsWith('[bot]') };
}

// EXTERNAL MODULE: ./src/triggers/request.ts
var request = __webpack_require__(98212);
;// CONCATENATED MODULE: ./src/triggers/trigger-phrase.ts
/**
 * The instruction after `phrase` when `body` starts with it (leading whitespace ignored, case-sensitive),
 * or undefined when the comment is not a command. `/autopilotx` is not `/autopilot`.
 */
function parseTriggerPhrase(body, phrase) {
    const text = body.trimStart();
    if (!text.startsWith(phrase))
        return undefined;
    const rest = text.slice(phrase.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined;
    return rest.trim();
}

;// CONCATENATED MODULE: ./src/triggers/route-event.ts





const SUPPORTED_EVENTS = [
    'workflow_dispatch',
    'workflow_call',
    'issues',
    'issue_comment',
    'schedule',
];
/**
 * Turns the GitHub event that started the job into what Autopilot should do. Pure: no I/O, no
 * authorization (see `authorizeRequest`), no sanitization (the instruction is returned as written).
 *
 * In a reusable workflow the event name is the caller's, so an explicit `ticket` input runs that ticket on
 * any event except `issues` and `issue_comment`, which always go through their label or phrase (and then
 * authorization): a workflow that forwards an issue number must not bypass those checks.
 */
function routeEvent(eventName, payload, config) {
    const event = eventName?.trim() ?? '';
    const ticketInput = config.ticketInput?.trim() || undefined;
    switch (event) {
        case 'issues':
            return routeIssue(payload, config.triggerLabel.trim() || request/* DEFAULT_TRIGGER_LABEL */.yA);
        case 'issue_comment':
            return routeComment(payload, config.triggerPhrase.trim() || request/* DEFAULT_TRIGGER_PHRASE */.PO);
        case 'workflow_dispatch':
        case 'workflow_call':
            return routeDispatch(event, payload, ticketInput);
        case 'schedule': {
            const { schedule, sender } = parsePayload(schedulePayloadSchema, payload ?? {}, event);
            // The fan-out job of a nightly backlog runs under `schedule` too, one ticket per matrix entry.
            if (ticketInput)
                return { kind: 'run', event, ticket: ticketInput, actor: sender && toActor(sender), origin: {} };
            return { kind: 'plan-backlog', event, ...(schedule ? { schedule } : {}) };
        }
        default: {
            if (ticketInput) {
                const { sender } = parsePayload(anyPayloadSchema, payload ?? {}, event || 'unknown');
                return { kind: 'run', event, ticket: ticketInput, actor: sender && toActor(sender), origin: {} };
            }
            return (0,request/* skip */.iv)('unsupported-event', `Autopilot does not start on \`${event || 'an unnamed event'}\`. It runs on ${SUPPORTED_EVENTS.map((e) => `\`${e}\``).join(', ')}; ` +
                'from any other event (e.g. a reusable workflow called by it) pass the `ticket` input.');
        }
    }
}
function routeIssue(payload, label) {
    const { action, issue, label: added, sender } = parsePayload(issuesPayloadSchema, payload, 'issues');
    const same = (name) => name.toLowerCase() === label.toLowerCase();
    const triggered = (action === 'labeled' && added !== null && added !== undefined && same(added.name)) ||
        (action === 'opened' && (issue.labels ?? []).some((l) => same(l.name)));
    if (!triggered) {
        const what = action === 'labeled' ? `labelled \`${added?.name ?? ''}\`` : action;
        return (0,request/* skip */.iv)('not-triggered', `Issue #${issue.number} was ${what}; Autopilot starts when an issue is opened with or labelled \`${label}\`.`);
    }
    return {
        kind: 'run',
        event: 'issues',
        ticket: `#${issue.number}`,
        actor: toActor(sender),
        origin: { issueNumber: issue.number },
    };
}
function routeComment(payload, phrase) {
    const { action, issue, comment, sender } = parsePayload(issueCommentPayloadSchema, payload, 'issue_comment');
    const edited = action === 'edited' || comment.updated_at !== comment.created_at;
    if (edited) {
        return (0,request/* skip */.iv)('edited-comment', `Comment ${comment.id} was edited after it was posted; Autopilot only acts on a comment as first written. Post a new \`${phrase}\` comment.`);
    }
    if (action !== 'created') {
        return (0,request/* skip */.iv)('not-triggered', `A comment was ${action}; Autopilot only acts on new comments.`);
    }
    const instruction = parseTriggerPhrase(comment.body ?? '', phrase);
    if (instruction === undefined) {
        return (0,request/* skip */.iv)('not-triggered', `Comment ${comment.id} does not start with \`${phrase}\`.`);
    }
    const actor = toActor(sender);
    if (issue.pull_request) {
        return {
            kind: 'revise',
            event: 'issue_comment',
            prNumber: issue.number,
            instruction,
            actor,
            commentId: comment.id,
        };
    }
    return {
        kind: 'run',
        event: 'issue_comment',
        ticket: `#${issue.number}`,
        ...(instruction ? { instruction } : {}),
        actor,
        origin: { issueNumber: issue.number, commentId: comment.id },
    };
}
const ticketValue = schemas/* string */.YjP().trim().min(1);
function routeDispatch(event, payload, ticketInput) {
    const { inputs, sender } = parsePayload(dispatchPayloadSchema, payload ?? {}, event);
    const fromPayload = ticketValue.safeParse(inputs?.ticket);
    const ticket = ticketInput ?? (fromPayload.success ? fromPayload.data : undefined);
    if (!ticket) {
        throw new settings.SettingsError(`Input \`ticket\` is required for ${event}: pass \`with: ticket: \${{ inputs.ticket }}\` (a Jira key like DATA-123 or an issue like #42).`);
    }
    return { kind: 'run', event, ticket, actor: sender && toActor(sender), origin: {} };
}

// EXTERNAL MODULE: ./src/triggers/untrusted-events.ts
var untrusted_events = __webpack_require__(70645);
;// CONCATENATED MODULE: ./src/action/run-action.ts








/** The Action: event → request → one ticket, a backlog plan, or a backlog run. One exit path for errors. */
async function run() {
    const log = new ActionsLog();
    try {
        const environment = (0,run_environment.readRunEnvironment)();
        const settings = readActionSettings();
        const eventName = environment.eventName ?? 'workflow_dispatch';
        // A backlog mode needs no ticket, whatever started it, except events people start from an issue.
        const request = settings.mode !== 'run' && !untrusted_events/* UNTRUSTED_EVENTS */.f.has(eventName)
            ? { kind: 'plan-backlog', event: eventName }
            : routeEvent(eventName, await readEventPayload(), {
                ticketInput: settings.ticket.key || undefined,
                triggerLabel: settings.triggers.label,
                triggerPhrase: settings.triggers.phrase,
                branchPrefix: settings.branchPrefix,
            });
        // The stages load only once the inputs and the event are known to be usable: a bad input fails fast.
        const { handle } = await Promise.all(/* import() */[__webpack_require__.e(3), __webpack_require__.e(645), __webpack_require__.e(783), __webpack_require__.e(174), __webpack_require__.e(605), __webpack_require__.e(206), __webpack_require__.e(563)]).then(__webpack_require__.bind(__webpack_require__, 23563));
        const status = await handle(request, settings, environment, log);
        if ((0,outcome.isFailure)(status.status))
            core/* setFailed */.C1(`${status.status}: ${status.message}`);
        else if (status.status.startsWith('skipped:') && settings.failOnSkip) {
            core/* setFailed */.C1(`${status.status}: ${status.message} (input \`fail-on-skip\` is true)`);
        }
        else
            log.info(`${status.status}: ${status.message}`);
    }
    catch (error) {
        const failure = (0,outcome/* classifyFailure */.X)(error);
        core/* setOutput */.uH('status', failure.status);
        core/* setFailed */.C1(failure.message);
    }
}


/***/ }),

/***/ 64868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xI: () => (/* reexport safe */ _dbt_error_js__WEBPACK_IMPORTED_MODULE_0__.x),
/* harmony export */   zR: () => (/* binding */ DbtCli)
/* harmony export */ });
/* unused harmony export errorMessages */
/* harmony import */ var _dbt_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52676);


/** Runs the dbt CLI through a CommandRunner, with machine-readable logs and no colours. */
class DbtCli {
    options;
    runner;
    constructor(options, runner) {
        this.options = options;
        this.runner = runner;
    }
    deps() {
        return this.run(['deps']);
    }
    parse(targetPath) {
        return this.run(['parse', '--target-path', targetPath]);
    }
    build(select, options, targetPath) {
        const args = ['build', '--select', select];
        if (options.defer)
            args.push('--defer');
        if (options.state)
            args.push('--state', options.state);
        return this.run([...args, '--target-path', targetPath]);
    }
    /** Writes manifest.json and catalog.json (the warehouse's columns of the selection) into `targetPath`. */
    docsGenerate(select, targetPath) {
        return this.run(['docs', 'generate', '--select', select, '--target-path', targetPath]);
    }
    async run(commandArgs) {
        const { projectDir, profilesDir, target, executable, timeoutMs, logDir } = this.options;
        const args = [...commandArgs, '--project-dir', projectDir];
        if (profilesDir)
            args.push('--profiles-dir', profilesDir);
        if (target)
            args.push('--target', target);
        args.push('--log-path', logDir, '--log-format', 'json', '--no-use-colors');
        const result = await this.runner.run(executable, args, {
            cwd: projectDir,
            env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
            timeoutMs,
        });
        const subcommand = commandArgs[0] ?? 'dbt';
        if (result.exitCode === 127 && !result.timedOut) {
            throw new _dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`Could not start dbt (\`${executable}\`): install dbt with your adapter in the workflow (e.g. \`pip install dbt-core dbt-duckdb\`) or set input \`dbt-executable\` to its path.`);
        }
        const errors = result.timedOut
            ? [
                `dbt ${subcommand} did not finish within ${formatMinutes(timeoutMs)}: raise input \`dbt-timeout-minutes\` or select less.`,
            ]
            : errorMessages(result);
        return {
            commandLine: [executable, ...args].map(quoteArg).join(' '),
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            errors,
        };
    }
}
/**
 * Error-level events of dbt's JSON log. When dbt dies before logging (bad profile, Python traceback),
 * the tail of stderr stands in.
 */
function errorMessages(result) {
    const messages = [];
    for (const line of result.stdout.split('\n')) {
        const event = parseLogLine(line);
        if (event?.level === 'error' && event.msg.trim())
            messages.push(event.msg.trim());
    }
    if (messages.length === 0 && result.exitCode !== 0) {
        const tail = result.stderr.trim().split('\n').slice(-20).join('\n').trim();
        if (tail)
            messages.push(tail);
    }
    return messages;
}
function parseLogLine(line) {
    if (!line.startsWith('{'))
        return undefined;
    try {
        const event = JSON.parse(line);
        const level = event.info?.level;
        const msg = event.info?.msg;
        return typeof level === 'string' && typeof msg === 'string' ? { level, msg } : undefined;
    }
    catch {
        return undefined;
    }
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(1))} minutes` : `${Math.round(ms / 1000)} seconds`;
}
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}


/***/ }),

/***/ 52676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ DbtError)
/* harmony export */ });
/**
 * dbt or its tooling could not do its part: dbt missing, the project unreadable, the base unparseable,
 * sqlfluff missing. The message says what to change. Failed builds are not errors: they are Validations.
 */
class DbtError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'DbtError';
    }
}


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   uG: () => (/* binding */ authConfigEnv)
/* harmony export */ });
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** A git command failed; the message carries git's stderr with any credential removed. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed with exit code ${exitCode}: ${stderr.trim() || '(no output)'}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/**
 * The git CLI, run without a shell. Credentials and identity travel in the environment of each command
 * (`GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`), so nothing is written to the repository's config and a later
 * step of the workflow cannot read the token from `.git/config`.
 */
class Git {
    runner;
    repoDir;
    options;
    env;
    secrets;
    /**
     * @param token sent as an HTTP basic `x-access-token` header to the GitHub server, for this process's
     * git commands only
     */
    constructor(runner, repoDir, token, options = {}) {
        this.runner = runner;
        this.repoDir = repoDir;
        this.options = options;
        const author = options.author ?? BOT_IDENTITY;
        const committer = options.committer ?? BOT_IDENTITY;
        this.env = {
            GIT_TERMINAL_PROMPT: '0',
            // Stable English messages: we recognise a lease failure by git's wording.
            LC_ALL: 'C',
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: committer.name,
            GIT_COMMITTER_EMAIL: committer.email,
            ...authConfigEnv(token, options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com', process.env),
        };
        this.secrets = token ? [token, basicCredential(token)] : [];
    }
    async run(args, options = {}) {
        const result = await this.runner.run('git', args, {
            cwd: options.cwd ?? this.repoDir,
            env: { ...this.env, ...options.env },
            timeoutMs: this.options.timeoutMs,
        });
        const clean = { ...result, stdout: this.redact(result.stdout), stderr: this.redact(result.stderr) };
        if (clean.exitCode !== 0 && !options.allowFailure) {
            const shown = args.map((arg) => this.redact(arg));
            if (clean.exitCode === 127)
                throw new GitError(shown, 127, 'git is not installed or not on PATH');
            throw new GitError(shown, clean.exitCode, clean.timedOut ? `timed out\n${clean.stderr}` : clean.stderr);
        }
        return clean;
    }
    /** Runs git and returns stdout without the trailing newline. */
    async output(args, options = {}) {
        return (await this.run(args, options)).stdout.replace(/\n$/, '');
    }
    redact(text) {
        return this.secrets.reduce((acc, secret) => acc.split(secret).join('***'), text);
    }
}
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Builds `GIT_CONFIG_*` entries that add our auth header for the server. The empty value first clears
 * any header persisted by actions/checkout for the same URL, since GitHub rejects a duplicate
 * Authorization header. Entries already in the environment are kept ahead of ours.
 */
function authConfigEnv(token, serverUrl, inherited) {
    if (!token)
        return {};
    const key = `http.${new URL(serverUrl).origin}/.extraheader`;
    const existing = Number(inherited.GIT_CONFIG_COUNT ?? 0);
    const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ BudgetExhausted),
/* harmony export */   ak: () => (/* binding */ BudgetTracker),
/* harmony export */   h9: () => (/* binding */ DEFAULT_MAX_TOKENS_PER_CALL),
/* harmony export */   ld: () => (/* binding */ UnknownModelPriceError)
/* harmony export */ });
/* unused harmony exports MIN_USEFUL_OUTPUT_TOKENS, MIN_CALL_MS */
/** A limit that stops the run before the next model call; `message` names the input to raise. */
class BudgetExhausted extends Error {
    which;
    constructor(which, message) {
        super(message);
        this.which = which;
        this.name = 'BudgetExhausted';
    }
}
/** A price is missing for the configured model; raised at start, before any call. */
class UnknownModelPriceError extends Error {
    constructor(model) {
        super(`No price for model ${model}: add it with input \`model-prices\`, e.g. {"${model}": {"input": 3, "output": 15, "cacheWrite": 3.75, "cacheRead": 0.3}} (USD per million tokens).`);
        this.name = 'UnknownModelPriceError';
    }
}
const DEFAULT_MAX_TOKENS_PER_CALL = 8192;
/** Below this many output tokens a call cannot do useful work (one edit), so it is not made. */
const MIN_USEFUL_OUTPUT_TOKENS = 256;
/** Below this much wall time a call would most likely be cut off, so it is not made. */
const MIN_CALL_MS = 5_000;
/**
 * Holds the run to its caps. Each call is first reserved against its worst case (exact input estimate, all
 * of it priced at the dearest input rate, plus every output token it may produce), so the recorded totals
 * cannot pass a cap as long as the API bills within the reservation — which `max_tokens` and the exact
 * `count_tokens` estimate guarantee.
 */
class BudgetTracker {
    budget;
    model;
    price;
    now;
    startedAt;
    turns = 0;
    inputTokens = 0;
    outputTokens = 0;
    costUsd = 0;
    constructor(budget, prices, model, options = {}) {
        this.budget = budget;
        this.model = model;
        const price = prices[model];
        if (!price)
            throw new UnknownModelPriceError(model);
        this.price = price;
        this.now = options.now ?? Date.now;
        this.startedAt = this.now();
    }
    /** Reserves the next call, or says which cap it would break. Consumes a turn when it succeeds. */
    reserve(estimatedInputTokens, perCallCap = DEFAULT_MAX_TOKENS_PER_CALL) {
        const b = this.budget;
        if (this.turns >= b.maxTurns) {
            return new BudgetExhausted('turns', `Used all ${b.maxTurns} model turns: raise input \`max-turns\`.`);
        }
        const inputLeft = b.maxInputTokens - this.inputTokens;
        if (estimatedInputTokens > inputLeft) {
            return new BudgetExhausted('input-tokens', `The next call needs ${estimatedInputTokens} input tokens but only ${Math.max(0, inputLeft)} of ${b.maxInputTokens} are left: raise input \`max-input-tokens\`.`);
        }
        const outputLeft = b.maxOutputTokens - this.outputTokens;
        if (outputLeft < MIN_USEFUL_OUTPUT_TOKENS) {
            return new BudgetExhausted('output-tokens', `Only ${Math.max(0, outputLeft)} of ${b.maxOutputTokens} output tokens are left: raise input \`max-output-tokens\`.`);
        }
        const dollarsLeft = b.maxCostUsd - this.costUsd;
        // The margin absorbs floating-point rounding in the running sum, so the cap holds exactly.
        const spendable = dollarsLeft - (estimatedInputTokens * this.dearestInputPrice()) / 1e6 - 1e-9;
        const affordable = spendable < 0
            ? 0
            : this.price.output === 0
                ? Number.POSITIVE_INFINITY
                : Math.floor((spendable * 1e6) / this.price.output);
        if (affordable < MIN_USEFUL_OUTPUT_TOKENS) {
            return new BudgetExhausted('cost', `Spent $${this.costUsd.toFixed(4)} of $${b.maxCostUsd}; the next call could cost more than is left: raise input \`max-cost-usd\`.`);
        }
        const timeLeft = this.remainingMs;
        if (timeLeft < MIN_CALL_MS) {
            return new BudgetExhausted('time', `Used the ${Math.round(b.maxWallMs / 60_000)} minute(s) allowed for the agent: raise input \`max-minutes\`.`);
        }
        this.turns += 1;
        return { turn: this.turns, maxTokens: Math.min(perCallCap, outputLeft, affordable), timeoutMs: timeLeft };
    }
    /** Records what a call used; returns its cost in USD. Wall time is read from the clock, not summed. */
    record(usage) {
        const cost = this.costOf(usage);
        this.inputTokens += usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens;
        this.outputTokens += usage.outputTokens;
        this.costUsd += cost;
        return cost;
    }
    costOf(usage) {
        const p = this.price;
        return ((usage.inputTokens * p.input +
            usage.cacheCreationInputTokens * p.cacheWrite +
            usage.cacheReadInputTokens * p.cacheRead +
            usage.outputTokens * p.output) /
            1e6);
    }
    get totals() {
        return {
            turns: this.turns,
            inputTokens: this.inputTokens,
            outputTokens: this.outputTokens,
            costUsd: this.costUsd,
            elapsedMs: this.now() - this.startedAt,
        };
    }
    /** Wall time left for the agent, in ms (negative once over). */
    get remainingMs() {
        return this.budget.maxWallMs - (this.now() - this.startedAt);
    }
    dearestInputPrice() {
        return Math.max(this.price.input, this.price.cacheWrite, this.price.cacheRead);
    }
}


/***/ }),

/***/ 73963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ textOf),
/* harmony export */   m: () => (/* binding */ ModelError)
/* harmony export */ });
const RETRYABLE = new Set([
    'rate-limited',
    'overloaded',
    'timeout',
    'connection',
    'server',
]);
/** A model call failed; `message` says what to do about it. */
class ModelError extends Error {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = 'ModelError';
    }
    /** Whether running the workflow again later may succeed without changing anything. */
    get transient() {
        return RETRYABLE.has(this.kind);
    }
}
function textOf(content) {
    return content
        .filter((block) => block.type === 'text')
        .map((block) => block.text)
        .join('\n')
        .trim();
}


/***/ }),

/***/ 34210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ priorityRank),
/* harmony export */   Kb: () => (/* binding */ BacklogError),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   cF: () => (/* binding */ normalizePriority)
/* harmony export */ });
/* unused harmony export PRIORITIES */
/** Raised when the backlog cannot be read; the message says what to do. */
class BacklogError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BacklogError';
    }
}
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
/** 0 is the most urgent. */
function priorityRank(priority) {
    return PRIORITIES.indexOf(priority);
}
// Jira's older default scheme (Blocker…Trivial) is still common on long-lived sites.
const ALIASES = {
    highest: 'Highest',
    blocker: 'Highest',
    high: 'High',
    critical: 'High',
    medium: 'Medium',
    major: 'Medium',
    low: 'Low',
    minor: 'Low',
    lowest: 'Lowest',
    trivial: 'Lowest',
};
/** A tracker's priority name → ours; an unknown or missing priority is Medium, the trackers' own default. */
function normalizePriority(name) {
    return (name && ALIASES[name.trim().toLowerCase()]) || 'Medium';
}
/** ISO form of a tracker timestamp (Jira writes `+0100` offsets); undefined when it is not a date. */
function isoTime(value) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}


/***/ }),

/***/ 24175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunEnvironment: () => (/* binding */ readRunEnvironment)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2503);

const EnvSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    GITHUB_REPOSITORY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[^/]+\/[^/]+$/)
        .optional(),
    GITHUB_SERVER_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://github.com'),
    GITHUB_API_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://api.github.com'),
    GITHUB_RUN_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_RUN_ATTEMPT: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_ACTOR: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_EVENT_NAME: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_WORKSPACE: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_STEP_SUMMARY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    RUNNER_TEMP: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
function readRunEnvironment(env = process.env) {
    const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
    const [owner, repo] = e.GITHUB_REPOSITORY?.split('/') ?? [];
    const repository = owner && repo ? { owner, repo } : undefined;
    const runUrl = repository && e.GITHUB_RUN_ID
        ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${e.GITHUB_RUN_ID}`
        : undefined;
    return {
        repository,
        serverUrl: e.GITHUB_SERVER_URL,
        apiUrl: e.GITHUB_API_URL,
        runId: e.GITHUB_RUN_ID,
        runAttempt: e.GITHUB_RUN_ATTEMPT,
        runUrl,
        actor: e.GITHUB_ACTOR,
        eventName: e.GITHUB_EVENT_NAME,
        workspace: e.GITHUB_WORKSPACE,
        runnerTemp: e.RUNNER_TEMP,
    };
}


/***/ }),

/***/ 27619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PublishError)
/* harmony export */ });
/** The branch or the pull request could not be published; `message` says what to do about it. */
class PublishError extends Error {
    kind;
    status;
    /** The change that could not be pushed, so the caller can keep it in the audit bundle. */
    patch;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = 'PublishError';
    }
}


/***/ }),

/***/ 36497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ classifyFailure),
/* harmony export */   isFailure: () => (/* binding */ isFailure)
/* harmony export */ });
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86863);
/* harmony import */ var _agent_language_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73963);
/* harmony import */ var _agent_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8768);
/* harmony import */ var _adapters_dbt_dbt_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64868);
/* harmony import */ var _publish_publish_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27619);
/* harmony import */ var _adapters_git_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6619);
/* harmony import */ var _triggers_trigger_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74870);
/* harmony import */ var _backlog_backlog_item_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34210);
/* harmony import */ var _run_stop_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46781);
/* harmony import */ var _tickets_ticket_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71653);










/** Names the outcome of a run that ended in an error; the message is the error's own, which says what to do. */
function classifyFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof _run_stop_js__WEBPACK_IMPORTED_MODULE_8__/* .RunStop */ .c)
        return { status: error.status, message };
    if (error instanceof _config_settings_js__WEBPACK_IMPORTED_MODULE_0__.SettingsError || error instanceof _agent_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .UnknownModelPriceError */ .ld)
        return { status: 'failed:config', message };
    if (error instanceof _tickets_ticket_js__WEBPACK_IMPORTED_MODULE_9__/* .TicketError */ .F)
        return { status: 'failed:ticket', message };
    if (error instanceof _agent_language_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m)
        return { status: 'failed:model', message };
    if (error instanceof _adapters_dbt_dbt_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .xI)
        return { status: 'failed:dbt', message };
    if (error instanceof _publish_publish_error_js__WEBPACK_IMPORTED_MODULE_4__/* .PublishError */ .S || error instanceof _adapters_git_git_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS)
        return { status: 'failed:publish', message };
    if (error instanceof _triggers_trigger_error_js__WEBPACK_IMPORTED_MODULE_6__/* .TriggerError */ .d)
        return { status: 'failed:event', message };
    if (error instanceof _backlog_backlog_item_js__WEBPACK_IMPORTED_MODULE_7__/* .BacklogError */ .Kb)
        return { status: 'failed:backlog', message };
    return {
        status: 'failed:internal',
        message: `Unexpected error: ${message}. The audit bundle has the details; please report it with the bundle attached.`,
    };
}
function isFailure(status) {
    return status.startsWith('failed:');
}


/***/ }),

/***/ 46781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ RunStop)
/* harmony export */ });
/** Ends the run early with a named outcome. */
class RunStop extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'RunStop';
    }
}


/***/ }),

/***/ 71653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ TicketError)
/* harmony export */ });
/** A ticket could not be read; `message` says what to do about it. */
class TicketError extends Error {
    kind;
    retryAfterMs;
    constructor(kind, message, retryAfterMs) {
        super(message);
        this.kind = kind;
        this.retryAfterMs = retryAfterMs;
        this.name = 'TicketError';
    }
}


/***/ }),

/***/ 98212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ DEFAULT_TRIGGER_PHRASE),
/* harmony export */   iv: () => (/* binding */ skip),
/* harmony export */   mC: () => (/* binding */ skipStatus),
/* harmony export */   yA: () => (/* binding */ DEFAULT_TRIGGER_LABEL)
/* harmony export */ });
const DEFAULT_TRIGGER_LABEL = 'autopilot';
const DEFAULT_TRIGGER_PHRASE = '/autopilot';
function skip(reason, message) {
    return { kind: 'skip', reason, message };
}
/** The run status a skipped request ends in. */
function skipStatus(request) {
    return `skipped:${request.reason}`;
}


/***/ }),

/***/ 74870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ TriggerError)
/* harmony export */ });
/** The event payload lacks a field the router needs; the message names it. Not a skip: GitHub sent something unexpected. */
class TriggerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TriggerError';
    }
}


/***/ }),

/***/ 70645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ UNTRUSTED_EVENTS)
/* harmony export */ });
/** Events people start from an issue or a comment: the actor must be authorized, the text is untrusted. */
const UNTRUSTED_EVENTS = new Set(['issues', 'issue_comment']);


/***/ })

};
