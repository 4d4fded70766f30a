export const id = 355;
export const ids = [355];
export const modules = {

/***/ 52676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ DbtError)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);

/**
 * dbt or its tooling could not do its part: dbt missing, the project unreadable, the base unparseable,
 * sqlfluff missing. The message says what to change. Failed builds are not errors: they are Validations.
 */
class DbtError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    constructor(message, options) {
        super('failed:dbt', message, options);
    }
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

/***/ 31977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ loadManifestGraph),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports GRAPH_COLLECTIONS, ManifestGraph, manifestGraphOf */
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99816);

/** Top-level manifest collections read as graph nodes, in the order dbt lists them in `parent_map`. */
const GRAPH_COLLECTIONS = [
    'nodes',
    'sources',
    'exposures',
    'metrics',
    'semantic_models',
    'saved_queries',
    'unit_tests',
];
const NONE = Object.freeze([]);
const EMPTY = Object.freeze({});
class ManifestGraph {
    schemaVersion;
    projectName;
    nodes;
    parents;
    children;
    groups;
    disabled;
    otherEntries;
    // Each index is built on its first lookup, alone: impact analysis needs none, context only the tests.
    namesIndex;
    filesIndex;
    testsIndex;
    macroIndex;
    constructor(schemaVersion, projectName, nodes, parents, children, groups, 
    /** unique_ids that exist in the project but are disabled (`enabled: false`). */
    disabled, 
    /** The manifest's other entries that come from files (`macros`, `docs`, `disabled`, `groups`), unread. */
    otherEntries = EMPTY) {
        this.schemaVersion = schemaVersion;
        this.projectName = projectName;
        this.nodes = nodes;
        this.parents = parents;
        this.children = children;
        this.groups = groups;
        this.disabled = disabled;
        this.otherEntries = otherEntries;
    }
    definedIndex;
    /**
     * True when dbt read something from the package-relative file: a node, source, test or unit test, a
     * properties YAML patching one, a macro, a docs block, a group or a disabled node.
     */
    definesFile(packageName, file) {
        if (!this.definedIndex) {
            const index = new Set();
            const add = (pkg, path) => {
                if (typeof pkg === 'string' && typeof path === 'string')
                    index.add(`${pkg}\0${path.replace(/^[^/]*:\/\//, '')}`);
            };
            for (const node of this.nodes.values()) {
                add(node.packageName, node.file);
                add(node.packageName, node.patchFile);
            }
            for (const collection of ['macros', 'docs', 'groups', 'disabled']) {
                const entries = this.otherEntries[collection];
                if (!isRecord(entries))
                    continue;
                for (const id in entries) {
                    const value = entries[id];
                    // `disabled` maps each unique_id to a list of entries.
                    for (const entry of Array.isArray(value) ? value : [value]) {
                        if (!isRecord(entry))
                            continue;
                        add(entry.package_name, entry.original_file_path);
                        add(entry.package_name, entry.patch_path);
                    }
                }
            }
            this.definedIndex = index;
        }
        return this.definedIndex.has(`${packageName}\0${file}`);
    }
    /** Every macro of the manifest (the project's, its packages' and dbt's own), by unique_id. */
    get macros() {
        if (this.macroIndex)
            return this.macroIndex;
        const index = new Map();
        const entries = isRecord(this.otherEntries.macros) ? this.otherEntries.macros : EMPTY;
        for (const id in entries) {
            const entry = entries[id];
            if (!isRecord(entry))
                continue;
            index.set(id, {
                id,
                name: str(entry.name) ?? id,
                packageName: str(entry.package_name) ?? '',
                sql: str(entry.macro_sql) ?? '',
                dependsOn: isRecord(entry.depends_on) ? stringList(entry.depends_on.macros) : NONE,
            });
        }
        return (this.macroIndex = index);
    }
    get(id) {
        return this.nodes.get(id);
    }
    /** Nodes named `name` (a model, its semantic model and its versions can share one), optionally of a kind. */
    byName(name, kind) {
        const found = this.names().get(name) ?? [];
        return kind === undefined ? found : found.filter((node) => node.kind === kind);
    }
    /** Every node of one kind (`model`, `seed`, …), in manifest order. */
    byKind(kind) {
        return [...this.nodes.values()].filter((node) => node.kind === kind);
    }
    /** Nodes defined or documented by a project-relative file. */
    byFile(file) {
        return this.files().get(file.replaceAll('\\', '/').replace(/^\.\//, '')) ?? [];
    }
    parentsOf(id) {
        return edgeList(this.parents, id);
    }
    childrenOf(id) {
        return edgeList(this.children, id);
    }
    /**
     * Breadth-first from `start` along one direction: the ids met at distance 1, 2, … `depth`. A node `follow`
     * refuses is neither listed nor walked through.
     */
    lineage(start, depth, direction, follow) {
        const levels = [];
        const seen = new Set([start]);
        let frontier = [start];
        while (levels.length < depth && frontier.length > 0) {
            const next = [];
            for (const id of frontier) {
                for (const neighbour of direction === 'parents' ? this.parentsOf(id) : this.childrenOf(id)) {
                    if (seen.has(neighbour))
                        continue;
                    seen.add(neighbour);
                    if (follow(neighbour))
                        next.push(neighbour);
                }
            }
            if (next.length > 0)
                levels.push(next);
            frontier = next;
        }
        return levels;
    }
    /** Data tests and unit tests that read the node (a relationships test counts for both its models). */
    testsOf(id) {
        return this.tests().get(id) ?? NONE;
    }
    /** Owner of a group named in a node's config, from the manifest's `groups`. */
    group(name) {
        return this.groups.get(name);
    }
    names() {
        if (this.namesIndex)
            return this.namesIndex;
        const index = new Map();
        for (const node of this.nodes.values())
            push(index, node.name, node);
        return (this.namesIndex = index);
    }
    files() {
        if (this.filesIndex)
            return this.filesIndex;
        const index = new Map();
        for (const node of this.nodes.values()) {
            push(index, node.file, node);
            if (node.patchFile !== undefined && node.patchFile !== node.file)
                push(index, node.patchFile, node);
        }
        return (this.filesIndex = index);
    }
    tests() {
        if (this.testsIndex)
            return this.testsIndex;
        const index = new Map();
        for (const node of this.nodes.values()) {
            if (node.kind !== 'test' && node.kind !== 'unit_test')
                continue;
            for (const parent of this.parentsOf(node.id)) {
                if (!parent.startsWith('test.') && !parent.startsWith('unit_test.'))
                    push(index, parent, node.id);
            }
        }
        return (this.testsIndex = index);
    }
}
function edgeList(lists, id) {
    // `instanceof Map` narrows to Map<any, any>; the union says what it holds.
    if (lists instanceof Map)
        return lists.get(id) ?? NONE;
    const list = Object.hasOwn(lists, id) ? lists[id] : undefined;
    return stringList(list);
}
/** Reads manifest.json text (schema v10–v12) into a graph. Errors say how to regenerate the manifest. */
function loadManifestGraph(text, source = 'manifest.json') {
    const { schemaVersion, json } = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifestJson */ .vW)(text, source);
    return buildGraph(json, schemaVersion);
}
/** Builds the graph from an already parsed manifest object (its schema version is checked). */
function manifestGraphOf(json, source = 'manifest.json') {
    const checked = checkManifestEnvelope(json, source);
    return buildGraph(checked.json, checked.schemaVersion);
}
function buildGraph(json, schemaVersion) {
    const nodes = new Map();
    for (const collection of GRAPH_COLLECTIONS) {
        const entries = json[collection];
        if (!isRecord(entries))
            continue;
        for (const id in entries) {
            const node = readNode(id, entries[id]);
            if (node)
                nodes.set(id, node);
        }
    }
    const { parents, children } = edgesOf(json, nodes);
    const metadata = isRecord(json.metadata) ? json.metadata : EMPTY;
    return new ManifestGraph(schemaVersion, str(metadata.project_name), nodes, parents, children, groupsOf(json.groups), disabledOf(json.disabled), { macros: json.macros, docs: json.docs, groups: json.groups, disabled: json.disabled });
}
function readNode(id, value) {
    return isRecord(value) ? new ManifestEntry(id, value) : undefined;
}
/** A node read from its manifest entry; columns and constraints are read when first asked for. */
class ManifestEntry {
    id;
    raw;
    kind;
    name;
    packageName;
    file;
    patchFile;
    description;
    tags;
    meta;
    config;
    checksum;
    materialized;
    access;
    group;
    contractEnforced;
    version;
    latestVersion;
    columnDefs;
    constraintDefs;
    constructor(id, raw) {
        this.id = id;
        this.raw = raw;
        const config = isRecord(raw.config) ? raw.config : EMPTY;
        const contract = isRecord(raw.contract)
            ? raw.contract
            : isRecord(config.contract)
                ? config.contract
                : EMPTY;
        const checksum = isRecord(raw.checksum) ? str(raw.checksum.checksum) : undefined;
        const patchPath = str(raw.patch_path);
        this.kind = str(raw.resource_type) ?? id.slice(0, id.indexOf('.'));
        this.name = str(raw.name) ?? id;
        this.packageName = str(raw.package_name) ?? '';
        this.file = str(raw.original_file_path) ?? '';
        if (patchPath)
            this.patchFile = patchPath.replace(/^[^/]*:\/\//, '');
        this.description = str(raw.description) ?? '';
        this.tags = stringList(raw.tags ?? config.tags);
        this.meta = isRecord(raw.meta) ? raw.meta : isRecord(config.meta) ? config.meta : EMPTY;
        this.config = config;
        if (checksum)
            this.checksum = checksum;
        this.materialized = str(config.materialized);
        this.access = str(raw.access) ?? str(config.access);
        this.group = str(raw.group) ?? str(config.group);
        this.contractEnforced = contract.enforced === true;
        this.version = versionOf(raw.version);
        this.latestVersion = versionOf(raw.latest_version);
    }
    get columns() {
        return (this.columnDefs ??= columnsOf(this.raw.columns));
    }
    get constraints() {
        return (this.constraintDefs ??= constraintsOf(this.raw.constraints));
    }
    /** Without `raw`: a node in a log or the audit bundle should not drag its whole manifest entry along. */
    toJSON() {
        return {
            id: this.id,
            kind: this.kind,
            name: this.name,
            packageName: this.packageName,
            file: this.file,
            patchFile: this.patchFile,
            description: this.description,
            tags: this.tags,
            meta: this.meta,
            config: this.config,
            checksum: this.checksum,
            materialized: this.materialized,
            access: this.access,
            group: this.group,
            contractEnforced: this.contractEnforced,
            version: this.version,
            latestVersion: this.latestVersion,
            columns: this.columns,
            constraints: this.constraints,
        };
    }
}
function columnsOf(value) {
    if (!isRecord(value))
        return NONE;
    const columns = [];
    for (const key in value) {
        const column = value[key];
        if (!isRecord(column))
            continue;
        columns.push({
            name: str(column.name) ?? key,
            dataType: str(column.data_type),
            constraints: constraintsOf(column.constraints),
        });
    }
    return columns;
}
function constraintsOf(value) {
    if (!Array.isArray(value) || value.length === 0)
        return NONE;
    const constraints = [];
    for (const item of value) {
        if (!isRecord(item))
            continue;
        const type = str(item.type);
        if (type)
            constraints.push({ type, name: str(item.name), expression: str(item.expression) });
    }
    return constraints;
}
/**
 * Edges from `parent_map`/`child_map` when dbt wrote them (looked up in place, not copied), else from each
 * node's `depends_on.nodes`.
 */
function edgesOf(json, nodes) {
    if (isRecord(json.parent_map) && isRecord(json.child_map)) {
        return { parents: json.parent_map, children: json.child_map };
    }
    const parents = new Map();
    for (const node of nodes.values()) {
        const dependsOn = isRecord(node.raw.depends_on) ? stringList(node.raw.depends_on.nodes) : NONE;
        if (dependsOn.length > 0)
            parents.set(node.id, dependsOn);
    }
    const children = new Map();
    for (const [child, list] of parents)
        for (const parent of list)
            push(children, parent, child);
    return { parents, children };
}
function groupsOf(value) {
    const groups = new Map();
    if (!isRecord(value))
        return groups;
    for (const key in value) {
        const group = value[key];
        if (!isRecord(group))
            continue;
        const name = str(group.name) ?? key;
        const owner = isRecord(group.owner) ? group.owner : EMPTY;
        groups.set(name, { name, ownerName: str(owner.name), ownerEmail: str(owner.email) });
    }
    return groups;
}
function disabledOf(value) {
    return new Set(isRecord(value) ? Object.keys(value) : []);
}
function versionOf(value) {
    if (typeof value === 'number')
        return String(value);
    return str(value);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function stringList(value) {
    if (!Array.isArray(value) || value.length === 0)
        return NONE;
    const items = value;
    for (const item of items)
        if (typeof item !== 'string')
            return items.filter((x) => typeof x === 'string');
    return items;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
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

/***/ 99816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ changedModels),
/* harmony export */   OD: () => (/* binding */ fileOfNode),
/* harmony export */   Ru: () => (/* binding */ modelsForFiles),
/* harmony export */   S$: () => (/* binding */ checkManifestEnvelope),
/* harmony export */   vW: () => (/* binding */ parseManifestJson)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52676);


const SUPPORTED_VERSIONS = [10, 11, 12];
/**
 * Parses manifest.json text and checks only its schema version, so callers that read a few fields of
 * every node (the manifest graph) need not pay for validating all of them.
 */
function parseManifestJson(text, source = 'manifest.json') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`${source} is not JSON (${error.message})`, { cause: error });
    }
    return checkManifestEnvelope(json, source);
}
/** Checks an already parsed manifest's schema version (v10–v12). */
function checkManifestEnvelope(json, source = 'manifest.json') {
    const version = schemaVersionOf(json);
    if (version === undefined || !SUPPORTED_VERSIONS.includes(version)) {
        const found = version === undefined ? 'no manifest schema version' : `manifest schema v${version}`;
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`${source} has ${found}; Autopilot reads v10–v12 (dbt 1.6–1.13). Regenerate it with a supported dbt version (\`dbt parse\`).`);
    }
    return { schemaVersion: version, json: json };
}
const EnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ dbt_schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }) });
function schemaVersionOf(json) {
    const parsed = EnvelopeSchema.safeParse(json);
    if (!parsed.success)
        return undefined;
    const match = /\/manifest\/v(\d+)\.json$/.exec(parsed.data.metadata.dbt_schema_version);
    return match ? Number(match[1]) : undefined;
}
function packagesMap(packages) {
    return typeof packages === 'string' ? new Map([[packages, '']]) : packages;
}
/** The root-relative file of a node of an editable package, or undefined for installed packages. */
function rootFile(packages, node, file) {
    const prefix = packages.get(node.packageName);
    return prefix === undefined || file === undefined ? undefined : prefix + file;
}
/**
 * Names of the editable packages' models defined or documented by the given files. Nodes of installed
 * packages are skipped: their paths are relative to the package, not the project.
 */
