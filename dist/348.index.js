export const id = 348;
export const ids = [348];
export const modules = {

/***/ 52676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ DbtError)
/* harmony export */ });
/**
 * dbt or its tooling could not do its part: dbt missing, the project unreadable, the base unparseable,
 * sqlfluff missing. The message says what to change. Failed builds are not errors: they are Validations.
 */
class DbtError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'DbtError';
    }
}


/***/ }),

/***/ 24348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printRunReport: () => (/* binding */ printRunReport)
/* harmony export */ });
/* harmony import */ var _validate_run_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70864);

/** What a person at a terminal wants after a run: the outcome, the change, the checks, where things are. */
function printRunReport(result, out) {
    const lines = ['', `Outcome: ${result.status}`, `  ${result.message}`];
    if (result.changedFiles.length > 0) {
        lines.push('', 'Changed files:', ...result.changedFiles.map((file) => `  ${file}`));
    }
    if (result.changedModels.length > 0)
        lines.push(`Changed models: ${result.changedModels.join(', ')}`);
    for (const validation of result.validations) {
        const dbt = validation.dbt;
        const counts = new Map();
        for (const node of dbt.results)
            counts.set(node.status, (counts.get(node.status) ?? 0) + 1);
        const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no nodes';
        lines.push('', `Validation round ${validation.round}: ${validation.ok ? 'passed' : 'FAILED'}`, `  dbt (${dbt.mode}): ${summary}${dbt.error ? ` — ${dbt.error.split('\n')[0]}` : ''}`, `  ${dbt.command}`, `  sqlfluff: ${validation.lint.skipped ?? `${validation.lint.violations.length} violation(s) in ${validation.lint.files.length} file(s)`}`);
        for (const node of dbt.results.filter(_validate_run_results_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N).slice(0, 5)) {
            lines.push(`    ${node.status}: ${node.uniqueId} ${node.message?.split('\n')[0] ?? ''}`);
        }
        for (const v of validation.lint.violations.slice(0, 5)) {
            lines.push(`    ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`);
        }
    }
    lines.push('', `Model: ${result.record.modelCalls.length} call(s), $${result.record.costUsd.toFixed(4)}`);
    if (result.prUrl)
        lines.push(`Pull request: ${result.prUrl}`);
    if (result.branch)
        lines.push(`Branch: ${result.branch}`);
    const prBody = result.auditFiles.find((file) => file.endsWith('pr-body.md'));
    const patch = result.auditFiles.find((file) => file.endsWith('.patch'));
    if (prBody)
        lines.push(`PR body: ${prBody}`);
    if (patch)
        lines.push(`Patch: ${patch}`);
    lines.push(`Audit bundle: ${result.auditDir}`, '');
    out.write(result.redact(lines.join('\n')));
}


/***/ }),

/***/ 70864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseRunResults),
/* harmony export */   N: () => (/* binding */ isFailure)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2503);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37428);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52676);


const RunResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    unique_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullish(),
    execution_time: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(0),
});
/** The part of dbt's run_results.json (schema v6; older versions share it) that validation reads. */
const RunResultsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ dbt_schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RunResultSchema),
});
/** Parses run_results.json text into node results; `fileOf` adds each node's project-relative file. */
function parseRunResults(text, fileOf = () => undefined) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`dbt wrote a run_results.json that is not JSON (${error.message})`, {
            cause: error,
        });
    }
    const parsed = RunResultsSchema.safeParse(json);
    if (!parsed.success) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`dbt's run_results.json has an unexpected shape: ${zod__WEBPACK_IMPORTED_MODULE_2__/* .prettifyError */ .S1(parsed.error)}`);
    }
    return parsed.data.results.map((result) => {
        const node = {
            uniqueId: result.unique_id,
            status: result.status,
            executionTimeS: result.execution_time,
        };
        if (result.message)
            node.message = result.message;
        if (typeof result.failures === 'number')
            node.failures = result.failures;
        const file = fileOf(result.unique_id);
        if (file)
            node.file = file;
        return node;
    });
}
const FAILED_STATUSES = new Set(['error', 'fail', 'runtime error']);
/** A node that makes the build fail: an error, a failed test or unit test. Warnings and skips do not. */
function isFailure(result) {
    return FAILED_STATUSES.has(result.status);
}


/***/ })

};
