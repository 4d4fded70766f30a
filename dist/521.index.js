export const id = 521;
export const ids = [521,639];
export const modules = {

/***/ 37584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AuditBundleMissingError: () => (/* binding */ AuditBundleMissingError),
/* harmony export */   VERIFY_AUDIT_USAGE: () => (/* binding */ VERIFY_AUDIT_USAGE),
/* harmony export */   runVerifyAudit: () => (/* binding */ runVerifyAudit),
/* harmony export */   verifyAudit: () => (/* binding */ verifyAudit)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37428);
/* harmony import */ var _audit_chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23476);
/* harmony import */ var _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71605);
/* harmony import */ var _shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85247);







/** Not an audit bundle at all (missing folder, neither run.json nor events.jsonl): a usage problem. */
class AuditBundleMissingError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuditBundleMissingError';
    }
}
/** Checks the hash chain of events.jsonl, the head in run.json and the sealed digests of the other files. */
async function verifyAudit(dir, options = {}) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new AuditBundleMissingError(`${dir} is not a folder: pass the audit bundle folder (it holds run.json)`);
    }
    const runText = await (0,_shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_5__/* .readIfPresent */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run));
    const eventsText = await (0,_shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_5__/* .readIfPresent */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.events));
    if (runText === undefined && eventsText === undefined) {
        throw new AuditBundleMissingError(`${dir} holds neither run.json nor events.jsonl: is it an Autopilot audit bundle? Download the run's \`autopilot-audit\` artifact and pass its folder`);
    }
    const problems = [];
    const fileProblem = (file, kind, message) => problems.push({ file, line: 0, kind, message });
    let run;
    if (runText === undefined)
        fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'deleted', 'run.json is missing from the bundle');
    else {
        try {
            const json = JSON.parse(runText);
            if (typeof json === 'object' && json !== null && !Array.isArray(json))
                run = json;
            else
                fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'malformed', 'run.json is not a JSON object');
        }
        catch {
            fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'malformed', 'run.json is not valid JSON');
        }
    }
    const runId = typeof run?.['runId'] === 'string' ? run['runId'] : '';
    if (run && runId === '')
        fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'malformed', 'run.json has no runId');
    let head;
    if (run && run['audit'] !== undefined) {
        const parsed = _audit_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .ChainHeadSchema */ .Tg.safeParse(run['audit']);
        if (parsed.success)
            head = parsed.data;
        else
            fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'malformed', `run.json's audit head is not valid: ${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(parsed.error)}`);
    }
    if (eventsText === undefined)
        fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.events, 'deleted', 'events.jsonl is missing from the bundle');
    const analysis = (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .analyzeChain */ .Eh)(eventsText ?? '', runId, head);
    // Without run.json there is no head to miss; that problem is already reported.
    problems.push(...analysis.problems.filter((problem) => run !== undefined || problem.file !== _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run));
    if (head && options.expectedFinalHash !== undefined && options.expectedFinalHash !== head.finalHash) {
        fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'final-hash-mismatch', `run.json's final hash ${head.finalHash} differs from the expected ${options.expectedFinalHash}: the bundle is not the one the run wrote`);
    }
    const last = analysis.chain.at(-1);
    const seal = last && last['stage'] === _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .SEAL_STAGE */ .jz && last['message'] === _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .SEAL_MESSAGE */ .QF
        ? _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .SealDataSchema */ .Lw.safeParse(last['data'])
        : undefined;
    if (seal?.success)
        await checkSeal(dir, run, seal.data.files, fileProblem);
    else if (analysis.problems.length === 0 && eventsText !== undefined) {
        fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.events, 'malformed', 'events.jsonl does not end with the seal record that digests the other files');
    }
    return { ok: problems.length === 0, records: analysis.records, problems, finalHash: head?.finalHash };
}
async function checkSeal(dir, run, digests, fileProblem) {
    for (const name of [_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.diff, _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.prBody]) {
        const sealed = digests[name];
        if (name === _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run) {
            if (run && sealed !== (0,_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .runJsonDigest */ .m8)(run)) {
                fileProblem(name, 'edited', 'run.json was changed after the run: its content differs from the sealed digest');
            }
            continue;
        }
        const text = await (0,_shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_5__/* .readIfPresent */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
        if (sealed === undefined && text !== undefined) {
            fileProblem(name, 'inserted', `${name} was added after the run: the seal does not list it`);
        }
        else if (sealed !== undefined && text === undefined) {
            fileProblem(name, 'deleted', `${name} is missing: the run wrote it`);
        }
        else if (sealed !== undefined && (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(text ?? '') !== sealed) {
            fileProblem(name, 'edited', `${name} was changed after the run: its content differs from the sealed digest`);
        }
    }
}
const VERIFY_AUDIT_USAGE = `Usage: dbt-autopilot verify-audit <bundle-dir> [--expect <final-hash>]

Checks an audit bundle (run.json, events.jsonl, diff.patch, pr-body.md) for edits, deletions,
insertions and reordering. --expect compares the final hash with the one the run printed in its log.
Exit code: 0 intact, 1 tampered, 2 usage error or no bundle at the path.`;
/** `dbt-autopilot verify-audit <dir>`: prints each problem; exit 0 intact, 1 tampered, 2 usage or missing bundle. */
async function runVerifyAudit(args, out) {
    let dir;
    let expected;
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            allowPositionals: true,
            options: { expect: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        });
        if (values.help) {
            out.write(`${VERIFY_AUDIT_USAGE}\n`);
            return 0;
        }
        if (positionals.length !== 1)
            throw new Error('pass exactly one bundle folder');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(positionals[0]);
        expected = values.expect?.trim().toLowerCase();
        if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
            throw new Error('--expect must be a sha256 hex digest (64 characters), as printed by the run');
        }
    }
    catch (error) {
        out.write(`dbt-autopilot verify-audit: ${error.message}\n${VERIFY_AUDIT_USAGE}\n`);
        return 2;
    }
    let result;
    try {
        result = await verifyAudit(dir, { expectedFinalHash: expected });
    }
    catch (error) {
        if (error instanceof AuditBundleMissingError) {
            out.write(`dbt-autopilot verify-audit: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
    const hash = result.finalHash ? `, final hash ${result.finalHash}` : '';
    if (result.ok) {
        out.write(`Audit bundle ${dir}: intact (${result.records} records${hash}).\n`);
        if (expected === undefined) {
            out.write("Compare the final hash with the one in the run's log, or pass it with --expect.\n");
        }
        return 0;
    }
    const lines = [
        `Audit bundle ${dir}: TAMPERED — ${result.problems.length} problem(s) in ${result.records} records${hash}.`,
        ...result.problems.map((problem) => {
            const where = `${problem.file ?? _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.events}${problem.line > 0 ? `:${problem.line}` : ''}`;
            return `  ${problem.kind.padEnd(19)} ${where.padEnd(18)} ${problem.message}`;
        }),
    ];
    out.write(`${lines.join('\n')}\n`);
    return 1;
}


/***/ }),

/***/ 82348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ readManifestGraph),
/* harmony export */   eP: () => (/* binding */ requireFlag),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   io: () => (/* binding */ flagCommand)
/* harmony export */ });
/* unused harmony exports parseFlags, withUsageErrors */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _project_graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31977);



/** The command cannot run as asked (bad flags, unreadable input): exit code 2 with this message. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** Flags parsed strictly; unknown flags and stray arguments are usage errors naming the usage line. */
function parseFlags(args, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new UsageError(`${error.message}\n${usage}`);
    }
}
function requireFlag(value, flag, usage) {
    if (value === undefined || value.trim() === '')
        throw new UsageError(`${flag} is required.\n${usage}`);
    return value;
}
/** A manifest.json as a graph; a missing file or unsupported schema is a usage error saying what to do. */
async function readManifestGraph(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new UsageError(`Cannot read ${file} (${code}): pass the path of a manifest.json that \`dbt parse\` wrote (target/manifest.json).`);
    }
    try {
        return (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifestGraph */ .WI)(text, file);
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
/** Runs a command body; usage errors print to `errors` and exit 2. */
async function withUsageErrors(errors, body) {
    try {
        return await body();
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        errors.write(`dbt-autopilot: ${error.message}\n`);
        return 2;
    }
}
/** A command whose flags are parsed strictly against `usage`; usage errors print and exit 2. */
function flagCommand(usage, options, body) {
    return (args, out, errors = process.stderr) => withUsageErrors(errors, () => body(parseFlags(args, options, usage), out));
}


/***/ }),

