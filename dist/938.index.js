export const id = 938;
export const ids = [938];
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

/***/ 15914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMPACT_USAGE: () => (/* binding */ IMPACT_USAGE),
/* harmony export */   runImpactCommand: () => (/* binding */ runImpactCommand)
/* harmony export */ });
/* harmony import */ var _impact_contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23885);
/* harmony import */ var _impact_impact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66078);
/* harmony import */ var _report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67058);
/* harmony import */ var _command_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82348);




const IMPACT_USAGE = `Usage: autopilot impact --base <manifest.json> --new <manifest.json> [--json]
  Compares two dbt manifests: changed nodes, everything downstream, and contract findings.
  Exit codes: 0 no breaking change, 1 at least one breaking contract finding, 2 usage or input error.`;
const MAX_LISTED = 50;
/**
 * `autopilot impact`: what a change does to the project, from two manifests. Exits 1 on a breaking
 * finding so it can gate CI the way dbt's own contract check does; warnings alone exit 0.
 */
async function runImpactCommand(args, out, errors = process.stderr) {
    return (0,_command_io_js__WEBPACK_IMPORTED_MODULE_3__/* .withUsageErrors */ .Lc)(errors, async () => {
        const flags = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(args, { base: { type: 'string' }, new: { type: 'string' }, json: { type: 'boolean', default: false } }, IMPACT_USAGE);
        const basePath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_3__/* .requireFlag */ .eP)(flags.base, '--base', IMPACT_USAGE);
        const newPath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_3__/* .requireFlag */ .eP)(flags.new, '--new', IMPACT_USAGE);
        const [base, next] = await Promise.all([(0,_command_io_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifestGraph */ .Ir)(basePath), (0,_command_io_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifestGraph */ .Ir)(newPath)]);
        const impact = (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .computeImpact */ .cT)(base, next);
        const findings = (0,_impact_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .detectContractBreaks */ .uS)(base, next);
        const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
        out.write(flags.json
            ? `${JSON.stringify(impactJson(impact, findings), null, 2)}\n`
            : `${impactText(impact, findings)}\n`);
        return breaking > 0 ? 1 : 0;
    });
}
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
        findings,
        edges: impact.edges,
    };
}
function impactText(impact, findings) {
    const report = { impact, findings: [...findings] };
    const lines = [(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .impactSummaryLine */ .$Y)(report)];
    if (impact.changed.length === 0)
        return `${lines[0]}\nNo dbt nodes changed between the two manifests.`;
    lines.push('', 'Changed:', ...capped(impact.changed.map(changeLine)));
    const downstream = [
        ...impact.downstream.models,
        ...impact.downstream.exposures,
        ...impact.downstream.metrics,
        ...impact.downstream.semanticModels,
        ...impact.downstream.savedQueries,
        ...impact.downstream.other,
    ].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
    lines.push('', 'Downstream:');
    lines.push(...(downstream.length > 0
        ? capped(downstream.map((node) => `  ${node.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(node.id)} (${node.distance} step${node.distance === 1 ? '' : 's'} away)`))
        : ['  (nothing downstream)']));
    if (impact.downstream.tests.length > 0)
        lines.push(`  and ${impact.downstream.tests.length} test(s)`);
    lines.push('', 'Contract findings:');
    if (findings.length === 0)
        lines.push('  none');
    const ordered = [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === 'breaking' ? -1 : 1);
    for (const finding of ordered) {
        lines.push(`  ${finding.severity.toUpperCase()} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(finding.node)} [${finding.rule}]: ${finding.message}`);
        lines.push(`    what to do: ${finding.action}`);
    }
    return lines.join('\n');
}
function changeLine(change) {
    const details = [...change.reasons];
    const { added, removed, retyped } = change.columns;
    if (added.length > 0)
        details.push(`columns added: ${added.join(', ')}`);
    if (removed.length > 0)
        details.push(`columns removed: ${removed.join(', ')}`);
    if (retyped.length > 0) {
        details.push(`columns retyped: ${retyped.map((c) => `${c.name} ${c.before ?? '?'} → ${c.after ?? '?'}`).join(', ')}`);
    }
    if (change.config.length > 0)
        details.push(`config: ${change.config.map((c) => c.key).join(', ')}`);
    const suffix = details.length > 0 ? ` — ${details.join('; ')}` : '';
    return `  ${change.change} ${change.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(change.id)}${change.disabled ? ' (disabled)' : ''}${suffix}`;
}
function capped(lines) {
    return lines.length > MAX_LISTED
        ? [...lines.slice(0, MAX_LISTED), `  … and ${lines.length - MAX_LISTED} more (use --json for all)`]
        : lines;
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

/***/ 99816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ changedModels),
/* harmony export */   OD: () => (/* binding */ fileOfNode),
/* harmony export */   S$: () => (/* binding */ checkManifestEnvelope),
/* harmony export */   vW: () => (/* binding */ parseManifestJson)
/* harmony export */ });
/* unused harmony export modelsForFiles */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2503);
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

