export const id = 526;
export const ids = [526];
export const modules = {

/***/ 44526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runActionJob: () => (/* binding */ runActionJob)
});

// EXTERNAL MODULE: ./src/config/settings.ts + 1 modules
var config_settings = __webpack_require__(86863);
// EXTERNAL MODULE: ./src/modes/choose-mode.ts
var choose_mode = __webpack_require__(53383);
// EXTERNAL MODULE: ./src/modes/run-mode.ts + 15 modules
var run_mode = __webpack_require__(96174);
// EXTERNAL MODULE: ./src/modes/skip.ts
var skip = __webpack_require__(58617);
// EXTERNAL MODULE: ./src/run/compose.ts + 38 modules
var compose = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 58 modules
var run_ticket = __webpack_require__(36397);
;// CONCATENATED MODULE: ./src/triggers/authorize.ts
/** Starting these already takes write access to the repository, so they are not checked again. */
const TRUSTED_EVENTS = new Set(['workflow_dispatch', 'workflow_call', 'schedule']);
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
/**
 * May this request's actor make Autopilot run? Issue, comment and any other untrusted events need a bot
 * listed in `allowedBots`, a user listed in `allowedUsers` (no API call), or write/maintain/admin permission.
 */
async function authorizeRequest(request, access, policy) {
    if (request.kind === 'skip' || request.kind === 'plan-backlog' || TRUSTED_EVENTS.has(request.event)) {
        return { allowed: true, via: 'trusted-event' };
    }
    const actor = request.actor;
    if (!actor) {
        return refuse(`The \`${request.event}\` event names no sender, so Autopilot cannot check who asked for the run.`);
    }
    if (actor.bot) {
        if (listed(policy.allowedBots, botName(actor.login)))
            return { allowed: true, via: 'allowed-bot' };
        return refuse(`\`${actor.login}\` is a bot; Autopilot ignores bots unless they are listed in \`allowed-bots\`.`);
    }
    if (listed(policy.allowedUsers, actor.login))
        return { allowed: true, via: 'allowed-user' };
    const permission = await access.permission(actor.login);
    if (WRITE_PERMISSIONS.has(permission))
        return { allowed: true, via: 'permission', permission };
    return refuse(`\`${actor.login}\` has \`${permission}\` permission on this repository; Autopilot only runs for people with write, maintain or admin permission, or those listed in \`allowed-users\`.`);
}
function refuse(message) {
    return { allowed: false, reason: 'unauthorized', message };
}
function botName(login) {
    return login.replace(/\[bot\]$/i, '');
}
function listed(list, login) {
    const wanted = botName(login).toLowerCase();
    return list.some((entry) => botName(entry.trim()).toLowerCase() === wanted);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/triggers/refusal-reply.ts

/**
 * Tells the person who asked why nothing happens, in the issue or pull request they asked in. Never replies
 * to a bot (two bots answering each other is a loop) and never quotes the comment back. Returns the new
 * comment's id, or undefined when there was nowhere (or no one) to reply to.
 */
async function postRefusalReply(comments, request, refusal) {
    if (request.kind !== 'run' && request.kind !== 'revise')
        return undefined;
    const issueNumber = request.kind === 'revise' ? request.prNumber : request.origin.issueNumber;
    if (issueNumber === undefined || !request.actor || request.actor.bot)
        return undefined;
    const body = `@${request.actor.login} Autopilot did not run: ${(0,markdown/* untrusted */.bp)(refusal.message)}`;
    const created = await comments.create(issueNumber, body);
    return created.id;
}

// EXTERNAL MODULE: ./src/triggers/untrusted-events.ts
var untrusted_events = __webpack_require__(70645);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 302 modules
var artifact = __webpack_require__(91252);
;// CONCATENATED MODULE: ./src/adapters/actions/artifact-store.ts

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
    constructor(env = process.env, client = () => new artifact/* DefaultArtifactClient */.t9()) {
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
            return { uploaded: true, ...(response.id !== undefined ? { id: response.id } : {}) };
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

// EXTERNAL MODULE: ./src/report/validation-markdown.ts
var validation_markdown = __webpack_require__(14749);
;// CONCATENATED MODULE: ./src/report/annotations.ts



const MESSAGE_LIMIT = 1_000;
/** Joins a project-relative path onto the project's place in the repo, as a clean POSIX path. */
function repoRelativePath(projectPathFromRepoRoot, projectRelativeFile) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(projectPathFromRepoRoot.replace(/\\/g, '/'), projectRelativeFile.replace(/\\/g, '/')));
    return joined.replace(/^(\.\/)+/, '');
}
/** dbt failures first (they block the PR), then lint violations, then dbt warnings, up to `limit`. */
function selectAnnotations(validation, options) {
    const limit = options.limit ?? 10;
    const redact = options.redactor ?? ((text) => text);
    const path = (file) => repoRelativePath(options.projectPathFromRepoRoot, file);
    const all = [];
    for (const node of validation.dbt.results.filter(validation_markdown/* isFailedNode */.iC)) {
        if (!node.file)
            continue;
        all.push({
            file: path(node.file),
            startLine: 1,
            title: `dbt ${node.status}: ${node.uniqueId}`,
            message: node.message || `${node.uniqueId} ended with status ${node.status}`,
            level: 'error',
        });
    }
    for (const violation of validation.lint.violations) {
        all.push({
            file: path(violation.file),
            startLine: Math.max(1, violation.line),
            title: `sqlfluff ${violation.code}`,
            message: violation.description,
            level: validation.lint.ok ? 'warning' : 'error',
        });
    }
    for (const node of validation.dbt.results) {
        if (node.status.toLowerCase() !== 'warn' || !node.file)
            continue;
        all.push({
            file: path(node.file),
            startLine: 1,
            title: `dbt warn: ${node.uniqueId}`,
            message: node.message || `${node.uniqueId} passed with warnings`,
            level: 'warning',
        });
    }
    const annotations = all.slice(0, Math.max(0, limit)).map((annotation) => ({
        ...annotation,
        title: redact((0,markdown/* truncate */.xv)(annotation.title, 200)),
        message: redact((0,markdown/* truncate */.xv)(annotation.message, MESSAGE_LIMIT)),
    }));
    return { annotations, omitted: all.length - annotations.length };
}

// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
;// CONCATENATED MODULE: ./src/action/actions-shell.ts





/** The outputs every run sets, with empty values for what did not happen. */
function runOutputs(status, run) {
    const record = run?.record;
    return {
        status,
        'pr-url': record?.prUrl ?? '',
        'pr-number': record?.prNumber ?? '',
        branch: record?.branch ?? '',
        verdict: record?.stages.decision?.verdict ?? '',
        'changed-models': JSON.stringify(record?.changedModels ?? []),
        'cost-usd': (record?.costUsd ?? 0).toFixed(4),
        'audit-dir': run?.auditDir ?? '',
    };
}
/** Results on the Actions runner: outputs, annotations at file and line, the audit artifact, the summary. */
class ActionsShell {
    environment;
    repoDir;
    log;
    constructor(environment, repoDir, log) {
        this.environment = environment;
        this.repoDir = repoDir;
        this.log = log;
    }
    async reportTicketRun(run, settings) {
        const { record, redact } = run;
        this.setOutputs(runOutputs(run.outcome.status, run));
        const latest = record.validations.at(-1);
        if (latest) {
            const projectPath = external_node_path_default().relative(this.repoDir, external_node_path_default().resolve(this.repoDir, settings.dbt.projectDir));
            const { annotations, omitted } = selectAnnotations(latest, { projectPathFromRepoRoot: projectPath });
            for (const a of annotations) {
                const properties = { file: a.file, startLine: a.startLine, title: a.title };
                if (a.level === 'warning')
                    core/* warning */.$e(redact(a.message), properties);
                else
                    core/* error */.z3(redact(a.message), properties);
            }
            if (omitted > 0)
                this.log.info(`${omitted} more finding(s) are listed in the job summary and the audit bundle.`);
        }
        if (settings.artifact.upload) {
            const upload = await new ActionsArtifactStore().upload(artifactName(record.ticket?.snapshot.key ?? settings.ticket.key, this.environment.runAttempt), run.auditFiles, run.auditDir, settings.artifact.retentionDays);
            if (upload.uploaded)
                this.log.info(`Audit bundle uploaded as artifact ${upload.id ?? ''}`.trim());
            else
                this.log.warn(`Audit bundle not uploaded: ${upload.reason ?? 'unknown reason'}`);
        }
        await this.writeSummary(redact((0,job_summary/* renderJobSummary */.qE)({
            status: run.outcome.status,
            statusMessage: run.outcome.message,
            ticket: record.ticket?.snapshot,
            prUrl: record.prUrl,
            branch: record.branch,
            validations: [...record.validations],
            record,
        })));
    }
    async reportSkip(status, message) {
        this.setOutputs(runOutputs(status));
        await this.writeSummary(`## Autopilot: skipped\n\n\`${status}\`: ${message}\n`);
    }
    setOutputs(outputs) {
        const all = 'status' in outputs ? { ...runOutputs(outputs.status), ...outputs } : outputs;
        for (const [name, value] of Object.entries(all))
            core/* setOutput */.uH(name, value);
    }
    async writeSummary(markdown) {
        await core/* summary */.z
            .addRaw(markdown)
            .write()
            .catch((error) => this.log.warn(`Could not write the job summary: ${String(error)}`));
    }
}