/***/ 80805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONTEXT_USAGE: () => (/* binding */ CONTEXT_USAGE),
/* harmony export */   projectDirOf: () => (/* binding */ projectDirOf),
/* harmony export */   runContextCommand: () => (/* binding */ runContextCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _context_select_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50954);
/* harmony import */ var _tickets_file_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53597);
/* harmony import */ var _tickets_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45107);
/* harmony import */ var _tickets_ticket_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71653);
/* harmony import */ var _command_io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82348);






const CONTEXT_USAGE = `Usage: dbt-autopilot context --manifest <manifest.json> --ticket <file.md|file.json> [--budget <tokens>]
                             [--depth <steps>] [--project <dir>] [--json]
  Shows what the agent would be given for the ticket: the ranked models with the reasons, then the text.
  --budget defaults to ${_context_select_context_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONTEXT_BUDGET */ .O} tokens, --depth to 1; --project (for SQL files) defaults to
  the folder above target/. Exit codes: 0 shown, 2 usage or input error.`;
/** `dbt-autopilot context`: the context selection for a ticket file against a manifest, and why. */
const runContextCommand = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .flagCommand */ .io)(CONTEXT_USAGE, {
    manifest: { type: 'string' },
    ticket: { type: 'string' },
    budget: { type: 'string' },
    depth: { type: 'string' },
    project: { type: 'string' },
    json: { type: 'boolean', default: false },
}, async (flags, out) => {
    const manifestPath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .requireFlag */ .eP)(flags.manifest, '--manifest', CONTEXT_USAGE);
    const ticketPath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .requireFlag */ .eP)(flags.ticket, '--ticket', CONTEXT_USAGE);
    const budgetTokens = wholeNumber(flags.budget, '--budget', _context_select_context_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONTEXT_BUDGET */ .O);
    const depth = wholeNumber(flags.depth, '--depth', 1);
    const projectDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(flags.project ?? projectDirOf(manifestPath));
    const [graph, ticket] = await Promise.all([(0,_command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifestGraph */ .Ir)(manifestPath), readTicket(ticketPath)]);
    const selection = await (0,_context_select_context_js__WEBPACK_IMPORTED_MODULE_1__/* .selectContext */ .K)(ticket, graph, projectDir, { budgetTokens, depth });
    out.write(flags.json
        ? `${JSON.stringify({ ticket: ticket.key, budgetTokens, depth, ...selection }, null, 2)}\n`
        : `${contextText(ticket, selection, budgetTokens)}\n`);
    return 0;
});
/** The ticket as the pipeline hands it to the agent: read from the file, hidden content removed. */
async function readTicket(file) {
    try {
        return (0,_tickets_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeTicket */ .QK)(await new _tickets_file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileTicketSource */ .Q().fetch(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file))).ticket;
    }
    catch (error) {
        if (error instanceof _tickets_ticket_js__WEBPACK_IMPORTED_MODULE_4__/* .TicketError */ .F)
            throw new _command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(error.message);
        throw error;
    }
}
function wholeNumber(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value.trim()))
        throw new _command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${flag} must be a whole number, got "${value}".\n${CONTEXT_USAGE}`);
    return Number(value);
}
/** `…/project/target/manifest.json` → `…/project`: where dbt wrote it from. */
function projectDirOf(manifestPath) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(manifestPath));
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(dir) === 'target' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(dir) : dir;
}
function contextText(ticket, selection, budgetTokens) {
    const ranked = selection.items.filter((item) => item.score > 0);
    const mapOnly = selection.items.length - ranked.length;
    const lines = [
        `Context for ${ticket.key}: ${ticket.title}`,
        `${selection.tokens} of ${budgetTokens} tokens; ${selection.items.filter((item) => item.detail === 'full').length} in full, ${selection.items.length - selection.items.filter((item) => item.detail === 'full').length} as map lines.`,
        '',
        'Ranked (score, detail, why):',
    ];
    if (ranked.length === 0)
        lines.push('  nothing in the ticket matched a model, source, seed or snapshot');
    ranked.forEach((item, index) => {
        lines.push(`  ${index + 1}. ${item.id}  ${item.score}  ${item.detail}`);
        for (const reason of item.why)
            lines.push(`       - ${reason}`);
    });
    if (mapOnly > 0)
        lines.push(`  + ${mapOnly} other node(s) listed in the project map`);
    lines.push('', '--- text shown to the agent ---', selection.text);
    return lines.join('\n');
}


/***/ }),

/***/ 15914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMPACT_USAGE: () => (/* binding */ IMPACT_USAGE),
/* harmony export */   impactJson: () => (/* binding */ impactJson),
/* harmony export */   runImpactCommand: () => (/* binding */ runImpactCommand)
/* harmony export */ });
/* harmony import */ var _impact_contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43202);
/* harmony import */ var _impact_impact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16833);
/* harmony import */ var _project_project_vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5699);
/* harmony import */ var _report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67058);
/* harmony import */ var _command_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82348);





const IMPACT_USAGE = `Usage: dbt-autopilot impact --base <manifest.json> --new <manifest.json> [--json]
                            [--base-project <dir> --new-project <dir>]
  Compares two dbt manifests by dbt's state:modified rules (SQL, unrendered config, macros called directly or
  through other macros, persisted descriptions, contracts): changed nodes and why, everything downstream,
  and contract findings. With both project folders, also names the nodes that read a var whose value changed
  in dbt_project.yml (dbt 1.12's state:modified does not select them).
  Exit codes: 0 no breaking change, 1 at least one breaking contract finding, 2 usage or input error.`;
const MAX_LISTED = 50;
/**
 * `dbt-autopilot impact`: what a change does to the project, from two manifests. Exits 1 on a breaking
 * finding so it can gate CI the way dbt's own contract check does; warnings alone exit 0.
 */
const runImpactCommand = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .flagCommand */ .io)(IMPACT_USAGE, {
    base: { type: 'string' },
    new: { type: 'string' },
    'base-project': { type: 'string' },
    'new-project': { type: 'string' },
    json: { type: 'boolean', default: false },
}, async (flags, out) => {
    const basePath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .requireFlag */ .eP)(flags.base, '--base', IMPACT_USAGE);
    const newPath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .requireFlag */ .eP)(flags.new, '--new', IMPACT_USAGE);
    const [base, next] = await Promise.all([(0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestGraph */ .Ir)(basePath), (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestGraph */ .Ir)(newPath)]);
    const projects = [flags['base-project'], flags['new-project']];
    if ((projects[0] === undefined) !== (projects[1] === undefined)) {
        throw new _command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--base-project and --new-project go together\n${IMPACT_USAGE}`);
    }
    const vars = projects[0] !== undefined && projects[1] !== undefined
        ? { base: await (0,_project_project_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectVars */ .E)(projects[0]), next: await (0,_project_project_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectVars */ .E)(projects[1]) }
        : undefined;
    const impact = (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .computeImpact */ .cT)(base, next, vars ? { vars } : {});
    const findings = (0,_impact_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .detectContractBreaks */ .uS)(base, next);
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
    out.write(flags.json
        ? `${JSON.stringify(impactJson(impact, findings), null, 2)}\n`
        : `${impactText(impact, findings)}\n`);
    return breaking > 0 ? 1 : 0;
});
/** The impact and findings as JSON: for `--json` and the MCP server's `impact` tool. */
function impactJson(impact, findings) {
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
    return {
        summary: {
            changed: impact.changed.length,
            downstreamModels: impact.downstream.models.length,
            downstreamTests: impact.downstream.tests.length,
            exposures: impact.downstream.exposures.length,
            metrics: impact.downstream.metrics.length,
            breaking,
            warnings: findings.length - breaking,
        },
        changed: impact.changed,
        downstream: impact.downstream,
        /** What `dbt ls -s state:modified+` selects. */
        selected: (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .stateModifiedPlus */ .np)(impact),
        vars: impact.vars,
        findings,
        edges: impact.edges,
    };
}
function impactText(impact, findings) {
    const report = { impact, findings: [...findings] };
    const lines = [(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .impactSummaryLine */ .$Y)(report)];
    if (impact.changed.length === 0)
        return `${lines[0]}\nNo dbt nodes changed between the two manifests.`;
    lines.push('', 'Changed:', ...capped(impact.changed.map(changeLine)));
    const downstream = (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .downstreamNodes */ .kM)(impact);
    lines.push('', 'Downstream:');
    lines.push(...(downstream.length > 0
        ? capped(downstream.map((node) => `  ${node.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(node.id)} (downstream of ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(node.via)}, ${node.distance} step${node.distance === 1 ? '' : 's'} away)`))
        : ['  (nothing downstream)']));
    if (impact.downstream.tests.length > 0)
        lines.push(`  and ${impact.downstream.tests.length} test(s)`);
    if (impact.vars.readers.length > 0) {
        lines.push('', `Read changed vars (${impact.vars.changed.join(', ')}; not selected by dbt's state:modified):`);
        lines.push(...capped(impact.vars.readers.map((node) => `  ${node.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(node.id)}: ${node.vars.join(', ')}`)));
    }
    lines.push('', 'Contract findings:');
    if (findings.length === 0)
        lines.push('  none');
    const ordered = [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === 'breaking' ? -1 : 1);
    for (const finding of ordered) {
        lines.push(`  ${finding.severity.toUpperCase()} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(finding.node)} [${finding.rule}]: ${finding.message}`);
        lines.push(`    what to do: ${finding.action}`);
    }
    return lines.join('\n');
}
function changeLine(change) {
    const details = change.change === 'modified' ? [...change.why] : [];
    const { added, removed, retyped } = change.columns;
    if (added.length > 0)
        details.push(`columns added: ${added.join(', ')}`);
    if (removed.length > 0)
        details.push(`columns removed: ${removed.join(', ')}`);
    if (retyped.length > 0) {
        details.push(`columns retyped: ${retyped.map((c) => `${c.name} ${c.before ?? '?'} → ${c.after ?? '?'}`).join(', ')}`);
    }
    const suffix = details.length > 0 ? ` — ${details.join('; ')}` : '';
    return `  ${change.change} ${change.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(change.id)}${change.disabled ? ' (disabled)' : ''}${suffix}`;
}
function capped(lines) {
    return lines.length > MAX_LISTED
        ? [...lines.slice(0, MAX_LISTED), `  … and ${lines.length - MAX_LISTED} more (use --json for all)`]
        : lines;
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

/***/ 72521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MCP_USAGE: () => (/* binding */ MCP_USAGE),
  runMcpCommand: () => (/* binding */ runMcpCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js + 1 modules
var stdio = __webpack_require__(99424);
// EXTERNAL MODULE: ./src/cli/console-log.ts
var console_log = __webpack_require__(72028);
// EXTERNAL MODULE: ./src/cli/command-io.ts
var command_io = __webpack_require__(82348);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./src/cli/package-version.ts + 1 modules
var package_version = __webpack_require__(36205);
// EXTERNAL MODULE: ./src/impact/contracts.ts + 3 modules
var contracts = __webpack_require__(43202);
;// CONCATENATED MODULE: ./src/mcp/mcp-context.ts

/** A path a client passed, from the server's working folder (the folder the client started it in). */
function resolvePath(context, file) {
    return external_node_path_default().resolve(context.cwd, file);
}

// EXTERNAL MODULE: ./src/shared/autopilot-error.ts
var autopilot_error = __webpack_require__(76021);
// EXTERNAL MODULE: ./src/config/input-wording.ts
var input_wording = __webpack_require__(69127);
;// CONCATENATED MODULE: ./src/mcp/tool-result.ts



/** A tool's answer: the JSON a client's model reads, pretty-printed. */
function jsonResult(value) {
    return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}
/** A failed call as MCP says it: `isError`, with text that says what to do. */
function toolError(message) {
    return { isError: true, content: [{ type: 'text', text: (0,input_wording/* inTerminalWords */.vI)(message) }] };
}
/**
 * Runs a tool's body; a thrown error becomes a tool error instead of a protocol error, so the client's
 * model sees the message and can act on it. Our own errors already say what to do; anything else is a bug.
 */
async function guarded(body) {
    try {
        return await body();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof autopilot_error/* AutopilotError */.W || error instanceof command_io/* UsageError */.eb || isExpected(error))
            return toolError(message);
        return toolError(`Unexpected error in dbt-autopilot (please report it): ${message}`);
    }
}
/** Errors whose message is written for the user (a missing audit bundle, an unreadable file). */
function isExpected(error) {
    if (!(error instanceof Error))
        return false;
    return error.name === 'AuditBundleMissingError' || 'code' in error;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
// EXTERNAL MODULE: ./src/cli/impact-command.ts
var impact_command = __webpack_require__(15914);
// EXTERNAL MODULE: ./src/impact/impact.ts + 3 modules
var impact_impact = __webpack_require__(16833);
// EXTERNAL MODULE: ./src/project/project-vars.ts
var project_vars = __webpack_require__(5699);
;// CONCATENATED MODULE: ./src/mcp/tools/impact.ts








const manifestPairInput = {
    base_manifest: schemas/* string */.YjP()
        .min(1)
        .describe('manifest.json before the change (e.g. production or the base branch)'),
    new_manifest: schemas/* string */.YjP().min(1).describe('manifest.json after the change'),
};
function registerImpact(server, context) {
    server.registerTool('impact', {
        title: 'Impact of a change',
        description: "Compares two dbt manifests by dbt's state:modified rules: the changed nodes and why, everything downstream (models, tests, exposures, metrics), what `dbt ls -s state:modified+` selects, and contract findings. With both project folders, also the nodes reading a var whose value changed.",
        inputSchema: {
            ...manifestPairInput,
            base_project: schemas/* string */.YjP()
                .optional()
                .describe('The project folder of the base (for dbt_project.yml vars)'),
            new_project: schemas/* string */.YjP().optional().describe('The project folder of the change; with base_project'),
        },
    }, (input) => guarded(async () => {
        const [base, next] = await Promise.all([
            (0,command_io/* readManifestGraph */.Ir)(resolvePath(context, input.base_manifest)),
            (0,command_io/* readManifestGraph */.Ir)(resolvePath(context, input.new_manifest)),
        ]);
        if ((input.base_project === undefined) !== (input.new_project === undefined))
            throw new command_io/* UsageError */.eb('base_project and new_project go together: pass both project folders, or neither.');
        const vars = input.base_project !== undefined && input.new_project !== undefined
            ? {
                base: await (0,project_vars/* readProjectVars */.E)(resolvePath(context, input.base_project)),
                next: await (0,project_vars/* readProjectVars */.E)(resolvePath(context, input.new_project)),
            }
            : undefined;
        const impact = (0,impact_impact/* computeImpact */.cT)(base, next, vars ? { vars } : {});
        return jsonResult((0,impact_command.impactJson)(impact, (0,contracts/* detectContractBreaks */.uS)(base, next)));
    }));
}

;// CONCATENATED MODULE: ./src/mcp/tools/check-contracts.ts





function registerCheckContracts(server, context) {
    server.registerTool('check_contracts', {
        title: 'Check model contracts',
        description: 'The contract findings between two dbt manifests: removed or retyped columns of contracted models, narrowed access, removed versions, changed metrics an exposure uses. Each finding has its severity (breaking or warning) and what to do.',
        inputSchema: manifestPairInput,
    }, (input) => guarded(async () => {
        const [base, next] = await Promise.all([
            (0,command_io/* readManifestGraph */.Ir)(resolvePath(context, input.base_manifest)),
            (0,command_io/* readManifestGraph */.Ir)(resolvePath(context, input.new_manifest)),
        ]);
        const findings = (0,contracts/* detectContractBreaks */.uS)(base, next);
        const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
        return jsonResult({ breaking, warnings: findings.length - breaking, findings });
    }));
}

// EXTERNAL MODULE: ./src/config/cloud-secrets.ts
var cloud_secrets = __webpack_require__(94639);
// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
// EXTERNAL MODULE: ./src/run/compose.ts + 82 modules
var compose = __webpack_require__(57541);
// EXTERNAL MODULE: ./src/tickets/sanitize.ts + 2 modules
var sanitize = __webpack_require__(45107);
// EXTERNAL MODULE: ./src/tickets/ticket.ts
var ticket = __webpack_require__(71653);
;// CONCATENATED MODULE: ./src/mcp/read-ticket.ts






/**
 * A ticket read as a run reads it (a file, a Jira key, a GitHub issue, through the same sources and with
 * the credentials from the environment) and sanitized as the agent would be given it.
 */
async function readTicket(ref, source, context) {
    const settings = (0,cloud_secrets.withCloudSecrets)((0,config_settings.parseSettings)({ ...(0,config_settings.defaultInputs)(), ...(0,input_wording/* inputsFromEnvironment */.n1)(context.env), ticket: ref, 'ticket-source': source }, 'terminal'), context.env);
    const tickets = (0,compose/* createTicketSource */.AX)(settings, {
        workspace: context.cwd,
        repository: context.env.GITHUB_REPOSITORY,
        githubApiUrl: context.env.GITHUB_API_URL,
    });
    const fetched = await tickets.fetch(settings.ticket.key);
    if ('noWork' in fetched)
        throw new ticket/* TicketError */.F('invalid', fetched.message);
    return (0,sanitize/* sanitizeTicket */.QK)(fetched);
}

;// CONCATENATED MODULE: ./src/mcp/tools/get-ticket.ts



const ticketInput = {
    ticket: schemas/* string */.YjP()
        .min(1)
        .describe('A Jira key (DATA-123), a GitHub issue (#42) or a ticket file (markdown or JSON) path'),
    ticket_source: schemas/* enum */.k5n(['auto', 'jira', 'github', 'file'])
        .default('auto')
        .describe('Where the ticket lives; auto decides by its shape'),
};
function registerGetTicket(server, context) {
    server.registerTool('get_ticket', {
        title: 'Read a ticket',
        description: 'Reads a ticket the way an Autopilot run does (file, Jira with JIRA_URL and JIRA_EMAIL/JIRA_API_TOKEN or JIRA_BEARER_TOKEN, GitHub issue with GITHUB_TOKEN and GITHUB_REPOSITORY) and returns it sanitized: hidden text, invisible characters and HTML comments removed, and which of those were found.',
        inputSchema: ticketInput,
    }, ({ ticket, ticket_source }) => guarded(async () => {
        const read = await readTicket(ticket, ticket_source, context);
        return jsonResult({ ticket: read.ticket, removed: read.removed });
    }));
}

// EXTERNAL MODULE: ./src/report/rollback.ts
var rollback = __webpack_require__(81908);
;// CONCATENATED MODULE: ./src/mcp/tools/rollback-plan.ts





function registerRollbackPlan(server, context) {
    server.registerTool('rollback_plan', {
        title: 'Plan a rollback',
        description: 'How to withdraw a change before merge (close the PR or delete the branch), revert it after merge, and the dbt commands that rebuild what it touched (incremental models with --full-refresh when a manifest says which they are).',
        inputSchema: {
            branch: schemas/* string */.YjP().min(1).describe('The branch holding the change'),
            changed_models: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Names of the dbt models the change touched'),
            pr_number: schemas/* number */.aig().int().positive().optional(),
            commit_sha: schemas/* string */.YjP()
                .regex(/^[0-9a-f]{7,64}$/)
                .optional(),
            manifest: schemas/* string */.YjP().optional().describe('A manifest.json, for the materialization of each model'),
        },
    }, (input) => guarded(async () => {
        const materializations = input.manifest
            ? materializationsOf(await (0,command_io/* readManifestGraph */.Ir)(resolvePath(context, input.manifest)), input.changed_models)
            : undefined;
        const { markdown, ...plan } = (0,rollback/* rollbackPlan */.E)({
            branch: input.branch,
            changedModels: input.changed_models,
            ...(input.pr_number !== undefined ? { prNumber: input.pr_number } : {}),
            ...(input.commit_sha ? { commitSha: input.commit_sha } : {}),
            ...(materializations ? { materializations } : {}),
        });
        return jsonResult({ ...plan, markdown });
    }));
}
function materializationsOf(graph, models) {
    const known = {};
    for (const model of models) {
        const materialized = graph.byName(model, 'model')[0]?.materialized;
        if (materialized)
            known[model] = materialized;
    }
    return known;
}

// EXTERNAL MODULE: ./src/cli/context-command.ts
var context_command = __webpack_require__(80805);
// EXTERNAL MODULE: ./src/context/select-context.ts + 1 modules
var select_context = __webpack_require__(50954);
;// CONCATENATED MODULE: ./src/mcp/tools/select-context.ts








function registerSelectContext(server, context) {
    server.registerTool('select_context', {
        title: 'Select the context for a ticket',
        description: "Ranks the dbt nodes a ticket is about, from a manifest.json, as a run does before the agent's first turn: each node with its score, why it was chosen, full or map-line detail, and the text the agent would be shown.",
        inputSchema: {
            manifest: schemas/* string */.YjP()
                .min(1)
                .describe('Path of a manifest.json `dbt parse` wrote (target/manifest.json)'),
            ...ticketInput,
            budget_tokens: schemas/* number */.aig().int().positive().default(select_context/* DEFAULT_CONTEXT_BUDGET */.O),
            depth: schemas/* number */.aig().int().min(0).max(5).default(1).describe('Lineage steps followed from a match'),
            project_dir: schemas/* string */.YjP()
                .optional()
                .describe('The dbt project (for SQL files); default: the folder above target/'),
        },
    }, (input) => guarded(async () => {
        const manifest = resolvePath(context, input.manifest);
        const projectDir = input.project_dir
            ? resolvePath(context, input.project_dir)
            : (0,context_command.projectDirOf)(manifest);
        const [graph, { ticket }] = await Promise.all([
            (0,command_io/* readManifestGraph */.Ir)(manifest),
            readTicket(input.ticket, input.ticket_source, context),
        ]);
        const selection = await (0,select_context/* selectContext */.K)(ticket, graph, projectDir, {
            budgetTokens: input.budget_tokens,
            depth: input.depth,
        });
        return jsonResult({
            ticket: ticket.key,
            budgetTokens: input.budget_tokens,
            depth: input.depth,
            ...selection,
        });
    }));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/adapters/git/git-hardening.ts
var git_hardening = __webpack_require__(24904);
// EXTERNAL MODULE: ./src/adapters/process/command-runner.ts + 1 modules
var command_runner = __webpack_require__(84819);
;// CONCATENATED MODULE: ./src/mcp/validate-working-tree.ts










/**
 * Validates the working tree's change as a run validates the agent's: a copy of the repository at the
 * base commit is parsed as the base, the changed files are laid over it, and one slim `dbt build` (with
 * sqlfluff and the SQL verdict) runs in the same sandbox. The checkout itself is only read: dbt's target
 * folders, its database file and the lock files it writes stay in the copy, which is removed afterwards.
 */
async function validateWorkingTree(options) {
    const commands = options.commands ?? new command_runner.SpawnCommandRunner();
    const git = async (cwd, args) => {
        const result = await commands.run('git', (0,git_hardening.hardenedGitArgs)(args), { cwd });
        if (result.exitCode !== 0)
            throw new command_io/* UsageError */.eb(`git ${args[0] ?? ''} failed in ${cwd}: ${result.stderr.trim() || result.stdout.trim()}`);
        return result.stdout;
    };
    const projectDir = external_node_path_default().resolve(options.projectDir);
    if (!(await (0,promises_.stat)(projectDir).catch(() => undefined))?.isDirectory())
        throw new command_io/* UsageError */.eb(`${projectDir} is not a folder: pass project_dir, the folder holding dbt_project.yml.`);
    const repoDir = (await git(projectDir, ['rev-parse', '--show-toplevel']).catch(() => {
        throw new command_io/* UsageError */.eb(`${projectDir} is not inside a git repository: validate compares the working tree with a commit (base_ref).`);
    })).trim();
    const sha = (await git(repoDir, ['rev-parse', '--verify', '--end-of-options', `${options.baseRef}^{commit}`]).catch(() => {
        throw new command_io/* UsageError */.eb(`base_ref \`${options.baseRef}\` is not a commit of ${repoDir}: pass a branch, tag or sha.`);
    })).trim();
    const projectRel = external_node_path_default().relative(repoDir, projectDir);
    const changed = await changedFiles(git, repoDir, sha);
    const inProject = changed.filter((file) => isInside(projectRel, file));
    const outsideProject = changed.filter((file) => !isInside(projectRel, file));
    const changedFilesInProject = inProject.map((file) => external_node_path_default().relative(projectRel, file));
    const base = { ref: options.baseRef, sha };
    if (inProject.length === 0) {
        return {
            ok: true,
            base,
            changedFiles: [],
            outsideProject,
            message: `Nothing in ${projectDir} differs from ${options.baseRef}: no dbt command was run.`,
        };
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'dbt-autopilot-validate-'));
    try {
        const copy = external_node_path_default().join(scratch, 'repo');
        await git(repoDir, ['clone', '--quiet', '--shared', '--no-checkout', '--', repoDir, copy]);
        await git(copy, ['checkout', '--quiet', '--detach', sha]);
        const copyProject = external_node_path_default().join(copy, projectRel);
        await copyInstalledPackages(projectDir, copyProject);
        const parsed = (0,config_settings.parseSettings)({
            ...(0,config_settings.defaultInputs)(),
            ...(0,input_wording/* inputsFromEnvironment */.n1)(options.env),
            mode: 'run',
            'dry-run': 'true',
            'project-dir': projectRel || '.',
            'dbt-executable': options.dbtExecutable,
            'sqlfluff-executable': options.sqlfluffExecutable,
            sandbox: options.sandbox,
            ...(options.dbtTarget ? { 'dbt-target': options.dbtTarget } : {}),
            ...(options.profilesDir ? { 'profiles-dir': external_node_path_default().resolve(options.profilesDir) } : {}),
        }, 'terminal');
        const settings = (0,cloud_secrets.withCloudSecrets)(parsed, options.env);
        let sandbox;
        const validator = (0,compose/* composeValidator */.r2)({
            settings,
            repoDir: copy,
            workDir: external_node_path_default().join(scratch, 'work'),
            commands,
            log: options.log,
            onSandbox: (report) => (sandbox = report),
        });
        const baseState = await validator.prepareBase();
        for (const file of inProject)
            await overlay(external_node_path_default().join(repoDir, file), external_node_path_default().join(copy, file));
        const { validation } = await validator.validate(1, changedFilesInProject);
        return {
            ok: validation.ok,
            base: {
                ...base,
                mode: baseState.mode,
                ...(baseState.brokenBase ? { brokenBase: baseState.brokenBase } : {}),
            },
            changedFiles: changedFilesInProject,
            outsideProject,
            ...(sandbox ? { sandbox } : {}),
            validation,
            message: validation.ok
                ? `The change passed: ${validation.dbt.command}${validation.lint.skipped ? ` (lint skipped: ${validation.lint.skipped})` : ''}.`
                : 'The change failed validation: see validation.dbt (results, error, unchecked) and validation.lint.violations.',
        };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** Tracked files that differ from `sha` (deleted ones included) and untracked files git does not ignore. */
async function changedFiles(git, repoDir, sha) {
    const [tracked, untracked] = await Promise.all([
        git(repoDir, ['diff', '--name-only', '--no-renames', '-z', sha, '--']),
        git(repoDir, ['ls-files', '--others', '--exclude-standard', '-z']),
    ]);
    const files = [
        ...tracked.split('\0'),
        ...untracked.split('\0').filter((file) => !DBT_OUTPUT.test(file)),
    ].filter(Boolean);
    return [...new Set(files)].sort();
}
/** What dbt itself writes, in case the repository does not ignore it: never part of a change. */
const DBT_OUTPUT = /(^|\/)(target|logs|dbt_packages)\/|\.duckdb(\.wal)?$|(^|\/)\.user\.yml$/;
function isInside(projectRel, file) {
    if (projectRel === '')
        return true;
    const relative = external_node_path_default().relative(projectRel, file);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
/** The working tree's version of a file over the copy's; a deleted file is deleted there too. */
async function overlay(source, target) {
    const info = await (0,promises_.stat)(source).catch(() => undefined);
    if (!info) {
        await (0,promises_.rm)(target, { force: true });
        return;
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    await (0,promises_.cp)(source, target);
}
/** Packages already installed in the checkout: the copy uses them instead of downloading them again. */
async function copyInstalledPackages(projectDir, copyProject) {
    const installed = external_node_path_default().join(projectDir, 'dbt_packages');
    if ((await (0,promises_.stat)(installed).catch(() => undefined))?.isDirectory())
        await (0,promises_.cp)(installed, external_node_path_default().join(copyProject, 'dbt_packages'), { recursive: true });
}

;// CONCATENATED MODULE: ./src/mcp/tools/validate.ts




function registerValidate(server, context) {
    server.registerTool('validate', {
        title: 'Validate the working tree',
        description: "Validates the working tree's change to a dbt project as an Autopilot run validates the agent's: the project at base_ref is parsed as the base, then one slim `dbt build` of what changed (with its parents), sqlfluff on the changed SQL (only new violations count) and the SQL verdict, all in the bubblewrap sandbox, in a scratch copy: the checkout is not written to. Takes as long as dbt does.",
        inputSchema: {
            project_dir: schemas/* string */.YjP().default('.').describe('The dbt project folder (holding dbt_project.yml)'),
            base_ref: schemas/* string */.YjP().min(1).default('HEAD').describe('The commit the change is compared with'),
            dbt_target: schemas/* string */.YjP()
                .optional()
                .describe('The dbt target to build into; default: the profile default'),
            profiles_dir: schemas/* string */.YjP()
                .optional()
                .describe('The folder holding profiles.yml; default: as dbt finds it'),
        },
    }, (input) => guarded(async () => jsonResult(await validateWorkingTree({
        projectDir: resolvePath(context, input.project_dir),
        baseRef: input.base_ref,
        ...(input.dbt_target ? { dbtTarget: input.dbt_target } : {}),
        ...(input.profiles_dir ? { profilesDir: resolvePath(context, input.profiles_dir) } : {}),
        dbtExecutable: context.dbt.executable,
        sqlfluffExecutable: context.dbt.sqlfluffExecutable,
        sandbox: context.dbt.sandbox,
        env: context.env,
        log: context.log,
    }))));
}

// EXTERNAL MODULE: ./src/audit/verify-audit.ts
var verify_audit = __webpack_require__(37584);
;// CONCATENATED MODULE: ./src/mcp/tools/verify-audit.ts




function registerVerifyAudit(server, context) {
    server.registerTool('verify_audit', {
        title: 'Verify an audit bundle',
        description: "Checks an Autopilot audit bundle (run.json, events.jsonl, diff.patch, pr-body.md) for edits, deletions, insertions and reordering. Pass the final hash from the run's log as `expect` to prove the bundle is the one the run wrote.",
        inputSchema: {
            dir: schemas/* string */.YjP().min(1).describe('The audit bundle folder (it holds run.json)'),
            expect: schemas/* string */.YjP()
                .regex(/^[0-9a-fA-F]{64}$/, 'must be the sha256 final hash (64 hex characters) the run printed')
                .optional(),
        },
    }, (input) => guarded(async () => {
        const result = await (0,verify_audit.verifyAudit)(resolvePath(context, input.dir), {
            ...(input.expect ? { expectedFinalHash: input.expect.toLowerCase() } : {}),
        });
        return jsonResult({ intact: result.ok, ...result });
    }));
}

;// CONCATENATED MODULE: ./src/mcp/mcp-server.ts









/** The MCP server with every tool: each a thin call into the code a run uses. */
function createMcpServer(context) {
    const server = new mcp/* McpServer */._({ name: 'dbt-autopilot', version: package_version/* PACKAGE_VERSION */.i });
    registerGetTicket(server, context);
    registerSelectContext(server, context);
    registerImpact(server, context);
    registerCheckContracts(server, context);
    registerValidate(server, context);
    registerRollbackPlan(server, context);
    registerVerifyAudit(server, context);
    return server;
}

;// CONCATENATED MODULE: ./src/mcp/serve-mcp.ts





const MCP_USAGE = `Usage: dbt-autopilot mcp [--root <dir>] [--dbt-executable <exe>] [--sqlfluff-executable <exe>]
                         [--sandbox auto|required|off]
  An MCP server on stdin/stdout for an editor's agent (Cursor, OpenCode...): tools get_ticket, select_context,
  impact, check_contracts, validate, rollback_plan, verify_audit. Relative paths are from --root (default:
  the folder the client starts it in); credentials come from the environment (JIRA_*, GITHUB_TOKEN, GITHUB_REPOSITORY).
  The flags choose what \`validate\` starts (default: dbt and sqlfluff on PATH, sandbox auto). Logs go to
  stderr. Configuration for Cursor and OpenCode: docs/mcp.md. Exit codes: 0 the client closed, 2 usage error.`;
/** `dbt-autopilot mcp`: serves until the client closes stdin. Nothing but the protocol goes to stdout. */
const runMcpCommand = (args) => (0,command_io/* flagCommand */.io)(MCP_USAGE, {
    root: { type: 'string', default: '.' },
    'dbt-executable': { type: 'string', default: 'dbt' },
    'sqlfluff-executable': { type: 'string', default: 'sqlfluff' },
    sandbox: { type: 'string', default: 'auto' },
}, async (flags) => {
    const sandbox = flags.sandbox;
    if (sandbox !== 'auto' && sandbox !== 'required' && sandbox !== 'off')
        throw new command_io/* UsageError */.eb(`--sandbox must be auto, required or off, got "${sandbox}".\n${MCP_USAGE}`);
    const log = new console_log/* ConsoleLog */.w(process.stderr);
    const server = createMcpServer({
        cwd: external_node_path_default().resolve(flags.root),
        env: process.env,
        log,
        dbt: {
            executable: flags['dbt-executable'],
            sqlfluffExecutable: flags['sqlfluff-executable'],
            sandbox,
        },
    });
    const transport = new stdio/* StdioServerTransport */.S();
    await server.connect(transport);
    const closed = new Promise((resolve) => (server.server.onclose = resolve));
    process.stdin.once('end', () => void server.close());
    await closed;
    return 0;
})(args, process.stderr, process.stderr);


/***/ })

};