/***/ 67058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ impactSummaryLine),
/* harmony export */   CZ: () => (/* binding */ renderImpactSection),
/* harmony export */   QC: () => (/* binding */ displayName)
/* harmony export */ });
/* unused harmony exports DEFAULT_LINEAGE_NODES, mermaidLabel */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

const DEFAULT_LINEAGE_NODES = 40;
const LABEL_LIMIT = 60;
/** The PR's impact section: counts, contract findings with what to do, and a capped lineage diagram. */
function renderImpactSection(report, options = {}) {
    const listLimit = options.listLimit ?? Number.MAX_SAFE_INTEGER;
    const { impact, findings } = report;
    if (impact.changed.length === 0)
        return 'No dbt nodes changed between the base manifest and this branch.';
    const parts = [countsTable(impact), findingsSection(findings, listLimit)];
    const lineage = lineageDiagram(impact, Math.min(options.maxNodes ?? DEFAULT_LINEAGE_NODES, listLimit));
    if (lineage)
        parts.push(lineage);
    return parts.join('\n\n');
}
function countsTable(impact) {
    const { downstream } = impact;
    const semantic = downstream.semanticModels.length + downstream.savedQueries.length;
    const header = ['Changed nodes', 'Downstream models', 'Tests', 'Exposures', 'Metrics'];
    const row = [
        impact.changed,
        downstream.models,
        downstream.tests,
        downstream.exposures,
        downstream.metrics,
    ].map((list) => String(list.length));
    if (semantic > 0) {
        header.push('Semantic models / saved queries');
        row.push(`${downstream.semanticModels.length} / ${downstream.savedQueries.length}`);
    }
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, [row]);
}
function findingsSection(findings, listLimit) {
    if (findings.length === 0)
        return '**Contracts:** no breaking changes found.';
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
    const title = `**Contract findings:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(breaking, 'breaking change')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(findings.length - breaking, 'warning')}.`;
    const ordered = [...findings].sort((a, b) => severityRank(a) - severityRank(b));
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .limited */ .TJ)(ordered, listLimit);
    const rows = shown.map((finding) => [
        finding.severity === 'breaking' ? '**breaking**' : 'warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(displayName(finding.node)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(finding.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(finding.action),
    ]);
    const lines = [title, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Severity', 'Node', 'What changed', 'What to do'], rows)];
    if (omitted > 0)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .moreLine */ .g0)(omitted));
    return lines.join('\n');
}
function severityRank(finding) {
    return finding.severity === 'breaking' ? 0 : 1;
}
function lineageDiagram(impact, maxNodes) {
    const drawable = [];
    const seen = new Set();
    const endpoints = new Set(impact.edges.flat());
    for (const change of impact.changed) {
        if (change.kind === 'test' || change.kind === 'unit_test')
            continue;
        // A changed node without edges is still worth drawing: it is the change itself.
        drawable.push({ id: change.id, kind: change.kind, change: change.change });
        seen.add(change.id);
    }
    const downstream = [
        ...impact.downstream.models,
        ...impact.downstream.exposures,
        ...impact.downstream.metrics,
        ...impact.downstream.semanticModels,
        ...impact.downstream.savedQueries,
        ...impact.downstream.other,
    ].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
    for (const node of downstream) {
        if (!seen.has(node.id) && endpoints.has(node.id))
            drawable.push({ id: node.id, kind: node.kind });
    }
    if (drawable.length === 0 || maxNodes <= 0)
        return undefined;
    const shown = drawable.slice(0, maxNodes);
    const ids = new Map(shown.map((node, index) => [node.id, `n${index}`]));
    const lines = ['graph LR'];
    for (const node of shown) {
        const style = node.change ? `:::${node.change}` : '';
        lines.push(`  ${ids.get(node.id)}["${mermaidLabel(`${node.kind.replace('_', ' ')}: ${displayName(node.id)}`)}"]${style}`);
    }
    for (const [from, to] of impact.edges) {
        const a = ids.get(from);
        const b = ids.get(to);
        if (a && b)
            lines.push(`  ${a} --> ${b}`);
    }
    lines.push('  classDef added fill:#dcfce7,stroke:#15803d', '  classDef modified fill:#fef3c7,stroke:#b45309', '  classDef removed fill:#fee2e2,stroke:#b91c1c,stroke-dasharray:4 3');
    const left = drawable.length - shown.length;
    const note = left > 0 ? `\n\n_${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(left, 'more node')} not drawn (the diagram shows ${shown.length})._` : '';
    return `**Lineage** (changed → impacted):\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(lines.join('\n'), 'mermaid')}${note}`;
}
/**
 * Text for inside a quoted Mermaid label: anything but plain characters becomes an entity code (`#35;`),
 * so quotes, brackets, HTML and Markdown cannot end the label or the code block.
 */
