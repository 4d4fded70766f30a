export const id = 904;
export const ids = [904,175,432];
export const modules = {

/***/ 72728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ TerminalShell),
  terminalJob: () => (/* binding */ terminalJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/input-wording.ts
var input_wording = __webpack_require__(69127);
// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
// EXTERNAL MODULE: ./src/run/compose.ts + 55 modules
var compose = __webpack_require__(75289);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 77 modules
var run_ticket = __webpack_require__(60945);
// EXTERNAL MODULE: ./src/report/broken-base.ts
var broken_base = __webpack_require__(68035);
// EXTERNAL MODULE: ./src/report/validation-markdown.ts
var validation_markdown = __webpack_require__(14749);
// EXTERNAL MODULE: ./src/validate/run-results.ts
var run_results = __webpack_require__(70864);
;// CONCATENATED MODULE: ./src/cli/print-report.ts



/** What a person at a terminal wants after a run: the outcome, the change, the checks, where things are. */
function printRunReport(run, out) {
    const { record } = run;
    const lines = ['', `Outcome: ${run.outcome.status}`, `  ${run.outcome.message}`];
    const decision = record.stages.decision;
    if (decision)
        lines.push(`Verdict: ${decision.verdict}${decision.draftReason ? ` (${decision.draftReason})` : ''}`);
    const brokenBase = record.stages.base?.brokenBase;
    if (brokenBase)
        lines.push(`Base: did not parse before the change (${(0,broken_base/* brokenBaseError */.$D)(brokenBase)}). ${broken_base/* BROKEN_BASE_CONSEQUENCE */.Uu}`);
    if (record.changedFiles.length > 0) {
        lines.push('', 'Changed files:', ...record.changedFiles.map((file) => `  ${file}`));
    }
    if (record.changedModels.length > 0)
        lines.push(`Changed models: ${record.changedModels.join(', ')}`);
    for (const validation of record.validations) {
        const dbt = validation.dbt;
        const counts = new Map();
        for (const node of dbt.results)
            counts.set(node.status, (counts.get(node.status) ?? 0) + 1);
        const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no nodes';
        lines.push('', `Validation round ${validation.round}: ${validation.ok ? 'passed' : 'FAILED'}`, `  dbt (${buildLabel(validation)}): ${summary}`, ...(dbt.error ? indented(dbt.error, '    ') : []), `  ${dbt.command}`, `  sqlfluff: ${(0,validation_markdown/* lintSummary */.cB)(validation)}`, ...(dbt.unchecked ?? []).map((line) => `    not checked: ${line}`));
        for (const node of dbt.results.filter(run_results/* isFailure */.N).slice(0, 5)) {
            lines.push(`    ${node.status}: ${node.uniqueId}${node.file ? ` (${node.file})` : ''}`);
            if (node.message)
                lines.push(...indented(node.message, '      '));
        }
        for (const v of validation.lint.violations.slice(0, 5)) {
            lines.push(`    ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`);
        }
    }
    lines.push('', `Model: ${record.modelCalls.length} call(s), $${record.costUsd.toFixed(4)}`);
    if (record.prUrl)
        lines.push(`Pull request: ${record.prUrl}`);
    if (record.branch)
        lines.push(`Branch: ${record.branch}`);
    const prBody = run.auditFiles.find((file) => file.endsWith('pr-body.md'));
    const patch = run.auditFiles.find((file) => file.endsWith('.patch'));
    if (prBody)
        lines.push(`PR body: ${prBody}`);
    if (patch)
        lines.push(`Patch: ${patch}`);
    lines.push(`Audit bundle: ${run.auditDir}`, `Audit hash: ${run.auditHash}`, '');
    out.write(run.redact(lines.join('\n')));
}
/** dbt's whole message, every line under the one it belongs to: the line that says where is rarely the first. */
function indented(text, indent) {
    return text
        .trimEnd()
        .split('\n')
        .map((line) => `${indent}${line.trimEnd()}`);
}
/** How the round's build was chosen: the mode, or what it took from an earlier round. */
function buildLabel(validation) {
    if (validation.reusedFrom !== undefined)
        return `no file changed: round ${validation.reusedFrom}'s result`;
    if (validation.dbt.parentsFrom !== undefined)
        return `parents built in round ${validation.dbt.parentsFrom}`;
    return validation.dbt.mode;
}

;// CONCATENATED MODULE: ./src/cli/terminal-shell.ts







/**
 * Results on a terminal: the run report on stdout (inputs named as flags), and the job summary the Action
 * would write kept as `summary.md` beside the audit bundle; outputs have nowhere to go.
 */
class TerminalShell {
    out;
    constructor(stream) {
        this.out = { write: (text) => stream.write((0,input_wording/* inTerminalWords */.vI)(text)) };
    }
    async reportTicketRun(run, settings) {
        printRunReport(run, this.out);
        if (!run.auditDir)
            return;
        const file = external_node_path_default().join(external_node_path_default().dirname(run.auditDir), 'summary.md');
        await (0,promises_.writeFile)(file, (0,job_summary/* ticketRunSummary */.Ae)(run, { dryRun: settings.dryRun }));
        this.out.write(`Job summary: ${file}\n`);
    }
    reportSkip(status, message) {
        this.out.write(`\nOutcome: ${status}\n  ${message}\n`);
        return Promise.resolve();
    }
    setOutputs() { }
    writeSummary(markdown) {
        this.out.write(`\n${markdown}\n`);
        return Promise.resolve();
    }
}
/**
 * A job for a local run: no comments or history (those need the Action's repository access); the backlog
 * where its tracker and code host are reachable (Jira with GitHub or GitLab, e.g. in GitLab CI).
 * `runTicket` is replaceable so the demo can run with its scripted model.
 */
function terminalJob(settings, environment, repoDir, log, run = run_ticket/* runTicket */.W) {
    return {
        settings,
        environment,
        repoDir,
        log,
        shell: new TerminalShell(process.stdout),
        progressThread: () => undefined,
        openBacklog: (query) => (0,compose/* openBacklog */.sd)(query, settings, environment, log),
        runTicket: run,
    };
}


/***/ }),

