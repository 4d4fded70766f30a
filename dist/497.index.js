export const id = 497;
export const ids = [497];
export const modules = {

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


/***/ })

};
