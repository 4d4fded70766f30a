export const id = 881;
export const ids = [881,904];
export const modules = {

/***/ 24904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ gitStateDigest),
/* harmony export */   hardenedGitArgs: () => (/* binding */ hardenedGitArgs),
/* harmony export */   r3: () => (/* binding */ globalGitFiles)
/* harmony export */ });
/* unused harmony export HARDENED_GIT_CONFIG */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * `-c` options for every git command Autopilot runs. A repository's own config can name commands git
 * runs on its own (fsmonitor, hooks, ssh, askpass, credential helpers, signing, ext:: remotes); a writable
 * `.git/config` would be code execution. Command-line config wins over every file, so these switch them
 * off whatever the repository says. The push token travels as an `http.extraheader`, so no credential
 * helper is needed.
 */
const HARDENED_GIT_CONFIG = [
    'core.fsmonitor=',
    // A file, not a folder: git finds no hook in it.
    'core.hooksPath=/dev/null',
    'core.sshCommand=ssh',
    'core.askPass=',
    'credential.helper=',
    'commit.gpgSign=false',
    'tag.gpgSign=false',
    'protocol.ext.allow=never',
    'diff.external=',
];
/** The arguments that go before a git subcommand. */
function hardenedGitArgs(args) {
    return [...HARDENED_GIT_CONFIG.flatMap((entry) => ['-c', entry]), ...args];
}
/**
 * The files outside the repository from which git takes config and attributes: the user's (global) and the
 * machine's (system) ones. A filter or diff driver named there runs on `git add` and `git diff`, which no
 * `-c` option can switch off without knowing its name.
 */
function globalGitFiles(env) {
    const home = env.HOME;
    const xdg = env.XDG_CONFIG_HOME || (home ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.config') : undefined);
    const files = [
        env.GIT_CONFIG_GLOBAL || (home ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.gitconfig') : undefined),
        xdg ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(xdg, 'git', 'config') : undefined,
        xdg ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(xdg, 'git', 'attributes') : undefined,
        env.GIT_CONFIG_SYSTEM || '/etc/gitconfig',
    ];
    return [...new Set(files.filter((file) => Boolean(file)))];
}
/**
 * A hash of the repository's git config files, hooks and attributes (names, modes, contents, link
 * targets), and of `extraFiles` (the global and system config). Taken at the start of a run and compared
 * before every later git command: model-written code that reached git's configuration ends the run before
 * git can act on it.
 */
async function gitStateDigest(gitDirs, extraFiles = []) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const dir of [...new Set(gitDirs)]) {
        for (const name of ['config', 'config.worktree', 'hooks', node_path__WEBPACK_IMPORTED_MODULE_2___default().join('info', 'attributes')])
            await addEntry(hash, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name));
    }
    for (const file of extraFiles)
        await addEntry(hash, file);
    return hash.digest('hex');
}
async function addEntry(hash, file) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    hash.update(`\0${file}\0`);
    if (!info)
        return void hash.update('absent');
    hash.update(`mode ${info.mode}\0`);
    if (info.isSymbolicLink())
        return void hash.update(`link ${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(file)}`);
    if (info.isDirectory()) {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(file)).sort())
            await addEntry(hash, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(file, name));
        return;
    }
    hash.update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file));
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
/* unused harmony export GitStateChangedError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76021);
/* harmony import */ var _git_hardening_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24904);



const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** A git command failed; the message carries git's stderr with any credential removed. */
class GitError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_1__/* .AutopilotError */ .W {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super('failed:publish', `git ${args.join(' ')} failed with exit code ${exitCode}: ${stderr.trim() || '(no output)'}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/**
 * Git's configuration (the repository's config, hooks or attributes, or the user's or machine's config)
 * changed after the run took its digest: no further git command runs, since git would act on it (a filter
 * driver runs on `git add`, a textconv on `git diff`, whatever `-c` switches off).
 */
class GitStateChangedError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_1__/* .AutopilotError */ .W {
    constructor() {
        super('failed:guard', "Git's configuration (`.git/config`, `.git/hooks`, `.git/info/attributes`, or the user's or system git config) changed during the run, so Autopilot ran no further git command: code the change planted there would run. Inspect the checkout; do not reuse it.");
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
    gitDirs;
    /** The first digest taken: every later command first checks git's configuration still hashes to it. */
    pinned;
    /**
     * @param token sent as an HTTP basic header (user `tokenUser`) to the server, for this process's git
     * commands only
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
            ...authConfigEnv(token, options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com', process.env, options.tokenUser),
        };
        this.secrets = token ? [token, basicCredential(token, options.tokenUser)] : [];
    }
    async run(args, options = {}) {
        if (this.pinned !== undefined && (await this.digest()) !== this.pinned)
            throw new GitStateChangedError();
        const result = await this.runner.run('git', (0,_git_hardening_js__WEBPACK_IMPORTED_MODULE_2__.hardenedGitArgs)(args), {
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
    /**
     * A hash of git's configuration for this repository; see `gitStateDigest`. The first one taken is the
     * reference: from then on a command whose configuration no longer matches it is refused
     * (`GitStateChangedError`) before git starts.
     */
    async stateDigest() {
        const digest = await this.digest();
        this.pinned ??= digest;
        return digest;
    }
    async digest() {
        // Found once, at the start: a rewritten config must not decide where it is looked for.
        this.gitDirs ??= this.output(['rev-parse', '--absolute-git-dir', '--git-common-dir']).then((dirs) => {
            const [gitDir = '', commonDir = ''] = dirs.split('\n');
            return [gitDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(this.repoDir, commonDir)];
        });
        return (0,_git_hardening_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStateDigest */ .Gc)(await this.gitDirs, (0,_git_hardening_js__WEBPACK_IMPORTED_MODULE_2__/* .globalGitFiles */ .r3)(process.env));
    }
    redact(text) {
        return this.secrets.reduce((acc, secret) => acc.split(secret).join('***'), text);
    }
}
function basicCredential(token, user = 'x-access-token') {
    return Buffer.from(`${user}:${token}`, 'utf8').toString('base64');
}
/**
 * Builds `GIT_CONFIG_*` entries that add our auth header for the server. The empty value first clears
 * any header persisted by actions/checkout for the same URL, since GitHub rejects a duplicate
 * Authorization header. Entries already in the environment are kept ahead of ours.
 */
function authConfigEnv(token, serverUrl, inherited, tokenUser) {
    if (!token)
        return {};
    const key = `http.${new URL(serverUrl).origin}/.extraheader`;
    const existing = Number(inherited.GIT_CONFIG_COUNT ?? 0);
    const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token, tokenUser)}`],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}


/***/ }),

/***/ 75568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ inputTokensOf),
/* harmony export */   JG: () => (/* binding */ InputBound)
/* harmony export */ });
/* unused harmony exports REQUEST_OVERHEAD_TOKENS, ITEM_OVERHEAD_TOKENS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98439);


/**
 * Tokens the API adds around what a request's JSON holds: the tool-use system prompt, role and turn markers.
 * Anthropic documents a few hundred for the tool-use prompt; this is well above that.
 */
const REQUEST_OVERHEAD_TOKENS = 1024;
/** Markers the API adds per tool, message and content block. */
const ITEM_OVERHEAD_TOKENS = 16;
function inputTokensOf(usage) {
    return usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens;
}
/**
 * An upper bound of a conversation's next input tokens, without asking the API: a token is never shorter
 * than one byte of UTF-8, so the bytes of what is sent (as JSON, which only adds bytes) bound its tokens.
 * After a call the API's own count of it anchors the next bound, so only the turns since add their bytes.
 * A bill above a bound (which would mean the rule is wrong for some model) ends the shortcut for the run.
 */
