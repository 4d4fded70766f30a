export const id = 563;
export const ids = [563];
export const modules = {

/***/ 23563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handle: () => (/* binding */ handle)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
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

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 303 modules
var artifact = __webpack_require__(9645);
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

;// CONCATENATED MODULE: ./src/report/job-summary.ts


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
function overview(input) {
    const lines = [
        `## Autopilot: ${statusHeadline(input.status)}`,
        '',
        (0,markdown/* untrusted */.bp)((0,markdown/* truncate */.xv)(input.statusMessage, 4000)),
        '',
    ];
    if (input.ticket) {
        const key = input.ticket.url
            ? `[${(0,markdown/* untrusted */.bp)(input.ticket.key)}](${encodeURI(input.ticket.url)})`
            : (0,markdown/* code */.aY)(input.ticket.key);
        lines.push(`- **Ticket:** ${key} ${(0,markdown/* untrusted */.bp)((0,markdown/* truncate */.xv)(input.ticket.title.replace(/\s+/g, ' '), 200))}`);
    }
    if (input.prUrl)
        lines.push(`- **Pull request:** ${encodeURI(input.prUrl)}`);
    if (input.branch)
        lines.push(`- **Branch:** ${(0,markdown/* code */.aY)(input.branch)}`);
    return lines.join('\n').trimEnd();
}
function modelCallsSection(calls, totalCost, limit) {
    if (calls.length === 0)
        return '### Model calls\n\nNo model calls.';
    const { shown, omitted } = (0,markdown/* limited */.TJ)(calls, limit);
    const n = (value) => value.toLocaleString('en-US');
    const rows = shown.map((call) => [
        String(call.turn),
        (0,markdown/* codeCell */.MZ)(call.model),
        n(call.usage.inputTokens),
        n(call.usage.outputTokens),
        n(call.usage.cacheCreationInputTokens),
        n(call.usage.cacheReadInputTokens),
        (0,markdown/* usd */.dR)(call.costUsd),
        (0,markdown/* cell */.Hn)(call.stopReason),
        (0,markdown/* duration */.p0)(call.durationMs),
    ]);
    const sum = (pick) => n(calls.reduce((total, call) => total + pick(call), 0));
    rows.push([
        '**total**',
        '',
        sum((c) => c.usage.inputTokens),
        sum((c) => c.usage.outputTokens),
        sum((c) => c.usage.cacheCreationInputTokens),
        sum((c) => c.usage.cacheReadInputTokens),
        `**${(0,markdown/* usd */.dR)(totalCost)}**`,
        '',
        (0,markdown/* duration */.p0)(calls.reduce((total, call) => total + call.durationMs, 0)),
    ]);
    const header = ['Turn', 'Model', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost', 'Stop', 'Duration'];
    return [`### Model calls (${calls.length})`, (0,markdown/* table */.tp)(header, rows), (0,markdown/* moreLine */.g0)(omitted)]
        .filter(Boolean)
        .join('\n\n');
}
function commandsSection(commands, limit) {
    if (commands.length === 0)
        return '### Commands\n\nNo commands were run.';
    const { shown, omitted } = (0,markdown/* limited */.TJ)(commands, limit);
    const rows = shown.map((command) => [
        (0,markdown/* codeCell */.MZ)([command.command, ...command.args].join(' ')),
        command.timedOut ? '⏱️ timed out' : command.exitCode === 0 ? '0' : `❌ ${command.exitCode}`,
        (0,markdown/* duration */.p0)(command.durationMs),
    ]);
    return [
        `### Commands (${commands.length})`,
        (0,markdown/* table */.tp)(['Command', 'Exit', 'Duration'], rows),
        (0,markdown/* moreLine */.g0)(omitted),
    ]
        .filter(Boolean)
        .join('\n\n');
}
function render(input, limit) {
    const parts = [overview(input)];
    if (input.validations.length > 0)
        parts.push(`### Validation\n\n${(0,validation_markdown/* validationSection */.LN)(input.validations, limit)}`);
    parts.push(modelCallsSection(input.record.modelCalls, input.record.costUsd, limit));
    parts.push(commandsSection(input.record.commands, limit));
    return `${parts.join('\n\n')}\n`;
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** Markdown for `$GITHUB_STEP_SUMMARY`, with every finding that fits (the annotations show only a few). */
function renderJobSummary(input) {
    const max = input.maxBytes ?? JOB_SUMMARY_LIMIT_BYTES;
    const redact = input.redactor ?? ((text) => text);
    const fitted = (0,markdown/* fitLists */.hC)((limit) => redact(render(input, limit)), max, bytes);
    if (fitted !== undefined)
        return fitted;
    // Only an absurd status message gets here; keep the headline and say where the rest is.
    const notice = '\n\n…truncated, see the audit artifact.\n';
    let text = redact(render(input, 0));
    while (bytes(text) > max - bytes(notice))
        text = text.slice(0, Math.floor(text.length * 0.9));
    return `${text}${notice}`;
}

;// CONCATENATED MODULE: ./src/action/report-run.ts





/** The outputs every run sets, with empty values for what did not happen. */
function setRunOutputs(result) {
    core/* setOutput */.uH('status', result.status);
    core/* setOutput */.uH('pr-url', result.prUrl ?? '');
    core/* setOutput */.uH('pr-number', result.prNumber ?? '');
    core/* setOutput */.uH('branch', result.branch ?? '');
    core/* setOutput */.uH('changed-models', JSON.stringify(result.changedModels ?? []));
    core/* setOutput */.uH('cost-usd', (result.record?.costUsd ?? 0).toFixed(4));
    core/* setOutput */.uH('audit-dir', result.auditDir ?? '');
}
/** Annotations at file and line, the audit artifact and the job summary for one ticket's run. */
async function reportTicketRun(result, settings, environment, repoDir, log) {
    const latest = result.validations.at(-1);
    if (latest) {
        const projectPath = external_node_path_default().relative(repoDir, external_node_path_default().resolve(repoDir, settings.dbt.projectDir));
        const { annotations, omitted } = selectAnnotations(latest, { projectPathFromRepoRoot: projectPath });
        for (const a of annotations) {
            const properties = { file: a.file, startLine: a.startLine, title: a.title };
            if (a.level === 'warning')
                core/* warning */.$e(result.redact(a.message), properties);
            else
                core/* error */.z3(result.redact(a.message), properties);
        }
        if (omitted > 0)
            log.info(`${omitted} more finding(s) are listed in the job summary and the audit bundle.`);
    }
    if (settings.artifact.upload) {
        const upload = await new ActionsArtifactStore().upload(artifactName(result.ticket?.key ?? settings.ticket.key, environment.runAttempt), result.auditFiles, result.auditDir, settings.artifact.retentionDays);
        if (upload.uploaded)
            log.info(`Audit bundle uploaded as artifact ${upload.id ?? ''}`.trim());
        else
            log.warn(`Audit bundle not uploaded: ${upload.reason ?? 'unknown reason'}`);
    }
    await writeSummary(result.redact(renderJobSummary({
        status: result.status,
        statusMessage: result.message,
        ticket: result.ticket,
        prUrl: result.prUrl,
        branch: result.branch,
        validations: result.validations,
        record: result.record,
    })), log);
}
async function writeSummary(markdown, log) {
    await core/* summary */.z
        .addRaw(markdown)
        .write()
        .catch((error) => log.warn(`Could not write the job summary: ${String(error)}`));
}

;// CONCATENATED MODULE: ./src/backlog/backlog-matrix.ts
function backlogMatrix(plan) {
    const include = plan.selected.map((item) => ({ ticket: item.key }));
    return { matrix: JSON.stringify({ include }), count: String(include.length) };
}

;// CONCATENATED MODULE: ./src/backlog/backlog-summary.ts

const STOP_LINE = {
    'max-tickets': 'Stopped at `max-tickets`.',
    cost: 'Stopped before the nightly dollar budget (`backlog-max-cost-usd`) could be exceeded.',
    minutes: 'Stopped before the nightly time budget (`backlog-max-minutes`) could be exceeded.',
};
/** The job summary of `mode: backlog`: each ticket's outcome, then the tickets the plan skipped. */
function renderBacklogSummary(result, plan) {
    const ran = result.outcomes.filter((outcome) => outcome.started);
    const lines = [
        '## Autopilot backlog',
        '',
        `${(0,markdown/* plural */.LS)(ran.length, 'ticket')} run, ${(0,markdown/* usd */.dR)(result.spentUsd)} spent in ${(0,markdown/* duration */.p0)(result.elapsedMs)}.` +
            (result.stoppedBy ? ` ${STOP_LINE[result.stoppedBy]}` : ''),
        '',
    ];
    if (result.outcomes.length > 0) {
        lines.push((0,markdown/* table */.tp)(['Ticket', 'Title', 'Status', 'PR', 'Cost', 'Duration'], result.outcomes.map((outcome) => [
            (0,markdown/* cell */.Hn)(outcome.item.key),
            (0,markdown/* cell */.Hn)((0,markdown/* untrusted */.bp)(outcome.item.title), 80),
            statusCell(outcome),
            outcome.prUrl ? `[PR](${encodeURI(outcome.prUrl)})` : '—',
            outcome.started ? (0,markdown/* usd */.dR)(outcome.costUsd) : '—',
            outcome.started ? (0,markdown/* duration */.p0)(outcome.durationMs) : '—',
        ])), '');
    }
    else {
        lines.push('No eligible ticket tonight.', '');
    }
    lines.push(renderSkipped(plan));
    return lines.join('\n').trimEnd() + '\n';
}
/** The job summary of `mode: plan-backlog`: the fan-out, in order, and what was skipped and why. */
function renderBacklogPlan(plan) {
    const lines = ['## Autopilot backlog plan', ''];
    if (plan.selected.length === 0)
        lines.push('No eligible ticket: the matrix job is skipped.', '');
    else
        lines.push((0,markdown/* table */.tp)(['#', 'Ticket', 'Title', 'Priority'], plan.selected.map((item, index) => [
            String(index + 1),
            (0,markdown/* cell */.Hn)(item.key),
            (0,markdown/* cell */.Hn)((0,markdown/* untrusted */.bp)(item.title), 80),
            item.priority,
        ])), '');
    lines.push(renderSkipped(plan));
    return lines.join('\n').trimEnd() + '\n';
}
function renderSkipped(plan) {
    if (plan.skipped.length === 0)
        return '';
    return [
        `### Skipped (${plan.skipped.length})`,
        '',
        (0,markdown/* table */.tp)(['Ticket', 'Why'], plan.skipped.map((skip) => [(0,markdown/* cell */.Hn)(skip.item.key), (0,markdown/* cell */.Hn)(skip.detail, 200)])),
        '',
    ].join('\n');
}
function statusCell(outcome) {
    const status = `\`${outcome.status}\``;
    return outcome.message ? `${status} ${(0,markdown/* cell */.Hn)((0,markdown/* untrusted */.bp)(outcome.message), 160)}` : status;
}

// EXTERNAL MODULE: ./src/backlog/backlog-item.ts
var backlog_item = __webpack_require__(34210);
;// CONCATENATED MODULE: ./src/backlog/backlog-query.ts

const JQL_OPERATOR = /!=|[=~<>]|\b(?:in|not\s+in|is|is\s+not|was|changed|and|or|order\s+by)\b/i;
/**
 * `jql:<JQL>` or a string that reads as JQL (`project = DATA AND labels = autopilot`) → Jira;
 * `label:<name>[,<name>…]` → GitHub issues carrying all those labels.
 */
function parseBacklogQuery(input) {
    const text = input.trim();
    const example = 'pass `jql:project = DATA AND labels = autopilot` or `label:autopilot`';
    if (text === '')
        throw new backlog_item/* BacklogError */.Kb(`Input \`backlog-query\` is required to plan the backlog: ${example}.`);
    const prefixed = /^(jql|label)\s*:\s*([\s\S]*)$/i.exec(text);
    if (prefixed) {
        const kind = (prefixed[1] ?? '').toLowerCase();
        const rest = (prefixed[2] ?? '').trim();
        if (rest === '')
            throw new backlog_item/* BacklogError */.Kb(`Input \`backlog-query\` has nothing after \`${kind}:\`: ${example}.`);
        if (kind === 'jql')
            return { tracker: 'jira', jql: rest };
        const labels = rest
            .split(',')
            .map((label) => label.trim().replace(/^["']|["']$/g, ''))
            .filter(Boolean);
        if (labels.length === 0)
            throw new backlog_item/* BacklogError */.Kb(`Input \`backlog-query\` names no label: ${example}.`);
        return { tracker: 'github', labels };
    }
    if (JQL_OPERATOR.test(text))
        return { tracker: 'jira', jql: text };
    throw new backlog_item/* BacklogError */.Kb(`Input \`backlog-query\` '${text}' is neither JQL nor a label: ${example}.`);
}
/** The query text the tracker's `BacklogSource.list` takes. */
function queryText(query) {
    return query.tracker === 'jira' ? query.jql : query.labels.join(',');
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var errors = __webpack_require__(961);
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
function createOctokit(options) {
    // An explicit baseUrl: @actions/github resolves its default from the environment at import time.
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    });
}
/**
 * Open issues carrying every label in `query` (comma-separated), pull requests left out. Priority comes
 * from a `priority:<level>` label (`priority:high`, `priority: Low`…); none means Medium.
 */
class GitHubBacklogSource {
    options;
    octokit;
    constructor(options) {
        this.options = options;
        this.octokit = createOctokit(options);
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
            throw toBacklogError(error, `issues labelled ${labels} in ${owner}/${repo}`, 'issues: read');
        }
        return items;
    }
}
class GitHubOpenPullRequests {
    options;
    octokit;
    constructor(options) {
        this.options = options;
        this.octokit = createOctokit(options);
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
            throw toBacklogError(error, `open pull requests of ${owner}/${repo}`, 'pull-requests: read');
        }
        return heads;
    }
}
function toItem(issue) {
    const levels = issue.labels
        .map((label) => /^priority\s*[:/-]\s*(\w+)$/i.exec(label.trim())?.[1])
        .filter((level) => level !== undefined)
        .map((level) => (0,backlog_item/* normalizePriority */.cF)(level));
    const priority = levels.sort((a, b) => (0,backlog_item/* priorityRank */.Dk)(a) - (0,backlog_item/* priorityRank */.Dk)(b))[0] ?? 'Medium';
    const createdAt = (0,backlog_item/* isoTime */.Ly)(issue.created_at) ?? issue.created_at;
    return {
        key: `#${issue.number}`,
        title: issue.title,
        priority,
        createdAt,
        updatedAt: (0,backlog_item/* isoTime */.Ly)(issue.updated_at) ?? createdAt,
        labels: issue.labels,
    };
}
function toBacklogError(error, what, permission) {
    if (error instanceof errors/* ZodError */.G)
        return new backlog_item/* BacklogError */.Kb(`GitHub answered for ${what} with an unexpected shape: check \`GITHUB_API_URL\`.`);
    const status = schemas/* object */.Ikc({ status: schemas/* number */.aig() }).safeParse(error);
    if (!status.success)
        return error instanceof Error ? error : new Error(String(error));
    const code = status.data.status;
    if (code === 401)
        return new backlog_item/* BacklogError */.Kb(`GitHub rejected \`github-token\` (HTTP 401) listing ${what}: pass a valid token.`);
    if (code === 403 || code === 404)
        return new backlog_item/* BacklogError */.Kb(`GitHub refused listing ${what} (HTTP ${code}): give the job \`permissions: ${permission}\`.`);
    return new backlog_item/* BacklogError */.Kb(`GitHub failed with HTTP ${code} listing ${what}: re-run later.`);
}

// EXTERNAL MODULE: ./node_modules/jira.js/dist/cloud/createCloudClient.js + 560 modules
var createCloudClient = __webpack_require__(86238);
// EXTERNAL MODULE: ./node_modules/jira.js/dist/core/errors/predicates.js
var predicates = __webpack_require__(4675);
;// CONCATENATED MODULE: ./src/adapters/jira/jira-backlog-source.ts



const FIELDS = ['summary', 'priority', 'created', 'updated', 'labels'];
const jira_backlog_source_IssueSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    fields: schemas/* object */.Ikc({
        summary: schemas/* string */.YjP().nullish(),
        priority: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).nullish().catch(undefined),
        created: schemas/* string */.YjP(),
        updated: schemas/* string */.YjP(),
        labels: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    }),
});
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
            this.client = (0,createCloudClient/* createCloudClient */.F)({
                host: this.host,
                auth: options.auth,
                onSchemaMismatch: options.onSchemaMismatch ?? 'warn',
            });
        }
        catch {
            throw new backlog_item/* BacklogError */.Kb('The Jira client refused its settings: `jira-url` must be the site URL (https://acme.atlassian.net) and `jira-email` an email address.');
        }
    }
    async list(jql) {
        const items = [];
        let nextPageToken;
        for (let page = 1;; page += 1) {
            const result = await this.search(jql, nextPageToken);
            for (const raw of result.issues ?? [])
                items.push(this.toItem(raw));
            nextPageToken = result.nextPageToken ?? undefined;
            if (result.isLast !== false || !nextPageToken)
                return items;
            if (page >= this.maxPages) {
                this.options.log?.warn(`The backlog query matched more than ${items.length} issues; only the first ${this.maxPages} pages are planned. Narrow the JQL, or order it (ORDER BY priority DESC, created ASC) so the first pages are the ones that matter.`);
                return items;
            }
        }
    }
    async search(jql, nextPageToken) {
        try {
            return await this.client.issueSearch.searchAndReconsileIssuesUsingJql({
                jql,
                nextPageToken,
                maxResults: this.pageSize,
                fields: FIELDS,
            });
        }
        catch (error) {
            throw this.toBacklogError(error, jql);
        }
    }
    toItem(raw) {
        const parsed = jira_backlog_source_IssueSchema.safeParse(raw);
        if (!parsed.success) {
            throw new backlog_item/* BacklogError */.Kb(`Jira at ${this.host} answered the backlog search with an issue lacking key, created or updated: is \`jira-url\` a Jira Cloud site?`);
        }
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

// EXTERNAL MODULE: ./src/publish/branch-name.ts
var branch_name = __webpack_require__(83807);
;// CONCATENATED MODULE: ./src/backlog/plan-backlog.ts


/** Eligible tickets ranked by priority (Highest first) then age (oldest first), capped; the rest with reasons. */
function planBacklog(items, options) {
    const openHeads = new Set(options.openPullHeads);
    const skipped = [];
    const eligible = [];
    const seen = new Set();
    for (const item of items) {
        if (seen.has(item.key))
            continue;
        seen.add(item.key);
        const skip = skipReason(item, openHeads, options);
        if (skip)
            skipped.push({ item, ...skip });
        else
            eligible.push(item);
    }
    eligible.sort(byUrgency);
    const cap = Math.max(0, options.maxTickets);
    for (const item of eligible.slice(cap)) {
        skipped.push({
            item,
            reason: 'over-max-tickets',
            detail: `beyond \`max-tickets\` (${cap}) tonight; it stays in the backlog for the next run`,
        });
    }
    return { selected: eligible.slice(0, cap), skipped };
}
function byUrgency(a, b) {
    return ((0,backlog_item/* priorityRank */.Dk)(a.priority) - (0,backlog_item/* priorityRank */.Dk)(b.priority) ||
        Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        a.key.localeCompare(b.key, 'en', { numeric: true }));
}
function skipReason(item, openHeads, options) {
    const branch = (0,branch_name/* branchName */.a)(options.branchPrefix, item.key);
    if (openHeads.has(branch)) {
        return {
            reason: 'open-pr',
            detail: `an Autopilot pull request is open on \`${branch}\`; comment \`/autopilot\` with an instruction on it to revise`,
        };
    }
    const last = options.history.get(item.key);
    if (!last || changedSince(item, last))
        return undefined;
    if (last.status === 'failed:needs-clarification') {
        return {
            reason: 'awaiting-clarification',
            detail: 'waiting for an answer to Autopilot’s question; answer on the ticket to make it eligible again',
        };
    }
    if (last.status.startsWith('failed:')) {
        return {
            reason: 'failed-unchanged',
            detail: `the last run ended \`${last.status}\` and the ticket has not changed since; edit or comment on it to retry`,
        };
    }
    if (last.status === 'pr-opened' || last.status === 'pr-updated') {
        // Its pull request is no longer open (merged or closed): running the unchanged ticket would redo it.
        return {
            reason: 'done-unchanged',
            detail: `its Autopilot pull request was merged or closed and the ticket has not changed since; edit it to run again`,
        };
    }
    return undefined;
}
/** Strictly after: a ticket last touched at the moment the run finished is the run's own comment. */
function changedSince(item, last) {
    const updated = Date.parse(item.updatedAt);
    const at = Date.parse(last.at);
    if (Number.isNaN(updated) || Number.isNaN(at))
        return true;
    return updated > at;
}

;// CONCATENATED MODULE: ./src/backlog/plan-backlog-run.ts





function createBacklogSource(query, connections) {
    if (query.tracker === 'jira') {
        if (!connections.jira) {
            throw new backlog_item/* BacklogError */.Kb('A JQL `backlog-query` needs Jira: set `jira-url` and `jira-email` + `jira-api-token` (or `jira-bearer-token`).');
        }
        return new JiraBacklogSource({ ...connections.jira, log: connections.log });
    }
    return new GitHubBacklogSource({
        ...requireGitHub(connections, 'A `label:` backlog-query'),
        log: connections.log,
    });
}
/** Reads the backlog and the open pull requests, then plans: the whole of `mode: plan-backlog` but the outputs. */
async function planBacklogRun(options) {
    const query = parseBacklogQuery(options.query);
    const source = options.source ?? createBacklogSource(query, options.connections);
    const pulls = options.openPullRequests ??
        new GitHubOpenPullRequests(requireGitHub(options.connections, 'Finding open Autopilot pull requests'));
    const [items, openPullHeads] = await Promise.all([source.list(queryText(query)), pulls.listOpenHeads()]);
    options.connections.log?.info(`Backlog query matched ${items.length} ticket(s); ${openPullHeads.length} open pull request(s) checked.`);
    return planBacklog(items, {
        openPullHeads,
        history: options.history,
        branchPrefix: options.branchPrefix,
        maxTickets: options.maxTickets,
    });
}
function requireGitHub(connections, what) {
    if (!connections.github) {
        throw new backlog_item/* BacklogError */.Kb(`${what} needs the repository and a token: run inside GitHub Actions with \`github-token\` set (the default \`\${{ github.token }}\` works with \`issues: read\` and \`pull-requests: read\`).`);
    }
    return connections.github;
}

;// CONCATENATED MODULE: ./src/backlog/run-backlog.ts
const systemClock = { now: () => Date.now() };
/**
 * Runs the planned tickets one after another, starting one only when the worst it could cost and take
 * still fits in the nightly budget, so the budget is never exceeded. A ticket that throws is recorded as
 * `failed:internal` and charged the per-ticket maximum (what it spent is unknown); the next one still runs.
 */
async function runBacklog(plan, runOne, budget, clock = systemClock) {
    const started = clock.now();
    const maxMs = budget.maxMinutes * 60_000;
    const outcomes = [];
    let spentUsd = 0;
    let longestMs = budget.perTicketMaxMinutes * 60_000;
    let stop;
    let ran = 0;
    for (const item of plan.selected) {
        stop ??= refuse(ran, spentUsd, clock.now() - started, longestMs, budget, maxMs);
        if (stop) {
            outcomes.push({
                item,
                status: 'skipped:budget',
                costUsd: 0,
                durationMs: 0,
                started: false,
                message: stop.message,
            });
            continue;
        }
        const ticketStart = clock.now();
        let result;
        try {
            result = await runOne(item.key);
        }
        catch (error) {
            result = {
                status: 'failed:internal',
                costUsd: budget.perTicketMaxCostUsd,
                durationMs: clock.now() - ticketStart,
                message: error instanceof Error ? error.message : String(error),
            };
        }
        ran += 1;
        spentUsd += result.costUsd;
        longestMs = Math.max(longestMs, clock.now() - ticketStart);
        outcomes.push({ item, ...result, started: true });
    }
    return { outcomes, spentUsd, elapsedMs: clock.now() - started, stoppedBy: stop?.reason };
}
function refuse(ran, spentUsd, elapsedMs, worstMs, budget, maxMs) {
    if (ran >= budget.maxTickets) {
        return {
            reason: 'max-tickets',
            message: `\`max-tickets\` (${budget.maxTickets}) reached; left for the next run`,
        };
    }
    // The epsilon keeps float sums such as 0.1 + 0.2 from refusing a ticket that exactly fits.
    if (spentUsd + budget.perTicketMaxCostUsd > budget.maxCostUsd + 1e-9) {
        return {
            reason: 'cost',
            message: `could cost up to $${budget.perTicketMaxCostUsd.toFixed(2)} with $${spentUsd.toFixed(2)} of the nightly $${budget.maxCostUsd.toFixed(2)} spent; left for the next run`,
        };
    }
    if (elapsedMs + worstMs > maxMs) {
        const minutes = (ms) => (ms / 60_000).toFixed(1);
        return {
            reason: 'minutes',
            message: `could take up to ${minutes(worstMs)} min with ${minutes(elapsedMs)} of the nightly ${minutes(maxMs)} min used; left for the next run`,
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/config/settings.ts + 1 modules
var config_settings = __webpack_require__(86863);
// EXTERNAL MODULE: ./src/adapters/process/command-runner.ts
var command_runner = __webpack_require__(41874);
// EXTERNAL MODULE: ./src/adapters/git/git.ts
var git_git = __webpack_require__(6619);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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

;// CONCATENATED MODULE: ./src/history/open-history.ts



/** The run history on the `autopilot-history` branch, when the run can push to the repository. */
function openHistory(settings, environment, log) {
    if (!environment.repository || !settings.githubToken || settings.dryRun)
        return undefined;
    const git = new git_git/* Git */.TU(new command_runner.SpawnCommandRunner(), environment.workspace ?? process.cwd(), settings.githubToken, {
        serverUrl: environment.serverUrl,
    });
    return new GitHistoryStore({ git, log });
}

// EXTERNAL MODULE: ./src/adapters/jira/jira-cloud-source.ts + 1 modules
var jira_cloud_source = __webpack_require__(58208);
;// CONCATENATED MODULE: ./src/modes/backlog.ts









async function plan(settings, environment, log) {
    if (!settings.backlog.query) {
        throw new config_settings.SettingsError('Input `backlog-query` is required to plan the backlog: pass `jql:project = DATA AND labels = autopilot` or `label:autopilot`.');
    }
    const auth = (0,jira_cloud_source/* jiraAuth */.R)(settings.jira);
    const store = openHistory(settings, environment, log);
    const history = store
        ? await store.read().catch((error) => {
            log.warn(`Could not read the Autopilot history; planning without it: ${String(error)}`);
            return new Map();
        })
        : new Map();
    return log.group('Plan the backlog', () => planBacklogRun({
        query: settings.backlog.query ?? '',
        connections: {
            jira: settings.jira.url && auth ? { host: settings.jira.url, auth } : undefined,
            github: environment.repository && settings.githubToken
                ? { ...environment.repository, token: settings.githubToken, apiUrl: environment.apiUrl }
                : undefined,
            log,
        },
        history,
        branchPrefix: settings.branchPrefix,
        maxTickets: settings.backlog.maxTickets,
    }));
}
/** `mode: plan-backlog`: the tickets to work on, as a matrix for a fan-out job. */
async function planBacklogJob(settings, environment, log) {
    const planned = await plan(settings, environment, log);
    const { matrix, count } = backlogMatrix(planned);
    core/* setOutput */.uH('matrix', matrix);
    core/* setOutput */.uH('count', count);
    setRunOutputs({ status: 'backlog-planned' });
    await writeSummary(renderBacklogPlan(planned), log);
    return { status: 'backlog-planned', message: `Planned ${count} ticket(s).` };
}
/** `mode: backlog`: the planned tickets one after another under the backlog budget. */
async function runBacklogJob(settings, environment, log, runOne) {
    const planned = await plan(settings, environment, log);
    const result = await runBacklog(planned, async (ticket) => {
        const started = Date.now();
        const outcome = await runOne(ticket);
        return { ...outcome, durationMs: Date.now() - started };
    }, {
        maxTickets: settings.backlog.maxTickets,
        maxCostUsd: settings.backlog.maxCostUsd,
        maxMinutes: settings.backlog.maxWallMs / 60_000,
        perTicketMaxCostUsd: settings.budget.maxCostUsd,
        // The budget bounds the model loop; parsing, validation and publishing come on top.
        perTicketMaxMinutes: (settings.budget.maxWallMs + 2 * settings.dbt.timeoutMs) / 60_000,
    });
    await writeSummary(renderBacklogSummary(result, planned), log);
    const failed = result.outcomes.filter((outcome) => outcome.status.startsWith('failed:'));
    const ran = result.outcomes.filter((outcome) => outcome.started).length;
    setRunOutputs({ status: failed.length > 0 ? 'failed:backlog' : 'backlog-done' });
    core/* setOutput */.uH('cost-usd', result.spentUsd.toFixed(4));
    if (failed.length > 0) {
        return {
            status: 'failed:backlog',
            message: `${failed.length} of ${ran} ticket(s) failed: ${failed.map((o) => `${o.item.key} (${o.status})`).join(', ')}`,
        };
    }
    return { status: 'backlog-done', message: `Ran ${ran} of ${planned.selected.length} planned ticket(s).` };
}

// EXTERNAL MODULE: ./src/run/run-ticket.ts + 62 modules
var run_ticket = __webpack_require__(65206);
;// CONCATENATED MODULE: ./src/report/progress-comment.ts

/**
 * One comment where the request was made, updated in place: started, each stage, then the outcome with
 * the PR and run links. A comment that cannot be posted never fails the run; it is logged once.
 */
class ProgressComment {
    thread;
    context;
    log;
    redact;
    now;
    id;
    startedAt;
    warned = false;
    constructor(thread, context, log, redact, now = Date.now) {
        this.thread = thread;
        this.context = context;
        this.log = log;
        this.redact = redact;
        this.now = now;
        this.startedAt = now();
    }
    async stage(name) {
        await this.write(`🤖 Autopilot is working on ${this.context.ticketKey}: **${name}**…${this.runLink()}`);
    }
    async finish(outcome) {
        const seconds = Math.round((this.now() - this.startedAt) / 1000);
        const took = seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
        const lines = [
            `${statusHeadline(outcome.status)} — ${this.context.ticketKey}`,
            '',
            outcome.message,
            ...(outcome.prUrl ? ['', `Pull request: ${outcome.prUrl}`] : []),
            '',
            `Took ${took}.${this.runLink()}`,
        ];
        await this.write(lines.join('\n'));
    }
    runLink() {
        return this.context.runUrl ? ` [Workflow run](${this.context.runUrl})` : '';
    }
    async write(text) {
        const body = this.redact(text);
        try {
            if (!this.id) {
                this.id = this.thread.create(body).catch((error) => {
                    this.id = undefined;
                    throw error;
                });
                await this.id;
                return;
            }
            const id = await this.id;
            if (id)
                await this.thread.update(id, body);
        }
        catch (error) {
            if (!this.warned)
                this.log.warn(`Could not update the progress comment: ${this.redact(String(error))}`);
            this.warned = true;
        }
    }
}
/** A Log that also moves the progress comment to each stage as its group starts. */
class ProgressLog {
    inner;
    progress;
    constructor(inner, progress) {
        this.inner = inner;
        this.progress = progress;
    }
    info(message) {
        this.inner.info(message);
    }
    warn(message) {
        this.inner.warn(message);
    }
    error(message) {
        this.inner.error(message);
    }
    debug(message) {
        this.inner.debug(message);
    }
    async group(name, fn) {
        await this.progress.stage(name);
        return this.inner.group(name, fn);
    }
}

// EXTERNAL MODULE: ./src/shared/redact.ts
var shared_redact = __webpack_require__(48932);
;// CONCATENATED MODULE: ./src/adapters/jira/jira-comment-thread.ts


const CreatedSchema = schemas/* object */.Ikc({ id: schemas/* string */.YjP() });
/** The progress comment on a Jira Cloud ticket, written as ADF through jira.js and edited in place. */
class JiraCommentThread {
    options;
    client;
    host;
    constructor(options) {
        this.options = options;
        this.host = options.host.replace(/\/+$/, '');
        this.client = (0,createCloudClient/* createCloudClient */.F)({
            host: this.host,
            auth: options.auth,
            onSchemaMismatch: options.onSchemaMismatch ?? 'warn',
        });
    }
    async create(body) {
        try {
            const comment = await this.client.issueComments.addComment({
                issueIdOrKey: this.options.issueKey,
                body: markdownToAdf(body),
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
                body: { body: markdownToAdf(body) },
            });
        }
        catch (error) {
            throw this.explain(error, 'update its comment on');
        }
    }
    explain(error, action) {
        const key = this.options.issueKey;
        if ((0,predicates/* isApiError */.d7)(error)) {
            const hint = error.status === 401
                ? 'check `jira-email`/`jira-api-token` or `jira-bearer-token`'
                : error.status === 403 || error.status === 404
                    ? 'give the Jira account the Browse projects and Add comments (Edit own comments) permissions'
                    : 'check https://status.atlassian.com and re-run';
            return new Error(`Jira refused to let Autopilot ${action} ${key} (HTTP ${error.status}): ${hint}.`);
        }
        if ((0,predicates/* isNetworkError */.TX)(error)) {
            return new Error(`Could not reach Jira at ${this.host} to ${action} ${key}: check \`jira-url\`.`);
        }
        return error instanceof Error ? error : new Error(String(error));
    }
}
// Order matters: a link label may sit inside bold, and a bare URL is tried last so `[t](u)` wins.
const INLINE = /\*\*(?<bold>[^\n]+?)\*\*|\[(?<label>[^\]\n]+)\]\((?<href>https?:\/\/[^\s)]+)\)|`(?<code>[^`\n]+)`|(?<url>https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;
/**
 * The short markdown Autopilot writes in progress comments, as ADF: blank lines separate paragraphs,
 * single newlines become hard breaks, and `**bold**`, `` `code` ``, `[text](https://…)` and bare URLs get
 * their marks. Anything else stays literal text, which is how Jira would show it anyway.
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
        if (groups.bold !== undefined)
            out.push(...inline(groups.bold, [...marks, { type: 'strong' }]));
        else if (groups.label !== undefined && groups.href !== undefined)
            plain(groups.label, [{ type: 'link', attrs: { href: groups.href } }]);
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

;// CONCATENATED MODULE: ./src/report/track-progress.ts





const JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
/** One tracking comment where the request was made, or plain logging when there is nowhere to put it. */
function trackProgress(settings, environment, log, comments, issueNumber) {
    const thread = commentThread(settings, comments, issueNumber);
    if (!thread)
        return { log, finish: async () => { } };
    const redact = (0,shared_redact/* createRedactor */.lY)((0,config_settings/* secretsOf */.Fj)(settings));
    const progress = new ProgressComment(thread, { ticketKey: settings.ticket.key, runUrl: environment.runUrl }, log, redact);
    return { log: new ProgressLog(log, progress), finish: (outcome) => progress.finish(outcome) };
}
/** `auto`: the GitHub issue or PR the run is about, else the Jira ticket; `github`/`jira`: only that one. */
function commentThread(settings, comments, issueNumber) {
    const where = settings.progressComment;
    if (where === 'none')
        return undefined;
    if (where !== 'jira' && comments && issueNumber !== undefined) {
        return {
            create: async (body) => String((await comments.create(issueNumber, body)).id),
            update: (id, body) => comments.update(Number(id), body),
        };
    }
    const auth = (0,jira_cloud_source/* jiraAuth */.R)(settings.jira);
    if (where === 'github' || !settings.jira.url || !auth || !JIRA_KEY.test(settings.ticket.key))
        return undefined;
    return new JiraCommentThread({ host: settings.jira.url, auth, issueKey: settings.ticket.key });
}

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
        return authorize_refuse(`The \`${request.event}\` event names no sender, so Autopilot cannot check who asked for the run.`);
    }
    if (actor.bot) {
        if (listed(policy.allowedBots, botName(actor.login)))
            return { allowed: true, via: 'allowed-bot' };
        return authorize_refuse(`\`${actor.login}\` is a bot; Autopilot ignores bots unless they are listed in \`allowed-bots\`.`);
    }
    if (listed(policy.allowedUsers, actor.login))
        return { allowed: true, via: 'allowed-user' };
    const permission = await access.permission(actor.login);
    if (WRITE_PERMISSIONS.has(permission))
        return { allowed: true, via: 'permission', permission };
    return authorize_refuse(`\`${actor.login}\` has \`${permission}\` permission on this repository; Autopilot only runs for people with write, maintain or admin permission, or those listed in \`allowed-users\`.`);
}
function authorize_refuse(message) {
    return { allowed: false, reason: 'unauthorized', message };
}
function botName(login) {
    return login.replace(/\[bot\]$/i, '');
}
function listed(list, login) {
    const wanted = botName(login).toLowerCase();
    return list.some((entry) => botName(entry.trim()).toLowerCase() === wanted);
}

