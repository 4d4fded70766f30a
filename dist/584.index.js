export const id = 584;
export const ids = [584];
export const modules = {

/***/ 75568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ inputTokensOf),
/* harmony export */   JG: () => (/* binding */ InputBound)
/* harmony export */ });
/* unused harmony exports REQUEST_OVERHEAD_TOKENS, ITEM_OVERHEAD_TOKENS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98439);


/**
 * Tokens the API adds around what a request's JSON holds: the tool-use system prompt, role and turn markers.
 * Anthropic documents a few hundred for the tool-use prompt; this is well above that.
 */
const REQUEST_OVERHEAD_TOKENS = 1024;
/** Markers the API adds per tool, message and content block. */
const ITEM_OVERHEAD_TOKENS = 16;
function inputTokensOf(usage) {
    return usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens;
}
/**
 * An upper bound of a conversation's next input tokens, without asking the API: a token is never shorter
 * than one byte of UTF-8, so the bytes of what is sent (as JSON, which only adds bytes) bound its tokens.
 * After a call the API's own count of it anchors the next bound, so only the turns since add their bytes.
 * A bill above a bound (which would mean the rule is wrong for some model) ends the shortcut for the run.
 */
class InputBound {
    anchor;
    trusted = true;
    /** Whether bounds may stand in for an exact count; false once the API billed more than one. */
    get reliable() {
        return this.trusted;
    }
    bound(request) {
        const anchor = this.anchor;
        if (anchor &&
            anchor.messages <= request.messages.length &&
            anchor.digest === prefixDigest(request, anchor.messages)) {
            return anchor.tokens + messagesBound(request.messages.slice(anchor.messages));
        }
        const tools = request.tools ?? [];
        const fixed = bytes(request.system) +
            bytes(request.cachedContext ?? '') +
            bytes(JSON.stringify(tools)) +
            schemaBytes(request.schema);
        return (REQUEST_OVERHEAD_TOKENS + ITEM_OVERHEAD_TOKENS * tools.length + fixed + messagesBound(request.messages));
    }
    /** What the API billed for `request`; `estimate` is what the call was reserved with. */
    observe(request, usage, estimate) {
        const tokens = inputTokensOf(usage);
        if (tokens > estimate)
            this.trusted = false;
        this.anchor = {
            tokens,
            messages: request.messages.length,
            digest: prefixDigest(request, request.messages.length),
        };
    }
}
function messagesBound(messages) {
    return messages.reduce((sum, message) => sum + ITEM_OVERHEAD_TOKENS * (1 + message.content.length) + bytes(JSON.stringify(message.content)), 0);
}
/** What makes the first `count` messages of a request the same prompt as an earlier one. */
function prefixDigest(request, count) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([
        request.system,
        request.cachedContext ?? '',
        request.tools ?? [],
        schemaText(request.schema) ?? null,
        request.messages.slice(0, count),
    ]))
        .digest('hex');
}
/** A structured answer's JSON schema as sent; undefined when it cannot be serialised. */
function schemaText(schema) {
    if (schema === undefined)
        return '';
    try {
        return JSON.stringify(schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodType */ .aRx ? zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(schema) : schema);
    }
    catch {
        return undefined;
    }
}
/** Unbounded (so the call is counted exactly) when the schema cannot be serialised. */
function schemaBytes(schema) {
    const text = schemaText(schema);
    return text === undefined ? Number.POSITIVE_INFINITY : bytes(text);
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 90705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ usageByStage)
/* harmony export */ });
/* harmony import */ var _input_bound_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75568);

const ORDER = ['classifier', 'agent', 'review', 'other'];
/** The run's model calls by stage, in the order the stages run; stages without calls are left out. */
function usageByStage(calls) {
    return ORDER.flatMap((stage) => {
        const own = calls.filter((call) => (call.stage ?? 'other') === stage);
        if (own.length === 0)
            return [];
        const sum = (pick) => own.reduce((total, call) => total + pick(call), 0);
        const inputTokens = sum((call) => (0,_input_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .inputTokensOf */ .Gs)(call.usage));
        const cacheReadInputTokens = sum((call) => call.usage.cacheReadInputTokens);
        return [
            {
                stage,
                models: [...new Set(own.map((call) => call.model))],
                calls: own.length,
                inputTokens,
                cacheReadInputTokens,
                cacheCreationInputTokens: sum((call) => call.usage.cacheCreationInputTokens),
                outputTokens: sum((call) => call.usage.outputTokens),
                cacheReadShare: inputTokens > 0 ? cacheReadInputTokens / inputTokens : 0,
                costUsd: sum((call) => call.costUsd),
                countedCalls: own.filter((call) => call.inputEstimate?.counted).length,
            },
        ];
    });
}