class InputBound {
    anchor;
    trusted = true;
    /** Whether bounds may stand in for an exact count; false once the API billed more than one. */
    get reliable() {
        return this.trusted;
    }
    bound(request) {
        const anchor = this.anchor;
        if (anchor &&
            anchor.messages <= request.messages.length &&
            anchor.digest === prefixDigest(request, anchor.messages)) {
            return anchor.tokens + messagesBound(request.messages.slice(anchor.messages));
        }
        const tools = request.tools ?? [];
        const fixed = bytes(request.system) +
            bytes(request.cachedContext ?? '') +
            bytes(JSON.stringify(tools)) +
            schemaBytes(request.schema);
        return (REQUEST_OVERHEAD_TOKENS + ITEM_OVERHEAD_TOKENS * tools.length + fixed + messagesBound(request.messages));
    }
    /** What the API billed for `request`; `estimate` is what the call was reserved with. */
    observe(request, usage, estimate) {
        const tokens = inputTokensOf(usage);
        if (tokens > estimate)
            this.trusted = false;
        this.anchor = {
            tokens,
            messages: request.messages.length,
            digest: prefixDigest(request, request.messages.length),
        };
    }
}
function messagesBound(messages) {
    return messages.reduce((sum, message) => sum + ITEM_OVERHEAD_TOKENS * (1 + message.content.length) + bytes(JSON.stringify(message.content)), 0);
}
/** What makes the first `count` messages of a request the same prompt as an earlier one. */
function prefixDigest(request, count) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([
        request.system,
        request.cachedContext ?? '',
        request.tools ?? [],
        schemaText(request.schema) ?? null,
        request.messages.slice(0, count),
    ]))
        .digest('hex');
}
/** A structured answer's JSON schema as sent; undefined when it cannot be serialised. */
function schemaText(schema) {
    if (schema === undefined)
        return '';
    try {
        return JSON.stringify(schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodType */ .aRx ? zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(schema) : schema);
    }
    catch {
        return undefined;
    }
}
/** Unbounded (so the call is counted exactly) when the schema cannot be serialised. */
function schemaBytes(schema) {
    const text = schemaText(schema);
    return text === undefined ? Number.POSITIVE_INFINITY : bytes(text);
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 90705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ usageByStage)
/* harmony export */ });
/* harmony import */ var _input_bound_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75568);

const ORDER = ['classifier', 'agent', 'review', 'other'];
/** The run's model calls by stage, in the order the stages run; stages without calls are left out. */
function usageByStage(calls) {
    return ORDER.flatMap((stage) => {
        const own = calls.filter((call) => (call.stage ?? 'other') === stage);
        if (own.length === 0)
            return [];
        const sum = (pick) => own.reduce((total, call) => total + pick(call), 0);
        const inputTokens = sum((call) => (0,_input_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .inputTokensOf */ .Gs)(call.usage));
        const cacheReadInputTokens = sum((call) => call.usage.cacheReadInputTokens);
        return [
            {
                stage,
                models: [...new Set(own.map((call) => call.model))],
                calls: own.length,
                inputTokens,
                cacheReadInputTokens,
                cacheCreationInputTokens: sum((call) => call.usage.cacheCreationInputTokens),
                outputTokens: sum((call) => call.usage.outputTokens),
                cacheReadShare: inputTokens > 0 ? cacheReadInputTokens / inputTokens : 0,
                costUsd: sum((call) => call.costUsd),
                countedCalls: own.filter((call) => call.inputEstimate?.counted).length,
            },
        ];
    });
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
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);

/** Raised when the backlog cannot be read; the message says what to do. */
class BacklogError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    constructor(message) {
        super('failed:backlog', message);
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

/***/ 59338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ SCHEMA_DRIFT_KEY),
  g: () => (/* binding */ SchemaDriftSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/dbt/dbt-error.ts
var dbt_error = __webpack_require__(52676);
// EXTERNAL MODULE: ./src/project/dbt-project.ts
var dbt_project = __webpack_require__(43555);
// EXTERNAL MODULE: ./src/project/graph.ts
var project_graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/run/run-stop.ts
var run_stop = __webpack_require__(46781);
// EXTERNAL MODULE: ./src/validate/package-install.ts
var package_install = __webpack_require__(38300);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
;// CONCATENATED MODULE: ./src/drift/catalog.ts


/** What we read of dbt's catalog.json (`dbt docs generate`): the warehouse's columns of each source. */
const CatalogTableSchema = schemas/* object */.Ikc({
    metadata: schemas/* object */.Ikc({
        database: schemas/* string */.YjP().nullish(),
        schema: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
    }),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP(), type: schemas/* string */.YjP().nullish(), index: schemas/* number */.aig().nullish() })),
});
const CatalogSchema = schemas/* object */.Ikc({
    metadata: schemas/* object */.Ikc({ dbt_schema_version: schemas/* string */.YjP() }),
    sources: schemas/* record */.g1P(schemas/* string */.YjP(), CatalogTableSchema),
    errors: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
});
/** A DbtError, so the run ends `failed:dbt` with this message rather than as an internal error. */
class CatalogError extends dbt_error/* DbtError */.x {
    constructor(message) {
        super(message);
        this.name = 'CatalogError';
    }
}
function parseCatalog(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CatalogError(`${where} is not JSON: was \`dbt docs generate\` interrupted?`);
    }
    const parsed = CatalogSchema.safeParse(json);
    if (!parsed.success) {
        throw new CatalogError(`${where} is not a dbt catalog (${errors/* prettifyError */.S1(parsed.error).split('\n')[0]}): it should come from \`dbt docs generate\`.`);
    }
    const sources = new Map();
    for (const [id, table] of Object.entries(parsed.data.sources)) {
        const { database, schema, name } = table.metadata;
        const columns = Object.values(table.columns)
            .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
            .map((column) => ({ name: column.name, ...(column.type ? { type: column.type } : {}) }));
        sources.set(id, { relation: [database, schema, name].filter(Boolean).join('.'), columns });
    }
    return { sources, errors: parsed.data.errors ?? [] };
}

;// CONCATENATED MODULE: ./src/drift/type-names.ts
/**
 * Whether a declared `data_type` and the warehouse's type name the same type. Warehouses spell types
 * differently from the YAML people write (`int` vs `INTEGER`, `text` vs `VARCHAR`, `varchar(256)`), so both
 * sides are reduced to a canonical name first; numeric precision and scale still count.
 */
function sameType(declared, warehouse) {
    return canonicalType(declared) === canonicalType(warehouse);
}
const ALIASES = {
    int: 'integer',
    int4: 'integer',
    signed: 'integer',
    int8: 'bigint',
    long: 'bigint',
    int64: 'bigint',
    int2: 'smallint',
    short: 'smallint',
    int1: 'tinyint',
    text: 'string',
    varchar: 'string',
    'character varying': 'string',
    char: 'string',
    character: 'string',
    bpchar: 'string',
    nvarchar: 'string',
    float8: 'double',
    'double precision': 'double',
    float64: 'double',
    float4: 'real',
    bool: 'boolean',
    'timestamp without time zone': 'timestamp',
    timestamp_ntz: 'timestamp',
    datetime: 'timestamp',
    'timestamp with time zone': 'timestamptz',
    timestamp_tz: 'timestamptz',
    decimal: 'numeric',
    number: 'numeric',
};
/** Lower case, single spaces, aliases resolved; a string type's length is dropped (it is not a contract). */
function canonicalType(type) {
    const text = type.trim().toLowerCase().replace(/\s+/g, ' ');
    const match = /^([a-z_ ]*[a-z0-9_]*?)\s*(\(.*\))?$/.exec(text);
    const base = (match?.[1] ?? text).trim();
    const params = (match?.[2] ?? '').replace(/\s+/g, '');
    const name = ALIASES[base] ?? base;
    return name === 'string' ? name : `${name}${params}`;
}