function mermaidLabel(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const short = flat.length > LABEL_LIMIT ? `${flat.slice(0, LABEL_LIMIT - 1)}…` : flat;
    return short.replace(/[^A-Za-z0-9 _.,:/+=-]|…/g, (char) => char === '…' ? '...' : `#${char.codePointAt(0)};`);
}
/** `model.shop.orders` → `orders`; `source.shop.raw.customers` → `raw.customers`; versions keep `.v2`. */
function displayName(uniqueId) {
    const parts = uniqueId.split('.');
    return parts.length > 2 ? parts.slice(2).join('.') : uniqueId;
}
/** One line for logs and the job summary. */
function impactSummaryLine(report) {
    const { impact, findings } = report;
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(impact.changed.length, 'changed node')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(impact.downstream.models.length, 'downstream model')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(impact.downstream.exposures.length, 'exposure')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(breaking, 'breaking change')}`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   TJ: () => (/* binding */ limited),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bp: () => (/* binding */ untrusted),
/* harmony export */   dR: () => (/* binding */ usd),
/* harmony export */   g0: () => (/* binding */ moreLine),
/* harmony export */   hC: () => (/* binding */ fitLists),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/** Small markdown building blocks shared by the PR body and the job summary. */
/** Shortens `text` to at most `max` characters, marking the cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return text.slice(0, Math.max(0, max));
    return `${text.slice(0, max - 1)}…`;
}
/** One table cell of untrusted text: single line, neutralized (see `untrusted`), pipes escaped, capped. */
function cell(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return untrusted(truncate(flat, max)).replace(/\|/g, '\\|');
}
/** Inline code that survives backticks inside the text; nothing in it is live but a comment opener. */
function code(text) {
    const flat = text.replace(/\s+/g, ' ');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${inertCode(flat)}${pad}${fence}`;
}
/** Inline code inside a table row, where a pipe would end the cell even within backticks. */
function codeCell(text, max = 300) {
    return code(truncate(text, max)).replace(/\|/g, '\\|');
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function codeBlock(text, language = '') {
    const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${inertCode(text.replace(/\n+$/, ''))}\n${fence}`;
}
const ZWSP = '\u200b';
/**
 * Inside code nothing renders, so mentions, references, links and HTML are inert; only a comment opener
 * matters there, because Autopilot finds its own `<!-- autopilot:… -->` markers in the raw body.
 */
function inertCode(text) {
    return text.replace(/<!--/g, `<!${ZWSP}--`);
}
/**
 * The one neutralizer for text we did not write (the model's summary, dbt's errors, ticket titles) before
 * it reaches GitHub or Jira. Outside code spans: no HTML, comments or images (`<`, `>`, `&`, `[`, `]` and
 * stray backticks escaped, so no tag, entity, link, image or footnote forms), `@user` and `@org/team`
 * mentions and `#123`, `owner/repo#1`, `GH-123` references broken with a zero-width space, bare URLs shown
 * as code (not clickable). Code spans keep their text, with comment openers broken. The result cannot ping
 * anyone, link anywhere, forge our markers or break out of the surrounding markdown.
 */
function untrusted(text) {
    const out = [];
    let proseStart = 0;
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '`') {
            i++;
            continue;
        }
        let end = i;
        while (text[end] === '`')
            end++;
        const close = escapedAt(text, i) ? -1 : closingRun(text, end, end - i);
        if (close < 0) {
            i = end;
            continue;
        }
        out.push(prose(text.slice(proseStart, i)), inertCode(text.slice(i, close)));
        i = close;
        proseStart = i;
    }
    out.push(prose(text.slice(proseStart)));
    return out.join('');
}
function escapedAt(text, index) {
    let slashes = 0;
    while (text[index - 1 - slashes] === '\\')
        slashes++;
    return slashes % 2 === 1;
}
/** The end of the backtick run of exactly `length` that closes a code span, or -1 (a blank line ends it). */
function closingRun(text, from, length) {
    let at = from;
    for (;;) {
        const start = text.indexOf('`', at);
        if (start < 0 || /\n[ \t>]*\n/.test(text.slice(at, start)))
            return -1;
        let end = start;
        while (text[end] === '`')
            end++;
        if (end - start === length)
            return end;
        at = end;
    }
}
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>`]+/gi;
const PROSE_ESCAPES = {
    '\\': '\\\\',
    '`': '\\`',
    '[': '\\[',
    ']': '\\]',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
};
function prose(text) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(BARE_URL)) {
        // As GitHub does, trailing punctuation is not part of the URL.
        const url = match[0].replace(/[).,;:!?'"*_~]+$/, '');
        out += escapeProse(text.slice(last, match.index)) + code(url);
        last = match.index + url.length;
    }
    return out + escapeProse(text.slice(last));
}
function escapeProse(text) {
    return text
        .replace(/[\\`[\]&<>]/g, (ch) => PROSE_ESCAPES[ch] ?? ch)
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
}
/** Untrusted text as a blockquote. */
function quote(text) {
    return untrusted(text.trim())
        .split('\n')
        .map((line) => (line.trim() ? `> ${line}` : '>'))
        .join('\n');
}
function table(header, rows) {
    const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
    for (const row of rows)
        lines.push(`| ${row.join(' | ')} |`);
    return lines.join('\n');
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
function usd(amount) {
    return `$${amount.toFixed(amount < 0.01 && amount > 0 ? 4 : 2)}`;
}
function duration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** Rows up to `limit`, then a line that says how many were left out and where to find them. */
function limited(items, limit) {
    const shown = items.slice(0, Math.max(0, limit));
    return { shown, omitted: items.length - shown.length };
}
function moreLine(omitted) {
    return omitted > 0 ? `…and ${omitted} more, see the audit artifact.` : '';
}
/**
 * Renders with the largest list limit that fits in `max` (as measured by `size`): lists are cut before
 * anything else. Returns undefined when even empty lists do not fit.
 */
function fitLists(render, max, size = (text) => text.length) {
    const full = render(Number.MAX_SAFE_INTEGER);
    if (size(full) <= max)
        return full;
    let low = 0;
    let high = 4096;
    while (size(render(high)) <= max && high < Number.MAX_SAFE_INTEGER / 2)
        high *= 2;
    if (size(render(low)) > max)
        return undefined;
    // Invariant: render(low) fits, render(high) does not.
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (size(render(mid)) <= max)
            low = mid;
        else
            high = mid;
    }
    return render(low);
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
