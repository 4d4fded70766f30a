export const id = 600;
export const ids = [600,175,432,639];
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
// EXTERNAL MODULE: ./src/run/compose.ts + 82 modules
var compose = __webpack_require__(57541);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 97 modules
var run_ticket = __webpack_require__(38500);
// EXTERNAL MODULE: ./src/report/broken-base.ts
var broken_base = __webpack_require__(68035);
// EXTERNAL MODULE: ./src/report/agent-review-line.ts
var agent_review_line = __webpack_require__(80464);
// EXTERNAL MODULE: ./src/report/validation-markdown.ts
var validation_markdown = __webpack_require__(14749);
// EXTERNAL MODULE: ./src/validate/round-cause.ts
var round_cause = __webpack_require__(8252);
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
    for (const [index, validation] of record.validations.entries()) {
        const dbt = validation.dbt;
        const cause = (0,round_cause/* causeOf */.rl)(validation, index);
        const counts = new Map();
        for (const node of dbt.results)
            counts.set(node.status, (counts.get(node.status) ?? 0) + 1);
        const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no nodes';
        lines.push('', `Validation round ${validation.round}${cause === 'change' ? '' : ` (${round_cause/* ROUND_NAMES */.IZ[cause]})`}: ${validation.ok ? 'passed' : 'FAILED'}`, `  dbt (${buildLabel(validation)}): ${summary}`, ...(dbt.error ? indented(dbt.error, '    ') : []), `  ${dbt.command}`, `  sqlfluff: ${(0,validation_markdown/* lintSummary */.cB)(validation)}`, ...(dbt.unchecked ?? []).map((line) => `    not checked: ${line}`));
        for (const node of dbt.results.filter(run_results/* isFailure */.N).slice(0, 5)) {
            lines.push(`    ${node.status}: ${node.uniqueId}${node.file ? ` (${node.file})` : ''}`);
            if (node.message)
                lines.push(...indented(node.message, '      '));
        }
        for (const v of validation.lint.violations.slice(0, 5)) {
            lines.push(`    ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`);
        }
    }
    const agentReview = (0,agent_review_line/* agentReviewLine */.I)({ toolCalls: record.toolCalls, review: record.stages.review });
    lines.push('', `Model: ${record.modelCalls.length} call(s), $${record.costUsd.toFixed(4)}`);
    if (agentReview)
        lines.push(`Agent and review: ${agentReview}`);
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
 * A job for a terminal. A run that publishes a merge request (GitLab CI) keeps the ticket's thread as the
 * Action does: progress and the question on the GitLab issue (or the Jira ticket); a local run for GitHub
 * comments nowhere, and keeps no history (those need the Action's repository access). The backlog where its
 * tracker and code host are reachable. `runTicket` is replaceable so the demo can run with its scripted model.
 */
function terminalJob(settings, environment, repoDir, log, run = run_ticket/* runTicket */.W) {
    return {
        settings,
        environment,
        repoDir,
        log,
        shell: new TerminalShell(process.stdout),
        ...(settings.gitlab
            ? {
                progressThread: (ticketSettings, issueNumber) => (0,compose/* progressThread */.yn)(ticketSettings, undefined, issueNumber),
                ticketThread: (ticketSettings) => (0,compose/* ticketThread */.Pp)(ticketSettings, undefined),
            }
            : { progressThread: () => undefined }),
        openBacklog: (query) => (0,compose/* openBacklog */.sd)(query, settings, environment, log),
        runTicket: run,
    };
}


/***/ }),

/***/ 94639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withCloudSecrets: () => (/* binding */ withCloudSecrets)
/* harmony export */ });
/* unused harmony exports CLOUD_SECRET_VARIABLES, cloudSecretsFromEnvironment */
/**
 * The cloud credentials a runner's environment may hold for the model platforms (what
 * configure-aws-credentials, google-github-actions/auth and the OIDC token request leave): the redactor
 * looks for them, as the model's errors and the SDKs' messages can echo them. Read by the shells only.
 */