// EXTERNAL MODULE: ./src/adapters/github/request-error.ts
var request_error = __webpack_require__(52856);
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
const statusSchema = schemas/* object */.Ikc({ status: schemas/* number */.aig() });
/** The trigger stage's view of the repository through Octokit: permissions, comments, pull requests. */
class GitHubRepository {
    octokit;
    repo;
    constructor(options) {
        // An explicit baseUrl: @actions/github resolves its default from the environment at import time.
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        });
        this.repo = { owner: options.owner, repo: options.repo };
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
    async call(action, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,request_error/* toPublishError */.t)(error, action, `${this.repo.owner}/${this.repo.repo}`);
        }
    }
}

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
    const body = `@${request.actor.login} Autopilot did not run: ${refusal.message}`;
    const created = await comments.create(issueNumber, body);
    return created.id;
}

// EXTERNAL MODULE: ./src/triggers/request.ts
var triggers_request = __webpack_require__(98212);
// EXTERNAL MODULE: ./src/report/pr-body.ts
var pr_body = __webpack_require__(68843);
;// CONCATENATED MODULE: ./src/triggers/resolve-revision.ts


/**
 * Fetches the pull request a `/autopilot` comment was made on and accepts it only when Autopilot opened
 * it: open, its head a branch of this repository under `branchPrefix`, and its body carrying the
 * `<!-- autopilot:ticket=KEY -->` marker. Anything else is a skip, so no push can land on someone's branch.
 */