function modelsForFiles(graph, packages, files) {
    const map = packagesMap(packages);
    const wanted = new Set(files.map(normalize));
    const names = new Set();
    for (const node of editableModels(graph, map)) {
        const sql = rootFile(map, node, node.file);
        const yml = rootFile(map, node, node.patchFile);
        if ((sql !== undefined && wanted.has(sql)) || (yml !== undefined && wanted.has(yml)))
            names.add(node.name);
    }
    return [...names].sort();
}
/**
 * Models the changed files touched, comparing the manifests from before and after the edit: a model
 * whose SQL changed, or that was added or removed, or whose entry in a changed properties YAML differs.
 * Without an `after` manifest (dbt could not parse the edit) every model the files mention counts.
 */
function changedModels(before, after, packages, files) {
    if (!after)
        return modelsForFiles(before, packages, files);
    const map = packagesMap(packages);
    const wanted = new Set(files.map(normalize));
    const touched = (node, file) => {
        const rooted = node && rootFile(map, node, file);
        return rooted !== undefined && wanted.has(rooted);
    };
    const names = new Set();
    const beforeModels = new Map(editableModels(before, map).map((node) => [node.id, node]));
    const afterModels = new Map(editableModels(after, map).map((node) => [node.id, node]));
    for (const id of new Set([...beforeModels.keys(), ...afterModels.keys()])) {
        const old = beforeModels.get(id);
        const now = afterModels.get(id);
        const node = (now ?? old);
        const inSql = touched(old, old?.file) || touched(now, now?.file);
        const inYaml = touched(old, old?.patchFile) || touched(now, now?.patchFile);
        if (inSql)
            names.add(node.name);
        else if (inYaml && (!old || !now || yamlProperties(old) !== yamlProperties(now)))
            names.add(node.name);
    }
    return [...names].sort();
}
/** What a properties YAML can set on a model; compared to tell which model of a shared YAML changed. */
function yamlProperties(node) {
    const { description, columns, config } = node.raw;
    return JSON.stringify({ description, columns, config });
}
function editableModels(graph, packages) {
    return [...graph.nodes.values()].filter((node) => node.kind === 'model' && packages.has(node.packageName));
}
/** The file of a node of an editable package (relative to the changed files' root), for annotations and repairs. */
function fileOfNode(graph, packages, uniqueId) {
    const node = graph.get(uniqueId);
    return node && rootFile(packagesMap(packages), node, node.file);
}
function normalize(file) {
    return file.replaceAll('\\', '/').replace(/^\.\//, '');
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


/***/ }),