const CLOUD_SECRET_VARIABLES = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_BEARER_TOKEN_BEDROCK',
    'GOOGLE_OAUTH_ACCESS_TOKEN',
    'CLOUDSDK_AUTH_ACCESS_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
/** The values of those variables that are set. */
function cloudSecretsFromEnvironment(env) {
    return CLOUD_SECRET_VARIABLES.map((name) => env[name]).filter((value) => Boolean(value));
}
/**
 * The settings an entry point parsed, with the cloud credentials of its environment: every shell (the
 * Action, `run`, `eval`, the MCP server, the demo) builds its settings through this, so the redactor and
 * the sandbox know them whichever way the run was started.
 */
function withCloudSecrets(settings, env) {
    return { ...settings, cloudSecrets: cloudSecretsFromEnvironment(env) };
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

/***/ 70600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75493);
/* harmony import */ var _config_cloud_secrets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(94639);
/* harmony import */ var _config_run_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24175);
/* harmony import */ var _run_outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36497);
/* harmony import */ var _cli_terminal_shell_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72728);
/* harmony import */ var _adapters_process_command_runner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84819);
/* harmony import */ var _adapters_git_git_hardening_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(24904);
/* harmony import */ var _run_run_ticket_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(38500);
/* harmony import */ var _scripted_messages_server_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(76708);













const SKIPPED = new Set(['target', 'logs', 'dbt_packages', '.user.yml']);
/**
 * `dbt-autopilot demo`: the whole pipeline on a copy of examples/shop with the sample ticket, as a dry run.
 * Without ANTHROPIC_API_KEY the model is a script of canned turns served through the real SDK.
 */
async function runDemo(args, env, log) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
        args,
        options: { out: { type: 'string' }, home: { type: 'string' }, script: { type: 'string' } },
        strict: true,
    });
    // The bundle lives in <home>/dist; the examples beside it.
    const home = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(values.home ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(process.argv[1] ?? '.'), '..'));
    const shop = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, 'examples', 'shop');
    const demo = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, 'examples', 'demo');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(shop, 'dbt_project.yml')).catch(() => {
        throw new Error(`No examples/shop under ${home}: run the demo from a clone of the Autopilot repository.`);
    });
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'autopilot-demo-'));
    const repoDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(scratch, 'repo');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(shop, repoDir, { recursive: true, filter: (source) => !SKIPPED.has(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(source)) });
    await initRepository(repoDir);
    const venvBin = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.venv', 'bin');
    const hasVenv = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(venvBin, 'dbt')).then(() => true, () => false);
    const raw = {
        ...(0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__.defaultInputs)(),
        ticket: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(demo, 'ticket.md'),
        'ticket-source': 'file',
        'dry-run': 'true',
        'upload-artifact': 'false',
        'dbt-executable': hasVenv ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(venvBin, 'dbt') : 'dbt',
        'sqlfluff-executable': hasVenv ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(venvBin, 'sqlfluff') : 'sqlfluff',
    };
    let server;
    if (env.ANTHROPIC_API_KEY) {
        log.info(`Model: Claude (${raw.model}), with ANTHROPIC_API_KEY from the environment.`);
        raw['anthropic-api-key'] = env.ANTHROPIC_API_KEY;
    }
    else {
        const scriptFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(values.script ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(demo, 'script.json'));
        const script = _scripted_messages_server_js__WEBPACK_IMPORTED_MODULE_11__/* .ScriptSchema */ .dA.parse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(scriptFile, 'utf8')));
        server = await (0,_scripted_messages_server_js__WEBPACK_IMPORTED_MODULE_11__/* .startScriptedMessagesServer */ .Qi)({ script: script.turns, apiKey: 'scripted-demo' });
        log.info(`Model: SCRIPTED — canned assistant turns from ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(process.cwd(), scriptFile)}, served through the real Anthropic SDK by a loopback Messages API server. Set ANTHROPIC_API_KEY to use Claude.`);
        raw['anthropic-api-key'] = 'scripted-demo';
        raw['anthropic-base-url'] = server.url;
    }
    try {
        const settings = (0,_config_cloud_secrets_js__WEBPACK_IMPORTED_MODULE_12__.withCloudSecrets)((0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__.parseSettings)(raw), env);
        const outDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(values.out ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(scratch, 'out'));
        log.info(`Project: a copy of examples/shop in ${repoDir}`);
        const run = await (0,_run_run_ticket_js__WEBPACK_IMPORTED_MODULE_10__/* .runTicket */ .W)({ settings, environment: (0,_config_run_environment_js__WEBPACK_IMPORTED_MODULE_5__.readRunEnvironment)({}), log, repoDir, outDir });
        await new _cli_terminal_shell_js__WEBPACK_IMPORTED_MODULE_7__/* .TerminalShell */ .Z(process.stdout).reportTicketRun(run, settings);
        return (0,_run_outcome_js__WEBPACK_IMPORTED_MODULE_6__.isFailure)(run.outcome.status) ? 1 : 0;
    }
    finally {
        await server?.close();
    }
}
async function initRepository(dir) {
    const git = new _adapters_process_command_runner_js__WEBPACK_IMPORTED_MODULE_8__.SpawnCommandRunner();
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
        const result = await git.run('git', (0,_adapters_git_git_hardening_js__WEBPACK_IMPORTED_MODULE_9__.hardenedGitArgs)(args), { cwd: dir, env });
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    }
}