async function resolveRevision(request, pulls, branchPrefix) {
    const pr = await pulls.getPullRequest(request.prNumber);
    const notOurs = (why) => (0,triggers_request/* skip */.iv)('not-autopilot-pr', `Pull request #${pr.number} ${why}; \`/autopilot\` comments only revise pull requests Autopilot opened.`);
    if (pr.headRepository !== pr.baseRepository)
        return notOurs('comes from a fork');
    if (!branchPrefix || !pr.head.startsWith(branchPrefix))
        return notOurs(`is from branch \`${pr.head}\`, not one under \`${branchPrefix}\``);
    const ticket = (0,pr_body/* parseTicketMarker */.kc)(pr.body);
    if (!ticket)
        return notOurs('has no Autopilot ticket marker in its description');
    if (pr.state !== 'open') {
        return (0,triggers_request/* skip */.iv)('pull-request-closed', `Pull request #${pr.number} is closed; reopen it, or run Autopilot on ${ticket} for a new one.`);
    }
    return { ...request, branch: pr.head, baseBranch: pr.base, ticket, prUrl: pr.url };
}

// EXTERNAL MODULE: ./src/triggers/untrusted-events.ts
var untrusted_events = __webpack_require__(70645);
// EXTERNAL MODULE: ./src/drift/schema-drift-source.ts + 4 modules
var schema_drift_source = __webpack_require__(59338);
// EXTERNAL MODULE: ./src/tickets/sanitize.ts
var sanitize = __webpack_require__(79614);
;// CONCATENATED MODULE: ./src/triggers/review-comments.ts