;// CONCATENATED MODULE: ./src/drift/compare-sources.ts

/** Most reader names listed per column; the rest are counted. */
const READERS_LISTED = 20;
/** Compares the root project's enabled sources, as their YAML declares them, with the warehouse. */
function compareSources(graph, catalog) {
    const report = {
        drifted: [],
        missing: [],
        undeclared: [],
        compared: { tables: 0, columns: 0 },
    };
    for (const node of graph.nodes.values()) {
        if (node.kind !== 'source' || node.packageName !== graph.projectName)
            continue;
        const source = sourceName(node);
        const table = catalog.sources.get(node.id);
        if (!table) {
            report.missing.push({ source, file: node.file });
            continue;
        }
        if (node.columns.length === 0) {
            report.undeclared.push({ source, file: node.file });
            continue;
        }
        report.compared.tables += 1;
        report.compared.columns += node.columns.length;
        const inWarehouse = new Map(table.columns.map((column) => [column.name.toLowerCase(), column]));
        const declared = new Set(node.columns.map((column) => column.name.toLowerCase()));
        const added = table.columns.filter((column) => !declared.has(column.name.toLowerCase()));
        const removed = node.columns
            .filter((column) => !inWarehouse.has(column.name.toLowerCase()))
            .map((column) => ({
            column: column.name,
            ...(column.dataType ? { declaredType: column.dataType } : {}),
        }));
        const retyped = [];
        for (const column of node.columns) {
            const actual = inWarehouse.get(column.name.toLowerCase())?.type;
            if (column.dataType && actual && !sameType(column.dataType, actual))
                retyped.push({ column: column.name, declaredType: column.dataType, warehouseType: actual });
        }
        if (added.length + removed.length + retyped.length === 0)
            continue;
        report.drifted.push({
            sourceId: node.id,
            source,
            file: node.file,
            relation: table.relation,
            added,
            removed,
            retyped,
            readers: columnReaders(graph, node.id, [
                ...removed.map((r) => r.column),
                ...retyped.map((r) => r.column),
            ]),
            directReaders: graph
                .childrenOf(node.id)
                .map((id) => graph.get(id))
                .filter((child) => child?.kind === 'model')
                .map((child) => child.name),
        });
    }
    return report;
}
function sourceName(node) {
    const sourceName = node.raw['source_name'];
    return typeof sourceName === 'string' ? `${sourceName}.${node.name}` : node.name;
}
/** Models and snapshots downstream of the source whose SQL mentions each column as a word. */
function columnReaders(graph, sourceId, columns) {
    if (columns.length === 0)
        return [];
    const downstream = modelsDownstream(graph, sourceId);
    return columns.map((column) => {
        const word = new RegExp(`\\b${column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        const models = downstream.filter((node) => word.test(rawCode(node))).map((node) => node.name);
        return {
            column,
            models: models.length > READERS_LISTED
                ? [...models.slice(0, READERS_LISTED), `… ${models.length - READERS_LISTED} more`]
                : models,
        };
    });
}
function modelsDownstream(graph, from) {
    const seen = new Set([from]);
    const queue = [from];
    const found = [];
    for (let next = 0; next < queue.length; next++) {
        for (const child of graph.childrenOf(queue[next])) {
            if (seen.has(child))
                continue;
            seen.add(child);
            const node = graph.get(child);
            if (node?.kind === 'model' || node?.kind === 'snapshot') {
                found.push(node);
                queue.push(child);
            }
        }
    }
    return found;
}
function rawCode(node) {
    const code = node.raw['raw_code'];
    return typeof code === 'string' ? code : '';
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/drift/drift-markdown.ts

/**
 * Column, type and relation names come from the warehouse (anyone who can create a table names them):
 * shown as code through the report's neutralizer, so a name cannot end the span, forge Autopilot's marker,
 * reorder the line with bidi controls, or become a link, image, mention or HTML.
 */
function code(text) {
    return (0,markdown/* code */.aY)(text);
}
function names(items) {
    return items.map(code).join(', ');
}
function renderTable(table) {
    const lines = [
        `### ${code(table.source)}`,
        '',
        `Declared in ${code(table.file)}; warehouse table ${code(table.relation)}.`,
        '',
    ];
    const readersOf = (column) => {
        const readers = table.readers.find((entry) => entry.column === column)?.models ?? [];
        return readers.length > 0 ? ` — read by ${names(readers)}` : '';
    };
    for (const column of table.added)
        lines.push(`- Added in the warehouse: ${code(column.name)}${column.type ? ` (${code(column.type)})` : ''}`);
    for (const column of table.removed)
        lines.push(`- Gone from the warehouse: ${code(column.column)}${column.declaredType ? ` (declared ${code(column.declaredType)})` : ''}${readersOf(column.column)}`);
    for (const column of table.retyped)
        lines.push(`- Type changed: ${code(column.column)} declared ${code(column.declaredType)}, warehouse ${code(column.warehouseType)}${readersOf(column.column)}`);
    return lines.join('\n');
}
/** The findings: what the PR's "Schema drift" section and the ticket both show. */
function renderDriftFindings(report, target) {
    const where = target ? `dbt target ${code(target)}` : "the profile's default dbt target";
    const parts = [
        `Compared ${report.compared.columns} declared column(s) of ${report.compared.tables} source table(s) with the warehouse of ${where}: ${report.drifted.length} table(s) differ.`,
        ...report.drifted.map(renderTable),
    ];
    if (report.missing.length > 0)
        parts.push(`Not found in the warehouse (left as they are; check the target or drop the source): ${names(report.missing.map((m) => m.source))}.`);
    if (report.undeclared.length > 0)
        parts.push(`Not compared, no columns declared: ${names(report.undeclared.map((u) => u.source))}.`);
    return parts.join('\n\n');
}
/** What the agent is asked to do about the findings; the same pipeline then validates and publishes it. */
function renderDriftInstructions(report) {
    const direct = [...new Set(report.drifted.flatMap((table) => table.directReaders))];
    return [
        '## What to change',
        '',
        '1. Source YAML: add every new column with its warehouse type as `data_type` and a one-line description; remove the columns that are gone; set `data_type` of a retyped column to the warehouse type.',
        `2. Staging models that select from these sources${direct.length > 0 ? ` (${names(direct)})` : ''}: select each new column, named in the project's style, documented in the model's YAML.`,
        '3. A column that is gone: where a staging model selects it, replace it with `cast(null as <declared type>) as <column>` and a SQL comment saying it is gone from the source, so downstream models and contracts keep their shape. Do not edit models downstream of staging for it: the pull request lists them for their owners.',
        '4. A retyped column: in the staging model cast it to the declared type, so downstream models keep theirs.',
        '5. Change nothing else.',
    ].join('\n');
}
function driftTitle(report) {
    const columns = report.drifted.reduce((total, table) => total + table.added.length + table.removed.length + table.retyped.length, 0);
    return `Follow the warehouse: ${columns} column change(s) in ${report.drifted.length} source table(s)`;
}

;// CONCATENATED MODULE: ./src/drift/schema-drift-source.ts










const SCHEMA_DRIFT_KEY = 'schema-drift';
/**
 * `mode: detect-schema-drift`: the "ticket" is what the warehouse says about the declared sources. One
 * `dbt docs generate` over the sources reads their columns through the adapter (so any warehouse works);
 * drift becomes a ticket the usual pipeline turns into a validated pull request; no drift is no work.
 */
class SchemaDriftSource {
    dbt;
    options;
    constructor(dbt, options) {
        this.dbt = dbt;
        this.options = options;
    }
    async fetch(key) {
        const { projectDir, targetPath, dbtTarget, log } = this.options;
        // Drift is read before the base is prepared, so packages the project declares are not installed yet.
        await (0,package_install/* installPackages */.R)(await (0,dbt_project/* readDbtProject */.ce)(projectDir), this.dbt, log);
        await (0,promises_.rm)(targetPath, { recursive: true, force: true });
        const run = await this.dbt.docsGenerate('source:*', targetPath);
        if (run.exitCode !== 0) {
            throw new dbt_error/* DbtError */.x(`dbt docs generate failed, so the warehouse's source columns could not be read: ${failureDetail(run)}`);
        }
        const manifestPath = external_node_path_default().join(targetPath, 'manifest.json');
        const catalogPath = external_node_path_default().join(targetPath, 'catalog.json');
        const graph = (0,project_graph/* loadManifestGraph */.WI)(await (0,promises_.readFile)(manifestPath, 'utf8'), manifestPath);
        const catalog = parseCatalog(await (0,promises_.readFile)(catalogPath, 'utf8'), catalogPath);
        for (const error of catalog.errors)
            log.warn(`dbt could not read part of the warehouse catalog: ${error}`);
        const report = compareSources(graph, catalog);
        const counts = `${report.compared.columns} column(s) of ${report.compared.tables} source table(s)`;
        log.info(`Compared ${counts}: ${report.drifted.length} table(s) drifted, ${report.missing.length} missing`);
        if (report.drifted.length === 0) {
            if (report.missing.length > 0) {
                throw new run_stop/* RunStop */.c('failed:source-missing', `No column drift, but ${report.missing.length} declared source table(s) are not in the warehouse: ${report.missing.map((m) => `${m.source} (${m.file})`).join(', ')}. Point \`dbt-target\` at the warehouse the sources live in, or remove the sources.`);
            }
            return { noWork: 'no-drift', message: `No schema drift: the warehouse matches the YAML for ${counts}.` };
        }
        const findings = renderDriftFindings(report, dbtTarget);
        return {
            key,
            source: 'schema-drift',
            title: driftTitle(report),
            body: `${findings}\n\n${renderDriftInstructions(report)}`,
            labels: ['schema-drift'],
            fields: {},
            report: findings,
        };
    }
}
function failureDetail(run) {
    return run.errors.join('\n').slice(0, 2000) || `exit code ${run.exitCode}`;
}


/***/ }),