/***/ }),

/***/ 76708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ startScriptedMessagesServer),
/* harmony export */   dA: () => (/* binding */ ScriptSchema)
/* harmony export */ });
/* unused harmony exports ScriptTurnSchema, turnContent, inputTokensOf, toMessage, streamEvents */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);


const TextBlockSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('text'), text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const ToolUseBlockSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_use'),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    input: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
});
const ScriptUsageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    output_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    cache_creation_input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    cache_read_input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
});
const ContentTurnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    content: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [TextBlockSchema, ToolUseBlockSchema])).min(1),
    stop_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['end_turn', 'tool_use', 'max_tokens', 'stop_sequence', 'refusal']),
    usage: ScriptUsageSchema.optional(),
});
/**
 * The answer to a structured request (`output_config.format`): the API sends it as one text block holding
 * the JSON. Served only to a request that asked for a format, so a script cannot answer the wrong call.
 */
const StructuredTurnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    output: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J(),
    usage: ScriptUsageSchema.optional(),
});
const ScriptTurnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([ContentTurnSchema, StructuredTurnSchema]);
/** A JSON script file: `{ "description": "...", "turns": [...] }`, one turn per model call. */
const ScriptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), turns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ScriptTurnSchema) });
/** The blocks a turn answers with: a structured turn's JSON is one text block, as on the wire. */
function turnContent(turn) {
    if (!('output' in turn))
        return turn.content;
    return [{ type: 'text', text: typeof turn.output === 'string' ? turn.output : JSON.stringify(turn.output) }];
}
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
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
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
        const refused = refusedRequest(body);
        if (refused)
            return sendError(res, 400, 'invalid_request_error', refused);
        const turn = options.respond ? options.respond(body) : turns.shift();
        if (!turn)
            return sendError(res, 500, 'api_error', 'script exhausted');
        if ('output' in turn && body['output_config'] === undefined)
            return sendError(res, 500, 'api_error', 'the script answers a structured request; this one has no format');
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
/**
 * What the API refuses before any model runs, as the 5.5 models do: a forced tool call, and an output format
 * that is not a JSON schema of an object.
 */