/***/ 45107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QK: () => (/* binding */ sanitizeTicket),
  Ti: () => (/* binding */ sanitizeUntrustedText)
});

// UNUSED EXPORTS: MAX_INPUT_CHARS

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 45 modules
var lib = __webpack_require__(46855);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 12 modules
var mdast_util_gfm_lib = __webpack_require__(88595);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(52297);
;// CONCATENATED MODULE: ./src/tickets/html-text.ts
/**
 * What a reader sees of a raw HTML block in a ticket: the text between tags. Tags go with their attributes
 * (`title`, `alt`, `data-*` render as nothing), as do comments, declarations (`<!DOCTYPE …>`), processing
 * instructions, CDATA and the content of elements GitHub never shows (`script`, `style`, …). The content of
 * `<details>` stays: it is one click away, so a reader can see it. `<img>` becomes `(image)`.
 *
 * One pass with `indexOf` and sticky expressions that stop at the next angle bracket: linear time.
 */
// Attribute values exclude `<` and `>` so every attempt stops at the next angle bracket.
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>/y;
/** Elements whose content a reader never sees. */
const HIDDEN_CONTENT = new Set([
    'script',
    'style',
    'template',
    'textarea',
    'title',
    'noscript',
    'iframe',
    'xmp',
]);
function htmlVisibleText(html) {
    const out = [];
    let comment = false;
    let image = false;
    let i = 0;
    const lower = html.toLowerCase();
    const skipTo = (terminator, from) => {
        const end = html.indexOf(terminator, from);
        return end < 0 ? html.length : end + terminator.length;
    };
    while (i < html.length) {
        const lt = html.indexOf('<', i);
        if (lt < 0) {
            out.push(html.slice(i));
            break;
        }
        out.push(html.slice(i, lt));
        if (html.startsWith('<!--', lt)) {
            comment = true;
            // `<!-->` and `<!--->` are complete comments (CommonMark 0.31).
            const rest = html.slice(lt + 4, lt + 6);
            i = rest.startsWith('>') ? lt + 5 : rest === '->' ? lt + 6 : skipTo('-->', lt + 4);
            continue;
        }
        if (html.startsWith('<![CDATA[', lt)) {
            i = skipTo(']]>', lt + 9);
            continue;
        }
        if (html[lt + 1] === '!' || html[lt + 1] === '?') {
            i = skipTo('>', lt + 2);
            continue;
        }
        TAG.lastIndex = lt;
        const tag = TAG.exec(html);
        if (!tag) {
            out.push('<');
            i = lt + 1;
            continue;
        }
        const name = (tag[1] ?? '').toLowerCase();
        i = lt + tag[0].length;
        if (name === 'img') {
            image = true;
            out.push(' (image) ');
        }
        else
            out.push(' ');
        if (!tag[0].startsWith('</') && HIDDEN_CONTENT.has(name)) {
            const close = lower.indexOf(`</${name}`, i);
            i = close < 0 ? html.length : skipTo('>', close);
        }
    }
    return { text: out.join(''), comment, image };
}