/***/ }),

/***/ 71605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ writeAuditBundle),
/* harmony export */   Lw: () => (/* binding */ SealDataSchema),
/* harmony export */   QF: () => (/* binding */ SEAL_MESSAGE),
/* harmony export */   Yn: () => (/* binding */ AUDIT_FILES),
/* harmony export */   jz: () => (/* binding */ SEAL_STAGE),
/* harmony export */   m8: () => (/* binding */ runJsonDigest)
/* harmony export */ });
/* unused harmony exports AUDIT_SCHEMA_VERSION, RunEventSchema, AuditRunSchema, readAuditBundle */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28942);
/* harmony import */ var _audit_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23476);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48932);
/* harmony import */ var _shared_read_if_present_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85247);
/* harmony import */ var _agent_usage_by_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90705);







const AUDIT_SCHEMA_VERSION = 1;
const AUDIT_FILES = {
    run: 'run.json',
    events: 'events.jsonl',
    diff: 'diff.patch',
    prBody: 'pr-body.md',
};
const UsageSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    inputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    outputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    cacheCreationInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    cacheReadInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
});
const TicketSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['jira', 'github', 'gitlab', 'file', 'schema-drift']),
    title: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    body: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    labels: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    fields: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    updated: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    report: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
const RunEventSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    at: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    stage: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    data: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).optional(),
});
/** The shape of `run.json`; tests and later tools (history, re-runs) read bundles through it. */
const AuditRunSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(AUDIT_SCHEMA_VERSION),
    runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    statusMessage: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** Actor, repository, workflow run and the like, as the trigger stage recorded them. */
    context: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    /** Settings with every secret reduced to whether it was set. */
    settings: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    ticket: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ snapshot: TicketSchema, sha256: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }).optional(),
    modelCalls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        turn: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        model: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        usage: UsageSchema,
        costUsd: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        stopReason: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        stage: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['classifier', 'agent', 'review']).optional(),
        inputEstimate: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ tokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), counted: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY() }).optional(),
    })),
    /** The model calls by stage: models, tokens, the share of input read from the cache, cost. */
    modelUsage: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        stage: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        models: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
        calls: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        inputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        cacheReadInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        cacheCreationInputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        outputTokens: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        cacheReadShare: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        costUsd: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        countedCalls: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    }))
        .optional(),
    toolCalls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        turn: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        input: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
        ok: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
        error: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional(),
        outcome: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
        summary: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    })),
    commands: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        command: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        args: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
        cwd: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        exitCode: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        timedOut: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
    })),
    /** Stage results by name (validation rounds, impact, publish...). */
    stages: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    diff: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    commitSha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    prUrl: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    prNumber: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional(),
    branch: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** Head of the hash chain over events.jsonl; absent in bundles written before the chain existed. */
    audit: _audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .ChainHeadSchema */ .Tg.optional(),
});
/** The last record of events.jsonl: digests of the other files, so the chain covers them too. */
const SEAL_STAGE = 'audit';
const SEAL_MESSAGE = 'sealed';
const SealDataSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/)),
});
/** The digest the seal holds for run.json: its canonical JSON without the `audit` head (which covers the seal). */
function runJsonDigest(run) {
    return (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)((0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)((0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutKeys */ .Pe)(run, ['audit'])));
}
function runJson(input) {
    const { record } = input;
    return {
        schemaVersion: AUDIT_SCHEMA_VERSION,
        runId: record.runId,
        startedAt: record.startedAt,
        finishedAt: record.finishedAt,
        status: record.status,
        statusMessage: record.statusMessage,
        context: record.context,
        settings: input.settings,
        ticket: record.ticket,
        modelCalls: record.modelCalls,
        modelUsage: (0,_agent_usage_by_stage_js__WEBPACK_IMPORTED_MODULE_4__/* .usageByStage */ .T)(record.modelCalls),
        toolCalls: record.toolCalls,
        commands: record.commands,
        stages: record.stages,
        costUsd: record.costUsd,
        diff: input.diff,
        commitSha: record.commitSha,
        prUrl: record.prUrl,
        prNumber: record.prNumber,
        branch: record.branch,
    };
}
/**
 * Writes the run's audit files into `dir`. Every string passes the redactor before it is serialised, so a
 * secret cannot reach the artifact in any encoding we know of.
 */
