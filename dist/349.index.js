export const id = 349;
export const ids = [349];
export const modules = {

/***/ 44349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMode: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
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
            (0,markdown/* cell */.Hn)(outcome.item.title, 80),
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
            (0,markdown/* cell */.Hn)(item.title, 80),
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
    return outcome.message ? `${status} ${(0,markdown/* cell */.Hn)(outcome.message, 160)}` : status;
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

;// CONCATENATED MODULE: ./src/backlog/backlog-matrix.ts
function backlogMatrix(plan) {
    const include = plan.selected.map((item) => ({ ticket: item.key }));
    return { matrix: JSON.stringify({ include }), count: String(include.length) };
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
    // An answer on the ticket bumps its `updated`, which re-queues it above.
    if (last.status === 'skipped:needs-clarification') {
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


/** Reads the backlog and the open pull requests, then plans: the whole of `mode: plan-backlog` but the outputs. */
async function planBacklogRun(options) {
    const [items, openPullHeads] = await Promise.all([
        options.source.list(queryText(options.query)),
        options.openPullRequests.listOpenHeads(),
    ]);
    options.log?.info(`Backlog query matched ${items.length} ticket(s); ${openPullHeads.length} open pull request(s) checked.`);
    return planBacklog(items, {
        openPullHeads,
        history: options.history,
        branchPrefix: options.branchPrefix,
        maxTickets: options.maxTickets,
    });
}

// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
;// CONCATENATED MODULE: ./src/modes/plan-backlog.ts





/** The backlog's tickets to work on now: open, not in flight, not failed recently, most urgent first. */
async function plan_backlog_planBacklog(job) {
    const { settings, log } = job;
    if (!settings.backlog.query) {
        throw new config_settings.SettingsError('Input `backlog-query` is required to plan the backlog: pass `jql:project = DATA AND labels = autopilot` or `label:autopilot`.');
    }
    const query = parseBacklogQuery(settings.backlog.query);
    const { source, openPullRequests } = job.openBacklog(query);
    const history = job.history
        ? await job.history.read().catch((error) => {
            log.warn(`Could not read the Autopilot history; planning without it: ${String(error)}`);
            return new Map();
        })
        : new Map();
    return log.group('Plan the backlog', () => planBacklogRun({
        query,
        source,
        openPullRequests,
        history,
        branchPrefix: settings.branchPrefix,
        maxTickets: settings.backlog.maxTickets,
        log,
    }));
}
/** `mode: plan-backlog`: the tickets to work on, as a matrix for a fan-out job. */
async function planBacklogJob(job) {
    const planned = await plan_backlog_planBacklog(job);
    const { matrix, count } = backlogMatrix(planned);
    job.shell.setOutputs({ status: 'backlog-planned', matrix, count });
    await job.shell.writeSummary(renderBacklogPlan(planned));
    return { status: 'backlog-planned', message: `Planned ${count} ticket(s).` };
}

// EXTERNAL MODULE: ./src/shared/run-status.ts
var run_status = __webpack_require__(59179);
// EXTERNAL MODULE: ./src/notify/run-notification.ts
var run_notification = __webpack_require__(81134);
;// CONCATENATED MODULE: ./src/notify/backlog-notification.ts



/** A digest lists this many tickets; the job summary has them all. */
const MAX_ROWS = 20;
const STOPPED = {
    'max-tickets': 'Stopped at `max-tickets`.',
    cost: 'Stopped before the nightly dollar budget could be exceeded.',
    minutes: 'Stopped before the nightly time budget could be exceeded.',
};
/** The nightly digest of `mode: backlog`: what ran, what it became, what waits for another night. */
function backlogNotification(result, plan, options) {
    if (!options.on.includes('backlog'))
        return undefined;
    const ran = result.outcomes.filter((outcome) => outcome.started);
    const failed = ran.filter((outcome) => (0,run_status/* isFailure */.N)(outcome.status));
    const prs = ran.filter((outcome) => outcome.status === 'pr-opened' || outcome.status === 'pr-updated');
    const left = result.outcomes.length - ran.length;
    const rows = result.outcomes.map((outcome) => ({
        key: outcome.item.key,
        text: `${outcome.item.title} (${outcome.status})`,
        ...(outcome.prUrl ? { url: outcome.prUrl } : {}),
    }));
    return {
        event: 'backlog',
        tone: failed.length > 0 ? 'attention' : left > 0 ? 'warning' : 'good',
        title: `Nightly backlog: ${(0,markdown/* plural */.LS)(ran.length, 'ticket')} run`,
        text: ran.length === 0 && result.outcomes.length === 0
            ? 'No eligible ticket tonight.'
            : `${(0,markdown/* plural */.LS)(ran.length, 'ticket')} run, ${(0,markdown/* usd */.dR)(result.spentUsd)} spent in ${(0,markdown/* duration */.p0)(result.elapsedMs)}.` +
                (result.stoppedBy ? ` ${STOPPED[result.stoppedBy]}` : ''),
        fields: [
            { label: 'Pull requests', value: String(prs.length) },
            { label: 'Failed', value: String(failed.length) },
            { label: 'Left for the next run', value: String(left) },
            { label: 'Skipped by the plan', value: String(plan.skipped.length) },
        ],
        rows: rows.slice(0, MAX_ROWS),
        omittedRows: Math.max(0, rows.length - MAX_ROWS),
        ...(options.runUrl ? { action: { label: 'Open the backlog summary', url: options.runUrl } } : {}),
        footer: (0,run_notification/* footer */.q)(options.runUrl),
    };
}

// EXTERNAL MODULE: ./src/notify/send-notification.ts
var send_notification = __webpack_require__(38491);
// EXTERNAL MODULE: ./src/shared/redact.ts
var shared_redact = __webpack_require__(48932);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
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
        await this.write(`🤖 Autopilot is working on ${(0,markdown/* untrusted */.bp)(this.context.ticketKey)}: **${name}**…${this.runLink()}`);
    }
    async finish(outcome) {
        const seconds = Math.round((this.now() - this.startedAt) / 1000);
        const took = seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
        const lines = [
            `${(0,job_summary/* statusHeadline */.ZB)(outcome.status)} — ${(0,markdown/* untrusted */.bp)(this.context.ticketKey)}`,
            '',
            (0,markdown/* untrusted */.bp)(outcome.message),
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

;// CONCATENATED MODULE: ./src/report/track-progress.ts



/** One tracking comment in `thread`, or plain logging when there is nowhere to put it. */
function trackProgress(settings, environment, log, thread) {
    if (!thread)
        return { log, finish: async () => { } };
    const redact = (0,shared_redact/* createRedactor */.lY)((0,config_settings/* secretsOf */.Fj)(settings));
    const progress = new ProgressComment(thread, { ticketKey: settings.ticket.key, runUrl: environment.runUrl }, log, redact);
    return { log: new ProgressLog(log, progress), finish: (outcome) => progress.finish(outcome) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/report/question-comment.ts


/**
 * Marks Autopilot's question comment: the run that asked and a digest of the questions, so a rerun that
 * would ask the same again does not post twice. Hidden in GitHub markdown; Jira shows it as a code mark.
 */
const MARKER = /(?:<!--\s*|`)autopilot:question run=(?<run>[A-Za-z0-9._-]+) ref=(?<ref>[0-9a-f]{12})(?:\s*-->|`)/g;
function questionRef(questions) {
    const normalized = questions.map((q) => q.trim().replace(/\s+/g, ' ').toLowerCase()).join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(normalized).digest('hex').slice(0, 12);
}
/** The marker that ends the comment: quoted question text before it cannot stand in for it. */
function parseQuestionMarker(body) {
    const groups = [...body.matchAll(MARKER)].at(-1)?.groups;
    return groups?.run && groups.ref ? { run: groups.run, ref: groups.ref } : undefined;
}
/** The comment that asks: the questions (quoted: they may repeat ticket text), how to answer, the marker. */
function questionCommentBody(input) {
    const runId = input.runId.replace(/[^A-Za-z0-9._-]/g, '-');
    const asks = input.questions.length === 1 ? 'a question' : `${input.questions.length} questions`;
    return [
        `❓ Autopilot needs an answer before it can work on ${(0,markdown/* untrusted */.bp)(input.ticketKey)}: ${asks}.`,
        '',
        ...input.questions.map((question) => `- ${(0,markdown/* untrusted */.bp)(question.replace(/\s*\n\s*/g, ' '))}`),
        '',
        `Reply on this ticket with the answer, or comment \`${input.phrase} <answer>\`; Autopilot then resumes with your answer.${input.runUrl ? ` [Workflow run](${input.runUrl})` : ''}`,
        '',
        `<!-- autopilot:question run=${runId} ref=${questionRef(input.questions)} -->`,
    ].join('\n');
}
/** The newest question comment Autopilot left on the ticket, and what came after it. */
function latestQuestion(comments) {
    for (let index = comments.length - 1; index >= 0; index--) {
        const comment = comments[index];
        const marker = comment && parseQuestionMarker(comment.body);
        if (comment && marker)
            return { question: comment, marker, after: comments.slice(index + 1) };
    }
    return undefined;
}
/** The comments after the question that answer it: by someone other than Autopilot and not by a bot. */
function answersTo(question, after) {
    return after.filter((comment) => comment.author !== question.author && !comment.bot);
}
/**
 * Posts the question on the ticket once: a rerun that would ask the same questions again, while the last
 * question is still unanswered, posts nothing. A comment that cannot be posted never fails the run.
 */
async function askOnTicket(thread, input, log, redact) {
    try {
        const last = latestQuestion(await thread.list());
        if (last &&
            last.marker.ref === questionRef(input.questions) &&
            answersTo(last.question, last.after).length === 0) {
            log.info(`The question is already on ${input.ticketKey}, unanswered; not posting it again.`);
            return 'already-asked';
        }
        await thread.create(redact(questionCommentBody(input)));
        return 'posted';
    }
    catch (error) {
        log.warn(`Could not post the question on ${input.ticketKey}: ${redact(String(error))}`);
        return 'failed';
    }
}

// EXTERNAL MODULE: ./src/triggers/trigger-phrase.ts
var trigger_phrase = __webpack_require__(16779);
;// CONCATENATED MODULE: ./src/report/reporter-answer.ts


/**
 * The reporter's answer to Autopilot's latest question on the ticket: the comments after it by anyone but
 * Autopilot and bots, oldest first; a `/autopilot <answer>` comment counts as its text. Undefined when no
 * question was asked or nobody answered yet. The text is untrusted: the pipeline sanitizes it.
 */
function findReporterAnswer(comments, phrase) {
    const last = latestQuestion(comments);
    if (!last)
        return undefined;
    const texts = answersTo(last.question, last.after)
        .map((comment) => {
        const command = (0,trigger_phrase/* parseTriggerPhrase */.P)(comment.body, phrase);
        return (command ?? comment.body).trim();
    })
        .filter((text) => text !== '');
    return texts.length > 0 ? texts.join('\n\n') : undefined;
}

;// CONCATENATED MODULE: ./src/modes/clarify.ts




/**
 * The reporter's answer to Autopilot's last question on the ticket, when there is one; a thread that cannot
 * be read only warns (the run goes on without an answer, as before the question).
 */
async function readReporterAnswer(job, ticketKey) {
    const settings = { ...job.settings, ticket: { ...job.settings.ticket, key: ticketKey } };
    const thread = job.ticketThread?.(settings);
    if (!thread)
        return undefined;
    try {
        const answer = findReporterAnswer(await thread.list(), settings.triggers.phrase);
        if (answer)
            job.log.info(`Resuming ${settings.ticket.key} with the reporter's answer to Autopilot's question.`);
        return answer;
    }
    catch (error) {
        const redact = (0,shared_redact/* createRedactor */.lY)((0,config_settings/* secretsOf */.Fj)(settings));
        job.log.warn(`Could not read the comments on ${settings.ticket.key}: ${redact(String(error))}`);
        return undefined;
    }
}
/** A run that ended `skipped:needs-clarification` leaves its question on the ticket, once. */
async function askReporter(job, settings, run) {
    const questions = run.record.stages.clarification?.questions;
    if (run.outcome.status !== 'skipped:needs-clarification' || !questions?.length)
        return undefined;
    const thread = job.ticketThread?.(settings);
    if (!thread) {
        job.log.warn(`Autopilot has a question for the reporter of ${settings.ticket.key} but nowhere to post it (a Jira ticket needs \`jira-url\` and credentials, a GitHub issue \`github-token\`): ${questions.join(' ')}`);
        return undefined;
    }
    return askOnTicket(thread, {
        ticketKey: settings.ticket.key,
        questions,
        runId: run.record.runId,
        phrase: settings.triggers.phrase,
        ...(job.environment.runUrl ? { runUrl: job.environment.runUrl } : {}),
    }, job.log, run.redact);
}

;// CONCATENATED MODULE: ./src/modes/ticket.ts



/** One ticket: the pipeline with its progress comment, the history entry and the shell's report. */
async function runTicketJob(job, ticketKey, options = {}) {
    const { environment, log } = job;
    const settings = {
        ...job.settings,
        ticket: { ...job.settings.ticket, key: ticketKey },
        baseBranch: options.revision?.baseBranch ?? job.settings.baseBranch,
    };
    const outDir = external_node_path_default().resolve(settings.outputDir ?? external_node_path_default().join(environment.runnerTemp ?? external_node_path_default().join(job.repoDir, '..'), 'autopilot'), settings.mode === 'backlog' ? ticketKey.replace(/[^A-Za-z0-9._-]/g, '_') : '.');
    const progress = trackProgress(settings, environment, log, job.progressThread(settings, options.issueNumber));
    // A revision works from review comments on the PR; the ticket's question thread is for first runs.
    const answer = options.revision ? undefined : (options.answer ?? (await readReporterAnswer(job, ticketKey)));
    const run = await job.runTicket({
        settings,
        environment,
        log: progress.log,
        repoDir: job.repoDir,
        outDir,
        instruction: options.instruction,
        revisionBranch: options.revision?.branch,
        ...(answer ? { answer } : {}),
    });
    const { status, message } = run.outcome;
    await progress.finish({ status, message, prUrl: run.record.prUrl });
    await askReporter(job, settings, run);
    // After the progress and question comments, so the planner does not take Autopilot's own comment for an answer.
    await job.history
        ?.record(ticketKey, {
        status,
        at: new Date().toISOString(),
        prUrl: run.record.prUrl,
        runUrl: environment.runUrl,
    })
        .catch((error) => log.warn(`Could not record the outcome on the autopilot-history branch: ${String(error)}`));
    await job.shell.reportTicketRun(run, settings);
    return run;
}

;// CONCATENATED MODULE: ./src/modes/backlog.ts








/** `mode: backlog`: the planned tickets one after another under the backlog budget. */
async function backlogJob(job) {
    const { settings } = job;
    const planned = await plan_backlog_planBacklog(job);
    const result = await runBacklog(planned, async (ticket) => {
        const started = Date.now();
        const run = await runTicketJob(job, ticket);
        return {
            ...run.outcome,
            costUsd: run.record.costUsd,
            prUrl: run.record.prUrl,
            durationMs: Date.now() - started,
        };
    }, {
        maxTickets: settings.backlog.maxTickets,
        maxCostUsd: settings.backlog.maxCostUsd,
        maxMinutes: settings.backlog.maxWallMs / 60_000,
        perTicketMaxCostUsd: settings.budget.maxCostUsd,
        // The budget bounds the model loop; parsing, validation and publishing come on top.
        perTicketMaxMinutes: (0,config_settings/* runWallMs */.EO)(settings) / 60_000,
    });
    await job.shell.writeSummary(renderBacklogSummary(result, planned));
    await (0,send_notification/* sendNotification */._)(job.notifiers ?? [], backlogNotification(result, planned, { on: settings.notify.on, runUrl: job.environment.runUrl }), { redact: (0,shared_redact/* createRedactor */.lY)((0,config_settings/* secretsOf */.Fj)(settings)), log: job.log });
    const failed = result.outcomes.filter((outcome) => outcome.status.startsWith('failed:'));
    const ran = result.outcomes.filter((outcome) => outcome.started).length;
    const status = failed.length > 0 ? 'failed:backlog' : 'backlog-done';
    job.shell.setOutputs({ status, 'cost-usd': result.spentUsd.toFixed(4) });
    if (failed.length > 0) {
        return {
            status,
            message: `${failed.length} of ${ran} ticket(s) failed: ${failed.map((o) => `${o.item.key} (${o.status})`).join(', ')}`,
        };
    }
    return { status, message: `Ran ${ran} of ${planned.selected.length} planned ticket(s).` };
}

// EXTERNAL MODULE: ./src/report/pr-body.ts + 1 modules
var pr_body = __webpack_require__(81757);
// EXTERNAL MODULE: ./src/triggers/request.ts
var triggers_request = __webpack_require__(98212);
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

// EXTERNAL MODULE: ./src/adapters/git/git.ts
var git = __webpack_require__(6619);
// EXTERNAL MODULE: ./src/tickets/sanitize.ts + 2 modules
var sanitize = __webpack_require__(45107);
;// CONCATENATED MODULE: ./src/triggers/review-comments.ts


const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
const TRAILER = /^Autopilot-Run:[ \t]*\S/m;
/**
 * The review comments made since Autopilot's newest commit on the pull request (all of them when it has
 * none), by people who may change the repository and not by Autopilot itself, ready to append to a
 * revise instruction. A commit is Autopilot's when its author or committer is `github-actions[bot]` or
 * one of `botLogins` (a GitHub App's bot), or its message carries an `Autopilot-Run:` trailer.
 */
async function reviewCommentsSinceLastAutopilotCommit(pulls, prNumber, botLogins, options = {}) {
    const bots = new Set([git/* BOT_IDENTITY */.br.name, ...botLogins].map((login) => login.trim().toLowerCase()));
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
    return (0,sanitize/* sanitizeUntrustedText */.Ti)(text).text.replace(/\s+/g, ' ').trim();
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
            check = access.permission(comment.user).then((permission) => WRITE_PERMISSIONS.has(permission));
            permissions.set(comment.user, check);
        }
        return check;
    };
}

// EXTERNAL MODULE: ./src/modes/skip.ts
var skip = __webpack_require__(58617);
;// CONCATENATED MODULE: ./src/modes/revise.ts






/** `/autopilot …` on Autopilot's own pull request: a new commit on its branch, with the review comments. */
async function reviseJob(job, request) {
    const { repository, settings, log } = job;
    if (!repository)
        throw new config_settings.SettingsError('Revising a pull request needs `github-token`.');
    const revision = await resolveRevision(request, repository, settings.branchPrefix);
    if (revision.kind === 'skip')
        return (0,skip/* skipJob */.P)(job, (0,triggers_request/* skipStatus */.mC)(revision), revision.message);
    const feedback = job.reviews &&
        (await reviewCommentsSinceLastAutopilotCommit(job.reviews, revision.prNumber, [], {
            access: repository,
            allowedUsers: settings.triggers.allowedUsers,
        }).catch((error) => {
            log.warn(`Could not read the review comments: ${String(error)}`);
            return undefined;
        }));
    const instruction = feedback ? withReviewFeedback(revision.instruction, feedback) : revision.instruction;
    const run = await runTicketJob(job, revision.ticket, {
        revision,
        instruction,
        issueNumber: revision.prNumber,
    });
    return run.outcome;
}

// EXTERNAL MODULE: ./src/drift/schema-drift-source.ts + 4 modules
var schema_drift_source = __webpack_require__(59338);
;// CONCATENATED MODULE: ./src/modes/schema-drift.ts


/** `mode: detect-schema-drift`: the warehouse's source columns against the YAML; drift becomes the ticket. */
async function schemaDriftJob(job) {
    return (await runTicketJob(job, schema_drift_source/* SCHEMA_DRIFT_KEY */.W)).outcome;
}

;// CONCATENATED MODULE: ./src/modes/run-mode.ts







/** Runs the chosen mode; adding a mode means a file here, a case in `RunMode` and one line below. */
async function runMode(mode, job) {
    switch (mode.kind) {
        case 'skip':
            return (0,skip/* skipJob */.P)(job, mode.status, mode.message);
        case 'ticket': {
            if (!mode.reply)
                return (await runTicketJob(job, mode.ticket, mode)).outcome;
            const answer = await readReporterAnswer(job, mode.ticket);
            if (!answer)
                return (0,skip/* skipJob */.P)(job, 'skipped:not-triggered', notAnAnswer(job, mode.ticket));
            return (await runTicketJob(job, mode.ticket, { ...mode, answer })).outcome;
        }
        case 'revise':
            return reviseJob(job, mode.request);
        case 'schema-drift':
            return schemaDriftJob(job);
        case 'plan-backlog':
            return planBacklogJob(job);
        case 'backlog':
            return backlogJob(job);
    }
}
function notAnAnswer(job, ticket) {
    const phrase = job.settings.triggers.phrase;
    return `The comment on ${ticket} does not start with \`${phrase}\` and answers no open question of Autopilot's there; comment \`${phrase} <instruction>\` to start a run.`;
}


/***/ }),

/***/ 58617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ skipJob)
/* harmony export */ });
/** Nothing to do: the status says why, in the outputs and the summary. */
async function skipJob(job, status, message) {
    await job.shell.reportSkip(status, message);
    return { status, message };
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


/***/ })

};