/***/ 43555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ce: () => (/* binding */ readDbtProject),
/* harmony export */   f3: () => (/* binding */ defaultDbtProject)
/* harmony export */ });
/* unused harmony export lintablePaths */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28942);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37428);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52676);
/* harmony import */ var _shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85247);





const paths = (fallback) => zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default(fallback);
// dbt-core's documented defaults (docs.getdbt.com/reference/project-configs/*): analyses are compiled only
// from configured folders; docs blocks are looked for in every resource folder unless `docs-paths` is set.
const DEFAULTS = {
    'model-paths': ['models'],
    'seed-paths': ['seeds'],
    'test-paths': ['tests'],
    'macro-paths': ['macros'],
    'snapshot-paths': ['snapshots'],
    'analysis-paths': [],
    'target-path': 'target',
    'packages-install-path': 'dbt_packages',
};
const DbtProjectFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    profile: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    'model-paths': paths([...DEFAULTS['model-paths']]),
    'seed-paths': paths([...DEFAULTS['seed-paths']]),
    'test-paths': paths([...DEFAULTS['test-paths']]),
    'macro-paths': paths([...DEFAULTS['macro-paths']]),
    'snapshot-paths': paths([...DEFAULTS['snapshot-paths']]),
    'analysis-paths': paths([...DEFAULTS['analysis-paths']]),
    'docs-paths': zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional(),
    'target-path': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default(DEFAULTS['target-path']),
    'packages-install-path': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default(DEFAULTS['packages-install-path']),
});
async function readDbtProject(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'dbt_project.yml');
    const text = await (0,_shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfPresent */ .Z)(file);
    if (text === undefined) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DbtError */ .x(`No dbt_project.yml in ${dir}: set input \`project-dir\` to the folder of your dbt project`);
    }
    const parsed = DbtProjectFileSchema.safeParse(parseYamlFile(text, file));
    if (!parsed.success) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DbtError */ .x(`${file} is not a valid dbt project file: ${zod__WEBPACK_IMPORTED_MODULE_5__/* .prettifyError */ .S1(parsed.error)}`);
    }
    return { ...projectOf(dir, parsed.data), ...(await packagesOf(dir)) };
}
/** A project with dbt's default layout and no packages: what a validator without dbt assumes. */
function defaultDbtProject(dir, name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(dir)) {
    return {
        ...projectOf(dir, DbtProjectFileSchema.parse({ name })),
        declaresPackages: false,
        localPackageDirs: [],
    };
}
function projectOf(dir, p) {
    const folders = (list) => [...new Set(list.map(cleanFolder).filter((folder) => folder !== ''))];
    const resources = {
        modelPaths: folders(p['model-paths']),
        seedPaths: folders(p['seed-paths']),
        testPaths: folders(p['test-paths']),
        macroPaths: folders(p['macro-paths']),
        snapshotPaths: folders(p['snapshot-paths']),
        analysisPaths: folders(p['analysis-paths']),
    };
    return {
        dir,
        name: p.name,
        profile: p.profile,
        ...resources,
        docsPaths: p['docs-paths']
            ? folders(p['docs-paths'])
            : folders([
                ...resources.modelPaths,
                ...resources.seedPaths,
                ...resources.analysisPaths,
                ...resources.testPaths,
                ...resources.macroPaths,
                ...resources.snapshotPaths,
            ]),
        targetDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, p['target-path']),
        packagesDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, p['packages-install-path']),
    };
}
async function packagesOf(dir) {
    const packages = await declaredPackages(dir);
    return {
        declaresPackages: packages.length > 0,
        localPackageDirs: packages.flatMap((entry) => entry.local === undefined ? [] : [node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, entry.local)]),
    };
}
const PackageEntrySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ local: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional() });
const PackagesFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ packages: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).nullish() }).nullish();
async function declaredPackages(dir) {
    const entries = [];
    for (const name of ['packages.yml', 'dependencies.yml']) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, name);
        const text = await (0,_shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfPresent */ .Z)(file);
        if (text === undefined)
            continue;
        const parsed = PackagesFileSchema.safeParse(parseYamlFile(text, file));
        if (!parsed.success)
            throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DbtError */ .x(`${file} must hold a \`packages:\` list`);
        for (const entry of parsed.data?.packages ?? []) {
            const local = PackageEntrySchema.safeParse(entry);
            entries.push(local.success && local.data.local !== undefined ? { local: local.data.local } : {});
        }
    }
    return entries;
}
/** Folders (project-relative) whose SQL files sqlfluff should check. */
function lintablePaths(project) {
    return [
        ...project.modelPaths,
        ...project.macroPaths,
        ...project.testPaths,
        ...project.snapshotPaths,
        ...project.analysisPaths,
    ];
}
/** `./models/` → `models`; `.` → `` (the project folder itself). */
function cleanFolder(folder) {
    return folder
        .replaceAll('\\', '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
function parseYamlFile(text, file) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DbtError */ .x(`${file} is not valid YAML: ${error.message}`, { cause: error });
    }
}


