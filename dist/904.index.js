export const id = 904;
export const ids = [904,175,497];
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

/***/ 24348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printRunReport: () => (/* binding */ printRunReport)
/* harmony export */ });
/* harmony import */ var _validate_run_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70864);

/** What a person at a terminal wants after a run: the outcome, the change, the checks, where things are. */
function printRunReport(result, out) {
    const lines = ['', `Outcome: ${result.status}`, `  ${result.message}`];
    if (result.changedFiles.length > 0) {
        lines.push('', 'Changed files:', ...result.changedFiles.map((file) => `  ${file}`));
    }
    if (result.changedModels.length > 0)
        lines.push(`Changed models: ${result.changedModels.join(', ')}`);
    for (const validation of result.validations) {
        const dbt = validation.dbt;
        const counts = new Map();
        for (const node of dbt.results)
            counts.set(node.status, (counts.get(node.status) ?? 0) + 1);
        const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no nodes';
        lines.push('', `Validation round ${validation.round}: ${validation.ok ? 'passed' : 'FAILED'}`, `  dbt (${dbt.mode}): ${summary}${dbt.error ? ` — ${dbt.error.split('\n')[0]}` : ''}`, `  ${dbt.command}`, `  sqlfluff: ${validation.lint.skipped ?? `${validation.lint.violations.length} violation(s) in ${validation.lint.files.length} file(s)`}`);
        for (const node of dbt.results.filter(_validate_run_results_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N).slice(0, 5)) {
            lines.push(`    ${node.status}: ${node.uniqueId} ${node.message?.split('\n')[0] ?? ''}`);
        }
        for (const v of validation.lint.violations.slice(0, 5)) {
            lines.push(`    ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`);
        }
    }
    lines.push('', `Model: ${result.record.modelCalls.length} call(s), $${result.record.costUsd.toFixed(4)}`);
    if (result.prUrl)
        lines.push(`Pull request: ${result.prUrl}`);
    if (result.branch)
        lines.push(`Branch: ${result.branch}`);
    const prBody = result.auditFiles.find((file) => file.endsWith('pr-body.md'));
    const patch = result.auditFiles.find((file) => file.endsWith('.patch'));
    if (prBody)
        lines.push(`PR body: ${prBody}`);
    if (patch)
        lines.push(`Patch: ${patch}`);
    lines.push(`Audit bundle: ${result.auditDir}`, '');
    out.write(result.redact(lines.join('\n')));
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

/***/ 77904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/settings.ts + 1 modules
var config_settings = __webpack_require__(86863);
// EXTERNAL MODULE: ./src/config/run-environment.ts
var run_environment = __webpack_require__(24175);
// EXTERNAL MODULE: ./src/run/outcome.ts
var outcome = __webpack_require__(36497);
// EXTERNAL MODULE: ./src/cli/print-report.ts
var print_report = __webpack_require__(24348);
// EXTERNAL MODULE: ./src/adapters/process/command-runner.ts
var command_runner = __webpack_require__(41874);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 62 modules
var run_ticket = __webpack_require__(65206);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(2503);
;// CONCATENATED MODULE: ./src/demo/scripted-messages-server.ts


const TextBlockSchema = schemas/* strictObject */.rej({ type: schemas/* literal */.euz('text'), text: schemas/* string */.YjP() });
const ToolUseBlockSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz('tool_use'),
    id: schemas/* string */.YjP().optional(),
    name: schemas/* string */.YjP().min(1),
    input: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
const ScriptUsageSchema = schemas/* strictObject */.rej({
    input_tokens: schemas/* number */.aig().int().nonnegative().optional(),
    output_tokens: schemas/* number */.aig().int().nonnegative().optional(),
    cache_creation_input_tokens: schemas/* number */.aig().int().nonnegative().optional(),
    cache_read_input_tokens: schemas/* number */.aig().int().nonnegative().optional(),
});
const ScriptTurnSchema = schemas/* strictObject */.rej({
    content: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt('type', [TextBlockSchema, ToolUseBlockSchema])).min(1),
    stop_reason: schemas/* enum */.k5n(['end_turn', 'tool_use', 'max_tokens', 'stop_sequence', 'refusal']),
    usage: ScriptUsageSchema.optional(),
});
/** A JSON script file: `{ "description": "...", "turns": [...] }`, one turn per model call. */
const ScriptSchema = schemas/* strictObject */.rej({ description: schemas/* string */.YjP(), turns: schemas/* array */.YOg(ScriptTurnSchema) });
/**
 * A loopback Anthropic Messages API that plays a script: each POST /v1/messages answers with the next turn,
 * as SSE frames when the request streams, otherwise as JSON. Used by the demo (no API key) and by tests
 * through the real SDK.
 */