async function writeAuditBundle(dir, input) {
    const { redactor } = input;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    // A JSON round-trip drops undefined fields and anything that is not JSON (a stray Date becomes a string).
    const run = (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactDeep */ .KL)(JSON.parse(JSON.stringify(runJson(input))), redactor);
    const diff = redactor(input.diff);
    const prBody = input.prBody === undefined ? undefined : redactor(input.prBody);
    const digests = {
        [AUDIT_FILES.run]: runJsonDigest(run),
        [AUDIT_FILES.diff]: (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(diff),
    };
    if (prBody !== undefined)
        digests[AUDIT_FILES.prBody] = (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(prBody);
    const events = [
        ...input.record.events.map((event) => JSON.parse(JSON.stringify((0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactDeep */ .KL)(event, redactor)))),
        { at: new Date().toISOString(), stage: SEAL_STAGE, message: SEAL_MESSAGE, data: { files: digests } },
    ];
    const chained = (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .chainLines */ .$d)(run.runId, events);
    run.audit = chained.head;
    const files = [
        [AUDIT_FILES.run, `${JSON.stringify(run, null, 2)}\n`],
        [AUDIT_FILES.events, `${chained.lines.join('\n')}\n`],
        [AUDIT_FILES.diff, diff],
    ];
    if (prBody !== undefined)
        files.push([AUDIT_FILES.prBody, prBody]);
    const paths = [];
    for (const [name, content] of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content, 'utf8');
        paths.push(path);
    }
    return { files: paths, finalHash: chained.head.finalHash };
}
/**
 * Reads a bundle written by `writeAuditBundle`; throws with the file and the problem when it is not one.
 * It does not check the hash chain: `verifyAudit` does.
 */
async function readAuditBundle(dir) {
    const runPath = join(dir, AUDIT_FILES.run);
    const text = await readIfPresent(runPath);
    if (text === undefined)
        throw new Error(`${runPath} not found: is ${dir} an Autopilot audit bundle?`);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${runPath} is not valid JSON (${error.message})`, { cause: error });
    }
    const run = AuditRunSchema.safeParse(parsed);
    if (!run.success)
        throw new Error(`${runPath} does not match the audit schema: ${z.prettifyError(run.error)}`);
    const eventsText = (await readIfPresent(join(dir, AUDIT_FILES.events))) ?? '';
    const events = eventsText
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => {
        let json;
        try {
            json = JSON.parse(line);
        }
        catch (error) {
            throw new Error(`${AUDIT_FILES.events} line ${index + 1} is not valid JSON`, { cause: error });
        }
        const event = RunEventSchema.safeParse(json);
        if (!event.success) {
            throw new Error(`${AUDIT_FILES.events} line ${index + 1}: ${z.prettifyError(event.error)}`);
        }
        return event.data;
    })
        .filter((event, index, all) => !(index === all.length - 1 && event.stage === SEAL_STAGE && event.message === SEAL_MESSAGE));
    return {
        run: run.data,
        events,
        diff: (await readIfPresent(join(dir, AUDIT_FILES.diff))) ?? '',
        prBody: await readIfPresent(join(dir, AUDIT_FILES.prBody)),
    };
}


/***/ }),

/***/ 23476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ chainLines),
/* harmony export */   Eh: () => (/* binding */ analyzeChain),
/* harmony export */   Pe: () => (/* binding */ withoutKeys),
/* harmony export */   Tg: () => (/* binding */ ChainHeadSchema),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony exports CHAIN_ALGORITHM, genesisHash, ChainFieldsSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);


/**
 * The hash chain over `events.jsonl`. Each record carries `seq` (its position), `prev` (sha256 of the
 * previous record's exact line; the first record uses the run's genesis hash) and `hash` (sha256 of its
 * canonical JSON without `hash`). `run.json` carries the count and the sha256 of the last line, so an edit,
 * a deletion, an insertion or a reordering shows up as a broken link, a seq gap or a wrong head.
 *
 * A chain only proves that the bundle is the one whose head hash you trust: someone who rewrites every
 * record and `run.json` makes a new consistent chain. Compare the head with the one the run printed in its
 * job log (`--expect`), which the artifact's readers cannot change.
 */
const CHAIN_ALGORITHM = 'sha256-chain-v1';
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The `prev` of the first record: ties the chain to one run, so records cannot be moved between runs. */
function genesisHash(runId) {
    return sha256Hex(`autopilot-audit-genesis:${CHAIN_ALGORITHM}:${runId}`);
}
/** JSON with object keys sorted at every level, so a hash does not depend on key order. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort())
        sorted[key] = sortKeys(value[key]);
    return sorted;
}
/** Serialises JSON-safe event objects as chained lines, in order. */
function chainLines(runId, events) {
    const lines = [];
    let prev = genesisHash(runId);
    events.forEach((event, seq) => {
        const unsigned = { ...withoutKeys(event, ['hash', 'prev', 'seq']), seq, prev };
        const line = JSON.stringify({ ...unsigned, hash: sha256Hex(canonicalJson(unsigned)) });
        lines.push(line);
        prev = sha256Hex(line);
    });
    return { lines, head: { algorithm: CHAIN_ALGORITHM, records: lines.length, finalHash: prev } };
}
/** A shallow copy without the named keys. */
function withoutKeys(value, keys) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
const hex64 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const ChainFieldsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    seq: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    prev: hex64,
    hash: hex64,
});
const ChainHeadSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    algorithm: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(CHAIN_ALGORITHM),
    records: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    finalHash: hex64,
});
/**
 * Checks chained lines against the run id and the head `run.json` recorded. Problems are classified by
 * what explains them best: a record whose own hash fails was edited; a missing seq was deleted (at the end:
 * truncated); a duplicate or out-of-range seq, or a line without chain fields, was inserted; records out of
 * seq order were reordered; a link that breaks between consecutive records means the earlier one was
 * rewritten with a fresh hash.
 */
function analyzeChain(text, runId, head) {
    const problems = [];
    const records = [];
    text.split('\n').forEach((raw, index) => {
        if (raw.trim() === '')
            return;
        const line = index + 1;
        let json;
        try {
            json = JSON.parse(raw);
        }
        catch {
            problems.push({ line, kind: 'malformed', message: `line ${line} is not JSON` });
            return;
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json)) {
            problems.push({ line, kind: 'malformed', message: `line ${line} is not a JSON object` });
            return;
        }
        const fields = ChainFieldsSchema.safeParse(json);
        if (!fields.success) {
            problems.push({
                line,
                kind: 'inserted',
                message: `line ${line} has no valid seq/prev/hash: it was not written by the run`,
            });
            return;
        }
        const { hash } = fields.data;
        const unsigned = withoutKeys(fields.data, ['hash']);
        records.push({
            line,
            text: raw,
            lineHash: sha256Hex(raw),
            seq: fields.data.seq,
            prev: fields.data.prev,
            selfOk: sha256Hex(canonicalJson(unsigned)) === hash,
            object: fields.data,
        });
    });
    for (const record of records.filter((r) => !r.selfOk)) {
        problems.push({
            line: record.line,
            kind: 'edited',
            message: `line ${record.line} (record #${record.seq}) was changed after it was written: its content no longer matches its hash`,
        });
    }
    const referenced = new Set(records.map((record) => record.prev));
    if (head)
        referenced.add(head.finalHash);
    const kept = dropInserted(records, head, referenced, problems);
    const ordered = reportReordered(kept, problems);
    checkLinks(ordered, runId, problems);
    if (head)
        checkHead(ordered, head, problems);
    else {
        problems.push({
            line: 0,
            file: 'run.json',
            kind: 'malformed',
            message: 'run.json has no `audit` head (records and final hash): the bundle predates the hash chain or the head was removed',
        });
    }
    problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line);
    return { problems, records: records.length, chain: ordered.map((record) => record.object) };
}
/** Records past the recorded count, or a second record claiming a seq another authentic record holds. */
function dropInserted(records, head, referenced, problems) {
    const bySeq = new Map();
    for (const record of records)
        bySeq.set(record.seq, [...(bySeq.get(record.seq) ?? []), record]);
    const inserted = new Set();
    for (const group of bySeq.values()) {
        if (group.length < 2)
            continue;
        // The authentic one is linked to by its successor (or is the head); prefer the earliest line otherwise.
        const authentic = group.find((record) => referenced.has(record.lineHash) && record.selfOk) ?? group[0];
        for (const record of group)
            if (record !== authentic)
                inserted.add(record);
    }
    if (head) {
        for (const record of records)
            if (record.seq >= head.records)
                inserted.add(record);
    }
    for (const record of inserted) {
        problems.push({
            line: record.line,
            kind: 'inserted',
            message: `line ${record.line} claims record #${record.seq}, which ${head && record.seq >= head.records ? `is past the ${head.records} records run.json counts` : 'another record holds'}: it was added after the run`,
        });
    }
    return records.filter((record) => !inserted.has(record));
}
/** Lines outside the longest run of increasing seq were moved; returns the records in seq order. */
function reportReordered(records, problems) {
    const inOrder = new Set(longestIncreasing(records));
    const sorted = [...records].sort((a, b) => a.seq - b.seq);
    for (const record of records) {
        if (inOrder.has(record))
            continue;
        const index = sorted.indexOf(record);
        const before = sorted[index - 1];
        const place = before ? `after line ${before.line} (record #${before.seq})` : 'at the start';
        problems.push({
            line: record.line,
            kind: 'reordered',
            message: `line ${record.line} (record #${record.seq}) was moved: it belongs ${place}`,
        });
    }
    return sorted;
}
/** Patience sorting: the longest subsequence of records whose seq increases, in O(n log n). */
function longestIncreasing(records) {
    const tails = [];
    const parent = [];
    records.forEach((record, index) => {
        let low = 0;
        let high = tails.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (records[tails[mid]].seq < record.seq)
                low = mid + 1;
            else
                high = mid;
        }
        parent[index] = low > 0 ? tails[low - 1] : -1;
        tails[low] = index;
    });
    const result = [];
    for (let index = tails.at(-1) ?? -1; index >= 0; index = parent[index])
        result.unshift(records[index]);
    return result;
}
function checkLinks(records, runId, problems) {
    const genesis = genesisHash(runId);
    records.forEach((record, index) => {
        const before = records[index - 1];
        const expectedSeq = before ? before.seq + 1 : 0;
        if (record.seq > expectedSeq) {
            const missing = record.seq - expectedSeq === 1 ? `#${expectedSeq}` : `#${expectedSeq}–#${record.seq - 1}`;
            problems.push({
                line: record.line,
                kind: 'deleted',
                message: `record(s) ${missing} are missing before line ${record.line}: they were deleted`,
            });
            return;
        }
        const expectedPrev = before ? before.lineHash : genesis;
        if (record.prev === expectedPrev)
            return;
        if (!before) {
            problems.push({
                line: record.line,
                kind: 'edited',
                message: `line ${record.line} (record #0) does not start a chain for run ${runId}: it was edited or comes from another run`,
            });
            return;
        }
        // A record that fails its own hash already explains the broken link after it.
        if (!before.selfOk)
            return;
        problems.push({
            line: before.line,
            kind: 'edited',
            message: `line ${before.line} (record #${before.seq}) was rewritten with a fresh hash: record #${record.seq} (line ${record.line}) no longer links to it`,
        });
    });
}
function checkHead(records, head, problems) {
    const last = records.at(-1);
    const lastSeq = last ? last.seq : -1;
    if (lastSeq < head.records - 1) {
        const from = lastSeq + 1;
        const missing = head.records - 1 === from ? `#${from}` : `#${from}–#${head.records - 1}`;
        problems.push({
            line: last ? last.line : 0,
            kind: 'truncated',
            message: `events.jsonl ends early: run.json counts ${head.records} records; record(s) ${missing} at the end are missing`,
        });
        return;
    }
    const finalHash = last ? last.lineHash : undefined;
    if (finalHash === head.finalHash || (last === undefined && head.records === 0))
        return;
    if (last && !last.selfOk)
        return;
    if (last && problems.some((problem) => problem.kind === 'edited' && problem.line === last.line))
        return;
    problems.push({
        line: 0,
        file: 'run.json',
        kind: 'final-hash-mismatch',
        message: `run.json's final hash ${head.finalHash.slice(0, 12)}… does not match the last record${last ? ` (line ${last.line})` : ''}: run.json or the last record was changed`,
    });
}