;// CONCATENATED MODULE: ./src/tickets/invisible.ts
/**
 * Characters that render as nothing: zero-width, joiners, bidi embeddings/overrides/isolates, soft hyphen,
 * invisible operators, fillers, variation selectors and the Unicode "tag" block (used to smuggle ASCII that
 * renders as nothing); and control characters other than newline and tab.
 */
const INVISIBLE = [
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x061c, 0x061c],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180b, 0x180f],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x206f],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
    [0xfff9, 0xfffb],
    [0x1d173, 0x1d17a],
    [0xe0000, 0xe007f],
    [0xe0100, 0xe01ef],
];
function isInvisible(cp) {
    for (const [low, high] of INVISIBLE)
        if (cp >= low && cp <= high)
            return true;
    return false;
}
function isControl(cp) {
    if (cp === 0x0a || cp === 0x09)
        return false;
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff);
}
/** `text` without invisible and control characters; `note` hears which kinds went. */
function stripInvisible(text, note) {
    let out = '';
    let last = 0;
    let index = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        const invisible = isInvisible(cp);
        if (invisible || isControl(cp)) {
            note(invisible ? 'invisible-character' : 'control-character');
            out += text.slice(last, index);
            last = index + ch.length;
        }
        index += ch.length;
    }
    return last === 0 ? text : out + text.slice(last);
}