async function startScriptedMessagesServer(options) {
    const turns = [...options.script];
    const failures = [...(options.failures ?? [])];
    const requests = [];
    let served = 0;
    const server = (0,external_node_http_.createServer)((req, res) => {
        void handle(req, res).catch((error) => {
            if (!res.headersSent)
                sendError(res, 500, 'api_error', error.message);
            else
                res.end();
        });
    });
    async function handle(req, res) {
        const raw = await readBody(req);
        const path = (req.url ?? '/').split('?')[0];
        let body;
        try {
            body = raw ? JSON.parse(raw) : {};
        }
        catch {
            return sendError(res, 400, 'invalid_request_error', 'Request body is not JSON');
        }
        requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
        if (options.apiKey !== undefined && !authorized(req.headers, options.apiKey)) {
            return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
        }
        const failure = failures.shift();
        if (failure) {
            res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
            res.end(JSON.stringify(failure.body));
            return;
        }
        if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
            return sendJson(res, 200, { input_tokens: inputTokensOf(body) });
        }
        if (req.method !== 'POST' || path !== '/v1/messages') {
            return sendError(res, 404, 'not_found_error', `No route ${req.method} ${path}`);
        }
        const turn = turns.shift();
        if (!turn)
            return sendError(res, 500, 'api_error', 'script exhausted');
        served += 1;
        const message = toMessage(turn, served, String(body['model'] ?? options.model ?? 'claude-sonnet-5-5'), inputTokensOf(body));
        if (body['stream'] === true)
            writeStream(res, message);
        else
            sendJson(res, 200, message);
    }
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        requests,
        get messageRequests() {
            return requests.filter((request) => request.path === '/v1/messages');
        },
        close: () => new Promise((resolve, reject) => {
            server.closeAllConnections();
            server.close((error) => (error ? reject(error) : resolve()));
        }),
    };
}
/**
 * A stand-in token count (a token is about 4 bytes) that is the same for a request and its count_tokens twin,
 * so the budget's reservation holds against the fake as it does against the real API.
 */
function inputTokensOf(body) {
    const counted = { ...body };
    delete counted['max_tokens'];
    delete counted['stream'];
    return Math.ceil(Buffer.byteLength(JSON.stringify(counted)) / 4);
}
function toMessage(turn, index, model, inputTokens) {
    const content = turn.content.map((block, i) => block.type === 'text'
        ? block
        : {
            type: 'tool_use',
            id: block.id ?? `toolu_${index}_${i}`,
            name: block.name,
            input: block.input,
        });
    return {
        id: `msg_scripted_${index}`,
        type: 'message',
        role: 'assistant',
        model,
        content,
        stop_reason: turn.stop_reason,
        stop_sequence: null,
        stop_details: null,
        container: null,
        diagnostics: null,
        usage: {
            input_tokens: turn.usage?.input_tokens ?? inputTokens,
            output_tokens: turn.usage?.output_tokens ?? Math.ceil(Buffer.byteLength(JSON.stringify(content)) / 4),
            cache_creation_input_tokens: turn.usage?.cache_creation_input_tokens ?? 0,
            cache_read_input_tokens: turn.usage?.cache_read_input_tokens ?? 0,
        },
    };
}
/** Writes the message as the real SSE frame sequence; every frame has an `event:` line. */
function writeStream(res, message) {
    res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
    });
    const frame = (event, data) => res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`);
    frame('message_start', {
        message: { ...message, content: [], stop_reason: null, usage: { ...message.usage, output_tokens: 1 } },
    });
    message.content.forEach((block, index) => {
        if (block.type === 'text') {
            frame('content_block_start', { index, content_block: { type: 'text', text: '' } });
            if (index === 0)
                frame('ping', {});
            for (const piece of chunks(block.text, 24)) {
                frame('content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
            }
        }
        else {
            frame('content_block_start', { index, content_block: { ...block, input: {} } });
            if (index === 0)
                frame('ping', {});
            for (const piece of chunks(JSON.stringify(block.input), 32)) {
                frame('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: piece } });
            }
        }
        frame('content_block_stop', { index });
    });
    frame('message_delta', {
        delta: { stop_reason: message.stop_reason, stop_sequence: null },
        usage: { output_tokens: message.usage.output_tokens },
    });
    frame('message_stop', {});
    res.end();
}
function chunks(text, size) {
    const pieces = [];
    for (let i = 0; i < text.length; i += size)
        pieces.push(text.slice(i, i + size));
    return pieces.length > 0 ? pieces : [''];
}
function authorized(headers, apiKey) {
    return headers['authorization'] === `Bearer ${apiKey}` || headers['x-api-key'] === apiKey;
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const parts = [];
        req.on('data', (part) => parts.push(part));
        req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        req.on('error', reject);
    });
}
function sendJson(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_scripted_${Date.now()}` });
    res.end(JSON.stringify(body));
}
function sendError(res, status, type, message) {
    sendJson(res, status, { type: 'error', error: { type, message }, request_id: 'req_scripted' });
}