/***/ }),

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

/***/ 85247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readIfPresent)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A text file's contents, or undefined when there is no such file (nothing there, a file where a folder
 * was expected on the way, or a folder); any other error is thrown.
 */
async function readIfPresent(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 48932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ PREFIXED_SHAPES),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Z8: () => (/* binding */ TOKEN_SHAPES),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/* unused harmony exports REDACTED, redactedErrorMessage */
/* harmony import */ var _secret_encodings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38786);

const REDACTED = '***';
/** Shorter values are too likely to occur by chance (`true`, `main`) to be replaced everywhere. */
const MIN_SECRET_LENGTH = 4;
/** Token shapes that are secret whoever registered them. */
const TOKEN_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{16,}/g,
    /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
    /\bsk-ant-[A-Za-z0-9_-]{8,}/g,
    /\bxox[bapre]-[A-Za-z0-9-]{8,}/g,
];
/** Shapes whose secret part follows a prefix that stays readable. */
const PREFIXED_SHAPES = [
    // Authorization headers, also as JSON (`"authorization": "Bearer …"`) or curl arguments.
    /(authorization["']?\s*[:=]\s*["']?\s*(?:bearer|basic|token)\s+)[^\s"',;]+/gi,
    // Credentials in URLs: https://x-access-token:TOKEN@github.com, https://user:pass@host.
    /(x-access-token:)[^@\s"'<>]+(?=@)/gi,
    /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"'<>]+:)[^@\s/"'<>]+(?=@)/gi,
];
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function createRedactor(secrets) {
    const literals = [
        ...new Set(secrets.flatMap((secret) => (secret && secret.trim() ? (0,_secret_encodings_js__WEBPACK_IMPORTED_MODULE_0__/* .secretEncodings */ .h)(secret) : []))),
    ].filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is replaced whole.
    literals.sort((a, b) => b.length - a.length);
    // Without case, as the guard's secret scan: an upper-cased or other-case hex form is still the value.
    const registered = literals.length > 0 ? new RegExp(literals.map(escapeRegExp).join('|'), 'gi') : undefined;
    return (text) => {
        let result = registered ? text.replace(registered, REDACTED) : text;
        for (const shape of TOKEN_SHAPES)
            result = result.replace(shape, REDACTED);
        for (const shape of PREFIXED_SHAPES)
            result = result.replace(shape, `$1${REDACTED}`);
        return result;
    };
}
/** Redacts every string (keys included) in a JSON-safe value; other values pass through unchanged. */
function redactDeep(value, redactor) {
    return walk(value, redactor);
}
function walk(value, redactor) {
    if (typeof value === 'string')
        return redactor(value);
    if (Array.isArray(value))
        return value.map((item) => walk(item, redactor));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value))
            out[redactor(key)] = walk(item, redactor);
        return out;
    }
    return value;
}
/** The message of anything thrown, redacted, for logs, `setFailed` and comments. */
function redactedErrorMessage(error, redactor) {
    const message = error instanceof Error ? error.message : String(error);
    return redactor(message);
}