/***/ }),

/***/ 46781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ RunStop)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);

/** Ends the run early with a named outcome that no more specific error names (guard, policy, no change…). */
class RunStop extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    constructor(status, message) {
        super(status, message);
    }
}


/***/ }),

/***/ 85247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readIfPresent)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A text file's contents, or undefined when there is no such file (nothing there, a file where a folder
 * was expected on the way, or a folder); any other error is thrown.
 */
async function readIfPresent(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 48932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ PREFIXED_SHAPES),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Z8: () => (/* binding */ TOKEN_SHAPES),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/* unused harmony exports REDACTED, redactedErrorMessage */
/* harmony import */ var _secret_encodings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38786);

const REDACTED = '***';
/** Shorter values are too likely to occur by chance (`true`, `main`) to be replaced everywhere. */
const MIN_SECRET_LENGTH = 4;
/** Token shapes that are secret whoever registered them. */
const TOKEN_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{16,}/g,
    /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
    /\bsk-ant-[A-Za-z0-9_-]{8,}/g,
    /\bxox[bapre]-[A-Za-z0-9-]{8,}/g,
];
/** Shapes whose secret part follows a prefix that stays readable. */
const PREFIXED_SHAPES = [
    // Authorization headers, also as JSON (`"authorization": "Bearer …"`) or curl arguments.
    /(authorization["']?\s*[:=]\s*["']?\s*(?:bearer|basic|token)\s+)[^\s"',;]+/gi,
    // Credentials in URLs: https://x-access-token:TOKEN@github.com, https://user:pass@host.
    /(x-access-token:)[^@\s"'<>]+(?=@)/gi,
    /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"'<>]+:)[^@\s/"'<>]+(?=@)/gi,
];
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function createRedactor(secrets) {
    const literals = [
        ...new Set(secrets.flatMap((secret) => (secret && secret.trim() ? (0,_secret_encodings_js__WEBPACK_IMPORTED_MODULE_0__/* .secretEncodings */ .h)(secret) : []))),
    ].filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is replaced whole.
    literals.sort((a, b) => b.length - a.length);
    // Without case, as the guard's secret scan: an upper-cased or other-case hex form is still the value.
    const registered = literals.length > 0 ? new RegExp(literals.map(escapeRegExp).join('|'), 'gi') : undefined;
    return (text) => {
        let result = registered ? text.replace(registered, REDACTED) : text;
        for (const shape of TOKEN_SHAPES)
            result = result.replace(shape, REDACTED);
        for (const shape of PREFIXED_SHAPES)
            result = result.replace(shape, `$1${REDACTED}`);
        return result;
    };
}
/** Redacts every string (keys included) in a JSON-safe value; other values pass through unchanged. */
function redactDeep(value, redactor) {
    return walk(value, redactor);
}
function walk(value, redactor) {
    if (typeof value === 'string')
        return redactor(value);
    if (Array.isArray(value))
        return value.map((item) => walk(item, redactor));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value))
            out[redactor(key)] = walk(item, redactor);
        return out;
    }
    return value;
}
/** The message of anything thrown, redacted, for logs, `setFailed` and comments. */
function redactedErrorMessage(error, redactor) {
    const message = error instanceof Error ? error.message : String(error);
    return redactor(message);
}


/***/ }),

/***/ 38786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ secretEncodings)
/* harmony export */ });
/**
 * The forms a secret value takes once something has encoded it, so the redactor and the guard's secret scan
 * find it in those forms too: as is, JSON-escaped, URL-encoded (`encodeURIComponent`, form encoding and
 * every byte percent-encoded, either hex case), base64 and base64url at each of the three alignments, hex
 * in either case, and reversed. Encryption, compression, other encodings and a value assembled from pieces
 * at run time are out of reach (docs/security.md).
 */
function secretEncodings(secret) {
    const value = secret.trim();
    if (!value)
        return [];
    const bytes = Buffer.from(value, 'utf8');
    const hex = bytes.toString('hex');
    const percent = hex.replace(/../g, '%$&');
    return [
        ...new Set([
            value,
            JSON.stringify(value).slice(1, -1),
            encodeURIComponent(value),
            encodeURIComponent(value).replace(/%20/g, '+'),
            percent,
            percent.toUpperCase(),
            ...base64Aligned(bytes, 'base64'),
            ...base64Aligned(bytes, 'base64url'),
            hex,
            hex.toUpperCase(),
            [...value].reverse().join(''),
        ]),
    ];
}
/**
 * Base64 of `bytes` wherever they sit in a larger encoded string: with 0, 1 or 2 bytes before them, the
 * characters that depend only on `bytes` (each character carries 6 bits; those mixing in a neighbour's bits
 * are left off at both ends).
 */
function base64Aligned(bytes, encoding) {
    const forms = [];
    for (let prefix = 0; prefix < 3; prefix++) {
        const encoded = Buffer.concat([Buffer.alloc(prefix), bytes]).toString(encoding);
        const start = Math.ceil((prefix * 8) / 6);
        const end = Math.floor(((prefix + bytes.length) * 8) / 6);
        if (end > start)
            forms.push(encoded.slice(start, end));
    }
    return forms;
}


/***/ }),

/***/ 45107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QK: () => (/* binding */ sanitizeTicket),
  Ti: () => (/* binding */ sanitizeUntrustedText)
});

// UNUSED EXPORTS: MAX_INPUT_CHARS

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 45 modules
var lib = __webpack_require__(46855);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 12 modules
var mdast_util_gfm_lib = __webpack_require__(88595);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(52297);
;// CONCATENATED MODULE: ./src/tickets/html-text.ts
/**
 * What a reader sees of a raw HTML block in a ticket: the text between tags. Tags go with their attributes
 * (`title`, `alt`, `data-*` render as nothing), as do comments, declarations (`<!DOCTYPE …>`), processing
 * instructions, CDATA and the content of elements GitHub never shows (`script`, `style`, …). The content of
 * `<details>` stays: it is one click away, so a reader can see it. `<img>` becomes `(image)`.
 *
 * One pass with `indexOf` and sticky expressions that stop at the next angle bracket: linear time.
 */
// Attribute values exclude `<` and `>` so every attempt stops at the next angle bracket.
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>/y;
/** Elements whose content a reader never sees. */
const HIDDEN_CONTENT = new Set([
    'script',
    'style',
    'template',
    'textarea',
    'title',
    'noscript',
    'iframe',
    'xmp',
]);
function htmlVisibleText(html) {
    const out = [];
    let comment = false;
    let image = false;
    let i = 0;
    const lower = html.toLowerCase();
    const skipTo = (terminator, from) => {
        const end = html.indexOf(terminator, from);
        return end < 0 ? html.length : end + terminator.length;
    };
    while (i < html.length) {
        const lt = html.indexOf('<', i);
        if (lt < 0) {
            out.push(html.slice(i));
            break;
        }
        out.push(html.slice(i, lt));
        if (html.startsWith('<!--', lt)) {
            comment = true;
            // `<!-->` and `<!--->` are complete comments (CommonMark 0.31).
            const rest = html.slice(lt + 4, lt + 6);
            i = rest.startsWith('>') ? lt + 5 : rest === '->' ? lt + 6 : skipTo('-->', lt + 4);
            continue;
        }
        if (html.startsWith('<![CDATA[', lt)) {
            i = skipTo(']]>', lt + 9);
            continue;
        }
        if (html[lt + 1] === '!' || html[lt + 1] === '?') {
            i = skipTo('>', lt + 2);
            continue;
        }
        TAG.lastIndex = lt;
        const tag = TAG.exec(html);
        if (!tag) {
            out.push('<');
            i = lt + 1;
            continue;
        }
        const name = (tag[1] ?? '').toLowerCase();
        i = lt + tag[0].length;
        if (name === 'img') {
            image = true;
            out.push(' (image) ');
        }
        else
            out.push(' ');
        if (!tag[0].startsWith('</') && HIDDEN_CONTENT.has(name)) {
            const close = lower.indexOf(`</${name}`, i);
            i = close < 0 ? html.length : skipTo('>', close);
        }
    }
    return { text: out.join(''), comment, image };
}

