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