;// CONCATENATED MODULE: ./src/tickets/sanitize.ts
/**
 * Untrusted text (ticket title, body, fields; trigger comments) before the model sees it, reduced to what a
 * person reading the rendered ticket sees. The markdown is parsed (CommonMark + GFM, as GitHub renders it)
 * and written back from the tree, keeping text, inline code and code blocks, link text (with the URL shown
 * as text), list, heading, quote and table structure. Dropped, because a reader never sees them: raw HTML
 * tags with their attributes, comments, `<!DOCTYPE …>` and other declarations, link reference definitions
 * (their label and title), link titles, image alt text and titles, footnote definitions nothing refers to,
 * a code fence's info string after the language, and invisible or bidirectional-control characters.
 * The text of an HTML block (`<details>`, `<div>`) stays: `<details>` content is one click away.
 *
 * Visible characters that would turn into markup if the output were read as markdown again (`<b`, `&lt;`)
 * are backslash-escaped, so a second pass finds nothing hidden (it may still re-read visible punctuation as
 * structure: a lone `-` as a list item). Never throws; text longer than
 * `MAX_INPUT_CHARS` is cut.
 */





function sanitizeUntrustedText(text) {
    const removed = new Set();
    const note = (kind) => {
        removed.add(kind);
    };
    let input = typeof text === 'string' ? text : '';
    if (input.length > MAX_INPUT_CHARS) {
        input = input.slice(0, MAX_INPUT_CHARS);
        note('truncated');
    }
    const visible = stripInvisible(input.replace(/\r\n?|\u2028|\u2029/g, '\n'), note);
    let out;
    try {
        out = new Renderer(note).document(visible);
    }
    catch {
        // The parser does not throw on any input we know of; if it ever does, no markup reaches the model.
        note('html');
        out = escapeText(visible.replace(/[<>]/g, ' '));
    }
    if (removed.has('truncated'))
        out += `\n\n…(cut at ${MAX_INPUT_CHARS.toLocaleString('en-US')} characters)`;
    return { text: out, removed: [...removed] };
}
/**
 * A ticket with every reporter-written text sanitized: title, body, labels, field names and values.
 * `removed` is the union over all of them, for the run record.
 */
