export const id = 432;
export const ids = [432];
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
