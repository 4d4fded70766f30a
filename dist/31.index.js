export const id = 31;
export const ids = [31];
export const modules = {

/***/ 82348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ readManifestGraph),
/* harmony export */   Lc: () => (/* binding */ withUsageErrors),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eP: () => (/* binding */ requireFlag),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
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
        errors.write(`autopilot: ${error.message}\n`);
        return 2;
    }
}


/***/ }),

/***/ 80805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONTEXT_USAGE: () => (/* binding */ CONTEXT_USAGE),
/* harmony export */   runContextCommand: () => (/* binding */ runContextCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _context_select_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50954);
/* harmony import */ var _tickets_file_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53597);
/* harmony import */ var _tickets_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45107);
/* harmony import */ var _tickets_ticket_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71653);
/* harmony import */ var _command_io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82348);






const CONTEXT_USAGE = `Usage: autopilot context --manifest <manifest.json> --ticket <file.md|file.json> [--budget <tokens>]
                         [--depth <steps>] [--project <dir>] [--json]
  Shows what the agent would be given for the ticket: the ranked models with the reasons, then the text.
  --budget defaults to ${_context_select_context_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONTEXT_BUDGET */ .O} tokens, --depth to 1; --project (for SQL files) defaults to
  the folder above target/. Exit codes: 0 shown, 2 usage or input error.`;
/** `autopilot context`: the context selection for a ticket file against a manifest, and why. */
async function runContextCommand(args, out, errors = process.stderr) {
    return (0,_command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .withUsageErrors */ .Lc)(errors, async () => {
        const flags = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(args, {
            manifest: { type: 'string' },
            ticket: { type: 'string' },
            budget: { type: 'string' },
            depth: { type: 'string' },
            project: { type: 'string' },
            json: { type: 'boolean', default: false },
        }, CONTEXT_USAGE);
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
}
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

/***/ 80127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oj: () => (/* binding */ layerRulesOf),
/* harmony export */   ot: () => (/* binding */ projectLayers),
/* harmony export */   tL: () => (/* binding */ LayerConfigSchema),
/* harmony export */   zg: () => (/* binding */ Layers)
/* harmony export */ });
/* unused harmony export DEFAULT_LAYER_RULES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2503);
/* harmony import */ var _shared_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55403);


/** One entry of `layers:` in configuration (the policy file and the `layers` input); the first match wins. */
const LayerConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'must name the layer, e.g. gold'),
    paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
})
    .refine((rule) => (rule.paths?.length ?? 0) + (rule.tags?.length ?? 0) > 0, {
    message: 'needs at least one of `paths` (globs over project files, e.g. models/marts/**) or `tags`',
});
function layerRulesOf(config) {
    return config.map(({ name, paths, tags }) => ({ layer: name, paths, tags }));
}
/** dbt's own convention when nothing is configured. */
const DEFAULT_LAYER_RULES = [
    { layer: 'staging', paths: ['**/staging/**'] },
    { layer: 'intermediate', paths: ['**/intermediate/**'] },
    { layer: 'marts', paths: ['**/marts/**'] },
];
/**
 * The project's layers: the policy's `layers:` (governance wins, and may be locked by an organisation),
 * else the `layers` input, else dbt's folder convention.
 */
function projectLayers(policyLayers, inputRules) {
    if (policyLayers)
        return new Layers(layerRulesOf(policyLayers));
    return new Layers(inputRules ?? DEFAULT_LAYER_RULES);
}
/** Rules compiled once; `layerOf` is then a few matches per node. */
class Layers {
    compiled;
    constructor(rules = DEFAULT_LAYER_RULES) {
        this.compiled = rules.map((rule) => ({
            layer: rule.layer,
            paths: (0,_shared_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(rule.paths ?? []),
            tags: new Set(rule.tags ?? []),
        }));
    }
    /** The first rule's layer that matches the node's file or tags; undefined when none does. */
    layerOf(node) {
        for (const rule of this.compiled) {
            if (rule.paths(node.file))
                return rule.layer;
            if (rule.tags.size > 0 && node.tags.some((tag) => rule.tags.has(tag)))
                return rule.layer;
        }
        return undefined;
    }
    /** Layer of every model, seed, snapshot and source in the graph that has one. */
    assign(graph) {
        const layers = new Map();
        for (const node of graph.nodes.values()) {
            const layer = this.layerOf(node);
            if (layer !== undefined)
                layers.set(node.id, layer);
        }
        return layers;
    }
}


/***/ }),

/***/ 76021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ AutopilotError)
/* harmony export */ });
/**
 * Every error a run can end in carries the status it ends with, so a new kind of error cannot fall
 * through to `failed:internal`. The message is for the user: it says what happened and what to do.
 */
class AutopilotError extends Error {
    runStatus;
    constructor(runStatus, message, options) {
        super(message, options);
        this.runStatus = runStatus;
        this.name = new.target.name;
    }
}


/***/ }),

/***/ 55403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ globMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The options of Autopilot's one glob dialect, fixed here so every caller matches alike: dot files and
 * folders match like any other, a leading `!` is a literal character (lists name what matches, they have
 * no exceptions), and paths are `/`-separated on every platform.
 */
const PICOMATCH_OPTIONS = { dot: true, nonegate: true, windows: false };
/**
 * The one glob dialect of layers' `paths`, the guard's `allowed_paths`/`denied_paths` and the agent's list
 * and search patterns (documented in docs/policy.md, "Path patterns"):
 * - picomatch syntax: `*` and `?` stay within a folder, `**` spans any number of folders (none included),
 *   `[a-z]` a character range, `{a,b}` alternatives;
 * - a pattern without any `/` matches a name at any depth: `*.yml` any YAML file, `profiles.yml` that file
 *   in any folder, `staging` a file or folder of that name with all it holds;
 * - any other pattern is anchored at the dbt project root (a leading `/` or `./` changes nothing):
 *   `models/*.sql` is the SQL directly in `models`, `/README.md` the root's README only;
 * - a trailing `/` names a folder and matches everything under it: `models/` is `models/**` without
 *   `models` itself (to name folders at any depth, start the pattern with `**` and a `/`);
 * - `\` escapes the next character (`\*` is a literal star); paths may use `\` between folders.
 * A path matches a list when it matches any pattern of it; an empty list matches nothing.
 */
function globMatcher(patterns, options = {}) {
    const globs = (typeof patterns === 'string' ? [patterns] : patterns).flatMap(expand);
    if (globs.length === 0)
        return () => false;
    const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { ...PICOMATCH_OPTIONS, nocase: options.caseInsensitive === true });
    return (path) => match(normalize(path));
}
// A backslash in a pattern escapes the next character, as in picomatch; only paths have it turned into `/`.
function expand(pattern) {
    const trimmed = pattern.replace(/^(?:\.\/)+/, '');
    const folder = trimmed.endsWith('/');
    const anyDepth = !trimmed.includes('/');
    const rooted = trimmed.replace(/^\/+/, '').replace(/\/+$/, '');
    if (rooted === '')
        return [];
    const anchored = anyDepth ? `**/${rooted}` : rooted;
    const inside = `${anchored}/**/*`;
    if (folder)
        return [inside];
    return anyDepth ? [anchored, inside] : [anchored];
}
function normalize(path) {
    return path.replaceAll('\\', '/').replace(/^(?:\.?\/)+/, '');
}


/***/ })

};