;// CONCATENATED MODULE: ./src/tickets/invisible.ts
/**
 * Characters that render as nothing: zero-width, joiners, bidi embeddings/overrides/isolates, soft hyphen,
 * invisible operators, fillers, variation selectors and the Unicode "tag" block (used to smuggle ASCII that
 * renders as nothing); and control characters other than newline and tab.
 */
const INVISIBLE = [
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x061c, 0x061c],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180b, 0x180f],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x206f],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
    [0xfff9, 0xfffb],
    [0x1d173, 0x1d17a],
    [0xe0000, 0xe007f],
    [0xe0100, 0xe01ef],
];
function isInvisible(cp) {
    for (const [low, high] of INVISIBLE)
        if (cp >= low && cp <= high)
            return true;
    return false;
}
function isControl(cp) {
    if (cp === 0x0a || cp === 0x09)
        return false;
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff);
}
/** `text` without invisible and control characters; `note` hears which kinds went. */
function stripInvisible(text, note) {
    let out = '';
    let last = 0;
    let index = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        const invisible = isInvisible(cp);
        if (invisible || isControl(cp)) {
            note(invisible ? 'invisible-character' : 'control-character');
            out += text.slice(last, index);
            last = index + ch.length;
        }
        index += ch.length;
    }
    return last === 0 ? text : out + text.slice(last);
}

;// CONCATENATED MODULE: ./src/tickets/sanitize.ts
/**
 * Untrusted text (ticket title, body, fields; trigger comments) before the model sees it, reduced to what a
 * person reading the rendered ticket sees. The markdown is parsed (CommonMark + GFM, as GitHub renders it)
 * and written back from the tree, keeping text, inline code and code blocks, link text (with the URL shown
 * as text), list, heading, quote and table structure. Dropped, because a reader never sees them: raw HTML
 * tags with their attributes, comments, `<!DOCTYPE …>` and other declarations, link reference definitions
 * (their label and title), link titles, image alt text and titles, footnote definitions nothing refers to,
 * a code fence's info string after the language, and invisible or bidirectional-control characters.
 * The text of an HTML block (`<details>`, `<div>`) stays: `<details>` content is one click away.
 *
 * Visible characters that would turn into markup if the output were read as markdown again (`<b`, `&lt;`)
 * are backslash-escaped, so a second pass finds nothing hidden (it may still re-read visible punctuation as
 * structure: a lone `-` as a list item). Never throws; text longer than
 * `MAX_INPUT_CHARS` is cut.
 */





function sanitizeUntrustedText(text) {
    const removed = new Set();
    const note = (kind) => {
        removed.add(kind);
    };
    let input = typeof text === 'string' ? text : '';
    if (input.length > MAX_INPUT_CHARS) {
        input = input.slice(0, MAX_INPUT_CHARS);
        note('truncated');
    }
    const visible = stripInvisible(input.replace(/\r\n?|\u2028|\u2029/g, '\n'), note);
    let out;
    try {
        out = new Renderer(note).document(visible);
    }
    catch {
        // The parser does not throw on any input we know of; if it ever does, no markup reaches the model.
        note('html');
        out = escapeText(visible.replace(/[<>]/g, ' '));
    }
    if (removed.has('truncated'))
        out += `\n\n…(cut at ${MAX_INPUT_CHARS.toLocaleString('en-US')} characters)`;
    return { text: out, removed: [...removed] };
}
/**
 * A ticket with every reporter-written text sanitized: title, body, labels, field names and values.
 * `removed` is the union over all of them, for the run record.
 */
function sanitizeTicket(ticket) {
    const removed = new Set();
    const clean = (text) => {
        const result = sanitizeUntrustedText(text);
        for (const kind of result.removed)
            removed.add(kind);
        return result.text;
    };
    const fields = {};
    for (const [name, value] of Object.entries(ticket.fields))
        fields[clean(name)] = clean(value);
    return {
        ticket: {
            ...ticket,
            title: clean(ticket.title),
            body: clean(ticket.body),
            labels: ticket.labels.map(clean),
            fields,
        },
        removed: [...removed],
    };
}
/**
 * The parser is linear on most input but slows down on deeply nested brackets (`[[[…](](…`); a ticket
 * longer than this is cut (the run record says so) so parsing stays within a second or two.
 */