/***/ }),

/***/ 38786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ secretEncodings)
/* harmony export */ });
/**
 * The forms a secret value takes once something has encoded it, so the redactor and the guard's secret scan
 * find it in those forms too: as is, JSON-escaped, URL-encoded (`encodeURIComponent`, form encoding and
 * every byte percent-encoded, either hex case), base64 and base64url at each of the three alignments, hex
 * in either case, and reversed. Encryption, compression, other encodings and a value assembled from pieces
 * at run time are out of reach (docs/security.md).
 */
function secretEncodings(secret) {
    const value = secret.trim();
    if (!value)
        return [];
    const bytes = Buffer.from(value, 'utf8');
    const hex = bytes.toString('hex');
    const percent = hex.replace(/../g, '%$&');
    return [
        ...new Set([
            value,
            JSON.stringify(value).slice(1, -1),
            encodeURIComponent(value),
            encodeURIComponent(value).replace(/%20/g, '+'),
            percent,
            percent.toUpperCase(),
            ...base64Aligned(bytes, 'base64'),
            ...base64Aligned(bytes, 'base64url'),
            hex,
            hex.toUpperCase(),
            [...value].reverse().join(''),
        ]),
    ];
}
/**
 * Base64 of `bytes` wherever they sit in a larger encoded string: with 0, 1 or 2 bytes before them, the
 * characters that depend only on `bytes` (each character carries 6 bits; those mixing in a neighbour's bits
 * are left off at both ends).
 */
function base64Aligned(bytes, encoding) {
    const forms = [];
    for (let prefix = 0; prefix < 3; prefix++) {
        const encoded = Buffer.concat([Buffer.alloc(prefix), bytes]).toString(encoding);
        const start = Math.ceil((prefix * 8) / 6);
        const end = Math.floor(((prefix + bytes.length) * 8) / 6);
        if (end > start)
            forms.push(encoded.slice(start, end));
    }
    return forms;
}


/***/ })

};
