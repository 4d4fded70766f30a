export const id = 366;
export const ids = [366,819];
export const modules = {

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ artifactName),
/* harmony export */   j: () => (/* binding */ ActionsArtifactStore)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91252);

/** Characters artifact names may not contain, plus whitespace and control characters. */
const FORBIDDEN = /[":<>|*?\\/\r\n\s]/g;
/** `autopilot-audit-DATA-123` or `autopilot-audit-DATA-123-2`: unique per run attempt, safe for the service. */
function artifactName(ticketKey, runAttempt) {
    const key = ticketKey
        .replace(FORBIDDEN, '-')
        .replace(/#/g, 'issue-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 100) || 'ticket';
    const attempt = runAttempt === undefined || String(runAttempt).trim() === '' ? '' : `-${String(runAttempt).trim()}`;
    return `autopilot-audit-${key}${attempt.replace(FORBIDDEN, '')}`;
}
/** `@actions/artifact` v6 (the artifacts v4 service); not available on GHES or outside Actions. */
class ActionsArtifactStore {
    env;
    client;
    constructor(env = process.env, client = () => new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9()) {
        this.env = env;
        this.client = client;
    }
    async upload(name, files, rootDir, retentionDays) {
        if (!this.env['ACTIONS_RUNTIME_TOKEN']) {
            return {
                uploaded: false,
                reason: `not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN); the bundle stays in ${rootDir}`,
            };
        }
        if (!this.env['ACTIONS_RESULTS_URL']) {
            return {
                uploaded: false,
                reason: 'the artifact service is not available on this runner (no ACTIONS_RESULTS_URL; GitHub Enterprise Server ' +
                    `does not support artifacts v4); the bundle stays in ${rootDir}`,
            };
        }
        try {
            const options = retentionDays > 0 ? { retentionDays } : {};
            const response = await this.client().uploadArtifact(name, files, rootDir, options);
            return { uploaded: true, where: 'artifact', ...(response.id !== undefined ? { id: response.id } : {}) };
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return {
                uploaded: false,
                reason: `uploading artifact ${name} failed (${message}); the bundle stays in ${rootDir}`,
            };
        }
    }
}


/***/ }),

/***/ 52856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ publishing),
/* harmony export */   RJ: () => (/* binding */ PULL_REQUEST_PERMISSIONS),
/* harmony export */   g3: () => (/* binding */ readGitHubFailure)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var _publish_publish_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27619);


const octokitErrorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    response: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional(),
        data: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
            errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).loose()]))
                .optional(),
        })
            .loose()
            .optional()
            .catch(undefined),
    })
        .optional(),
});
// GitHub answers GraphQL failures with HTTP 200 and an `errors` array; @octokit/graphql throws this.
const graphqlErrorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('GraphqlResponseError'),
    errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).loose()).min(1),
});
/** Maps whatever an Octokit call threw (a RequestError, a GraphQL error, a dropped connection) to one failure. */
function readGitHubFailure(error, call) {
    const { action, repository } = call;
    const retry = (later) => `Retry the run${later}${call.instead ? `, or ${call.instead}` : ''}.`;
    const graphql = graphqlErrorSchema.safeParse(error);
    if (graphql.success)
        return graphqlFailure(graphql.data.errors, call, retry(' later'));
    const parsed = octokitErrorSchema.safeParse(error);
    if (!parsed.success) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            kind: 'unavailable',
            message: `GitHub could not be reached while ${action}: ${reason}. ${retry('')}`,
        };
    }
    const { status } = parsed.data;
    const data = parsed.data.response?.data;
    const headers = parsed.data.response?.headers ?? {};
    const githubMessage = data?.message ?? parsed.data.message ?? '';
    const details = (data?.errors ?? [])
        .map((e) => (typeof e === 'string' ? e : (e.message ?? '')))
        .filter(Boolean);
    const said = [githubMessage, ...details].filter(Boolean).join(': ');
    const answered = `${status}${said ? ` ${said}` : ''}`;
    if (status === 401) {
        return {
            kind: 'unauthorized',
            status,
            message: `GitHub rejected the token while ${action} (401 ${githubMessage || 'Bad credentials'}). ` +
                'Check the `github-token` input: the token may be expired, revoked or for another installation.',
        };
    }
    if (status === 429 ||
        (status === 403 &&
            (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(githubMessage)))) {
        return {
            kind: 'rate-limited',
            status,
            message: `GitHub rate limit hit while ${action} (${answered}). ${retry(' later')}`,
            retryAfterMs: retryAfterMs(headers),
        };
    }
    if (status === 403) {
        return {
            kind: 'forbidden',
            status,
            message: `GitHub refused ${action} in ${repository} (${answered}). The token needs ${call.permissions}.`,
        };
    }
    if (status === 404 || status === 410) {
        return {
            kind: 'not-found',
            status,
            message: call.notFound ??
                `GitHub answered ${status} while ${action} in ${repository}: the repository does not exist or the token cannot see it. ` +
                    'Check the repository name and that the `github-token` has access to it.',
        };
    }
    if (status < 500) {
        return { kind: 'invalid-request', status, message: `GitHub rejected ${action} (${answered}).` };
    }
    return {
        kind: 'unavailable',
        status,
        message: `GitHub failed while ${action} (${answered}), also when asked again. ${retry('')}`,
    };
}
const PUBLISH_KINDS = {
    unauthorized: 'unauthorized',
    forbidden: 'forbidden',
    'not-found': 'not-found',
    'rate-limited': 'unavailable',
    'invalid-request': 'invalid-request',
    unavailable: 'unavailable',
};
/** The permissions a pull request needs, and the repository setting the default GITHUB_TOKEN also needs. */
const PULL_REQUEST_PERMISSIONS = '`contents: write` and `pull-requests: write` (set `permissions:` in the workflow); with the default GITHUB_TOKEN also enable ' +
    'Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests"';
/** A failed call as the `PublishError` the code host and the trigger stage's GitHub adapters throw. */
function toPublishError(error, action, repository, permissions = PULL_REQUEST_PERMISSIONS) {
    const failure = readGitHubFailure(error, { action, repository, permissions });
    return new _publish_publish_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PublishError */ .S(PUBLISH_KINDS[failure.kind], failure.message, failure.status);
}
/** Runs one GitHub call of `repository`; its failure becomes the `PublishError` that says what to do. */
async function publishing(action, repository, permissions, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw toPublishError(error, action, repository, permissions);
    }
}
function graphqlFailure(errors, call, retryLater) {
    const { action, repository } = call;
    const said = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ');
    const types = new Set(errors.map((e) => e.type));
    if (types.has('FORBIDDEN')) {
        return {
            kind: 'forbidden',
            message: `GitHub refused ${action} in ${repository} (${said}). The token needs ${call.permissions}.`,
        };
    }
    if (types.has('NOT_FOUND')) {
        return {
            kind: 'not-found',
            message: `GitHub could not find the pull request while ${action} in ${repository} (${said}); it may have been deleted.`,
        };
    }
    if (types.has('RATE_LIMITED')) {
        return { kind: 'rate-limited', message: `GitHub rate limit hit while ${action}: ${said}. ${retryLater}` };
    }
    return { kind: 'invalid-request', message: `GitHub rejected ${action} in ${repository} (${said}).` };
}
function retryAfterMs(headers) {
    const seconds = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0)
        return Math.max(0, reset * 1000 - Date.now());
    return undefined;
}


/***/ }),

/***/ 84819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SpawnCommandRunner: () => (/* binding */ SpawnCommandRunner)
});

// UNUSED EXPORTS: DEFAULT_GRACE_MS

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/process/output-tail.ts
/**
 * The last `limit` characters of a stream of output. dbt and sqlfluff print their errors last, so when
 * output must be cut it is the beginning that goes; `text()` then starts with a line saying how much.
 */
class OutputTail {
    limit;
    chunks = [];
    kept = 0;
    cut = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.kept += chunk.length;
        // Trimming only once twice the limit is held keeps pushes cheap: each character is copied O(1) times.
        if (this.kept > 2 * this.limit)
            this.trim();
    }
    text() {
        this.trim();
        const body = this.chunks.join('');
        if (this.cut === 0)
            return body;
        return `[… ${this.cut} characters of output cut; the last ${body.length} are kept …]\n${body}`;
    }
    trim() {
        if (this.kept <= this.limit)
            return;
        const joined = this.chunks.join('');
        const excess = joined.length - this.limit;
        this.cut += excess;
        this.chunks = [joined.slice(excess)];
        this.kept = this.limit;
    }
}

;// CONCATENATED MODULE: ./src/adapters/process/command-runner.ts



const DEFAULT_GRACE_MS = 10_000;
const OUTPUT_LIMIT = 8 * 1024 * 1024;
const PIPE_DRAIN_MS = 1_000;
class SpawnCommandRunner {
    observe;
    constructor(observe = () => { }) {
        this.observe = observe;
    }
    run(command, args, options) {
        const started = Date.now();
        return new Promise((resolve) => {
            const child = (0,external_node_child_process_.spawn)(command, args, {
                cwd: options.cwd,
                env: options.inheritEnv === false ? { ...options.env } : { ...process.env, ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
            });
            // A command that exits without reading its input closes the pipe: that is not an error of ours.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input ?? '');
            const limit = options.maxOutputChars ?? OUTPUT_LIMIT;
            const stdout = new OutputTail(limit);
            const stderr = new OutputTail(limit);
            let timedOut = false;
            let aborted = false;
            let settled = false;
            let graceTimer;
            let drainTimer;
            child.stdout.setEncoding('utf8').on('data', (chunk) => {
                stdout.push(chunk);
                options.onOutput?.(chunk, 'stdout');
            });
            child.stderr.setEncoding('utf8').on('data', (chunk) => {
                stderr.push(chunk);
                options.onOutput?.(chunk, 'stderr');
            });
            // SIGINT first, as Ctrl-C would: dbt then cancels its running queries and exits on its own.
            const stop = () => {
                if (graceTimer || child.exitCode !== null || child.signalCode !== null)
                    return;
                child.kill('SIGINT');
                graceTimer = setTimeout(() => child.kill('SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
            };
            const timer = options.timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    stop();
                }, options.timeoutMs);
            const onAbort = () => {
                aborted = true;
                stop();
            };
            options.signal?.addEventListener('abort', onAbort, { once: true });
            if (options.signal?.aborted)
                onAbort();
            const finish = (exitCode, extraStderr = '') => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                clearTimeout(graceTimer);
                clearTimeout(drainTimer);
                options.signal?.removeEventListener('abort', onAbort);
                const result = {
                    command,
                    args,
                    cwd: options.cwd,
                    exitCode,
                    stdout: stdout.text(),
                    stderr: stderr.text() + extraStderr,
                    durationMs: Date.now() - started,
                    timedOut,
                    ...(aborted ? { aborted } : {}),
                };
                this.observe(result);
                resolve(result);
            };
            child.on('error', (error) => {
                finish(error.code === 'ENOENT' ? 127 : 1, `${command}: ${error.message}`);
            });
            child.on('exit', () => {
                // A grandchild that outlives a stopped command may hold the pipes open and 'close' never come:
                // what is already in the pipes is read for a moment, then they are closed.
                if (!graceTimer)
                    return;
                drainTimer = setTimeout(() => {
                    child.stdout.destroy();
                    child.stderr.destroy();
                }, PIPE_DRAIN_MS);
            });
            child.on('close', (code, signal) => finish(code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : 1)));
        });
    }
}


/***/ }),

/***/ 73963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   gr: () => (/* binding */ priceKeyOf),
/* harmony export */   me: () => (/* binding */ ModelError)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);

/** The price table entry a model's calls are billed by: a platform's own (`priceKey`), else the model's name. */
function priceKeyOf(model) {
    return model.priceKey ?? model.model;
}
const RETRYABLE = new Set([
    'rate-limited',
    'overloaded',
    'timeout',
    'connection',
    'server',
]);
/** A model call failed; `message` says what to do about it. */
class ModelError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    kind;
    status;
    constructor(kind, message, status) {
        super('failed:model', message);
        this.kind = kind;
        this.status = status;
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

/***/ 71605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ writeAuditBundle),
/* harmony export */   Lw: () => (/* binding */ SealDataSchema),
/* harmony export */   QF: () => (/* binding */ SEAL_MESSAGE),
/* harmony export */   Yn: () => (/* binding */ AUDIT_FILES),
/* harmony export */   jz: () => (/* binding */ SEAL_STAGE),
/* harmony export */   m8: () => (/* binding */ runJsonDigest)
/* harmony export */ });
/* unused harmony exports AUDIT_SCHEMA_VERSION, RunEventSchema, AuditRunSchema, readAuditBundle */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28942);
/* harmony import */ var _audit_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23476);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48932);
/* harmony import */ var _shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85247);
/* harmony import */ var _agent_usage_by_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90705);







const AUDIT_SCHEMA_VERSION = 1;
const AUDIT_FILES = {
    run: 'run.json',
    events: 'events.jsonl',
    diff: 'diff.patch',
    prBody: 'pr-body.md',
};
const UsageSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    inputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    outputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    cacheCreationInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    cacheReadInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
});
const TicketSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['jira', 'github', 'gitlab', 'file', 'schema-drift']),
    title: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    body: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    labels: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    fields: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    updated: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    report: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
const RunEventSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    at: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    stage: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    data: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).optional(),
});
/** The shape of `run.json`; tests and later tools (history, re-runs) read bundles through it. */
const AuditRunSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(AUDIT_SCHEMA_VERSION),
    runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    statusMessage: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** Actor, repository, workflow run and the like, as the trigger stage recorded them. */
    context: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    /** Settings with every secret reduced to whether it was set. */
    settings: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    ticket: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ snapshot: TicketSchema, sha256: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }).optional(),
    modelCalls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        turn: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        model: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        usage: UsageSchema,
        costUsd: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        stopReason: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        stage: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['classifier', 'agent', 'review']).optional(),
        inputEstimate: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ tokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), counted: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY() }).optional(),
    })),
    /** The model calls by stage: models, tokens, the share of input read from the cache, cost. */
    modelUsage: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        stage: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        models: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
        calls: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        inputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        cacheReadInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        cacheCreationInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        outputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        cacheReadShare: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        costUsd: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        countedCalls: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    }))
        .optional(),
    toolCalls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        turn: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        input: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
        ok: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
        error: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional(),
        outcome: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
        summary: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    })),
    commands: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        command: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        args: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
        cwd: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        exitCode: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        timedOut: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
    })),
    /** Stage results by name (validation rounds, impact, publish...). */
    stages: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    diff: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    commitSha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    prUrl: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    prNumber: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional(),
    branch: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** Head of the hash chain over events.jsonl; absent in bundles written before the chain existed. */
    audit: _audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .ChainHeadSchema */ .Tg.optional(),
});
/** The last record of events.jsonl: digests of the other files, so the chain covers them too. */
const SEAL_STAGE = 'audit';
const SEAL_MESSAGE = 'sealed';
const SealDataSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/)),
});
/** The digest the seal holds for run.json: its canonical JSON without the `audit` head (which covers the seal). */
function runJsonDigest(run) {
    return (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)((0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)((0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutKeys */ .Pe)(run, ['audit'])));
}
function runJson(input) {
    const { record } = input;
    return {
        schemaVersion: AUDIT_SCHEMA_VERSION,
        runId: record.runId,
        startedAt: record.startedAt,
        finishedAt: record.finishedAt,
        status: record.status,
        statusMessage: record.statusMessage,
        context: record.context,
        settings: input.settings,
        ticket: record.ticket,
        modelCalls: record.modelCalls,
        modelUsage: (0,_agent_usage_by_stage_js__WEBPACK_IMPORTED_MODULE_4__/* .usageByStage */ .T)(record.modelCalls),
        toolCalls: record.toolCalls,
        commands: record.commands,
        stages: record.stages,
        costUsd: record.costUsd,
        diff: input.diff,
        commitSha: record.commitSha,
        prUrl: record.prUrl,
        prNumber: record.prNumber,
        branch: record.branch,
    };
}
/**
 * Writes the run's audit files into `dir`. Every string passes the redactor before it is serialised, so a
 * secret cannot reach the artifact in any encoding we know of.
 */
async function writeAuditBundle(dir, input) {
    const { redactor } = input;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    // A JSON round-trip drops undefined fields and anything that is not JSON (a stray Date becomes a string).
    const run = (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactDeep */ .KL)(JSON.parse(JSON.stringify(runJson(input))), redactor);
    const diff = redactor(input.diff);
    const prBody = input.prBody === undefined ? undefined : redactor(input.prBody);
    const digests = {
        [AUDIT_FILES.run]: runJsonDigest(run),
        [AUDIT_FILES.diff]: (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(diff),
    };
    if (prBody !== undefined)
        digests[AUDIT_FILES.prBody] = (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(prBody);
    const events = [
        ...input.record.events.map((event) => JSON.parse(JSON.stringify((0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactDeep */ .KL)(event, redactor)))),
        { at: new Date().toISOString(), stage: SEAL_STAGE, message: SEAL_MESSAGE, data: { files: digests } },
    ];
    const chained = (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .chainLines */ .$d)(run.runId, events);
    run.audit = chained.head;
    const files = [
        [AUDIT_FILES.run, `${JSON.stringify(run, null, 2)}\n`],
        [AUDIT_FILES.events, `${chained.lines.join('\n')}\n`],
        [AUDIT_FILES.diff, diff],
    ];
    if (prBody !== undefined)
        files.push([AUDIT_FILES.prBody, prBody]);
    const paths = [];
    for (const [name, content] of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content, 'utf8');
        paths.push(path);
    }
    return { files: paths, finalHash: chained.head.finalHash };
}
/**
 * Reads a bundle written by `writeAuditBundle`; throws with the file and the problem when it is not one.
 * It does not check the hash chain: `verifyAudit` does.
 */
async function readAuditBundle(dir) {
    const runPath = join(dir, AUDIT_FILES.run);
    const text = await readIfPresent(runPath);
    if (text === undefined)
        throw new Error(`${runPath} not found: is ${dir} an Autopilot audit bundle?`);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${runPath} is not valid JSON (${error.message})`, { cause: error });
    }
    const run = AuditRunSchema.safeParse(parsed);
    if (!run.success)
        throw new Error(`${runPath} does not match the audit schema: ${z.prettifyError(run.error)}`);
    const eventsText = (await readIfPresent(join(dir, AUDIT_FILES.events))) ?? '';
    const events = eventsText
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => {
        let json;
        try {
            json = JSON.parse(line);
        }
        catch (error) {
            throw new Error(`${AUDIT_FILES.events} line ${index + 1} is not valid JSON`, { cause: error });
        }
        const event = RunEventSchema.safeParse(json);
        if (!event.success) {
            throw new Error(`${AUDIT_FILES.events} line ${index + 1}: ${z.prettifyError(event.error)}`);
        }
        return event.data;
    })
        .filter((event, index, all) => !(index === all.length - 1 && event.stage === SEAL_STAGE && event.message === SEAL_MESSAGE));
    return {
        run: run.data,
        events,
        diff: (await readIfPresent(join(dir, AUDIT_FILES.diff))) ?? '',
        prBody: await readIfPresent(join(dir, AUDIT_FILES.prBody)),
    };
}


/***/ }),

/***/ 23476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ chainLines),
/* harmony export */   Eh: () => (/* binding */ analyzeChain),
/* harmony export */   Pe: () => (/* binding */ withoutKeys),
/* harmony export */   Tg: () => (/* binding */ ChainHeadSchema),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony exports CHAIN_ALGORITHM, genesisHash, ChainFieldsSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);


/**
 * The hash chain over `events.jsonl`. Each record carries `seq` (its position), `prev` (sha256 of the
 * previous record's exact line; the first record uses the run's genesis hash) and `hash` (sha256 of its
 * canonical JSON without `hash`). `run.json` carries the count and the sha256 of the last line, so an edit,
 * a deletion, an insertion or a reordering shows up as a broken link, a seq gap or a wrong head.
 *
 * A chain only proves that the bundle is the one whose head hash you trust: someone who rewrites every
 * record and `run.json` makes a new consistent chain. Compare the head with the one the run printed in its
 * job log (`--expect`), which the artifact's readers cannot change.
 */
const CHAIN_ALGORITHM = 'sha256-chain-v1';
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The `prev` of the first record: ties the chain to one run, so records cannot be moved between runs. */
function genesisHash(runId) {
    return sha256Hex(`autopilot-audit-genesis:${CHAIN_ALGORITHM}:${runId}`);
}
/** JSON with object keys sorted at every level, so a hash does not depend on key order. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort())
        sorted[key] = sortKeys(value[key]);
    return sorted;
}
/** Serialises JSON-safe event objects as chained lines, in order. */
function chainLines(runId, events) {
    const lines = [];
    let prev = genesisHash(runId);
    events.forEach((event, seq) => {
        const unsigned = { ...withoutKeys(event, ['hash', 'prev', 'seq']), seq, prev };
        const line = JSON.stringify({ ...unsigned, hash: sha256Hex(canonicalJson(unsigned)) });
        lines.push(line);
        prev = sha256Hex(line);
    });
    return { lines, head: { algorithm: CHAIN_ALGORITHM, records: lines.length, finalHash: prev } };
}
/** A shallow copy without the named keys. */
function withoutKeys(value, keys) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
const hex64 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const ChainFieldsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    seq: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    prev: hex64,
    hash: hex64,
});
const ChainHeadSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    algorithm: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(CHAIN_ALGORITHM),
    records: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    finalHash: hex64,
});
/**
 * Checks chained lines against the run id and the head `run.json` recorded. Problems are classified by
 * what explains them best: a record whose own hash fails was edited; a missing seq was deleted (at the end:
 * truncated); a duplicate or out-of-range seq, or a line without chain fields, was inserted; records out of
 * seq order were reordered; a link that breaks between consecutive records means the earlier one was
 * rewritten with a fresh hash.
 */
function analyzeChain(text, runId, head) {
    const problems = [];
    const records = [];
    text.split('\n').forEach((raw, index) => {
        if (raw.trim() === '')
            return;
        const line = index + 1;
        let json;
        try {
            json = JSON.parse(raw);
        }
        catch {
            problems.push({ line, kind: 'malformed', message: `line ${line} is not JSON` });
            return;
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json)) {
            problems.push({ line, kind: 'malformed', message: `line ${line} is not a JSON object` });
            return;
        }
        const fields = ChainFieldsSchema.safeParse(json);
        if (!fields.success) {
            problems.push({
                line,
                kind: 'inserted',
                message: `line ${line} has no valid seq/prev/hash: it was not written by the run`,
            });
            return;
        }
        const { hash } = fields.data;
        const unsigned = withoutKeys(fields.data, ['hash']);
        records.push({
            line,
            text: raw,
            lineHash: sha256Hex(raw),
            seq: fields.data.seq,
            prev: fields.data.prev,
            selfOk: sha256Hex(canonicalJson(unsigned)) === hash,
            object: fields.data,
        });
    });
    for (const record of records.filter((r) => !r.selfOk)) {
        problems.push({
            line: record.line,
            kind: 'edited',
            message: `line ${record.line} (record #${record.seq}) was changed after it was written: its content no longer matches its hash`,
        });
    }
    const referenced = new Set(records.map((record) => record.prev));
    if (head)
        referenced.add(head.finalHash);
    const kept = dropInserted(records, head, referenced, problems);
    const ordered = reportReordered(kept, problems);
    checkLinks(ordered, runId, problems);
    if (head)
        checkHead(ordered, head, problems);
    else {
        problems.push({
            line: 0,
            file: 'run.json',
            kind: 'malformed',
            message: 'run.json has no `audit` head (records and final hash): the bundle predates the hash chain or the head was removed',
        });
    }
    problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line);
    return { problems, records: records.length, chain: ordered.map((record) => record.object) };
}
/** Records past the recorded count, or a second record claiming a seq another authentic record holds. */
function dropInserted(records, head, referenced, problems) {
    const bySeq = new Map();
    for (const record of records)
        bySeq.set(record.seq, [...(bySeq.get(record.seq) ?? []), record]);
    const inserted = new Set();
    for (const group of bySeq.values()) {
        if (group.length < 2)
            continue;
        // The authentic one is linked to by its successor (or is the head); prefer the earliest line otherwise.
        const authentic = group.find((record) => referenced.has(record.lineHash) && record.selfOk) ?? group[0];
        for (const record of group)
            if (record !== authentic)
                inserted.add(record);
    }
    if (head) {
        for (const record of records)
            if (record.seq >= head.records)
                inserted.add(record);
    }
    for (const record of inserted) {
        problems.push({
            line: record.line,
            kind: 'inserted',
            message: `line ${record.line} claims record #${record.seq}, which ${head && record.seq >= head.records ? `is past the ${head.records} records run.json counts` : 'another record holds'}: it was added after the run`,
        });
    }
    return records.filter((record) => !inserted.has(record));
}
/** Lines outside the longest run of increasing seq were moved; returns the records in seq order. */
function reportReordered(records, problems) {
    const inOrder = new Set(longestIncreasing(records));
    const sorted = [...records].sort((a, b) => a.seq - b.seq);
    for (const record of records) {
        if (inOrder.has(record))
            continue;
        const index = sorted.indexOf(record);
        const before = sorted[index - 1];
        const place = before ? `after line ${before.line} (record #${before.seq})` : 'at the start';
        problems.push({
            line: record.line,
            kind: 'reordered',
            message: `line ${record.line} (record #${record.seq}) was moved: it belongs ${place}`,
        });
    }
    return sorted;
}
/** Patience sorting: the longest subsequence of records whose seq increases, in O(n log n). */
function longestIncreasing(records) {
    const tails = [];
    const parent = [];
    records.forEach((record, index) => {
        let low = 0;
        let high = tails.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (records[tails[mid]].seq < record.seq)
                low = mid + 1;
            else
                high = mid;
        }
        parent[index] = low > 0 ? tails[low - 1] : -1;
        tails[low] = index;
    });
    const result = [];
    for (let index = tails.at(-1) ?? -1; index >= 0; index = parent[index])
        result.unshift(records[index]);
    return result;
}
function checkLinks(records, runId, problems) {
    const genesis = genesisHash(runId);
    records.forEach((record, index) => {
        const before = records[index - 1];
        const expectedSeq = before ? before.seq + 1 : 0;
        if (record.seq > expectedSeq) {
            const missing = record.seq - expectedSeq === 1 ? `#${expectedSeq}` : `#${expectedSeq}–#${record.seq - 1}`;
            problems.push({
                line: record.line,
                kind: 'deleted',
                message: `record(s) ${missing} are missing before line ${record.line}: they were deleted`,
            });
            return;
        }
        const expectedPrev = before ? before.lineHash : genesis;
        if (record.prev === expectedPrev)
            return;
        if (!before) {
            problems.push({
                line: record.line,
                kind: 'edited',
                message: `line ${record.line} (record #0) does not start a chain for run ${runId}: it was edited or comes from another run`,
            });
            return;
        }
        // A record that fails its own hash already explains the broken link after it.
        if (!before.selfOk)
            return;
        problems.push({
            line: before.line,
            kind: 'edited',
            message: `line ${before.line} (record #${before.seq}) was rewritten with a fresh hash: record #${record.seq} (line ${record.line}) no longer links to it`,
        });
    });
}
function checkHead(records, head, problems) {
    const last = records.at(-1);
    const lastSeq = last ? last.seq : -1;
    if (lastSeq < head.records - 1) {
        const from = lastSeq + 1;
        const missing = head.records - 1 === from ? `#${from}` : `#${from}–#${head.records - 1}`;
        problems.push({
            line: last ? last.line : 0,
            kind: 'truncated',
            message: `events.jsonl ends early: run.json counts ${head.records} records; record(s) ${missing} at the end are missing`,
        });
        return;
    }
    const finalHash = last ? last.lineHash : undefined;
    if (finalHash === head.finalHash || (last === undefined && head.records === 0))
        return;
    if (last && !last.selfOk)
        return;
    if (last && problems.some((problem) => problem.kind === 'edited' && problem.line === last.line))
        return;
    problems.push({
        line: 0,
        file: 'run.json',
        kind: 'final-hash-mismatch',
        message: `run.json's final hash ${head.finalHash.slice(0, 12)}… does not match the last record${last ? ` (line ${last.line})` : ''}: run.json or the last record was changed`,
    });
}


/***/ }),

/***/ 65055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QU: () => (/* binding */ evidenceTargets),
  Ke: () => (/* binding */ relationOf)
});

// UNUSED EXPORTS: changedWords

// EXTERNAL MODULE: ./src/project/graph.ts
var project_graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/project/generic-tests.ts
var generic_tests = __webpack_require__(92776);
;// CONCATENATED MODULE: ./src/evidence/primary-key.ts


/**
 * The model's declared primary key: a `primary_key` constraint (model-level with its columns, or on one
 * column), else the first column (in declared order) with both a `unique` and a `not_null` data test.
 * Undefined when the model declares none: changed rows cannot be matched without one.
 */
function primaryKeyOf(graph, node) {
    const modelLevel = Array.isArray(node.raw.constraints) ? node.raw.constraints : [];
    for (const constraint of modelLevel) {
        if (!(0,project_graph/* isRecord */.u4)(constraint) || constraint.type !== 'primary_key' || !Array.isArray(constraint.columns))
            continue;
        const columns = constraint.columns.filter((column) => typeof column === 'string');
        if (columns.length > 0)
            return columns;
    }
    const constrained = node.columns.find((column) => column.constraints.some((constraint) => constraint.type === 'primary_key'));
    if (constrained)
        return [constrained.name];
    const unique = new Set();
    const notNull = new Set();
    for (const { name, namespace, column } of (0,generic_tests/* genericTestsOf */.k)(graph, node)) {
        if (!column || namespace)
            continue;
        if (name === 'unique')
            unique.add(column.toLowerCase());
        if (name === 'not_null')
            notNull.add(column.toLowerCase());
    }
    const keys = [...unique].filter((column) => notNull.has(column));
    if (keys.length === 0)
        return undefined;
    const declared = node.columns.find((column) => keys.includes(column.name.toLowerCase()));
    return [declared?.name ?? [...keys].sort()[0] ?? ''];
}

;// CONCATENATED MODULE: ./src/evidence/evidence-targets.ts


const RELATION_KINDS = new Set(['model', 'seed', 'snapshot']);
/**
 * The changed (added or modified) SQL models the last round built into a relation, by id, at most
 * `limits.models`; the rest are named in `notCompared`.
 */
function evidenceTargets(input) {
    const { baseGraph, graph, validations } = input;
    const last = validations.at(-1);
    if (!last?.ok)
        return { targets: [], notCompared: [] };
    const builtNow = succeeded([last]);
    const builtEver = succeeded(validations);
    const changedIds = new Set(input.changed.map((change) => change.id));
    const nodes = input.changed
        .filter((change) => change.kind === 'model' && change.change !== 'removed' && builtNow.has(change.id))
        .map((change) => graph.get(change.id))
        .filter((node) => node !== undefined && relationOf(node) !== undefined)
        .sort((a, b) => a.id.localeCompare(b.id));
    const targets = nodes.slice(0, input.limits.models).map((node) => {
        const relation = relationOf(node);
        const old = baseGraph.get(node.id);
        const base = old
            ? baseSource(old, relation, input.mode, baseGraph, builtEver)
            : { kind: 'none', reason: 'a new model' };
        const primaryKey = primaryKeyOf(graph, node);
        return {
            id: node.id,
            name: node.name,
            relation,
            base,
            ...(primaryKey ? { primaryKey } : {}),
            hints: old ? changedWords(rawCode(old) ?? '', rawCode(node) ?? '') : [],
            notes: base.kind === 'base-sql' ? changedParents(graph, node, changedIds) : [],
        };
    });
    return { targets, notCompared: nodes.slice(input.limits.models).map((node) => node.name) };
}
function baseSource(old, relation, mode, baseGraph, builtEver) {
    if (mode === 'deferred') {
        const production = relationOf(old);
        if (!production)
            return { kind: 'none', reason: 'the production version is ephemeral (no relation)' };
        if (production.relationName === relation.relationName)
            return {
                kind: 'none',
                reason: "production's relation is the one the change's build wrote (same target)",
            };
        return { kind: 'production', ...production };
    }
    const code = rawCode(old);
    if (code === undefined || (0,project_graph/* str */.gx)(old.raw.language) === 'python')
        return { kind: 'none', reason: 'the base version is not a SQL model' };
    const unbuilt = baseGraph
        .parentsOf(old.id)
        .map((id) => baseGraph.get(id))
        .filter((parent) => parent !== undefined &&
        RELATION_KINDS.has(parent.kind) &&
        parent.materialized !== 'ephemeral' &&
        !builtEver.has(parent.id));
    if (unbuilt.length > 0) {
        const names = unbuilt.map((parent) => `\`${parent.name}\``).join(', ');
        return { kind: 'none', reason: `the base version reads ${names}, which this run did not build` };
    }
    return { kind: 'base-sql', rawCode: code };
}
/** The base SQL reads its parents as the change's build left them: a parent the change modified is new. */
function changedParents(graph, node, changedIds) {
    const modified = graph
        .parentsOf(node.id)
        .filter((id) => changedIds.has(id))
        .map((id) => graph.get(id)?.name ?? id);
    if (modified.length === 0)
        return [];
    const names = modified.map((name) => `\`${name}\``).join(', ');
    return [`the base side reads the change's version of ${names} (also modified), not the base's`];
}
function relationOf(node) {
    const relationName = (0,project_graph/* str */.gx)(node.raw.relation_name);
    const schema = (0,project_graph/* str */.gx)(node.raw.schema);
    const identifier = (0,project_graph/* str */.gx)(node.raw.alias) ?? node.name;
    if (!relationName || !schema || node.materialized === 'ephemeral')
        return undefined;
    const database = (0,project_graph/* str */.gx)(node.raw.database);
    return { relationName, schema, identifier, ...(database ? { database } : {}) };
}
function rawCode(node) {
    return (0,project_graph/* str */.gx)(node.raw.raw_code);
}
function succeeded(validations) {
    const ids = new Set();
    for (const validation of validations)
        for (const result of validation.dbt.results)
            if (result.status === 'success')
                ids.add(result.uniqueId);
    return ids;
}
/** Identifier-like words of the lines in one version of the SQL and not the other. */
function changedWords(before, after) {
    const lines = (text) => new Set(text.split('\n').map((line) => line.trim()));
    const old = lines(before);
    const next = lines(after);
    const words = new Set();
    for (const line of [...next].filter((l) => !old.has(l)).concat([...old].filter((l) => !next.has(l))))
        for (const word of line.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [])
            words.add(word);
    return [...words].sort();
}


/***/ }),

/***/ 89712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WO: () => (/* binding */ parseProfileColumns),
/* harmony export */   jZ: () => (/* binding */ parseProfile),
/* harmony export */   uv: () => (/* binding */ lowerKeys),
/* harmony export */   vB: () => (/* binding */ parseChangedRows),
/* harmony export */   zS: () => (/* binding */ EvidenceParseError)
/* harmony export */ });
/* unused harmony export ProfileColumnsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28942);
/* harmony import */ var _profile_sql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14833);


// dbt's JSON preview of the evidence queries, read back into typed figures. Keys are lower-cased first:
// some adapters (Snowflake) return unquoted aliases upper-case.
const ColumnListSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]));
/** What the profile query logged: every column of each side with its type, and the ones it profiled. */
const ProfileColumnsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    new: ColumnListSchema,
    base: ColumnListSchema.nullable(),
    profiled: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
});
/** A count as the adapter returns it: a number, or a numeric string for wide integer types. */
const Count = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/).transform(Number)]);
const MaybeCount = Count.nullable().optional();
const MaybeText = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()])
    .nullable()
    .optional()
    .transform((value) => (value === null || value === undefined ? undefined : String(value)));
const SideRowSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ side: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['new', 'base']), row_count: Count });
class EvidenceParseError extends Error {
}
function lowerKeys(row) {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
        return {};
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.toLowerCase(), value]));
}
/** The columns message among what the query's Jinja logged. */
function parseProfileColumns(logged) {
    const message = logged.find((line) => line.startsWith(_profile_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS_MESSAGE */ .GW));
    if (message === undefined)
        throw new EvidenceParseError('the profile query logged no columns');
    let json;
    try {
        json = JSON.parse(message.slice(_profile_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS_MESSAGE */ .GW.length));
    }
    catch {
        throw new EvidenceParseError('the profile query logged columns that are not JSON');
    }
    const parsed = ProfileColumnsSchema.safeParse(json);
    if (!parsed.success)
        throw new EvidenceParseError(`unexpected columns: ${parsed.error.message}`);
    return parsed.data;
}
/** The two side rows and the columns message as the model's profile: profiled columns, then removed ones. */
function parseProfile(columns, rows) {
    const sides = new Map();
    for (const row of rows) {
        const lower = lowerKeys(row);
        const parsed = SideRowSchema.safeParse(lower);
        if (!parsed.success)
            throw new EvidenceParseError(`unexpected profile row: ${parsed.error.message}`);
        sides.set(parsed.data.side, { ...lower, row_count: parsed.data.row_count });
    }
    const next = sides.get('new');
    if (!next)
        throw new EvidenceParseError('the profile has no row for the new relation');
    const base = columns.base === null ? undefined : sides.get('base');
    if (columns.base !== null && !base)
        throw new EvidenceParseError('the profile has no row for the base');
    const baseTypes = new Map((columns.base ?? []).map(([name, type]) => [name.toLowerCase(), type]));
    const newTypes = new Map(columns.new.map(([name, type]) => [name.toLowerCase(), type]));
    const profiled = columns.profiled.map((name, i) => {
        const newType = newTypes.get(name.toLowerCase());
        const baseType = baseTypes.get(name.toLowerCase());
        const status = columns.base === null || baseType === undefined
            ? 'added'
            : baseType.toLowerCase() !== (newType ?? '').toLowerCase()
                ? 'retyped'
                : 'kept';
        const newStats = statsOf(next, i);
        const baseStats = base && baseType !== undefined ? statsOf(base, i) : undefined;
        return {
            name,
            status,
            ...(baseType !== undefined ? { baseType } : {}),
            ...(newType !== undefined ? { newType } : {}),
            ...(baseStats ? { base: baseStats } : {}),
            ...(newStats ? { new: newStats } : {}),
        };
    });
    const removed = (columns.base ?? [])
        .filter(([name]) => !newTypes.has(name.toLowerCase()))
        .map(([name, baseType]) => ({ name, status: 'removed', baseType }));
    return {
        rows: {
            new: next.row_count,
            ...(base ? { base: base.row_count } : {}),
        },
        columns: [...profiled, ...removed],
        unprofiledColumns: Math.max(0, columns.new.length - columns.profiled.length),
    };
}
function statsOf(row, i) {
    const rows = row.row_count;
    const nonNull = parseField(MaybeCount, row[`nn_${i}`]);
    if (nonNull === null || nonNull === undefined)
        return undefined;
    const distinct = parseField(MaybeCount, row[`d_${i}`]);
    const min = parseField(MaybeText, row[`lo_${i}`]);
    const max = parseField(MaybeText, row[`hi_${i}`]);
    return {
        nulls: rows - nonNull,
        ...(distinct !== null && distinct !== undefined ? { distinct } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
    };
}
function parseField(schema, value) {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw new EvidenceParseError(`unexpected value ${JSON.stringify(value)}`);
    return parsed.data;
}
/** The changed-rows query's rows: per row the key and the compared columns whose text differs. */
function parseChangedRows(key, compared, rows, limit) {
    const Nullable = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()]).nullable();
    const text = (value) => {
        const parsed = parseField(Nullable.optional(), value);
        return parsed === null || parsed === undefined ? null : String(parsed);
    };
    let changedRows = 0;
    const sample = [];
    for (const raw of rows) {
        const row = lowerKeys(raw);
        changedRows = Math.max(changedRows, parseField(Count, row.changed_rows));
        const changes = compared
            .map((column, i) => ({ column: column.new, base: text(row[`b_${i}`]), new: text(row[`n_${i}`]) }))
            .filter((change) => change.base !== change.new);
        sample.push({ key: key.map((_, i) => text(row[`k_${i}`])), changes });
    }
    sample.sort((a, b) => a.key.join('\u0000').localeCompare(b.key.join('\u0000')));
    return {
        key: key.map((column) => column.new),
        changedRows,
        rows: sample.slice(0, limit),
        compared: compared.map((column) => column.new),
    };
}


/***/ }),

/***/ 14833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ COLUMNS_MESSAGE),
/* harmony export */   Q6: () => (/* binding */ profileQuery),
/* harmony export */   WL: () => (/* binding */ changedRowsQuery),
/* harmony export */   c6: () => (/* binding */ jinjaString)
/* harmony export */ });
/**
 * The `dbt show --inline` queries of the data evidence: Jinja that dbt renders with the project's adapter,
 * so every identifier is quoted by `adapter.quote`, every type comes from the adapter's own macros and the
 * row limit is dbt's (`--limit`). Manifest values (relation names, column names) enter only as Jinja string
 * literals with everything but plain characters escaped, so none can open a tag or end a string.
 */
/** The prefix of the message the profile query logs with the columns it found and chose. */
const COLUMNS_MESSAGE = 'autopilot-evidence:';
/** A Jinja string literal: anything but letters, digits and a few plain characters as `\u` escapes. */
function jinjaString(text) {
    let out = '';
    for (const char of text) {
        const point = char.codePointAt(0) ?? 0;
        if (/^[A-Za-z0-9 _.,:=+*/()-]$/.test(char))
            out += char;
        else if (point <= 0xffff)
            out += `\\u${point.toString(16).padStart(4, '0')}`;
        else
            out += `\\U${point.toString(16).padStart(8, '0')}`;
    }
    return `"${out}"`;
}
function jinjaList(items) {
    return `[${items.map(jinjaString).join(', ')}]`;
}
/**
 * Sets `ap_new_from` (the new relation) and `ap_base_sql` / `ap_base_from` (a select of the base side, and
 * it as a subquery; `none` without a base). The base SQL of a model validation never built is its raw code,
 * rendered here: its `ref()`s resolve to the relations the change's build made.
 */
function preamble(target, checkBase) {
    const lines = [`{%- set ap_new_from = ${jinjaString(target.relation.relationName)} -%}`];
    const { base } = target;
    if (base.kind === 'production') {
        const select = `{%- set ap_base_sql = "select * from " ~ ${jinjaString(base.relationName)} -%}`;
        if (checkBase) {
            const database = base.database === undefined ? 'none' : jinjaString(base.database);
            lines.push('{%- set ap_base_sql = none -%}', '{%- if execute -%}', `{%- set ap_base_relation = adapter.get_relation(database=${database}, schema=${jinjaString(base.schema)}, identifier=${jinjaString(base.identifier)}) -%}`, `{%- if ap_base_relation is not none -%}${select}{%- endif -%}`, '{%- endif -%}');
        }
        else
            lines.push(select);
    }
    else if (base.kind === 'base-sql') {
        lines.push('{%- set ap_base_raw -%}', base.rawCode, '{%- endset -%}', '{%- set ap_base_sql = ap_base_raw.strip().rstrip(";").strip() -%}');
    }
    else
        lines.push('{%- set ap_base_sql = none -%}');
    lines.push('{%- set ap_base_from = ("(\\n" ~ ap_base_sql ~ "\\n)") if ap_base_sql is not none else none -%}');
    return lines.join('\n');
}
/**
 * One query for a model's profile: the columns of both sides (from the adapter, `get_column_schema_from_query`),
 * at most `maxColumns` of the new side chosen (added, retyped, named in `hints`, then the rest) and logged,
 * then one row per side: `side`, `row_count`, and per chosen column `i` its non-null count `nn_i`, distinct
 * count `d_i` and `min`/`max` as text (`lo_i`, `hi_i`); null where the side lacks the column or its type has
 * no order or equality every adapter supports.
 */
function profileQuery(target, maxColumns) {
    return `${preamble(target, true)}
{%- if execute -%}
{%- set ap_new_cols = adapter.get_column_schema_from_query("select * from " ~ ap_new_from) -%}
{%- set ap_base_cols = adapter.get_column_schema_from_query(ap_base_sql) if ap_base_sql is not none else none -%}
{%- set ap_new_by_name = {} -%}
{%- for c in ap_new_cols -%}{%- do ap_new_by_name.update({c.name | lower: c}) -%}{%- endfor -%}
{%- set ap_base_by_name = {} -%}
{%- for c in (ap_base_cols or []) -%}{%- do ap_base_by_name.update({c.name | lower: c}) -%}{%- endfor -%}
{%- set ap_hints = ${jinjaList(target.hints)} -%}
{%- set ap_ranked = [] -%}
{%- for c in ap_new_cols -%}
{%- set b = ap_base_by_name.get(c.name | lower) -%}
{%- if ap_base_cols is not none and b is none -%}{%- do ap_ranked.append([0, loop.index0]) -%}
{%- elif b is not none and (b.dtype | lower) != (c.dtype | lower) -%}{%- do ap_ranked.append([1, loop.index0]) -%}
{%- elif (c.name | lower) in ap_hints -%}{%- do ap_ranked.append([2, loop.index0]) -%}
{%- else -%}{%- do ap_ranked.append([3, loop.index0]) -%}{%- endif -%}
{%- endfor -%}
{%- set ap_profiled = [] -%}
{%- for r in (ap_ranked | sort)[:${maxColumns}] -%}{%- do ap_profiled.append(ap_new_cols[r[1]]) -%}{%- endfor -%}
{%- set ap_meta = {"new": [], "base": none, "profiled": []} -%}
{%- for c in ap_new_cols -%}{%- do ap_meta["new"].append([c.name, c.dtype]) -%}{%- endfor -%}
{%- if ap_base_cols is not none -%}
{%- do ap_meta.update({"base": []}) -%}
{%- for c in ap_base_cols -%}{%- do ap_meta["base"].append([c.name, c.dtype]) -%}{%- endfor -%}
{%- endif -%}
{%- for c in ap_profiled -%}{%- do ap_meta["profiled"].append(c.name) -%}{%- endfor -%}
{%- do log(${jinjaString(COLUMNS_MESSAGE)} ~ tojson(ap_meta), info=true) -%}
{%- set ap_string = dbt.type_string() -%}
{%- set ap_bigint = dbt.type_bigint() -%}
{%- set ap_sides = [["new", ap_new_from ~ " as ap_new", ap_new_by_name]] -%}
{%- if ap_base_from is not none -%}{%- do ap_sides.append(["base", ap_base_from ~ " as ap_base", ap_base_by_name]) -%}{%- endif -%}
{%- for side in ap_sides %}
{% if not loop.first %}union all
{% endif -%}
select '{{ side[0] }}' as side, count(*) as row_count
{%- for p in ap_profiled -%}
{%- set i = loop.index0 -%}
{%- set c = side[2].get(p.name | lower) -%}
{%- if c is none %}
, cast(null as {{ ap_bigint }}) as nn_{{ i }}, cast(null as {{ ap_bigint }}) as d_{{ i }}, cast(null as {{ ap_string }}) as lo_{{ i }}, cast(null as {{ ap_string }}) as hi_{{ i }}
{%- else -%}
{%- set q = adapter.quote(c.name) -%}
{%- set t = c.dtype | lower -%}
{%- set ap_nested = ('[' in t) or ('struct' in t) or ('map' in t) or ('array' in t) or ('json' in t) or ('variant' in t) or ('object' in t) or ('geo' in t) or ('record' in t) or ('super' in t) or ('list' in t) -%}
{%- set ap_ordered = namespace(value=c.is_number() or c.is_string()) -%}
{%- for word in ['int', 'decimal', 'numeric', 'number', 'float', 'double', 'real', 'char', 'text', 'string', 'date', 'time'] -%}
{%- if word in t -%}{%- set ap_ordered.value = true -%}{%- endif -%}
{%- endfor -%}
{%- set ap_orderable = ap_ordered.value and not ap_nested -%}
{%- set ap_countable = ap_orderable or (('bool' in t) and not ap_nested) %}
, count({{ q }}) as nn_{{ i }}, {% if ap_countable %}count(distinct {{ q }}){% else %}cast(null as {{ ap_bigint }}){% endif %} as d_{{ i }}, {% if ap_orderable %}cast(min({{ q }}) as {{ ap_string }}){% else %}cast(null as {{ ap_string }}){% endif %} as lo_{{ i }}, {% if ap_orderable %}cast(max({{ q }}) as {{ ap_string }}){% else %}cast(null as {{ ap_string }}){% endif %} as hi_{{ i }}
{%- endif -%}
{%- endfor %}
from {{ side[1] }}
{%- endfor %}
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`;
}
/**
 * Rows whose primary key is on both sides and whose compared columns differ (nulls included), all values
 * as text: `k_i` the key, `b_i`/`n_i` column `i` on the base and new side, `changed_rows` how many rows
 * differ in all. dbt's `--limit` bounds what comes back.
 */
function changedRowsQuery(target, key, compared) {
    const quote = (side, name) => `${side}.{{ adapter.quote(${jinjaString(name)}) }}`;
    const text = (expression) => `cast(${expression} as {{ ap_string }})`;
    const select = [
        ...key.map((column, i) => `${text(quote('ap_new', column.new))} as k_${i}`),
        ...compared.flatMap((column, i) => [
            `${text(quote('ap_base', column.base))} as b_${i}`,
            `${text(quote('ap_new', column.new))} as n_${i}`,
        ]),
        'count(*) over () as changed_rows',
    ];
    const on = key.map((column) => {
        const [b, n] = [quote('ap_base', column.base), quote('ap_new', column.new)];
        return column.sameType ? `${b} = ${n}` : `${text(b)} = ${text(n)}`;
    });
    const differs = compared.map((column) => {
        const [b, n] = [quote('ap_base', column.base), quote('ap_new', column.new)];
        return `(${b} is null and ${n} is not null) or (${b} is not null and ${n} is null) or ${text(b)} <> ${text(n)}`;
    });
    return `${preamble(target, false)}
{%- set ap_string = dbt.type_string() -%}
select
  ${select.join(',\n  ')}
from {{ ap_base_from }} as ap_base
inner join {{ ap_new_from }} as ap_new
  on ${on.join('\n  and ')}
where ${differs.map((condition) => `(${condition})`).join('\n  or ')}
order by ${key.map((_, i) => `k_${i}`).join(', ')}
`;
}


/***/ }),

/***/ 17960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parsePolicy),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58980);



/** A policy could not be read, parsed, extended or merged; the message names the file and what to fix. */
class PolicyError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    constructor(message) {
        super('failed:config', message);
    }
}
/**
 * Parses one policy file. YAML syntax errors and schema errors are all reported at once, each with the
 * line it is on, e.g. `.autopilot/policy.yml:7: guard.max_files_changed: expected number, received string`.
 */
function parsePolicy(text, source) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((error) => `${source}:${lines.linePos(error.pos[0]).line}: ${firstLine(error.message)}`);
        throw new PolicyError(`${source} is not valid YAML:\n${problems.join('\n')}`);
    }
    const value = doc.toJS() ?? {};
    const parsed = _policy_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyFileSchema */ .ou.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, lines, source));
    throw new PolicyError(`${source} does not match the policy schema (see docs/policy.md):\n${problems.join('\n')}`);
}
function describeIssue(issue, doc, lines, source) {
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
            const line = lineOf(doc, lines, path, key);
            return `${source}:${line}: ${where}unknown key \`${key}\` (check its spelling against docs/policy.md)`;
        });
    }
    return [`${source}:${lineOf(doc, lines, path)}: ${where}${issue.message}`];
}
/** Line of the node at `path` (or of `key` inside it), else of its nearest ancestor that exists. */
function lineOf(doc, lines, path, key) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const step of key === undefined ? path : [...path, key]) {
        const next = child(node, step);
        if (next === undefined)
            break;
        const start = rangeStart(next.at);
        if (start !== undefined)
            offset = start;
        node = next.value;
        const valueStart = rangeStart(node);
        if (valueStart !== undefined && step !== key)
            offset = valueStart;
    }
    return lines.linePos(offset).line;
}
/** The child of a YAML collection by key or index: where its key sits, and its value node. */
function child(node, step) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(step));
        return pair ? { at: pair.key, value: pair.value } : undefined;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof step === 'number') {
        const item = node.items[step];
        return item === undefined ? undefined : { at: item, value: item };
    }
    return undefined;
}
function rangeStart(node) {
    if (typeof node !== 'object' || node === null || !('range' in node))
        return undefined;
    const range = node.range;
    return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 58980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ EXTENDS_PATTERN),
/* harmony export */   ou: () => (/* binding */ PolicyFileSchema)
/* harmony export */ });
/* unused harmony exports NEW_MODEL_REQUIREMENTS, LOCKABLE_KEYS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var _project_layers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80127);


/**
 * `.autopilot/policy.yml`: what a team (or its organisation, through `extends`) requires of every change.
 * Every key is optional; unknown keys are errors so a typo never silently switches a rule off.
 */
const name = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1);
const names = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(name);
const regex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((source) => {
    try {
        new RegExp(source);
        return true;
    }
    catch {
        return false;
    }
}, { message: 'is not a valid regular expression (JavaScript syntax, e.g. "^stg_[a-z0-9_]+$")' });
const ProtectedLayerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    layer: name,
    require: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ draft: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(), owner_review: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional() }).optional(),
});
const NEW_MODEL_REQUIREMENTS = ['description', 'primary_key_test'];
/** Dotted keys `locked` may name; a locked map locks everything under it. */
const LOCKABLE_KEYS = [
    'tasks',
    'tasks.allowed',
    'layers',
    'protected_layers',
    'standards',
    'standards.naming',
    'standards.new_models_require',
    'standards.public_models_require_contract',
    'approvals',
    'approvals.labels',
    'approvals.reviewers',
    'approvals.team_reviewers',
    'approvals.draft',
    'guard',
    'guard.allowed_paths',
    'guard.denied_paths',
    'guard.max_files_changed',
    'guard.max_lines_changed',
    'guard.allowed_env_vars',
    'guard.allow',
    'guard.allow.overrides',
    'guard.allow.noqa',
    'guard.allow.seed_formulas',
];
const lockedKey = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .refine((key) => LOCKABLE_KEYS.includes(key) || /^standards\.naming\.[^.]+$/.test(key), {
    message: `is not a key that can be locked; use one of ${LOCKABLE_KEYS.join(', ')} or standards.naming.<layer>`,
});
/** `owner/repo/path/to/file.yml@ref`; the ref is optional (the repository's default branch). */
const EXTENDS_PATTERN = /^(?<owner>[A-Za-z0-9][A-Za-z0-9-]*)\/(?<repo>[A-Za-z0-9_.][A-Za-z0-9_.-]*)\/(?<path>[^@\s]+?)(?:@(?<ref>[A-Za-z0-9_./-]+))?$/;
const PolicyFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    extends: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(EXTENDS_PATTERN, 'must look like owner/repo/path/to/policy.yml@ref (e.g. acme/.github/policy.yml@main)')
        .optional(),
    locked: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(lockedKey).optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ allowed: names.optional() }).optional(),
    layers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_project_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .LayerConfigSchema */ .tL).optional(),
    protected_layers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ProtectedLayerSchema).optional(),
    standards: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        naming: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(name, regex).optional(),
        new_models_require: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(NEW_MODEL_REQUIREMENTS)).optional(),
        public_models_require_contract: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    approvals: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        labels: names.optional(),
        reviewers: names.optional(),
        team_reviewers: names.optional(),
        draft: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    guard: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        allowed_paths: names.optional(),
        denied_paths: names.optional(),
        max_files_changed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
        max_lines_changed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
        allowed_env_vars: names.optional(),
        allow: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            overrides: names.optional(),
            noqa: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
            seed_formulas: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        })
            .optional(),
    })
        .optional(),
});


/***/ }),

/***/ 35894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ describePolicyRef),
/* harmony export */   L: () => (/* binding */ parsePolicyRef)
/* harmony export */ });
/* harmony import */ var _parse_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17960);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58980);


/** Parses `owner/repo/path@ref`; the schema has already checked the shape. */
function parsePolicyRef(value) {
    const match = _policy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .EXTENDS_PATTERN */ .To.exec(value);
    const groups = match?.groups;
    if (!groups?.owner || !groups.repo || !groups.path) {
        throw new _parse_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .p(`\`extends: ${value}\` is not owner/repo/path@ref: write e.g. acme/.github/autopilot/policy.yml@main.`);
    }
    const file = groups.path.replace(/^\/+/, '');
    if (file.split('/').some((part) => part === '..' || part === '.') || groups.ref?.startsWith('-')) {
        throw new _parse_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .p(`\`extends: ${value}\` may not use "." or ".." segments or a ref starting with "-".`);
    }
    return { owner: groups.owner, repo: groups.repo, path: file, ref: groups.ref ?? 'HEAD' };
}
function describePolicyRef(ref) {
    return `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
}


/***/ }),

/***/ 92776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ genericTestsOf)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31977);

/** The generic tests on `node` (tests attached to another node, and singular tests, are left out). */
function genericTestsOf(graph, node) {
    const tests = [];
    for (const testId of graph.testsOf(node.id)) {
        const test = graph.get(testId);
        if (!test || test.kind !== 'test')
            continue;
        const attached = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(test.raw.attached_node);
        if (attached !== undefined && attached !== node.id)
            continue;
        const metadata = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(test.raw.test_metadata) ? test.raw.test_metadata : undefined;
        const name = metadata ? (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(metadata.name) : undefined;
        if (!metadata || !name)
            continue;
        const kwargs = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metadata.kwargs) ? metadata.kwargs : {};
        const namespace = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(metadata.namespace);
        const column = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(test.raw.column_name) ?? (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(kwargs.column_name);
        tests.push({ name, kwargs, ...(namespace ? { namespace } : {}), ...(column ? { column } : {}) });
    }
    return tests;
}


/***/ }),

/***/ 97663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ artifactProductionState),
  C: () => (/* binding */ describeProductionState)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/project/manifest.ts
var manifest = __webpack_require__(99816);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/adapters/github/zip-reader.ts

/** The archive cannot be read; the message names what is wrong with it. */
class ZipError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ZipError';
    }
}
const STORED = 0;
const DEFLATE = 8;
/** Lists the files of an in-memory zip from its central directory, reading none of them. */
function listZipEntries(zip) {
    const entries = [];
    unzip(zip, (file) => {
        entries.push(entryOf(file));
        return false;
    });
    return entries;
}
/**
 * The bytes of the entry named `name`. An entry whose central directory gives it more than `maxBytes` is
 * refused before it is inflated, and inflating never writes past that declared size, so a zip bomb
 * cannot take the memory. fflate does not check CRC-32: a short or damaged entry is refused by its size
 * or by deflate itself.
 */
function readZipEntry(zip, name, maxBytes = 1024 ** 3) {
    let found;
    const files = unzip(zip, (file) => {
        if (file.name !== name || found)
            return false;
        const entry = entryOf(file);
        if (entry.method !== STORED && entry.method !== DEFLATE) {
            throw new ZipError(`${name} uses compression method ${entry.method}; only stored (0) and deflate (8) are supported, as written by actions/upload-artifact`);
        }
        if (entry.uncompressedSize > maxBytes) {
            throw new ZipError(`${name} is ${entry.uncompressedSize} bytes, over the limit of ${maxBytes}`);
        }
        found = entry;
        return true;
    });
    const data = files[name];
    if (!found || !data)
        throw new ZipError(`the archive has no entry ${name}`);
    if (data.length !== found.uncompressedSize) {
        throw new ZipError(`${name} has ${data.length} of its ${found.uncompressedSize} bytes; the download is truncated or corrupt`);
    }
    return Buffer.from(data.buffer, data.byteOffset, data.length);
}
function entryOf(file) {
    return {
        name: file.name,
        method: file.compression,
        compressedSize: file.size,
        uncompressedSize: file.originalSize,
    };
}
function unzip(zip, filter) {
    try {
        return (0,esm/* unzipSync */.AO)(zip, { filter });
    }
    catch (error) {
        if (error instanceof ZipError)
            throw error;
        const message = error.message;
        if (message === 'invalid zip data') {
            throw new ZipError('it is not a zip archive (no end of central directory record)', { cause: error });
        }
        throw new ZipError(`it could not be unzipped (${message}); the download is truncated or corrupt`, {
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/artifact-manifest.ts





/** A reason to stop looking for the production manifest; becomes `{ found: false, reason }`. */
class ArtifactProblem extends Error {
}
const manifestBodySchema = schemas/* object */.Ikc({ nodes: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) });
/** Unzips dbt's manifest.json from an artifact into `destDir`, after checking that it is one. */
async function writeManifest(zip, destDir, source) {
    let bytes;
    try {
        const entry = manifestEntry(listZipEntries(zip), source);
        bytes = readZipEntry(zip, entry.name);
    }
    catch (error) {
        if (!(error instanceof ZipError))
            throw error;
        throw new ArtifactProblem(`The ${source} could not be unzipped: ${error.message}. Upload it with actions/upload-artifact, or set \`state-manifest\`.`);
    }
    checkManifest(bytes, source);
    await (0,promises_.mkdir)(destDir, { recursive: true });
    const manifestPath = external_node_path_default().join(destDir, 'manifest.json');
    await (0,promises_.writeFile)(manifestPath, bytes);
    return manifestPath;
}
/** `manifest.json` anywhere in the archive; the shallowest wins (`target/manifest.json` over a package's). */
function manifestEntry(entries, source) {
    const candidates = entries
        .filter((e) => e.name.split('/').at(-1) === 'manifest.json')
        .sort((a, b) => a.name.split('/').length - b.name.split('/').length || a.name.length - b.name.length);
    const best = candidates[0];
    if (best)
        return best;
    const files = entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name);
    const listing = files.length === 0 ? 'it is empty' : `it holds ${files.slice(0, 10).join(', ')}`;
    throw new ArtifactProblem(`The ${source} has no manifest.json (${listing}${files.length > 10 ? ', …' : ''}): ` +
        "upload dbt's target/manifest.json in it after `dbt build` or `dbt parse`.");
}
function checkManifest(bytes, source) {
    const problem = (why) => new ArtifactProblem(`The manifest.json in the ${source} is not a dbt manifest (${why}): upload dbt's target/manifest.json.`);
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw problem(`not JSON: ${error.message}`);
    }
    try {
        (0,manifest/* checkManifestEnvelope */.S$)(json, 'it');
    }
    catch (error) {
        throw problem(error.message);
    }
    if (!manifestBodySchema.safeParse(json).success)
        throw problem('it has no `nodes`');
}

// EXTERNAL MODULE: ./src/adapters/github/request-error.ts
var request_error = __webpack_require__(52856);
;// CONCATENATED MODULE: ./src/adapters/github/production-manifest-artifact.ts



/** How many successful runs, newest first, may be searched for the artifact before giving up. */
const RUNS_SEARCHED = 5;
const runsSchema = schemas/* object */.Ikc({
    workflow_runs: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* number */.aig(), html_url: schemas/* string */.YjP(), created_at: schemas/* string */.YjP().optional() }).loose()),
});
const artifactsSchema = schemas/* object */.Ikc({
    artifacts: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* number */.aig(),
        name: schemas/* string */.YjP(),
        expired: schemas/* boolean */.zMY(),
        created_at: schemas/* string */.YjP().nullish(),
    })
        .loose()),
});
/** GitHub answered 410 Gone: the artifact expired after it was listed. */
class GoneError extends Error {
}
/**
 * Downloads `manifest.json` from the named artifact of the newest successful run of `workflow` on
 * `branch` (looking back up to RUNS_SEARCHED runs when newer ones lack the artifact or it expired).
 * Never throws: every failure is `found: false` with what to fix, and the run parses the base instead.
 */
async function downloadProductionManifest(github, request) {
    const names = describe(github, request);
    try {
        const octokit = github.client;
        const runs = await successfulRuns(octokit, github, request, names);
        const missing = [];
        const expired = [];
        for (const run of runs) {
            const artifact = await artifactOf(octokit, github, run, request.artifactName, names);
            if (artifact === 'missing' || artifact === 'expired') {
                ;
                (artifact === 'missing' ? missing : expired).push(run);
                continue;
            }
            const zip = await downloadZip(octokit, github, artifact, names);
            if (zip === undefined) {
                expired.push(run);
                continue;
            }
            const manifestPath = await writeManifest(zip, request.destDir, `${names.artifact} of run ${run.html_url}`);
            return {
                found: true,
                manifestPath,
                runId: run.id,
                runUrl: run.html_url,
                artifactName: artifact.name,
                ...(artifact.created_at ? { createdAt: artifact.created_at } : {}),
            };
        }
        return { found: false, reason: noUsableArtifact(runs, missing, expired, request, names) };
    }
    catch (error) {
        if (error instanceof ArtifactProblem)
            return { found: false, reason: error.message };
        const message = error instanceof Error ? error.message : String(error);
        return {
            found: false,
            reason: `Could not fetch the production manifest from ${names.artifact} (${message}). Retry the run, or set \`state-manifest\`.`,
        };
    }
}
function describe(github, request) {
    return {
        repository: `${github.owner}/${github.repo}`,
        workflow: `\`${workflowId(request.workflow)}\``,
        artifact: `artifact \`${request.artifactName}\``,
        branch: `\`${request.branch}\``,
    };
}
function workflowId(workflow) {
    const file = workflow.trim().replace(/^\.?\/?\.github\/workflows\//, '');
    return /^\d+$/.test(file) ? Number(file) : file;
}
async function successfulRuns(octokit, github, request, names) {
    const action = `listing the runs of workflow ${names.workflow}`;
    const noWorkflow = () => new ArtifactProblem(`No workflow ${names.workflow} in ${names.repository} (GitHub answered 404): set \`state-workflow\` ` +
        'to the file name under .github/workflows (e.g. deploy.yml) or the workflow id, and check that the token can read the repository.');
    const response = await call(action, names, () => octokit.rest.actions.listWorkflowRuns({
        owner: github.owner,
        repo: github.repo,
        workflow_id: workflowId(request.workflow),
        branch: request.branch,
        status: 'success',
        per_page: RUNS_SEARCHED,
    }), { 404: noWorkflow });
    const runs = parse(runsSchema, response.data, action, names).workflow_runs;
    if (runs.length === 0) {
        throw new ArtifactProblem(`No successful run of workflow ${names.workflow} on branch ${names.branch} in ${names.repository}: ` +
            `run it on ${names.branch} (it must upload the ${names.artifact} with dbt's manifest.json), or set \`state-manifest\`.`);
    }
    return runs;
}
async function artifactOf(octokit, github, run, name, names) {
    const action = `listing the artifacts of run ${run.html_url}`;
    const response = await call(action, names, () => octokit.rest.actions.listWorkflowRunArtifacts({
        owner: github.owner,
        repo: github.repo,
        run_id: run.id,
        name,
        per_page: 100,
    }));
    const named = parse(artifactsSchema, response.data, action, names).artifacts.filter((a) => a.name === name);
    if (named.length === 0)
        return 'missing';
    return named.find((a) => !a.expired) ?? 'expired';
}
/** The zip bytes; undefined when GitHub answers 410 because the artifact expired since it was listed. */
async function downloadZip(octokit, github, artifact, names) {
    const action = `downloading ${names.artifact}`;
    try {
        // GitHub answers 302 to a short-lived storage URL; fetch follows it (and drops the token cross-origin).
        const response = await call(action, names, () => octokit.rest.actions.downloadArtifact({
            owner: github.owner,
            repo: github.repo,
            artifact_id: artifact.id,
            archive_format: 'zip',
        }), { 410: () => new GoneError() });
        if (!(response.data instanceof ArrayBuffer)) {
            throw new ArtifactProblem(`GitHub answered ${action} with something other than a zip file. Retry the run, or set \`state-manifest\`.`);
        }
        return Buffer.from(response.data);
    }
    catch (error) {
        if (error instanceof GoneError)
            return undefined;
        throw error;
    }
}
/**
 * Runs one GitHub call; maps its failure to an `ArtifactProblem` that says what to change, or to what `byStatus`
 * makes of that status.
 */
async function call(action, names, fn, byStatus = {}) {
    try {
        return await fn();
    }
    catch (error) {
        const failure = (0,request_error/* readGitHubFailure */.g3)(error, {
            action,
            repository: names.repository,
            permissions: '`actions: read` (set `permissions:` in the job)',
            instead: 'set `state-manifest`',
        });
        const special = failure.status === undefined ? undefined : byStatus[failure.status];
        throw special ? special() : new ArtifactProblem(failure.message);
    }
}
function parse(schema, data, action, names) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    throw new ArtifactProblem(`GitHub answered ${action} in ${names.repository} with an unexpected shape (${errors/* prettifyError */.S1(parsed.error)}): ` +
        'set `state-manifest` instead.');
}
function noUsableArtifact(runs, missing, expired, request, names) {
    const searched = `the last ${runs.length} successful run(s) of ${names.workflow} on ${names.branch} (newest: ${runs[0]?.html_url ?? 'none'})`;
    if (expired.length > 0) {
        return (`The ${names.artifact} has expired in ${searched}${missing.length > 0 ? `, and ${missing.length} of them lack it` : ''}: ` +
            `run the workflow again on ${request.branch}, or raise \`retention-days\` of its upload-artifact step.`);
    }
    return (`No ${names.artifact} in ${searched}: set \`state-artifact\` to the \`name:\` that workflow's ` +
        'actions/upload-artifact step uses, or upload target/manifest.json there.');
}

;// CONCATENATED MODULE: ./src/project/production-state.ts


/**
 * The `state-artifact` lookup: the default branch's latest successful `state-workflow` run. Everything that
 * can go wrong (no token, no run, expired artifact) becomes a reason, never an error: the run still
 * validates, only against the base branch parsed here.
 */
function artifactProductionState(artifact, github, destDir) {
    return async () => {
        if (!github) {
            return {
                found: false,
                reason: '`state-artifact` needs `github-token` and GITHUB_REPOSITORY to download the production manifest.',
            };
        }
        let branch;
        try {
            branch = await github.codeHost.getDefaultBranch();
        }
        catch (error) {
            return {
                found: false,
                reason: `Could not read the default branch to find the production manifest: ${error instanceof Error ? error.message : String(error)}`,
            };
        }
        return downloadProductionManifest(github, {
            workflow: artifact.workflow,
            artifactName: artifact.name,
            branch,
            destDir: external_node_path_default().join(destDir, 'production-artifact'),
        });
    };
}
/** One line for the PR body and the job summary: where the state that validation deferred to came from. */
function describeProductionState(state) {
    if (!state.found)
        return `Production state: not used. ${state.reason}`;
    const when = state.createdAt ? ` (${state.createdAt.slice(0, 10)})` : '';
    return `Production state: \`manifest.json\` from artifact \`${state.artifactName}\` of [run ${state.runId}](${encodeURI(state.runUrl)})${when}.`;
}


/***/ }),

/***/ 34763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ packagesOf),
/* harmony export */   J$: () => (/* binding */ layoutWithLocalPackages),
/* harmony export */   LO: () => (/* binding */ projectFolders),
/* harmony export */   M2: () => (/* binding */ describeLayout),
/* harmony export */   Md: () => (/* binding */ defaultLayout),
/* harmony export */   YD: () => (/* binding */ folderHint),
/* harmony export */   as: () => (/* binding */ editablePackages),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   eK: () => (/* binding */ isInDbtFolder),
/* harmony export */   iG: () => (/* binding */ readProjectLayout),
/* harmony export */   pd: () => (/* binding */ foldersOf)
/* harmony export */ });
/* unused harmony exports RESOURCE_KINDS, layoutOf, normalizePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dbt_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43555);


/** The kinds of file dbt reads from configured folders (`<kind>-paths` in dbt_project.yml). */
const RESOURCE_KINDS = ['models', 'tests', 'seeds', 'macros', 'snapshots', 'analyses', 'docs'];
/** dbt_project.yml's key for each kind, for messages. */
const KEYS = {
    models: 'model-paths',
    tests: 'test-paths',
    seeds: 'seed-paths',
    macros: 'macro-paths',
    snapshots: 'snapshot-paths',
    analyses: 'analysis-paths',
    docs: 'docs-paths',
};
/**
 * Reads the project's layout and its in-repository `local:` packages (a package developed with an
 * integration-test project as its root is `local: ../`). Packages outside `repoDir` are not editable.
 */
async function readProjectLayout(projectDir, repoDir = projectDir) {
    return layoutWithLocalPackages(await (0,_dbt_project_js__WEBPACK_IMPORTED_MODULE_1__/* .readDbtProject */ .ce)(projectDir), repoDir);
}
/** `project`'s layout with the `local:` packages it lists that live inside `repoDir`. */
async function layoutWithLocalPackages(project, repoDir) {
    const locals = [];
    for (const dir of project.localPackageDirs) {
        if (!isInside(dir, repoDir) || dir === project.dir || isInside(dir, project.packagesDir))
            continue;
        const local = await (0,_dbt_project_js__WEBPACK_IMPORTED_MODULE_1__/* .readDbtProject */ .ce)(dir).catch(() => undefined);
        if (local)
            locals.push(local);
    }
    return layoutOf(project, locals);
}
/** dbt's default layout in `dir`, for a run whose validator read no dbt_project.yml. */
function defaultLayout(dir) {
    return layoutOf((0,_dbt_project_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultDbtProject */ .f3)(dir));
}
/** The layout of `project` and its editable local packages (pure: no file access). */
function layoutOf(project, locals = []) {
    const root = locals.reduce((ancestor, local) => commonAncestor(ancestor, local.dir), project.dir);
    const relative = (dir) => {
        const rel = toPosix(node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, dir));
        return rel === '' ? '' : `${rel}/`;
    };
    return {
        root,
        project: packageLayout(project, relative(project.dir)),
        localPackages: locals.map((local) => packageLayout(local, relative(local.dir))),
        generated: [relative(project.targetDir), relative(project.packagesDir)].filter((folder) => folder !== '' && !folder.startsWith('../')),
    };
}
function packageLayout(project, dir) {
    const under = (folders) => folders.map((folder) => `${dir}${folder}/`);
    return {
        name: project.name,
        dir,
        folders: {
            models: under(project.modelPaths),
            tests: under(project.testPaths),
            seeds: under(project.seedPaths),
            macros: under(project.macroPaths),
            snapshots: under(project.snapshotPaths),
            analyses: under(project.analysisPaths),
            docs: under(project.docsPaths),
        },
    };
}
/** The root project first, then the local packages. */
function packagesOf(layout) {
    return [layout.project, ...layout.localPackages];
}
/** Root-relative folders of the given kinds across every editable package, each once. */
function foldersOf(layout, kinds = RESOURCE_KINDS) {
    const folders = new Set();
    for (const pkg of packagesOf(layout))
        for (const kind of kinds)
            for (const f of pkg.folders[kind])
                folders.add(f);
    return [...folders];
}
/** Every editable package's folders by kind, and the folders dbt writes: what the guard allows and refuses. */
function projectFolders(layout) {
    const resources = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, foldersOf(layout, [kind])]));
    return {
        resources: resources,
        generated: layout.generated,
        projectFiles: packagesOf(layout).map((pkg) => `${pkg.dir}dbt_project.yml`),
    };
}
/** Editable packages by name, with the root-relative folder their manifest paths are relative to. */
function editablePackages(layout) {
    return new Map(packagesOf(layout).map((pkg) => [pkg.name, pkg.dir]));
}
/** The package a root-relative file belongs to (the deepest one holding it) and its package-relative path. */
function ownerOf(layout, file) {
    const clean = normalizePath(file);
    let best;
    for (const pkg of packagesOf(layout)) {
        if (clean.startsWith(pkg.dir) && (!best || pkg.dir.length > best.dir.length))
            best = pkg;
    }
    return best && { package: best, file: clean.slice(best.dir.length) };
}
/** True when the root-relative file is inside one of the folders dbt reads (any kind). */
function isInDbtFolder(layout, file) {
    const clean = normalizePath(file);
    return foldersOf(layout).some((folder) => clean.startsWith(folder));
}
/**
 * Why dbt will not read a root-relative file, naming the folders it does read: for `tests/x.sql` in a
 * project whose tests live in `data-tests/`, "this project's test paths are `data-tests/`".
 */
function folderHint(layout, file) {
    const owner = ownerOf(layout, file);
    const pkg = owner?.package ?? layout.project;
    const first = (owner?.file ?? normalizePath(file)).split('/')[0] ?? '';
    const kind = RESOURCE_KINDS.find((k) => k === first || (k === 'analyses' && first === 'analysis'));
    const kinds = kind ? [kind] : ['models', 'tests', 'seeds', 'macros', 'snapshots'];
    const described = kinds.map((k) => {
        const folders = pkg.folders[k];
        return `${KEYS[k]} ${folders.length > 0 ? folders.map((f) => `\`${f}\``).join(', ') : '(none configured)'}`;
    });
    return `this project's ${described.join('; ')} (from ${pkg.dir}dbt_project.yml)`;
}
/** One line per kind and folder, for the model's project overview. */
function describeLayout(layout) {
    const lines = [];
    for (const pkg of packagesOf(layout)) {
        const label = pkg === layout.project ? `dbt project \`${pkg.name}\`` : `local package \`${pkg.name}\``;
        lines.push(`${label} (${pkg.dir || './'}dbt_project.yml):`);
        for (const kind of RESOURCE_KINDS) {
            if (kind === 'docs')
                continue;
            const folders = pkg.folders[kind];
            lines.push(`  ${kind}: ${folders.length > 0 ? folders.join(', ') : '(none: dbt reads no ' + kind + ')'}`);
        }
    }
    return lines.join('\n');
}
function normalizePath(file) {
    return file
        .replaceAll('\\', '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
function isInside(dir, parent) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(parent, dir);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}
function commonAncestor(a, b) {
    let ancestor = a;
    while (!isInside(b, ancestor)) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(ancestor);
        if (parent === ancestor)
            break;
        ancestor = parent;
    }
    return ancestor;
}
function toPosix(file) {
    return file.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}


/***/ }),

/***/ 27619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PublishError)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);

/** The branch or the pull request could not be published; `message` says what to do about it. */
class PublishError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    kind;
    status;
    /** The change that could not be pushed, so the caller can keep it in the audit bundle. */
    patch;
    constructor(kind, message, status) {
        super('failed:publish', message);
        this.kind = kind;
        this.status = status;
    }
}


/***/ }),

/***/ 81908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ rollbackPlan)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

/** Quotes a word for a POSIX shell when it holds anything beyond the characters model names use. */
function shellWord(word) {
    return /^[A-Za-z0-9_.,:/@%+=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function selection(models) {
    return models.map((model) => shellWord(`${model}+`)).join(' ');
}
function rollbackPlan(input) {
    const branch = shellWord(input.branch);
    const beforeMerge = input.prNumber !== undefined
        ? [`gh pr close ${input.prNumber} --delete-branch`]
        : [`git push origin --delete ${branch}`];
    const afterMerge = [];
    if (input.prNumber !== undefined) {
        const n = input.prNumber;
        afterMerge.push(`git log --format='%H %s' --fixed-strings --grep='pull request #${n} from' --grep='(#${n})'`);
    }
    afterMerge.push('git revert -m 1 <merge sha>');
    const added = [...new Set(input.addedModels ?? [])]
        .filter((model) => input.changedModels.includes(model))
        .sort();
    const models = [...new Set(input.changedModels)].filter((model) => !added.includes(model)).sort();
    const known = input.materializations;
    const incremental = known ? models.filter((model) => known[model]?.toLowerCase() === 'incremental') : [];
    const others = models.filter((model) => !incremental.includes(model));
    const rebuild = [];
    if (others.length > 0)
        rebuild.push(`dbt build --select ${selection(others)}`);
    if (incremental.length > 0)
        rebuild.push(`dbt build --select ${selection(incremental)} --full-refresh`);
    const notes = [];
    if (input.commitSha)
        notes.push(`The change is commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.commitSha.slice(0, 12))} on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.branch)}.`);
    notes.push('For a squash or rebase merge, revert the commit that landed on the base branch with `git revert <sha>` (no `-m 1`).');
    if (incremental.length > 0) {
        notes.push(`${incremental.map((model) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model)).join(', ')} ${incremental.length === 1 ? 'is' : 'are'} incremental: ` +
            'rows written by the reverted code stay in the table unless it is rebuilt with `--full-refresh`.');
    }
    if (known) {
        const unknown = models.filter((model) => known[model] === undefined);
        if (unknown.length > 0) {
            notes.push(`Materialization unknown for ${unknown.map((model) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model)).join(', ')}: ` +
                `add \`--full-refresh\` if ${unknown.length === 1 ? 'it is' : 'any of them is'} incremental.`);
        }
    }
    if (added.length > 0)
        notes.push(droppedRelationsNote(added, known));
    if (models.length === 0)
        notes.push(added.length > 0
            ? 'No model that existed before changed, so nothing needs rebuilding after the revert.'
            : 'No dbt model changed, so nothing needs rebuilding after the revert.');
    return {
        beforeMerge,
        afterMerge,
        rebuild,
        notes,
        markdown: renderRollback(beforeMerge, afterMerge, rebuild, notes),
    };
}
/** After the revert dbt no longer knows a new model, so nothing it runs removes what the merge built. */
function droppedRelationsNote(added, known) {
    const what = added.map((model) => {
        const materialized = known?.[model]?.toLowerCase();
        const relation = materialized === 'view' ? 'view' : materialized === 'ephemeral' ? undefined : 'table';
        return relation ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model)} (its ${relation})` : undefined;
    });
    const built = what.filter((item) => item !== undefined);
    if (built.length === 0)
        return `${added.map((model) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model)).join(', ')}: new and ephemeral, so nothing stays in the warehouse.`;
    return (`${built.join(', ')} ${built.length === 1 ? 'is' : 'are'} new: the revert removes ${built.length === 1 ? 'it' : 'them'} from the project, ` +
        'but the relation a deploy built stays in the warehouse, and no dbt command drops it: drop it by hand once the revert is deployed.');
}
function renderRollback(beforeMerge, afterMerge, rebuild, notes) {
    const parts = [
        '**Before merge:** close the PR and delete the branch.',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(beforeMerge.join('\n'), 'sh'),
        '**After merge:** find the merge commit and revert it.',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(afterMerge.join('\n'), 'sh'),
    ];
    if (rebuild.length > 0) {
        parts.push('Then rebuild what changed, and everything downstream, from the reverted code:');
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(rebuild.join('\n'), 'sh'));
    }
    parts.push(notes.map((note) => `- ${note}`).join('\n'));
    return parts.join('\n\n');
}


/***/ }),

/***/ 57541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b_: () => (/* binding */ checkoutGit),
  n_: () => (/* binding */ composeCheckRunner),
  Q$: () => (/* binding */ composeTicketRun),
  r2: () => (/* binding */ composeValidator),
  AX: () => (/* binding */ createTicketSource),
  Aw: () => (/* binding */ openAuditStores),
  sd: () => (/* binding */ openBacklog),
  jC: () => (/* binding */ openHistory),
  I7: () => (/* binding */ openNotifiers),
  ig: () => (/* binding */ openPullRequestReviews),
  h_: () => (/* binding */ openRepository),
  yn: () => (/* binding */ progressThread),
  Pp: () => (/* binding */ ticketThread)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/input-wording.ts
var input_wording = __webpack_require__(69127);
// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 60 modules
var client = __webpack_require__(2968);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/core/error.mjs
var core_error = __webpack_require__(25064);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/helpers/zod.mjs + 1 modules
var zod = __webpack_require__(43895);
// EXTERNAL MODULE: ./src/agent/language-model.ts
var language_model = __webpack_require__(73963);
;// CONCATENATED MODULE: ./src/adapters/anthropic/anthropic-model.ts



const EPHEMERAL = { type: 'ephemeral' };
function missingKey() {
    return new language_model/* ModelError */.me('auth', 'No Anthropic API key: set input `anthropic-api-key` (e.g. `${{ secrets.ANTHROPIC_API_KEY }}`).');
}
/**
 * For runs that may need no model at all (a schema drift check that finds none): the missing key is
 * reported at the first call instead of before the run starts.
 */
function keylessModel(model) {
    const refuse = () => Promise.reject(missingKey());
    return { model, complete: refuse, completeStructured: refuse, countTokens: refuse };
}
/** `LanguageModel` on the Anthropic Messages API through `@anthropic-ai/sdk`. */
class AnthropicModel {
    model;
    client;
    constructor(options) {
        if (!options.apiKey)
            throw missingKey();
        this.model = options.model;
        this.client = new client/* Anthropic */.N({
            apiKey: options.apiKey,
            baseURL: options.baseURL ?? null,
            maxRetries: options.maxRetries ?? 2,
        });
    }
    async complete(request) {
        return fromMessage(await this.send(request));
    }
    /**
     * Structured outputs: the schema goes out as `output_config.format` (the SDK's zod helper turns it into
     * the JSON schema the API accepts) and the answer's text is parsed with the same helper. The message is
     * read whole before parsing, so a refused answer still reports the usage it cost.
     */
    async completeStructured(request) {
        const message = await this.send(request);
        const response = fromMessage(message);
        return { ...response, output: readStructured(message, request.schema) };
    }
    async send(request) {
        const params = toParams(this.model, request);
        // The abort signal bounds the whole call, retries included; the SDK's own timeout is per attempt.
        const signal = AbortSignal.timeout(request.timeoutMs);
        try {
            const stream = this.client.messages.stream({ ...params, max_tokens: request.maxTokens }, { timeout: request.timeoutMs, signal });
            return await stream.finalMessage();
        }
        catch (error) {
            throw toModelError(error, signal.aborted ? request.timeoutMs : undefined);
        }
    }
    async countTokens(request) {
        const signal = AbortSignal.timeout(request.timeoutMs);
        try {
            const count = await this.client.messages.countTokens(toParams(this.model, request), {
                timeout: request.timeoutMs,
                signal,
            });
            return count.input_tokens;
        }
        catch (error) {
            throw toModelError(error, signal.aborted ? request.timeoutMs : undefined);
        }
    }
}
/** The request parameters shared by `messages.stream` and `messages.countTokens`. */
function toParams(model, request) {
    const system = [{ type: 'text', text: request.system }];
    if (request.cachedContext)
        system.push({ type: 'text', text: request.cachedContext });
    // One breakpoint at the end of the system blocks caches tools + system (tools come first in the prefix);
    // the one on the last tool keeps the tool prefix cached when the overview changes.
    system[system.length - 1] = { ...system[system.length - 1], cache_control: EPHEMERAL };
    const specs = 'tools' in request ? request.tools : [];
    const tools = specs.map((tool, index) => ({
        name: tool.name,
        description: tool.description,
        input_schema: tool.inputSchema,
        ...(index === specs.length - 1 ? { cache_control: EPHEMERAL } : {}),
    }));
    // A third breakpoint on the newest block caches the conversation so far, which every later turn resends.
    const messages = request.messages.map((message, m) => ({
        role: message.role,
        content: message.content.map((block, b) => m === request.messages.length - 1 && b === message.content.length - 1
            ? { ...toBlockParam(block), cache_control: EPHEMERAL }
            : toBlockParam(block)),
    }));
    return {
        model,
        system,
        messages,
        ...(tools.length > 0 ? { tools, tool_choice: { type: 'auto' } } : {}),
        ...('schema' in request ? { output_config: { format: jsonSchemaFormat(request.schema) } } : {}),
    };
}
/** Only the wire part of the helper's format: the answer is parsed in `readStructured`, after usage is known. */
function jsonSchemaFormat(schema) {
    const { type, schema: jsonSchema } = (0,zod/* zodOutputFormat */.w)(schema);
    return { type, schema: jsonSchema };
}
/** The first text block parsed against the schema, or why it could not be. */
function readStructured(message, schema) {
    if (message.stop_reason === 'refusal')
        return { ok: false, problem: 'the model refused to answer' };
    if (message.stop_reason === 'max_tokens')
        return { ok: false, problem: 'the answer was cut off at the output token limit' };
    const text = message.content.find((block) => block.type === 'text')?.text;
    if (text === undefined)
        return { ok: false, problem: 'the answer had no text block' };
    try {
        return { ok: true, value: (0,zod/* zodOutputFormat */.w)(schema).parse(text) };
    }
    catch (error) {
        // The helper's message starts with a fixed phrase, then the JSON or schema issues.
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, problem: detail.replace(/\s*\n\s*/g, ' ').slice(0, 1_000) };
    }
}
function toBlockParam(block) {
    switch (block.type) {
        case 'text':
            return { type: 'text', text: block.text };
        case 'tool_use':
            return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
        case 'tool_result':
            return {
                type: 'tool_result',
                tool_use_id: block.tool_use_id,
                content: block.content,
                is_error: block.is_error,
            };
    }
}
/** The SDK's message as our response; shared with the Bedrock and Vertex adapters (same Messages API). */
function fromMessage(message) {
    const content = [];
    for (const block of message.content) {
        if (block.type === 'text')
            content.push({ type: 'text', text: block.text });
        else if (block.type === 'tool_use') {
            const input = block.input;
            content.push({
                type: 'tool_use',
                id: block.id,
                name: block.name,
                input: typeof input === 'object' && input !== null && !Array.isArray(input)
                    ? input
                    : {},
            });
        }
    }
    const usage = message.usage;
    return {
        content,
        stopReason: message.stop_reason ?? 'end_turn',
        model: message.model,
        usage: {
            inputTokens: usage.input_tokens,
            outputTokens: usage.output_tokens,
            cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
            cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
        },
    };
}
/** Maps an SDK error to a `ModelError` whose message says what to do. `timedOutAfterMs` marks our own abort. */
function toModelError(error, timedOutAfterMs) {
    if (error instanceof language_model/* ModelError */.me)
        return error;
    if (error instanceof core_error/* APIUserAbortError */.cH || error instanceof core_error/* APIConnectionTimeoutError */.qA || timedOutAfterMs) {
        const after = timedOutAfterMs ? ` after ${Math.round(timedOutAfterMs / 1000)} s` : '';
        return new language_model/* ModelError */.me('timeout', `The model call timed out${after}: raise input \`max-minutes\` or try again when the API is less busy.`);
    }
    if (error instanceof core_error/* APIConnectionError */.xX) {
        return new language_model/* ModelError */.me('connection', `Could not reach the Anthropic API (${error.message}): check the runner's network and input \`anthropic-base-url\`.`);
    }
    if (error instanceof core_error/* APIError */.LG) {
        const status = typeof error.status === 'number' ? error.status : 0;
        const detail = error.apiMessage ?? error.message;
        const kind = kindOfStatus(status);
        return new language_model/* ModelError */.me(kind, `${ADVICE[kind]} (HTTP ${status}: ${detail})`, status);
    }
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof core_error/* AnthropicError */.pJ ? 'invalid-request' : 'server';
    return new language_model/* ModelError */.me(kind, `${ADVICE[kind]} (${message})`);
}
function kindOfStatus(status) {
    if (status === 401 || status === 403)
        return 'auth';
    if (status === 429)
        return 'rate-limited';
    if (status === 529)
        return 'overloaded';
    if (status === 408)
        return 'timeout';
    if (status >= 500)
        return 'server';
    return 'invalid-request';
}
const ADVICE = {
    auth: 'The Anthropic API rejected the credentials: check input `anthropic-api-key` (and that the key may use the model)',
    'rate-limited': 'The Anthropic API rate limit was hit even after retries: run again later, or lower the number of tickets run in parallel',
    overloaded: 'The Anthropic API is overloaded even after retries: run the workflow again in a few minutes',
    'invalid-request': 'The Anthropic API refused the request: check inputs `model` and `anthropic-base-url`, and report this if it persists',
    timeout: 'The model call timed out: raise input `max-minutes` or try again later',
    connection: "Could not reach the Anthropic API: check the runner's network and input `anthropic-base-url`",
    server: 'The Anthropic API failed even after retries: run the workflow again later',
};

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/bedrock-sdk/index.mjs + 211 modules
var bedrock_sdk = __webpack_require__(69660);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/bedrock-sdk/node_modules/@anthropic-ai/sdk/core/error.mjs
var error = __webpack_require__(21317);
// EXTERNAL MODULE: ./src/config/platform-models.ts
var platform_models = __webpack_require__(19870);
;// CONCATENATED MODULE: ./src/adapters/anthropic/platform-model.ts


/** `LanguageModel` on a cloud platform's Anthropic client. */
class PlatformModel {
    platform;
    model;
    priceKey;
    estimate = new TokenEstimate();
    constructor(platform, options) {
        this.platform = platform;
        this.model = options.model;
        if (options.priceKey)
            this.priceKey = options.priceKey;
    }
    async complete(request) {
        return fromMessage(await this.send(request));
    }
    async completeStructured(request) {
        const message = await this.send(request);
        return { ...fromMessage(message), output: readStructured(message, request.schema) };
    }
    async send(request) {
        const params = toParams(this.model, request);
        const signal = AbortSignal.timeout(request.timeoutMs);
        try {
            const stream = this.platform.client.messages.stream({ ...params, max_tokens: request.maxTokens }, { timeout: request.timeoutMs, signal, ...this.headers() });
            const message = await stream.finalMessage();
            this.estimate.learn(params, fromMessage(message));
            return message;
        }
        catch (error) {
            throw platformModelError(this.platform, error, signal.aborted ? request.timeoutMs : undefined);
        }
    }
    async countTokens(request) {
        const params = toParams(this.model, request);
        const count = this.platform.countTokens;
        if (!count)
            return this.estimate.of(params);
        const signal = AbortSignal.timeout(request.timeoutMs);
        try {
            return await count(params, { timeout: request.timeoutMs, signal, ...this.headers() });
        }
        catch (error) {
            throw platformModelError(this.platform, error, signal.aborted ? request.timeoutMs : undefined);
        }
    }
    headers() {
        return this.platform.headers ? { headers: this.platform.headers } : {};
    }
}
/**
 * Input tokens of a request where the platform cannot count them: its JSON bytes at one token per three
 * bytes (Claude's tokens average nearer four), raised to the densest ratio a response has shown, so the
 * budget's reservation errs on the side of stopping early, never of overspending.
 */
class TokenEstimate {
    tokensPerByte = 1 / 3;
    of(params) {
        return Math.ceil(bytesOf(params) * this.tokensPerByte);
    }
    learn(params, response) {
        const { inputTokens, cacheCreationInputTokens, cacheReadInputTokens } = response.usage;
        const used = inputTokens + cacheCreationInputTokens + cacheReadInputTokens;
        const bytes = bytesOf(params);
        if (bytes > 0)
            this.tokensPerByte = Math.max(this.tokensPerByte, used / bytes);
    }
}
function bytesOf(params) {
    return Buffer.byteLength(JSON.stringify(params));
}
/** Maps a platform SDK's error to a `ModelError` that says what to do. */
function platformModelError(platform, error, timedOutAfterMs) {
    if (error instanceof language_model/* ModelError */.me)
        return error;
    const { errors, name } = platform;
    if (error instanceof errors.APIUserAbortError ||
        error instanceof errors.APIConnectionTimeoutError ||
        timedOutAfterMs) {
        const after = timedOutAfterMs ? ` after ${Math.round(timedOutAfterMs / 1000)} s` : '';
        return new language_model/* ModelError */.me('timeout', `The model call to ${name} timed out${after}: raise input \`max-minutes\` or try again later.`);
    }
    if (error instanceof errors.APIConnectionError) {
        const verdict = platform.explainConnection(error);
        if (verdict)
            return new language_model/* ModelError */.me(verdict.kind, verdict.advice);
        const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return new language_model/* ModelError */.me('connection', `Could not reach ${name}: ${error.message}${cause}. Check the runner's network, the region, and input \`anthropic-base-url\` if set.`);
    }
    if (error instanceof errors.APIError) {
        const status = typeof error.status === 'number' ? error.status : 0;
        const body = platformErrorBody(error.error);
        const message = body.message;
        // AWS names the error in a header (`AccessDeniedException:http://…`); Anthropic and Google in the body.
        const type = error.headers?.get('x-amzn-errortype')?.split(':')[0] ?? body.type;
        const detail = message ?? error.message;
        const verdict = platform.explain(status, detail, type);
        return new language_model/* ModelError */.me(verdict.kind, `${verdict.advice} (HTTP ${status}: ${detail})`, status);
    }
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof errors.AnthropicError ? 'invalid-request' : 'server';
    return new language_model/* ModelError */.me(kind, `${name} refused the request: ${message}`);
}
/**
 * The message and type of an error body in any of the shapes the platforms answer with: Anthropic's
 * `{error: {type, message}}`, Google's `{error: {code, message, status}}`, AWS's `{message}` (its type comes
 * in a header the SDK does not keep, so the message has to do).
 */
function platformErrorBody(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    const inner = record['error'];
    if (typeof inner === 'object' && inner !== null) {
        const error = inner;
        const type = typeof error['status'] === 'string' ? error['status'] : error['type'];
        return {
            ...(typeof error['message'] === 'string' ? { message: error['message'] } : {}),
            ...(typeof type === 'string' ? { type } : {}),
        };
    }
    const message = record['message'] ?? record['Message'];
    const type = record['__type'];
    return {
        ...(typeof message === 'string' ? { message } : {}),
        ...(typeof type === 'string' ? { type } : {}),
    };
}
/** The kind an HTTP status means when the platform's message says nothing more specific. */
function platform_model_kindOfStatus(status) {
    if (status === 401 || status === 403)
        return 'auth';
    if (status === 429)
        return 'rate-limited';
    if (status === 529 || status === 503)
        return 'overloaded';
    if (status === 408)
        return 'timeout';
    if (status >= 500)
        return 'server';
    return 'invalid-request';
}
/**
 * `explainConnection` for an SDK whose credential chain failed before any request (its message matches
 * `pattern`): an auth failure naming what was missing, why (the chain's own cause), and `help`.
 */
function missingCredentials(pattern, missing, help) {
    return (error) => {
        if (!pattern.test(error.message))
            return undefined;
        const cause = error.cause instanceof Error ? error.cause.message : error.message;
        return { kind: 'auth', advice: `No ${missing} (${cause}): ${help}.` };
    };
}

;// CONCATENATED MODULE: ./src/adapters/bedrock/bedrock-model.ts






const CREDENTIALS_HELP = 'add `aws-actions/configure-aws-credentials` with `role-to-assume` (OIDC; the job needs `permissions: id-token: write`) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK, a Bedrock API key)';
/**
 * `LanguageModel` on Amazon Bedrock through `@anthropic-ai/bedrock-sdk`: SigV4 with the AWS credential
 * chain (the environment configure-aws-credentials leaves, a web identity token file, an instance role),
 * `invoke-with-response-stream` in AWS event-stream framing, which the SDK turns back into Messages events.
 */
function bedrockModel(options) {
    const env = options.env ?? process.env;
    const region = options.region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    const model = (0,platform_models/* bedrockModelId */.PU)(options.model);
    const surface = options.surface ?? 'action';
    if (!region) {
        // Refused at the first call: a run that needs no model (a schema drift check that finds none) needs no region.
        const refuse = () => Promise.reject(new language_model/* ModelError */.me('invalid-request', `Amazon Bedrock needs a region: set ${(0,input_wording/* settingHint */.kw)('aws-region', 'us-east-1', surface)}, or AWS_REGION (which \`aws-region\` of \`aws-actions/configure-aws-credentials\` exports).`));
        return { model, complete: refuse, completeStructured: refuse, countTokens: refuse };
    }
    const client = new bedrock_sdk/* AnthropicBedrock */.lv({
        awsRegion: region,
        ...(options.baseURL ? { baseURL: options.baseURL } : {}),
        maxRetries: options.maxRetries ?? 2,
    });
    const platform = {
        name: 'Amazon Bedrock',
        client,
        errors: { AnthropicError: error/* AnthropicError */.pJ, APIError: error/* APIError */.LG, APIConnectionError: error/* APIConnectionError */.xX, APIConnectionTimeoutError: error/* APIConnectionTimeoutError */.qA, APIUserAbortError: error/* APIUserAbortError */.cH },
        explain: (status, message, type) => explainBedrockError(status, message, type, { model, region, surface }),
        explainConnection: missingCredentials(/AWS credentials/i, 'AWS credentials for Amazon Bedrock', CREDENTIALS_HELP),
        // Bedrock serves the ARN-versioned models only under its own older Messages version.
        ...((0,platform_models/* isLegacyPlatformId */.ox)(model) ? { headers: { 'anthropic-version': 'bedrock-2023-05-31' } } : {}),
    };
    return new PlatformModel(platform, { model });
}
/** What Bedrock's errors mean, from its error type (AccessDeniedException, ThrottlingException…) and message. */
function explainBedrockError(status, message, type, where) {
    const name = (type ?? '').toLowerCase();
    const input = (input) => (0,input_wording/* inputLabel */.NB)(input, where.surface);
    const model = `\`${where.model}\``;
    if (/on-demand throughput isn.t supported|inference profile/i.test(message)) {
        return {
            kind: 'invalid-request',
            advice: `Amazon Bedrock serves ${model} only through an inference profile: set ${input('model')} to our name (e.g. claude-sonnet-5-5, sent as its global profile) or to a profile id such as \`us.${where.model.replace(/^[a-z-]+\.(?=anthropic\.)/, '')}\``,
        };
    }
    if (/use case details|model access|don.t have access to the model|not authorized to invoke|isn.t enabled/i.test(message)) {
        return {
            kind: 'auth',
            advice: `Model ${model} is not enabled for this AWS account in ${where.region}: enable it under Amazon Bedrock → Model access (Anthropic models need the one-time use case form), and allow \`bedrock:InvokeModelWithResponseStream\` on it and its inference profile in the role's policy`,
        };
    }
    if (name.startsWith('unrecognizedclient') ||
        /security token|signature we calculated|expired/i.test(message)) {
        return {
            kind: 'auth',
            advice: `Amazon Bedrock rejected the AWS credentials: ${CREDENTIALS_HELP}`,
        };
    }
    if (name.startsWith('accessdenied') || status === 403) {
        return {
            kind: 'auth',
            advice: `The AWS role may not invoke ${model} in ${where.region}: allow \`bedrock:InvokeModel\` and \`bedrock:InvokeModelWithResponseStream\` on the model and its inference profile, and enable the model under Amazon Bedrock → Model access`,
        };
    }
    if (name.startsWith('servicequotaexceeded') || name.startsWith('throttling') || status === 429) {
        return {
            kind: 'rate-limited',
            advice: `Amazon Bedrock's quota for ${model} in ${where.region} was hit even after retries: run again later, lower the tickets run in parallel, or request more tokens per minute in Service Quotas (Amazon Bedrock)`,
        };
    }
    if (name.startsWith('resourcenotfound') ||
        (name.startsWith('validation') && /model identifier/i.test(message))) {
        return {
            kind: 'invalid-request',
            advice: `Amazon Bedrock does not know model ${model} in ${where.region}: check ${input('model')} and ${input('aws-region')} (the model's regions are listed under Amazon Bedrock → Model catalog)`,
        };
    }
    if (name.startsWith('serviceunavailable') || name.startsWith('modelnotready')) {
        return {
            kind: 'overloaded',
            advice: 'Amazon Bedrock is unavailable even after retries: run the workflow again in a few minutes',
        };
    }
    if (name.startsWith('modeltimeout')) {
        return {
            kind: 'timeout',
            advice: `Amazon Bedrock timed out: raise ${input('max-minutes')} or try again later`,
        };
    }
    const kind = status === 0 && name.startsWith('internalserver') ? 'server' : platform_model_kindOfStatus(status);
    const advice = {
        auth: `Amazon Bedrock rejected the request: ${CREDENTIALS_HELP}`,
        'rate-limited': 'Amazon Bedrock throttled the run even after retries: run again later',
        overloaded: 'Amazon Bedrock is overloaded even after retries: run the workflow again in a few minutes',
        'invalid-request': `Amazon Bedrock refused the request: check ${input('model')} and ${input('aws-region')}, and report this if it persists`,
        timeout: `The model call timed out: raise ${input('max-minutes')} or try again later`,
        connection: `Could not reach Amazon Bedrock: check the runner's network and ${input('anthropic-base-url')}`,
        server: 'Amazon Bedrock failed even after retries: run the workflow again later',
    };
    return { kind, advice: advice[kind] };
}

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/vertex-sdk/index.mjs + 7 modules
var vertex_sdk = __webpack_require__(82033);
// EXTERNAL MODULE: ./node_modules/google-auth-library/build/src/index.js
var src = __webpack_require__(492);
;// CONCATENATED MODULE: ./src/adapters/vertex/vertex-model.ts






const vertex_model_CREDENTIALS_HELP = 'add `google-github-actions/auth` (`workload_identity_provider` and `service_account`; the job needs `permissions: id-token: write`) before this step, or point GOOGLE_APPLICATION_CREDENTIALS at a credentials file';
/**
 * `LanguageModel` on Google Vertex AI through `@anthropic-ai/vertex-sdk`: Application Default Credentials
 * (the file google-github-actions/auth writes and names in GOOGLE_APPLICATION_CREDENTIALS), `:rawPredict`
 * and `:streamRawPredict` on the publisher model, `count-tokens:rawPredict` for the budget.
 */
function vertexModel(options) {
    const env = options.env ?? process.env;
    const projectId = options.projectId ||
        env['GOOGLE_CLOUD_PROJECT'] ||
        env['GCLOUD_PROJECT'] ||
        env['CLOUDSDK_CORE_PROJECT'] ||
        env['ANTHROPIC_VERTEX_PROJECT_ID'];
    const model = (0,platform_models/* vertexModelId */.rV)(options.model);
    // The client is made at the first call, not here: the SDK starts resolving Google credentials in its
    // constructor, and a run that needs no model needs none (nor an unhandled rejection when there are none).
    let opened;
    const open = () => (opened ??= new vertex_sdk/* AnthropicVertex */.dc({
        region: options.region,
        // With the project known, the auth library does not go looking for one (gcloud, the metadata
        // server, Resource Manager), which on a runner without them only waits.
        googleAuth: new src.GoogleAuth({
            scopes: 'https://www.googleapis.com/auth/cloud-platform',
            ...(projectId ? { projectId } : {}),
        }),
        ...(projectId ? { projectId } : {}),
        ...(options.baseURL ? { baseURL: options.baseURL } : {}),
        maxRetries: options.maxRetries ?? 2,
    }));
    const client = {
        messages: { stream: (params, callOptions) => open().messages.stream(params, callOptions) },
    };
    const where = {
        model,
        region: options.region,
        project: projectId ?? '(from the credentials)',
        surface: options.surface ?? 'action',
    };
    const platform = {
        name: 'Google Vertex AI',
        client,
        countTokens: async (params, callOptions) => (await open().messages.countTokens(params, callOptions)).input_tokens,
        errors: { AnthropicError: core_error/* AnthropicError */.pJ, APIConnectionError: core_error/* APIConnectionError */.xX, APIConnectionTimeoutError: core_error/* APIConnectionTimeoutError */.qA, APIError: core_error/* APIError */.LG, APIUserAbortError: core_error/* APIUserAbortError */.cH },
        explain: (status, message, type) => explainVertexError(status, message, type, where),
        explainConnection: missingCredentials(/Google OAuth credentials/i, 'Google credentials for Vertex AI', vertex_model_CREDENTIALS_HELP),
        ...((0,platform_models/* isLegacyPlatformId */.ox)(model) ? { headers: { 'anthropic-version': 'vertex-2023-10-16' } } : {}),
    };
    return new PlatformModel(platform, { model, priceKey: (0,platform_models/* vertexPriceKey */.XY)(model, options.region) });
}
/** What Vertex AI's errors mean, from Google's status (PERMISSION_DENIED, RESOURCE_EXHAUSTED…) and message. */
function explainVertexError(status, message, type, where) {
    const code = (type ?? '').toUpperCase();
    const input = (input) => (0,input_wording/* inputLabel */.NB)(input, where.surface);
    const model = `\`${where.model}\``;
    if (/SERVICE_DISABLED|has not been used in project|is disabled/i.test(message)) {
        return {
            kind: 'auth',
            advice: `The Vertex AI API is not enabled in project ${where.project}: enable aiplatform.googleapis.com (\`gcloud services enable aiplatform.googleapis.com\`)`,
        };
    }
    if (status === 404 || code === 'NOT_FOUND') {
        return {
            kind: 'invalid-request',
            advice: `Vertex AI does not serve ${model} to project ${where.project} in ${where.region}: enable the model in Model Garden, pick a location that offers it with ${input('vertex-region')} (\`global\` offers the most), and check ${input('model')}`,
        };
    }
    if (status === 401 || code === 'UNAUTHENTICATED') {
        return { kind: 'auth', advice: `Vertex AI rejected the Google credentials: ${vertex_model_CREDENTIALS_HELP}` };
    }
    if (status === 403 || code === 'PERMISSION_DENIED') {
        return {
            kind: 'auth',
            advice: `The service account may not call ${model} in project ${where.project}: grant it \`roles/aiplatform.user\` (permission aiplatform.endpoints.predict), and enable the model in Model Garden`,
        };
    }
    if (status === 429 || code === 'RESOURCE_EXHAUSTED') {
        return {
            kind: 'rate-limited',
            advice: `The Vertex AI quota for ${model} in ${where.region} was hit even after retries: run again later, use ${(0,input_wording/* settingHint */.kw)('vertex-region', 'global', where.surface)}, or request a higher quota (IAM & Admin → Quotas, aiplatform.googleapis.com)`,
        };
    }
    const kind = platform_model_kindOfStatus(status);
    const advice = {
        auth: `Vertex AI rejected the request: ${vertex_model_CREDENTIALS_HELP}`,
        'rate-limited': 'Vertex AI throttled the run even after retries: run again later',
        overloaded: 'Claude on Vertex AI is overloaded even after retries: run the workflow again in a few minutes',
        'invalid-request': `Vertex AI refused the request: check ${input('model')}, ${input('vertex-region')} and ${input('vertex-project-id')}, and report this if it persists`,
        timeout: `The model call timed out: raise ${input('max-minutes')} or try again later`,
        connection: `Could not reach Vertex AI: check the runner's network and ${input('anthropic-base-url')}`,
        server: 'Vertex AI failed even after retries: run the workflow again later',
    };
    return { kind, advice: advice[kind] };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/shared/time-budget.ts
/** A budget that ends `ms` from now. */
function deadlineAfter(ms, now = Date.now) {
    const end = now() + ms;
    return { remainingMs: () => Math.max(0, end - now()) };
}
/** The shortest timeout a command is started with, so a spent budget still ends it with a clear message. */
const MIN_COMMAND_MS = 1_000;
/** The timeout for one command: its own limit, or less when the run has less time left. */
function commandTimeout(limitMs, budget) {
    const left = budget?.remainingMs();
    if (left === undefined || left >= limitMs)
        return { timeoutMs: limitMs, byBudget: false };
    return { timeoutMs: Math.max(MIN_COMMAND_MS, left), byBudget: true };
}

// EXTERNAL MODULE: ./src/adapters/dbt/dbt-error.ts
var dbt_error = __webpack_require__(52676);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
;// CONCATENATED MODULE: ./src/adapters/dbt/parse-report.ts

const EventSchema = schemas/* looseObject */._H3({
    info: schemas/* looseObject */._H3({
        name: schemas/* string */.YjP(),
        msg: schemas/* string */.YjP().optional(),
        ts: schemas/* string */.YjP().optional(),
        invocation_id: schemas/* string */.YjP().optional(),
    }),
    data: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP().optional() }).optional(),
});
/** Events that decide whether a parse was partial; the last one of an invocation wins. */
const FULL = new Set(['UnableToPartialParse', 'PartialParsingNotEnabled', 'ParsedFileLoadFailed']);
const REUSED = new Set(['PartialParsingEnabled', 'PartialParsingSkipParsing']);
/**
 * The parse of one invocation (`invocationId`) in dbt's JSON log text; undefined when it did not parse
 * (`dbt deps`, or a crash before the project was read). dbt logs "Unable to do partial parsing because …"
 * before every full parse and "Partial parsing enabled: n files changed" (debug level) when it reuses one.
 */
function parseReport(logText, invocationId) {
    let report;
    let registered;
    let written;
    for (const line of logText.split('\n')) {
        if (!line.startsWith('{') || !line.includes(invocationId))
            continue;
        const event = EventSchema.safeParse(safeJson(line));
        if (!event.success || event.data.info.invocation_id !== invocationId)
            continue;
        const { name, msg = '', ts } = event.data.info;
        if (FULL.has(name)) {
            const reason = fullParseReason(name, event.data.data?.reason ?? msg);
            report = { partialParse: 'full', ...(reason ? { reason } : {}) };
        }
        else if (REUSED.has(name))
            report = { partialParse: 'reused' };
        else if (name === 'AdapterRegistered' && registered === undefined)
            registered = epochMs(ts);
        else if (name === 'ArtifactWritten' && written === undefined && /manifest\.json\b/.test(msg))
            written = epochMs(ts);
    }
    if (!report)
        return undefined;
    if (registered !== undefined && written !== undefined && written >= registered)
        report.seconds = (written - registered) / 1000;
    return report;
}
function fullParseReason(name, detail) {
    if (name === 'PartialParsingNotEnabled')
        return 'partial parsing is turned off (`--no-partial-parse`, `DBT_PARTIAL_PARSE` or `flags: partial_parse`)';
    if (name === 'ParsedFileLoadFailed')
        return 'the saved parse could not be read';
    return detail.replace(/^Unable to do partial parsing because /, '').trim() || undefined;
}
function epochMs(ts) {
    if (!ts)
        return undefined;
    const ms = Date.parse(ts);
    return Number.isNaN(ms) ? undefined : ms;
}
function safeJson(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/dbt/dbt-progress.ts

const LogLine = schemas/* object */.Ikc({
    info: schemas/* object */.Ikc({ level: schemas/* string */.YjP(), msg: schemas/* string */.YjP() }),
});
const SHOWN_LEVELS = new Set(['info', 'warn', 'error']);
/**
 * An `onOutput` for dbt run with `--log-format json`: each complete stdout line that is one of dbt's events
 * at info level or above is passed to `show` as dbt's own message ("1 of 12 START sql view model …"), so
 * the job log follows a long build as it happens. Debug events, stderr and lines that are not JSON are left
 * to the command's captured output.
 */
function dbtProgress(show) {
    let pending = '';
    return (chunk, stream) => {
        if (stream !== 'stdout')
            return;
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
            const message = messageOf(line);
            if (message !== undefined)
                show(message);
        }
    };
}
function messageOf(line) {
    if (!line.startsWith('{'))
        return undefined;
    let json;
    try {
        json = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    const event = LogLine.safeParse(json);
    if (!event.success || !SHOWN_LEVELS.has(event.data.info.level))
        return undefined;
    const message = event.data.info.msg.trimEnd();
    return message === '' ? undefined : message;
}

;// CONCATENATED MODULE: ./src/adapters/dbt/dbt-cli.ts







/** dbt's saved parse, read by the next invocation that runs with the same target path. */
const PARTIAL_PARSE_FILE = 'partial_parse.msgpack';
/**
 * Runs the dbt CLI through a CommandRunner, with machine-readable logs and no colours. Each command gets its
 * own target path, so the artifacts of one round never mix with another's; the latest saved parse of the
 * same dbt target is copied into it first, so dbt re-reads only the files that changed (partial parsing).
 * Every command runs with the same profile, vars and environment, which dbt checks before it reuses a parse.
 */
class DbtCli {
    options;
    runner;
    installRunner;
    /** The newest `partial_parse.msgpack` written, by dbt target ('' for the profile's default). */
    savedParse = new Map();
    constructor(options, runner, 
    /** Runs `dbt deps`, which needs the network and writes the package folder and lock file. */
    installRunner = runner) {
        this.options = options;
        this.runner = runner;
        this.installRunner = installRunner;
    }
    deps() {
        return this.run(['deps'], this.installRunner);
    }
    parse(targetPath, options = {}) {
        return this.parsing(['parse'], targetPath, options.target);
    }
    build(select, options, targetPath) {
        const args = ['build', '--select', select];
        if (options.defer)
            args.push('--defer');
        if (options.state)
            args.push('--state', options.state);
        return this.parsing(args, targetPath, undefined, { timeBudget: options.timeBudget });
    }
    /**
     * Compiles exactly the selection (`--indirect-selection empty`: no tests it did not name); run_results.json
     * in `targetPath` holds each node's compiled SQL.
     */
    compile(select, options, targetPath) {
        const args = ['compile', '--select', select, '--indirect-selection', 'empty'];
        if (options.defer)
            args.push('--defer');
        if (options.state)
            args.push('--state', options.state);
        return this.parsing(args, targetPath, undefined, { timeBudget: options.timeBudget });
    }
    /** Writes manifest.json and catalog.json (the warehouse's columns of the selection) into `targetPath`. */
    docsGenerate(select, targetPath) {
        return this.parsing(['docs', 'generate', '--select', select], targetPath);
    }
    /** Runs `inline` (Jinja and SQL) with `dbt show --output json`; the rows are read from dbt's JSON log. */
    show(inline, options) {
        return this.showing(['--inline', inline], options);
    }
    /** Runs one node's compiled SQL (`dbt show --select`, not its tests), rows as `show` reads them. */
    showNode(select, options) {
        return this.showing(['--select', select, '--indirect-selection', 'empty'], options);
    }
    async showing(what, options) {
        const args = ['show', ...what, '--output', 'json', '--limit', String(options.limit)];
        if (options.deferTo)
            args.push('--defer', '--state', options.deferTo);
        let stdout = '';
        const invocation = await this.parsing(args, options.targetPath, undefined, {
            timeBudget: options.timeBudget,
            onStdout: (text) => (stdout = text),
        });
        return { ...invocation, ...showOutput(stdout) };
    }
    /** A command that parses the project into `targetPath`, starting from the run's latest saved parse. */
    async parsing(commandArgs, targetPath, target, extra = {}) {
        const key = target ?? this.options.target ?? '';
        const saved = external_node_path_default().join(targetPath, PARTIAL_PARSE_FILE);
        const latest = this.savedParse.get(key);
        if (latest && latest !== saved && !(await exists(saved))) {
            await (0,promises_.mkdir)(targetPath, { recursive: true });
            await (0,promises_.copyFile)(latest, saved);
        }
        const invocation = await this.run([...commandArgs, '--target-path', targetPath], this.runner, target, extra);
        // dbt writes no new file when nothing changed; the copy it started from is then still the latest.
        if (await exists(saved))
            this.savedParse.set(key, saved);
        return invocation;
    }
    async run(commandArgs, runner = this.runner, targetOverride, extra = {}) {
        const { projectDir, profilesDir, executable, logDir } = this.options;
        const target = targetOverride ?? this.options.target;
        const { timeoutMs, byBudget } = commandTimeout(this.options.timeoutMs, extra.timeBudget ?? this.options.timeBudget);
        const args = [...commandArgs, '--project-dir', projectDir];
        if (profilesDir)
            args.push('--profiles-dir', profilesDir);
        if (target)
            args.push('--target', target);
        args.push('--log-path', logDir, '--log-format', 'json', '--no-use-colors');
        const logFile = external_node_path_default().join(logDir, 'dbt.log');
        const logStart = await sizeOf(logFile);
        const result = await runner.run(executable, args, {
            cwd: projectDir,
            // No log rotation: each invocation's events are read back from the one file (parse, SQL verdict).
            env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false', DBT_LOG_FILE_MAX_BYTES: '0' },
            timeoutMs,
            ...(this.options.progress ? { onOutput: dbtProgress(this.options.progress) } : {}),
        });
        extra.onStdout?.(result.stdout);
        const subcommand = commandArgs[0] ?? 'dbt';
        if (result.exitCode === 127 && !result.timedOut) {
            throw new dbt_error/* DbtError */.x(`Could not start dbt (\`${executable}\`): install dbt with your adapter in the workflow (e.g. \`pip install dbt-core dbt-duckdb\`) or set input \`dbt-executable\` to its path.`);
        }
        const errors = result.timedOut
            ? [
                byBudget
                    ? `dbt ${subcommand} was stopped when the run's time ran out (${formatMinutes(timeoutMs)} were left): raise input \`max-minutes\` or select less.`
                    : `dbt ${subcommand} did not finish within ${formatMinutes(timeoutMs)}: raise input \`dbt-timeout-minutes\` or select less.`,
            ]
            : errorMessages(result);
        const invocationId = invocationIdOf(result.stdout);
        const parse = invocationId && (await readParse(logFile, logStart, invocationId));
        return {
            commandLine: [executable, ...args].map(quoteArg).join(' '),
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            timeoutMs,
            errors,
            ...(invocationId ? { invocationId } : {}),
            logFile,
            ...(parse ? { parse } : {}),
        };
    }
}
/** The `ShowNode` event's preview rows and the inline query's `JinjaLogInfo` messages. */
function showOutput(stdout) {
    const logged = [];
    let rows;
    for (const line of stdout.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const event = parseJson(line);
        if (!isRecord(event) || !isRecord(event.info) || !isRecord(event.data))
            continue;
        const { name } = event.info;
        if (name === 'JinjaLogInfo' && typeof event.data.msg === 'string')
            logged.push(event.data.msg);
        if (name === 'ShowNode' && typeof event.data.preview === 'string') {
            const preview = parseJson(event.data.preview);
            if (Array.isArray(preview))
                rows = preview;
        }
    }
    return { ...(rows ? { rows } : {}), logged };
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The invocation's parse from the part of the log file it wrote (the file grows over the run). */
async function readParse(file, from, invocationId) {
    const size = await sizeOf(file);
    if (size <= from)
        return undefined;
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(size - from);
        await handle.read(buffer, 0, buffer.length, from);
        return parseReport(buffer.toString('utf8'), invocationId);
    }
    finally {
        await handle.close();
    }
}
async function sizeOf(file) {
    return (await (0,promises_.stat)(file).catch(() => undefined))?.size ?? 0;
}
async function exists(file) {
    return (await (0,promises_.stat)(file).catch(() => undefined)) !== undefined;
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
        const { level, msg, invocation_id: id } = event.info ?? {};
        if (typeof level !== 'string' || typeof msg !== 'string')
            return undefined;
        return { level, msg, ...(typeof id === 'string' ? { invocationId: id } : {}) };
    }
    catch {
        return undefined;
    }
}
/** The invocation id dbt stamps on every event of one command (the first structured line has it). */
function invocationIdOf(stdout) {
    for (const line of stdout.split('\n')) {
        const id = parseLogLine(line)?.invocationId;
        if (id)
            return id;
    }
    return undefined;
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(1))} minutes` : `${Math.round(ms / 1000)} seconds`;
}
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/shared/read-if-present.ts
var read_if_present = __webpack_require__(85247);
// EXTERNAL MODULE: ./src/validate/run-results.ts
var run_results = __webpack_require__(70864);
;// CONCATENATED MODULE: ./src/adapters/dbt/dbt-workbench.ts






const CompileResultsSchema = schemas/* looseObject */._H3({
    results: schemas/* array */.YOg(schemas/* looseObject */._H3({
        unique_id: schemas/* string */.YjP(),
        status: schemas/* string */.YjP(),
        message: schemas/* string */.YjP().nullish(),
        compiled_code: schemas/* string */.YjP().nullish(),
    })),
});
/**
 * The agent's dbt tools on the sandboxed dbt CLI the validator uses. Every call runs in one target folder
 * of its own; run_results.json is removed before each call, so an answer is never an earlier call's.
 */
class DbtCliWorkbench {
    dbt;
    options;
    constructor(dbt, options) {
        this.dbt = dbt;
        this.options = options;
    }
    async compile(nodes, call) {
        return this.guarded(async () => {
            const invocation = await this.dbt.compile(nodes.join(' '), { ...this.defer(), timeBudget: call.timeBudget }, await this.freshTarget());
            const text = await (0,read_if_present/* readIfPresent */.Z)(this.runResultsFile());
            const failure = (await this.forbidden(invocation, text)) ?? failureOf(invocation, 'compile');
            if (failure)
                return failure;
            if (text === undefined)
                return noResults(invocation, 'compile');
            const parsed = CompileResultsSchema.safeParse(dbt_workbench_parseJson(text));
            if (!parsed.success)
                return { kind: 'dbt-error', message: 'dbt wrote a run_results.json of an unexpected shape.' };
            const compiled = parsed.data.results.map((result) => ({
                uniqueId: result.unique_id,
                status: result.status,
                ...(result.compiled_code ? { sql: result.compiled_code } : {}),
                ...(result.message ? { message: result.message } : {}),
            }));
            return { kind: 'compiled', nodes: compiled };
        });
    }
    async preview(query, call) {
        return this.guarded(async () => {
            const options = {
                limit: call.limit,
                targetPath: await this.freshTarget(),
                timeBudget: call.timeBudget,
                ...(this.options.deferTo ? { deferTo: this.options.deferTo } : {}),
            };
            const invocation = 'model' in query
                ? await this.dbt.showNode(query.model, options)
                : await this.dbt.show(query.inline, options);
            const failure = (await this.forbidden(invocation, undefined)) ?? failureOf(invocation, 'show');
            if (failure)
                return failure;
            if (!invocation.rows)
                return noResults(invocation, 'show');
            return { kind: 'rows', rows: invocation.rows.filter(isRow) };
        });
    }
    async build(nodes, call) {
        return this.guarded(async () => {
            const invocation = await this.dbt.build(nodes.join(' '), { ...this.defer(), timeBudget: call.timeBudget }, await this.freshTarget());
            if (invocation.timedOut)
                return timedOut(invocation, 'build');
            const text = await (0,read_if_present/* readIfPresent */.Z)(this.runResultsFile());
            const forbidden = await this.forbidden(invocation, text);
            if (forbidden)
                return forbidden;
            const results = text === undefined ? [] : (0,run_results/* parseRunResults */.H)(text);
            // A node's own failure is in its result; without any, dbt failed as a whole (a parse error).
            if (results.length === 0 && invocation.exitCode !== 0)
                return noResults(invocation, 'build');
            return {
                kind: 'built',
                nodes: results.map((result) => ({
                    uniqueId: result.uniqueId,
                    status: result.status,
                    ...(result.failures !== undefined ? { failures: result.failures } : {}),
                    ...(result.message ? { message: result.message } : {}),
                })),
            };
        });
    }
    /** What a stopped command ran is not judged: its log may end mid-statement. */
    async forbidden(invocation, runResults) {
        if (!this.options.judge || invocation.timedOut)
            return undefined;
        const findings = await this.options.judge(invocation, runResults);
        return findings.length > 0 ? { kind: 'forbidden-sql', findings } : undefined;
    }
    defer() {
        return this.options.deferTo ? { state: this.options.deferTo, defer: true } : { defer: false };
    }
    runResultsFile() {
        return external_node_path_default().join(this.options.targetPath, 'run_results.json');
    }
    async freshTarget() {
        await (0,promises_.rm)(this.runResultsFile(), { force: true });
        return this.options.targetPath;
    }
    /** dbt that cannot start, or writes what cannot be read, is an answer the model sees like any other. */
    async guarded(work) {
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof dbt_error/* DbtError */.x)
                return { kind: 'dbt-error', message: error.message };
            throw error;
        }
    }
}
function failureOf(invocation, command) {
    if (invocation.timedOut)
        return timedOut(invocation, command);
    if (invocation.exitCode !== 0)
        return noResults(invocation, command);
    return undefined;
}
function timedOut(invocation, command) {
    return {
        kind: 'timed-out',
        afterMs: invocation.timeoutMs ?? 0,
        message: `dbt ${command} was stopped: it ran out of the time it had.`,
    };
}
function noResults(invocation, command) {
    const message = invocation.errors.join('\n').trim();
    return {
        kind: 'dbt-error',
        message: message || `dbt ${command} exited with code ${invocation.exitCode} and said nothing more.`,
    };
}
function isRow(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function dbt_workbench_parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/project/dbt-project.ts
var dbt_project = __webpack_require__(43555);
;// CONCATENATED MODULE: ./src/adapters/dbt/executed-statements.ts

const NodeInfoSchema = schemas/* looseObject */._H3({
    unique_id: schemas/* string */.YjP(),
    resource_type: schemas/* string */.YjP().optional(),
    node_name: schemas/* string */.YjP().optional(),
    node_path: schemas/* string */.YjP().optional(),
    node_relation: schemas/* looseObject */._H3({
        database: schemas/* string */.YjP().nullish(),
        schema: schemas/* string */.YjP().nullish(),
        alias: schemas/* string */.YjP().nullish(),
    })
        .nullish(),
});
const executed_statements_EventSchema = schemas/* looseObject */._H3({
    info: schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), invocation_id: schemas/* string */.YjP().optional() }),
    data: schemas/* looseObject */._H3({ sql: schemas/* string */.YjP().optional(), node_info: NodeInfoSchema.nullish() }).optional(),
});
/**
 * The statements one dbt invocation ran, from dbt's JSON log file (`SQLQuery` debug events) with the node
 * each ran for. `seedFile` maps a seed's file name (relative to its seed folder) to the project-relative
 * file its `COPY` may read.
 */
function executedStatements(logText, invocationId, seedFile) {
    const statements = [];
    let adapter;
    for (const line of logText.split('\n')) {
        if (!line.startsWith('{') || !line.includes(invocationId))
            continue;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            continue;
        }
        const event = executed_statements_EventSchema.safeParse(json);
        if (!event.success || event.data.info.invocation_id !== invocationId)
            continue;
        const { name } = event.data.info;
        if (name === 'AdapterRegistered') {
            const registered = event.data.data?.adapter_name;
            if (typeof registered === 'string')
                adapter = registered;
        }
        const sql = event.data.data?.sql;
        if (name !== 'SQLQuery' || sql === undefined)
            continue;
        const info = event.data.data?.node_info;
        statements.push({ ...(info ? nodeFields(info, seedFile) : {}), source: 'executed', sql });
    }
    return { statements, ...(adapter ? { adapter } : {}) };
}
function nodeFields(info, seedFile) {
    const relation = info.node_relation;
    // A unit test has no relation of its own: its temporary tables are named after the test.
    const identifier = relation?.alias || info.node_name;
    const file = info.resource_type === 'seed' && info.node_path ? seedFile(info.node_path) : undefined;
    return {
        node: info.unique_id,
        ...(info.resource_type ? { resourceType: info.resource_type } : {}),
        ...(identifier
            ? {
                relation: {
                    identifier,
                    ...(relation?.database ? { database: relation.database } : {}),
                    ...(relation?.schema ? { schema: relation.schema } : {}),
                },
            }
            : {}),
        ...(file ? { seedFile: file } : {}),
    };
}
const CompiledSchema = schemas/* looseObject */._H3({
    results: schemas/* array */.YOg(schemas/* looseObject */._H3({ unique_id: schemas/* string */.YjP(), compiled_code: schemas/* string */.YjP().nullish() })),
});
/** Each node's compiled SQL from run_results.json (seeds have none). */
function compiledStatements(runResultsText) {
    let json;
    try {
        json = JSON.parse(runResultsText);
    }
    catch {
        return [];
    }
    const parsed = CompiledSchema.safeParse(json);
    if (!parsed.success)
        return [];
    return parsed.data.results.flatMap((result) => result.compiled_code?.trim()
        ? [
            {
                node: result.unique_id,
                resourceType: result.unique_id.split('.')[0] ?? '',
                source: 'compiled',
                sql: result.compiled_code,
            },
        ]
        : []);
}

;// CONCATENATED MODULE: ./src/adapters/dbt/sandboxed-python.ts

/**
 * Runs a Python script through `runner` (the dbt sandbox: what it reads is model-written or the
 * repository's) and reads the JSON its last line prints with `schema`. `-I` keeps the working folder and
 * PYTHON* variables out of the import path, so no file of the checkout can stand in for the library.
 */
class SandboxedPython {
    options;
    runner;
    constructor(options, runner) {
        this.options = options;
        this.runner = runner;
    }
    get python() {
        return this.options.python;
    }
    async run(script, schema, call) {
        const { timeoutMs } = commandTimeout(this.options.timeoutMs, this.options.timeBudget);
        const result = await this.runner.run(this.options.python, ['-I', '-c', script], {
            cwd: call.cwd,
            timeoutMs,
            ...(call.input !== undefined ? { input: call.input } : {}),
        });
        if (result.timedOut)
            return { failed: 'timeout', timeoutMs };
        const { exitCode, stderr } = result;
        if (exitCode !== 0)
            return { failed: 'exit', exitCode, stderr };
        let json;
        try {
            json = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
        }
        catch {
            return { failed: 'no-json', exitCode, stderr };
        }
        const parsed = schema.safeParse(json);
        return parsed.success ? { answer: parsed.data } : { failed: 'shape', exitCode, stderr };
    }
}
/** The last lines of a script's stderr: where Python puts the exception. */
function stderrTail(stderr, lines) {
    return stderr.trim().split('\n').slice(-lines).join(' ');
}

;// CONCATENATED MODULE: ./src/adapters/dbt/sql-parser-failure.ts

/** Why sqlglot (the SQL verdict's and the optimization checks' parser) gave no answer, and what to do. */
function sqlParserNotRun(failure, python) {
    switch (failure.failed) {
        case 'timeout':
            return `the SQL parser did not finish within ${Math.round(failure.timeoutMs / 1000)} s`;
        case 'exit': {
            if (/No module named '?sqlglot/.test(failure.stderr))
                return `sqlglot is not installed beside dbt (\`${python}\`): \`pip install sqlglot\` in dbt's environment`;
            const tail = stderrTail(failure.stderr, 3);
            return `the SQL parser (\`${python}\`) failed: ${tail || `exit ${failure.exitCode}`}`;
        }
        case 'no-json':
            return 'the SQL parser wrote no JSON';
        case 'shape':
            return 'the SQL parser answered in an unexpected shape';
    }
}

;// CONCATENATED MODULE: ./src/adapters/dbt/sql-verdict-script.ts
// The Python half of the SQL verdict, run with the venv's interpreter (`python -I -c`) inside the dbt sandbox:
// it parses with sqlglot, which has no JavaScript counterpart. Kept as a string so the bundle carries it and
// no file in a folder the sandbox can write is ever executed.
const SQL_VERDICT_SCRIPT = String.raw `
"""Autopilot's verdict on the SQL dbt ran: reads {dialect, projectDir, statements: [...]} as JSON on stdin,
parses each statement with sqlglot, and writes {sqlglot, results: [{kinds, findings}]} (one result per
statement) on stdout.

A statement passes when its kind is one its node may run (a model writes only its own relation and dbt's
temporary and backup relations for it, a test only selects) and it uses no construct that reaches files,
other databases, extensions or settings. Anything sqlglot cannot parse fails: the verdict never guesses.
"""
import json
import logging
import os
import re
import sys

import sqlglot
from sqlglot import exp

# Functions that read or write files, reach other databases or the network, run SQL from a string, or show
# secrets and the environment. Lower case; prefixes and suffixes cover families (read_csv_auto, sqlite_scan).
FORBIDDEN_FUNCTIONS = {
    "glob",
    "sniff_csv",
    "query",
    "query_table",
    "getenv",
    "duckdb_secrets",
    "which_secret",
    "load_aws_credentials",
    "pg_read_file",
    "pg_read_binary_file",
    "pg_ls_dir",
    "pg_stat_file",
    "lo_import",
    "lo_export",
    "dblink",
    "dblink_exec",
    "external_query",
}
FORBIDDEN_PREFIXES = ("read_", "parquet_", "sqlite_", "postgres_", "mysql_", "iceberg_", "delta_", "st_read", "dblink_")
FORBIDDEN_SUFFIXES = ("_scan", "_attach")
# A table named like a path or URL: DuckDB reads it as a file (a "replacement scan").
FILE_LIKE_TABLE = re.compile(r"[/\\:]|\.[A-Za-z0-9]{1,8}$")

QUERY_KINDS = (exp.Query,)
ALWAYS_ALLOWED = (exp.Query, exp.Transaction, exp.Commit, exp.Rollback, exp.Describe, exp.Show)
WRITE_KINDS = (exp.Create, exp.Insert, exp.Delete, exp.Update, exp.Merge, exp.Drop, exp.Alter, exp.TruncateTable)
WRITING_RESOURCES = ("model", "seed", "snapshot", "test", "unit_test")


def kind_of(statement):
    name = type(statement).__name__.lower()
    kind = statement.args.get("kind")
    if isinstance(statement, (exp.Create, exp.Drop, exp.Alter)) and isinstance(kind, str):
        return name + " " + kind.lower()
    if isinstance(statement, exp.Copy):
        return "copy from" if kind else "copy to"
    if isinstance(statement, exp.Command):
        return "command " + str(statement.this).lower()
    return name


def function_name(node):
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    if isinstance(node, exp.Func):
        return node.sql_name().lower()
    return None


def forbidden_function(name):
    return name in FORBIDDEN_FUNCTIONS or name.startswith(FORBIDDEN_PREFIXES) or name.endswith(FORBIDDEN_SUFFIXES)


def same(a, b):
    return not a or not b or a.lower() == b.lower()


def own_relation_matcher(relation):
    if not relation or not relation.get("identifier"):
        return lambda table: False
    allowed = re.compile("^" + re.escape(relation["identifier"].lower()) + "(__dbt_(tmp|backup)[0-9_]*)?$")

    def matches(table):
        return (
            bool(allowed.match(table.name.lower()))
            and same(table.db, relation.get("schema"))
            and same(table.catalog, relation.get("database"))
        )

    return matches


def is_temporary(statement):
    properties = statement.args.get("properties")
    return properties is not None and properties.find(exp.TemporaryProperty) is not None


def write_targets(statement):
    """The relations a write statement creates, changes or drops."""
    if isinstance(statement, (exp.Drop, exp.Alter, exp.TruncateTable)):
        return list(statement.find_all(exp.Table))
    target = statement.this
    if isinstance(target, exp.Schema):
        target = target.this
    return [target]


def same_file(given, allowed, project_dir):
    if not allowed:
        return False

    def resolve(p):
        return os.path.normpath(p if os.path.isabs(p) else os.path.join(project_dir or "/", p))

    return resolve(given) == resolve(allowed)


def seed_copy_problem(statement, entry, is_own, project_dir):
    if not statement.args.get("kind"):
        return "COPY ... TO writes a file"
    target = statement.this
    if not isinstance(target, exp.Table) or not is_own(target):
        return "COPY into a relation other than the seed's own"
    files = statement.args.get("files") or []
    if len(files) != 1 or not isinstance(files[0], exp.Literal) or not files[0].is_string:
        return "COPY from something other than the seed's file"
    if not same_file(files[0].this, entry.get("seedFile"), project_dir):
        return "COPY from '" + files[0].this + "', not the seed's own file"
    return None


def statement_problem(statement, entry, is_own, project_dir):
    """Why this kind of statement may not run for its node, or None."""
    resource = entry.get("resourceType") or ""
    if entry.get("source") == "compiled":
        return None if isinstance(statement, QUERY_KINDS) else "the compiled SQL of a node must be one query"
    if isinstance(statement, ALWAYS_ALLOWED):
        return None
    if isinstance(statement, exp.Copy) and resource == "seed":
        return seed_copy_problem(statement, entry, is_own, project_dir)
    if not isinstance(statement, WRITE_KINDS):
        return "this kind of statement is not allowed in a dbt build"
    kind = str(statement.args.get("kind") or "").upper() if isinstance(statement, exp.Create) else ""
    if kind == "SCHEMA":
        schema = statement.this.db if isinstance(statement.this, exp.Table) else None
        own = (entry.get("relation") or {}).get("schema")
        # Without a node it is dbt creating the schemas of the selection before the first node runs.
        if resource == "" or (resource in ("model", "seed", "snapshot") and same(schema, own)):
            return None
        return "creates a schema other than the node's own"
    if resource not in WRITING_RESOURCES:
        return "a " + (resource or "dbt-internal") + " statement may only select"
    if isinstance(statement, exp.Create) and kind not in ("TABLE", "VIEW"):
        return "only tables and views may be created"
    if resource == "unit_test" and isinstance(statement, exp.Create) and not is_temporary(statement):
        return "a unit test may only create temporary tables"
    others = [t for t in write_targets(statement) if not (isinstance(t, exp.Table) and is_own(t))]
    if others:
        names = ", ".join(t.sql() if t is not None else "?" for t in others)
        return "writes " + names + ", not the node's own relation"
    return None


def check_statement(statement, entry, project_dir):
    is_own = own_relation_matcher(entry.get("relation"))
    findings = []
    problem = statement_problem(statement, entry, is_own, project_dir)
    if problem:
        findings.append({"construct": kind_of(statement), "detail": problem})
    for node in statement.walk():
        name = function_name(node)
        if name and forbidden_function(name):
            findings.append({"construct": name, "detail": "reads or writes files, other databases or the environment"})
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier):
            if FILE_LIKE_TABLE.search(node.name) and not is_own(node):
                findings.append({"construct": "from '" + node.name + "'", "detail": "a table named like a file is read from that file"})
    return findings


def refused(construct, detail, kinds=()):
    return {"kinds": list(kinds), "findings": [{"construct": construct, "detail": detail}]}


def check_entry(entry, dialect, project_dir):
    sql = entry.get("sql") or ""
    if entry.get("source") == "executed" and sql.rstrip().endswith("..."):
        # dbt logs sql[:512] + "..." for statements run with abridge_sql_log (dbt-duckdb's seed COPY): only
        # a seed's statement shorter than the cut is known in full.
        visible = sql.rstrip()[:-3]
        if len(visible) >= 512 or entry.get("resourceType") != "seed":
            return refused("abridged", "dbt logged only part of this statement")
        sql = visible
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except sqlglot.errors.SqlglotError as error:
        first = (str(error).splitlines() or [type(error).__name__])[0]
        return refused("unparsed", "not parsed as " + str(dialect) + " SQL: " + first)
    kinds = [kind_of(s) for s in statements]
    if entry.get("source") == "compiled" and len(statements) > 1:
        return refused("several statements", "the compiled SQL of a node must be one query", kinds)
    findings = []
    for statement in statements:
        findings.extend(check_statement(statement, entry, project_dir))
    return {"kinds": kinds, "findings": findings}


def main():
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    request = json.load(sys.stdin)
    dialect = request.get("dialect") or None
    project_dir = request.get("projectDir")
    results = [check_entry(entry, dialect, project_dir) for entry in request.get("statements", [])]
    json.dump({"sqlglot": sqlglot.__version__, "results": results}, sys.stdout)


main()
`;

;// CONCATENATED MODULE: ./src/adapters/dbt/sql-checker.ts






const OutputSchema = schemas/* object */.Ikc({
    sqlglot: schemas/* string */.YjP(),
    results: schemas/* array */.YOg(schemas/* object */.Ikc({
        kinds: schemas/* array */.YOg(schemas/* string */.YjP()),
        findings: schemas/* array */.YOg(schemas/* object */.Ikc({ construct: schemas/* string */.YjP(), detail: schemas/* string */.YjP() })),
    })),
});
/** sqlglot's names for dbt adapters' SQL, where they differ or the adapter has a dialect of its own. */
const DIALECTS = {
    duckdb: 'duckdb',
    postgres: 'postgres',
    redshift: 'redshift',
    snowflake: 'snowflake',
    bigquery: 'bigquery',
    databricks: 'databricks',
    spark: 'spark',
    trino: 'trino',
    athena: 'athena',
    clickhouse: 'clickhouse',
    sqlserver: 'tsql',
    fabric: 'tsql',
    synapse: 'tsql',
    oracle: 'oracle',
    mysql: 'mysql',
    teradata: 'teradata',
};
function dialectOf(adapter) {
    return adapter ? DIALECTS[adapter.toLowerCase()] : undefined;
}
/**
 * The Python next to dbt (its venv's `bin/python`), where sqlglot is installed with it; `python3` when dbt
 * is not found in a folder with one.
 */
function pythonBesideDbt(dbtExecutable, searchPath = process.env.PATH ?? '') {
    const candidates = dbtExecutable.includes('/')
        ? [dbtExecutable]
        : searchPath
            .split((external_node_path_default()).delimiter)
            .filter(Boolean)
            .map((dir) => external_node_path_default().join(dir, dbtExecutable));
    const dbt = candidates.find((file) => (0,external_node_fs_.existsSync)(file));
    const python = dbt && external_node_path_default().join(external_node_path_default().dirname(dbt), 'python');
    return python && (0,external_node_fs_.existsSync)(python) ? python : 'python3';
}
/** The SQL verdict: the verdict script with sqlglot, in the sandbox (`SandboxedPython`: the input is model-influenced). */
class SqlglotChecker {
    python;
    constructor(options, runner) {
        this.python = new SandboxedPython(options, runner);
    }
    async check(request) {
        const result = await this.python.run(SQL_VERDICT_SCRIPT, OutputSchema, {
            cwd: '/',
            input: JSON.stringify(request),
        });
        if ('failed' in result)
            return { notRun: sqlParserNotRun(result, this.python.python) };
        if (result.answer.results.length !== request.statements.length)
            return { notRun: 'the SQL parser answered in an unexpected shape' };
        return { verdicts: result.answer.results };
    }
}

;// CONCATENATED MODULE: ./src/validate/sql-verdict.ts





/**
 * The verdict on what dbt really ran: every statement of the build's log and each node's compiled SQL,
 * parsed. The cheap source rules have run before; this is the check that rests on the rendered SQL.
 */
async function judgeBuild(input) {
    const { invocation, project } = input;
    if (!invocation.invocationId || !invocation.logFile)
        return { statements: 0, findings: [], notRun: 'dbt wrote no structured log for the build' };
    const logText = await (0,promises_.readFile)(invocation.logFile, 'utf8').catch(() => undefined);
    if (logText === undefined)
        return { statements: 0, findings: [], notRun: `dbt's log file ${invocation.logFile} is missing` };
    const seedFile = (nodePath) => project.seedPaths
        .map((dir) => external_node_path_default().join(dir, nodePath))
        .find((file) => (0,external_node_fs_.existsSync)(external_node_path_default().join(project.dir, file)));
    const executed = executedStatements(logText, invocation.invocationId, seedFile);
    const statements = [...executed.statements, ...compiledStatements(input.runResults ?? '')];
    if (statements.length === 0)
        return { statements: 0, findings: [] };
    const answer = await input.checker.check({
        dialect: dialectOf(executed.adapter),
        projectDir: project.dir,
        statements,
    });
    if ('notRun' in answer)
        return { statements: statements.length, findings: [], notRun: answer.notRun };
    const findings = answer.verdicts.flatMap((verdict, index) => {
        const statement = statements[index];
        return statement ? verdict.findings.map((found) => toFinding(statement, found, input.fileOf)) : [];
    });
    return { statements: statements.length, findings: dedupe(findings) };
}
function toFinding(statement, found, fileOf) {
    const where = statement.node ? `${statement.node} ` : 'dbt ';
    const what = statement.source === 'executed' ? 'ran' : 'compiled to';
    return {
        rule: 'forbidden-sql',
        path: (statement.node && fileOf(statement.node)) ?? statement.node ?? '(dbt)',
        message: `${where}${what} SQL with \`${found.construct}\`: ${found.detail}. Models select from ref() and source(); load files as seeds.`,
        executed: statement.source === 'executed',
        ...(statement.node ? { node: statement.node } : {}),
    };
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((finding) => {
        const key = `${finding.path}\n${finding.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/adapters/dbt/sqlfluff-project.ts



/** Files sqlfluff reads its configuration from, and what must be in them for it to count. */
const CONFIG_FILES = [
    { name: '.sqlfluff' },
    { name: 'pyproject.toml', section: /^\s*\[tool\.sqlfluff(?:[.:\]])/m },
    { name: 'setup.cfg', section: /^\s*\[sqlfluff(?:[:\]])/m },
    { name: 'tox.ini', section: /^\s*\[sqlfluff(?:[:\]])/m },
];
/**
 * The first file that configures sqlfluff, looking in the project folder and its parents up to the
 * repository root (where sqlfluff would find it when run in the project); undefined when there is none.
 */
async function findSqlfluffConfig(projectDir, repoDir) {
    for (const dir of upTo(projectDir, repoDir)) {
        for (const { name, section } of CONFIG_FILES) {
            const file = external_node_path_default().join(dir, name);
            const text = await (0,read_if_present/* readIfPresent */.Z)(file);
            if (text !== undefined && (!section || section.test(text)))
                return file;
        }
    }
    return undefined;
}
/** The templater the configuration file names (`templater = …` in its core section), if any. */
async function configuredTemplater(configFile) {
    const text = configFile && (await (0,read_if_present/* readIfPresent */.Z)(configFile));
    return text ? /^\s*templater\s*=\s*["']?([\w-]+)["']?\s*(?:[#;].*)?$/m.exec(text)?.[1] : undefined;
}
/**
 * dbt Cloud's templater compiles through the dbt Cloud CLI, which a runner does not have; dbt-core's
 * templater compiles the same project the same way, so sqlfluff is told to use it.
 */
const templaterOverride = (templater) => templater === 'dbt-cloud' ? ['--templater', 'dbt'] : [];
/**
 * Whether sqlfluff compiles with dbt (`templater = dbt`, or `dbt-cloud` run as `dbt`). That templater opens
 * the project's database: a local DuckDB file then cannot be built and linted at the same time.
 */
async function usesDbtTemplater(configFile) {
    const templater = await configuredTemplater(configFile);
    return templater === 'dbt' || templater === 'dbt-cloud';
}
/**
 * The project-relative files a `.sqlfluffignore` excludes (one in any folder from the repository root down
 * to the file's own folder, patterns relative to that folder, as sqlfluff reads them).
 */
async function sqlfluffIgnored(projectDir, repoDir, files) {
    const top = isInside(projectDir, repoDir) ? repoDir : projectDir;
    const cache = new Map();
    const load = async (dir) => {
        if (!cache.has(dir)) {
            const text = await (0,read_if_present/* readIfPresent */.Z)(external_node_path_default().join(dir, '.sqlfluffignore'));
            cache.set(dir, text === undefined ? null : ignore_default()().add(text));
        }
        return cache.get(dir) ?? null;
    };
    const ignored = [];
    for (const file of files) {
        const absolute = external_node_path_default().resolve(projectDir, file);
        if (!isInside(absolute, top))
            continue;
        for (const dir of upTo(external_node_path_default().dirname(absolute), top).reverse()) {
            const rules = await load(dir);
            if (rules?.ignores(external_node_path_default().relative(dir, absolute).split((external_node_path_default()).sep).join('/'))) {
                ignored.push(file);
                break;
            }
        }
    }
    return ignored;
}
/** `dir` and its parents up to and including `top` (just `dir` when it is not inside `top`). */
function upTo(dir, top) {
    const dirs = [dir];
    if (!isInside(dir, top))
        return dirs;
    let current = dir;
    while (current !== top) {
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            break;
        dirs.push(parent);
        current = parent;
    }
    return dirs;
}
function isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}

;// CONCATENATED MODULE: ./src/adapters/dbt/sqlfluff-linter.ts







/** sqlfluff could not lint; `missingExecutable` marks a setup problem rather than a failed run. */
class LintToolError extends dbt_error/* DbtError */.x {
    missingExecutable;
    constructor(message, missingExecutable = false) {
        super(message);
        this.missingExecutable = missingExecutable;
        this.name = 'LintToolError';
    }
}
const SqlfluffReportSchema = schemas/* array */.YOg(schemas/* object */.Ikc({
    filepath: schemas/* string */.YjP(),
    violations: schemas/* array */.YOg(schemas/* object */.Ikc({
        start_line_no: schemas/* number */.aig().int(),
        start_line_pos: schemas/* number */.aig().int(),
        code: schemas/* string */.YjP(),
        description: schemas/* string */.YjP(),
        warning: schemas/* boolean */.zMY().optional(),
    })),
}));
/** Parses `sqlfluff lint --format json` output; rules configured as warnings are left out. */
function parseSqlfluffReport(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new LintToolError(`sqlfluff did not print a JSON report: ${text.trim().slice(0, 300) || '(no output)'}`);
    }
    const parsed = SqlfluffReportSchema.safeParse(json);
    if (!parsed.success) {
        throw new LintToolError(`sqlfluff's JSON report has an unexpected shape: ${errors/* prettifyError */.S1(parsed.error)}`);
    }
    return parsed.data.flatMap((file) => file.violations
        .filter((violation) => violation.warning !== true)
        .map((violation) => ({
        file: file.filepath.replaceAll('\\', '/').replace(/^\.\//, ''),
        line: violation.start_line_no,
        // sqlfluff reports column 0 for whole-file problems such as templating errors.
        column: Math.max(1, violation.start_line_pos),
        code: violation.code,
        description: violation.description,
    })));
}
/** sqlfluff CLI with the project's own configuration. */
class SqlfluffLinter {
    options;
    runner;
    constructor(options, runner) {
        this.options = options;
        this.runner = runner;
    }
    async checkAvailable() {
        if (!(await canStart(this.options.executable, this.options.projectDir)))
            throw missingSqlfluff(this.options.executable);
    }
    configuration() {
        const { projectDir, repoDir } = this.options;
        return findSqlfluffConfig(projectDir, repoDir ?? projectDir);
    }
    ignoredFiles(files) {
        const { projectDir, repoDir } = this.options;
        return sqlfluffIgnored(projectDir, repoDir ?? projectDir, files);
    }
    async lint(files, projectDir = this.options.projectDir) {
        if (files.length === 0)
            return [];
        const { executable } = this.options;
        const { timeoutMs, byBudget } = commandTimeout(this.options.timeoutMs, this.options.timeBudget);
        const templater = templaterOverride(await configuredTemplater(await this.configuration()));
        const result = await this.runner.run(executable, ['lint', '--format', 'json', '--disable-progress-bar', '--nocolor', ...templater, ...files], { cwd: projectDir, timeoutMs });
        if (result.timedOut) {
            throw new LintToolError(`sqlfluff did not finish within ${Math.round(timeoutMs / 1000)} s: raise input \`${byBudget ? 'max-minutes' : 'dbt-timeout-minutes'}\`.`);
        }
        if (result.exitCode === 127) {
            throw missingSqlfluff(executable);
        }
        // 0: clean, 1: violations found; anything else is a usage or configuration error.
        if (result.exitCode !== 0 && result.exitCode !== 1) {
            const lines = (result.stderr.trim() || result.stdout.trim()).split('\n');
            // sqlfluff's own sentence ("User Error: No dialect was specified…", "Error loading config: …").
            const detail = lines.find((line) => /error/i.test(line))?.trim() ?? lines.slice(-10).join('\n');
            throw new LintToolError(`sqlfluff failed (exit ${result.exitCode}): ${detail}`);
        }
        return parseSqlfluffReport(result.stdout);
    }
}
function missingSqlfluff(executable) {
    return new LintToolError(`Could not start sqlfluff (\`${executable}\`): install it in the workflow (\`pip install sqlfluff\`), set input \`sqlfluff-executable\` to its path, or set \`lint: false\`.`, true);
}
/**
 * Whether `executable` (a path, or a name looked up on PATH) exists and may be run, found without starting
 * it: validation checks this before the model spends anything, instead of failing after the edits.
 */
async function canStart(executable, cwd, searchPath = process.env.PATH ?? '') {
    if (process.platform === 'win32')
        return true;
    const candidates = executable.includes('/')
        ? [external_node_path_default().resolve(cwd, executable)]
        : searchPath
            .split((external_node_path_default()).delimiter)
            .filter(Boolean)
            .map((dir) => external_node_path_default().join(dir, executable));
    for (const file of candidates) {
        if (await (0,promises_.access)(file, external_node_fs_.constants.X_OK).then(() => true, () => false))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/conventions/conventions.ts

/** The repository's own guidance files, looked for at the repository root and the dbt project root. */
const GUIDANCE_FILES = ['.autopilot/instructions.md', 'AGENTS.md', 'CLAUDE.md'];
/** The most of one guidance file (or of `custom-instructions`) the prompt shows, in characters. */
const MAX_GUIDANCE_CHARS = 12_000;
/** The most of all guidance together, so a large CLAUDE.md cannot crowd out the project itself. */
const MAX_CONVENTIONS_CHARS = 32_000;
/** Files larger than this are not read at all. */
const MAX_GUIDANCE_FILE_BYTES = 1024 * 1024;
/** The linter's effective configuration, as sqlfluff itself resolves it for the project. */
const LintRulesSchema = schemas/* object */.Ikc({
    dialect: schemas/* string */.YjP().nullable(),
    templater: schemas/* string */.YjP().nullable(),
    /** The rules that run, after `rules` and `exclude_rules`. */
    rules: schemas/* array */.YOg(schemas/* object */.Ikc({ code: schemas/* string */.YjP(), name: schemas/* string */.YjP(), description: schemas/* string */.YjP() })),
    /** Settings that differ from sqlfluff's defaults, as dotted keys (`rules.capitalisation.keywords.capitalisation_policy`). */
    settings: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
});

;// CONCATENATED MODULE: ./src/adapters/dbt/sqlfluff-rules.ts





/**
 * Asks sqlfluff itself (its Python API, beside the executable) for the project's effective configuration:
 * every config file merged as sqlfluff merges them, the rules that run after `rules`/`exclude_rules`, and
 * the settings that differ from its defaults. Paths inside the project are shown relative to it.
 */
const EFFECTIVE_RULES_SCRIPT = String.raw `
import json, os
try:
    from sqlfluff.core import FluffConfig, Linter
    here = os.getcwd()
    config = FluffConfig.from_path(here, require_dialect=False)
    dialect = config.get('dialect')
    defaults = FluffConfig(overrides={'dialect': dialect or 'ansi'}, require_dialect=False, ignore_local_config=True)
    settings = {}
    def walk(prefix, value):
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(prefix + [str(key)], inner)
        elif prefix and prefix[-1] not in ('rule_allowlist', 'rule_denylist'):
            text = ', '.join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
            settings['.'.join(prefix)] = text.replace(here + os.sep, '').replace(here, '.')
    walk([], config.diff_to(defaults))
    rules = []
    if dialect:
        for rule in Linter(config=config).get_rulepack().rules:
            rules.append({'code': rule.code, 'name': rule.name, 'description': rule.description})
    print(json.dumps({'dialect': dialect, 'templater': config.get('templater'), 'rules': rules, 'settings': settings}))
except Exception as error:
    print(json.dumps({'error': type(error).__name__ + ': ' + str(error)}))
`;
const AnswerSchema = schemas/* union */.KCZ([schemas/* object */.Ikc({ error: schemas/* string */.YjP() }), LintRulesSchema]);
/** `LintRulesSource` on sqlfluff's Python API, in the sandbox (`SandboxedPython`: the config is the repository's). */
class SqlfluffRules {
    options;
    python;
    constructor(options, runner) {
        this.options = options;
        this.python = new SandboxedPython(options, runner);
    }
    async rules() {
        const { projectDir, repoDir, python } = this.options;
        const configFile = await findSqlfluffConfig(projectDir, repoDir);
        if (!configFile)
            return undefined;
        const config = external_node_path_default().relative(repoDir, configFile).split((external_node_path_default()).sep).join('/');
        const result = await this.python.run(EFFECTIVE_RULES_SCRIPT, AnswerSchema, { cwd: projectDir });
        if (!('failed' in result)) {
            const { answer } = result;
            if ('error' in answer)
                return { notRead: `sqlfluff could not resolve the rules of ${config}: ${answer.error}` };
            return { rules: answer, config };
        }
        switch (result.failed) {
            case 'timeout':
                return { notRead: `sqlfluff did not answer within ${Math.round(result.timeoutMs / 1000)} s` };
            case 'shape':
                return { notRead: 'sqlfluff answered in an unexpected shape' };
            default: {
                const tail = stderrTail(result.stderr, 2);
                return {
                    notRead: `\`${python}\` printed no configuration (exit ${result.exitCode}${tail ? `: ${tail}` : ''})`,
                };
            }
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/conventions/read-conventions.ts




/**
 * The repository's own guidance (`.autopilot/instructions.md`, `AGENTS.md`, `CLAUDE.md` at the dbt project
 * root, then at the repository root), the `custom-instructions` input before them, and the linter's
 * effective rules. Bounded per file and in total; what is cut is said in the prompt and the record.
 */
class RepositoryConventions {
    options;
    constructor(options) {
        this.options = options;
    }
    async read() {
        const guidance = [];
        const records = [];
        let room = MAX_CONVENTIONS_CHARS;
        const take = (source, found) => {
            if ('skipped' in found) {
                records.push({ source, shownChars: 0, cut: found.skipped });
                return;
            }
            const clean = visibleText(found.text);
            const { text, cut } = bounded(clean.text, Math.min(MAX_GUIDANCE_CHARS, room));
            room -= text.length;
            records.push({
                source,
                sha256: found.sha256,
                bytes: found.bytes,
                shownChars: text.length,
                ...(cut ? { cut } : {}),
                ...(clean.removed.length > 0 ? { removed: clean.removed } : {}),
            });
            if (text)
                guidance.push({ source, text: cut ? `${text}\n[${cut}]` : text });
        };
        const custom = this.options.customInstructions?.trim();
        if (custom)
            take('custom-instructions', digest(custom));
        for (const file of await this.guidanceFiles())
            take(file.source, file.found);
        const lint = await this.options.lintRules?.rules();
        return {
            guidance,
            ...(lint && 'rules' in lint ? { lint } : {}),
            record: {
                guidance: records,
                ...(lint
                    ? {
                        lint: 'rules' in lint
                            ? {
                                config: lint.config,
                                dialect: lint.rules.dialect,
                                templater: lint.rules.templater,
                                rules: lint.rules.rules.length,
                            }
                            : lint,
                    }
                    : {}),
            },
        };
    }
    /** Existing guidance files, nearest the project first; a file linked from several names counts once. */
    async guidanceFiles() {
        const { repoDir, projectDir } = this.options;
        const root = await (0,promises_.realpath)(repoDir);
        const dirs = [...new Set([external_node_path_default().resolve(projectDir), external_node_path_default().resolve(repoDir)])];
        const seen = new Map();
        const files = [];
        for (const dir of dirs) {
            for (const name of GUIDANCE_FILES) {
                const file = external_node_path_default().join(dir, name);
                const source = toPosix(external_node_path_default().relative(repoDir, file));
                const real = await (0,promises_.realpath)(file).catch(() => undefined);
                if (!real)
                    continue;
                const earlier = seen.get(real);
                if (earlier) {
                    files.push({ source, found: { skipped: `the same file as ${earlier}` } });
                    continue;
                }
                seen.set(real, source);
                files.push({ source, found: await readGuidance(real, root) });
            }
        }
        return files;
    }
}
async function readGuidance(real, root) {
    const inside = external_node_path_default().relative(root, real);
    if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
        return { skipped: 'a link to outside the repository: not read' };
    const info = await (0,promises_.stat)(real);
    if (!info.isFile())
        return { skipped: 'not a file' };
    if (info.size > MAX_GUIDANCE_FILE_BYTES)
        return {
            skipped: `${info.size.toLocaleString('en-US')} bytes, over the ${MAX_GUIDANCE_FILE_BYTES / 1024} KiB read: not read`,
        };
    const content = await (0,promises_.readFile)(real);
    return { text: content.toString('utf8'), sha256: sha256(content), bytes: content.length };
}
function digest(text) {
    const content = Buffer.from(text, 'utf8');
    return { text, sha256: sha256(content), bytes: content.length };
}
/**
 * The text a reader of the file sees: HTML comments and invisible characters (zero-width, bidi controls,
 * tag characters) are where instructions hide from a reviewer, so they are removed. Everything else stays
 * as written: guidance is markdown with `<placeholders>` that a ticket's sanitizer would take for HTML.
 */
function visibleText(raw) {
    const removed = [];
    let text = raw.replace(/\r\n?/g, '\n');
    const uncommented = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    if (uncommented !== text)
        removed.push('html-comment');
    text = uncommented;
    const visible = text.replace(/[\p{Cf}\p{Co}]|[^\P{Cc}\n\t]/gu, '');
    if (visible !== text)
        removed.push('invisible-character');
    return { text: visible.trim(), removed };
}
/** The text up to `max` characters, cut at a line end, and what was cut. */
function bounded(text, max) {
    if (text.length <= max)
        return { text };
    if (max <= 0)
        return {
            text: '',
            cut: `left out: the ${MAX_CONVENTIONS_CHARS.toLocaleString('en-US')}-character room for guidance was used`,
        };
    const lineEnd = text.lastIndexOf('\n', max);
    const shown = text.slice(0, lineEnd > max / 2 ? lineEnd : max).trimEnd();
    return {
        text: shown,
        cut: `cut: ${shown.length.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters shown`,
    };
}
function sha256(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
function toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/optimize/sql-shape.ts

/** A relation a SELECT reads, by the name in the parsed SQL (`__ref__orders` for `{{ ref('orders') }}`). */
const TableSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), alias: schemas/* string */.YjP() });
/** The shape of one model's SQL as the parser saw it; lines are the source file's (1-based). */
const SqlShapeSchema = schemas/* object */.Ikc({
    /**
     * `*` or `alias.*` through which a relation outside the model reaches the outermost SELECT's columns (each
     * branch of a UNION), followed through CTEs: `select * from final` over listed columns is none.
     */
    finalStars: schemas/* array */.YOg(schemas/* object */.Ikc({ line: schemas/* number */.aig().int(), qualifier: schemas/* string */.YjP() })),
    joins: schemas/* array */.YOg(schemas/* object */.Ikc({
        line: schemas/* number */.aig().int(),
        table: schemas/* string */.YjP(),
        alias: schemas/* string */.YjP(),
        kind: schemas/* string */.YjP(),
        /** Columns of the joined side that the condition equates with the other side. */
        keys: schemas/* array */.YOg(schemas/* string */.YjP()),
        hasCondition: schemas/* boolean */.zMY(),
    })),
    /** Columns inside a function or cast in a WHERE, with the relations that SELECT reads. */
    filterFunctions: schemas/* array */.YOg(schemas/* object */.Ikc({
        line: schemas/* number */.aig().int(),
        column: schemas/* string */.YjP(),
        qualifier: schemas/* string */.YjP(),
        function: schemas/* string */.YjP(),
        tables: schemas/* array */.YOg(TableSchema),
    })),
    ctes: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        line: schemas/* number */.aig().int(),
        /** How many FROM and JOIN clauses read it. */
        reads: schemas/* number */.aig().int(),
        /** Output names of its GROUP BY keys (`group by 1` and `group by all` resolved); null without GROUP BY or when a key has no name. */
        groupBy: schemas/* array */.YOg(schemas/* string */.YjP()).nullable(),
        distinct: schemas/* boolean */.zMY(),
        /** The one relation it reads, when it is a plain SELECT from one relation without GROUP BY. */
        from: schemas/* string */.YjP().nullable(),
    })),
});

;// CONCATENATED MODULE: ./src/adapters/dbt/sql-shape-script.ts
// The Python half of the SQL optimization checks, run like the SQL verdict (`python -I -c`, in the dbt
// sandbox, because the SQL is model-written): sqlglot parses; the decisions are made in src/optimize/.
const SQL_SHAPE_SCRIPT = String.raw `
"""Reads {dialect, models: [{id, sql}]} as JSON on stdin; writes {sqlglot, results: [...]} on stdout, one
result per model: either {error} or the shape of its SQL with 1-based source lines:
  finalStars: stars through which an upstream relation's columns reach the outermost SELECT(s) (a UNION's
    branches included), followed through the model's CTEs
  joins: every JOIN with the joined table, its alias, and the columns of the joined side in the condition
  filterFunctions: columns wrapped in a function inside a WHERE, with the tables that SELECT reads
  ctes: every CTE with its line, how often it is read, its GROUP BY columns (output names; null when one has
    none) and whether it is DISTINCT
"""
import json
import sys

import sqlglot
from sqlglot import exp


def line_of(node):
    for candidate in [node, *node.find_all(exp.Identifier)]:
        line = candidate.meta.get("line") if candidate.meta else None
        if line:
            return line
    this = node.args.get("this") if isinstance(node, exp.Expression) else None
    return this.meta.get("line", 0) if isinstance(this, exp.Expression) and this.meta else 0


def outer_selects(tree):
    node = tree
    if isinstance(node, exp.Subquery):
        node = node.this
    if isinstance(node, exp.Select):
        return [node]
    if isinstance(node, exp.SetOperation):
        return outer_selects(node.left) + outer_selects(node.right)
    return []


def star_of(projection):
    if isinstance(projection, exp.Star):
        return {"line": line_of(projection) or projection.meta.get("line", 0), "qualifier": ""}
    if isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star):
        return {"line": line_of(projection), "qualifier": projection.table}
    return None


def sources_of(select):
    """(alias, relation) of each FROM and JOIN: a table's name, or a subquery's SELECT."""
    found = []
    clause = select.args.get("from_") if select.args.get("from_") is not None else select.args.get("from")
    relations = ([clause.this] if clause is not None else []) + [j.this for j in select.args.get("joins") or []]
    for relation in relations:
        if isinstance(relation, exp.Table):
            found.append((relation.alias_or_name.lower(), relation.name))
        elif isinstance(relation, exp.Subquery):
            found.append((relation.alias_or_name.lower(), relation.this))
    return found


def reaching_stars(select, bodies, blame, outer, seen):
    """Stars whose columns reach the final projection from a relation outside the model. A star is followed
    through the CTEs (and subqueries) it reads; "select * from final" alone passes its CTE's columns through
    and is not blamed, so each finding sits on the star that lets an upstream model's columns in (the outermost
    such star, or the final one when every step passes through)."""
    found = []
    sources = sources_of(select)
    passes_through = len(sources) == 1 and len(select.expressions) == 1
    for projection in select.expressions:
        star = star_of(projection)
        if not star:
            continue
        star_outer = outer or star
        star_blame = blame or (None if passes_through else star)
        qualifier = star["qualifier"].lower()
        for alias, relation in sources:
            if qualifier and alias != qualifier:
                continue
            if isinstance(relation, exp.Expression):
                inner = outer_selects(relation)
                inner_seen = seen
            elif relation.lower() in bodies and relation.lower() not in seen:
                inner = outer_selects(bodies[relation.lower()])
                inner_seen = seen | {relation.lower()}
            else:
                found.append(star_blame or star_outer)
                continue
            for inner_select in inner:
                found += reaching_stars(inner_select, bodies, star_blame, star_outer, inner_seen)
    return found


def tables_of(select):
    found = []
    sources = []
    if select.args.get("from_") is not None:
        sources.append(select.args["from_"].this)
    elif select.args.get("from") is not None:
        sources.append(select.args["from"].this)
    sources += [join.this for join in select.args.get("joins") or []]
    for source in sources:
        if isinstance(source, exp.Table):
            found.append({"name": source.name, "alias": source.alias_or_name})
    return found


def joined_keys(join, alias):
    keys = [ident.name for ident in join.args.get("using") or []]
    condition = join.args.get("on")
    if condition is not None:
        for eq in condition.find_all(exp.EQ):
            for side in (eq.left, eq.right):
                if isinstance(side, exp.Column) and side.table in (alias, ""):
                    other = eq.right if side is eq.left else eq.left
                    if isinstance(other, exp.Column) and other.table not in (alias,):
                        keys.append(side.name)
    return sorted(set(keys))


def joins_of(tree):
    joins = []
    for select in tree.find_all(exp.Select):
        for join in select.args.get("joins") or []:
            table = join.this
            if not isinstance(table, exp.Table):
                continue
            alias = table.alias_or_name
            kind = " ".join(part for part in [join.side, join.kind] if part).lower() or "inner"
            joins.append(
                {
                    "line": line_of(table),
                    "table": table.name,
                    "alias": alias,
                    "kind": kind,
                    "keys": joined_keys(join, alias),
                    "hasCondition": join.args.get("on") is not None or bool(join.args.get("using")),
                }
            )
    return joins


def filter_functions(tree):
    found = []
    for where in tree.find_all(exp.Where):
        select = where.parent
        tables = tables_of(select) if isinstance(select, exp.Select) else []
        for column in where.find_all(exp.Column):
            if isinstance(column.this, exp.Star):
                continue
            node = column.parent
            function = None
            while node is not None and node is not where:
                if isinstance(node, (exp.Select, exp.Subquery)):
                    function = None
                    break
                if isinstance(node, (exp.Func, exp.Cast)) and not isinstance(node, (exp.And, exp.Or)):
                    function = node.sql_name() if hasattr(node, "sql_name") else type(node).__name__
                    if isinstance(node, exp.Anonymous):
                        function = node.name
                node = node.parent
            if function:
                found.append(
                    {
                        "line": line_of(column),
                        "column": column.name,
                        "qualifier": column.table,
                        "function": str(function).lower(),
                        "tables": tables,
                    }
                )
    return found


def group_keys(select, group):
    """The output names a GROUP BY groups on: by name, by position (group by 1) or by expression; all the
    non-aggregate columns for GROUP BY ALL. None when one of them has no name to join on."""
    projections = select.expressions
    if group.args.get("all"):
        chosen = [p for p in projections if not p.find(exp.AggFunc)]
    else:
        chosen = []
        for key in group.expressions:
            if isinstance(key, exp.Literal) and not key.is_string and key.name.isdigit():
                index = int(key.name) - 1
                if not 0 <= index < len(projections):
                    return None
                chosen.append(projections[index])
            elif isinstance(key, exp.Column):
                chosen.append(key)
            else:
                same = [p for p in projections if isinstance(p, exp.Alias) and p.this == key]
                if not same:
                    return None
                chosen.append(same[0])
    names = [p.alias_or_name for p in chosen]
    return names if all(names) and not any(isinstance(p, exp.Star) for p in chosen) else None


def ctes_of(tree):
    ctes = []
    reads = {}
    names = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        if not table.args.get("db") and table.name in names:
            reads[table.name] = reads.get(table.name, 0) + 1
    for cte in tree.find_all(exp.CTE):
        body = cte.this
        group = body.args.get("group") if isinstance(body, exp.Select) else None
        group_columns = group_keys(body, group) if group else None
        single = None
        if isinstance(body, exp.Select) and not body.args.get("joins") and group is None:
            sources = tables_of(body)
            if len(sources) == 1:
                single = sources[0]["name"]
        ctes.append(
            {
                "name": cte.alias_or_name,
                "line": line_of(cte.args["alias"]) if cte.args.get("alias") else line_of(cte),
                "reads": reads.get(cte.alias_or_name, 0),
                "groupBy": group_columns,
                "distinct": bool(isinstance(body, exp.Select) and body.args.get("distinct")),
                "from": single,
            }
        )
    return ctes


def shape(sql, dialect):
    statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    if len(statements) != 1:
        return {"error": "expected one statement, found %d" % len(statements)}
    tree = statements[0]
    bodies = {cte.alias_or_name.lower(): cte.this for cte in tree.find_all(exp.CTE)}
    stars = []
    for select in outer_selects(tree):
        for star in reaching_stars(select, bodies, None, None, frozenset()):
            if star not in stars:
                stars.append(star)
    return {
        "finalStars": stars,
        "joins": joins_of(tree),
        "filterFunctions": filter_functions(tree),
        "ctes": ctes_of(tree),
    }


def main():
    request = json.load(sys.stdin)
    results = []
    for model in request["models"]:
        try:
            results.append(shape(model["sql"], request.get("dialect")))
        except Exception as error:  # a parse error is an answer, not a crash
            results.append({"error": str(error).splitlines()[0][:300] if str(error) else type(error).__name__})
    json.dump({"sqlglot": sqlglot.__version__, "results": results}, sys.stdout)


main()
`;

;// CONCATENATED MODULE: ./src/adapters/dbt/sqlglot-shape-reader.ts





const sqlglot_shape_reader_OutputSchema = schemas/* object */.Ikc({
    sqlglot: schemas/* string */.YjP(),
    results: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* object */.Ikc({ error: schemas/* string */.YjP() }), SqlShapeSchema])),
});
/** The SQL optimization checks' parser: sqlglot beside dbt, in the sandbox (the SQL is model-written). */
class SqlglotShapeReader {
    python;
    constructor(options, runner) {
        this.python = new SandboxedPython(options, runner);
    }
    async read(request) {
        if (request.models.length === 0)
            return { results: [] };
        const result = await this.python.run(SQL_SHAPE_SCRIPT, sqlglot_shape_reader_OutputSchema, {
            cwd: '/',
            input: JSON.stringify(request),
        });
        if ('failed' in result)
            return { notRun: sqlParserNotRun(result, this.python.python) };
        if (result.answer.results.length !== request.models.length)
            return { notRun: 'the SQL parser answered in an unexpected shape' };
        return { results: result.answer.results };
    }
}

// EXTERNAL MODULE: ./src/adapters/git/git.ts
var git_git = __webpack_require__(6619);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/history/history-store.ts

/** Tickets kept in the file; beyond it the entries finished longest ago are dropped. */
const DEFAULT_HISTORY_LIMIT = 5000;
const TEXT = schemas/* string */.YjP().max(2000);
const EntrySchema = schemas/* object */.Ikc({
    status: schemas/* string */.YjP().min(1).max(200),
    at: schemas/* string */.YjP().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date'),
    prUrl: TEXT.optional(),
    runUrl: TEXT.optional(),
});
const FileSchema = schemas/* object */.Ikc({ version: schemas/* literal */.euz(1), tickets: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) });
/**
 * Reads `history.json`. A damaged file or entry is dropped rather than failing the run: the worst outcome
 * is a ticket tried once more, and the next `record` rewrites the file whole.
 */
function parseHistory(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return { entries: new Map(), problems: [`history.json is not JSON (${String(error)})`] };
    }
    const file = FileSchema.safeParse(json);
    if (!file.success) {
        return { entries: new Map(), problems: ['history.json is not a version 1 history file'] };
    }
    const entries = new Map();
    const problems = [];
    for (const [key, raw] of Object.entries(file.data.tickets)) {
        const entry = EntrySchema.safeParse(raw);
        if (entry.success)
            entries.set(key, entry.data);
        else
            problems.push(`history entry for ${key} is malformed and was ignored`);
    }
    return { entries, problems };
}
/** The history with `key` set to `entry`, trimmed to `limit` tickets by dropping the oldest outcomes. */
function withOutcome(history, key, entry, limit = DEFAULT_HISTORY_LIMIT) {
    const next = new Map(history);
    next.delete(key);
    next.set(key, EntrySchema.parse(entry));
    if (next.size <= limit)
        return next;
    const newestFirst = [...next].sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at));
    // The entry being recorded always survives, even if its clock is behind the others.
    const kept = new Map(newestFirst.filter(([k]) => k !== key).slice(0, Math.max(0, limit - 1)));
    kept.set(key, next.get(key) ?? entry);
    return kept;
}
/** Stable, diff-friendly JSON: keys sorted, one ticket per line group. */
function serializeHistory(history) {
    const tickets = Object.fromEntries([...history].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${JSON.stringify({ version: 1, tickets }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/adapters/git/git-history-store.ts





const HISTORY_BRANCH = 'autopilot-history';
const HISTORY_FILE = 'history.json';
/** A push lost the race: someone updated the branch between our fetch and our push. */
const LEASE_LOST = /stale info|fetch first|non-fast-forward|cannot lock ref|incorrect old value|failed to update ref/i;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * `HistoryStore` on an orphan branch of the remote holding one `history.json`. Reads fetch the branch;
 * writes build a commit in a temporary index on top of the fetched head and push it with a lease, so the
 * user's HEAD, index and working tree are never touched, and two matrix jobs finishing together both land:
 * the loser re-fetches, re-applies its one entry and pushes again.
 */
class GitHistoryStore {
    options;
    git;
    remote;
    branch;
    limit;
    maxAttempts;
    sleep;
    constructor(options) {
        this.options = options;
        this.git = options.git;
        this.remote = options.remote ?? 'origin';
        this.branch = options.branch ?? HISTORY_BRANCH;
        this.limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
        this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
        this.sleep = options.sleep ?? defaultSleep;
    }
    async read() {
        const head = await this.fetchHead();
        return head ? this.readAt(head) : new Map();
    }
    async record(key, entry) {
        for (let attempt = 1;; attempt++) {
            const head = await this.fetchHead();
            const current = head ? await this.readAt(head) : new Map();
            const next = withOutcome(current, key, entry, this.limit);
            const commit = await this.commit(head, serializeHistory(next), `${key}: ${entry.status}\n`);
            const pushed = await this.push(commit, head);
            if (pushed === 'pushed')
                return;
            if (attempt >= this.maxAttempts) {
                throw new Error(`Could not record ${key} in the \`${this.branch}\` branch: it kept moving under ${this.maxAttempts} attempts ` +
                    '(other jobs recording at the same time). Lower the matrix `max-parallel` or re-run the job.');
            }
            await this.sleep(100 * attempt + Math.floor(Math.random() * 250));
        }
    }
    /** The branch head fetched from the remote, or undefined when the branch does not exist yet. */
    async fetchHead() {
        // Deepening a shallow checkout is fine; making a full one shallow (`--depth` on it) would not be.
        const shallow = (await this.git.output(['rev-parse', '--is-shallow-repository'])) === 'true';
        const ref = `refs/heads/${this.branch}`;
        const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), this.remote, ref];
        const fetched = await this.git.run(args, { allowFailure: true });
        if (fetched.exitCode !== 0) {
            if (/couldn't find remote ref/i.test(fetched.stderr))
                return undefined;
            throw new git_git/* GitError */.XS(args, fetched.exitCode, fetched.stderr);
        }
        return this.git.output(['rev-parse', '--verify', 'FETCH_HEAD^{commit}']);
    }
    async readAt(head) {
        const shown = await this.git.run(['show', `${head}:${HISTORY_FILE}`], { allowFailure: true });
        if (shown.exitCode !== 0)
            return new Map();
        const { entries, problems } = parseHistory(shown.stdout);
        for (const problem of problems)
            this.options.log?.warn(`Autopilot history: ${problem}.`);
        return entries;
    }
    async commit(parent, content, message) {
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'autopilot-history-'));
        try {
            const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(scratch, 'index') };
            await this.git.run(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env });
            const file = (0,external_node_path_.join)(scratch, HISTORY_FILE);
            await (0,promises_.writeFile)(file, content, 'utf8');
            const blob = await this.git.output(['hash-object', '-w', '--no-filters', file]);
            await this.git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${HISTORY_FILE}`], { env });
            const tree = await this.git.output(['write-tree'], { env });
            const messageFile = (0,external_node_path_.join)(scratch, 'message');
            await (0,promises_.writeFile)(messageFile, message, 'utf8');
            const parents = parent ? ['-p', parent] : [];
            return await this.git.output(['commit-tree', '--no-gpg-sign', tree, ...parents, '-F', messageFile]);
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    async push(commit, expected) {
        const ref = `refs/heads/${this.branch}`;
        const result = await this.git.run(['push', '--porcelain', `--force-with-lease=${ref}:${expected ?? ''}`, this.remote, `${commit}:${ref}`], { allowFailure: true });
        if (result.exitCode === 0)
            return 'pushed';
        const output = `${result.stdout}\n${result.stderr}`;
        if (LEASE_LOST.test(output))
            return 'lease-lost';
        throw new Error(`Could not push the \`${this.branch}\` branch: ${result.stderr.trim() || result.stdout.trim()}\n` +
            'Give the workflow `permissions: contents: write` (and leave the branch unprotected) so Autopilot can remember outcomes.');
    }
}

// EXTERNAL MODULE: ./src/adapters/git/git-hardening.ts
var git_hardening = __webpack_require__(24904);
// EXTERNAL MODULE: ./src/policy/parse-policy.ts
var parse_policy = __webpack_require__(17960);
// EXTERNAL MODULE: ./src/policy/policy-source.ts
var policy_source = __webpack_require__(35894);
;// CONCATENATED MODULE: ./src/adapters/git/git-policy-source.ts







/**
 * Fetches one commit shallowly into a throwaway repository and prints the file from it: works for any ref
 * (branch, tag, sha) and for private repositories the token can read, without the REST API.
 */
class GitPolicySource {
    runner;
    options;
    constructor(runner, options) {
        this.runner = runner;
        this.options = options;
    }
    async read(ref) {
        const server = this.options.serverUrl.replace(/\/+$/, '');
        const url = `${server}/${ref.owner}/${ref.repo}.git`;
        const env = {
            GIT_TERMINAL_PROMPT: '0',
            LC_ALL: 'C',
            ...(0,git_git/* authConfigEnv */.uG)(this.options.token, server, process.env),
        };
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'autopilot-policy-'));
        const git = async (args) => {
            const result = await this.runner.run('git', (0,git_hardening.hardenedGitArgs)(args), {
                cwd: dir,
                env,
                timeoutMs: this.options.timeoutMs ?? 60_000,
            });
            if (result.exitCode === 0)
                return result.stdout;
            const why = result.exitCode === 127 ? 'git is not installed or not on PATH' : this.redact(result.stderr.trim());
            throw new parse_policy/* PolicyError */.p(`Could not read the base policy ${(0,policy_source/* describePolicyRef */.F)(ref)} (git ${args[0]} failed${result.timedOut ? ', timed out' : ''}): ${why}. ` +
                'Check that the repository, path and ref exist and that the token can read that repository.');
        };
        try {
            await git(['init', '--quiet']);
            await git(['fetch', '--quiet', '--depth', '1', '--no-tags', url, ref.ref]);
            return await git(['show', `FETCH_HEAD:${ref.path}`]);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    redact(text) {
        const token = this.options.token;
        if (!token)
            return text;
        const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
        return text.split(token).join('***').split(basic).join('***');
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var classic_errors = __webpack_require__(961);
// EXTERNAL MODULE: ./src/backlog/backlog-item.ts
var backlog_item = __webpack_require__(34210);
;// CONCATENATED MODULE: ./src/backlog/labelled-issue.ts

/**
 * The priority a code host's issue carries in a label: `priority:high`, `priority: Low`, `priority/blocker`,
 * or GitLab's scoped `priority::high`; the most urgent wins, and none means Medium.
 */
function priorityFromLabels(labels) {
    const levels = labels
        .map((label) => /^priority\s*(?:::|[:/-])\s*(\w+)$/i.exec(label.trim())?.[1])
        .filter((level) => level !== undefined)
        .map((level) => (0,backlog_item/* normalizePriority */.cF)(level));
    return levels.sort((a, b) => (0,backlog_item/* priorityRank */.Dk)(a) - (0,backlog_item/* priorityRank */.Dk)(b))[0] ?? 'Medium';
}
/** A GitHub or GitLab issue as a backlog item, keyed `#<number>`. */
function labelledIssueItem(issue) {
    const createdAt = (0,backlog_item/* isoTime */.Ly)(issue.createdAt) ?? issue.createdAt;
    return {
        key: `#${issue.number}`,
        title: issue.title,
        priority: priorityFromLabels(issue.labels),
        createdAt,
        updatedAt: (0,backlog_item/* isoTime */.Ly)(issue.updatedAt) ?? createdAt,
        labels: [...issue.labels],
    };
}

// EXTERNAL MODULE: ./src/adapters/github/request-error.ts
var request_error = __webpack_require__(52856);
;// CONCATENATED MODULE: ./src/adapters/github/github-backlog-source.ts




const IssueSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig(),
    title: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    updated_at: schemas/* string */.YjP(),
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP().nullish() })]))
        .default([])
        .transform((labels) => labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean)),
    pull_request: schemas/* unknown */.L5J().optional(),
});
const PullSchema = schemas/* object */.Ikc({
    head: schemas/* object */.Ikc({ ref: schemas/* string */.YjP(), repo: schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() }).nullish() }),
});
/**
 * Open issues carrying every label in `query` (comma-separated), pull requests left out. Priority comes
 * from a `priority:<level>` label (`priorityFromLabels`); none means Medium.
 */
class GitHubBacklogSource {
    options;
    octokit;
    constructor(options) {
        this.options = options;
        this.octokit = options.client;
    }
    async list(labels) {
        const { owner, repo } = this.options;
        const maxPages = this.options.maxPages ?? 20;
        const items = [];
        let pages = 0;
        try {
            const iterator = this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
                owner,
                repo,
                state: 'open',
                labels,
                per_page: 100,
            });
            for await (const response of iterator) {
                pages += 1;
                for (const raw of response.data) {
                    const issue = IssueSchema.parse(raw);
                    if (issue.pull_request !== undefined && issue.pull_request !== null)
                        continue;
                    items.push(toItem(issue));
                }
                if (pages >= maxPages) {
                    this.options.log?.warn(`More than ${pages * 100} open issues carry ${labels}; only the first ${pages} pages are planned. Narrow the label.`);
                    break;
                }
            }
        }
        catch (error) {
            throw toBacklogError(error, `issues labelled ${labels}`, `${owner}/${repo}`, 'issues: read');
        }
        return items;
    }
}
class GitHubOpenPullRequests {
    options;
    octokit;
    constructor(options) {
        this.options = options;
        this.octokit = options.client;
    }
    async listOpenHeads() {
        const { owner, repo } = this.options;
        const full = `${owner}/${repo}`.toLowerCase();
        const heads = [];
        let pages = 0;
        try {
            const iterator = this.octokit.paginate.iterator(this.octokit.rest.pulls.list, {
                owner,
                repo,
                state: 'open',
                per_page: 100,
            });
            for await (const response of iterator) {
                pages += 1;
                for (const raw of response.data) {
                    const pull = PullSchema.parse(raw);
                    const from = pull.head.repo?.full_name.toLowerCase();
                    if (from === undefined || from === full)
                        heads.push(pull.head.ref);
                }
                if (pages >= (this.options.maxPages ?? 20))
                    break;
            }
        }
        catch (error) {
            throw toBacklogError(error, 'open pull requests', `${owner}/${repo}`, 'pull-requests: read');
        }
        return heads;
    }
}
function toItem(issue) {
    const { number, title, created_at: createdAt, updated_at: updatedAt, labels } = issue;
    return labelledIssueItem({ number, title, createdAt, updatedAt, labels });
}
function toBacklogError(error, what, repository, permission) {
    if (error instanceof classic_errors/* ZodError */.G)
        return new backlog_item/* BacklogError */.Kb(`GitHub answered for ${what} with an unexpected shape: check \`GITHUB_API_URL\`.`);
    const failure = (0,request_error/* readGitHubFailure */.g3)(error, {
        action: `listing ${what}`,
        repository,
        permissions: `\`${permission}\` (set \`permissions:\` in the job)`,
    });
    return new backlog_item/* BacklogError */.Kb(failure.message);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/adapters/github/github-client.ts




const DEFAULT_RETRY_POLICY = {
    retries: 2,
    unitMs: 1000,
    rateLimitRetries: 1,
    maxRetryAfterSeconds: 60,
};
// Answers a retry cannot change; 429 is left to the throttling plugin, which honours Retry-After.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * Builds the GitHub client. 5xx answers and dropped connections are retried `retries` times with a
 * growing wait; a rate limit is retried `rateLimitRetries` times when GitHub asks for a wait of at most
 * `maxRetryAfterSeconds`, else the call fails at once with GitHub's answer, which the request-error
 * mapper turns into "retry later". Writes are serialized but not spaced: a run makes a handful of them,
 * and spacing each by seconds (the plugin's default) would only slow every run down.
 */
function createGitHubClient(options) {
    const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const onLimit = (kind) => (retryAfter, _request, _octokit, retryCount) => {
        if (retryCount >= policy.rateLimitRetries || retryAfter > policy.maxRetryAfterSeconds)
            return false;
        options.log?.warn(`GitHub ${kind} hit: retrying in ${retryAfter} s.`);
        return true;
    };
    const serialized = () => new (light_default()).Group({ maxConcurrent: 1 });
    // An explicit baseUrl: @actions/github resolves its default from the environment at import time.
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        retry: { retries: policy.retries, retryAfterBaseValue: policy.unitMs, doNotRetry: DO_NOT_RETRY },
        throttle: {
            retryAfterBaseValue: policy.unitMs,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            write: serialized(),
            notifications: serialized(),
            search: serialized(),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./src/tickets/ticket.ts
var ticket = __webpack_require__(71653);
;// CONCATENATED MODULE: ./src/adapters/github/github-issue-source.ts



const github_issue_source_IssueSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig(),
    title: schemas/* string */.YjP(),
    body: schemas/* string */.YjP().nullish(),
    html_url: schemas/* string */.YjP().optional(),
    updated_at: schemas/* string */.YjP().nullish(),
    state: schemas/* string */.YjP().optional(),
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP().nullish() })]))
        .default([])
        .transform((labels) => labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean)),
    milestone: schemas/* object */.Ikc({ title: schemas/* string */.YjP() }).nullish().catch(undefined),
    assignees: schemas/* array */.YOg(schemas/* object */.Ikc({ login: schemas/* string */.YjP() }))
        .nullish()
        .catch(undefined),
    pull_request: schemas/* unknown */.L5J().optional(),
});
/** Reads `#42` from the repository's GitHub issues through Octokit. */
class GitHubIssueSource {
    octokit;
    owner;
    repo;
    constructor(github) {
        this.octokit = github.client;
        this.owner = github.owner;
        this.repo = github.repo;
    }
    async fetch(key) {
        const number = /^#?(\d{1,10})$/.exec(key.trim())?.[1];
        if (!number)
            throw new ticket/* TicketError */.F('invalid', `'${key}' is not a GitHub issue reference: pass one like #42`);
        const ref = `#${Number(number)}`;
        const where = `${ref} in ${this.owner}/${this.repo}`;
        let data;
        try {
            const response = await this.octokit.rest.issues.get({
                owner: this.owner,
                repo: this.repo,
                issue_number: Number(number),
            });
            data = response.data;
        }
        catch (error) {
            throw toTicketError(error, where, `${this.owner}/${this.repo}`);
        }
        const parsed = github_issue_source_IssueSchema.safeParse(data);
        if (!parsed.success) {
            throw new ticket/* TicketError */.F('unavailable', `GitHub answered for ${where} with something that is not an issue: check the API URL`);
        }
        const issue = parsed.data;
        if (issue.pull_request !== undefined && issue.pull_request !== null) {
            throw new ticket/* TicketError */.F('invalid', `${where} is a pull request, not an issue: pass the issue it implements (or comment \`/autopilot <instruction>\` on the PR to revise it)`);
        }
        const fields = {};
        if (issue.state)
            fields['State'] = issue.state;
        if (issue.milestone)
            fields['Milestone'] = issue.milestone.title;
        if (issue.assignees && issue.assignees.length > 0) {
            fields['Assignees'] = issue.assignees.map((assignee) => assignee.login).join(', ');
        }
        return {
            key: `#${issue.number}`,
            source: 'github',
            title: issue.title,
            body: issue.body ?? '',
            labels: issue.labels,
            url: issue.html_url,
            fields,
            updated: issue.updated_at ?? undefined,
        };
    }
}
const TICKET_KINDS = {
    unauthorized: 'unauthorized',
    forbidden: 'forbidden',
    'not-found': 'not-found',
    'rate-limited': 'rate-limited',
    'invalid-request': 'invalid',
    unavailable: 'unavailable',
};
function toTicketError(error, where, repository) {
    const failure = (0,request_error/* readGitHubFailure */.g3)(error, {
        action: `reading ${where}`,
        repository,
        permissions: '`issues: read` (set `permissions:` in the workflow)',
        notFound: `GitHub has no issue ${where}, or \`github-token\` cannot read it: check the number, that issues are enabled, and the token's \`issues: read\` permission.`,
    });
    return new ticket/* TicketError */.F(TICKET_KINDS[failure.kind], failure.message, failure.retryAfterMs);
}

// EXTERNAL MODULE: ./src/adapters/actions/artifact-store.ts
var artifact_store = __webpack_require__(5944);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/adapters/github/repo-adapter.ts

/**
 * What every adapter on one repository shares: the client, the `{ owner, repo }` every call takes, and one
 * way to fail (the action, the repository and the permissions the token needs, through `publishing`).
 */
class RepoAdapter {
    permissions;
    octokit;
    repo;
    constructor(github, permissions) {
        this.permissions = permissions;
        this.octokit = github.client;
        this.repo = { owner: github.owner, repo: github.repo };
    }
    call(action, fn) {
        return (0,request_error/* publishing */.Kc)(action, `${this.repo.owner}/${this.repo.repo}`, this.permissions, fn);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/audit-fallback.ts





/** The branch the `branch` fallback commits to: one folder per bundle, never merged anywhere. */
const AUDIT_BRANCH = 'autopilot-audit';
const CONTENTS_WRITE = '`contents: write` (set `permissions:` in the workflow)';
const shaSchema = schemas/* object */.Ikc({ sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/) });
const refSchema = schemas/* object */.Ikc({ object: shaSchema });
const commitSchema = schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), tree: shaSchema });
const releaseSchema = schemas/* object */.Ikc({ id: schemas/* number */.aig(), html_url: schemas/* string */.YjP(), upload_url: schemas/* string */.YjP() });
const assetSchema = schemas/* object */.Ikc({ browser_download_url: schemas/* string */.YjP() });
/** Never throws: like the artifact upload, a failed fallback is a warning, not a failed run. */
class FallbackStore extends RepoAdapter {
    options;
    constructor(github, options) {
        super(github, CONTENTS_WRITE);
        this.options = options;
    }
    async upload(name, files, rootDir, _retentionDays) {
        try {
            return await this.store(name, await readBundle(files, rootDir));
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return {
                uploaded: false,
                reason: `${this.kind} fallback failed: ${message}; the bundle stays in ${rootDir}`,
            };
        }
    }
}
async function readBundle(files, rootDir) {
    return Promise.all(files.map(async (file) => ({
        path: external_node_path_default().relative(rootDir, external_node_path_default().resolve(rootDir, file)).split((external_node_path_default()).sep).join('/'),
        content: await (0,promises_.readFile)(external_node_path_default().resolve(rootDir, file)),
    })));
}
/**
 * The bundle as a commit on `autopilot-audit` (created as an orphan branch the first time), in a folder
 * named like the artifact would be: the files stay readable and `verify-audit` runs on a checkout of it.
 */
class BranchAuditStore extends FallbackStore {
    kind = 'branch';
    constructor(github, options) {
        super(github, options);
    }
    async store(name, bundle) {
        const branch = this.options.branch ?? AUDIT_BRANCH;
        const head = await this.branchHead(branch);
        const tree = [];
        for (const file of bundle) {
            const blob = await this.call(`uploading ${file.path} of the audit bundle`, () => this.octokit.rest.git.createBlob({
                ...this.repo,
                content: file.content.toString('base64'),
                encoding: 'base64',
            }));
            tree.push({
                path: `${name}/${file.path}`,
                mode: '100644',
                type: 'blob',
                sha: shaSchema.parse(blob.data).sha,
            });
        }
        const created = await this.call('creating the audit tree', () => this.octokit.rest.git.createTree({ ...this.repo, tree, ...(head ? { base_tree: head.tree } : {}) }));
        const commit = await this.call('committing the audit bundle', () => this.octokit.rest.git.createCommit({
            ...this.repo,
            message: `Audit bundle ${name}`,
            tree: shaSchema.parse(created.data).sha,
            parents: head ? [head.sha] : [],
        }));
        const sha = shaSchema.parse(commit.data).sha;
        if (head) {
            await this.call(`moving branch "${branch}"`, () => this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: false }));
        }
        else {
            await this.call(`creating branch "${branch}"`, () => this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha }));
        }
        const server = this.options.serverUrl.replace(/\/+$/, '');
        return {
            uploaded: true,
            where: 'branch',
            url: `${server}/${this.repo.owner}/${this.repo.repo}/tree/${encodeURIComponent(branch)}/${encodeURIComponent(name)}`,
        };
    }
    async branchHead(branch) {
        const ref = await this.call(`reading branch "${branch}"`, () => this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` }).catch((error) => {
            // No branch yet: the first bundle starts it.
            if (error.status === 404)
                return undefined;
            throw error;
        }));
        if (!ref)
            return undefined;
        const sha = refSchema.parse(ref.data).object.sha;
        const commit = await this.call(`reading branch "${branch}"`, () => this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: sha }));
        return { sha, tree: commitSchema.parse(commit.data).tree.sha };
    }
}
/**
 * The bundle as one zip asset of a draft release: a draft creates no tag, notifies no watcher and is seen
 * only by those who can push, the same people who can read the workflow's artifacts.
 */
class ReleaseAuditStore extends FallbackStore {
    kind = 'release';
    constructor(github, options) {
        super(github, options);
    }
    async store(name, bundle) {
        const zip = Buffer.from((0,esm/* zipSync */.L)(Object.fromEntries(bundle.map((file) => [`${name}/${file.path}`, new Uint8Array(file.content)]))));
        const release = await this.call('creating the audit release', () => this.octokit.rest.repos.createRelease({
            ...this.repo,
            tag_name: name,
            name: `Autopilot audit bundle ${name}`,
            body: 'The audit bundle of one Autopilot run (this server has no workflow artifacts). Verify it with `npx dbt-autopilot verify-audit <folder> --expect <hash>`.',
            draft: true,
        }));
        const { id, html_url: htmlUrl } = releaseSchema.parse(release.data);
        const asset = await this.call('uploading the audit bundle to the release', () => this.octokit.rest.repos.uploadReleaseAsset({
            ...this.repo,
            release_id: id,
            name: `${name}.zip`,
            // Octokit sends a Buffer as it is; its type asks for a string.
            data: zip,
            headers: { 'content-type': 'application/zip', 'content-length': zip.length },
            baseUrl: uploadBase(releaseSchema.parse(release.data).upload_url),
        }));
        return {
            uploaded: true,
            where: 'release',
            url: assetSchema.parse(asset.data).browser_download_url || htmlUrl,
        };
    }
}
/**
 * Octokit's `uploadReleaseAsset` posts to `{baseUrl}/repos/…/releases/{id}/assets`; the release names its
 * upload root (`https://uploads.github.com`, or `https://<host>/api/uploads` on GHES) in `upload_url`.
 */
function uploadBase(uploadUrl) {
    const root = uploadUrl
        .replace(/\{[^}]*\}$/, '')
        .replace(/\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/, '');
    return root;
}

;// CONCATENATED MODULE: ./src/adapters/github/github-repository.ts


const permissionSchema = schemas/* object */.Ikc({ permission: schemas/* string */.YjP() });
const commentSchema = schemas/* object */.Ikc({ id: schemas/* number */.aig(), html_url: schemas/* string */.YjP() });
const pullSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig(),
    state: schemas/* enum */.k5n(['open', 'closed']),
    html_url: schemas/* string */.YjP(),
    body: schemas/* string */.YjP().nullable(),
    head: schemas/* object */.Ikc({ ref: schemas/* string */.YjP(), repo: schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() }).nullable() }),
    base: schemas/* object */.Ikc({ ref: schemas/* string */.YjP(), repo: schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() }) }),
});
const listedCommentSchema = schemas/* object */.Ikc({
    id: schemas/* number */.aig(),
    body: schemas/* string */.YjP().nullish(),
    created_at: schemas/* string */.YjP(),
    user: schemas/* object */.Ikc({ login: schemas/* string */.YjP(), type: schemas/* string */.YjP().optional() }).nullable(),
});
const statusSchema = schemas/* object */.Ikc({ status: schemas/* number */.aig() });
/** The trigger stage's view of the repository through Octokit: permissions, comments, pull requests. */
class GitHubRepository extends RepoAdapter {
    constructor(github) {
        super(github, '`issues: write` and `pull-requests: read` (set `permissions:` in the workflow)');
    }
    async permission(user) {
        return this.call(`checking ${user}'s permission`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
                    ...this.repo,
                    username: user,
                });
                return permissionSchema.parse(data).permission;
            }
            catch (error) {
                // GitHub answers 404 for a login that is not a user at all: no permission.
                if (statusSchema.safeParse(error).data?.status === 404)
                    return 'none';
                throw error;
            }
        });
    }
    async create(issueNumber, body) {
        return this.call(`commenting on #${issueNumber}`, async () => {
            const { data } = await this.octokit.rest.issues.createComment({
                ...this.repo,
                issue_number: issueNumber,
                body,
            });
            const comment = commentSchema.parse(data);
            return { id: comment.id, url: comment.html_url };
        });
    }
    async update(commentId, body) {
        await this.call(`updating comment ${commentId}`, () => this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }));
    }
    async list(issueNumber) {
        return this.call(`reading the comments on #${issueNumber}`, async () => {
            const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
                ...this.repo,
                issue_number: issueNumber,
                per_page: 100,
            });
            return schemas/* array */.YOg(listedCommentSchema)
                .parse(data)
                .map((comment) => ({
                id: comment.id,
                login: comment.user?.login ?? '',
                bot: comment.user?.type === 'Bot' || (comment.user?.login ?? '').endsWith('[bot]'),
                body: comment.body ?? '',
                createdAt: comment.created_at,
            }));
        });
    }
    async getPullRequest(number) {
        return this.call(`reading pull request #${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number });
            const pull = pullSchema.parse(data);
            return {
                number: pull.number,
                state: pull.state,
                url: pull.html_url,
                body: pull.body ?? '',
                head: pull.head.ref,
                base: pull.base.ref,
                headRepository: pull.head.repo?.full_name ?? null,
                baseRepository: pull.base.repo.full_name,
            };
        });
    }
}

// EXTERNAL MODULE: ./src/publish/publish-error.ts
var publish_error = __webpack_require__(27619);
;// CONCATENATED MODULE: ./src/adapters/github/octokit-code-host.ts




/** `CodeHost` through the GitHub REST and GraphQL APIs. */
class OctokitCodeHost extends RepoAdapter {
    constructor(github) {
        super(github, request_error/* PULL_REQUEST_PERMISSIONS */.RJ);
    }
    async findOpenPullRequest(head, base) {
        return this.call('finding the open pull request', async () => {
            const { data } = await this.octokit.rest.pulls.list({
                ...this.repo,
                state: 'open',
                head: `${this.repo.owner}:${head}`,
                base,
                per_page: 10,
            });
            const found = data.find((pull) => pull.head.ref === head && pull.base.ref === base);
            return found ? toPullRequest(found) : undefined;
        });
    }
    async createPullRequest(input) {
        return this.call('creating the pull request', async () => {
            const { data } = await this.octokit.rest.pulls.create({ ...this.repo, ...input });
            return toPullRequest(data);
        });
    }
    async updatePullRequest(number, changes) {
        return this.call(`updating pull request #${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, ...changes });
            return toPullRequest(data);
        });
    }
    async setDraft(pr, draft) {
        const mutation = draft ? 'convertPullRequestToDraft' : 'markPullRequestReadyForReview';
        const action = draft
            ? `converting pull request #${pr.number} to a draft`
            : `marking pull request #${pr.number} ready for review`;
        const data = await this.call(action, () => 
        // Octokit derives the endpoint from baseUrl: <root>/graphql, and on GHES …/api/v3 → …/api/graphql.
        this.octokit.graphql(`mutation($id: ID!) { ${mutation}(input: { pullRequestId: $id }) { pullRequest { id isDraft } } }`, { id: pr.nodeId }));
        const answer = draftMutationSchema.safeParse(data);
        const changed = answer.data?.[mutation];
        if (!changed) {
            throw new publish_error/* PublishError */.S('unavailable', `GitHub answered ${action} without the pull request's draft state: ${JSON.stringify(data)}. Retry the run.`);
        }
        return { ...pr, draft: changed.pullRequest.isDraft };
    }
    async getDefaultBranch() {
        return this.call('reading the repository', async () => {
            const { data } = await this.octokit.rest.repos.get(this.repo);
            return data.default_branch;
        });
    }
    async requestReviewers(number, request) {
        if (request.reviewers.length === 0 && request.teamReviewers.length === 0)
            return;
        await this.call(`requesting reviewers on pull request #${number}`, () => this.octokit.rest.pulls.requestReviewers({
            ...this.repo,
            pull_number: number,
            reviewers: [...request.reviewers],
            team_reviewers: [...request.teamReviewers],
        }));
    }
    async addLabels(number, labels) {
        if (labels.length === 0)
            return;
        await this.call(`labelling pull request #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels: [...labels] }));
    }
    async postReview(number, review) {
        return this.call(`posting the review on pull request #${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.createReview({
                ...this.repo,
                pull_number: number,
                event: 'COMMENT',
                body: review.body,
                ...(review.commitSha ? { commit_id: review.commitSha } : {}),
                comments: review.comments.map((comment) => ({
                    path: comment.path,
                    line: comment.line,
                    side: 'RIGHT',
                    body: comment.body,
                })),
            });
            return { id: data.id, url: data.html_url };
        });
    }
}
const draftPayloadSchema = schemas/* object */.Ikc({ pullRequest: schemas/* object */.Ikc({ isDraft: schemas/* boolean */.zMY() }) });
const draftMutationSchema = schemas/* object */.Ikc({
    markPullRequestReadyForReview: draftPayloadSchema.optional(),
    convertPullRequestToDraft: draftPayloadSchema.optional(),
});
function toPullRequest(data) {
    return {
        number: data.number,
        nodeId: data.node_id,
        url: data.html_url,
        draft: data.draft ?? false,
        title: data.title,
        body: data.body ?? '',
        head: data.head.ref,
        base: data.base.ref,
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/octokit-commit-api.ts



const octokit_commit_api_CONTENTS_WRITE = '`contents: write` (set `permissions:` in the workflow)';
const octokit_commit_api_shaSchema = schemas/* object */.Ikc({ sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/) });
const octokit_commit_api_commitSchema = octokit_commit_api_shaSchema.extend({
    verification: schemas/* object */.Ikc({ verified: schemas/* boolean */.zMY(), reason: schemas/* string */.YjP() }).loose().optional(),
});
const octokit_commit_api_refSchema = schemas/* object */.Ikc({ object: octokit_commit_api_shaSchema });
/**
 * `CommitApi` through GitHub's Git Data API: a blob per changed file, a tree on the base tree, a commit
 * with no author or committer (GitHub then signs it as the token's identity), and the branch ref.
 */
class OctokitCommitApi extends RepoAdapter {
    constructor(github) {
        super(github, octokit_commit_api_CONTENTS_WRITE);
    }
    async createCommit(request) {
        const { branch } = request;
        const tree = [];
        for (const file of request.files) {
            if ('deleted' in file) {
                tree.push({ path: file.path, mode: '100644', type: 'blob', sha: null });
                continue;
            }
            const blob = await this.call(`uploading ${file.path}`, () => this.octokit.rest.git.createBlob({
                ...this.repo,
                content: file.content.toString('base64'),
                encoding: 'base64',
            }));
            tree.push({
                path: file.path,
                mode: file.mode,
                type: 'blob',
                sha: parse(octokit_commit_api_shaSchema, blob.data, 'blob').sha,
            });
        }
        const created = await this.call('creating the tree', () => this.octokit.rest.git.createTree({
            ...this.repo,
            base_tree: request.baseTree,
            // An entry with `sha: null` removes the path from the base tree.
            tree,
        }));
        const commit = await this.call('creating the commit', () => this.octokit.rest.git.createCommit({
            ...this.repo,
            message: request.message,
            tree: parse(octokit_commit_api_shaSchema, created.data, 'tree').sha,
            parents: [request.baseSha],
        }));
        const made = parse(octokit_commit_api_commitSchema, commit.data, 'commit');
        await this.moveBranch(branch, made.sha, request);
        return {
            sha: made.sha,
            verified: made.verification?.verified ?? false,
            reason: made.verification?.reason ?? 'unknown',
        };
    }
    /** Creates the branch, or moves it when it is still where this run saw it (the API has no lease). */
    async moveBranch(branch, sha, request) {
        const moved = new publish_error/* PublishError */.S('branch-moved', `Branch "${branch}" changed on GitHub while Autopilot was publishing (someone else pushed to it). ` +
            'Nothing was pushed; re-run Autopilot to rebuild the branch from the latest state.');
        const raced = (pattern) => (error) => {
            if (error instanceof publish_error/* PublishError */.S && error.status === 422 && pattern.test(error.message))
                throw moved;
            throw error;
        };
        if (request.previousSha === undefined) {
            await this.call(`creating branch "${branch}"`, () => this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha })).catch(raced(/already exists/i));
            return;
        }
        const current = await this.call(`reading branch "${branch}"`, () => this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` })).catch((error) => {
            if (error instanceof publish_error/* PublishError */.S && error.status === 404)
                throw moved;
            throw error;
        });
        if (parse(octokit_commit_api_refSchema, current.data, 'ref').object.sha !== request.previousSha)
            throw moved;
        await this.call(`updating branch "${branch}"`, () => this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: request.force })).catch(raced(/fast forward/i));
    }
}
function parse(schema, data, what) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    throw new publish_error/* PublishError */.S('unavailable', `GitHub answered creating the ${what} without what Autopilot needs: ${JSON.stringify(data).slice(0, 300)}. Retry the run.`);
}

;// CONCATENATED MODULE: ./src/adapters/github/octokit-pull-request-reviews.ts


const ReviewCommentSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP(),
    line: schemas/* number */.aig().nullish(),
    original_line: schemas/* number */.aig().nullish(),
    body: schemas/* string */.YjP(),
    user: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).nullable(),
    created_at: schemas/* string */.YjP(),
    author_association: schemas/* string */.YjP(),
});
const CommitSchema = schemas/* object */.Ikc({
    sha: schemas/* string */.YjP(),
    commit: schemas/* object */.Ikc({
        message: schemas/* string */.YjP(),
        committer: schemas/* object */.Ikc({ date: schemas/* string */.YjP() }).nullable(),
        author: schemas/* object */.Ikc({ date: schemas/* string */.YjP() }).nullable(),
    }),
    author: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).nullable(),
    committer: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).nullable(),
});
/** `PullRequestReviews` through Octokit, following pagination. */
class OctokitPullRequestReviews extends RepoAdapter {
    constructor(github) {
        super(github, '`pull-requests: read`');
    }
    async listReviewComments(prNumber) {
        const raw = await this.call(`reading the review comments of #${prNumber}`, () => this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, {
            ...this.repo,
            pull_number: prNumber,
            per_page: 100,
        }));
        return schemas/* array */.YOg(ReviewCommentSchema)
            .parse(raw)
            .map((c) => ({
            path: c.path,
            line: c.line ?? undefined,
            originalLine: c.original_line ?? undefined,
            body: c.body,
            user: c.user?.login ?? 'ghost',
            createdAt: c.created_at,
            association: c.author_association,
        }));
    }
    async listCommits(prNumber) {
        const raw = await this.call(`reading the commits of #${prNumber}`, () => this.octokit.paginate(this.octokit.rest.pulls.listCommits, {
            ...this.repo,
            pull_number: prNumber,
            per_page: 100,
        }));
        return schemas/* array */.YOg(CommitSchema)
            .parse(raw)
            .map((c) => ({
            sha: c.sha,
            message: c.commit.message,
            authorLogin: c.author?.login,
            committerLogin: c.committer?.login,
            date: c.commit.committer?.date ?? c.commit.author?.date ?? '',
        }));
    }
}

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 2 modules
var dist = __webpack_require__(80342);
;// CONCATENATED MODULE: ./src/adapters/gitlab/gitlab-request-error.ts


/** What the token needs, said in every refusal. */
const TOKEN_NEEDS = 'a project access token (or personal token) with the `api` and `write_repository` scopes and at least the Developer role';
/** A failed GitLab call as a `PublishError` that says what to do; `action` is what we were doing. */
function gitlabError(action, project, error) {
    if (error instanceof publish_error/* PublishError */.S)
        return error;
    if (error instanceof dist/* GitbeakerRetryError */.xQt)
        return new publish_error/* PublishError */.S('unavailable', `GitLab kept refusing ${action} (rate limited or unavailable): ${error.message} Retry the run later.`);
    if (error instanceof dist/* GitbeakerTimeoutError */._dR)
        return new publish_error/* PublishError */.S('unavailable', `GitLab did not answer ${action} in time. Retry the run.`);
    if (!(error instanceof dist/* GitbeakerRequestError */.UNz)) {
        const reason = error instanceof Error ? error.message : String(error);
        return new publish_error/* PublishError */.S('unavailable', `Could not reach GitLab while ${action}: ${reason}. Check \`gitlab-url\` (CI_SERVER_URL) and the network.`);
    }
    const status = error.cause?.response.status;
    const said = error.cause?.description || error.message;
    switch (status) {
        case 401:
            return new publish_error/* PublishError */.S('unauthorized', `GitLab rejected the token while ${action} (401: ${said}). Set \`GITLAB_TOKEN\` (input \`gitlab-token\`) to ${TOKEN_NEEDS}; it may have expired.`, status);
        case 403:
            return new publish_error/* PublishError */.S('forbidden', `GitLab refused ${action} in ${project} (403: ${said}). The token needs ${TOKEN_NEEDS}.`, status);
        case 404:
            return new publish_error/* PublishError */.S('not-found', `GitLab found no project \`${project}\` while ${action} (404), or the token cannot see it. Check \`gitlab-project\` (CI_PROJECT_PATH) and that the token has ${TOKEN_NEEDS}.`, status);
        default:
            return new publish_error/* PublishError */.S(status !== undefined && status >= 500 ? 'unavailable' : 'invalid-request', `GitLab refused ${action} (${status ?? 'no status'}: ${said}).`, status);
    }
}

;// CONCATENATED MODULE: ./src/adapters/gitlab/gitlab-backlog-source.ts





const gitlab_backlog_source_IssueSchema = schemas/* object */.Ikc({
    iid: schemas/* number */.aig().int(),
    title: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    updated_at: schemas/* string */.YjP(),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
});
/**
 * The project's open issues carrying every label in `labels` (comma-separated). Priority from a
 * `priority::high` scoped label (or `priority:high`); none means Medium.
 */
class GitLabBacklogSource {
    target;
    maxPages;
    api;
    project;
    constructor(target, maxPages = 20) {
        this.target = target;
        this.maxPages = maxPages;
        this.api = new dist/* Gitlab */.mJr({ host: target.url, token: target.token });
        this.project = /^\d+$/.test(target.project) ? Number(target.project) : target.project;
    }
    async list(labels) {
        let found;
        try {
            found = await this.api.Issues.all({
                projectId: this.project,
                state: 'opened',
                labels,
                perPage: 100,
                maxPages: this.maxPages,
            });
        }
        catch (error) {
            const failure = gitlabError(`listing the issues labelled ${labels}`, this.target.project, error);
            throw new backlog_item/* BacklogError */.Kb(failure.message.replace('`write_repository` scopes', '`read_api` scopes'));
        }
        const parsed = schemas/* array */.YOg(gitlab_backlog_source_IssueSchema).safeParse(found);
        if (!parsed.success)
            throw new backlog_item/* BacklogError */.Kb(`GitLab answered for the issues labelled ${labels} with an unexpected shape: check \`gitlab-url\` (CI_SERVER_URL).`);
        return parsed.data.map(gitlab_backlog_source_toItem);
    }
}
function gitlab_backlog_source_toItem(issue) {
    const { iid: number, title, created_at: createdAt, updated_at: updatedAt, labels } = issue;
    return labelledIssueItem({ number, title, createdAt, updatedAt, labels });
}

;// CONCATENATED MODULE: ./src/adapters/gitlab/gitlab-code-host.ts




const MergeRequestSchema = schemas/* object */.Ikc({
    iid: schemas/* number */.aig().int(),
    web_url: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().nullable(),
    draft: schemas/* boolean */.zMY().optional(),
    work_in_progress: schemas/* boolean */.zMY().optional(),
    source_branch: schemas/* string */.YjP(),
    target_branch: schemas/* string */.YjP(),
});
/** GitLab marks a draft by the title's prefix; the API has no draft flag to set. */
const DRAFT_PREFIX = /^\s*(?:\[draft\]|\(draft\)|draft:|draft\s-\s)\s*/i;
/**
 * `CodeHost` as GitLab merge requests, through the REST API v4 (`@gitbeaker/rest`); for the backlog, the
 * source branches of the project's open merge requests (`OpenPullRequests`).
 */
class GitLabCodeHost {
    target;
    api;
    project;
    constructor(target) {
        this.target = target;
        this.api = new dist/* Gitlab */.mJr({ host: target.url, token: target.token });
        this.project = /^\d+$/.test(target.project) ? Number(target.project) : target.project;
    }
    async findOpenPullRequest(head, base) {
        const found = await this.call('finding the open merge request', () => this.api.MergeRequests.all({
            projectId: this.project,
            state: 'opened',
            sourceBranch: head,
            targetBranch: base,
            perPage: 10,
            maxPages: 1,
        }));
        const match = schemas/* array */.YOg(MergeRequestSchema)
            .parse(found)
            .find((mr) => mr.source_branch === head && mr.target_branch === base);
        return match && gitlab_code_host_toPullRequest(match);
    }
    async listOpenHeads() {
        const open = await this.call('listing the open merge requests', () => this.api.MergeRequests.all({ projectId: this.project, state: 'opened', perPage: 100 }));
        return schemas/* array */.YOg(MergeRequestSchema)
            .parse(open)
            .map((mr) => mr.source_branch);
    }
    async createPullRequest(input) {
        const created = await this.call('creating the merge request', () => this.api.MergeRequests.create(this.project, input.head, input.base, titled(input.title, input.draft), {
            description: input.body,
            removeSourceBranch: true,
        }));
        return gitlab_code_host_toPullRequest(MergeRequestSchema.parse(created));
    }
    async updatePullRequest(number, changes) {
        const current = await this.show(number);
        // The title keeps the draft state the merge request has; `setDraft` changes it.
        const updated = await this.call(`updating merge request !${number}`, () => this.api.MergeRequests.edit(this.project, number, {
            title: titled(changes.title, current.draft),
            description: changes.body,
        }));
        return gitlab_code_host_toPullRequest(MergeRequestSchema.parse(updated));
    }
    async setDraft(pr, draft) {
        const updated = await this.call(draft ? `marking merge request !${pr.number} as a draft` : `marking merge request !${pr.number} ready`, () => this.api.MergeRequests.edit(this.project, pr.number, { title: titled(pr.title, draft) }));
        return gitlab_code_host_toPullRequest(MergeRequestSchema.parse(updated));
    }
    async getDefaultBranch() {
        const project = await this.call('reading the project', () => this.api.Projects.show(this.project));
        return schemas/* object */.Ikc({ default_branch: schemas/* string */.YjP() }).parse(project).default_branch;
    }
    async requestReviewers(number, request) {
        if (request.reviewers.length > 0) {
            const ids = await Promise.all(request.reviewers.map((username) => this.userId(username)));
            const current = await this.show(number);
            await this.call(`asking for reviewers on merge request !${number}`, () => this.api.MergeRequests.edit(this.project, number, {
                reviewerIds: [...new Set([...current.reviewerIds, ...ids])],
            }));
        }
        if (request.teamReviewers.length > 0) {
            throw new publish_error/* PublishError */.S('invalid-request', `GitLab has no team reviewers (${request.teamReviewers.join(', ')}): name users in the policy's reviewers, or use approval rules or CODEOWNERS for groups.`);
        }
    }
    async addLabels(number, labels) {
        if (labels.length === 0)
            return;
        await this.call(`labelling merge request !${number}`, () => this.api.MergeRequests.edit(this.project, number, { addLabels: labels.join(',') }));
    }
    async show(number) {
        const data = await this.call(`reading merge request !${number}`, () => this.api.MergeRequests.show(this.project, number));
        const mr = MergeRequestSchema.extend({
            reviewers: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* number */.aig() })).nullish(),
        }).parse(data);
        return { ...gitlab_code_host_toPullRequest(mr), reviewerIds: (mr.reviewers ?? []).map((user) => user.id) };
    }
    async userId(username) {
        const users = schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* number */.aig(), username: schemas/* string */.YjP() }))
            .parse(await this.call(`looking up user ${username}`, () => this.api.Users.all({ username })));
        const user = users.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
        if (!user)
            throw new publish_error/* PublishError */.S('not-found', `GitLab has no user \`${username}\` to ask for a review.`, 404);
        return user.id;
    }
    async call(action, request) {
        try {
            return await request();
        }
        catch (error) {
            throw gitlabError(action, this.target.project, error);
        }
    }
}
function titled(title, draft) {
    const plain = title.replace(DRAFT_PREFIX, '');
    return draft ? `Draft: ${plain}` : plain;
}
function gitlab_code_host_toPullRequest(mr) {
    return {
        number: mr.iid,
        nodeId: String(mr.iid),
        url: mr.web_url,
        draft: mr.draft ?? mr.work_in_progress ?? DRAFT_PREFIX.test(mr.title),
        title: mr.title.replace(DRAFT_PREFIX, ''),
        body: mr.description ?? '',
        head: mr.source_branch,
        base: mr.target_branch,
    };
}

;// CONCATENATED MODULE: ./src/adapters/gitlab/gitlab-issue-notes.ts



const NoteSchema = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    body: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP().optional(),
    system: schemas/* boolean */.zMY().optional(),
    author: schemas/* object */.Ikc({ username: schemas/* string */.YjP() }).nullish().catch(undefined),
});
/** Project and group access tokens act as these users; notes carry no bot flag. */
const BOT_USER = /^(?:project|group)_\d+_bot(?:_\w+)?$/;
/**
 * A GitLab issue's notes as the ticket's thread: the progress note and the clarifying question are notes
 * created once and edited by id; `list` reads them back (oldest first, system notes left out) for the answer.
 */
class GitLabIssueNotes {
    iid;
    api;
    project;
    constructor(target, iid) {
        this.iid = iid;
        this.api = new dist/* Gitlab */.mJr({ host: target.url, token: target.token });
        this.project = /^\d+$/.test(target.project) ? Number(target.project) : target.project;
    }
    async create(body) {
        const note = await this.call('adding a note to', () => this.api.IssueNotes.create(this.project, this.iid, body));
        return String(NoteSchema.parse(note).id);
    }
    async update(id, body) {
        await this.call('editing a note on', () => this.api.IssueNotes.edit(this.project, this.iid, Number(id), { body }));
    }
    async list() {
        const notes = await this.call('reading the notes of', () => this.api.IssueNotes.all(this.project, this.iid, { sort: 'asc', orderBy: 'created_at', perPage: 100 }));
        return schemas/* array */.YOg(NoteSchema)
            .parse(notes)
            .filter((note) => !note.system)
            .map((note) => ({
            id: String(note.id),
            author: note.author?.username ?? '',
            bot: BOT_USER.test(note.author?.username ?? ''),
            body: note.body,
            createdAt: note.created_at ?? '',
        }));
    }
    async call(action, run) {
        try {
            return await run();
        }
        catch (error) {
            throw gitlabError(`${action} issue #${this.iid}`, String(this.project), error);
        }
    }
}

;// CONCATENATED MODULE: ./src/adapters/gitlab/gitlab-issue-source.ts




const gitlab_issue_source_IssueSchema = schemas/* object */.Ikc({
    iid: schemas/* number */.aig().int(),
    title: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().nullish(),
    web_url: schemas/* string */.YjP().optional(),
    updated_at: schemas/* string */.YjP().nullish(),
    state: schemas/* string */.YjP().optional(),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    author: schemas/* object */.Ikc({ username: schemas/* string */.YjP() }).nullish().catch(undefined),
    milestone: schemas/* object */.Ikc({ title: schemas/* string */.YjP() }).nullish().catch(undefined),
    assignees: schemas/* array */.YOg(schemas/* object */.Ikc({ username: schemas/* string */.YjP() }))
        .nullish()
        .catch(undefined),
});
/** `#12` or `group/project#12`: the project's issue, or another project's. */
const GITLAB_ISSUE = /^(?:(?<project>[\w.-]+(?:\/[\w.-]+)+))?#(?<iid>\d{1,10})$/;
const READ_NEEDS = 'a token with the `read_api` (or `api`) scope and at least the Reporter role';
/** Reads a GitLab issue (`#12`, `group/project#12`) through the REST API v4 (`@gitbeaker/rest`). */
class GitLabIssueSource {
    target;
    api;
    constructor(target) {
        this.target = target;
        this.api = new dist/* Gitlab */.mJr({ host: target.url, token: target.token });
    }
    async fetch(key) {
        const match = GITLAB_ISSUE.exec(key.trim());
        if (!match?.groups)
            throw new ticket/* TicketError */.F('invalid', `'${key}' is not a GitLab issue reference: pass one like #12 or group/project#12`);
        const project = match.groups['project'] ?? this.target.project;
        const iid = Number(match.groups['iid']);
        const where = `issue #${iid} in ${project}`;
        let data;
        try {
            data = await this.api.Issues.show(iid, { projectId: /^\d+$/.test(project) ? Number(project) : project });
        }
        catch (error) {
            throw gitlab_issue_source_toTicketError(error, where, project);
        }
        const parsed = gitlab_issue_source_IssueSchema.safeParse(data);
        if (!parsed.success)
            throw new ticket/* TicketError */.F('unavailable', `GitLab answered for ${where} with something that is not an issue: check \`gitlab-url\` (CI_SERVER_URL)`);
        const issue = parsed.data;
        const fields = {};
        if (issue.state)
            fields['State'] = issue.state;
        if (issue.author)
            fields['Author'] = issue.author.username;
        if (issue.milestone)
            fields['Milestone'] = issue.milestone.title;
        if (issue.assignees && issue.assignees.length > 0)
            fields['Assignees'] = issue.assignees.map((assignee) => assignee.username).join(', ');
        return {
            key: match.groups['project'] ? `${project}#${issue.iid}` : `#${issue.iid}`,
            source: 'gitlab',
            title: issue.title,
            body: issue.description ?? '',
            labels: issue.labels,
            url: issue.web_url,
            fields,
            updated: issue.updated_at ?? undefined,
        };
    }
}
const KINDS = {
    unauthorized: 'unauthorized',
    forbidden: 'forbidden',
    'not-found': 'not-found',
    'rate-limited': 'rate-limited',
    'invalid-request': 'invalid',
};
function gitlab_issue_source_toTicketError(error, where, project) {
    const failure = gitlabError(`reading ${where}`, project, error);
    const kind = KINDS[failure.kind] ?? 'unavailable';
    const message = kind === 'not-found'
        ? `GitLab has no ${where}, or the token cannot see it (404): check the issue number, \`gitlab-project\` (CI_PROJECT_PATH), and that \`GITLAB_TOKEN\` is ${READ_NEEDS}.`
        : kind === 'unauthorized' || kind === 'forbidden'
            ? `GitLab refused reading ${where} (${failure.status ?? kind}): set \`GITLAB_TOKEN\` (input \`gitlab-token\`) to ${READ_NEEDS} on ${project}; it may have expired.`
            : failure.message;
    return new ticket/* TicketError */.F(kind, message);
}

// EXTERNAL MODULE: ./node_modules/jira.js/dist/cloud/createCloudClient.js + 560 modules
var createCloudClient = __webpack_require__(86238);
;// CONCATENATED MODULE: ./src/adapters/jira/jira-client.ts


/** jira.js refused its settings; `message` names the input to fix. The caller wraps it in its stage's error. */
class JiraSettingsProblem extends Error {
}
/** The one place a jira.js client is built: every Jira Cloud adapter calls through one of these. */
function createJiraClient(options) {
    try {
        return (0,createCloudClient/* createCloudClient */.F)({
            host: options.host.replace(/\/+$/, ''),
            auth: options.auth,
            onSchemaMismatch: options.onSchemaMismatch ?? 'warn',
        });
    }
    catch (error) {
        // jira.js validates its configuration with zod: an email that is not one, or a host that is not a URL.
        const fields = schemas/* object */.Ikc({ issues: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* array */.YOg(schemas/* unknown */.L5J()) })) }).safeParse(error);
        const paths = fields.success ? fields.data.issues.map((issue) => issue.path.join('.')) : [];
        throw new JiraSettingsProblem(paths.some((path) => path.includes('email'))
            ? '`jira-email` must be an email address'
            : '`jira-url` must be the site URL, e.g. https://acme.atlassian.net');
    }
}
/** The credentials the settings hold: an API token with its email, or a bearer token; none without them. */
function jiraAuth(jira) {
    if (jira.email && jira.apiToken)
        return { type: 'basic', email: jira.email, apiToken: jira.apiToken };
    if (jira.bearerToken)
        return { type: 'bearer', token: jira.bearerToken };
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/jira.js/dist/core/errors/predicates.js
var predicates = __webpack_require__(4675);
;// CONCATENATED MODULE: ./src/adapters/jira/jira-backlog-pages.ts


/** The fields a backlog item is made of, asked of both REST versions' search. */
const BACKLOG_FIELDS = ['summary', 'priority', 'created', 'updated', 'labels'];
const jira_backlog_pages_IssueSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    fields: schemas/* object */.Ikc({
        summary: schemas/* string */.YjP().nullish(),
        priority: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).nullish().catch(undefined),
        created: schemas/* string */.YjP(),
        updated: schemas/* string */.YjP(),
        labels: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    }),
});
/** The backlog a JQL query matches, page after page up to `maxPages` (the rest left out with a warning). */
async function readBacklog(paging) {
    const items = [];
    let cursor;
    for (let page = 1;; page += 1) {
        const result = await paging.search(cursor);
        for (const raw of result.issues)
            items.push(backlogItem(raw, paging.notAnIssue));
        cursor = result.next;
        // An empty page ends it too: a `total` that overstates (issues deleted meanwhile) cannot loop forever.
        if (cursor === undefined || result.issues.length === 0)
            return items;
        if (page >= paging.maxPages) {
            const matched = result.total === undefined ? `more than ${items.length}` : String(result.total);
            paging.log?.warn(`The backlog query matched ${matched} issues; only the first ${items.length}, the first ${paging.maxPages} pages, are planned. Narrow the JQL, or order it (ORDER BY priority DESC, created ASC) so the first pages are the ones that matter.`);
            return items;
        }
    }
}
function backlogItem(raw, notAnIssue) {
    const parsed = jira_backlog_pages_IssueSchema.safeParse(raw);
    if (!parsed.success)
        throw new backlog_item/* BacklogError */.Kb(notAnIssue);
    const { key, fields } = parsed.data;
    const createdAt = (0,backlog_item/* isoTime */.Ly)(fields.created) ?? fields.created;
    return {
        key,
        title: fields.summary ?? key,
        priority: (0,backlog_item/* normalizePriority */.cF)(fields.priority?.name),
        createdAt,
        updatedAt: (0,backlog_item/* isoTime */.Ly)(fields.updated) ?? createdAt,
        labels: fields.labels ?? [],
    };
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-backlog-source.ts





/** Lists a JQL backlog through jira.js (`GET /rest/api/3/search/jql`, paginated by `nextPageToken`). */
class JiraBacklogSource {
    options;
    client;
    host;
    pageSize;
    maxPages;
    constructor(options) {
        this.options = options;
        this.host = options.host.replace(/\/+$/, '');
        this.pageSize = options.pageSize ?? 100;
        this.maxPages = options.maxPages ?? 20;
        try {
            this.client = createJiraClient(options);
        }
        catch (error) {
            throw new backlog_item/* BacklogError */.Kb(`The Jira client refused its settings: ${error instanceof Error ? error.message : String(error)}.`);
        }
    }
    list(jql) {
        return readBacklog({
            search: async (nextPageToken) => {
                const result = await this.search(jql, nextPageToken);
                const next = result.isLast !== false ? undefined : (result.nextPageToken ?? undefined);
                return { issues: result.issues ?? [], next };
            },
            maxPages: this.maxPages,
            notAnIssue: `Jira at ${this.host} answered the backlog search with an issue lacking key, created or updated: is \`jira-url\` a Jira Cloud site?`,
            ...(this.options.log ? { log: this.options.log } : {}),
        });
    }
    async search(jql, nextPageToken) {
        try {
            return await this.client.issueSearch.searchAndReconsileIssuesUsingJql({
                jql,
                nextPageToken,
                maxResults: this.pageSize,
                fields: BACKLOG_FIELDS,
            });
        }
        catch (error) {
            throw this.toBacklogError(error, jql);
        }
    }
    toBacklogError(error, jql) {
        const where = `Jira at ${this.host}`;
        if ((0,predicates/* isAuthError */.HY)(error))
            return new backlog_item/* BacklogError */.Kb(`${where} rejected the credentials (HTTP 401): check \`jira-email\` and \`jira-api-token\`, or \`jira-bearer-token\`.`);
        if ((0,predicates/* isForbiddenError */.io)(error))
            return new backlog_item/* BacklogError */.Kb(`${where} refused the backlog search (HTTP 403): grant the account Browse projects on the queried projects.`);
        if ((0,predicates/* isRateLimitError */.kt)(error))
            return new backlog_item/* BacklogError */.Kb(`${where} rate-limited the backlog search: re-run later, or schedule the nightly at a quieter time.`);
        if ((0,predicates/* isNetworkError */.TX)(error))
            return new backlog_item/* BacklogError */.Kb(`Could not reach ${where} (${error.code ?? error.message}): check \`jira-url\` and that the runner can reach it.`);
        if ((0,predicates/* isApiError */.d7)(error)) {
            const body = schemas/* object */.Ikc({ errorMessages: schemas/* array */.YOg(schemas/* string */.YjP()) }).safeParse(error.body);
            const detail = body.success ? body.data.errorMessages.join('; ') : `HTTP ${error.status}`;
            return new backlog_item/* BacklogError */.Kb(`${where} refused the backlog JQL \`${jql}\`: ${detail}. Fix \`backlog-query\`.`);
        }
        return error instanceof Error ? error : new Error(String(error));
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/markdown-code.ts
/** Inline code whose fence is longer than any backtick run inside (both Jira rich-text readers write it). */
function codeSpan(text) {
    const ticks = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** The longest run of backticks in the text: a code fence must be longer. */
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}

;// CONCATENATED MODULE: ./src/adapters/jira/adf-to-markdown.ts


/**
 * Atlassian Document Format (Jira Cloud rich text) → markdown.
 *
 * The input is untrusted JSON from a tracker, so every node is narrowed one level at a time (never with a recursive
 * schema, which would recurse as deep as the input does) and the walk stops at `MAX_DEPTH`.
 */
const MAX_DEPTH = 100;
/** Shown where the walk stopped, so a reader knows content was left out rather than never written. */
const TOO_DEEP_NOTE = '[content nested more than 100 levels deep was omitted]';
const AttrsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J());
const NodeSchema = schemas/* object */.Ikc({
    type: schemas/* string */.YjP().catch('unknown'),
    text: schemas/* string */.YjP().optional().catch(undefined),
    attrs: AttrsSchema.optional().catch(undefined),
    marks: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional().catch(undefined),
    content: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional().catch(undefined),
});
const MarkSchema = schemas/* object */.Ikc({ type: schemas/* string */.YjP(), attrs: AttrsSchema.optional().catch(undefined) });
const INLINE_TYPES = new Set([
    'text',
    'mention',
    'emoji',
    'inlineCard',
    'hardBreak',
    'status',
    'date',
    'placeholder',
]);
function adfToMarkdown(document) {
    if (document === null || document === undefined)
        return '';
    if (typeof document === 'string')
        return document;
    const node = narrow(document);
    if (!node)
        return '';
    return renderBlocks([node], 0).trim();
}
function narrow(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const parsed = NodeSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
}
function children(node) {
    const nodes = [];
    for (const child of node.content ?? []) {
        const narrowed = narrow(child);
        if (narrowed)
            nodes.push(narrowed);
    }
    return nodes;
}
function attr(node, name) {
    return node.attrs?.[name];
}
function stringAttr(node, name) {
    const value = attr(node, name);
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function isInline(node) {
    if (INLINE_TYPES.has(node.type))
        return true;
    // An unknown leaf that carries text reads as text.
    return node.text !== undefined && node.content === undefined;
}
/** Renders sibling nodes as blocks separated by blank lines; runs of inline siblings form one paragraph. */
function renderBlocks(nodes, depth, separator = '\n\n') {
    if (depth > MAX_DEPTH)
        return TOO_DEEP_NOTE;
    const blocks = [];
    let inlineRun = [];
    const flush = () => {
        if (inlineRun.length > 0)
            blocks.push(renderInline(inlineRun, depth));
        inlineRun = [];
    };
    for (const node of nodes) {
        if (isInline(node)) {
            inlineRun.push(node);
            continue;
        }
        flush();
        blocks.push(renderBlock(node, depth));
    }
    flush();
    return blocks.filter((block) => block.trim() !== '').join(separator);
}
function renderBlock(node, depth) {
    const next = depth + 1;
    switch (node.type) {
        case 'paragraph':
            return renderInline(children(node), next);
        case 'heading': {
            const level = Math.min(6, Math.max(1, Math.trunc(Number(attr(node, 'level')) || 1)));
            return `${'#'.repeat(level)} ${renderInline(children(node), next)}`;
        }
        case 'bulletList':
        case 'orderedList':
            return renderList(node, next);
        case 'codeBlock':
            return renderCodeBlock(node);
        case 'blockquote':
            return quote(renderBlocks(children(node), next));
        case 'panel': {
            const kind = stringAttr(node, 'panelType') ?? 'info';
            const title = kind.charAt(0).toUpperCase() + kind.slice(1);
            return quote(`**${title}:**\n\n${renderBlocks(children(node), next)}`);
        }
        case 'expand':
        case 'nestedExpand': {
            const title = stringAttr(node, 'title');
            const body = renderBlocks(children(node), next);
            return title ? `**${title}**\n\n${body}` : body;
        }
        case 'table':
            return renderTable(node, next);
        case 'rule':
            return '---';
        default:
            return renderBlocks(children(node), next);
    }
}
function renderList(node, depth) {
    const ordered = node.type === 'orderedList';
    const start = Math.max(0, Math.trunc(Number(attr(node, 'order')) || 1));
    const items = children(node).map((item, index) => {
        const marker = ordered ? `${start + index}. ` : '- ';
        // A listItem holds blocks; anything else found in a list is rendered as if it were one.
        const content = item.type === 'listItem' ? children(item) : [item];
        const body = renderBlocks(content, depth + 1, '\n');
        return marker + indent(body, ' '.repeat(marker.length));
    });
    return items.join('\n');
}
function indent(text, prefix) {
    return text
        .split('\n')
        .map((line, index) => (index === 0 || line === '' ? line : prefix + line))
        .join('\n');
}
function quote(text) {
    return text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
}
function plainText(node, depth) {
    if (depth > MAX_DEPTH)
        return TOO_DEEP_NOTE;
    if (node.text !== undefined)
        return node.text;
    if (node.type === 'hardBreak')
        return '\n';
    return children(node)
        .map((child) => plainText(child, depth + 1))
        .join('');
}
function renderCodeBlock(node) {
    const code = plainText(node, 0);
    const language = stringAttr(node, 'language');
    const safeLanguage = language && /^[\w+#.-]{1,40}$/.test(language) ? language : '';
    // A fence longer than any backtick run inside the code cannot be closed early by it.
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
    return `${fence}${safeLanguage}\n${code}\n${fence}`;
}
function renderTable(node, depth) {
    const rows = children(node)
        .filter((row) => row.type === 'tableRow')
        .map((row) => children(row).map((cell) => tableCell(cell, depth + 1)));
    if (rows.length === 0)
        return '';
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    const line = (cells) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
    const [header = [], ...body] = rows;
    return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}
function tableCell(cell, depth) {
    return renderBlocks(children(cell), depth, ' ')
        .replace(/\|/g, '\\|')
        .replace(/\\\n/g, '<br>')
        .replace(/\n+/g, ' ')
        .trim();
}
function renderInline(nodes, depth) {
    if (depth > MAX_DEPTH)
        return TOO_DEEP_NOTE;
    return nodes.map((node) => renderInlineNode(node, depth)).join('');
}
function renderInlineNode(node, depth) {
    switch (node.type) {
        case 'text':
            return applyMarks(node.text ?? '', marksOf(node));
        case 'hardBreak':
            return '\\\n';
        case 'mention': {
            const text = stringAttr(node, 'text');
            if (text)
                return text.startsWith('@') ? text : `@${text}`;
            const id = stringAttr(node, 'id');
            return id ? `@${id}` : '@someone';
        }
        case 'emoji':
            return stringAttr(node, 'text') ?? stringAttr(node, 'shortName') ?? '';
        case 'inlineCard':
        case 'blockCard':
            return stringAttr(node, 'url') ?? '';
        case 'status':
            return stringAttr(node, 'text') ? `[${stringAttr(node, 'text')}]` : '';
        case 'date': {
            const timestamp = Number(attr(node, 'timestamp'));
            return Number.isFinite(timestamp) && Math.abs(timestamp) < 8.64e15
                ? new Date(timestamp).toISOString().slice(0, 10)
                : '';
        }
        default:
            if (node.content !== undefined)
                return renderInline(children(node), depth + 1);
            return node.text ?? '';
    }
}
function marksOf(node) {
    const marks = [];
    for (const mark of node.marks ?? []) {
        const parsed = MarkSchema.safeParse(mark);
        if (parsed.success)
            marks.push(parsed.data);
    }
    return marks;
}
function applyMarks(text, marks) {
    if (text === '' || marks.length === 0)
        return text;
    const has = (type) => marks.some((mark) => mark.type === type);
    // Emphasis markers must hug the text: `** bold**` is not bold, so whitespace stays outside them.
    const [, leading = '', core = '', trailing = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
    if (core === '')
        return text;
    let result = has('code') ? codeSpan(core) : core;
    if (has('strike'))
        result = `~~${result}~~`;
    if (has('em'))
        result = `_${result}_`;
    if (has('strong'))
        result = `**${result}**`;
    const href = marks.find((mark) => mark.type === 'link')?.attrs?.['href'];
    if (typeof href === 'string' && href !== '') {
        result = `[${result}](${/[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href})`;
    }
    return leading + result + trailing;
}

// EXTERNAL MODULE: ./src/tickets/limit-body.ts
var limit_body = __webpack_require__(25543);
;// CONCATENATED MODULE: ./src/adapters/jira/jira-issue-ticket.ts



/** Fields the later stages use; `*navigable` brings custom fields (acceptance criteria and the like) too. */
const ISSUE_FIELDS = [
    'summary',
    'description',
    'labels',
    'components',
    'priority',
    'issuetype',
    'status',
    'updated',
    '*navigable',
];
const JIRA_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;
/** Refuses what is not an issue key before any request is made. */
function checkJiraKey(key) {
    if (!JIRA_KEY.test(key))
        throw new ticket/* TicketError */.F('invalid', `'${key}' is not a Jira issue key: pass a key like DATA-123`);
}
/** One issue as both REST versions answer `GET issue/{key}?expand=names`. */
const jira_issue_ticket_IssueSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}),
    names: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().catch(undefined),
});
const named = schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).nullish().catch(undefined);
const FieldsSchema = schemas/* object */.Ikc({
    summary: schemas/* string */.YjP().nullish().catch(undefined),
    description: schemas/* unknown */.L5J(),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()).nullish().catch(undefined),
    components: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP() }))
        .nullish()
        .catch(undefined),
    priority: named,
    issuetype: named,
    status: named,
    updated: schemas/* string */.YjP().nullish().catch(undefined),
});
/** The issue as a ticket: summary, description and text custom fields, labels and the fields a reader sees. */
function issueToTicket(issue, host, text) {
    const fields = FieldsSchema.parse(issue.fields);
    const shown = {};
    if (fields.priority)
        shown['Priority'] = fields.priority.name;
    if (fields.issuetype)
        shown['Type'] = fields.issuetype.name;
    if (fields.status)
        shown['Status'] = fields.status.name;
    if (fields.components && fields.components.length > 0)
        shown['Components'] = fields.components.map((component) => component.name).join(', ');
    for (const [id, value] of Object.entries(issue.fields)) {
        if (!id.startsWith('customfield_'))
            continue;
        const name = issue.names?.[id];
        if (typeof name !== 'string' || name === '' || name in shown)
            continue;
        const markdown = text.customField(value);
        if (markdown !== undefined)
            shown[name] = markdown;
    }
    const updated = fields.updated ? Date.parse(fields.updated) : Number.NaN;
    return {
        key: issue.key,
        source: 'jira',
        title: fields.summary?.trim() || issue.key,
        body: (0,limit_body/* limitTicketBody */.YR)(text.description(fields.description)),
        labels: fields.labels ?? [],
        url: `${host}/browse/${issue.key}`,
        fields: shown,
        ...(Number.isNaN(updated) ? {} : { updated: new Date(updated).toISOString() }),
    };
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-cloud-source.ts






const AdfDocSchema = schemas/* object */.Ikc({ type: schemas/* literal */.euz('doc') });
const jira_cloud_source_defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Reads one issue from Jira Cloud through jira.js, retrying rate limits within a bounded wait. */
class JiraCloudSource {
    client;
    host;
    auth;
    maxRetries;
    maxWaitMs;
    sleep;
    requestTimeoutMs;
    constructor(options) {
        this.host = options.host.replace(/\/+$/, '');
        this.auth = options.auth;
        this.maxRetries = options.maxRateLimitRetries ?? 3;
        this.maxWaitMs = options.maxRetryWaitMs ?? 30_000;
        this.sleep = options.sleep ?? jira_cloud_source_defaultSleep;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
        try {
            this.client = createJiraClient(options);
        }
        catch (error) {
            if (!(error instanceof JiraSettingsProblem))
                throw error;
            throw new ticket/* TicketError */.F('invalid', `The Jira client refused its settings: ${error.message}`);
        }
    }
    async fetch(key) {
        checkJiraKey(key);
        return issueToTicket(await this.getIssue(key), this.host, ADF);
    }
    async getIssue(key) {
        for (let attempt = 0;; attempt += 1) {
            try {
                const raw = await this.withinTimeout(this.client.issues.getIssue({ issueIdOrKey: key, fields: ISSUE_FIELDS, expand: 'names' }), key);
                const parsed = jira_issue_ticket_IssueSchema.safeParse(raw);
                if (!parsed.success) {
                    throw new ticket/* TicketError */.F('unavailable', `Jira answered for ${key} without an issue key: is \`jira-url\` (${this.host}) a Jira Cloud site?`);
                }
                return parsed.data;
            }
            catch (error) {
                if ((0,predicates/* isRateLimitError */.kt)(error) && attempt < this.maxRetries) {
                    const waitMs = error.retryAfterMs ?? 1000 * 2 ** attempt;
                    if (waitMs <= this.maxWaitMs) {
                        await this.sleep(waitMs);
                        continue;
                    }
                }
                throw this.toTicketError(error, key, attempt);
            }
        }
    }
    async withinTimeout(request, key) {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => {
                const seconds = Math.round(this.requestTimeoutMs / 1000);
                reject(new ticket/* TicketError */.F('unavailable', `Jira at ${this.host} did not answer within ${seconds} s reading ${key}: check https://status.atlassian.com and that the runner can reach \`jira-url\`, then re-run`));
            }, this.requestTimeoutMs);
        });
        try {
            return await Promise.race([request, timeout]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    toTicketError(error, key, retries) {
        if (error instanceof ticket/* TicketError */.F)
            return error;
        const account = this.auth.type === 'basic' ? 'the account in `jira-email`' : 'the token in `jira-bearer-token`';
        if ((0,predicates/* isNotFoundError */.El)(error)) {
            return new ticket/* TicketError */.F('not-found', `Jira has no issue ${key}, or ${account} cannot see it: check the key and the account's Browse permission`);
        }
        if ((0,predicates/* isAuthError */.HY)(error)) {
            const inputs = this.auth.type === 'basic'
                ? '`jira-email` and `jira-api-token` (an API token from id.atlassian.com for that account), or use `jira-bearer-token`'
                : '`jira-bearer-token`, or use `jira-email` with `jira-api-token`';
            return new ticket/* TicketError */.F('unauthorized', `Jira at ${this.host} rejected the credentials (HTTP 401): check ${inputs}`);
        }
        if ((0,predicates/* isForbiddenError */.io)(error)) {
            return new ticket/* TicketError */.F('forbidden', `Jira refused ${account} access to ${key} (HTTP 403): grant it Browse projects on the project, or check that the site allows API tokens`);
        }
        if ((0,predicates/* isRateLimitError */.kt)(error)) {
            const wait = error.retryAfterMs === undefined ? '' : ` and asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s`;
            const tried = retries === 0 ? '' : ` after ${retries} retries`;
            return new ticket/* TicketError */.F('rate-limited', `Jira rate-limited the request for ${key}${tried}${wait}: re-run later, or fan out fewer tickets at once (lower the matrix \`max-parallel\`)`, error.retryAfterMs);
        }
        if ((0,predicates/* isServerError */.GQ)(error)) {
            return new ticket/* TicketError */.F('unavailable', `Jira at ${this.host} failed with HTTP ${error.status} reading ${key}: check https://status.atlassian.com and re-run`);
        }
        if ((0,predicates/* isNetworkError */.TX)(error)) {
            return new ticket/* TicketError */.F('unavailable', `Could not reach Jira at ${this.host} (${error.code ?? error.message}): check \`jira-url\` and that the runner can reach it`);
        }
        if ((0,predicates/* isApiError */.d7)(error)) {
            return new ticket/* TicketError */.F('invalid', `Jira refused the request for ${key} (HTTP ${error.status}): ${jiraMessages(error.body)}`);
        }
        return error;
    }
}
function jiraMessages(body) {
    const parsed = schemas/* object */.Ikc({
        errorMessages: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        errors: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    })
        .safeParse(body);
    if (!parsed.success)
        return typeof body === 'string' && body !== '' ? body.slice(0, 300) : 'no details given';
    const messages = [...(parsed.data.errorMessages ?? []), ...Object.values(parsed.data.errors ?? {})];
    return messages.length > 0 ? messages.join('; ') : 'no details given';
}
/** Cloud's rich text: ADF documents; a plain text custom field is taken as it is. */
const ADF = { description: adfToMarkdown, customField: customFieldText };
/** Text and rich-text custom fields only: pickers, numbers and sprints are not prose the model can use. */
function customFieldText(value) {
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value;
    if (AdfDocSchema.safeParse(value).success) {
        const markdown = adfToMarkdown(value);
        return markdown === '' ? undefined : markdown;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/publish/ticket-write-back.ts
/**
 * Which transition `wanted` names: a transition of that name first, else one that leads to a status of that
 * name (case and spacing ignored), so `In Review` finds "Send to review → In Review" too.
 */
function chooseTransition(transitions, wanted, currentStatus) {
    const norm = (text) => text.trim().replace(/\s+/g, ' ').toLowerCase();
    const target = norm(wanted);
    if (currentStatus !== undefined && norm(currentStatus) === target)
        return { kind: 'already', status: currentStatus };
    const found = transitions.find((transition) => norm(transition.name) === target) ??
        transitions.find((transition) => norm(transition.to) === target);
    if (found)
        return found;
    return {
        kind: 'missing',
        available: transitions.map((transition) => `${transition.name} → ${transition.to}`),
    };
}
/** Jira's remote-link body for the pull request (a GitLab merge request too), the same on Cloud and Data Center. */
function remoteLinkBody(link) {
    const gitlab = /\/-\/merge_requests\/\d+/.test(link.url);
    const origin = URL.canParse(link.url) ? new URL(link.url).origin : 'https://github.com';
    const what = gitlab ? 'Merge request' : 'Pull request';
    return {
        globalId: link.globalId,
        application: gitlab ? { type: 'com.gitlab', name: 'GitLab' } : { type: 'com.github', name: 'GitHub' },
        relationship: gitlab ? 'merge request' : 'pull request',
        object: {
            url: link.url,
            title: `${gitlab ? `MR !${link.number}` : `PR #${link.number}`}: ${link.title}`.slice(0, 255),
            summary: `${link.draft ? `Draft ${what.toLowerCase()}` : what} opened by Autopilot`,
            icon: { url16x16: `${origin}/favicon.ico`, title: gitlab ? 'GitLab' : 'GitHub' },
            status: { resolved: false },
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-cloud-refusal.ts

/** A jira.js failure writing to a Jira Cloud issue, worded with what to check. */
function explainCloudRefusal(error, call) {
    const { action, issueKey: key } = call;
    if ((0,predicates/* isApiError */.d7)(error)) {
        const hint = error.status === 401
            ? 'check `jira-email`/`jira-api-token` or `jira-bearer-token`'
            : error.status === 403 || error.status === 404
                ? `give the Jira account the Browse projects and ${call.permission} permissions on the project`
                : 'check https://status.atlassian.com and re-run';
        return new Error(`Jira refused to let Autopilot ${action} ${key} (HTTP ${error.status}): ${hint}.`);
    }
    if ((0,predicates/* isNetworkError */.TX)(error))
        return new Error(`Could not reach Jira at ${call.host} to ${action} ${key}: check \`jira-url\`.`);
    return error instanceof Error ? error : new Error(String(error));
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-transition-choice.ts


/** The issue's transitions as both Jira REST versions answer them. */
const TransitionsSchema = schemas/* object */.Ikc({
    transitions: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP(), to: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).optional() }))
        .default([]),
});
/** The issue's current status as both Jira REST versions answer `fields=status`. */
const StatusSchema = schemas/* object */.Ikc({
    fields: schemas/* object */.Ikc({ status: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).nullish() }),
});
/** Moves an issue to the wanted status (or transition name) when one of its offered transitions leads there. */
async function moveIssue(calls, wanted) {
    const [issue, offered] = await Promise.all([calls.readIssueStatus(), calls.readTransitions()]);
    const current = StatusSchema.safeParse(issue).data?.fields.status?.name;
    const transitions = TransitionsSchema.parse(offered).transitions.map((t) => ({
        id: t.id,
        name: t.name,
        to: t.to?.name ?? t.name,
    }));
    const chosen = chooseTransition(transitions, wanted, current);
    if ('kind' in chosen)
        return chosen;
    await calls.doTransition(chosen.id);
    return { kind: 'moved', transition: chosen.name, to: chosen.to };
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-cloud-write-back.ts




/** The pull request written back to a Jira Cloud ticket through jira.js: a remote link and a transition. */
class JiraCloudWriteBack {
    options;
    client;
    host;
    constructor(options) {
        this.options = options;
        this.host = options.host.replace(/\/+$/, '');
        this.client = createJiraClient(options);
    }
    async linkPullRequest(link) {
        try {
            await this.client.issueRemoteLinks.createOrUpdateRemoteIssueLink({
                issueIdOrKey: this.options.issueKey,
                ...remoteLinkBody(link),
            });
        }
        catch (error) {
            throw this.explain(error, 'link the pull request to', 'Link issues');
        }
    }
    async transition(wanted) {
        const issueIdOrKey = this.options.issueKey;
        try {
            return await moveIssue({
                readIssueStatus: () => this.client.issues.getIssue({ issueIdOrKey, fields: ['status'] }),
                readTransitions: () => this.client.issues.getTransitions({ issueIdOrKey }),
                doTransition: (id) => this.client.issues.doTransition({ issueIdOrKey, transition: { id } }),
            }, wanted);
        }
        catch (error) {
            throw this.explain(error, 'move', 'Transition issues');
        }
    }
    explain(error, action, permission) {
        return explainCloudRefusal(error, {
            host: this.host,
            issueKey: this.options.issueKey,
            action,
            permission,
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-comment-pages.ts

const PAGE_SIZE = 100;
/** A ticket with more comments than this is read up to here: the newest question is what matters. */
const MAX_COMMENTS = 5000;
/** A page of `GET issue/{key}/comment` in both REST versions, around each version's comment shape. */
function commentPageSchema(comment) {
    return schemas/* object */.Ikc({
        startAt: schemas/* number */.aig().optional(),
        total: schemas/* number */.aig().optional(),
        comments: schemas/* array */.YOg(comment),
    });
}
/**
 * An issue's comments, oldest first, page after page (`startAt`, `maxResults`, ordered by `created`, as both
 * REST versions page them) until the last, an empty page, or `MAX_COMMENTS`.
 */
async function readComments(page) {
    const out = [];
    while (out.length < MAX_COMMENTS) {
        const { comments, total } = await page({ startAt: out.length, maxResults: PAGE_SIZE, orderBy: 'created' });
        out.push(...comments);
        if (comments.length === 0 || (total !== undefined && out.length >= total))
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-comment-thread.ts





const CreatedSchema = schemas/* object */.Ikc({ id: schemas/* string */.YjP() });
const CommentPageSchema = commentPageSchema(schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    author: schemas/* object */.Ikc({ accountId: schemas/* string */.YjP(), accountType: schemas/* string */.YjP().optional() }).optional(),
    body: schemas/* unknown */.L5J(),
    // jira.js turns Jira's timestamps into Dates when it validates the response.
    created: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* date */.p6U()])
        .transform((value) => (typeof value === 'string' ? value : value.toISOString())),
}));
/**
 * A Jira Cloud ticket's comments through jira.js: the progress comment (ADF, edited in place), the question
 * comment, and reading the thread back for the reporter's answer.
 */
class JiraCommentThread {
    options;
    client;
    host;
    constructor(options) {
        this.options = options;
        this.host = options.host.replace(/\/+$/, '');
        this.client = createJiraClient(options);
    }
    async create(body) {
        try {
            const comment = await this.client.issueComments.addComment({
                issueIdOrKey: this.options.issueKey,
                body: markdownToAdf(visibleMarkers(body)),
            });
            return CreatedSchema.parse(comment).id;
        }
        catch (error) {
            throw this.explain(error, 'comment on');
        }
    }
    async update(id, body) {
        try {
            await this.client.issueComments.updateComment({
                issueIdOrKey: this.options.issueKey,
                id,
                body: { body: markdownToAdf(visibleMarkers(body)) },
            });
        }
        catch (error) {
            throw this.explain(error, 'update its comment on');
        }
    }
    async list() {
        const issueIdOrKey = this.options.issueKey;
        try {
            return await readComments(async (query) => {
                const page = CommentPageSchema.parse(await this.client.issueComments.getComments({ issueIdOrKey, ...query }));
                const comments = page.comments.map((comment) => ({
                    id: comment.id,
                    author: comment.author?.accountId ?? '',
                    bot: comment.author?.accountType === 'app',
                    body: adfToMarkdown(comment.body),
                    createdAt: comment.created,
                }));
                return { comments, ...(page.total !== undefined ? { total: page.total } : {}) };
            });
        }
        catch (error) {
            throw this.explain(error, 'read the comments of');
        }
    }
    explain(error, action) {
        return explainCloudRefusal(error, {
            host: this.host,
            issueKey: this.options.issueKey,
            action,
            permission: 'Add comments (Edit own comments)',
        });
    }
}
/** ADF has no hidden text: Autopilot's `<!-- autopilot:… -->` markers show as a small code mark instead. */
function visibleMarkers(markdown) {
    return markdown.replace(/<!--\s*(autopilot:[^<>`]*?)\s*-->/g, '`$1`');
}
// Order matters: an escape or entity is a character, never markup; a link label may sit inside bold, and a
// bare URL is tried last so `[t](u)` wins.
const INLINE = /\\(?<escaped>[!-/:-@[-`{-~])|&(?<entity>amp|lt|gt|quot|#39);|\*\*(?<bold>[^\n]+?)\*\*|\[(?<label>[^\]\n]+)\]\((?<href>https?:\/\/[^\s)]+)\)|`(?<code>[^`\n]+)`|(?<url>https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;
/** What `untrusted()` (src/report/markdown.ts) escapes as entities, back to the characters. */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** Markdown escapes and entities as the characters they stand for: an ADF text node is literal. */
function unescapeText(text) {
    return text.replace(/\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot|#39);/g, (_, escaped, entity) => escaped ?? ENTITIES[entity ?? ''] ?? '');
}
/**
 * The short markdown Autopilot writes in progress comments, as ADF: blank lines separate paragraphs,
 * single newlines become hard breaks, and `**bold**`, `` `code` ``, `[text](https://…)` and bare URLs get
 * their marks. Backslash escapes and the entities `untrusted()` writes become the characters themselves
 * (an escaped `\[` starts no link): ADF is structured, so a text node shows them literally and nothing in it
 * is markup. Anything else stays literal text, which is how Jira would show it anyway.
 */
function markdownToAdf(markdown) {
    const paragraphs = markdown
        .replace(/\r\n?/g, '\n')
        .split(/\n[ \t]*\n/)
        .map((block) => block.trim())
        .filter((block) => block !== '')
        .map((block) => {
        const content = [];
        block.split('\n').forEach((line, index) => {
            if (index > 0)
                content.push({ type: 'hardBreak' });
            content.push(...inline(line, []));
        });
        return { type: 'paragraph', content };
    });
    return { type: 'doc', version: 1, content: paragraphs };
}
function inline(text, marks) {
    const out = [];
    const plain = (piece, extra = []) => {
        if (piece === '')
            return;
        const all = [...marks, ...extra];
        out.push(all.length > 0 ? { type: 'text', text: piece, marks: all } : { type: 'text', text: piece });
    };
    let last = 0;
    for (const match of text.matchAll(INLINE)) {
        const groups = match.groups ?? {};
        plain(text.slice(last, match.index));
        last = match.index + match[0].length;
        if (groups.escaped !== undefined)
            plain(groups.escaped);
        else if (groups.entity !== undefined)
            plain(ENTITIES[groups.entity] ?? '');
        else if (groups.bold !== undefined)
            out.push(...inline(groups.bold, [...marks, { type: 'strong' }]));
        else if (groups.label !== undefined && groups.href !== undefined)
            plain(unescapeText(groups.label), [{ type: 'link', attrs: { href: groups.href } }]);
        else if (groups.code !== undefined) {
            // ADF allows `code` beside a link only: inside bold it drops the strong mark.
            const kept = marks.filter((mark) => mark.type === 'link');
            out.push({ type: 'text', text: groups.code, marks: [...kept, { type: 'code' }] });
        }
        else if (groups.url !== undefined)
            plain(groups.url, [{ type: 'link', attrs: { href: groups.url } }]);
    }
    plain(text.slice(last));
    return out;
}

// EXTERNAL MODULE: ./node_modules/ky/distribution/index.js + 14 modules
var distribution = __webpack_require__(19447);
// EXTERNAL MODULE: ./node_modules/ky/distribution/utils/type-guards.js
var type_guards = __webpack_require__(83201);
;// CONCATENATED MODULE: ./src/adapters/jira/jira-rest-v2-client.ts


const DEFAULT_JIRA_RETRY = { limit: 3, baseMs: 1000, maxWaitMs: 30_000 };
/** A Jira request that did not give what was asked; the adapter words it in its own stage's terms. */
class JiraRequestFailure extends Error {
    kind;
    detail;
    status;
    retryAfterMs;
    retries;
    constructor(kind, 
    /** What Jira said (its `errorMessages` and field errors), or why no answer came. */
    detail, status, retryAfterMs, 
    /** Retries made before giving up. */
    retries = 0) {
        super(status === undefined ? detail : `HTTP ${status}: ${detail}`);
        this.kind = kind;
        this.detail = detail;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.retries = retries;
    }
}
/**
 * Jira Data Center / Server REST API v2 (`/rest/api/2/…`), on `fetch` through ky: zod checks every answer,
 * and failures come back as one `JiraRequestFailure`. A POST is retried only after a 429 (Jira did not act
 * on it); a 5xx on a POST may have created the comment already.
 */
class JiraRestV2Client {
    host;
    http;
    constructor(options) {
        this.host = options.host.replace(/\/+$/, '');
        const policy = { ...DEFAULT_JIRA_RETRY, ...options.retry };
        const auth = options.auth.type === 'bearer'
            ? `Bearer ${options.auth.token}`
            : `Basic ${Buffer.from(`${options.auth.email}:${options.auth.apiToken}`).toString('base64')}`;
        this.http = distribution/* default */.Ay.create({
            headers: { authorization: auth, accept: 'application/json' },
            timeout: options.timeoutMs ?? 60_000,
            retry: {
                limit: policy.limit,
                methods: ['get', 'put', 'delete', 'post'],
                statusCodes: [429, 500, 502, 503, 504],
                afterStatusCodes: [429, 503],
                delay: (attempt) => policy.baseMs * 2 ** (attempt - 1),
                shouldRetry: ({ error }) => {
                    if ((0,type_guards/* isHTTPError */.nr)(error)) {
                        const wait = retryAfterMs(error.response.headers.get('retry-after'));
                        if (wait !== undefined && wait > policy.maxWaitMs)
                            return false;
                        if (error.request.method === 'POST')
                            return error.response.status === 429;
                        return undefined;
                    }
                    return (0,type_guards/* isNetworkError */.TX)(error) && error.request.method === 'POST' ? false : undefined;
                },
            },
        });
    }
    async get(path, schema, query = {}) {
        return this.call('get', path, schema, { searchParams: searchParams(query) });
    }
    async post(path, body, schema) {
        return this.call('post', path, schema, { json: body });
    }
    async put(path, body, schema) {
        return this.call('put', path, schema, { json: body });
    }
    async call(method, path, schema, options) {
        const url = `${this.host}/rest/api/2/${path.replace(/^\/+/, '')}`;
        let text;
        let retries = 0;
        try {
            text = await this.http(url, {
                method,
                ...options,
                hooks: { beforeRetry: [({ retryCount }) => void (retries = retryCount)] },
            }).text();
        }
        catch (error) {
            throw this.failure(error, retries);
        }
        let json;
        try {
            json = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            throw new JiraRequestFailure('shape', `answered ${path} with something that is not JSON: ${text.slice(0, 120)}`);
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new JiraRequestFailure('shape', `answered ${path} in an unexpected shape (${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid'})`);
        }
        return parsed.data;
    }
    failure(error, retries) {
        if ((0,type_guards/* isHTTPError */.nr)(error)) {
            return new JiraRequestFailure('http', jira_rest_v2_client_jiraMessages(error.data), error.response.status, retryAfterMs(error.response.headers.get('retry-after')), retries);
        }
        if ((0,type_guards/* isTimeoutError */.c8)(error))
            return new JiraRequestFailure('timeout', 'no answer in time');
        if ((0,type_guards/* isNetworkError */.TX)(error)) {
            const cause = error.cause;
            const code = typeof cause === 'object' && cause !== null && 'cause' in cause
                ? schemas/* object */.Ikc({ code: schemas/* string */.YjP() }).safeParse(cause.cause).data?.code
                : undefined;
            return new JiraRequestFailure('network', code ?? (cause instanceof Error ? cause.message : error.message));
        }
        return new JiraRequestFailure('network', error instanceof Error ? error.message : String(error));
    }
}
function searchParams(query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined)
            continue;
        if (Array.isArray(value))
            params.set(key, value.join(','));
        else
            params.set(key, String(value));
    }
    return params;
}
/** `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(value) {
    if (value === null || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** Jira's `{"errorMessages":[…],"errors":{field: message}}`, or the start of whatever else it sent. */
function jira_rest_v2_client_jiraMessages(body) {
    const parsed = schemas/* object */.Ikc({
        errorMessages: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        errors: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    })
        .safeParse(body);
    if (!parsed.success) {
        return typeof body === 'string' && body.trim() !== ''
            ? body
                .replace(/<[^>]*>/g, ' ')
                .replace(/\s+/g, ' ')
                .trim()
                .slice(0, 300)
            : 'no details given';
    }
    const messages = [
        ...(parsed.data.errorMessages ?? []),
        ...Object.entries(parsed.data.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
    ];
    return messages.length > 0 ? messages.join('; ') : 'no details given';
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-dc-failure.ts

/**
 * Words a Jira Data Center failure for the user: `doing` says what Autopilot tried ("reading DATA-1"),
 * `permission` the Jira permission that call needs ("Browse projects").
 */
function explainDcFailure(failure, context) {
    const { host, doing, permission } = context;
    const where = `Jira Data Center at ${host}`;
    if (failure.kind === 'timeout')
        return {
            kind: 'unavailable',
            message: `${where} did not answer in time ${doing}: check that the runner can reach \`jira-url\` and that Jira is up, then re-run`,
        };
    if (failure.kind === 'network')
        return {
            kind: 'unavailable',
            message: `Could not reach ${where} ${doing} (${failure.detail}): check \`jira-url\` and that the runner can reach it (a self-hosted runner inside the network, or an allow-listed address)`,
        };
    if (failure.kind === 'shape')
        return {
            kind: 'unavailable',
            message: `${where} ${failure.detail} ${doing}: is \`jira-url\` the Jira base URL (with its context path, e.g. https://jira.acme.com/jira) of a Jira Data Center or Server?`,
        };
    const status = failure.status ?? 0;
    const said = failure.detail === 'no details given' ? '' : ` Jira said: ${failure.detail}.`;
    if (status === 401)
        return {
            kind: 'unauthorized',
            message: `${where} rejected the credentials (HTTP 401) ${doing}: set \`jira-bearer-token\` to a personal access token (Profile → Personal Access Tokens) of a user who can see the project, and check it has not expired.${said}`,
        };
    if (status === 403)
        return {
            kind: 'forbidden',
            message: `${where} refused the token's user (HTTP 403) ${doing}: grant that user the ${permission} permission in the project's permission scheme.${said}`,
        };
    if (status === 404)
        return {
            kind: 'not-found',
            message: `${where} found nothing (HTTP 404) ${doing}: check the issue key and that the token's user has Browse projects on it; if every request fails so, \`jira-url\` may lack Jira's context path (e.g. https://jira.acme.com/jira).${said}`,
        };
    if (status === 429) {
        const wait = failure.retryAfterMs === undefined
            ? ''
            : ` and asks to wait ${Math.ceil(failure.retryAfterMs / 1000)} s`;
        const tried = failure.retries === 0 ? '' : ` after ${failure.retries} retries`;
        return {
            kind: 'rate-limited',
            message: `${where} rate-limited Autopilot ${doing}${tried}${wait}: re-run later, or fan out fewer tickets at once (lower the matrix \`max-parallel\`)`,
        };
    }
    if (status >= 500)
        return {
            kind: 'unavailable',
            message: `${where} failed with HTTP ${status} ${doing}${failure.retries > 0 ? ` (after ${failure.retries} retries)` : ''}: ask the Jira administrators whether it is up, then re-run.${said}`,
        };
    return { kind: 'invalid', message: `${where} refused the request (HTTP ${status}) ${doing}.${said}` };
}
/** Runs a REST v2 call on an issue; its failure becomes an error worded by `explainDcFailure`. */
async function callOnIssue(context, call) {
    try {
        return await call();
    }
    catch (error) {
        if (!(error instanceof JiraRequestFailure))
            throw error;
        const words = explainDcFailure(error, {
            host: context.host,
            doing: `when Autopilot tried to ${context.action} ${context.issueKey}`,
            permission: `Browse projects and ${context.permission}`,
        });
        throw new Error(words.message, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-dc-backlog-source.ts





const PageSchema = schemas/* object */.Ikc({
    startAt: schemas/* number */.aig().int().nonnegative(),
    total: schemas/* number */.aig().int().nonnegative(),
    issues: schemas/* array */.YOg(schemas/* unknown */.L5J()),
});
/** Lists a JQL backlog on Jira Data Center / Server: `GET /rest/api/2/search`, paged by `startAt` and `total`. */
class JiraDataCenterBacklogSource {
    client;
    options;
    pageSize;
    maxPages;
    constructor(client, options = {}) {
        this.client = client;
        this.options = options;
        this.pageSize = options.pageSize ?? 100;
        this.maxPages = options.maxPages ?? 20;
    }
    list(jql) {
        return readBacklog({
            search: async (startAt = 0) => {
                const result = await this.search(jql, startAt);
                const read = startAt + result.issues.length;
                return { issues: result.issues, next: read < result.total ? read : undefined, total: result.total };
            },
            maxPages: this.maxPages,
            notAnIssue: `Jira Data Center at ${this.client.host} answered the backlog search with an issue lacking key, created or updated: is \`jira-url\` a Jira Data Center or Server?`,
            ...(this.options.log ? { log: this.options.log } : {}),
        });
    }
    async search(jql, startAt) {
        try {
            return await this.client.get('search', PageSchema, {
                jql,
                startAt,
                maxResults: this.pageSize,
                fields: BACKLOG_FIELDS,
            });
        }
        catch (error) {
            if (!(error instanceof JiraRequestFailure))
                throw error;
            if (error.kind === 'http' && error.status === 400)
                throw new backlog_item/* BacklogError */.Kb(`Jira Data Center at ${this.client.host} refused the backlog JQL \`${jql}\`: ${error.detail}. Fix \`backlog-query\`.`);
            const words = explainDcFailure(error, {
                host: this.client.host,
                doing: 'searching the backlog',
                permission: 'Browse projects',
            });
            throw new backlog_item/* BacklogError */.Kb(`${words.message}.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/markdown-to-wiki.ts
/**
 * The short markdown Autopilot writes in ticket comments → Jira wiki markup (Data Center / Server).
 *
 * Headings, `-`/`1.` lists, `>` quotes, fenced code, `**bold**`, `_em_`, `` `code` ``, `[text](https://…)`
 * and bare URLs become their wiki forms. Every other character that wiki markup would read as markup
 * (`*`, `[`, `{`, `|`, `!`, …) is escaped, so text that came from the ticket or the model mentions no one,
 * embeds no image and opens no macro. Autopilot's `<!-- autopilot:… -->` markers, which wiki markup cannot
 * hide, become a small monospace mark (the question-marker parser reads both forms back).
 */
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const NUMBERED = /^(\s*)\d+[.)]\s+(.*)$/;
const QUOTE = /^>\s?(.*)$/;
function markdownToWiki(markdown) {
    const lines = markdown_to_wiki_visibleMarkers(markdown).replace(/\r\n?/g, '\n').split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const fence = FENCE.exec(line);
        if (fence) {
            const marker = fence[1] ?? '```';
            const body = [];
            let j = i + 1;
            while (j < lines.length && !(lines[j] ?? '').trim().startsWith(marker))
                body.push(lines[j++] ?? '');
            // Inside {noformat} nothing is markup, except its own closing tag.
            out.push('{noformat}', ...body.map((text) => text.replace(/\{noformat\}/gi, '{ noformat}')), '{noformat}');
            i = j;
            continue;
        }
        const heading = HEADING.exec(line);
        if (heading) {
            out.push(`h${heading[1]?.length ?? 1}. ${markdown_to_wiki_inline(heading[2] ?? '')}`);
            continue;
        }
        const bullet = BULLET.exec(line) ?? NUMBERED.exec(line);
        if (bullet) {
            const level = Math.min(6, Math.floor((bullet[1]?.length ?? 0) / 2) + 1);
            out.push(`${(NUMBERED.test(line) ? '#' : '*').repeat(level)} ${markdown_to_wiki_inline(bullet[2] ?? '')}`);
            continue;
        }
        const quoted = QUOTE.exec(line);
        if (quoted) {
            out.push(quoted[1]?.trim() ? `bq. ${markdown_to_wiki_inline(quoted[1])}` : '');
            continue;
        }
        // `---` alone is a rule in both; a line that only looks like wiki block syntax is escaped by `inline`.
        out.push(/^\s*-{3,}\s*$/.test(line) ? '----' : markdown_to_wiki_inline(line.replace(/\\$/, '')));
    }
    return out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
function markdown_to_wiki_visibleMarkers(markdown) {
    return markdown.replace(/<!--\s*(autopilot:[^<>`]*?)\s*-->/g, '`$1`');
}
// Order matters, as in the ADF writer: escapes and entities are characters; a label may sit inside bold;
// a bare URL is tried last so `[t](u)` wins.
const markdown_to_wiki_INLINE = /\\(?<escaped>[!-/:-@[-`{-~])|&(?<entity>amp|lt|gt|quot|#39);|\*\*(?<bold>[^\n]+?)\*\*|(?<![\p{L}\p{N}])_(?<em>[^_\n]+?)_(?![\p{L}\p{N}])|\[(?<label>[^\]\n]+)\]\((?<href>https?:\/\/[^\s)]+)\)|`(?<code>[^`\n]+)`|(?<url>https?:\/\/[^\s<>()[\]|{}]+[^\s<>()[\]|{}.,;:!?'"])/gu;
const markdown_to_wiki_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
function markdown_to_wiki_inline(text) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(markdown_to_wiki_INLINE)) {
        const groups = match.groups ?? {};
        out += escapeWiki(text.slice(last, match.index), last === 0);
        last = match.index + match[0].length;
        if (groups['escaped'] !== undefined)
            out += escapeWiki(groups['escaped'], false);
        else if (groups['entity'] !== undefined)
            out += escapeWiki(markdown_to_wiki_ENTITIES[groups['entity']] ?? '', false);
        else if (groups['bold'] !== undefined)
            out += `*${markdown_to_wiki_inline(groups['bold'])}*`;
        else if (groups['em'] !== undefined)
            out += `_${markdown_to_wiki_inline(groups['em'])}_`;
        else if (groups['label'] !== undefined && groups['href'] !== undefined)
            out += `[${escapeWiki(markdown_to_wiki_unescape(groups['label']), false)}|${groups['href']}]`;
        else if (groups['code'] !== undefined)
            out += `{{${escapeWiki(groups['code'], false)}}}`;
        else if (groups['url'] !== undefined)
            out += groups['url'];
    }
    return out + escapeWiki(text.slice(last), last === 0);
}
function markdown_to_wiki_unescape(text) {
    return text.replace(/\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot|#39);/g, (_, escaped, entity) => escaped ?? markdown_to_wiki_ENTITIES[entity ?? ''] ?? '');
}
/**
 * A backslash before every character wiki markup may read as markup; at a line's start also what would
 * open a block (`h1.`, `bq.`, `#`, `*`, `-`).
 */
function escapeWiki(text, lineStart) {
    const escaped = text.replace(/[\\*_{}[\]|!^~+-]|\?\?/g, (found) => found.replace(/./g, '\\$&'));
    if (!lineStart)
        return escaped;
    return escaped.replace(/^(\s*)(h[1-6]\.|bq\.|#)/, '$1\\$2');
}

;// CONCATENATED MODULE: ./src/adapters/jira/wiki-to-markdown.ts

/**
 * Jira wiki markup (Jira Data Center / Server descriptions and comments) → markdown.
 *
 * The input is untrusted text from a tracker: the walk is line by line with bounded regular expressions,
 * inline markup nests at most `MAX_INLINE_DEPTH` levels, and anything not understood stays as its text.
 */
const MAX_INLINE_DEPTH = 8;
/** Longest run of text one inline mark may span: keeps the lazy matches linear on hostile input. */
const MAX_SPAN = 2000;
const FENCED = /^\s*\{(code|noformat)(?::([^}\n]*))?\}(.*)$/;
const PANEL = /^\s*\{(panel|quote|info|note|warning|tip)(?::([^}\n]*))?\}(.*)$/;
const wiki_to_markdown_HEADING = /^\s*h([1-6])\.\s+(.*)$/;
const LIST_ITEM = /^\s*([*#]+|-)\s+(.*)$/;
const RULE = /^\s*-{4,}\s*$/;
const BLOCK_QUOTE = /^\s*bq\.\s+(.*)$/;
const TABLE_ROW = /^\s*\|/;
function wikiToMarkdown(wiki) {
    if (!wiki)
        return '';
    return wiki_to_markdown_renderBlocks(wiki.replace(/\r\n?/g, '\n').split('\n'), 0).trim();
}
function wiki_to_markdown_renderBlocks(lines, depth) {
    const blocks = [];
    let paragraph = [];
    const flush = () => {
        if (paragraph.length > 0)
            blocks.push(paragraph.map((line) => wiki_to_markdown_inline(line.trim(), 0)).join('\n'));
        paragraph = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const fenced = FENCED.exec(line);
        if (fenced) {
            flush();
            const end = closing(lines, i, fenced[1] ?? '', fenced[3] ?? '');
            blocks.push(codeBlock(end.body, fenced[1] === 'code' ? language(fenced[2]) : ''));
            i = end.index;
            continue;
        }
        const panel = depth < 4 ? PANEL.exec(line) : null;
        if (panel) {
            flush();
            const end = closing(lines, i, panel[1] ?? '', panel[3] ?? '');
            blocks.push(panelBlock(panel[1] ?? '', parameters(panel[2]), end.body, depth));
            i = end.index;
            continue;
        }
        if (line.trim() === '') {
            flush();
            continue;
        }
        const heading = wiki_to_markdown_HEADING.exec(line);
        if (heading) {
            flush();
            blocks.push(`${'#'.repeat(Number(heading[1]))} ${wiki_to_markdown_inline(heading[2]?.trim() ?? '', 0)}`);
            continue;
        }
        if (RULE.test(line)) {
            flush();
            blocks.push('---');
            continue;
        }
        const bq = BLOCK_QUOTE.exec(line);
        if (bq) {
            flush();
            blocks.push(wiki_to_markdown_quote(wiki_to_markdown_inline(bq[1]?.trim() ?? '', 0)));
            continue;
        }
        if (LIST_ITEM.test(line)) {
            flush();
            const end = run(lines, i, (candidate) => LIST_ITEM.test(candidate));
            blocks.push(list(lines.slice(i, end)));
            i = end - 1;
            continue;
        }
        if (TABLE_ROW.test(line)) {
            flush();
            const end = run(lines, i, (candidate) => TABLE_ROW.test(candidate));
            blocks.push(table(lines.slice(i, end)));
            i = end - 1;
            continue;
        }
        paragraph.push(line);
    }
    flush();
    return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
/** Index after the last consecutive line that `belongs`. */
function run(lines, start, belongs) {
    let end = start;
    while (end < lines.length && belongs(lines[end] ?? ''))
        end++;
    return end;
}
/**
 * The body of a `{macro}` block up to its closing `{macro}` (on the same line or a later one); an unclosed
 * block runs to the end, as Jira renders it.
 */
function closing(lines, start, macro, rest) {
    const close = `{${macro}}`;
    const sameLine = rest.indexOf(close);
    if (sameLine >= 0)
        return { body: [rest.slice(0, sameLine)], index: start };
    const body = rest.trim() === '' ? [] : [rest];
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const at = line.indexOf(close);
        if (at >= 0) {
            if (line.slice(0, at).trim() !== '')
                body.push(line.slice(0, at));
            return { body, index: i };
        }
        body.push(line);
    }
    return { body, index: lines.length - 1 };
}
/** `title=Orders|borderStyle=solid` → a map; a bare first value (`{code:sql}`) is under `''`. */
function parameters(raw) {
    const out = new Map();
    for (const part of (raw ?? '').split('|')) {
        const eq = part.indexOf('=');
        if (eq < 0)
            out.set('', part.trim());
        else
            out.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
    }
    return out;
}
function language(raw) {
    const params = parameters(raw);
    const name = params.get('language') ?? params.get('') ?? '';
    return /^[\w+#.-]{1,40}$/.test(name) ? name.toLowerCase() : '';
}
function codeBlock(body, lang) {
    const code = body.join('\n').replace(/^\n+|\n+$/g, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
    return `${fence}${lang}\n${code}\n${fence}`;
}
function panelBlock(macro, params, body, depth) {
    const content = wiki_to_markdown_renderBlocks(body, depth + 1);
    const title = params.get('title');
    const label = macro === 'panel' || macro === 'quote' ? '' : macro.charAt(0).toUpperCase() + macro.slice(1);
    const heading = [label, title ? wiki_to_markdown_inline(title, 0) : ''].filter(Boolean).join(': ');
    return wiki_to_markdown_quote(heading ? `**${heading}**\n\n${content}` : content);
}
function wiki_to_markdown_quote(text) {
    return text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
}
/** `*`/`#` bullets, nested by repetition (`**`, `#*`); `-` is a one-level bullet. */
function list(lines) {
    return lines
        .map((line) => {
        const match = LIST_ITEM.exec(line);
        const markers = match?.[1] ?? '*';
        const depth = markers === '-' ? 0 : markers.length - 1;
        const ordered = markers.endsWith('#');
        return `${'   '.repeat(depth)}${ordered ? '1.' : '-'} ${wiki_to_markdown_inline(match?.[2]?.trim() ?? '', 0)}`;
    })
        .join('\n');
}
/** `||h1||h2||` header cells and `|c1|c2|` cells; a table without a header row gets an empty one. */
function table(lines) {
    const rows = lines.map((line) => {
        const trimmed = line.trim();
        const header = trimmed.startsWith('||');
        return { header, cells: cells(trimmed).map((cell) => wiki_to_markdown_inline(cell.trim(), 0).replace(/\|/g, '\\|')) };
    });
    const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 1);
    const line = (cells) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
    const [first, ...rest] = rows;
    const head = first?.header ? first.cells : [];
    const body = first?.header ? rest : rows;
    return [
        line(head),
        line(Array.from({ length: width }, () => '---')),
        ...body.map((row) => line(row.cells)),
    ].join('\n');
}
/** Splits a row on `|` / `||`, except inside `[link|url]`, `{{code}}` and after a backslash. */
function cells(row) {
    const out = [];
    let current = '';
    let brackets = 0;
    let braces = 0;
    for (let i = 0; i < row.length; i++) {
        const char = row[i] ?? '';
        if (char === '\\' && i + 1 < row.length) {
            current += char + (row[i + 1] ?? '');
            i++;
            continue;
        }
        if (char === '[')
            brackets++;
        else if (char === ']')
            brackets = Math.max(0, brackets - 1);
        else if (char === '{')
            braces++;
        else if (char === '}')
            braces = Math.max(0, braces - 1);
        if (char === '|' && brackets === 0 && braces === 0) {
            out.push(current);
            current = '';
            if (row[i + 1] === '|')
                i++;
            continue;
        }
        current += char;
    }
    out.push(current);
    // The leading and trailing separators leave empty ends.
    if (out[0]?.trim() === '')
        out.shift();
    if (out.length > 0 && out.at(-1)?.trim() === '')
        out.pop();
    return out;
}
const MARKS = {
    '*': (inner) => `**${inner}**`,
    _: (inner) => `*${inner}*`,
    '??': (inner) => `*${inner}*`,
    '-': (inner) => `~~${inner}~~`,
    '+': (inner) => inner,
    '^': (inner) => inner,
    '~': (inner) => inner,
};
// Order matters: an escape is a character; `{{code}}` is literal; links and images before emphasis, whose
// markers must hug their text and may not sit inside a word (`snake_case` is not emphasis).
const wiki_to_markdown_INLINE = new RegExp([
    String.raw `\\\\`,
    String.raw `\\(?<escaped>[^\sA-Za-z0-9])`,
    String.raw `\{\{(?<code>[^\n]{1,${MAX_SPAN}}?)\}\}`,
    String.raw `\{color(?::[^}\n]{0,40})?\}`,
    String.raw `\[(?<link>[^\[\]\n]{1,${MAX_SPAN}})\]`,
    String.raw `!(?<image>[^\s!|]{1,300}\.(?:png|jpe?g|gif|svg|bmp|webp)(?:\|[^!\n]{0,200})?)!`,
    String.raw `(?<![\p{L}\p{N}*_?\-+^~])(?<mark>\*|_|\?\?|-|\+|\^|~)(?=\S)(?<inner>[^\n]{1,${MAX_SPAN}}?)(?<=\S)\k<mark>(?![\p{L}\p{N}])`,
].join('|'), 'giu');
function wiki_to_markdown_inline(text, depth) {
    if (depth > MAX_INLINE_DEPTH)
        return text;
    let out = '';
    let last = 0;
    for (const match of text.matchAll(wiki_to_markdown_INLINE)) {
        const groups = match.groups ?? {};
        out += text.slice(last, match.index);
        last = match.index + match[0].length;
        if (groups['escaped'] !== undefined)
            out += markdownEscape(groups['escaped']);
        else if (match[0] === '\\\\')
            out += '\n';
        // Jira renders escapes inside monospace too: `{{a\-b}}` shows `a-b`.
        else if (groups['code'] !== undefined)
            out += codeSpan(groups['code'].replace(/\\([^\sA-Za-z0-9])/g, '$1'));
        else if (groups['link'] !== undefined)
            out += wiki_to_markdown_link(groups['link'], depth);
        else if (groups['image'] !== undefined)
            out += wiki_to_markdown_image(groups['image']);
        else if (groups['mark'] !== undefined && groups['inner'] !== undefined) {
            const render = MARKS[groups['mark']];
            out += render ? render(wiki_to_markdown_inline(groups['inner'], depth + 1)) : match[0];
        }
        // `{color}` tags carry no meaning for the reader: dropped.
    }
    return out + text.slice(last);
}
/** `[text|url]`, `[url]`, `[~user]` (a mention), `[^file]` (an attachment), `[#anchor]`. */
function wiki_to_markdown_link(body, depth) {
    if (body.startsWith('~'))
        return `@${body.slice(1).replace(/^accountid:/i, '')}`;
    if (body.startsWith('^'))
        return `\`${body.slice(1)}\``;
    const bar = body.indexOf('|');
    const label = bar >= 0 ? body.slice(0, bar).trim() : '';
    const target = (bar >= 0 ? body.slice(bar + 1).split('|')[0] : body)?.trim() ?? '';
    if (!/^(https?:\/\/|mailto:)/i.test(target))
        return label ? wiki_to_markdown_inline(label, depth + 1) : `[${body}]`;
    const href = /[\s()<>]/.test(target) ? `<${target.replace(/[<>]/g, encodeURIComponent)}>` : target;
    return label ? `[${wiki_to_markdown_inline(label, depth + 1)}](${href})` : href;
}
/** Images are not shown to anyone downstream: their name is kept so the reader knows one was there. */
function wiki_to_markdown_image(body) {
    const name = body.split('|')[0]?.trim() ?? '';
    return `(image: ${name})`;
}
function markdownEscape(char) {
    return /[\\`*_{}[\]()#+\-.!|~<>]/.test(char) ? `\\${char}` : char;
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-dc-comment-thread.ts





const UserSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP().optional(), key: schemas/* string */.YjP().optional() });
const jira_dc_comment_thread_CreatedSchema = schemas/* object */.Ikc({ id: schemas/* string */.YjP() });
const jira_dc_comment_thread_CommentPageSchema = commentPageSchema(schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    author: UserSchema.optional(),
    body: schemas/* string */.YjP().nullish(),
    created: schemas/* string */.YjP(),
}));
/**
 * A Jira Data Center ticket's comments (REST v2, wiki markup): the progress and final comment (edited in
 * place), the question comment, and reading the thread back for the reporter's answer.
 */
class JiraDataCenterCommentThread {
    client;
    issueKey;
    constructor(client, issueKey) {
        this.client = client;
        this.issueKey = issueKey;
    }
    async create(body) {
        const path = `issue/${encodeURIComponent(this.issueKey)}/comment`;
        const created = await this.guard('comment on', () => this.client.post(path, { body: markdownToWiki(body) }, jira_dc_comment_thread_CreatedSchema));
        return created.id;
    }
    async update(id, body) {
        const path = `issue/${encodeURIComponent(this.issueKey)}/comment/${encodeURIComponent(id)}`;
        await this.guard('update its comment on', () => this.client.put(path, { body: markdownToWiki(body) }, jira_dc_comment_thread_CreatedSchema));
    }
    list() {
        const path = `issue/${encodeURIComponent(this.issueKey)}/comment`;
        return this.guard('read the comments of', () => readComments(async (query) => {
            const page = await this.client.get(path, jira_dc_comment_thread_CommentPageSchema, query);
            const comments = page.comments.map((comment) => ({
                id: comment.id,
                // Data Center has no app users: Autopilot's own comments are told apart by their author (the token's user).
                author: comment.author?.key ?? comment.author?.name ?? '',
                bot: false,
                body: wikiToMarkdown(comment.body),
                createdAt: new Date(Date.parse(comment.created) || 0).toISOString(),
            }));
            return { comments, ...(page.total !== undefined ? { total: page.total } : {}) };
        }));
    }
    guard(action, call) {
        const permission = 'Add comments (and Edit own comments)';
        return callOnIssue({ host: this.client.host, issueKey: this.issueKey, action, permission }, call);
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-dc-source.ts





/** Data Center's rich text: wiki markup, in the description and in text custom fields (acceptance criteria). */
const WIKI = {
    description: (value) => wikiToMarkdown(typeof value === 'string' ? value : undefined),
    // Pickers, numbers and a renderer plugin's objects are not prose.
    customField: (value) => typeof value === 'string' && value.trim() !== '' ? wikiToMarkdown(value) : undefined,
};
/** Reads one issue from Jira Data Center / Server (REST v2); descriptions are wiki markup, read as markdown. */
class JiraDataCenterSource {
    client;
    constructor(client) {
        this.client = client;
    }
    async fetch(key) {
        checkJiraKey(key);
        try {
            const issue = await this.client.get(`issue/${encodeURIComponent(key)}`, jira_issue_ticket_IssueSchema, {
                fields: ISSUE_FIELDS,
                expand: 'names',
            });
            return issueToTicket(issue, this.client.host, WIKI);
        }
        catch (error) {
            if (!(error instanceof JiraRequestFailure))
                throw error;
            const words = explainDcFailure(error, {
                host: this.client.host,
                doing: `reading ${key}`,
                permission: 'Browse projects',
            });
            throw new ticket/* TicketError */.F(words.kind, words.message, error.status === 429 ? error.retryAfterMs : undefined);
        }
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-dc-write-back.ts




const LinkSchema = schemas/* object */.Ikc({ id: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]) });
/** The pull request written back to a Jira Data Center ticket (REST v2): a remote link and a transition. */
class JiraDataCenterWriteBack {
    client;
    issueKey;
    constructor(client, issueKey) {
        this.client = client;
        this.issueKey = issueKey;
    }
    async linkPullRequest(link) {
        await this.guard('link the pull request to', 'Link issues', () => this.client.post(`${this.issuePath()}/remotelink`, remoteLinkBody(link), LinkSchema));
    }
    async transition(wanted) {
        return this.guard('move', 'Transition issues', () => moveIssue({
            readIssueStatus: () => this.client.get(this.issuePath(), StatusSchema, { fields: 'status' }),
            readTransitions: () => this.client.get(`${this.issuePath()}/transitions`, TransitionsSchema),
            doTransition: async (id) => {
                await this.client.post(`${this.issuePath()}/transitions`, { transition: { id } }, schemas/* unknown */.L5J());
            },
        }, wanted));
    }
    issuePath() {
        return `issue/${encodeURIComponent(this.issueKey)}`;
    }
    guard(action, permission, call) {
        return callOnIssue({ host: this.client.host, issueKey: this.issueKey, action, permission }, call);
    }
}

;// CONCATENATED MODULE: ./src/adapters/jira/jira-deployment.ts










const CLOUD_HOST = /(^|\.)(atlassian\.net|jira\.com|atlassian-us-gov-mod\.net)$/i;
const detected = new Map();
const ServerInfoSchema = schemas/* object */.Ikc({ deploymentType: schemas/* string */.YjP() });
/**
 * Which Jira answers at `host`: `deploymentType` of `/rest/api/2/serverInfo` is `Server` or `DataCenter` on a
 * self-managed Jira and `Cloud` on Atlassian's. An answer that does not say (an old proxy, a fake of Cloud)
 * counts as Cloud, the client Autopilot used before it spoke to Data Center.
 */
async function detectJiraDeployment(host, auth) {
    if (isCloudHost(host))
        return 'cloud';
    return (await askServerInfo(host, auth)) ?? 'cloud';
}
/** The site's own answer; undefined when it gave none (unreachable, not JSON), which is not remembered. */
async function askServerInfo(host, auth) {
    const authorization = auth.type === 'bearer'
        ? `Bearer ${auth.token}`
        : `Basic ${Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')}`;
    try {
        const response = await fetch(`${host.replace(/\/+$/, '')}/rest/api/2/serverInfo`, {
            headers: { accept: 'application/json', authorization },
            signal: AbortSignal.timeout(20_000),
        });
        const info = ServerInfoSchema.safeParse(await response.json());
        if (!info.success)
            return 'cloud';
        return /^(server|datacenter)$/i.test(info.data.deploymentType) ? 'data-center' : 'cloud';
    }
    catch {
        return undefined;
    }
}
/**
 * One Jira site and the adapters for it, Cloud (jira.js, REST v3) or Data Center (REST v2): built by the
 * composition root; with `deployment: auto` on a host that is not Atlassian's, the first call finds out
 * which it is (once), and every adapter follows.
 */
class JiraSite {
    options;
    kind;
    client;
    constructor(options) {
        this.options = options;
        if (options.deployment !== 'auto')
            this.kind = Promise.resolve(options.deployment);
        else if (isCloudHost(options.host))
            this.kind = Promise.resolve('cloud');
    }
    deployment() {
        const host = this.options.host.replace(/\/+$/, '');
        // One question per site and process: a run's source, comment thread and write-back share the answer.
        this.kind ??=
            detected.get(host) ??
                askServerInfo(host, this.options.auth).then((answer) => {
                    if (answer === undefined)
                        detected.delete(host);
                    return answer ?? 'cloud';
                });
        detected.set(host, this.kind);
        return this.kind;
    }
    ticketSource() {
        // Known up front: built now, so settings jira.js refuses fail before the run starts.
        if (this.known() === 'cloud')
            return this.cloudSource();
        return {
            fetch: async (key) => (await this.deployment()) === 'cloud'
                ? this.cloudSource().fetch(key)
                : new JiraDataCenterSource(this.dataCenter()).fetch(key),
        };
    }
    backlog(log) {
        const { host, auth } = this.options;
        return {
            list: async (jql) => (await this.deployment()) === 'cloud'
                ? new JiraBacklogSource({ host, auth, log }).list(jql)
                : new JiraDataCenterBacklogSource(this.dataCenter(), { log }).list(jql),
        };
    }
    thread(issueKey) {
        const { host, auth } = this.options;
        const pick = async () => (await this.deployment()) === 'cloud'
            ? new JiraCommentThread({ host, auth, issueKey })
            : new JiraDataCenterCommentThread(this.dataCenter(), issueKey);
        return {
            create: async (body) => (await pick()).create(body),
            update: async (id, body) => (await pick()).update(id, body),
            list: async () => (await pick()).list(),
        };
    }
    writeBack(issueKey) {
        const { host, auth } = this.options;
        const pick = async () => (await this.deployment()) === 'cloud'
            ? new JiraCloudWriteBack({ host, auth, issueKey })
            : new JiraDataCenterWriteBack(this.dataCenter(), issueKey);
        return {
            linkPullRequest: async (link) => (await pick()).linkPullRequest(link),
            transition: async (wanted) => (await pick()).transition(wanted),
        };
    }
    known() {
        if (this.options.deployment !== 'auto')
            return this.options.deployment;
        return isCloudHost(this.options.host) ? 'cloud' : undefined;
    }
    cloudSource() {
        return new JiraCloudSource({
            host: this.options.host,
            auth: this.options.auth,
            sleep: this.options.sleep,
        });
    }
    dataCenter() {
        this.client ??= new JiraRestV2Client({
            host: this.options.host,
            auth: this.options.auth,
            retry: this.options.retry,
        });
        return this.client;
    }
}
function isCloudHost(host) {
    try {
        return CLOUD_HOST.test(new URL(host).hostname);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/adapters/process/command-runner.ts + 1 modules
var command_runner = __webpack_require__(84819);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/adapters/sandbox/dbt-profile.ts





/**
 * Where dbt finds profiles.yml, in dbt's own order: `--profiles-dir` (input `profiles-dir`),
 * `DBT_PROFILES_DIR`, the project folder (dbt's working directory), `~/.dbt`. Undefined when none holds
 * one (dbt then fails with its own message).
 */
function locateProfilesDir(configured, projectDir, env) {
    const candidates = [
        configured,
        env.DBT_PROFILES_DIR,
        projectDir,
        env.HOME && external_node_path_default().join(env.HOME, '.dbt'),
    ].filter((dir) => Boolean(dir));
    return candidates.find((dir) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'profiles.yml')));
}
const dbt_profile_OutputSchema = schemas/* looseObject */._H3({ type: schemas/* string */.YjP().optional(), path: schemas/* string */.YjP().optional() });
const ProfilesSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({ target: schemas/* string */.YjP().optional(), outputs: schemas/* record */.g1P(schemas/* string */.YjP(), dbt_profile_OutputSchema).optional() }));
/** Finds the output dbt uses: the project's profile, the given target or the profile's default. */
function profileTarget(text, profileName, target) {
    let parsed;
    try {
        parsed = (0,yaml_dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
    const profiles = ProfilesSchema.safeParse(parsed);
    if (!profiles.success || !profileName)
        return undefined;
    const profile = profiles.data[profileName];
    const outputName = target ?? profile?.target;
    const output = outputName ? profile?.outputs?.[outputName] : undefined;
    return output ? { profiles: profiles.data, output } : undefined;
}
/** A DuckDB file on this machine (not MotherDuck, not in memory): SQL needs no network. */
function isLocalDuckdb(output) {
    const file = output.path ?? ':memory:';
    return output.type === 'duckdb' && !/^(md|motherduck):/i.test(file) && !file.includes('{{');
}
/** Profile keys that make DuckDB load code or reach files and servers: external access stays on. */
const NEEDS_EXTERNAL_ACCESS = ['extensions', 'plugins', 'attach', 'filesystems', 'secrets', 'module_paths'];
/** Why SQL's own file access must stay on for this DuckDB output; undefined when it can be switched off. */
function externalAccessNeed(output) {
    const declared = NEEDS_EXTERNAL_ACCESS.filter((key) => output[key] !== undefined);
    if (declared.length > 0)
        return `the profile declares ${declared.map((key) => `\`${key}\``).join(', ')}`;
    const settings = output.settings;
    if (settings && typeof settings === 'object' && 'enable_external_access' in settings)
        return 'the profile sets `enable_external_access` itself';
    return undefined;
}
const LOCKDOWN_MODULE = 'autopilot_duckdb_lockdown';
// A dbt-duckdb plugin: it runs once on the database connection before any cursor, which per-cursor
// `settings:` cannot do (DuckDB refuses to set `allowed_directories` again once access is off).
const LOCKDOWN_PLUGIN = `"""Written by Autopilot for one run: DuckDB's own file and network access off, seed folders excepted."""
from dbt.adapters.duckdb.plugins import BasePlugin


def _literal(text):
    return "'" + str(text).replace("'", "''") + "'"


class Plugin(BasePlugin):
    def initialize(self, plugin_config):
        self.allowed = [str(folder) for folder in plugin_config.get("allowed_directories", [])]

    def configure_connection(self, conn):
        if self.allowed:
            conn.execute("SET allowed_directories = [" + ", ".join(_literal(d) for d in self.allowed) + "]")
        conn.execute("SET enable_external_access = false")
`;
/**
 * Writes the run's copy of profiles.yml into `dir`: the user's file as it is, except that a local DuckDB
 * output gets the lockdown plugin (file access from SQL off; `allowedDirectories`, the seed folders, stay
 * readable because dbt-duckdb loads seeds with `COPY … FROM`).
 */
async function writeSandboxProfile(options) {
    await (0,promises_.mkdir)(options.dir, { recursive: true });
    let text = options.text;
    if (options.lockdown && options.target) {
        const { output, profiles } = options.target;
        output.module_paths = [options.dir];
        output.plugins = [
            {
                module: LOCKDOWN_MODULE,
                config: { allowed_directories: options.allowedDirectories.map((d) => `${d.replace(/\/+$/, '')}/`) },
            },
        ];
        text = (0,yaml_dist/* stringify */.As)(profiles, { lineWidth: 0 });
        await (0,promises_.writeFile)(external_node_path_default().join(options.dir, `${LOCKDOWN_MODULE}.py`), LOCKDOWN_PLUGIN);
    }
    await (0,promises_.writeFile)(external_node_path_default().join(options.dir, 'profiles.yml'), text);
}

;// CONCATENATED MODULE: ./src/adapters/http/post-json.ts
const DEFAULT_POST_RETRY = {
    attempts: 3,
    baseMs: 1000,
    maxWaitMs: 30_000,
    timeoutMs: 10_000,
};
const post_json_defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * POSTs `body` as JSON and returns the last answer: a 2xx, a 4xx other than 429, or what was left after the
 * retries. Throws only when no answer came. The URL is never part of an error message (it may be the
 * credential).
 */
async function postJson(url, body, options = {}) {
    const policy = { ...DEFAULT_POST_RETRY, ...options.retry };
    const sleep = options.sleep ?? post_json_defaultSleep;
    const payload = JSON.stringify(body);
    for (let attempt = 1;; attempt += 1) {
        let answer;
        let failure;
        try {
            const response = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
                body: payload,
                signal: AbortSignal.timeout(policy.timeoutMs),
            });
            answer = {
                status: response.status,
                body: await response.text(),
                retryAfter: response.headers.get('retry-after'),
            };
        }
        catch (error) {
            failure = error;
        }
        const retryable = !answer || answer.status === 429 || answer.status >= 500;
        if (!retryable && answer)
            return { status: answer.status, body: answer.body, attempts: attempt };
        const waitMs = answer?.retryAfter ? post_json_retryAfterMs(answer.retryAfter) : policy.baseMs * 2 ** (attempt - 1);
        if (attempt >= policy.attempts || waitMs > policy.maxWaitMs) {
            if (answer)
                return { status: answer.status, body: answer.body, attempts: attempt };
            throw new Error(`no answer after ${attempt} tries (${describe(failure)})`);
        }
        await sleep(waitMs);
    }
}
/** `Retry-After` in seconds or as an HTTP date; unreadable counts as one second. */
function post_json_retryAfterMs(value) {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}
function describe(error) {
    // Not `instanceof Error`: fetch's errors may come from another realm (a test's VM context).
    const { name, message, cause } = fields(error);
    if (name === 'TimeoutError')
        return 'timed out';
    if (message === undefined)
        return String(error);
    // undici puts the socket error (ECONNREFUSED…) in `cause` and says only "fetch failed" itself.
    const reason = fields(cause).message;
    return reason ? `${message}: ${reason}` : message;
}
function fields(value) {
    if (typeof value !== 'object' || value === null)
        return {};
    const record = value;
    return {
        name: typeof record.name === 'string' ? record.name : undefined,
        message: typeof record.message === 'string' ? record.message : undefined,
        cause: record.cause,
    };
}

;// CONCATENATED MODULE: ./src/adapters/slack/slack-blocks.ts
// Block Kit limits (docs.slack.dev/reference/block-kit/blocks): a header's plain text 150 characters, a
// section's text 3000, each of at most 10 fields 2000, a button's text 75 and its URL 3000.
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const FIELD_MAX = 2000;
const FIELDS_MAX = 10;
const BUTTON_TEXT_MAX = 75;
const URL_MAX = 3000;
const HEADER_EMOJI = {
    good: ':large_green_circle:',
    warning: ':large_yellow_circle:',
    attention: ':red_circle:',
};
/** The three characters Slack reads as control sequences in mrkdwn; `<` opens links and mentions. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The notification as Block Kit: a header, the text, its fields, the rows, the footer and the button. */
function slackMessage(notification) {
    const blocks = [
        {
            type: 'header',
            text: {
                type: 'plain_text',
                text: clip(`${HEADER_EMOJI[notification.tone]} ${notification.title}`, HEADER_MAX),
                emoji: true,
            },
        },
        { type: 'section', text: mrkdwn(escapeMrkdwn(notification.text), SECTION_MAX) },
    ];
    const fields = notification.fields.slice(0, FIELDS_MAX).map((field) => {
        const value = field.link ? slack_blocks_link({ label: field.value, url: field.link }) : escapeMrkdwn(field.value);
        return mrkdwn(`*${escapeMrkdwn(field.label)}*\n${value}`, FIELD_MAX);
    });
    if (fields.length > 0)
        blocks.push({ type: 'section', fields });
    const rows = notification.rows ?? [];
    if (rows.length > 0) {
        const lines = rows.map((row) => {
            const key = row.url ? slack_blocks_link({ label: row.key, url: row.url }) : `*${escapeMrkdwn(row.key)}*`;
            return `• ${key} ${escapeMrkdwn(row.text)}`;
        });
        blocks.push({
            type: 'section',
            text: mrkdwn(fitLines(lines, notification.omittedRows ?? 0, SECTION_MAX), SECTION_MAX),
        });
    }
    const footer = notification.footer;
    blocks.push({
        type: 'context',
        elements: [
            mrkdwn(footer.link ? `${escapeMrkdwn(footer.text)} · ${slack_blocks_link(footer.link)}` : escapeMrkdwn(footer.text), SECTION_MAX),
        ],
    });
    const action = notification.action;
    if (action && isWebUrl(action.url) && action.url.length <= URL_MAX) {
        blocks.push({
            type: 'actions',
            elements: [
                {
                    type: 'button',
                    text: { type: 'plain_text', text: clip(action.label, BUTTON_TEXT_MAX) },
                    url: action.url,
                    action_id: 'autopilot-open',
                    ...(notification.tone === 'attention' ? {} : { style: 'primary' }),
                },
            ],
        });
    }
    // The fallback text shows in the desktop notification and where blocks cannot be shown.
    return { text: clip(escapeMrkdwn(`${notification.title}: ${notification.text}`), SECTION_MAX), blocks };
}
function mrkdwn(text, max) {
    return { type: 'mrkdwn', text: clip(text, max) };
}
/** `<url|label>`, for web URLs only; the label is escaped and `|`/`>` cannot end the URL early. */
function slack_blocks_link(target) {
    if (!isWebUrl(target.url))
        return escapeMrkdwn(target.label);
    const url = target.url.replace(/[|<>]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
    return `<${url}|${escapeMrkdwn(target.label).replace(/\|/g, '¦')}>`;
}
function isWebUrl(url) {
    return /^https?:\/\/[^\s]+$/i.test(url);
}
/** Whole lines up to `max` characters, so a link or an entity is never cut in half; then how many are not shown. */
function fitLines(lines, omitted, max) {
    const kept = [];
    let length = 0;
    for (const line of lines) {
        if (length + line.length + 1 > max - 40)
            break;
        kept.push(line);
        length += line.length + 1;
    }
    const more = omitted + lines.length - kept.length;
    return [...kept, ...(more > 0 ? [`…and ${more} more`] : [])].join('\n');
}
/** Cuts at `max` characters, never inside an `&amp;`-style entity. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    return `${cut.replace(/&[a-z]*$/, '')}…`;
}

;// CONCATENATED MODULE: ./src/adapters/slack/slack-notifier.ts



const SLACK_API_URL = 'https://slack.com/api';
/** An incoming webhook answers 200 `ok`, or an error code as plain text (`invalid_payload`, `no_service`…). */
const WebhookOk = schemas/* literal */.euz('ok');
/** The Web API answers 200 with `{ ok, error }` whatever happened, except 429 when rate limited. */
const ApiAnswer = schemas/* object */.Ikc({ ok: schemas/* boolean */.zMY(), error: schemas/* string */.YjP().optional() });
/** Posts to the one channel an incoming webhook URL belongs to. */
class SlackWebhookNotifier {
    webhookUrl;
    options;
    name = 'Slack (webhook)';
    constructor(webhookUrl, options = {}) {
        this.webhookUrl = webhookUrl;
        this.options = options;
    }
    async send(notification) {
        const answer = await postJson(this.webhookUrl, slackMessage(notification), this.options);
        if (answer.status === 200 && WebhookOk.safeParse(answer.body.trim()).success)
            return;
        throw new Error(`Slack answered ${answer.status} ${errorCode(answer)}${tries(answer)}`);
    }
}
/** Posts as a bot through `chat.postMessage` (scope `chat:write`, the bot a member of the channel). */
class SlackBotNotifier {
    bot;
    options;
    name = 'Slack (bot)';
    constructor(bot, options = {}) {
        this.bot = bot;
        this.options = options;
    }
    async send(notification) {
        const url = `${(this.bot.apiUrl ?? SLACK_API_URL).replace(/\/+$/, '')}/chat.postMessage`;
        const answer = await postJson(url, { channel: this.bot.channel, unfurl_links: false, ...slackMessage(notification) }, {
            ...this.options,
            headers: {
                ...this.options.headers,
                ...(this.bot.token ? { authorization: `Bearer ${this.bot.token}` } : {}),
            },
        });
        const parsed = ApiAnswer.safeParse(slack_notifier_parseJson(answer.body));
        if (answer.status === 200 && parsed.success && parsed.data.ok)
            return;
        const code = parsed.success ? (parsed.data.error ?? 'no error code') : errorCode(answer);
        throw new Error(`Slack chat.postMessage answered ${answer.status} ${code}${hint(code)}${tries(answer)}`);
    }
}
function slack_notifier_parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Slack's error codes are short words; anything else (an HTML error page) is not repeated. */
function errorCode(answer) {
    const body = answer.body.trim();
    return /^[a-z_]{1,60}$/.test(body) ? body : 'an unexpected answer';
}
function tries(answer) {
    return answer.attempts > 1 ? ` (after ${answer.attempts} tries)` : '';
}
const HINTS = {
    not_authed: ': set `slack-bot-token`',
    invalid_auth: ': `slack-bot-token` is not a valid token',
    channel_not_found: ': check `slack-channel`, and invite the bot to a private channel',
    not_in_channel: ': invite the bot to `slack-channel`',
    missing_scope: ': give the Slack app the `chat:write` scope',
};
function hint(code) {
    return HINTS[code] ?? '';
}

;// CONCATENATED MODULE: ./src/adapters/teams/adaptive-card.ts
// A Teams message holds at most about 28 KB: the card's text is kept well below it.
const TEXT_MAX = 3000;
const ROW_TEXT_MAX = 8000;
const COLOR = {
    good: 'Good',
    warning: 'Warning',
    attention: 'Attention',
};
/**
 * Plain text for a TextBlock or a fact, whose markdown (a CommonMark subset: bold, italic, lists, links)
 * honours backslash escapes: each character that could start markup is escaped, so the ticket's words
 * stay words. `<` and `>` too, for autolinks and `<at>` mentions.
 */
function escapeCardText(text) {
    return (text
        .replace(/[\\*_[\]<>]/g, '\\$&')
        // A line that starts like a list item would become one.
        .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, (_match, space, marker) => `${space}${marker.replace(/([-+.])$/, '\\$1')}`));
}
/** The notification as an Adaptive Card 1.4 inside the workflow webhook's message envelope. */
function teamsMessage(notification) {
    const body = [
        {
            type: 'TextBlock',
            text: escapeCardText(notification.title),
            wrap: true,
            size: 'Large',
            weight: 'Bolder',
            color: COLOR[notification.tone],
        },
        // A single newline is no break in a TextBlock's markdown: each line is its own paragraph.
        {
            type: 'TextBlock',
            text: adaptive_card_clip(escapeCardText(notification.text).split(/\r?\n/).join('\n\n'), TEXT_MAX),
            wrap: true,
        },
    ];
    if (notification.fields.length > 0) {
        body.push({
            type: 'FactSet',
            facts: notification.fields.map((field) => ({
                title: escapeCardText(field.label),
                value: field.link ? cardLink(field.value, field.link) : adaptive_card_clip(escapeCardText(field.value), TEXT_MAX),
            })),
        });
    }
    const rows = notification.rows ?? [];
    if (rows.length > 0) {
        const lines = rows.map((row) => `- ${row.url ? cardLink(row.key, row.url) : `**${escapeCardText(row.key)}**`} ${escapeCardText(row.text)}`);
        const more = notification.omittedRows ?? 0;
        body.push({
            type: 'TextBlock',
            text: adaptive_card_clip([...lines, ...(more > 0 ? [`…and ${more} more`] : [])].join('\r'), ROW_TEXT_MAX),
            wrap: true,
        });
    }
    const { footer } = notification;
    body.push({
        type: 'TextBlock',
        text: footer.link
            ? `${escapeCardText(footer.text)} · ${cardLink(footer.link.label, footer.link.url)}`
            : escapeCardText(footer.text),
        wrap: true,
        size: 'Small',
        isSubtle: true,
        spacing: 'Medium',
    });
    const action = notification.action;
    const card = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body,
        ...(action && adaptive_card_isWebUrl(action.url)
            ? { actions: [{ type: 'Action.OpenUrl', title: action.label, url: action.url }] }
            : {}),
        msteams: { width: 'Full' },
    };
    return {
        type: 'message',
        attachments: [
            { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
        ],
    };
}
/** `[label](url)` for web URLs; a space or parenthesis in the URL would end it early. */
function cardLink(label, url) {
    if (!adaptive_card_isWebUrl(url))
        return escapeCardText(label);
    return `[${escapeCardText(label)}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}
function adaptive_card_isWebUrl(url) {
    return /^https?:\/\/\S+$/i.test(url);
}
/** Cuts at `max` characters, never after a lone backslash (which would escape the ellipsis). */
function adaptive_card_clip(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max - 1).replace(/\\$/, '')}…`;
}

;// CONCATENATED MODULE: ./src/adapters/teams/teams-notifier.ts



/** Power Automate refuses a request with `{ error: { code, message } }` (e.g. `TriggerInputSchemaMismatch`). */
const FlowError = schemas/* object */.Ikc({ error: schemas/* object */.Ikc({ code: schemas/* string */.YjP().max(100) }) });
/**
 * Posts an Adaptive Card to a Teams workflow webhook (Power Automate's "When a Teams webhook request is
 * received"), which answers 202 Accepted with an empty body and posts the card as the Flow bot.
 */
class TeamsWorkflowNotifier {
    webhookUrl;
    options;
    name = 'Microsoft Teams';
    constructor(webhookUrl, options = {}) {
        this.webhookUrl = webhookUrl;
        this.options = options;
    }
    async send(notification) {
        const answer = await postJson(this.webhookUrl, teamsMessage(notification), this.options);
        if (answer.status === 202 || answer.status === 200)
            return;
        const refused = FlowError.safeParse(teams_notifier_parseJson(answer.body));
        const code = refused.success ? ` ${refused.data.error.code}` : '';
        const hint = [401, 403, 404].includes(answer.status)
            ? ': check `teams-webhook-url` (the workflow may have been turned off, deleted or its URL renewed)'
            : '';
        const tries = answer.attempts > 1 ? ` (after ${answer.attempts} tries)` : '';
        throw new Error(`the Teams workflow answered ${answer.status}${code}${hint}${tries}`);
    }
}
function teams_notifier_parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(48932);
;// CONCATENATED MODULE: ./src/adapters/sandbox/sandbox-environment.ts

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
]);
const ALLOWED_PREFIXES = ['LC_', 'DBT_'];
/** Never passed in, even when the profile names them: the run's own credentials and the runner's. */
const DENIED = /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_PAT|ACTIONS_.*|INPUT_.*|RUNNER_.*|ANTHROPIC_.*|CLAUDE_.*|AWS_BEARER_TOKEN_BEDROCK|JIRA_.*|ATLASSIAN_.*)$/i;
/** Names the profile (or dbt_project.yml) reads with `env_var('NAME')` or `env_var("NAME", default)`. */
function envVarNames(text) {
    const names = new Set();
    for (const match of text.matchAll(/env_var\(\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\1/g))
        if (match[2])
            names.add(match[2]);
    return [...names];
}
/** The allow-listed environment of a sandboxed command, with `dropped` naming what was refused. */
function sandboxEnvironment(input) {
    const secrets = input.secrets
        .map((value) => value?.trim() ?? '')
        .filter((value) => value.length >= redact/* MIN_SECRET_LENGTH */.vb);
    const named = new Set(input.named);
    const env = {};
    const dropped = [];
    for (const [name, value] of Object.entries(input.inherited)) {
        if (value === undefined)
            continue;
        const allowed = ALLOWED.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix)) || named.has(name);
        if (!allowed)
            continue;
        if (DENIED.test(name) || secrets.some((secret) => value.includes(secret))) {
            dropped.push(name);
            continue;
        }
        env[name] = value;
    }
    env.HOME = input.home;
    env.DBT_SEND_ANONYMOUS_USAGE_STATS = 'false';
    return { env, dropped };
}

;// CONCATENATED MODULE: ./src/adapters/sandbox/dbt-sandbox.ts






/** Where the run's copy of profiles.yml goes; dbt gets `--profiles-dir` pointing here. */
function sandboxProfilesDir(workDir) {
    return external_node_path_default().join(workDir, 'profile');
}
/** Credentials under HOME that nothing dbt does needs. */
const HOME_CREDENTIALS = [
    '.ssh',
    '.aws',
    '.azure',
    '.config/gcloud',
    '.config/gh',
    '.docker',
    '.kube',
    '.git-credentials',
    '.gitconfig',
    '.netrc',
    '.npmrc',
    '.pypirc',
    '.anthropic',
    '.claude',
];
/**
 * The sandbox for dbt and sqlfluff in this project: the repository read-only except the project's target
 * and package folders and the run's work folder, `.git` and the runner's temp folder (where
 * actions/checkout keeps credentials) covered, the environment reduced to an allow-list plus what the
 * profile names, no network for a local DuckDB. Read from the checkout before any edit.
 */
async function prepareDbtSandbox(input) {
    const { repoDir, projectDir, workDir } = input;
    const project = await (0,dbt_project/* readDbtProject */.ce)(projectDir);
    const profileFile = input.profilesDir && external_node_path_default().join(input.profilesDir, 'profiles.yml');
    const profileText = profileFile ? await (0,promises_.readFile)(profileFile, 'utf8').catch(() => undefined) : undefined;
    const projectText = await (0,promises_.readFile)(external_node_path_default().join(projectDir, 'dbt_project.yml'), 'utf8');
    const target = profileText ? profileTarget(profileText, project.profile, input.target) : undefined;
    const home = external_node_path_default().join(workDir, 'home');
    const writable = [project.targetDir, workDir, home];
    if (project.declaresPackages)
        writable.push(project.packagesDir);
    for (const dir of writable)
        await (0,promises_.mkdir)(dir, { recursive: true });
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(projectDir, 'logs')))
        writable.push(external_node_path_default().join(projectDir, 'logs'));
    const local = target !== undefined && isLocalDuckdb(target.output);
    const externalAccess = local && profileText !== undefined
        ? await lockDownDuckdb(target, project.seedPaths, input, profileText)
        : undefined;
    if (profileText !== undefined && externalAccess === undefined)
        await writeSandboxProfile({
            dir: sandboxProfilesDir(workDir),
            text: profileText,
            target,
            lockdown: false,
            allowedDirectories: [],
        });
    if (local) {
        const database = duckdbFile(target.output, projectDir);
        if (database && !dbt_sandbox_isInside(database, repoDir)) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(database), { recursive: true });
            writable.push(external_node_path_default().dirname(database));
        }
    }
    const { env } = sandboxEnvironment({
        inherited: input.inherited,
        named: envVarNames(`${profileText ?? ''}\n${projectText}`),
        secrets: input.secrets,
        home,
    });
    if (profileText !== undefined)
        env.DBT_PROFILES_DIR = sandboxProfilesDir(workDir);
    return {
        spec: {
            readOnly: existing([
                repoDir,
                projectDir,
                input.profilesDir,
                ...installations(input.executables, env.PATH),
            ]),
            hidden: hiddenPaths(repoDir, input.inherited),
            writable,
            env,
            network: !local,
        },
        ...(externalAccess ? { externalAccess } : {}),
    };
}
async function lockDownDuckdb(target, seedPaths, input, profileText) {
    const reason = externalAccessNeed(target.output) ?? (await projectReadsFiles(input.projectDir));
    await writeSandboxProfile({
        dir: sandboxProfilesDir(input.workDir),
        text: profileText,
        target,
        lockdown: reason === undefined,
        allowedDirectories: seedPaths.map((dir) => external_node_path_default().resolve(input.projectDir, dir)),
    });
    return reason === undefined ? { disabled: true } : { disabled: false, reason };
}
/** The project's own SQL reads or writes files (external materializations, `read_csv` sources). */
async function projectReadsFiles(projectDir) {
    const project = await (0,promises_.readFile)(external_node_path_default().join(projectDir, 'dbt_project.yml'), 'utf8');
    if (/materialized['"]?\s*[:=]\s*['"]?external/.test(project))
        return 'the project uses `external` materializations';
    return undefined;
}
function duckdbFile(output, projectDir) {
    const file = output.path;
    if (!file || file === ':memory:' || file.startsWith(':memory:'))
        return undefined;
    return external_node_path_default().resolve(projectDir, file);
}
/** The installation a command runs from (a venv's root), found on PATH and through symlinks. */
function installations(executables, searchPath = '') {
    const roots = [];
    for (const executable of executables) {
        const candidates = executable.includes('/')
            ? [executable]
            : searchPath
                .split((external_node_path_default()).delimiter)
                .filter(Boolean)
                .map((dir) => external_node_path_default().join(dir, executable));
        const found = candidates.find((file) => (0,external_node_fs_.existsSync)(file));
        if (!found)
            continue;
        roots.push(external_node_path_default().dirname(external_node_path_default().dirname((0,external_node_fs_.realpathSync)(found))));
    }
    return roots;
}
/** `.git` (a folder, or a worktree's file and the folders it points to), the runner's temp, HOME's keys. */
function hiddenPaths(repoDir, env) {
    const hidden = [...gitPaths(repoDir)];
    if (env.RUNNER_TEMP)
        hidden.push(env.RUNNER_TEMP);
    if (env.HOME)
        hidden.push(...HOME_CREDENTIALS.map((name) => external_node_path_default().join(env.HOME ?? '', name)));
    return existing(hidden);
}
function gitPaths(repoDir) {
    const dotGit = external_node_path_default().join(repoDir, '.git');
    if (!(0,external_node_fs_.existsSync)(dotGit) || (0,external_node_fs_.statSync)(dotGit).isDirectory())
        return [dotGit];
    const pointer = /^gitdir:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'))?.[1]?.trim();
    if (!pointer)
        return [dotGit];
    const gitDir = external_node_path_default().resolve(repoDir, pointer);
    const common = external_node_path_default().join(gitDir, 'commondir');
    const commonDir = (0,external_node_fs_.existsSync)(common) ? external_node_path_default().resolve(gitDir, (0,external_node_fs_.readFileSync)(common, 'utf8').trim()) : undefined;
    return [dotGit, gitDir, ...(commonDir ? [commonDir] : [])];
}
function dbt_sandbox_isInside(file, dir) {
    const relative = external_node_path_default().relative(dir, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function existing(paths) {
    return [...new Set(paths.filter((p) => Boolean(p) && (0,external_node_fs_.existsSync)(p)))];
}

;// CONCATENATED MODULE: ./src/adapters/sandbox/bubblewrap.ts


/** Options every sandboxed command gets, whatever its spec. */
const ISOLATION = [
    '--die-with-parent',
    '--new-session',
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--cap-drop',
    'ALL',
];
/**
 * The bwrap argv that runs `command args` in `cwd` under `spec`. Order matters: bwrap applies mounts
 * left to right, so the private `/tmp` comes before the paths shown again inside it, hidden paths before
 * the writable folders that may sit inside them.
 */
function bubblewrapArgs(spec, command, args, cwd) {
    const argv = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp'];
    for (const dir of spec.readOnly)
        argv.push('--ro-bind', dir, dir);
    const hide = (hidden) => {
        if (isDirectory(hidden))
            argv.push('--tmpfs', hidden);
        else
            argv.push('--ro-bind', '/dev/null', hidden);
    };
    spec.hidden.forEach(hide);
    for (const dir of outermost(spec.writable))
        argv.push('--bind', dir, dir);
    // A writable folder holding a hidden path (the repository for `dbt deps`) must not show it again.
    spec.hidden.filter((hidden) => spec.writable.some((dir) => bubblewrap_isInside(hidden, dir))).forEach(hide);
    argv.push(...ISOLATION);
    if (!spec.network)
        argv.push('--unshare-net');
    argv.push('--chdir', cwd, '--', command, ...args);
    return argv;
}
/**
 * The writable folders without those inside another one: a folder bound on its own is a mount point, which
 * cannot be removed (`dbt deps` empties `dbt_packages/` with rmtree and gets EBUSY when the project folder
 * around it is writable too). The outer bind already makes everything inside it writable.
 */
function outermost(dirs) {
    const unique = [...new Set(dirs.map((dir) => external_node_path_default().resolve(dir)))];
    return unique.filter((dir) => !unique.some((other) => bubblewrap_isInside(dir, other)));
}
function bubblewrap_isInside(file, dir) {
    const relative = external_node_path_default().relative(dir, file);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
function isDirectory(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
/** Runs `true` in the strictest sandbox once: bwrap missing, or user namespaces refused, shows here. */
async function probeBubblewrap(runner, executable, searchPath) {
    const spec = {
        readOnly: [],
        hidden: [],
        writable: [],
        env: { PATH: searchPath },
        network: false,
    };
    const result = await runner.run(executable, bubblewrapArgs(spec, 'true', [], '/'), {
        cwd: '/',
        env: spec.env,
        inheritEnv: false,
        timeoutMs: 30_000,
    });
    if (result.exitCode === 0)
        return { ok: true };
    if (result.exitCode === 127 && !result.timedOut)
        return { ok: false, reason: `bubblewrap (\`${executable}\`) is not installed` };
    const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' ');
    return {
        ok: false,
        reason: `bubblewrap (\`${executable}\`) cannot run here: ${detail || `exit ${result.exitCode}`}`,
    };
}

// EXTERNAL MODULE: ./src/shared/autopilot-error.ts
var autopilot_error = __webpack_require__(76021);
;// CONCATENATED MODULE: ./src/adapters/sandbox/sandbox-spec.ts

/** `sandbox: required` and bubblewrap cannot run: nothing model-written is executed. */
class SandboxError extends autopilot_error/* AutopilotError */.W {
    constructor(message) {
        super('failed:config', message);
    }
}

;// CONCATENATED MODULE: ./src/adapters/sandbox/sandboxed-runner.ts


/**
 * The run's sandbox: probes bubblewrap and prepares the spec once, then hands out `CommandRunner`s that
 * run each command inside it. Unsandboxed (`auto` without a working bwrap) a command still gets only the
 * allow-listed environment.
 */
class Sandbox {
    inner;
    options;
    ready;
    constructor(inner, options) {
        this.inner = inner;
        this.options = options;
    }
    runner(variant = {}) {
        return { run: (command, args, options) => this.run(variant, command, args, options) };
    }
    async run(variant, command, args, options) {
        const ready = await (this.ready ??= this.start());
        const spec = {
            ...ready.spec,
            env: { ...ready.spec.env, ...options.env },
            network: variant.network ?? ready.spec.network,
            writable: [...ready.spec.writable, ...(variant.writable ?? [])],
        };
        // Everything but the environment passes through: the allow-list replaces what the command inherits.
        const run = { ...options, env: spec.env, inheritEnv: false };
        if (!ready.contained)
            return this.inner.run(command, args, run);
        const result = await this.inner.run(this.options.executable, bubblewrapArgs(spec, command, args, options.cwd), run);
        // bwrap's own "execvp dbt: No such file or directory" is the command missing, as without a sandbox.
        const missing = result.exitCode === 1 && /^bwrap: execvp .*No such file or directory/m.test(result.stderr);
        return { ...result, command, args, exitCode: missing ? 127 : result.exitCode };
    }
    async start() {
        const { mode, executable } = this.options;
        const prepared = await this.options.prepare();
        const probe = await probeBubblewrap(this.inner, executable, prepared.spec.env.PATH ?? '');
        if (!probe.ok && mode === 'required') {
            throw new SandboxError(`Input \`sandbox: required\`, but ${probe.reason}: install it (\`sudo apt-get install -y bubblewrap\`) or set \`sandbox: auto\`. Nothing model-written was run.`);
        }
        const report = {
            mode,
            contained: probe.ok,
            ...(probe.ok ? { network: prepared.spec.network } : { reason: probe.reason }),
            ...(prepared.externalAccess ? { externalAccess: prepared.externalAccess } : {}),
        };
        this.options.onReport?.(report);
        return { spec: prepared.spec, contained: probe.ok };
    }
}

// EXTERNAL MODULE: ./src/drift/schema-drift-source.ts + 4 modules
var schema_drift_source = __webpack_require__(59338);
// EXTERNAL MODULE: ./src/project/production-state.ts + 3 modules
var production_state = __webpack_require__(97663);
// EXTERNAL MODULE: ./src/tickets/file-source.ts
var file_source = __webpack_require__(53597);
;// CONCATENATED MODULE: ./src/tickets/ticket-ref.ts


const GITHUB_ISSUE = /^#\d+$/;
const ticket_ref_GITLAB_ISSUE = /^(?:[\w.-]+(?:\/[\w.-]+)+)?#\d+$/;
const ticket_ref_JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const TICKET_FILE = /\.(md|json)$/i;
function ticket_ref_describe(key) {
    return `Input \`ticket\` must be a Jira key like DATA-123, a GitHub issue like #42, or a path to a .md/.json ticket file; got '${key}'`;
}
/**
 * Which tracker a ticket reference points at; `source` is the `ticket-source` input. With the merge request
 * on GitLab (`onGitLab`), `#12` and `group/project#12` are GitLab issues.
 */
function resolveTicketKind(key, source, fileExists = external_node_fs_.existsSync, onGitLab = false) {
    const ref = key.trim();
    if (source === 'gitlab' || (source === 'auto' && onGitLab && ticket_ref_GITLAB_ISSUE.test(ref))) {
        if (!ticket_ref_GITLAB_ISSUE.test(ref))
            throw new ticket/* TicketError */.F('invalid', `Input \`ticket-source\` is gitlab, so \`ticket\` must be an issue like #12 or group/project#12; got '${ref}'`);
        return 'gitlab';
    }
    if (source === 'jira') {
        if (!ticket_ref_JIRA_KEY.test(ref))
            throw new ticket/* TicketError */.F('invalid', `Input \`ticket-source\` is jira, so \`ticket\` must be a Jira key like DATA-123; got '${ref}'`);
        return 'jira';
    }
    if (source === 'github') {
        if (!/^#?\d+$/.test(ref))
            throw new ticket/* TicketError */.F('invalid', `Input \`ticket-source\` is github, so \`ticket\` must be an issue like #42; got '${ref}'`);
        return 'github';
    }
    if (source === 'file')
        return 'file';
    if (GITHUB_ISSUE.test(ref))
        return 'github';
    if (TICKET_FILE.test(ref)) {
        if (fileExists(ref))
            return 'file';
        throw new ticket/* TicketError */.F('not-found', `Ticket file ${ref} does not exist: check the path in input \`ticket\` (relative to the repository root)`);
    }
    if (ticket_ref_JIRA_KEY.test(ref))
        return 'jira';
    throw new ticket/* TicketError */.F('invalid', ticket_ref_describe(ref));
}

// EXTERNAL MODULE: ./src/project/graph.ts
var project_graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/project/manifest.ts
var manifest = __webpack_require__(99816);
// EXTERNAL MODULE: ./src/project/project-layout.ts
var project_layout = __webpack_require__(34763);
// EXTERNAL MODULE: ./src/impact/impact.ts + 3 modules
var impact = __webpack_require__(16833);
;// CONCATENATED MODULE: ./src/validate/lint-baseline.ts
/**
 * Splits the violations found after the change into those it introduced and those already in the base
 * version of the file. Lines shift when a change adds lines above, so a violation is matched by its rule
 * code and the content of its line (whitespace collapsed), counted: two old CP02s on the same text cover
 * two new ones, not three. A line that only gained a list comma is the same line.
 */
function splitByBase(after, before, texts) {
    const remaining = new Map();
    for (const violation of before) {
        const key = keyOf(violation, texts.before.get(violation.file) ?? null);
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    const introduced = [];
    const preExisting = [];
    for (const violation of after) {
        const key = keyOf(violation, texts.after.get(violation.file) ?? null);
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
            remaining.set(key, left - 1);
            preExisting.push(violation);
        }
        else
            introduced.push(violation);
    }
    return { introduced, preExisting };
}
function keyOf(violation, text) {
    const line = text?.split('\n')[violation.line - 1] ?? '';
    return `${violation.file}\0${violation.code}\0${lineContent(line)}`;
}
/**
 * A line as far as lint debt goes: whitespace collapsed, and without the comma a list separator adds at its
 * end (or start, in leading-comma style), so appending a column after `count(*) AS n` keeps the old `AS`.
 */
function lineContent(line) {
    return line
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/^,\s*|\s*,$/g, '');
}

;// CONCATENATED MODULE: ./src/validate/changed-lint.ts






/**
 * sqlfluff on the changed SQL, judged against the base: the base version of each changed file is linted
 * too (once per run) and only violations the change introduced count. A setup error (configuration,
 * templater, dialect) is "not run", never the change's failure.
 */
class ChangedLint {
    linter;
    log;
    workDir;
    /** Lint results of base files, by root-relative path: the base does not change during a run. */
    baseLint = new Map();
    constructor(linter, log, 
    /** A folder outside the project for the copy of the base tree. */
    workDir) {
        this.linter = linter;
        this.log = log;
        this.workDir = workDir;
    }
    /** Decides whether this run lints, and copies the base tree when it does. Runs before any edit. */
    async prepare(lint, project, layout) {
        const off = await this.lintSetting(lint);
        const tree = off === undefined ? await this.copyBaseTree(project, layout) : undefined;
        const afterBuild = off === undefined && (await usesDbtTemplater(await this.linter.configuration()));
        return {
            project,
            layout,
            ...(off ? { off } : {}),
            ...(tree ? { tree } : {}),
            ...(afterBuild ? { afterBuild } : {}),
        };
    }
    /** Lints the changed files (root-relative, existing ones) before and after the change. */
    async lintChanged(base, files) {
        const none = { ok: true, files: [], violations: [] };
        if (base.off) {
            return base.off.startsWith('lint not run: ')
                ? { ...none, notRun: base.off.slice('lint not run: '.length) }
                : { ...none, skipped: base.off };
        }
        const roots = (0,project_layout/* foldersOf */.pd)(base.layout, ['models', 'tests', 'macros', 'snapshots', 'analyses']);
        const candidates = files.filter((file) => file.endsWith('.sql') && roots.some((root) => file.startsWith(root)));
        const { root, project } = { root: base.layout.root, project: base.project };
        const toProject = (file) => changed_lint_toPosix(external_node_path_default().relative(project.dir, external_node_path_default().join(root, file)));
        const ignored = new Set(await this.linter.ignoredFiles(candidates.map(toProject)));
        const linted = candidates.filter((file) => !ignored.has(toProject(file)));
        if (linted.length === 0) {
            const why = candidates.length > 0 ? 'the changed SQL files are in `.sqlfluffignore`' : 'no changed SQL files';
            return { ...none, skipped: why };
        }
        const [after, before] = await Promise.all([
            this.lintFiles(linted, project.dir, toProject),
            this.lintBase(base, linted, toProject),
        ]);
        if ('notRun' in after)
            return { ...none, files: linted, notRun: after.notRun };
        if ('notRun' in before)
            return { ...none, files: linted, notRun: `on the base version: ${before.notRun}` };
        const texts = {
            after: new Map(await Promise.all(linted.map(async (file) => [file, (await readText(external_node_path_default().join(root, file))) ?? '']))),
            before: new Map(await Promise.all(linted.map(async (file) => [file, base.tree ? await readText(external_node_path_default().join(base.tree, file)) : null]))),
        };
        const { introduced, preExisting } = splitByBase(after.violations, before.violations, texts);
        return { ok: introduced.length === 0, files: linted, violations: introduced, preExisting };
    }
    /** Undefined when changed SQL is linted; else why not. Throws when `lint: true` and sqlfluff is missing. */
    async lintSetting(lint) {
        if (lint === false)
            return 'lint: off (input `lint` is false)';
        if (lint === true) {
            await this.linter.checkAvailable();
            return undefined;
        }
        const config = await this.linter.configuration();
        if (!config) {
            return 'lint: not configured in this project (no `.sqlfluff`, `pyproject.toml` with `[tool.sqlfluff]`, or `setup.cfg`/`tox.ini` with `[sqlfluff]`)';
        }
        try {
            await this.linter.checkAvailable();
        }
        catch (error) {
            if (!(error instanceof LintToolError))
                throw error;
            this.log.warn(`The project configures sqlfluff (${config}) but it cannot run: ${error.message}`);
            return `lint not run: ${error.message}`;
        }
        return undefined;
    }
    /**
     * The layout root as it is before any edit (links kept as links, dbt's output left out), so the base
     * version of a changed file is linted with the same configuration, ignore files and macros.
     */
    async copyBaseTree(project, layout) {
        const tree = external_node_path_default().join(this.workDir, 'base-tree');
        await (0,promises_.rm)(tree, { recursive: true, force: true });
        // Installed packages stay in the copy: the dbt templater compiles against them.
        const skipped = new Set([
            project.targetDir,
            ...['.git', 'node_modules', '.venv'].map((name) => external_node_path_default().join(layout.root, name)),
        ]);
        await (0,promises_.cp)(layout.root, tree, {
            recursive: true,
            verbatimSymlinks: true,
            filter: (source) => !skipped.has(source) && !source.endsWith('.duckdb'),
        });
        return tree;
    }
    /** The base version of each file, linted once per run; files new in the change have none. */
    async lintBase(base, files, toProject) {
        const tree = base.tree;
        if (!tree)
            return { violations: [] };
        const pending = [];
        for (const file of files) {
            if (!this.baseLint.has(file) && (await isFile(external_node_path_default().join(tree, file))))
                pending.push(file);
        }
        if (pending.length > 0) {
            const projectCopy = external_node_path_default().join(tree, external_node_path_default().relative(base.layout.root, base.project.dir));
            const result = await this.lintFiles(pending, projectCopy, toProject);
            if ('notRun' in result)
                return result;
            for (const file of pending) {
                this.baseLint.set(file, { violations: result.violations.filter((v) => v.file === file) });
            }
        }
        return {
            violations: files.flatMap((file) => {
                const cached = this.baseLint.get(file);
                return cached && !('notRun' in cached) ? cached.violations : [];
            }),
        };
    }
    /** Runs the linter on root-relative files in `projectDir`; violations come back root-relative. */
    async lintFiles(files, projectDir, toProject) {
        const byProjectPath = new Map(files.map((file) => [toProject(file), file]));
        try {
            const violations = await this.linter.lint([...byProjectPath.keys()], projectDir);
            return {
                violations: violations.map((v) => ({ ...v, file: byProjectPath.get(v.file) ?? v.file })),
            };
        }
        catch (error) {
            if (error instanceof LintToolError)
                return { notRun: error.message };
            throw error;
        }
    }
}
/** The round's lint in a few words, for the log. */
function lintSentence(lint) {
    if (lint.skipped)
        return lint.skipped;
    if (lint.notRun)
        return `lint not run: ${lint.notRun}`;
    const old = lint.preExisting?.length ?? 0;
    return `lint ${lint.violations.length} new violation(s)${old > 0 ? `, ${old} already there` : ''}`;
}
async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
function changed_lint_toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}
async function isFile(file) {
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    return info?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./src/validate/coverage.ts

/** Files dbt reads by their own name, not from a resource folder. */
const PROJECT_FILES = new Set([
    'dbt_project.yml',
    'packages.yml',
    'dependencies.yml',
    'package-lock.yml',
    'selectors.yml',
    'profiles.yml',
]);
/** Kinds of file that must turn into something in dbt's manifest; docs (.md) may hold no docs block. */
const DBT_FILE = /\.(?:sql|ya?ml|csv)$/i;
/**
 * What the change holds that dbt did not check, judged by dbt's own artifacts: a file that maps to no
 * node in the new manifest, a change that selected nothing, new tests that all were skipped. Each entry
 * says what to do; an empty list means dbt saw the whole change.
 */
function uncheckedChanges(input) {
    const unread = input.files.filter((file) => DBT_FILE.test(file) && !readByDbt(input, file));
    const problems = unread.map((file) => unreadMessage(input.layout, file));
    if (problems.length > 0)
        return problems;
    // A build that ran the analysis's parents (`@state:modified` selects them) has results, but none for it.
    problems.push(...input.files.filter((file) => onlyAnalyses(input, file)).map((f) => analysisMessage(input.layout, f)));
    if (problems.length > 0)
        return problems;
    if (input.results.length === 0 && !documentationOnly(input)) {
        problems.push(`dbt selected no nodes to build or test for this change (${coverage_list(input.files)}): nothing in it was checked. Change a model, test, seed, snapshot or macro that dbt builds, or use the new macro from a model.`);
    }
    const skipped = skippedNewTests(input);
    if (skipped)
        problems.push(skipped);
    return problems;
}
function readByDbt({ layout, graph }, file) {
    const owner = (0,project_layout/* ownerOf */.bf)(layout, file);
    if (!owner)
        return false;
    if (PROJECT_FILES.has(owner.file))
        return true;
    return graph.definesFile(owner.package.name, owner.file);
}
function unreadMessage(layout, file) {
    if (!(0,project_layout/* ownerOf */.bf)(layout, file))
        return `\`${file}\` is outside the dbt project, so dbt never reads it.`;
    if (!(0,project_layout/* isInDbtFolder */.eK)(layout, file)) {
        return `\`${file}\` is not under a folder dbt reads; ${(0,project_layout/* folderHint */.YD)(layout, file)}. Move it there.`;
    }
    return `\`${file}\` is in a folder dbt reads, but dbt's manifest has nothing from it (no model, test, seed, source, macro or properties entry): check its name, YAML keys and \`enabled\` config.`;
}
/** A SQL file whose nodes are all analyses: dbt compiles them on request, but `dbt build` never runs them. */
function onlyAnalyses({ layout, graph }, file) {
    const owner = (0,project_layout/* ownerOf */.bf)(layout, file);
    if (!owner || !/\.sql$/i.test(file))
        return false;
    const nodes = [...graph.nodes.values()].filter((node) => node.packageName === owner.package.name && node.file === owner.file);
    return nodes.length > 0 && nodes.every((node) => node.kind === 'analysis');
}
function analysisMessage(layout, file) {
    const models = ((0,project_layout/* ownerOf */.bf)(layout, file)?.package ?? layout.project).folders.models;
    const where = models.length > 0 ? models.map((folder) => `\`${folder}\``).join(', ') : '(none configured)';
    return `\`${file}\` is an analysis (it is under this project's analysis-paths): dbt never builds or tests analyses, so nothing checked it. A model goes under model-paths ${where}.`;
}
/** Only properties YAML changed, and dbt's manifest shows the models' properties changed: nothing to build. */
function documentationOnly({ files, changedModels }) {
    return changedModels.length > 0 && files.every((file) => /\.(?:ya?ml|md)$/i.test(file));
}
/** New data or unit tests of the editable packages that dbt selected but did not run (all skipped). */
function skippedNewTests({ layout, base, graph, results }) {
    const packages = (0,project_layout/* editablePackages */.as)(layout);
    const fresh = [...graph.nodes.values()].filter((node) => (node.kind === 'test' || node.kind === 'unit_test') &&
        packages.has(node.packageName) &&
        !base.get(node.id));
    if (fresh.length === 0)
        return undefined;
    const byId = new Map(results.map((result) => [result.uniqueId, result]));
    const ran = fresh.filter((node) => {
        const status = byId.get(node.id)?.status;
        return status !== undefined && status !== 'skipped';
    });
    if (ran.length > 0)
        return undefined;
    const names = fresh.slice(0, 5).map((node) => `\`${node.name}\``);
    return `None of the new tests ran (${names.join(', ')}${fresh.length > 5 ? ', …' : ''}): dbt skipped them or did not select them, so they check nothing. Make sure the models they test are built in this change and the tests are enabled.`;
}
function coverage_list(files) {
    const shown = files.slice(0, 5).map((file) => `\`${file}\``);
    return `${shown.join(', ')}${files.length > 5 ? `, and ${files.length - 5} more` : ''}`;
}

// EXTERNAL MODULE: ./src/validate/package-install.ts
var package_install = __webpack_require__(38300);
;// CONCATENATED MODULE: ./src/validate/round-selection.ts
/** Resource types dbt builds into a relation of the CI schema. */
const RELATION_KINDS = new Set(['model', 'seed', 'snapshot']);
/** Past this many nodes named one by one, the selection falls back to dbt's own `@` operator. */
const MAX_NAMED = 200;
/**
 * The relations this run has built in the CI schema (the run's dbt target), and which of them hold a
 * definition that differs from the base. A later round does not build them again unless the tree changed
 * them: dbt resolves an unselected `ref()` to the relation already there.
 */
class BuiltRelations {
    built = new Set();
    changed = new Set();
    /** The last round whose build left relations. */
    lastRound;
    /** Records a build's successes; `changedIds` are the nodes whose definition differs from the base. */
    record(round, results, changedIds) {
        for (const result of results) {
            if (result.status !== 'success' || !RELATION_KINDS.has(kindOf(result.uniqueId)))
                continue;
            this.built.add(result.uniqueId);
            if (changedIds.has(result.uniqueId))
                this.changed.add(result.uniqueId);
            else
                this.changed.delete(result.uniqueId);
            this.lastRound = round;
        }
    }
    /**
     * Relations built outside validation from a tree no round saw: counted as built from a changed
     * definition, so the next round builds them (and their children) again unless it selects them anyway.
     */
    recordOutside(uniqueIds) {
        for (const id of uniqueIds) {
            if (!RELATION_KINDS.has(kindOf(id)))
                continue;
            this.built.add(id);
            this.changed.add(id);
        }
    }
    has(id) {
        return this.built.has(id);
    }
    get size() {
        return this.built.size;
    }
    /** Relations built from a changed definition: if the tree went back to the base, they are stale. */
    changedIds() {
        return [...this.changed].sort();
    }
}
/**
 * Nodes the selection reads but neither selects nor finds built: parents of selected nodes (through
 * ephemeral models, which dbt compiles inline) that are relations this run has not built, and, since
 * each is then selected too, their own such parents. Sources are the warehouse's and never built.
 */
function missingParents(graph, selected, built) {
    const missing = new Set();
    const visited = new Set();
    const stack = [...selected];
    while (stack.length > 0) {
        const id = stack.pop();
        for (const parent of graph.parentsOf(id)) {
            if (visited.has(parent) || selected.has(parent))
                continue;
            visited.add(parent);
            const node = graph.get(parent);
            if (!node || !RELATION_KINDS.has(node.kind))
                continue;
            if (node.materialized === 'ephemeral')
                stack.push(parent);
            else if (!built.has(parent)) {
                missing.add(parent);
                stack.push(parent);
            }
        }
    }
    return [...missing].sort();
}
/** Every node downstream of `ids` in the graph, the nodes themselves included. */
function withDescendants(graph, ids) {
    const reached = new Set();
    const stack = [...ids];
    while (stack.length > 0) {
        const id = stack.pop();
        if (reached.has(id) || !graph.get(id))
            continue;
        reached.add(id);
        stack.push(...graph.childrenOf(id));
    }
    return reached;
}
/**
 * A later round's `--select`: `state:modified+` (the change and its children), the relations this run built
 * from a changed definition the tree may have reverted since, with their children, and (building with
 * parents) parents this run has not built yet, by the previous manifest. Undefined when naming them one by
 * one would be too long: then the round builds with `@` as the first did.
 */
function laterRoundSelect(input) {
    const { graph, built, changed, touched } = input;
    // Changed in the previous build and untouched since: still modified, so `state:modified+` selects it.
    const stillModified = (id) => input.onlyNodeFiles && changed.has(id) && !touched.has(id);
    const reverted = built.changedIds().filter((id) => graph.get(id) && !stillModified(id));
    const selected = withDescendants(graph, [...changed, ...touched, ...reverted]);
    const parents = input.withParents ? missingParents(graph, selected, built) : [];
    if (reverted.length + parents.length > MAX_NAMED)
        return undefined;
    return [
        'state:modified+',
        ...reverted.map((id) => `${selectorOf(graph.get(id))}+`),
        ...parents.map((id) => selectorOf(graph.get(id))),
    ].join(' ');
}
/** dbt's `fqn:` selector of a node: its package, folders and name, as in the manifest's `fqn`. */
function selectorOf(node) {
    const fqn = node.raw.fqn;
    const parts = Array.isArray(fqn) && fqn.every((part) => typeof part === 'string') ? fqn : [node.packageName, node.name];
    return `fqn:${parts.join('.')}`;
}
function kindOf(uniqueId) {
    return uniqueId.slice(0, uniqueId.indexOf('.'));
}

;// CONCATENATED MODULE: ./src/validate/dbt-validator.ts
















/**
 * The validate stage: a base manifest before any edit, then per round a slim `dbt build` of what changed
 * and sqlfluff on the changed SQL. dbt's artifacts stay under the project's (ignored) target folder; each
 * manifest is parsed once, and its graph handed on to the stages after validation. Work is done once per
 * run: dbt reuses the run's parse (see `DbtCli`), a later round builds what changed and its children
 * against the relations the first round built, and a round whose files did not change is not run again.
 */
class DbtValidator {
    options;
    dbt;
    log;
    sqlChecker;
    base;
    lint;
    built = new BuiltRelations();
    lastBuild;
    lastRound;
    lastSnapshot;
    constructor(options, dbt, linter, log, 
    /** Judges the SQL each build ran; without one, only the source rules of the guard have looked. */
    sqlChecker) {
        this.options = options;
        this.dbt = dbt;
        this.log = log;
        this.sqlChecker = sqlChecker;
        this.lint = new ChangedLint(linter, log, options.workDir);
    }
    /**
     * Installs packages when declared and not installed as the lock file pins them, then parses the
     * untouched checkout (with `deferTarget` when set) or reads the production manifest.
     */
    async prepareBase(stateManifest = this.options.stateManifest) {
        const project = await (0,dbt_project/* readDbtProject */.ce)(this.options.projectDir);
        const layout = await (0,project_layout/* layoutWithLocalPackages */.J$)(project, this.options.repoDir ?? project.dir);
        await (0,package_install/* installPackages */.R)(project, this.dbt, this.log);
        const stateDir = external_node_path_default().join(this.options.workDir, 'dbt-state');
        await (0,promises_.mkdir)(stateDir, { recursive: true });
        const stateFile = external_node_path_default().join(stateDir, 'manifest.json');
        const deferTarget = stateManifest ? undefined : this.options.deferTarget;
        let mode;
        let brokenBase;
        if (stateManifest) {
            const source = await manifestFile(stateManifest);
            await (0,promises_.copyFile)(source, stateFile);
            mode = 'deferred';
            this.log.info(`Deferring to the production manifest ${source}`);
        }
        else {
            const targetPath = external_node_path_default().join(autopilotDir(project), deferTarget ? `base-${deferTarget}` : 'base');
            await (0,promises_.rm)(targetPath, { recursive: true, force: true });
            const parse = await this.dbt.parse(targetPath, deferTarget ? { target: deferTarget } : {});
            if (parse.exitCode !== 0 && !isParseError(parse)) {
                throw new dbt_error/* DbtError */.x(deferTarget
                    ? `dbt parse --target ${deferTarget} (input \`defer-target\`) failed on the checkout before any edit: ${summarize(parse)}\nName a target of your profile whose relations are production's, with its credentials in the environment, or leave the input empty.`
                    : `dbt parse failed on the checkout before any edit, so there is nothing to compare changes with: ${summarize(parse)}`);
            }
            if (parse.exitCode !== 0) {
                brokenBase = summarize(parse);
                mode = 'full';
                this.log.warn(`The project does not parse before any edit; the change is validated alone (everything it selects is built): ${brokenBase}`);
            }
            else {
                await (0,promises_.copyFile)(external_node_path_default().join(targetPath, 'manifest.json'), stateFile);
                mode = deferTarget ? 'deferred' : 'with-parents';
                this.log.info(deferTarget
                    ? `Base parsed with target \`${deferTarget}\` (input \`defer-target\`): unmodified parents are read from its relations.`
                    : 'No production manifest given (input `state-manifest` or `defer-target`): modified models are built with their parents in the first round.');
            }
        }
        const graph = brokenBase ? undefined : (0,project_graph/* loadManifestGraph */.WI)(await (0,promises_.readFile)(stateFile, 'utf8'), stateFile);
        const lint = await this.lint.prepare(this.options.lint, project, layout);
        this.base = {
            project,
            layout,
            lint,
            stateDir,
            mode,
            ...(graph ? { graph } : {}),
            ...(brokenBase ? { brokenBase } : {}),
        };
        return {
            stateDir,
            mode,
            layout,
            ...(graph ? { graph } : {}),
            ...(brokenBase ? { brokenBase } : {}),
            ...(deferTarget && mode === 'deferred' ? { deferTarget } : {}),
        };
    }
    /**
     * Builds what the changed files affect and lints the changed SQL. `changedFiles` are relative to the
     * project folder (absolute paths inside it are accepted too).
     */
    async validate(round, changedFiles) {
        const base = this.base;
        if (!base)
            throw new Error('DbtValidator.validate called before prepareBase()');
        const files = rootRelative(base.layout.root, changedFiles);
        const snapshot = await snapshotOf(base.layout.root, files);
        const fingerprint = fingerprintOf(snapshot);
        const edited = this.lastSnapshot ? changedSince(this.lastSnapshot, snapshot) : [...snapshot.keys()];
        this.lastSnapshot = snapshot;
        const last = this.lastRound;
        if (last && last.fingerprint === fingerprint)
            return this.repeat(round, last.result);
        const targetPath = external_node_path_default().join(autopilotDir(base.project), `round-${round}`);
        await (0,promises_.rm)(targetPath, { recursive: true, force: true });
        const existing = [...snapshot].filter(([, hash]) => hash !== null).map(([file]) => file);
        const [{ step: dbt, graph }, lint] = base.lint.afterBuild
            ? [
                await this.build(base, round, targetPath, snapshot),
                await this.lint.lintChanged(base.lint, existing),
            ]
            : await Promise.all([
                this.build(base, round, targetPath, snapshot),
                this.lint.lintChanged(base.lint, existing),
            ]);
        const packages = (0,project_layout/* editablePackages */.as)(base.layout);
        // Without a base, the change's own manifest stands in for it: models are named by the files changed.
        const reference = base.graph ?? graph;
        const models = reference ? (0,manifest/* changedModels */.FU)(reference, graph, packages, files) : [];
        if (dbt.ok && graph) {
            const unchecked = uncheckedChanges({
                layout: base.layout,
                files: existing,
                base: base.graph ?? graph,
                graph,
                results: dbt.results,
                changedModels: models,
            });
            if (unchecked.length > 0) {
                dbt.unchecked = unchecked;
                dbt.ok = false;
            }
        }
        const validation = { round, ok: dbt.ok && lint.ok, dbt, lint, changedModels: models, edited };
        this.log.info(`Round ${round}: dbt ${dbt.ok ? 'passed' : 'failed'} (${dbt.results.length} nodes, ${dbt.mode}` +
            `${dbt.unchecked ? `, ${dbt.unchecked.length} unchecked` : ''}${parseNote(dbt)}), ${lintSentence(lint)}`);
        const result = { validation, ...(graph ? { graph } : {}) };
        this.lastRound = { fingerprint, result };
        return result;
    }
    noteRelationsBuilt(uniqueIds) {
        this.built.recordOutside(uniqueIds);
    }
    /** The files are as an earlier round left them: its verdict stands, without running dbt or sqlfluff. */
    repeat(round, earlier) {
        const from = earlier.validation.reusedFrom ?? earlier.validation.round;
        this.log.info(`Round ${round}: the changed files are the same as in round ${from}; its result stands (dbt and sqlfluff not run again).`);
        const validation = { ...structuredClone(earlier.validation), round, reusedFrom: from, edited: [] };
        return { validation, ...(earlier.graph ? { graph: earlier.graph } : {}) };
    }
    /**
     * Builds the round's selection. A later round that expected the parents of what it builds to be there
     * and finds (in the manifest dbt just wrote) one no round built, builds again with `@` as the first round.
     */
    async build(base, round, targetPath, snapshot) {
        const selection = this.selection(base, snapshot);
        let built = await this.runBuild(base, selection, targetPath);
        let launches = 1;
        if (selection.parentsFrom !== undefined && built.graph) {
            const ran = new Set(built.step.results.map((result) => result.uniqueId));
            const missing = missingParents(built.graph, ran, this.built);
            if (missing.length > 0) {
                this.log.info(`Round ${round}: the change reads ${missing.length} relation(s) no earlier round built (${preview(missing)}); building again with their parents.`);
                const again = `${targetPath}-with-parents`;
                await (0,promises_.rm)(again, { recursive: true, force: true });
                const first = built.step.sqlVerdict;
                built = await this.runBuild(base, { select: '@state:modified' }, again);
                launches++;
                // What the first build ran is judged too: it ran, even if its results are replaced.
                const verdict = built.step.sqlVerdict;
                if (first && verdict && first.findings.length > 0) {
                    verdict.findings = [...first.findings, ...verdict.findings];
                    verdict.statements += first.statements;
                    built.step.ok = false;
                }
            }
        }
        built.step.launches = launches;
        if (base.graph && built.graph && base.mode !== 'full') {
            const changed = new Set((0,impact/* computeImpact */.cT)(base.graph, built.graph)
                .changed.filter((change) => change.change !== 'removed')
                .map((change) => change.id));
            this.built.record(round, built.step.results, changed);
            this.lastBuild = { round, graph: built.graph, snapshot, changed };
        }
        return built;
    }
    /**
     * The first build of a run: `state:modified+` when deferring, else `@state:modified` (parents of every
     * descendant too: without relations to defer to, they must be built). A later round reads the relations
     * earlier rounds built: `state:modified+`, plus anything the tree may have reverted and parents no round
     * built yet, as far as the previous manifest tells before dbt parses.
     */
    selection(base, snapshot) {
        if (base.brokenBase !== undefined)
            return { select: 'fqn:*' };
        const deferred = base.mode === 'deferred';
        const first = { select: deferred ? 'state:modified+' : '@state:modified' };
        const last = this.lastBuild;
        if (!last || this.built.size === 0)
            return first;
        const touched = new Set();
        let onlyNodeFiles = true;
        for (const file of changedSince(last.snapshot, snapshot)) {
            const owner = (0,project_layout/* ownerOf */.bf)(base.layout, file);
            const nodes = owner
                ? last.graph.byFile(owner.file).filter((node) => node.packageName === owner.package.name)
                : [];
            if (nodes.length === 0 && !definesOwnNode(base.layout, file))
                onlyNodeFiles = false;
            for (const node of nodes)
                touched.add(node.id);
        }
        const select = laterRoundSelect({
            graph: last.graph,
            built: this.built,
            changed: last.changed,
            touched,
            onlyNodeFiles,
            withParents: !deferred,
        });
        if (!select)
            return first;
        return deferred ? { select } : { select, parentsFrom: last.round };
    }
    /** One `dbt build`; the graph is the change's manifest as dbt wrote it, when dbt could parse it. */
    async runBuild(base, selection, targetPath) {
        const deferred = base.mode === 'deferred';
        // No base manifest (the base does not parse): nothing to compare with, so everything is built.
        const alone = base.brokenBase !== undefined;
        const { select } = selection;
        const options = alone ? { defer: false } : { state: base.stateDir, defer: deferred };
        const invocation = await this.dbt.build(select, options, targetPath);
        const step = {
            ok: false,
            mode: base.mode,
            // The reproducible part; the full command line, with this runner's paths, is in the audit bundle.
            command: alone
                ? `dbt build --select ${select}`
                : `dbt build --select ${select}${deferred ? ' --defer' : ''} --state <base manifest>`,
            exitCode: invocation.exitCode,
            results: [],
            ...(invocation.parse
                ? {
                    parse: {
                        partialParse: invocation.parse.partialParse,
                        ...(invocation.parse.reason ? { reason: invocation.parse.reason } : {}),
                    },
                }
                : {}),
            ...(selection.parentsFrom !== undefined ? { parentsFrom: selection.parentsFrom } : {}),
        };
        const graph = await readGraphIfPresent(external_node_path_default().join(targetPath, 'manifest.json'));
        const runResults = invocation.timedOut
            ? undefined
            : await (0,read_if_present/* readIfPresent */.Z)(external_node_path_default().join(targetPath, 'run_results.json'));
        const nodes = graph ?? base.graph;
        const packages = (0,project_layout/* editablePackages */.as)(base.layout);
        const fileOf = (id) => nodes && (0,manifest/* fileOfNode */.OD)(nodes, packages, id);
        if (runResults !== undefined)
            step.results = (0,run_results/* parseRunResults */.H)(runResults, fileOf);
        if (this.sqlChecker && !invocation.timedOut) {
            step.sqlVerdict = await judgeBuild({
                checker: this.sqlChecker,
                project: base.project,
                invocation,
                ...(runResults !== undefined ? { runResults } : {}),
                fileOf,
            });
            if (step.sqlVerdict.notRun)
                this.log.warn(`The SQL dbt ran was not judged: ${step.sqlVerdict.notRun}`);
        }
        const forbidden = (step.sqlVerdict?.findings.length ?? 0) > 0;
        const failed = step.results.some(run_results/* isFailure */.N);
        if (invocation.exitCode !== 0 && !failed) {
            step.error =
                invocation.errors.join('\n') ||
                    `dbt build exited with code ${invocation.exitCode} and reported no node results.`;
        }
        step.ok = invocation.exitCode === 0 && !failed && !forbidden;
        return { step, ...(graph ? { graph } : {}) };
    }
}
function parseNote(dbt) {
    const parts = [];
    if (dbt.parentsFrom !== undefined)
        parts.push(`parents as round ${dbt.parentsFrom} built them`);
    if (dbt.parse)
        parts.push(dbt.parse.partialParse === 'reused' ? 'partial parse' : 'full parse');
    if ((dbt.launches ?? 1) > 1)
        parts.push(`${dbt.launches} dbt launches`);
    return parts.map((part) => `, ${part}`).join('');
}
/** A SQL or CSV file in a resource folder: new, it adds its own node and changes no other. */
function definesOwnNode(layout, file) {
    const folders = (0,project_layout/* foldersOf */.pd)(layout, ['models', 'seeds', 'snapshots', 'tests', 'analyses']);
    return /\.(sql|csv)$/.test(file) && folders.some((folder) => file.startsWith(folder));
}
function preview(ids) {
    const shown = ids.slice(0, 5).join(', ');
    return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
/** The changed files' contents now: two rounds with the same snapshot validate the same tree. */
async function snapshotOf(root, files) {
    const snapshot = new Map();
    for (const file of [...files].sort()) {
        const content = await (0,promises_.readFile)(external_node_path_default().join(root, file)).catch(() => undefined);
        snapshot.set(file, content === undefined ? null : (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex'));
    }
    return snapshot;
}
function fingerprintOf(snapshot) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([...snapshot]))
        .digest('hex');
}
/** Files whose content differs between two snapshots (a file back to its base content is in neither). */
function changedSince(before, after) {
    const files = new Set([...before.keys(), ...after.keys()]);
    return [...files].filter((file) => (before.get(file) ?? null) !== (after.get(file) ?? null));
}
function autopilotDir(project) {
    return external_node_path_default().join(project.targetDir, 'autopilot');
}
function rootRelative(root, files) {
    const relative = new Set();
    for (const file of files) {
        const rel = dbt_validator_toPosix(external_node_path_default().relative(root, external_node_path_default().resolve(root, file)));
        if (rel && !rel.startsWith('../') && rel !== '..')
            relative.add(rel);
    }
    return [...relative];
}
async function manifestFile(given) {
    const resolved = external_node_path_default().resolve(given);
    const info = await (0,promises_.stat)(resolved).catch(() => undefined);
    if (!info) {
        throw new dbt_error/* DbtError */.x(`Input \`state-manifest\` points at ${resolved}, which does not exist: download the production manifest.json first or leave the input empty.`);
    }
    return info.isDirectory() ? external_node_path_default().join(resolved, 'manifest.json') : resolved;
}
async function readGraphIfPresent(file) {
    const text = await (0,read_if_present/* readIfPresent */.Z)(file);
    return text === undefined ? undefined : (0,project_graph/* loadManifestGraph */.WI)(text, file);
}
function dbt_validator_toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}
/**
 * A project that dbt could not read (a broken ref, Jinja or YAML), as opposed to a run that could not start
 * (a missing profile or adapter is a `Runtime Error`): only the former can be the change's to fix.
 */
function isParseError(invocation) {
    if (invocation.timedOut)
        return false;
    const text = invocation.errors.join('\n');
    return /\b(?:Compilation|Parsing) Error\b/.test(text) && !/\bRuntime Error\b/.test(text);
}
function summarize(invocation) {
    const detail = invocation.errors.join('\n').trim() || `exit code ${invocation.exitCode}`;
    return detail.length > 2000 ? `${detail.slice(0, 2000)}…` : detail;
}

;// CONCATENATED MODULE: ./src/evidence/evidence.ts
/** What the data looks like after the change, next to the base: the `evidence` stage of the run record. */
const DEFAULT_EVIDENCE_LIMITS = { models: 5, columns: 12, sampleRows: 5 };

// EXTERNAL MODULE: ./src/evidence/evidence-targets.ts + 1 modules
var evidence_targets = __webpack_require__(65055);
// EXTERNAL MODULE: ./src/evidence/profile-rows.ts
var profile_rows = __webpack_require__(89712);
// EXTERNAL MODULE: ./src/evidence/profile-sql.ts
var profile_sql = __webpack_require__(14833);
;// CONCATENATED MODULE: ./src/evidence/gather-evidence.ts





const DEFAULT_MAX_MS = 5 * 60_000;
/** Below this much time left, a `dbt show` is not started (it would only be stopped). */
const MIN_LAUNCH_MS = 10_000;
/**
 * The data evidence through `dbt show --inline`, in the sandbox validation ran in: one query per changed
 * model for row counts and column profiles of both sides, and one for a sample of changed rows when the
 * model declares a primary key. Bounded by `limits` and a time budget; a model whose query fails gets its
 * error, the others go on.
 */
class DbtEvidence {
    dbt;
    options;
    log;
    limits;
    constructor(dbt, options, log) {
        this.dbt = dbt;
        this.options = options;
        this.log = log;
        this.limits = options.limits ?? DEFAULT_EVIDENCE_LIMITS;
    }
    async gather(input) {
        const { baseGraph, graph } = input;
        if (!baseGraph || !graph || input.mode === 'full')
            return undefined;
        const { targets, notCompared } = (0,evidence_targets/* evidenceTargets */.QU)({ ...input, baseGraph, graph, limits: this.limits });
        if (targets.length === 0)
            return undefined;
        const left = this.options.budget?.remainingMs() ?? Number.POSITIVE_INFINITY;
        const budgetMs = Math.floor(Math.min(this.options.maxMs ?? DEFAULT_MAX_MS, left / 2));
        const budget = deadlineAfter(budgetMs);
        const stage = {
            status: 'gathered',
            models: [],
            limits: this.limits,
            modelsNotCompared: notCompared,
            modelsOutOfTime: [],
            launches: 0,
        };
        const show = async (query, limit) => {
            if (budget.remainingMs() < MIN_LAUNCH_MS)
                return undefined;
            stage.launches++;
            return this.dbt.show(query, { limit, targetPath: this.options.targetPath, timeBudget: budget });
        };
        for (const target of targets) {
            const evidence = await this.model(target, show, budgetMs);
            if (!evidence) {
                stage.modelsOutOfTime = targets.slice(targets.indexOf(target)).map((t) => t.name);
                break;
            }
            stage.models.push(evidence);
            this.log.info(`Data evidence for ${target.name}: ${summary(evidence)}`);
            if (evidence.error && budget.remainingMs() < MIN_LAUNCH_MS) {
                stage.modelsOutOfTime = targets.slice(targets.indexOf(target) + 1).map((t) => t.name);
                break;
            }
        }
        const failed = stage.models.filter((model) => model.error).length + stage.modelsOutOfTime.length;
        const outOfTime = `the time budget for data evidence (${Math.round(budgetMs / 1000)} s) ran out`;
        if (failed === 0)
            return stage;
        const done = stage.models.length - stage.models.filter((model) => model.error).length;
        stage.status = done > 0 ? 'partial' : 'not-gathered';
        const firstError = stage.models.find((model) => model.error)?.error;
        stage.reason = stage.modelsOutOfTime.length > 0 ? outOfTime : `dbt show failed: ${firstError ?? ''}`;
        return stage;
    }
    /** One model's evidence; undefined when the budget left no time to start its query. */
    async model(target, show, budgetMs) {
        const evidence = {
            id: target.id,
            name: target.name,
            relation: target.relation.relationName,
            base: baseSide(target),
            columns: [],
            unprofiledColumns: 0,
            ...(target.primaryKey ? { primaryKey: target.primaryKey } : {}),
            notes: [...target.notes],
        };
        const profile = await show((0,profile_sql/* profileQuery */.Q6)(target, this.limits.columns), 2);
        if (!profile)
            return undefined;
        let columns;
        try {
            if (profile.exitCode !== 0 || !profile.rows)
                throw new Error(failure(profile, budgetMs));
            columns = (0,profile_rows/* parseProfileColumns */.WO)(profile.logged);
            Object.assign(evidence, (0,profile_rows/* parseProfile */.jZ)(columns, profile.rows));
        }
        catch (error) {
            evidence.error = message(error);
            return evidence;
        }
        if (target.base.kind === 'production' && columns.base === null) {
            evidence.base = {
                kind: 'none',
                reason: `the production relation ${target.base.relationName} does not exist`,
            };
        }
        if (!target.primaryKey || columns.base === null)
            return evidence;
        const plan = samplePlan(target.primaryKey, columns);
        if ('skipped' in plan) {
            evidence.sampleSkipped = plan.skipped;
            return evidence;
        }
        const sample = await show((0,profile_sql/* changedRowsQuery */.WL)(target, plan.key, plan.compared), this.limits.sampleRows);
        if (!sample) {
            evidence.sampleSkipped = 'the time budget ran out before the changed rows were read';
            return evidence;
        }
        try {
            if (sample.exitCode !== 0 || !sample.rows)
                throw new Error(failure(sample, budgetMs));
            evidence.sample = (0,profile_rows/* parseChangedRows */.vB)(plan.key, plan.compared, sample.rows, this.limits.sampleRows);
        }
        catch (error) {
            evidence.sampleSkipped = `the changed-rows query failed: ${message(error)}`;
        }
        return evidence;
    }
}
function baseSide(target) {
    const { base } = target;
    if (base.kind === 'production')
        return { kind: 'production', relation: base.relationName };
    if (base.kind === 'base-sql')
        return { kind: 'base-sql' };
    return base;
}
/** The key and the compared columns as each side names them, or why there is no sample to take. */
function samplePlan(primaryKey, columns) {
    const find = (list, name) => (list ?? []).find(([column]) => column.toLowerCase() === name.toLowerCase());
    const pair = (name) => {
        const next = find(columns.new, name);
        const base = find(columns.base, name);
        if (!next || !base)
            return undefined;
        return { new: next[0], base: base[0], sameType: next[1].toLowerCase() === base[1].toLowerCase() };
    };
    const key = [];
    for (const name of primaryKey) {
        const column = pair(name);
        if (!column)
            return { skipped: `the key column \`${name}\` is not on both sides` };
        key.push(column);
    }
    const keyNames = new Set(key.map((column) => column.new.toLowerCase()));
    const compared = columns.profiled
        .filter((name) => !keyNames.has(name.toLowerCase()))
        .map(pair)
        .filter((column) => column !== undefined);
    if (compared.length === 0)
        return { skipped: 'no profiled column besides the key is on both sides' };
    return { key, compared };
}
function failure(invocation, budgetMs) {
    if (invocation.timedOut)
        return `dbt show was stopped when the time budget for data evidence (${Math.round(budgetMs / 1000)} s) ran out`;
    const detail = invocation.errors.join('\n').trim() || `dbt show exited with code ${invocation.exitCode}`;
    return detail.length > 500 ? `${detail.slice(0, 500)}…` : detail;
}
function message(error) {
    if (error instanceof profile_rows/* EvidenceParseError */.zS)
        return `dbt's answer was not understood: ${error.message}`;
    return error instanceof Error ? error.message : String(error);
}
function summary(evidence) {
    if (evidence.error)
        return `not gathered (${evidence.error.split('\n')[0] ?? ''})`;
    const rows = evidence.rows;
    const counts = rows ? `${rows.base ?? '–'} → ${rows.new} rows` : '';
    const changed = evidence.sample ? `, ${evidence.sample.changedRows} changed row(s)` : '';
    return `${counts}${changed}`;
}

// EXTERNAL MODULE: ./src/test-strategy/data-probe.ts + 1 modules
var data_probe = __webpack_require__(89636);
// EXTERNAL MODULE: ./src/run/run-stop.ts
var run_stop = __webpack_require__(46781);
;// CONCATENATED MODULE: ./src/run/compose.ts



















































/** The adapters of one ticket's run, from the settings. */
function composeTicketRun(options) {
    const { settings, environment, repoDir, commands, log } = options;
    const github = githubAccess(settings, environment, log, options.githubRetry);
    requirePublishAccess(settings, environment, github);
    const codeHost = settings.gitlab?.token
        ? new GitLabCodeHost({ ...settings.gitlab, token: settings.gitlab.token })
        : github && new OctokitCodeHost(github);
    const projectDir = external_node_path_default().resolve(repoDir, settings.dbt.projectDir);
    const workDir = external_node_path_default().join(options.outDir, 'dbt');
    const { dbt, validator, timeBudget, sqlChecker, sqlShapes, lintRules } = dbtAdapters(settings, {
        ...options,
        workDir,
    });
    const tickets = settings.mode === 'detect-schema-drift'
        ? new schema_drift_source/* SchemaDriftSource */.g(dbt, {
            projectDir,
            targetPath: external_node_path_default().join(workDir, 'schema-drift'),
            dbtTarget: settings.dbt.target,
            log,
        })
        : createTicketSource(settings, {
            workspace: repoDir,
            repository: environment.repository && `${environment.repository.owner}/${environment.repository.repo}`,
            github: github?.client,
        });
    const productionState = settings.dbt.stateArtifact && !settings.dbt.stateManifest
        ? (0,production_state/* artifactProductionState */.R)(settings.dbt.stateArtifact, github && codeHost && { ...github, codeHost }, workDir)
        : undefined;
    return {
        tickets,
        model: options.model ?? languageModel(settings, settings.anthropic.model),
        // A small model classifies; an injected model (tests, the demo) plays every stage unless told otherwise.
        classifierModel: options.classifierModel ?? options.model ?? languageModel(settings, settings.anthropic.classifierModel),
        // Only with `review`: a review model nobody calls must not need a price.
        ...(settings.review.model
            ? {
                reviewModel: options.reviewModel ?? options.model ?? languageModel(settings, settings.anthropic.reviewModel),
            }
            : {}),
        validator,
        conventions: new RepositoryConventions({
            repoDir,
            projectDir,
            customInstructions: settings.customInstructions,
            ...(settings.dbt.lint === false ? {} : { lintRules }),
        }),
        // `dbt show` runs the change's SQL: through the same sandboxed dbt as validation.
        ...(settings.dbt.dataEvidence
            ? {
                evidence: new DbtEvidence(dbt, { targetPath: external_node_path_default().join(workDir, 'evidence'), budget: timeBudget }, log),
            }
            : {}),
        // The agent's compile, preview and build_selected: the same sandboxed dbt, deferring as validation does.
        ...(settings.dbt.maxToolCalls > 0
            ? {
                workbench: (base) => new DbtCliWorkbench(dbt, {
                    targetPath: external_node_path_default().join(workDir, 'agent-tools'),
                    ...(base.mode === 'deferred' ? { deferTo: base.stateDir } : {}),
                    judge: executedForbiddenSql(sqlChecker, projectDir),
                }),
            }
            : {}),
        ...(settings.review.sqlChecks ? { sqlShapes } : {}),
        ...(settings.dbt.proposeTests
            ? {
                testProbe: new data_probe/* DbtDataProbe */.vf(dbt, {
                    targetPath: external_node_path_default().join(workDir, 'test-strategy'),
                    timeBudget,
                }),
            }
            : {}),
        git: checkoutGit(settings, repoDir, commands),
        policySource: new GitPolicySource(commands, {
            serverUrl: environment.serverUrl,
            token: settings.githubToken,
        }),
        codeHost,
        ...(settings.commitSigning && github ? { commitApi: new OctokitCommitApi(github) } : {}),
        productionState,
        ticketWriteBack: ticketWriteBack(settings),
        log,
    };
}
/** A run that publishes needs the code host's repository and token: else it stops before any work. */
function requirePublishAccess(settings, environment, github) {
    if (!settings.dryRun && settings.gitlab && !settings.gitlab.token) {
        throw new run_stop/* RunStop */.c('failed:config', `No GitLab token: set ${(0,input_wording/* inputLabel */.NB)('gitlab-token', settings.surface)} to a project access token with the \`api\` and \`write_repository\` scopes (Developer role), or ${settings.surface === 'terminal' ? 'pass `--dry-run`' : 'use a dry run'}.`);
    }
    if (!settings.dryRun && !settings.gitlab && !github) {
        throw new run_stop/* RunStop */.c('failed:config', settings.surface === 'terminal'
            ? environment.repository
                ? 'No GitHub token: set `GITHUB_TOKEN` (or `--github-token`) to a token with `contents: write` and `pull-requests: write`, or pass `--dry-run`.'
                : 'No repository to open the pull request in (GITHUB_REPOSITORY is not set): set GITHUB_REPOSITORY=owner/repo with GITHUB_TOKEN, or pass `--dry-run`.'
            : environment.repository
                ? 'No GitHub token: set input `github-token` (the default `${{ github.token }}` works with `contents: write` and `pull-requests: write`), or set `dry-run: true`.'
                : 'No repository to open the pull request in (GITHUB_REPOSITORY is not set): run inside GitHub Actions, set GITHUB_REPOSITORY=owner/repo, or use a dry run.');
    }
}
/**
 * The validator a run uses (dbt and sqlfluff in the sandbox the settings ask for), on its own: for the
 * MCP server's `validate`, which checks a working tree without a ticket or a model.
 */
function composeValidator(options) {
    return dbtAdapters(options.settings, options).validator;
}
function dbtAdapters(settings, options) {
    const { repoDir, workDir, commands, log } = options;
    const projectDir = external_node_path_default().resolve(repoDir, settings.dbt.projectDir);
    const timeBudget = deadlineAfter((0,config_settings/* runWallMs */.EO)(settings));
    const tools = dbtTools(settings, { repoDir, workDir, commands, onSandbox: options.onSandbox });
    const dbt = dbtCli(settings, repoDir, workDir, tools, timeBudget, log);
    const linter = new SqlfluffLinter({
        projectDir,
        repoDir,
        executable: settings.dbt.sqlfluffExecutable,
        timeoutMs: settings.dbt.timeoutMs,
        timeBudget,
    }, tools.runner);
    // The verdict's input is model-influenced SQL: the parser runs in the same sandbox as dbt.
    const sqlChecker = new SqlglotChecker({ python: pythonBesideDbt(settings.dbt.executable), timeoutMs: settings.dbt.timeoutMs, timeBudget }, tools.runner);
    const stateManifest = settings.dbt.stateManifest && external_node_path_default().resolve(repoDir, settings.dbt.stateManifest);
    const validator = new DbtValidator({
        projectDir,
        repoDir,
        lint: settings.dbt.lint,
        workDir,
        ...(stateManifest ? { stateManifest } : {}),
        ...(settings.dbt.deferTarget ? { deferTarget: settings.dbt.deferTarget } : {}),
    }, dbt, linter, log, sqlChecker);
    // The rules are the repository's configuration, read by sqlfluff's own code: in the sandbox too.
    const lintRules = new SqlfluffRules({
        projectDir,
        repoDir,
        python: pythonBesideDbt(settings.dbt.sqlfluffExecutable),
        timeoutMs: settings.dbt.timeoutMs,
        timeBudget,
    }, tools.runner);
    // The optimization checks parse model-written SQL too: the same sandbox.
    const sqlShapes = new SqlglotShapeReader({ python: pythonBesideDbt(settings.dbt.executable), timeoutMs: settings.dbt.timeoutMs, timeBudget }, tools.runner);
    return { dbt, validator, timeBudget, sqlChecker, sqlShapes, lintRules };
}
/** The parser's verdict on what one of the agent's dbt commands executed: what no node may run. */
function executedForbiddenSql(checker, projectDir) {
    return async (invocation, runResults) => {
        const verdict = await judgeBuild({
            checker,
            project: await (0,dbt_project/* readDbtProject */.ce)(projectDir),
            invocation,
            ...(runResults !== undefined ? { runResults } : {}),
            fileOf: () => undefined,
        });
        return verdict.findings.filter((finding) => finding.executed);
    };
}
/**
 * The runner for an eval task's check command (`dbt-autopilot eval`): it runs against the model's change,
 * so inside the same sandbox as dbt.
 */
function composeCheckRunner(options) {
    return dbtTools(options.settings, options).runner;
}
/** Git in the checkout, for work around a run (checking out the branch a revision builds on). */
function checkoutGit(settings, repoDir, commands) {
    if (settings.gitlab)
        return new git_git/* Git */.TU(commands, repoDir, settings.gitlab.token, {
            ...commitIdentity(settings),
            serverUrl: settings.gitlab.url,
            tokenUser: 'oauth2',
        });
    return new git_git/* Git */.TU(commands, repoDir, settings.githubToken, commitIdentity(settings));
}
/** `commit-author` as both author and committer; unset, Git's default (github-actions[bot]). */
function commitIdentity(settings) {
    return settings.commitAuthor ? { author: settings.commitAuthor, committer: settings.commitAuthor } : {};
}
let lastClient;
/**
 * The repository and the one GitHub client of the job, absent without a repository or a token. Every
 * adapter of a job shares the client (the Action job asks for it once per adapter it opens).
 */
function githubAccess(settings, environment, log, retry) {
    const token = settings.githubToken;
    if (!environment.repository || !token)
        return undefined;
    const key = JSON.stringify([token, environment.apiUrl, retry ?? {}]);
    if (lastClient?.key !== key)
        lastClient = { key, client: createGitHubClient({ token, apiUrl: environment.apiUrl, retry, log }) };
    return { client: lastClient.client, ...environment.repository };
}
function languageModel(settings, model) {
    const { provider, baseUrl } = settings.anthropic;
    if (provider === 'bedrock')
        return bedrockModel({
            model,
            region: settings.anthropic.awsRegion,
            baseURL: baseUrl,
            surface: settings.surface ?? 'action',
        });
    if (provider === 'vertex') {
        return vertexModel({
            model,
            region: settings.anthropic.vertexRegion ?? 'global',
            projectId: settings.anthropic.vertexProjectId,
            baseURL: baseUrl,
            surface: settings.surface ?? 'action',
        });
    }
    // A schema drift check may need no model at all: the key is asked for only when a call is made.
    if (!settings.anthropic.apiKey && settings.mode === 'detect-schema-drift')
        return keylessModel(model);
    return new AnthropicModel({
        apiKey: settings.anthropic.apiKey ?? '',
        baseURL: settings.anthropic.baseUrl,
        model,
    });
}
/**
 * dbt and sqlfluff run model-written Jinja and SQL: unless `sandbox: off`, inside bubblewrap (or, when
 * `auto` finds it cannot run, at least with the allow-listed environment) and with the run's copy of
 * profiles.yml (DuckDB's own file access switched off).
 */
function dbtTools(settings, options) {
    const { repoDir, workDir, commands } = options;
    const projectDir = external_node_path_default().resolve(repoDir, settings.dbt.projectDir);
    const configured = settings.dbt.profilesDir && external_node_path_default().resolve(repoDir, settings.dbt.profilesDir);
    const mode = settings.dbt.sandbox;
    if (mode === 'off') {
        options.onSandbox?.({ mode, contained: false, reason: 'input `sandbox` is `off`' });
        return { runner: commands, installRunner: commands, profilesDir: configured };
    }
    const source = locateProfilesDir(configured, projectDir, process.env);
    const sandbox = new Sandbox(commands, {
        mode,
        executable: 'bwrap',
        prepare: () => prepareDbtSandbox({
            repoDir,
            projectDir,
            profilesDir: source,
            target: settings.dbt.target,
            workDir,
            executables: [settings.dbt.executable, settings.dbt.sqlfluffExecutable],
            inherited: process.env,
            secrets: (0,config_settings/* secretsOf */.Fj)(settings),
        }),
        onReport: options.onSandbox,
    });
    return {
        runner: sandbox.runner(),
        // `dbt deps` runs on the checkout before any edit; it fetches packages and writes the lock file.
        installRunner: sandbox.runner({ network: true, writable: [projectDir] }),
        profilesDir: source ? sandboxProfilesDir(workDir) : configured,
    };
}
function dbtCli(settings, repoDir, workDir, tools, timeBudget, log) {
    return new DbtCli({
        projectDir: external_node_path_default().resolve(repoDir, settings.dbt.projectDir),
        profilesDir: tools.profilesDir,
        target: settings.dbt.target,
        executable: settings.dbt.executable,
        timeoutMs: settings.dbt.timeoutMs,
        logDir: external_node_path_default().join(workDir, 'logs'),
        timeBudget,
        progress: (message) => log.info(`  dbt: ${message}`),
    }, tools.runner, tools.installRunner);
}
/** The source that can read `settings.ticket.key`, with the credentials it needs checked up front. */
function createTicketSource(settings, deps = {}) {
    const surface = settings.surface ?? 'action';
    const workspace = deps.workspace ?? process.cwd();
    const fileExists = deps.fileExists ?? ((file) => (0,external_node_fs_.existsSync)(external_node_path_default().resolve(workspace, file)));
    const kind = resolveTicketKind(settings.ticket.key, settings.ticket.source, fileExists, Boolean(settings.gitlab));
    const key = settings.ticket.key.trim();
    switch (kind) {
        case 'file':
            return new file_source/* FileTicketSource */.Q(workspace);
        case 'gitlab': {
            if (!settings.gitlab)
                throw new ticket/* TicketError */.F('invalid', `Ticket ${key} is a GitLab issue, but the project is unknown: set ${(0,input_wording/* inputLabel */.NB)('gitlab-project', surface)} (CI_PROJECT_PATH in GitLab CI) and ${(0,input_wording/* inputLabel */.NB)('code-host', surface)} to gitlab`);
            if (!settings.gitlab.token)
                throw new ticket/* TicketError */.F('unauthorized', `Ticket ${key} is a GitLab issue, but ${(0,input_wording/* inputLabel */.NB)('gitlab-token', surface)} is empty: set it to a token with the \`read_api\` (or \`api\`) scope and at least the Reporter role`);
            return new GitLabIssueSource({ ...settings.gitlab, token: settings.gitlab.token });
        }
        case 'github': {
            const [owner, repo, ...extra] = (deps.repository ?? '').split('/');
            if (!owner || !repo || extra.length > 0) {
                throw new ticket/* TicketError */.F('invalid', `Ticket ${key} is a GitHub issue, but the repository is unknown: run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name`);
            }
            if (!deps.github && !settings.githubToken) {
                throw new ticket/* TicketError */.F('unauthorized', surface === 'action'
                    ? `Ticket ${key} is a GitHub issue, but input \`github-token\` is empty: pass \`with: github-token: \${{ github.token }}\``
                    : `Ticket ${key} is a GitHub issue, but ${(0,input_wording/* inputLabel */.NB)('github-token', surface)} is empty: set ${(0,input_wording/* settingHint */.kw)('github-token', '<token with issues: read>', surface)}`);
            }
            const client = deps.github ?? createGitHubClient({ token: settings.githubToken ?? '', apiUrl: deps.githubApiUrl });
            return new GitHubIssueSource({ client, owner, repo });
        }
        case 'jira': {
            const { url } = settings.jira;
            if (!url) {
                throw new ticket/* TicketError */.F('invalid', `Ticket ${key} is a Jira key, but ${(0,input_wording/* inputLabel */.NB)('jira-url', surface)} is not set: pass ${(0,input_wording/* settingHint */.kw)('jira-url', 'https://your-site.atlassian.net', surface)}`);
            }
            const auth = jiraAuth(settings.jira);
            if (!auth) {
                throw new ticket/* TicketError */.F('unauthorized', surface === 'action'
                    ? `Ticket ${key} is a Jira key, but no Jira credentials are set: pass \`jira-email\` with \`jira-api-token\` (an Atlassian API token), or \`jira-bearer-token\`, from repository secrets`
                    : `Ticket ${key} is a Jira key, but no Jira credentials are set: set JIRA_EMAIL with JIRA_API_TOKEN (an Atlassian API token), or JIRA_BEARER_TOKEN`);
            }
            return jiraSite(settings, url, auth, deps.sleep).ticketSource();
        }
    }
}
// Job-level adapters: who asked, where progress goes, the history, the backlog.
/**
 * Where the audit bundle is uploaded: the workflow's artifacts, and the `audit-fallback` that takes it
 * when they cannot (GHES), through the same GitHub client as the run.
 */
function openAuditStores(settings, environment, log) {
    const github = githubAccess(settings, environment, log);
    const where = settings.artifact.fallback;
    const options = { serverUrl: environment.serverUrl };
    return {
        artifacts: new artifact_store/* ActionsArtifactStore */.j(),
        ...(github && where === 'branch' ? { fallback: new BranchAuditStore(github, options) } : {}),
        ...(github && where === 'release' ? { fallback: new ReleaseAuditStore(github, options) } : {}),
    };
}
/** The repository through the GitHub API: permissions, comments, pull requests; absent without a token. */
function openRepository(settings, environment, log) {
    const github = githubAccess(settings, environment, log);
    return github && new GitHubRepository(github);
}
function openPullRequestReviews(settings, environment, log) {
    const github = githubAccess(settings, environment, log);
    return github && new OctokitPullRequestReviews(github);
}
/** The run history on the `autopilot-history` branch, when the run can push to the repository. */
function openHistory(settings, environment, log) {
    if (!environment.repository || !settings.githubToken || settings.dryRun)
        return undefined;
    const git = new git_git/* Git */.TU(new command_runner.SpawnCommandRunner(), environment.workspace ?? process.cwd(), settings.githubToken, {
        serverUrl: environment.serverUrl,
    });
    return new GitHistoryStore({ git, log });
}
/** The chat channels notifications go to: Slack (a webhook or a bot) and Teams, each when configured. */
function openNotifiers(settings) {
    const { slack, teams } = settings.notify;
    const notifiers = [];
    if (slack && 'webhookUrl' in slack)
        notifiers.push(new SlackWebhookNotifier(slack.webhookUrl));
    if (slack && 'botToken' in slack)
        notifiers.push(new SlackBotNotifier({ token: slack.botToken, channel: slack.channel }));
    if (teams)
        notifiers.push(new TeamsWorkflowNotifier(teams.webhookUrl));
    return notifiers;
}
const compose_JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
/**
 * Where the progress comment goes. `auto`: the GitHub issue or PR the run is about, or the GitLab issue that
 * is the ticket, else the Jira ticket; `github`/`gitlab`/`jira`: only that one; `none`: nowhere. Settings
 * refuse `github` on GitLab and `gitlab` off it.
 */
function progressThread(settings, comments, issueNumber) {
    const where = settings.progressComment;
    if (where === 'none')
        return undefined;
    if (where === 'gitlab' || where === 'auto') {
        const notes = gitlabIssueNotes(settings);
        if (notes || where === 'gitlab')
            return notes;
    }
    if (where !== 'jira' && comments && issueNumber !== undefined) {
        return {
            create: async (body) => String((await comments.create(issueNumber, body)).id),
            update: (id, body) => comments.update(Number(id), body),
        };
    }
    const auth = jiraAuth(settings.jira);
    if (where === 'github' || !settings.jira.url || !auth || !compose_JIRA_KEY.test(settings.ticket.key))
        return undefined;
    return jiraSite(settings, settings.jira.url, auth).thread(settings.ticket.key);
}
/**
 * The ticket's own comment thread, whatever `progress-comment` says: the question goes there and the
 * answer is read from there. A GitHub issue (`#42`) through the repository, a Jira key through Jira.
 */
function ticketThread(settings, comments) {
    const key = settings.ticket.key.trim();
    const gitlabIssue = gitlabIssueNotes(settings);
    if (gitlabIssue)
        return gitlabIssue;
    const issue = /^#(\d+)$/.exec(key);
    if (issue) {
        if (!comments)
            return undefined;
        const number = Number(issue[1]);
        return {
            create: async (body) => String((await comments.create(number, body)).id),
            update: (id, body) => comments.update(Number(id), body),
            list: async () => (await comments.list(number)).map((comment) => ({
                id: String(comment.id),
                author: comment.login,
                bot: comment.bot,
                body: comment.body,
                createdAt: comment.createdAt,
            })),
        };
    }
    const auth = jiraAuth(settings.jira);
    if (!settings.jira.url || !auth || !compose_JIRA_KEY.test(key))
        return undefined;
    return jiraSite(settings, settings.jira.url, auth).thread(key);
}
/** The notes of the GitLab issue the run's ticket is, when it is one and there is a token to write them. */
function gitlabIssueNotes(settings) {
    const { gitlab } = settings;
    if (!gitlab?.token)
        return undefined;
    let kind;
    try {
        kind = resolveTicketKind(settings.ticket.key, settings.ticket.source, () => false, true);
    }
    catch {
        return undefined;
    }
    if (kind !== 'gitlab')
        return undefined;
    const match = /^(?:(?<project>.+))?#(?<iid>\d+)$/.exec(settings.ticket.key.trim());
    if (!match?.groups)
        return undefined;
    const project = match.groups['project'] ?? gitlab.project;
    return new GitLabIssueNotes({ ...gitlab, project, token: gitlab.token }, Number(match.groups['iid']));
}
/** The tracker that answers the backlog query, and the repository's open pull requests. */
function openBacklog(query, settings, environment, log) {
    const github = githubAccess(settings, environment, log);
    const auth = jiraAuth(settings.jira);
    if (settings.gitlab) {
        if (!settings.gitlab.token)
            throw new backlog_item/* BacklogError */.Kb(`The backlog needs the GitLab issues and merge requests already open: set ${(0,input_wording/* inputLabel */.NB)('gitlab-token', settings.surface)}.`);
        const project = { ...settings.gitlab, token: settings.gitlab.token };
        return {
            source: query.tracker === 'jira' ? jiraBacklog(settings, auth, log) : new GitLabBacklogSource(project),
            openPullRequests: new GitLabCodeHost(project),
        };
    }
    const needGitHub = (what) => {
        if (github)
            return github;
        throw new backlog_item/* BacklogError */.Kb(`${what} needs the repository and a token: run inside GitHub Actions with \`github-token\` set (the default \`\${{ github.token }}\` works with \`issues: read\` and \`pull-requests: read\`).`);
    };
    const source = query.tracker === 'jira'
        ? jiraBacklog(settings, auth, log)
        : new GitHubBacklogSource({ ...needGitHub('A `label:` backlog-query'), log });
    return {
        source,
        openPullRequests: new GitHubOpenPullRequests(needGitHub('Finding open Autopilot pull requests')),
    };
}
function jiraBacklog(settings, auth, log) {
    const host = settings.jira.url;
    if (!host || !auth) {
        throw new backlog_item/* BacklogError */.Kb('A JQL `backlog-query` needs Jira: set `jira-url` and `jira-email` + `jira-api-token` (or `jira-bearer-token`).');
    }
    return jiraSite(settings, host, auth).backlog(log);
}
/** The Jira site the settings name, Cloud or Data Center (`jira-deployment`). */
function jiraSite(settings, host, auth, sleep) {
    return new JiraSite({
        host,
        auth,
        deployment: settings.jira.deployment ?? 'auto',
        ...(sleep ? { sleep } : {}),
    });
}
/** Where the pull request is written back: the Jira ticket the run is for (a remote link, the transition). */
function ticketWriteBack(settings) {
    const key = settings.ticket.key.trim();
    const auth = jiraAuth(settings.jira);
    const tracker = settings.ticket.source;
    if (tracker === 'github' || tracker === 'file' || settings.mode === 'detect-schema-drift')
        return undefined;
    if (!settings.jira.url || !auth || !compose_JIRA_KEY.test(key))
        return undefined;
    return jiraSite(settings, settings.jira.url, auth).writeBack(key);
}


/***/ }),

/***/ 89636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vf: () => (/* binding */ DbtDataProbe),
  C7: () => (/* binding */ MAX_ACCEPTED_VALUES)
});

// UNUSED EXPORTS: MAX_PROFILED_COLUMNS, ProbeError

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
// EXTERNAL MODULE: ./src/evidence/profile-rows.ts
var profile_rows = __webpack_require__(89712);
// EXTERNAL MODULE: ./src/evidence/profile-sql.ts
var profile_sql = __webpack_require__(14833);
;// CONCATENATED MODULE: ./src/test-strategy/probe-sql.ts

const ref = (model) => `ref(${(0,profile_sql/* jinjaString */.c6)(model.packageName)}, ${(0,profile_sql/* jinjaString */.c6)(model.name)})`;
/**
 * One `dbt show --inline` query for the checks a model's tests need besides its profile: the distinct
 * values of each `values` column (`ap_kind = 'v'`, value as text and its count) and, for each `orphans`
 * check, how many non-null values have no match in the parent's key (`'o'`). A parent relation or column
 * that is not there answers `'missing'` with the reason instead of failing the whole query. Names enter
 * only as escaped Jinja strings and identifiers through `adapter.quote`.
 */
function checksQuery(model, values, orphans) {
    const branches = [];
    values.forEach((check, i) => {
        const q = `{{ adapter.quote(${(0,profile_sql/* jinjaString */.c6)(check.column)}) }}`;
        branches.push(`select 'v' as ap_kind, ${i} as ap_index, cast(${q} as {{ ap_string }}) as ap_value, count(*) as ap_count from {{ ap_model }} where ${q} is not null group by cast(${q} as {{ ap_string }})`);
    });
    orphans.forEach((check, i) => {
        const c = `{{ adapter.quote(${(0,profile_sql/* jinjaString */.c6)(check.column)}) }}`;
        const p = `{{ adapter.quote(${(0,profile_sql/* jinjaString */.c6)(check.parentColumn)}) }}`;
        branches.push([
            `{%- set ap_parent_relation = adapter.get_relation(database=ap_parent_${i}.database, schema=ap_parent_${i}.schema, identifier=ap_parent_${i}.identifier) -%}`,
            '{%- if ap_parent_relation is none %}',
            `select 'missing' as ap_kind, ${i} as ap_index, cast('the parent relation is not built here' as {{ ap_string }}) as ap_value, 0 as ap_count`,
            `{%- elif ${(0,profile_sql/* jinjaString */.c6)(check.parentColumn.toLowerCase())} not in (adapter.get_columns_in_relation(ap_parent_relation) | map(attribute='name') | map('lower') | list) %}`,
            `select 'missing' as ap_kind, ${i} as ap_index, cast('the parent has no such column' as {{ ap_string }}) as ap_value, 0 as ap_count`,
            '{%- else %}',
            `select 'o' as ap_kind, ${i} as ap_index, cast(null as {{ ap_string }}) as ap_value, count(*) as ap_count from {{ ap_model }} as ap_child where ap_child.${c} is not null and not exists (select 1 from {{ ap_parent_relation }} as ap_p where ap_p.${p} = ap_child.${c})`,
            '{%- endif %}',
        ].join('\n'));
    });
    if (branches.length === 0)
        throw new Error('checksQuery needs at least one check');
    // The refs stand outside the `execute` block: dbt finds a node's dependencies while parsing.
    const refs = [
        `{%- set ap_model = ${ref(model)} -%}`,
        ...orphans.map((check, i) => `{%- set ap_parent_${i} = ${ref(check.parent)} -%}`),
    ];
    return `${refs.join('\n')}
{%- if execute -%}
{%- set ap_string = dbt.type_string() -%}
${branches.map((branch) => `select * from (\n${branch}\n) as ap_branch`).join('\nunion all\n')}
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`;
}

// EXTERNAL MODULE: ./src/test-strategy/unit-test-sql.ts
var unit_test_sql = __webpack_require__(81270);
;// CONCATENATED MODULE: ./src/test-strategy/data-probe.ts





/** Columns profiled at most per model: every column the coverage counts. */
const MAX_PROFILED_COLUMNS = 60;
/** Distinct values fetched per column at most; more means it is not low-cardinality. */
const MAX_ACCEPTED_VALUES = 10;
const RowsMessageSchema = schemas/* object */.Ikc({
    columns: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* string */.YjP()])),
    unread: schemas/* array */.YOg(schemas/* string */.YjP()),
});
const CheckRowSchema = schemas/* looseObject */._H3({
    ap_kind: schemas/* enum */.k5n(['v', 'o', 'missing']),
    ap_index: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP().regex(/^\d+$/).transform(Number)]),
    ap_value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).nullable(),
    ap_count: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP().regex(/^\d+$/).transform(Number)]),
});
class ProbeError extends Error {
}
/** The data probe through `dbt show --inline`: the evidence's profile query, then one checks query. */
class DbtDataProbe {
    dbt;
    options;
    launches = 0;
    constructor(dbt, options) {
        this.dbt = dbt;
        this.options = options;
    }
    async profile(target) {
        const evidenceTarget = {
            id: target.id,
            name: target.name,
            relation: { relationName: target.relationName, schema: '', identifier: target.name },
            base: { kind: 'none', reason: 'the test strategy reads the new relation only' },
            hints: [],
            notes: [],
        };
        const shown = await this.show((0,profile_sql/* profileQuery */.Q6)(evidenceTarget, MAX_PROFILED_COLUMNS), 2);
        const columns = (0,profile_rows/* parseProfileColumns */.WO)(shown.logged);
        const profile = (0,profile_rows/* parseProfile */.jZ)(columns, shown.rows ?? []);
        const types = new Map(columns.new.map(([name, type]) => [name, type]));
        return {
            rows: profile.rows.new,
            columns: profile.columns.map((column) => ({
                name: column.name,
                type: types.get(column.name) ?? column.newType ?? '',
                ...(column.new ? { nulls: column.new.nulls } : {}),
                ...(column.new?.distinct !== undefined ? { distinct: column.new.distinct } : {}),
            })),
        };
    }
    async check(target, values, orphans) {
        const limit = values.length * (MAX_ACCEPTED_VALUES + 1) + orphans.length;
        const shown = await this.show(checksQuery(target, values, orphans), limit);
        const results = {
            values: values.map(() => []),
            orphans: orphans.map(() => ({ missing: 'dbt show returned no row for it' })),
        };
        for (const row of shown.rows ?? []) {
            const parsed = CheckRowSchema.safeParse((0,profile_rows/* lowerKeys */.uv)(row));
            if (!parsed.success)
                throw new ProbeError(`unexpected check row: ${parsed.error.message}`);
            const { ap_kind: kind, ap_index: index, ap_value: value, ap_count: count } = parsed.data;
            if (kind === 'v')
                results.values[index]?.push(String(value));
            else if (index < orphans.length)
                results.orphans[index] = kind === 'o' ? { count } : { missing: String(value) };
        }
        for (const found of results.values)
            found.sort();
        return results;
    }
    sample(input, limit) {
        return this.rows((0,unit_test_sql/* sampleRowsQuery */.Mw)(input), limit);
    }
    output(rawCode, given, limit) {
        return this.rows((0,unit_test_sql/* expectedRowsQuery */.yO)(rawCode, given), limit);
    }
    async rows(query, limit) {
        const shown = await this.show(query, limit);
        const message = shown.logged.find((line) => line.startsWith(unit_test_sql/* ROWS_MESSAGE */.U1));
        let json;
        try {
            json = JSON.parse(message?.slice(unit_test_sql/* ROWS_MESSAGE */.U1.length) ?? '');
        }
        catch {
            throw new ProbeError('the rows query logged no columns');
        }
        const meta = RowsMessageSchema.safeParse(json);
        if (!meta.success)
            throw new ProbeError(`unexpected columns: ${meta.error.message}`);
        const columns = meta.data.columns.map(([name, type]) => ({ name, type }));
        const rows = shown.rows.map((row) => {
            const byName = (0,profile_rows/* lowerKeys */.uv)(row);
            return columns.map((column) => byName[column.name.toLowerCase()] ?? null);
        });
        return { columns, rows, unread: meta.data.unread };
    }
    async show(query, limit) {
        this.launches++;
        const shown = await this.dbt.show(query, {
            limit,
            targetPath: this.options.targetPath,
            ...(this.options.timeBudget ? { timeBudget: this.options.timeBudget } : {}),
        });
        if (shown.exitCode !== 0 || !shown.rows) {
            const detail = shown.timedOut ? 'dbt show ran out of time' : shown.errors.join('\n').trim();
            throw new ProbeError(detail.slice(0, 500) || `dbt show exited with code ${shown.exitCode}`);
        }
        return { ...shown, rows: shown.rows };
    }
}


/***/ }),

/***/ 81270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ UnwritableValue),
/* harmony export */   IG: () => (/* binding */ unwritableType),
/* harmony export */   Mw: () => (/* binding */ sampleRowsQuery),
/* harmony export */   U1: () => (/* binding */ ROWS_MESSAGE),
/* harmony export */   X7: () => (/* binding */ givenInputText),
/* harmony export */   YG: () => (/* binding */ sqlLiteral),
/* harmony export */   yO: () => (/* binding */ expectedRowsQuery)
/* harmony export */ });
/* harmony import */ var _evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14833);

/**
 * The `dbt show --inline` queries of a proposed unit test: the sample of one parent, and the model's output
 * on the given rows. Like the other probe queries, names and values enter only as escaped Jinja string
 * literals (a value holding `{{` stays text) and identifiers through `adapter.quote`.
 */
/** The prefix of the message both queries log with their columns (and the parents the SQL did not read). */
const ROWS_MESSAGE = 'autopilot-rows:';
class UnwritableValue extends Error {
}
/** Types a fixture cannot spell as one literal: nested, binary, spatial, intervals. */
const UNWRITABLE_TYPE = /\[|struct|map|array|json|variant|object|geo|record|super|list|union|blob|binary|bytea|bytes|interval/i;
/** Why values of this type cannot be written in a fixture; undefined when they can. */
function unwritableType(type) {
    return UNWRITABLE_TYPE.test(type) ? `its type ${type} has no plain literal` : undefined;
}
/**
 * A value as a SQL literal of the column's type: `cast(<literal> as <type>)`, the literal a number, true or
 * false, null, or a string in single quotes with quotes doubled (dates and timestamps are strings in dbt's
 * preview). A backslash is refused: some warehouses read it as an escape in a string literal.
 */
function sqlLiteral(value, type) {
    if (/[^\w ,()]/.test(type.replace(/"[^"]*"/g, '')))
        throw new UnwritableValue(`the type ${type} is not plain`);
    const cast = (literal) => `cast(${literal} as ${type})`;
    if (value === null)
        return cast('null');
    if (typeof value === 'boolean')
        return cast(value ? 'true' : 'false');
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new UnwritableValue(`${value} has no literal`);
        return cast(String(value));
    }
    if (value.includes('\\'))
        throw new UnwritableValue('a text value holds a backslash, which warehouses quote differently');
    return cast(`'${value.replaceAll("'", "''")}'`);
}
const inputCall = (input) => input.kind === 'ref'
    ? `ref(${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(input.packageName)}, ${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(input.name)})`
    : `source(${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(input.sourceName)}, ${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(input.name)})`;
/** How the unit test's YAML names the input: `ref('x')` (in the model's own package), else with the package. */
function givenInputText(input, modelPackage) {
    if (input.kind === 'source')
        return `source('${input.sourceName}', '${input.name}')`;
    return input.packageName === modelPackage
        ? `ref('${input.name}')`
        : `ref('${input.packageName}', '${input.name}')`;
}
/**
 * A parent's first rows (dbt's `--limit`), ordered by the first column so the sample is the same each run
 * and keys of related parents tend to meet; its columns and types logged.
 */
function sampleRowsQuery(input) {
    return `{%- set ap_parent = ${inputCall(input)} -%}
{%- if execute -%}
{%- set ap_cols = adapter.get_column_schema_from_query("select * from " ~ ap_parent) -%}
{%- set ap_meta = {"columns": [], "unread": []} -%}
{%- for c in ap_cols -%}{%- do ap_meta["columns"].append([c.name, c.dtype]) -%}{%- endfor -%}
{%- do log(${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(ROWS_MESSAGE)} ~ tojson(ap_meta), info=true) -%}
select * from {{ ap_parent }} order by 1
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`;
}
/**
 * The model's output on exactly the given rows: its raw code rendered here (its `ref()`s and `source()`s
 * resolve to the same relation names as in its build), each parent's relation name replaced by a CTE of
 * its given rows, the columns logged, and a parent whose relation the rendered SQL does not name logged
 * as `unread` (the SQL reads it some other way; the test would not pin anything).
 */
function expectedRowsQuery(rawCode, given) {
    const parents = given.map((relation, i) => `{%- set ap_rel_${i} = ${inputCall(relation.input)} | string -%}`);
    const ctes = given.map((relation, i) => `${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(`ap_given_${i} as (\n`)} ~ ${givenSelect(relation)} ~ "\\n)"`);
    const replaced = given.map((_, i) => `.replace(ap_rel_${i}, "ap_given_${i}")`).join('');
    const unread = given.map((relation, i) => `{%- if ap_rel_${i} not in ap_raw -%}{%- do ap_meta["unread"].append(${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(relation.input.name)}) -%}{%- endif -%}`);
    return `${parents.join('\n')}
{%- set ap_raw -%}
${rawCode}
{%- endset -%}
{%- if execute -%}
{%- set ap_sql = ap_raw.strip().rstrip(";").strip()${replaced} -%}
{%- set ap_query = "with " ~ ${ctes.join(' ~ ",\\n" ~ ')} ~ "\\nselect * from (\\n" ~ ap_sql ~ "\\n) as ap_expected" -%}
{%- set ap_cols = adapter.get_column_schema_from_query(ap_query) -%}
{%- set ap_meta = {"columns": [], "unread": []} -%}
{%- for c in ap_cols -%}{%- do ap_meta["columns"].append([c.name, c.dtype]) -%}{%- endfor -%}
${unread.join('\n')}
{%- do log(${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(ROWS_MESSAGE)} ~ tojson(ap_meta), info=true) -%}
{{ ap_query }}
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`;
}
/** One parent's rows as a SELECT of typed literals (`union all` per row); no row: one typed row filtered out. */
function givenSelect(relation) {
    const select = (values) => relation.columns
        .map((column, i) => `${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(`${sqlLiteral(values?.[i] ?? null, column.type)} as `)} ~ adapter.quote(${(0,_evidence_profile_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .jinjaString */ .c6)(column.name)})`)
        .join(' ~ ", " ~ ');
    if (relation.rows.length === 0)
        return `"select " ~ ${select(undefined)} ~ " where 1 = 0"`;
    return relation.rows.map((row) => `"select " ~ ${select(row)}`).join(' ~ "\\nunion all\\n" ~ ');
}


/***/ }),

/***/ 65407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		90174
	],
	"./RateLimiterMySQL.js": [
		90174
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		62821
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		62821
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		178
	],
	"./component/MemoryStorage/": [
		28178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		880
	],
	"./constants.js": [
		13880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 65407;
module.exports = webpackAsyncContext;

/***/ })

};