;// CONCATENATED MODULE: ./src/action/action-job.ts










/** The Action's job once the inputs and the event are known to be usable: who asked, then the mode. */
async function runActionJob(request, settings, environment, log) {
    const repoDir = environment.workspace ?? process.cwd();
    const repository = (0,compose/* openRepository */.h_)(settings, environment, log);
    const job = {
        settings,
        environment,
        repoDir,
        log,
        shell: new ActionsShell(environment, repoDir, log),
        repository,
        reviews: (0,compose/* openPullRequestReviews */.ig)(settings, environment, log),
        history: (0,compose/* openHistory */.jC)(settings, environment, log),
        progressThread: (ticketSettings, issueNumber) => (0,compose/* progressThread */.yn)(ticketSettings, repository, issueNumber),
        openBacklog: (query) => (0,compose/* openBacklog */.sd)(query, settings, environment, log),
        runTicket: run_ticket/* runTicket */.W,
    };
    const mode = (0,choose_mode.chooseMode)(request, settings);
    if (mode.kind !== 'skip' && (request.kind === 'run' || request.kind === 'revise')) {
        if (!repository && untrusted_events/* UNTRUSTED_EVENTS */.f.has(request.event)) {
            throw new config_settings.SettingsError('Issue and comment events need `github-token` and GITHUB_REPOSITORY to check who asked.');
        }
        if (repository) {
            const access = await authorizeRequest(request, repository, settings.triggers);
            if (!access.allowed) {
                if (settings.triggers.replyToUnauthorized) {
                    await postRefusalReply(repository, request, access).catch((error) => log.warn(`Could not reply to the refused request: ${String(error)}`));
                }
                return (0,skip/* skipJob */.P)(job, 'skipped:unauthorized', access.message);
            }
        }
    }
    return (0,run_mode.runMode)(mode, job);
}


/***/ }),

/***/ 53383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseMode: () => (/* binding */ chooseMode)
/* harmony export */ });
/* harmony import */ var _triggers_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98212);

/** The one place that decides what kind of run a request and the `mode` input make. Pure. */
function chooseMode(request, settings) {
    if (request.kind === 'skip')
        return { kind: 'skip', status: (0,_triggers_request_js__WEBPACK_IMPORTED_MODULE_0__/* .skipStatus */ .mC)(request), message: request.message };
    if (settings.mode === 'detect-schema-drift')
        return { kind: 'schema-drift' };
    if (settings.mode === 'backlog')
        return { kind: 'backlog' };
    if (settings.mode === 'plan-backlog' || request.kind === 'plan-backlog')
        return { kind: 'plan-backlog' };
    if (request.kind === 'revise')
        return { kind: 'revise', request };
    return {
        kind: 'ticket',
        ticket: request.ticket,
        ...(request.instruction !== undefined ? { instruction: request.instruction } : {}),
        ...issueOf(request),
    };
}
/** The issue the request came from, where progress is reported: the trigger's, or `#42` as the ticket. */
function issueOf(request) {
    if (request.origin.issueNumber !== undefined)
        return { issueNumber: request.origin.issueNumber };
    const issue = /^#(\d+)$/.exec(request.ticket.trim());
    return issue ? { issueNumber: Number(issue[1]) } : {};
}


/***/ })

};