function refusedRequest(body) {
    const choice = body['tool_choice'];
    if (choice && (choice.type === 'tool' || choice.type === 'any'))
        return `tool_choice.type "${String(choice.type)}" is not supported by this model; use "auto" or output_config.format`;
    const config = body['output_config'];
    if (config === undefined)
        return undefined;
    const format = config.format;
    if (format?.type !== 'json_schema')
        return 'output_config.format.type: must be "json_schema"';
    if (format.schema?.type !== 'object')
        return 'output_config.format.schema: must be a JSON schema of type object';
    return undefined;
}
/** The Messages API's answer for a scripted turn (shared with the Bedrock and Vertex fakes). */
function toMessage(turn, index, model, inputTokens) {
    const content = turnContent(turn).map((block, i) => block.type === 'text'
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
        stop_reason: 'output' in turn ? 'end_turn' : turn.stop_reason,
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
    for (const event of streamEvents(message))
        res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    res.end();
}
/** The streaming events of a message, in order, each `{ type, ... }` as the API sends them. */
function streamEvents(message) {
    const events = [];
    const frame = (type, data) => events.push({ type, ...data });
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
    return events;
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


/***/ }),

/***/ 80464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ agentReviewLine)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

/**
 * One line on what the agent did and what the review said of it, for the job summary and the CLI report:
 * `14 tool calls (6 read_file, 5 edit_file, 3 compile); reviewed by claude-sonnet-5-5: 3 findings, 1
 * blocking, reworked (validation passed)`. `quote` marks the text that came from outside (a model's id, an
 * API's error) for the view that needs it. Undefined when the agent made no call and no review ran.
 */
