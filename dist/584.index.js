export const id = 584;
export const ids = [584];
export const modules = {

/***/ 37584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AuditBundleMissingError: () => (/* binding */ AuditBundleMissingError),
/* harmony export */   runVerifyAudit: () => (/* binding */ runVerifyAudit),
/* harmony export */   verifyAudit: () => (/* binding */ verifyAudit)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37428);
/* harmony import */ var _audit_chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23476);
/* harmony import */ var _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71605);






/** Not an audit bundle at all (missing folder, neither run.json nor events.jsonl): a usage problem. */
class AuditBundleMissingError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuditBundleMissingError';
    }
}
async function readOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Checks the hash chain of events.jsonl, the head in run.json and the sealed digests of the other files. */
async function verifyAudit(dir, options = {}) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new AuditBundleMissingError(`${dir} is not a folder: pass the audit bundle folder (it holds run.json)`);
    }
    const runText = await readOptional((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run));
    const eventsText = await readOptional((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.events));
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
            fileProblem(_audit_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_FILES */ .Yn.run, 'malformed', `run.json's audit head is not valid: ${zod__WEBPACK_IMPORTED_MODULE_5__/* .prettifyError */ .S1(parsed.error)}`);
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
        const text = await readOptional((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
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
const USAGE = `usage: autopilot verify-audit <bundle-dir> [--expect <final-hash>]

Checks an audit bundle (run.json, events.jsonl, diff.patch, pr-body.md) for edits, deletions,
insertions and reordering. --expect compares the final hash with the one the run printed in its log.
Exit code: 0 intact, 1 tampered, 2 usage error or no bundle at the path.`;
/** `autopilot verify-audit <dir>`: prints each problem; exit 0 intact, 1 tampered, 2 usage or missing bundle. */
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
            out.write(`${USAGE}\n`);
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
        out.write(`autopilot verify-audit: ${error.message}\n${USAGE}\n`);
        return 2;
    }
    let result;
    try {
        result = await verifyAudit(dir, { expectedFinalHash: expected });
    }
    catch (error) {
        if (error instanceof AuditBundleMissingError) {
            out.write(`autopilot verify-audit: ${error.message}\n`);
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


/***/ })

};