function sanitizeTicket(ticket) {
    const removed = new Set();
    const clean = (text) => {
        const result = sanitizeUntrustedText(text);
        for (const kind of result.removed)
            removed.add(kind);
        return result.text;
    };
    const fields = {};
    for (const [name, value] of Object.entries(ticket.fields))
        fields[clean(name)] = clean(value);
    return {
        ticket: {
            ...ticket,
            title: clean(ticket.title),
            body: clean(ticket.body),
            labels: ticket.labels.map(clean),
            fields,
        },
        removed: [...removed],
    };
}
/**
 * The parser is linear on most input but slows down on deeply nested brackets (`[[[…](](…`); a ticket
 * longer than this is cut (the run record says so) so parsing stays within a second or two.
 */
const MAX_INPUT_CHARS = 50_000;
const MAX_INDENT = 24;
function parse(text) {
    return (0,lib/* fromMarkdown */.Y)(text, { extensions: [(0,micromark_extension_gfm/* gfm */.T)()], mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()] });
}
class Renderer {
    note;
    definitions = new Map();
    footnotes = new Map();
    /** Footnotes in the order first referenced; GitHub numbers them so and shows only these. */
    referenced = [];
    constructor(note) {
        this.note = note;
    }
    document(text) {
        const tree = parse(text);
        this.collect(tree);
        const blocks = this.blocks(tree.children);
        // Rendering a referenced footnote can reference another one: the list grows while we walk it.
        for (let index = 0; index < this.referenced.length; index++) {
            const definition = this.footnotes.get(this.referenced[index] ?? '');
            if (!definition)
                continue;
            const lines = this.blocks(definition.children).join('\n\n').split('\n');
            blocks.push(indentAfterFirst(`[^${index + 1}]: `, lines).join('\n'));
        }
        if (this.footnotes.size > new Set(this.referenced).size)
            this.note('footnote');
        return blocks
            .join('\n\n')
            .split('\n')
            .map((line) => line.trimEnd())
            .join('\n');
    }
    collect(tree) {
        const walk = (node) => {
            if (node.type === 'definition') {
                if (!this.definitions.has(node.identifier))
                    this.definitions.set(node.identifier, node);
                return;
            }
            if (node.type === 'footnoteDefinition') {
                if (!this.footnotes.has(node.identifier))
                    this.footnotes.set(node.identifier, node);
            }
            if ('children' in node)
                for (const child of node.children)
                    walk(child);
        };
        walk(tree);
    }
    blocks(nodes) {
        const out = [];
        for (const node of nodes) {
            const rendered = this.block(node);
            if (rendered !== undefined && rendered.trim() !== '')
                out.push(rendered);
        }
        return out;
    }
    block(node) {
        switch (node.type) {
            case 'paragraph':
                return this.inline(node.children);
            case 'heading':
                return `${'#'.repeat(node.depth)} ${flat(this.inline(node.children))}`;
            case 'thematicBreak':
                return '---';
            case 'blockquote':
                return this.blocks(node.children)
                    .join('\n\n')
                    .split('\n')
                    .map((line) => (line ? `> ${line}` : '>'))
                    .join('\n');
            case 'list':
                return this.list(node);
            case 'code':
                return this.code(node.value, node.lang, node.meta);
            case 'html':
                return this.htmlBlock(node.value);
            case 'table':
                return this.table(node);
            case 'definition':
                this.note('link-definition');
                if (node.title)
                    this.note('link-title');
                return undefined;
            case 'footnoteDefinition':
                return undefined;
            default:
                return this.inline([node]);
        }
    }
    list(list) {
        const items = list.children.map((item, index) => {
            const marker = list.ordered ? `${(list.start ?? 1) + index}.` : '-';
            const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
            const lines = this.blocks(item.children)
                .join(item.spread ? '\n\n' : '\n')
                .split('\n');
            return indentAfterFirst(`${marker} ${box}`, lines).join('\n');
        });
        return items.join(list.spread ? '\n\n' : '\n');
    }
    code(value, lang, meta) {
        // GitHub shows neither the info string nor anything after the language; only a plain language name stays.
        const language = lang && /^[\w+#.-]{1,30}$/.test(lang) ? lang : '';
        if ((lang && !language) || meta)
            this.note('code-info');
        const lines = value.split('\n').map((line) => {
            const trimmed = line.trimEnd();
            const body = trimmed.trimStart();
            let indent = trimmed.slice(0, trimmed.length - body.length);
            if (indent.length > MAX_INDENT) {
                indent = indent.slice(0, MAX_INDENT);
                this.note('excess-whitespace');
            }
            // A run of spaces wider than a screen hides what follows it off to the right.
            const capped = body.replace(/[ \t]{25,}/g, () => {
                this.note('excess-whitespace');
                return ' '.repeat(MAX_INDENT);
            });
            return indent + capped;
        });
        const text = lines.join('\n').replace(/\n+$/, '');
        const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
        const fence = '`'.repeat(Math.max(3, longestRun + 1));
        return `${fence}${language}\n${text}\n${fence}`;
    }
    htmlBlock(value) {
        const visible = htmlVisibleText(value);
        this.note(visible.comment ? 'html-comment' : 'html');
        if (visible.image)
            this.note('image');
        // The text between the tags, read as markdown (entities decoded) but with no HTML left to interpret.
        const tree = parse(visible.text.replace(/</g, '&lt;'));
        return this.blocks(tree.children).join('\n\n');
    }
    table(table) {
        const rows = table.children.map((row) => `| ${row.children.map((cell) => flat(this.inline(cell.children)).replace(/\|/g, '\\|')).join(' | ')} |`);
        const width = table.children[0]?.children.length ?? 0;
        rows.splice(1, 0, `|${Array.from({ length: width }, () => ' --- ').join('|')}|`);
        return rows.join('\n');
    }
    inline(nodes) {
        let joined = '';
        for (const node of nodes) {
            let part = this.phrasing(node);
            // Dropped HTML leaves its surrounding spaces behind; one is enough.
            if (/(^|[ \n])$/.test(joined))
                part = part.replace(/^ +/, '');
            joined = escapeJoint(joined, part) + part;
        }
        // Dropped HTML can join the pieces of a comment opener (`&lt;!-` `<b>` `-`) that no single text held.
        if (joined.includes('\\<!--')) {
            this.note('html-comment');
            joined = joined.replace(/\\<!--(?:[^]*?-->|[^]*$)/g, ' ');
        }
        return joined
            .split('\n')
            .map((line) => line.trim())
            .join('\n');
    }
    phrasing(node) {
        switch (node.type) {
            case 'text':
                return this.text(node.value);
            case 'inlineCode':
                return inlineCode(node.value);
            case 'emphasis':
            case 'strong':
                return this.inline(node.children);
            case 'delete':
                return `~~${this.inline(node.children)}~~`;
            case 'break':
                return '\n';
            case 'link':
                if (node.title)
                    this.note('link-title');
                return linkText(this.inline(node.children), node.url);
            case 'linkReference': {
                const definition = this.definitions.get(node.identifier);
                if (definition?.title)
                    this.note('link-title');
                return linkText(this.inline(node.children), definition?.url ?? '');
            }
            case 'image':
            case 'imageReference':
                this.note('image');
                return '(image)';
            case 'footnoteReference': {
                if (!this.footnotes.has(node.identifier))
                    return '';
                let index = this.referenced.indexOf(node.identifier);
                if (index < 0)
                    index = this.referenced.push(node.identifier) - 1;
                return `[^${index + 1}]`;
            }
            case 'html': {
                const visible = htmlVisibleText(node.value);
                this.note(visible.comment ? 'html-comment' : 'html');
                if (visible.image)
                    this.note('image');
                return visible.image ? ' (image) ' : '';
            }
            default:
                return '';
        }
    }
    /** Visible text, whitespace collapsed as a browser does, escaped where it would read as markup. */
    text(value) {
        // An entity can spell what the first pass removed (`&#8203;`) and an unclosed `<!--` in running text
        // hides nothing on GitHub but opens a comment for any reader that re-renders it: both go.
        let text = stripInvisible(value, this.note);
        if (text.includes('<!--')) {
            this.note('html-comment');
            text = text.replace(/<!--(?:[^]*?-->|[^]*$)/g, ' ');
        }
        text = text.replace(/[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, (run) => {
            if (run !== ' ')
                this.note('excess-whitespace');
            return ' ';
        });
        return escapeText(text);
    }
}
function indentAfterFirst(prefix, lines) {
    const pad = ' '.repeat(prefix.length);
    return lines.map((line, index) => (index === 0 ? `${prefix}${line}` : line ? `${pad}${line}` : ''));
}
function flat(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
function linkText(text, url) {
    const shown = escapeText(stripInvisible(url, () => undefined));
    if (!shown || text === shown || url === `mailto:${text}`)
        return text || shown;
    if (!text.trim())
        return shown;
    return `${text} (${shown})`;
}
function inlineCode(value) {
    const text = stripInvisible(value, () => undefined).replace(/\n/g, ' ');
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A character reference (`&lt;`, `&#45;`, `&#x200B;`). */
const ENTITY = /^&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/;
/** The start of one that runs to the end of the text: the text dropped HTML joins on may finish it. */
const ENTITY_START_AT_END = /^&(?:#[0-9]{0,7}|#[xX][0-9a-fA-F]{0,6}|[A-Za-z][A-Za-z0-9]{0,31})?$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** What turns `<` into a tag, and `]` into a link or image, when it follows. */
const OPENS_AFTER = { '<': /^[A-Za-z/!?]/, ']': /^[([]/ };
/**
 * Dropped HTML joins the text before it to the text after it: a `<` or `]` that ended one piece meets what
 * begins the next (`<<b>lt>` becomes a tag, `![](<!---->https://…)` an image). Such a last character is
 * escaped. (A `&` that could begin a character reference is escaped by `escapeText` itself.)
 */
function escapeJoint(joined, next) {
    const last = joined.at(-1) ?? '';
    const escaped = /(?:^|[^\\])(?:\\\\)*\\.$/.test(joined);
    return !escaped && OPENS_AFTER[last]?.test(next) ? `${joined.slice(0, -1)}\\${last}` : joined;
}
/**
 * A backslash before `<` that could open a tag, before `&` that spells an entity (or could, with the text
 * after this one), before `]` that opens a
 * link or image with what follows, and before a backslash that would escape any of them: the text then
 * reads the same whether or not it is rendered again.
 */
function escapeText(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        const next = text[i + 1];
        if (ch === '<' && next !== undefined && OPENS_AFTER['<']?.test(next))
            out += '\\<';
        else if (ch === '&' &&
            (ENTITY.test(text.slice(i, i + 40)) ||
                (text.length - i <= 41 && ENTITY_START_AT_END.test(text.slice(i)))))
            out += '\\&';
        else if (ch === ']' && next !== undefined && OPENS_AFTER[']']?.test(next))
            out += '\\]';
        else if (ch === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next)))
            out += '\\\\';
        else
            out += ch;
    }
    return out;
}


/***/ })

};