function agentReviewLine(facts, quote = (text) => text) {
    const review = reviewPart(facts.review, quote);
    if (facts.toolCalls.length === 0 && !review)
        return undefined;
    return `${toolCallsPart(facts.toolCalls)}; ${review ?? 'no review pass'}`;
}
/** `14 tool calls (6 read_file, 5 edit_file, 3 compile), 1 refused`, the most used tool first. */
function toolCallsPart(calls) {
    if (calls.length === 0)
        return 'the agent made no tool call';
    const byTool = new Map();
    for (const call of calls)
        byTool.set(call.name, (byTool.get(call.name) ?? 0) + 1);
    const tools = [...byTool]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([name, count]) => `${count} ${name}`);
    const failed = calls.filter((call) => !call.ok).length;
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(calls.length, 'tool call')} (${tools.join(', ')})${failed > 0 ? `, ${failed} refused or failed` : ''}`;
}
function reviewPart(review, quote) {
    if (!review)
        return undefined;
    const fromModel = review.findings.filter((finding) => finding.by === 'review');
    const fromChecks = review.findings.length - fromModel.length;
    const checks = fromChecks > 0 ? `; ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(fromChecks, 'SQL check finding')}` : '';
    const rework = review.rework;
    const reworked = rework
        ? `reworked (validation ${rework.validationOk ? 'passed' : 'failed'})`
        : 'not reworked';
    if (review.model.status === 'not-run')
        return `review model not run: ${quote(review.model.reason)}${checks}${rework ? `; ${reworked}` : ''}`;
    const blocking = fromModel.filter((finding) => finding.severity === 'blocking').length;
    return `reviewed by ${quote(review.model.by)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(fromModel.length, 'finding')}, ${blocking} blocking, ${reworked}${checks}`;
}


/***/ }),

/***/ 5236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ ticketRunSummary),
/* harmony export */   ZB: () => (/* binding */ statusHeadline)
/* harmony export */ });
/* unused harmony exports JOB_SUMMARY_LIMIT_BYTES, renderJobSummary */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _run_stage_timing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11302);
/* harmony import */ var _agent_usage_by_stage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90705);
/* harmony import */ var _agent_review_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80464);
/* harmony import */ var _broken_base_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68035);
/* harmony import */ var _evidence_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84399);
/* harmony import */ var _phases_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79124);
/* harmony import */ var _sandbox_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49615);
/* harmony import */ var _validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14749);









/** GitHub rejects step summaries over 1 MiB; other steps may append to the same file. */
const JOB_SUMMARY_LIMIT_BYTES = 512 * 1024;
function statusHeadline(status) {
    if (status === 'pr-opened')
        return '✅ Pull request opened';
    if (status === 'pr-updated')
        return '🔄 Pull request updated';
    if (status === 'dry-run')
        return '🧪 Dry run';
    if (status === 'backlog-planned')
        return '🗂️ Backlog planned';
    if (status === 'backlog-done')
        return '✅ Backlog run finished';
    if (status === 'no-drift')
        return '✅ No schema drift';
    const [kind, ...rest] = status.split(':');
    const reason = rest.join(':');
    if (kind === 'skipped')
        return `⏭️ Skipped${reason ? ` (${reason})` : ''}`;
    return `❌ Failed${reason ? ` (${reason})` : ''}`;
}
/**
 * Why a real PR is a draft. A dry run's status message already says what the real run would do (the
 * publication decision words it), so it gets no second line.
 */
function verdictLine(input) {
    const decision = input.record.stages?.decision;
    if (!decision || (input.dryRun ?? input.status === 'dry-run'))
        return undefined;
    const reason = decision.draftReason ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(decision.draftReason, 1000))}` : '';
    if (decision.verdict === 'draft' || decision.verdict === 'validation-failed')
        return `**Draft**${reason || '.'}`;
    return undefined;
}
function overview(input) {
    const lines = [
        `## Autopilot: ${statusHeadline(input.status)}`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(input.statusMessage, 4000)),
        '',
    ];
    const verdict = verdictLine(input);
    if (verdict)
        lines.push(verdict, '');
    if (input.prUrl)
        lines.push(`- **Pull request:** ${encodeURI(input.prUrl)}`);
    if (input.ticket) {
        const key = input.ticket.url
            ? `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(input.ticket.key)}](${encodeURI(input.ticket.url)})`
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.ticket.key);
        lines.push(`- **Ticket:** ${key} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(input.ticket.title.replace(/\s+/g, ' '), 200))}`);
    }
    if (input.branch)
        lines.push(`- **Branch:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.branch)}`);
    if (input.record.commitSha)
        lines.push(`- **Commit:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.record.commitSha)}`);
    return lines.join('\n').trimEnd();
}
function changeSection(input, limit) {
    const change = input.record.stages?.change;
    if (!change || change.files.length === 0)
        return undefined;
    const deleted = new Set(change.deleted ?? []);
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .limited */ .TJ)(change.files, limit);
    const files = shown.map((file) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(file)}${deleted.has(file) ? ' (deleted)' : ''}`);
    const models = change.models.length > 0 ? `**Models:** ${change.models.map((m) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(m)).join(', ')}` : '';
    return [`### Change (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(change.files.length, 'file')})`, files.join('\n'), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .moreLine */ .g0)(omitted), models]
        .filter(Boolean)
        .join('\n\n');
}
function impactSection(input) {
    const impact = input.record.stages?.impact;
    if (!impact)
        return undefined;
    const breaking = impact.findings.filter((finding) => finding.severity === 'breaking').length;
    const warnings = impact.findings.length - breaking;
    const parts = [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(impact.changed, 'changed node')}`];
    parts.push(breaking > 0 ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(breaking, 'breaking contract finding')}**` : 'no breaking contract finding');
    if (warnings > 0)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'contract warning'));
    if (impact.vars && impact.vars.changed.length > 0)
        parts.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(impact.vars.changed.length, 'var')} changed, read by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(impact.vars.readers.length, 'node')}`);
    return `### Impact\n\n${parts.join(', ')}. The pull request lists each finding.`;
}
/** The agent's tool calls by tool and the review's verdict, in one line. */
function agentAndReview(input) {
    const line = (0,_agent_review_line_js__WEBPACK_IMPORTED_MODULE_2__/* .agentReviewLine */ .I)({ toolCalls: input.record.toolCalls ?? [], review: input.record.stages?.review }, (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text.replace(/\s+/g, ' '), 300)));
    return line && `**Agent and review:** ${line}`;
}
/** Cost, tokens, the share of input read from the cache, and how long the run took. */
function costLine(input) {
    const calls = input.record.modelCalls;
    const lines = [];
    if (calls.length > 0) {
        const sum = (pick) => calls.reduce((total, call) => total + pick(call), 0);
        const fresh = sum((c) => c.usage.inputTokens);
        const written = sum((c) => c.usage.cacheCreationInputTokens);
        const read = sum((c) => c.usage.cacheReadInputTokens);
        const input_ = fresh + written + read;
        const n = (value) => value.toLocaleString('en-US');
        const share = input_ > 0 ? Math.round((read / input_) * 100) : 0;
        lines.push(`**Cost:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(input.record.costUsd)} for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(calls.length, 'model call')}: ${n(input_)} input tokens (${share}% read from the cache), ${n(sum((c) => c.usage.outputTokens))} output`);
        const stages = (0,_agent_usage_by_stage_js__WEBPACK_IMPORTED_MODULE_1__/* .usageByStage */ .T)(calls);
        if (stages.some((stage) => stage.stage !== 'other'))
            lines.push(`**By stage:** ${stageUsageLine(stages)}`);
    }
    const { startedAt, finishedAt } = input.record;
    if (startedAt && finishedAt) {
        const ms = Date.parse(finishedAt) - Date.parse(startedAt);
        if (Number.isFinite(ms) && ms >= 0)
            lines.push(`**Duration:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(ms)}`);
    }
    return lines.length > 0 ? lines.join('  \n') : undefined;
}
/** Each stage's model, calls, cache-read share and cost; and how many calls counted tokens first. */
function stageUsageLine(stages) {
    const parts = stages.map((stage) => `${stage.stage} (${stage.models.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}) ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(stage.calls, 'call')}, ${Math.round(stage.cacheReadShare * 100)}% of input from the cache, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(stage.costUsd)}`);
    const counted = stages.reduce((total, stage) => total + stage.countedCalls, 0);
    const calls = stages.reduce((total, stage) => total + stage.calls, 0);
    return `${parts.join('; ')}. Tokens counted before ${counted} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(calls, 'call')} (only near a cap).`;
}
function stagesSection(events, limit) {
    const timings = (0,_run_stage_timing_js__WEBPACK_IMPORTED_MODULE_7__/* .stageTimings */ .sV)(events ?? []);
    if (timings.length === 0)
        return undefined;
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .limited */ .TJ)(timings, limit);
    const rows = shown.map((timing) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(timing.name),
        timing.startedAt.slice(11, 19),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(timing.durationMs),
        timing.ok ? '' : '❌',
    ]);
    return [
        '<details><summary>Stages</summary>',
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Stage', 'Started (UTC)', 'Took', ''], rows),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .moreLine */ .g0)(omitted),
        '',
        '</details>',
    ]
        .filter((line, index, all) => line !== '' || all[index - 1] !== '')
        .join('\n');
}
function modelCallsSection(calls, totalCost, limit) {
    if (calls.length === 0)
        return undefined;
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .limited */ .TJ)(calls, limit);
    const n = (value) => value.toLocaleString('en-US');
    const rows = shown.map((call) => [
        String(call.turn),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(call.model),
        n(call.usage.inputTokens),
        n(call.usage.outputTokens),
        n(call.usage.cacheCreationInputTokens),
        n(call.usage.cacheReadInputTokens),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(call.costUsd),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(call.stopReason),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(call.durationMs),
    ]);
    const sum = (pick) => n(calls.reduce((total, call) => total + pick(call), 0));
    rows.push([
        '**total**',
        '',
        sum((c) => c.usage.inputTokens),
        sum((c) => c.usage.outputTokens),
        sum((c) => c.usage.cacheCreationInputTokens),
        sum((c) => c.usage.cacheReadInputTokens),
        `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(totalCost)}**`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(calls.reduce((total, call) => total + call.durationMs, 0)),
    ]);
    const header = ['Turn', 'Model', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost', 'Stop', 'Duration'];
    return [
        `<details><summary>Model calls (${calls.length})</summary>`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows),
        ...(omitted > 0 ? ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .moreLine */ .g0)(omitted)] : []),
        '',
        '</details>',
    ].join('\n');
}
const AUDIT_PLACES = {
    artifact: '(workflow artifact)',
    branch: '(committed to the `autopilot-audit` branch)',
    release: '(asset of a draft release)',
};
function auditLine(input) {
    if (!input.auditHash && !input.artifactUrl)
        return undefined;
    const parts = [];
    const where = input.auditUpload ? AUDIT_PLACES[input.auditUpload] : undefined;
    if (input.artifactUrl)
        parts.push(`[audit bundle](${encodeURI(input.artifactUrl)})${where ? ` ${where}` : ''}`);
    else
        parts.push('audit bundle');
    if (input.auditHash)
        parts.push(`final hash ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.auditHash)}`);
    if (input.auditNotUploaded)
        parts.push(`not uploaded (${input.auditNotUploaded})`);
    return `**Audit:** ${parts.join(', ')}`;
}
function render(input, limit) {
    const stages = input.record.stages;
    const parts = [overview(input)];
    if (stages?.base?.brokenBase)
        parts.push((0,_broken_base_js__WEBPACK_IMPORTED_MODULE_3__/* .brokenBaseMarkdown */ .is)(stages.base.brokenBase));
    parts.push((0,_sandbox_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .sandboxMarkdown */ .t)(stages?.sandbox) || undefined);
    parts.push(changeSection(input, limit));
    parts.push((0,_phases_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .phasesMarkdown */ .Q)(stages?.phases, input.validations) || undefined);
    parts.push(impactSection(input));
    if (input.validations.length > 0)
        parts.push(`### Validation\n\n${(0,_validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .validationSection */ .LN)(input.validations, limit)}`);
    parts.push((0,_evidence_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceMarkdown */ .B)(stages?.evidence));
    parts.push(agentAndReview(input));
    parts.push(costLine(input));
    parts.push(stagesSection(input.record.events, limit));
    parts.push(modelCallsSection(input.record.modelCalls, input.record.costUsd, limit));
    parts.push(auditLine(input));
    return `${parts.filter((part) => Boolean(part)).join('\n\n')}\n`;
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** Markdown for `$GITHUB_STEP_SUMMARY`, with every finding that fits (the annotations show only a few). */
function renderJobSummary(input) {
    const max = input.maxBytes ?? JOB_SUMMARY_LIMIT_BYTES;
    const redact = input.redactor ?? ((text) => text);
    const fitted = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fitLists */ .hC)((limit) => redact(render(input, limit)), max, bytes);
    if (fitted !== undefined)
        return fitted;
    // Only an absurd status message gets here; keep the headline and say where the rest is.
    const notice = '\n\n…truncated, see the audit artifact.\n';
    let text = redact(render(input, 0));
    while (bytes(text) > max - bytes(notice))
        text = text.slice(0, Math.floor(text.length * 0.9));
    return `${text}${notice}`;
}
/** The job summary of a ticket's run, as the Actions shell writes it and the CLI keeps it beside the bundle. */
function ticketRunSummary(run, options) {
    const { record } = run;
    return run.redact(renderJobSummary({
        status: run.outcome.status,
        statusMessage: run.outcome.message,
        ticket: record.ticket?.snapshot,
        prUrl: record.prUrl,
        branch: record.branch,
        validations: [...record.validations],
        record,
        dryRun: options.dryRun,
        auditHash: run.auditHash,
        ...(options.artifactUrl ? { artifactUrl: options.artifactUrl } : {}),
        ...(options.auditUpload ? { auditUpload: options.auditUpload } : {}),
        ...(options.auditNotUploaded ? { auditNotUploaded: options.auditNotUploaded } : {}),
    }));
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