;// CONCATENATED MODULE: ./src/demo/demo.ts











const SKIPPED = new Set(['target', 'logs', 'dbt_packages', '.user.yml']);
/**
 * `autopilot demo`: the whole pipeline on a copy of examples/shop with the sample ticket, as a dry run.
 * Without ANTHROPIC_API_KEY the model is a script of canned turns served through the real SDK.
 */
async function runDemo(args, env, log) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: { out: { type: 'string' }, home: { type: 'string' } },
        strict: true,
    });
    // The bundle lives in <home>/dist; the examples beside it.
    const home = external_node_path_default().resolve(values.home ?? external_node_path_default().join(external_node_path_default().dirname(process.argv[1] ?? '.'), '..'));
    const shop = external_node_path_default().join(home, 'examples', 'shop');
    const demo = external_node_path_default().join(home, 'examples', 'demo');
    await (0,promises_.access)(external_node_path_default().join(shop, 'dbt_project.yml')).catch(() => {
        throw new Error(`No examples/shop under ${home}: run the demo from a clone of the Autopilot repository.`);
    });
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'autopilot-demo-'));
    const repoDir = external_node_path_default().join(scratch, 'repo');
    await (0,promises_.cp)(shop, repoDir, { recursive: true, filter: (source) => !SKIPPED.has(external_node_path_default().basename(source)) });
    await initRepository(repoDir);
    const venvBin = external_node_path_default().join(home, '.venv', 'bin');
    const hasVenv = await (0,promises_.access)(external_node_path_default().join(venvBin, 'dbt')).then(() => true, () => false);
    const raw = {
        ...(0,config_settings.defaultInputs)(),
        ticket: external_node_path_default().join(demo, 'ticket.md'),
        'ticket-source': 'file',
        'dry-run': 'true',
        'upload-artifact': 'false',
        'dbt-executable': hasVenv ? external_node_path_default().join(venvBin, 'dbt') : 'dbt',
        'sqlfluff-executable': hasVenv ? external_node_path_default().join(venvBin, 'sqlfluff') : 'sqlfluff',
    };
    let server;
    if (env.ANTHROPIC_API_KEY) {
        log.info(`Model: Claude (${raw.model}), with ANTHROPIC_API_KEY from the environment.`);
        raw['anthropic-api-key'] = env.ANTHROPIC_API_KEY;
    }
    else {
        const scriptFile = external_node_path_default().join(demo, 'script.json');
        const script = ScriptSchema.parse(JSON.parse(await (0,promises_.readFile)(scriptFile, 'utf8')));
        server = await startScriptedMessagesServer({ script: script.turns, apiKey: 'scripted-demo' });
        log.info(`Model: SCRIPTED — canned assistant turns from ${external_node_path_default().relative(process.cwd(), scriptFile)}, served through the real Anthropic SDK by a loopback Messages API server. Set ANTHROPIC_API_KEY to use Claude.`);
        raw['anthropic-api-key'] = 'scripted-demo';
        raw['anthropic-base-url'] = server.url;
    }
    try {
        const settings = (0,config_settings.parseSettings)(raw);
        const outDir = external_node_path_default().resolve(values.out ?? external_node_path_default().join(scratch, 'out'));
        log.info(`Project: a copy of examples/shop in ${repoDir}`);
        const result = await (0,run_ticket.runTicket)({ settings, environment: (0,run_environment.readRunEnvironment)({}), log, repoDir, outDir });
        (0,print_report.printRunReport)(result, process.stdout);
        return (0,outcome.isFailure)(result.status) ? 1 : 0;
    }
    finally {
        await server?.close();
    }
}
async function initRepository(dir) {
    const git = new command_runner.SpawnCommandRunner();
    const env = {
        GIT_AUTHOR_NAME: 'Autopilot demo',
        GIT_AUTHOR_EMAIL: 'demo@autopilot.invalid',
        GIT_COMMITTER_NAME: 'Autopilot demo',
        GIT_COMMITTER_EMAIL: 'demo@autopilot.invalid',
    };
    for (const args of [
        ['init', '-q', '-b', 'main'],
        ['add', '-A'],
        ['commit', '-q', '-m', 'examples/shop'],
    ]) {
        const result = await git.run('git', args, { cwd: dir, env });
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    }
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
