export const id = 993;
export const ids = [993,175,639];
export const modules = {

/***/ 98993:
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

// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var inputs = __webpack_require__(91977);
// EXTERNAL MODULE: ./src/config/cloud-secrets.ts
var cloud_secrets = __webpack_require__(94639);
// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
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
    const settings = (0,cloud_secrets.withCloudSecrets)((0,config_settings.parseSettings)(raw), process.env);
    for (const secret of settings.cloudSecrets ?? [])
        core/* setSecret */.Pq(secret);
    return settings;
}

// EXTERNAL MODULE: ./src/config/run-environment.ts
var run_environment = __webpack_require__(24175);
// EXTERNAL MODULE: ./src/run/outcome.ts
var outcome = __webpack_require__(36497);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/shared/autopilot-error.ts
var autopilot_error = __webpack_require__(76021);
;// CONCATENATED MODULE: ./src/triggers/trigger-error.ts

/** The event payload lacks a field the router needs; the message names it. Not a skip: GitHub sent something unexpected. */
class TriggerError extends autopilot_error/* AutopilotError */.W {
    constructor(message) {
        super('failed:event', message);
    }
}

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
        throw new TriggerError(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error instanceof Error ? error.message : String(error)}. Unset GITHUB_EVENT_PATH when running outside GitHub Actions.`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new TriggerError(`The event payload at GITHUB_EVENT_PATH=${path} is not JSON.`);
    }
}

// EXTERNAL MODULE: ./src/action/run-outputs.ts
var run_outputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
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
    throw new TriggerError(`The \`${eventName}\` event payload is not what GitHub sends (${problems}). ` +
        'If you replay an event file, start from a real payload (GITHUB_EVENT_PATH on a runner).');
}
function toActor(value) {
    return { login: value.login, bot: value.type === 'Bot' || value.login.endsWith('[bot]') };
}

// EXTERNAL MODULE: ./src/triggers/request.ts
var request = __webpack_require__(98212);
// EXTERNAL MODULE: ./src/triggers/trigger-phrase.ts
var trigger_phrase = __webpack_require__(16779);
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
    const instruction = (0,trigger_phrase/* parseTriggerPhrase */.P)(comment.body ?? '', phrase);
    const actor = toActor(sender);
    if (instruction === undefined) {
        // On an issue a plain reply may answer Autopilot's question; the ticket mode checks the thread.
        if (!issue.pull_request && !actor.bot) {
            return {
                kind: 'run',
                event: 'issue_comment',
                ticket: `#${issue.number}`,
                actor,
                origin: { issueNumber: issue.number, commentId: comment.id },
                reply: true,
            };
        }
        return (0,request/* skip */.iv)('not-triggered', `Comment ${comment.id} does not start with \`${phrase}\`.`);
    }
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
        throw new config_settings.SettingsError(`Input \`ticket\` is required for ${event}: pass \`with: ticket: \${{ inputs.ticket }}\` (a Jira key like DATA-123 or an issue like #42).`);
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
        const { runActionJob } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(58), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(234), __webpack_require__.e(500), __webpack_require__.e(349), __webpack_require__.e(415)]).then(__webpack_require__.bind(__webpack_require__, 58415));
        const status = await runActionJob(request, settings, environment, log);
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
        for (const [name, value] of Object.entries((0,run_outputs/* runOutputs */.M)(failure.status)))
            core/* setOutput */.uH(name, value);
        core/* setFailed */.C1(failure.message);
    }
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ runOutputs)
/* harmony export */ });
/** Whether the PR is (or in a dry run would be) a draft: empty when no change reached the decision. */
function draftOutput(record) {
    const verdict = record?.stages.decision?.verdict;
    if (verdict === 'ready')
        return 'false';
    if (verdict === 'draft' || verdict === 'validation-failed')
        return 'true';
    return '';
}
/** The outputs every run sets, each empty (never missing) when it does not apply. */
function runOutputs(status, run, extra = {}) {
    const record = run?.record;
    const latest = record?.validations.at(-1);
    const findings = record?.stages.impact?.findings;
    return {
        status,
        'pr-url': record?.prUrl ?? '',
        'pr-number': record?.prNumber ?? '',
        branch: record?.branch ?? '',
        verdict: record?.stages.decision?.verdict ?? '',
        draft: draftOutput(record),
        validation: latest === undefined ? 'not-run' : latest.ok ? 'passed' : 'failed',
        breaking: findings ? findings.filter((finding) => finding.severity === 'breaking').length : '',
        'changed-models': JSON.stringify(record?.changedModels ?? []),
        'commit-sha': record?.commitSha ?? '',
        ticket: record?.ticket?.snapshot.key ?? '',
        'cost-usd': (record?.costUsd ?? 0).toFixed(4),
        'audit-dir': run?.auditDir ?? '',
        'audit-hash': run?.auditHash ?? '',
        'artifact-url': extra.artifactUrl ?? '',
        'audit-upload': extra.auditUpload ?? '',
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

/***/ 16779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseTriggerPhrase)
/* harmony export */ });
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