/***/ 24175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunEnvironment: () => (/* binding */ readRunEnvironment)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28942);

const EnvSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    GITHUB_REPOSITORY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[^/]+\/[^/]+$/)
        .optional(),
    GITHUB_SERVER_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://github.com'),
    GITHUB_API_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://api.github.com'),
    GITHUB_RUN_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_RUN_ATTEMPT: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_ACTOR: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_ACTOR_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/).optional(),
    GITHUB_EVENT_NAME: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_WORKSPACE: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_STEP_SUMMARY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    RUNNER_TEMP: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    // GitLab CI's predefined variables, for the CLI running there.
    GITLAB_CI: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    CI_PROJECT_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    CI_JOB_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
});
function readRunEnvironment(env = process.env) {
    const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
    const [owner, repo] = e.GITHUB_REPOSITORY?.split('/') ?? [];
    const repository = owner && repo ? { owner, repo } : undefined;
    const gitlab = e.GITLAB_CI === 'true' && !repository;
    const runUrl = repository && e.GITHUB_RUN_ID
        ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${e.GITHUB_RUN_ID}`
        : gitlab
            ? e.CI_JOB_URL
            : undefined;
    const repoUrl = repository ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}` : undefined;
    return {
        repository,
        serverUrl: e.GITHUB_SERVER_URL,
        apiUrl: e.GITHUB_API_URL,
        runId: e.GITHUB_RUN_ID,
        runAttempt: e.GITHUB_RUN_ATTEMPT,
        runUrl,
        repoUrl,
        blobUrl: repoUrl
            ? `${repoUrl}/blob/`
            : gitlab && e.CI_PROJECT_URL
                ? `${e.CI_PROJECT_URL}/-/blob/`
                : undefined,
        actor: e.GITHUB_ACTOR,
        actorId: e.GITHUB_ACTOR_ID,
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
// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
// EXTERNAL MODULE: ./src/config/run-environment.ts
var run_environment = __webpack_require__(24175);
// EXTERNAL MODULE: ./src/run/outcome.ts
var outcome = __webpack_require__(36497);
// EXTERNAL MODULE: ./src/cli/terminal-shell.ts + 1 modules
var terminal_shell = __webpack_require__(72728);
// EXTERNAL MODULE: ./src/adapters/process/command-runner.ts + 1 modules
var command_runner = __webpack_require__(84819);
// EXTERNAL MODULE: ./src/adapters/git/git-hardening.ts
var git_hardening = __webpack_require__(24904);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 77 modules
var run_ticket = __webpack_require__(60945);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
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
        const message = toMessage(turn, served, typeof body['model'] === 'string' ? body['model'] : (options.model ?? 'claude-sonnet-5-5'), inputTokensOf(body));
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
 * `dbt-autopilot demo`: the whole pipeline on a copy of examples/shop with the sample ticket, as a dry run.
 * Without ANTHROPIC_API_KEY the model is a script of canned turns served through the real SDK.
 */
async function runDemo(args, env, log) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: { out: { type: 'string' }, home: { type: 'string' }, script: { type: 'string' } },
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
        const scriptFile = external_node_path_default().resolve(values.script ?? external_node_path_default().join(demo, 'script.json'));
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
        const run = await (0,run_ticket/* runTicket */.W)({ settings, environment: (0,run_environment.readRunEnvironment)({}), log, repoDir, outDir });
        await new terminal_shell/* TerminalShell */.Z(process.stdout).reportTicketRun(run, settings);
        return (0,outcome.isFailure)(run.outcome.status) ? 1 : 0;
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
        const result = await git.run('git', (0,git_hardening.hardenedGitArgs)(args), { cwd: dir, env });
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    }
}


/***/ }),

/***/ 36497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ classifyFailure),
/* harmony export */   isFailure: () => (/* reexport safe */ _shared_run_status_js__WEBPACK_IMPORTED_MODULE_1__.N)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);
/* harmony import */ var _shared_run_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59179);


/**
 * The outcome of a run that ended in an error (a `skipped:*` one, such as a question for the reporter, is neutral). Our errors carry their status and a message that says what
 * to do; anything else is a bug in Autopilot.
 */
function classifyFailure(error) {
    if (error instanceof _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W)
        return { status: error.runStatus, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return {
        status: 'failed:internal',
        message: `Unexpected error: ${message}. The audit bundle has the details; please report it with the bundle attached.`,
    };
}


/***/ }),

/***/ 59179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isFailure)
/* harmony export */ });
function isFailure(status) {
    return status.startsWith('failed:');
}


/***/ })

};