const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const review_comments_WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
const TRAILER = /^Autopilot-Run:[ \t]*\S/m;
/**
 * The review comments made since Autopilot's newest commit on the pull request (all of them when it has
 * none), by people who may change the repository and not by Autopilot itself, ready to append to a
 * revise instruction. A commit is Autopilot's when its author or committer is `github-actions[bot]` or
 * one of `botLogins` (a GitHub App's bot), or its message carries an `Autopilot-Run:` trailer.
 */
async function reviewCommentsSinceLastAutopilotCommit(pulls, prNumber, botLogins, options = {}) {
    const bots = new Set([git_git/* BOT_IDENTITY */.br.name, ...botLogins].map((login) => login.trim().toLowerCase()));
    const isBot = (login) => login !== undefined && bots.has(login.toLowerCase());
    const [commits, comments] = await Promise.all([
        pulls.listCommits(prNumber),
        pulls.listReviewComments(prNumber),
    ]);
    const ours = commits.filter((commit) => isBot(commit.authorLogin) || isBot(commit.committerLogin) || TRAILER.test(commit.message));
    const since = Math.max(...ours.map((commit) => Date.parse(commit.date)).filter(Number.isFinite), -Infinity);
    const recent = comments
        .filter((comment) => !isBot(comment.user) && Date.parse(comment.createdAt) > since)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const trusted = trustCheck(options);
    const kept = [];
    for (const comment of recent)
        if (await trusted(comment))
            kept.push(comment);
    return {
        ...formatReviewComments(kept, options),
        untrusted: recent.length - kept.length,
    };
}
/** `path:line — body (@user)` per comment, one line each, sanitized, within the caps. */
function formatReviewComments(comments, options = {}) {
    const maxComments = options.maxComments ?? 50;
    const maxCommentChars = options.maxCommentChars ?? 1000;
    const maxTotalChars = options.maxTotalChars ?? 8000;
    const lines = [];
    let total = 0;
    for (const comment of comments.slice(0, maxComments)) {
        const body = clip(oneLine(comment.body), maxCommentChars);
        if (body === '')
            continue;
        const where = comment.line !== undefined
            ? `${oneLine(comment.path)}:${comment.line}`
            : `${oneLine(comment.path)}${comment.originalLine === undefined ? '' : `:${comment.originalLine}`} (outdated)`;
        const line = `- ${where} — ${body} (@${oneLine(comment.user)})`;
        if (total + line.length + 1 > maxTotalChars)
            break;
        lines.push(line);
        total += line.length + 1;
    }
    const truncated = comments.filter((c) => oneLine(c.body) !== '').length - lines.length;
    if (truncated > 0)
        lines.push(`- … ${truncated} more review comment(s) not shown`);
    return { text: lines.join('\n'), included: lines.length - (truncated > 0 ? 1 : 0), truncated };
}
/** The revise instruction with the review feedback appended as a list the model can work through. */
function withReviewFeedback(instruction, feedback) {
    if (feedback.text === '')
        return instruction;
    const header = 'Review comments on the pull request since Autopilot’s last commit (address each):';
    return [instruction.trim(), `${header}\n${feedback.text}`].filter(Boolean).join('\n\n');
}
function oneLine(text) {
    return (0,sanitize/* sanitizeUntrustedText */.T)(text).text.replace(/\s+/g, ' ').trim();
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
function trustCheck(options) {
    const allowed = new Set((options.allowedUsers ?? []).map((login) => login.trim().toLowerCase()));
    const access = options.access;
    const permissions = new Map();
    return async (comment) => {
        if (allowed.has(comment.user.toLowerCase()))
            return true;
        if (!access)
            return TRUSTED_ASSOCIATIONS.has(comment.association);
        let check = permissions.get(comment.user);
        if (!check) {
            check = access.permission(comment.user).then((permission) => review_comments_WRITE_PERMISSIONS.has(permission));
            permissions.set(comment.user, check);
        }
        return check;
    };
}
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
class OctokitPullRequestReviews {
    octokit;
    repo;
    constructor(options) {
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        });
        this.repo = { owner: options.owner, repo: options.repo };
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
    async call(action, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,request_error/* toPublishError */.t)(error, action, `${this.repo.owner}/${this.repo.repo}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/modes/handle-request.ts














/** What the request asks for, once the inputs and the event are known to be usable. */
async function handle(request, settings, environment, log) {
    if (request.kind === 'skip')
        return skipped((0,triggers_request/* skipStatus */.mC)(request), request.message, log);
    const repository = githubRepository(settings, environment);
    const history = openHistory(settings, environment, log);
    if (request.kind === 'run' || request.kind === 'revise') {
        if (!repository && untrusted_events/* UNTRUSTED_EVENTS */.f.has(request.event)) {
            throw new Error('Issue and comment events need `github-token` and GITHUB_REPOSITORY to check who asked.');
        }
        if (repository) {
            const access = await authorizeRequest(request, repository, settings.triggers);
            if (!access.allowed) {
                if (settings.triggers.replyToUnauthorized) {
                    await postRefusalReply(repository, request, access).catch((error) => log.warn(`Could not reply to the refused request: ${String(error)}`));
                }
                return skipped('skipped:unauthorized', access.message, log);
            }
        }
    }
    if (settings.mode === 'detect-schema-drift')
        return runOne(schema_drift_source.SCHEMA_DRIFT_KEY, {});
    if (request.kind === 'plan-backlog' || settings.mode !== 'run') {
        if (settings.mode === 'backlog')
            return runBacklogJob(settings, environment, log, (key) => runOne(key, {}));
        return planBacklogJob(settings, environment, log);
    }
    if (request.kind === 'revise') {
        if (!repository)
            throw new Error('Revising a pull request needs `github-token`.');
        const revision = await resolveRevision(request, repository, settings.branchPrefix);
        if (revision.kind === 'skip')
            return skipped((0,triggers_request/* skipStatus */.mC)(revision), revision.message, log);
        const feedback = await reviewCommentsSinceLastAutopilotCommit(new OctokitPullRequestReviews({
            token: settings.githubToken ?? '',
            ...environment.repository,
            apiUrl: environment.apiUrl,
        }), revision.prNumber, [], { access: repository, allowedUsers: settings.triggers.allowedUsers }).catch((error) => {
            log.warn(`Could not read the review comments: ${String(error)}`);
            return undefined;
        });
        const instruction = feedback ? withReviewFeedback(revision.instruction, feedback) : revision.instruction;
        return runOne(revision.ticket, { revision, instruction, issueNumber: revision.prNumber });
    }
    return runOne(request.ticket, { instruction: request.instruction, issueNumber: origin(request) });
    async function runOne(ticketKey, options) {
        const ticketSettings = {
            ...settings,
            ticket: { ...settings.ticket, key: ticketKey },
            baseBranch: options.revision?.baseBranch ?? settings.baseBranch,
        };
        const repoDir = environment.workspace ?? process.cwd();
        const outDir = external_node_path_default().resolve(settings.outputDir ?? external_node_path_default().join(environment.runnerTemp ?? external_node_path_default().join(repoDir, '..'), 'autopilot'), settings.mode === 'backlog' ? ticketKey.replace(/[^A-Za-z0-9._-]/g, '_') : '.');
        const progress = trackProgress(ticketSettings, environment, log, repository, options.issueNumber);
        const runOptions = {
            settings: ticketSettings,
            environment,
            log: progress.log,
            repoDir,
            outDir,
            instruction: options.instruction,
            revisionBranch: options.revision?.branch,
        };
        const result = await (0,run_ticket.runTicket)(runOptions);
        await progress.finish({ status: result.status, message: result.message, prUrl: result.prUrl });
        // After the progress comment, so the planner does not take Autopilot's own comment for an answer.
        await history
            ?.record(ticketKey, {
            status: result.status,
            at: new Date().toISOString(),
            prUrl: result.prUrl,
            runUrl: environment.runUrl,
        })
            .catch((error) => log.warn(`Could not record the outcome on the autopilot-history branch: ${String(error)}`));
        setRunOutputs(result);
        await reportTicketRun(result, ticketSettings, environment, repoDir, log);
        return {
            status: result.status,
            message: result.message,
            costUsd: result.record.costUsd,
            prUrl: result.prUrl,
        };
    }
}
function origin(request) {
    if (request.origin.issueNumber !== undefined)
        return request.origin.issueNumber;
    const issue = /^#(\d+)$/.exec(request.ticket.trim());
    return issue ? Number(issue[1]) : undefined;
}
function githubRepository(settings, environment) {
    if (!environment.repository || !settings.githubToken)
        return undefined;
    return new GitHubRepository({
        token: settings.githubToken,
        ...environment.repository,
        apiUrl: environment.apiUrl,
    });
}
async function skipped(status, message, log) {
    setRunOutputs({ status });
    await writeSummary(`## Autopilot: skipped\n\n\`${status}\`: ${message}\n`, log);
    return { status, message };
}


/***/ })

};