const MAX_INPUT_CHARS = 50_000;
const MAX_INDENT = 24;
function parse(text) {
    return (0,lib/* fromMarkdown */.Y)(text, { extensions: [(0,micromark_extension_gfm/* gfm */.T)()], mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()] });
}
class Renderer {
    note;
    definitions = new Map();
    footnotes = new Map();
    /** Footnotes in the order first referenced; GitHub numbers them so and shows only these. */
    referenced = [];
    constructor(note) {
        this.note = note;
    }
    document(text) {
        const tree = parse(text);
        this.collect(tree);
        const blocks = this.blocks(tree.children);
        // Rendering a referenced footnote can reference another one: the list grows while we walk it.
        for (let index = 0; index < this.referenced.length; index++) {
            const definition = this.footnotes.get(this.referenced[index] ?? '');
            if (!definition)
                continue;
            const lines = this.blocks(definition.children).join('\n\n').split('\n');
            blocks.push(indentAfterFirst(`[^${index + 1}]: `, lines).join('\n'));
        }
        if (this.footnotes.size > new Set(this.referenced).size)
            this.note('footnote');
        return blocks
            .join('\n\n')
            .split('\n')
            .map((line) => line.trimEnd())
            .join('\n');
    }
    collect(tree) {
        const walk = (node) => {
            if (node.type === 'definition') {
                if (!this.definitions.has(node.identifier))
                    this.definitions.set(node.identifier, node);
                return;
            }
            if (node.type === 'footnoteDefinition') {
                if (!this.footnotes.has(node.identifier))
                    this.footnotes.set(node.identifier, node);
            }
            if ('children' in node)
                for (const child of node.children)
                    walk(child);
        };
        walk(tree);
    }
    blocks(nodes) {
        const out = [];
        for (const node of nodes) {
            const rendered = this.block(node);
            if (rendered !== undefined && rendered.trim() !== '')
                out.push(rendered);
        }
        return out;
    }
    block(node) {
        switch (node.type) {
            case 'paragraph':
                return this.inline(node.children);
            case 'heading':
                return `${'#'.repeat(node.depth)} ${flat(this.inline(node.children))}`;
            case 'thematicBreak':
                return '---';
            case 'blockquote':
                return this.blocks(node.children)
                    .join('\n\n')
                    .split('\n')
                    .map((line) => (line ? `> ${line}` : '>'))
                    .join('\n');
            case 'list':
                return this.list(node);
            case 'code':
                return this.code(node.value, node.lang, node.meta);
            case 'html':
                return this.htmlBlock(node.value);
            case 'table':
                return this.table(node);
            case 'definition':
                this.note('link-definition');
                if (node.title)
                    this.note('link-title');
                return undefined;
            case 'footnoteDefinition':
                return undefined;
            default:
                return this.inline([node]);
        }
    }
    list(list) {
        const items = list.children.map((item, index) => {
            const marker = list.ordered ? `${(list.start ?? 1) + index}.` : '-';
            const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
            const lines = this.blocks(item.children)
                .join(item.spread ? '\n\n' : '\n')
                .split('\n');
            return indentAfterFirst(`${marker} ${box}`, lines).join('\n');
        });
        return items.join(list.spread ? '\n\n' : '\n');
    }
    code(value, lang, meta) {
        // GitHub shows neither the info string nor anything after the language; only a plain language name stays.
        const language = lang && /^[\w+#.-]{1,30}$/.test(lang) ? lang : '';
        if ((lang && !language) || meta)
            this.note('code-info');
        const lines = value.split('\n').map((line) => {
            const trimmed = line.trimEnd();
            const body = trimmed.trimStart();
            let indent = trimmed.slice(0, trimmed.length - body.length);
            if (indent.length > MAX_INDENT) {
                indent = indent.slice(0, MAX_INDENT);
                this.note('excess-whitespace');
            }
            // A run of spaces wider than a screen hides what follows it off to the right.
            const capped = body.replace(/[ \t]{25,}/g, () => {
                this.note('excess-whitespace');
                return ' '.repeat(MAX_INDENT);
            });
            return indent + capped;
        });
        const text = lines.join('\n').replace(/\n+$/, '');
        const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
        const fence = '`'.repeat(Math.max(3, longestRun + 1));
        return `${fence}${language}\n${text}\n${fence}`;
    }
    htmlBlock(value) {
        const visible = htmlVisibleText(value);
        this.note(visible.comment ? 'html-comment' : 'html');
        if (visible.image)
            this.note('image');
        // The text between the tags, read as markdown (entities decoded) but with no HTML left to interpret.
        const tree = parse(visible.text.replace(/</g, '&lt;'));
        return this.blocks(tree.children).join('\n\n');
    }
    table(table) {
        const rows = table.children.map((row) => `| ${row.children.map((cell) => flat(this.inline(cell.children)).replace(/\|/g, '\\|')).join(' | ')} |`);
        const width = table.children[0]?.children.length ?? 0;
        rows.splice(1, 0, `|${Array.from({ length: width }, () => ' --- ').join('|')}|`);
        return rows.join('\n');
    }
    inline(nodes) {
        let joined = '';
        for (const node of nodes) {
            let part = this.phrasing(node);
            // Dropped HTML leaves its surrounding spaces behind; one is enough.
            if (/(^|[ \n])$/.test(joined))
                part = part.replace(/^ +/, '');
            joined = escapeJoint(joined, part) + part;
        }
        // Dropped HTML can join the pieces of a comment opener (`&lt;!-` `<b>` `-`) that no single text held.
        if (joined.includes('\\<!--')) {
            this.note('html-comment');
            joined = joined.replace(/\\<!--(?:[^]*?-->|[^]*$)/g, ' ');
        }
        return joined
            .split('\n')
            .map((line) => line.trim())
            .join('\n');
    }
    phrasing(node) {
        switch (node.type) {
            case 'text':
                return this.text(node.value);
            case 'inlineCode':
                return inlineCode(node.value);
            case 'emphasis':
            case 'strong':
                return this.inline(node.children);
            case 'delete':
                return `~~${this.inline(node.children)}~~`;
            case 'break':
                return '\n';
            case 'link':
                if (node.title)
                    this.note('link-title');
                return linkText(this.inline(node.children), node.url);
            case 'linkReference': {
                const definition = this.definitions.get(node.identifier);
                if (definition?.title)
                    this.note('link-title');
                return linkText(this.inline(node.children), definition?.url ?? '');
            }
            case 'image':
            case 'imageReference':
                this.note('image');
                return '(image)';
            case 'footnoteReference': {
                if (!this.footnotes.has(node.identifier))
                    return '';
                let index = this.referenced.indexOf(node.identifier);
                if (index < 0)
                    index = this.referenced.push(node.identifier) - 1;
                return `[^${index + 1}]`;
            }
            case 'html': {
                const visible = htmlVisibleText(node.value);
                this.note(visible.comment ? 'html-comment' : 'html');
                if (visible.image)
                    this.note('image');
                return visible.image ? ' (image) ' : '';
            }
            default:
                return '';
        }
    }
    /** Visible text, whitespace collapsed as a browser does, escaped where it would read as markup. */
    text(value) {
        // An entity can spell what the first pass removed (`&#8203;`) and an unclosed `<!--` in running text
        // hides nothing on GitHub but opens a comment for any reader that re-renders it: both go.
        let text = stripInvisible(value, this.note);
        if (text.includes('<!--')) {
            this.note('html-comment');
            text = text.replace(/<!--(?:[^]*?-->|[^]*$)/g, ' ');
        }
        text = text.replace(/[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, (run) => {
            if (run !== ' ')
                this.note('excess-whitespace');
            return ' ';
        });
        return escapeText(text);
    }
}
function indentAfterFirst(prefix, lines) {
    const pad = ' '.repeat(prefix.length);
    return lines.map((line, index) => (index === 0 ? `${prefix}${line}` : line ? `${pad}${line}` : ''));
}
function flat(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
function linkText(text, url) {
    const shown = escapeText(stripInvisible(url, () => undefined));
    if (!shown || text === shown || url === `mailto:${text}`)
        return text || shown;
    if (!text.trim())
        return shown;
    return `${text} (${shown})`;
}
function inlineCode(value) {
    const text = stripInvisible(value, () => undefined).replace(/\n/g, ' ');
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A character reference (`&lt;`, `&#45;`, `&#x200B;`). */
const ENTITY = /^&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/;
/** The start of one that runs to the end of the text: the text dropped HTML joins on may finish it. */
const ENTITY_START_AT_END = /^&(?:#[0-9]{0,7}|#[xX][0-9a-fA-F]{0,6}|[A-Za-z][A-Za-z0-9]{0,31})?$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** What turns `<` into a tag, and `]` into a link or image, when it follows. */
const OPENS_AFTER = { '<': /^[A-Za-z/!?]/, ']': /^[([]/ };
/**
 * Dropped HTML joins the text before it to the text after it: a `<` or `]` that ended one piece meets what
 * begins the next (`<<b>lt>` becomes a tag, `![](<!---->https://…)` an image). Such a last character is
 * escaped. (A `&` that could begin a character reference is escaped by `escapeText` itself.)
 */
function escapeJoint(joined, next) {
    const last = joined.at(-1) ?? '';
    const escaped = /(?:^|[^\\])(?:\\\\)*\\.$/.test(joined);
    return !escaped && OPENS_AFTER[last]?.test(next) ? `${joined.slice(0, -1)}\\${last}` : joined;
}
/**
 * A backslash before `<` that could open a tag, before `&` that spells an entity (or could, with the text
 * after this one), before `]` that opens a
 * link or image with what follows, and before a backslash that would escape any of them: the text then
 * reads the same whether or not it is rendered again.
 */
function escapeText(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        const next = text[i + 1];
        if (ch === '<' && next !== undefined && OPENS_AFTER['<']?.test(next))
            out += '\\<';
        else if (ch === '&' &&
            (ENTITY.test(text.slice(i, i + 40)) ||
                (text.length - i <= 41 && ENTITY_START_AT_END.test(text.slice(i)))))
            out += '\\&';
        else if (ch === ']' && next !== undefined && OPENS_AFTER[']']?.test(next))
            out += '\\]';
        else if (ch === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next)))
            out += '\\\\';
        else
            out += ch;
    }
    return out;
}


/***/ }),

/***/ 38300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ installPackages)
/* harmony export */ });
/* unused harmony exports packagesToInstall, depsFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28942);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52676);
/* harmony import */ var _shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85247);






const EntrySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    package: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    local: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    git: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    tarball: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    private: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    subdirectory: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
const PackagesSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ packages: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).nullish() }).nullish();
/**
 * Why `dbt deps` must run before dbt can parse the project, or undefined when every package
 * `package-lock.yml` pins is installed where dbt looks: then deps is skipped (it would delete and fetch
 * them all again, and fails on a runner without access to the package hub). The lock must list every
 * package packages.yml or dependencies.yml declares; a `local:` package must be dbt's link to its folder.
 */
async function packagesToInstall(project) {
    const declared = [
        ...(await entriesOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project.dir, 'packages.yml'))),
        ...(await entriesOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project.dir, 'dependencies.yml'))),
    ];
    const lock = await entriesOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project.dir, 'package-lock.yml'));
    if (lock.length === 0)
        return 'no package-lock.yml pins the declared packages yet';
    const locked = new Set(lock.map((entry) => identity(project, entry)));
    const unlocked = declared.find((entry) => !locked.has(identity(project, entry)));
    if (unlocked)
        return `package-lock.yml does not pin ${describe(unlocked)}`;
    const installed = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(project.packagesDir).catch(() => []));
    for (const entry of lock) {
        if (!entry.name)
            return `package-lock.yml does not name the folder of ${describe(entry)}`;
        if (!installed.has(entry.name))
            return `${describe(entry)} is not installed in ${folderName(project)}`;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project.packagesDir, entry.name);
        if (!(await isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'dbt_project.yml'))))
            return `${folderName(project)}/${entry.name} holds no dbt_project.yml`;
        if (entry.local !== undefined && !(await linksTo(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(project.dir, entry.local))))
            return `${folderName(project)}/${entry.name} is not a link to the local package ${entry.local}`;
    }
    return undefined;
}
/**
 * `dbt deps` when the project declares packages that are not installed as package-lock.yml pins them, and
 * nothing otherwise; a failure is a `DbtError` saying what to do.
 */
async function installPackages(project, dbt, log) {
    if (!project.declaresPackages)
        return;
    const why = await packagesToInstall(project);
    if (!why) {
        log.info('dbt deps skipped: every package package-lock.yml pins is installed.');
        return;
    }
    log.info(`Running dbt deps: ${why}.`);
    const deps = await dbt.deps();
    if (deps.exitCode !== 0)
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(depsFailure(deps));
}
/**
 * What a failed `dbt deps` means and what to do, without Python's traceback: an unreachable package hub
 * or git host is the runner's network, and the way out is packages that need none.
 */
function depsFailure(invocation) {
    const messages = invocation.errors.filter((message) => !message.startsWith('Traceback (most recent call last)'));
    const detail = (messages.join('\n').trim() || `exit code ${invocation.exitCode}`).slice(0, 1000);
    const hub = /hub\.getdbt\.com/.test(detail);
    const network = /Max retries exceeded|NameResolutionError|Failed to resolve|Name or service not known|Temporary failure in name resolution|Connection (?:refused|reset|timed out)|Could not resolve host|unable to access|Network is unreachable/i.test(detail);
    if (hub || network) {
        const where = hub ? 'the dbt package hub (hub.getdbt.com)' : 'a package host';
        return (`dbt deps could not download the project's packages: ${where} is unreachable from this runner. ` +
            'Vendor each package into the repository and declare it as a `local:` package in packages.yml, or ' +
            'install the packages before Autopilot runs (a `dbt deps` step with network access, or ' +
            `${'`'}dbt_packages/${'`'} restored from a cache) with a package-lock.yml that pins them, so deps is skipped. dbt said: ${detail}`);
    }
    return (`dbt deps failed: ${detail}\nFix packages.yml or dependencies.yml, or install the packages before ` +
        'Autopilot runs (with a package-lock.yml that pins them, so deps is skipped).');
}
async function entriesOf(file) {
    const text = await (0,_shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_4__/* .readIfPresent */ .Z)(file);
    if (text === undefined)
        return [];
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch {
        return [];
    }
    const packages = PackagesSchema.safeParse(parsed);
    if (!packages.success)
        return [];
    return (packages.data?.packages ?? []).flatMap((entry) => {
        const read = EntrySchema.safeParse(entry);
        return read.success ? [read.data] : [];
    });
}
/** How packages.yml and package-lock.yml both name a package: its source, not its version. */
function identity(project, entry) {
    if (entry.local !== undefined)
        return `local:${node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(project.dir, entry.local)}`;
    if (entry.git !== undefined)
        return `git:${entry.git}#${entry.subdirectory ?? ''}`;
    if (entry.tarball !== undefined)
        return `tarball:${entry.tarball}`;
    if (entry.private !== undefined)
        return `private:${entry.private}#${entry.subdirectory ?? ''}`;
    return `package:${entry.package ?? ''}`;
}
function describe(entry) {
    const source = entry.package ?? entry.git ?? entry.tarball ?? entry.private ?? entry.local ?? 'a package';
    return `\`${source}\``;
}
function folderName(project) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(project.dir, project.packagesDir) || project.packagesDir;
}
async function linksTo(link, target) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(link).catch(() => undefined);
    if (!info?.isSymbolicLink())
        return false;
    const [resolved, wanted] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => ''),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(target).catch(() => target),
    ]);
    return resolved === wanted;
}
async function isFile(file) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined))?.isFile() ?? false;
}


/***/ }),

/***/ 70864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseRunResults),
/* harmony export */   N: () => (/* binding */ isFailure)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37428);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52676);


const RunResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    unique_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullish(),
    execution_time: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(0),
});
/** The part of dbt's run_results.json (schema v6; older versions share it) that validation reads. */
const RunResultsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ dbt_schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RunResultSchema),
});
/** Parses run_results.json text into node results; `fileOf` adds each node's project-relative file. */
function parseRunResults(text, fileOf = () => undefined) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`dbt wrote a run_results.json that is not JSON (${error.message})`, {
            cause: error,
        });
    }
    const parsed = RunResultsSchema.safeParse(json);
    if (!parsed.success) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`dbt's run_results.json has an unexpected shape: ${zod__WEBPACK_IMPORTED_MODULE_2__/* .prettifyError */ .S1(parsed.error)}`);
    }
    return parsed.data.results.map((result) => {
        const node = {
            uniqueId: result.unique_id,
            status: result.status,
            executionTimeS: result.execution_time,
        };
        if (result.message)
            node.message = result.message;
        if (typeof result.failures === 'number')
            node.failures = result.failures;
        const file = fileOf(result.unique_id);
        if (file)
            node.file = file;
        return node;
    });
}
const FAILED_STATUSES = new Set(['error', 'fail', 'runtime error']);
/** A node that makes the build fail: an error, a failed test or unit test. Warnings and skips do not. */
function isFailure(result) {
    return FAILED_STATUSES.has(result.status);
}


/***/ })

};
