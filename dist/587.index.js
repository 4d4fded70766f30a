export const id = 587;
export const ids = [587];
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

/***/ 73973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IMPACT_USAGE: () => (/* binding */ IMPACT_USAGE),
  runImpactCommand: () => (/* binding */ runImpactCommand)
});

// EXTERNAL MODULE: ./src/impact/contracts.ts + 3 modules
var contracts = __webpack_require__(43202);
// EXTERNAL MODULE: ./src/impact/impact.ts + 3 modules
var impact_impact = __webpack_require__(16833);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/adapters/dbt/dbt-error.ts
var dbt_error = __webpack_require__(52676);
// EXTERNAL MODULE: ./src/project/graph.ts
var graph = __webpack_require__(31977);
;// CONCATENATED MODULE: ./src/project/project-vars.ts





/** The `vars:` block of a project's dbt_project.yml (empty when it has none). */
async function readProjectVars(dir) {
    const file = external_node_path_default().join(dir, 'dbt_project.yml');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new dbt_error/* DbtError */.x(`Cannot read ${file}: pass the folder that holds the project's dbt_project.yml`, {
            cause: error,
        });
    }
    let json;
    try {
        json = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new dbt_error/* DbtError */.x(`${file} is not valid YAML (${error.message})`, { cause: error });
    }
    return (0,graph/* isRecord */.u4)(json) && (0,graph/* isRecord */.u4)(json.vars) ? json.vars : {};
}

// EXTERNAL MODULE: ./src/report/impact-markdown.ts
var impact_markdown = __webpack_require__(67058);
// EXTERNAL MODULE: ./src/cli/command-io.ts
var command_io = __webpack_require__(82348);
;// CONCATENATED MODULE: ./src/cli/impact-command.ts





const IMPACT_USAGE = `Usage: autopilot impact --base <manifest.json> --new <manifest.json> [--json]
                        [--base-project <dir> --new-project <dir>]
  Compares two dbt manifests by dbt's state:modified rules (SQL, unrendered config, macros called directly or
  through other macros, persisted descriptions, contracts): changed nodes and why, everything downstream,
  and contract findings. With both project folders, also names the nodes that read a var whose value changed
  in dbt_project.yml (dbt 1.12's state:modified does not select them).
  Exit codes: 0 no breaking change, 1 at least one breaking contract finding, 2 usage or input error.`;
const MAX_LISTED = 50;
/**
 * `autopilot impact`: what a change does to the project, from two manifests. Exits 1 on a breaking
 * finding so it can gate CI the way dbt's own contract check does; warnings alone exit 0.
 */
async function runImpactCommand(args, out, errors = process.stderr) {
    return (0,command_io/* withUsageErrors */.Lc)(errors, async () => {
        const flags = (0,command_io/* parseFlags */.bQ)(args, {
            base: { type: 'string' },
            new: { type: 'string' },
            'base-project': { type: 'string' },
            'new-project': { type: 'string' },
            json: { type: 'boolean', default: false },
        }, IMPACT_USAGE);
        const basePath = (0,command_io/* requireFlag */.eP)(flags.base, '--base', IMPACT_USAGE);
        const newPath = (0,command_io/* requireFlag */.eP)(flags.new, '--new', IMPACT_USAGE);
        const [base, next] = await Promise.all([(0,command_io/* readManifestGraph */.Ir)(basePath), (0,command_io/* readManifestGraph */.Ir)(newPath)]);
        const projects = [flags['base-project'], flags['new-project']];
        if ((projects[0] === undefined) !== (projects[1] === undefined)) {
            throw new command_io/* UsageError */.eb(`--base-project and --new-project go together\n${IMPACT_USAGE}`);
        }
        const vars = projects[0] !== undefined && projects[1] !== undefined
            ? { base: await readProjectVars(projects[0]), next: await readProjectVars(projects[1]) }
            : undefined;
        const impact = (0,impact_impact/* computeImpact */.cT)(base, next, vars ? { vars } : {});
        const findings = (0,contracts/* detectContractBreaks */.uS)(base, next);
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
        /** What `dbt ls -s state:modified+` selects. */
        selected: (0,impact_impact/* stateModifiedPlus */.np)(impact),
        vars: impact.vars,
        findings,
        edges: impact.edges,
    };
}
function impactText(impact, findings) {
    const report = { impact, findings: [...findings] };
    const lines = [(0,impact_markdown/* impactSummaryLine */.$Y)(report)];
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
        ? capped(downstream.map((node) => `  ${node.kind} ${(0,impact_markdown/* displayName */.QC)(node.id)} (downstream of ${(0,impact_markdown/* displayName */.QC)(node.via)}, ${node.distance} step${node.distance === 1 ? '' : 's'} away)`))
        : ['  (nothing downstream)']));
    if (impact.downstream.tests.length > 0)
        lines.push(`  and ${impact.downstream.tests.length} test(s)`);
    if (impact.vars.readers.length > 0) {
        lines.push('', `Read changed vars (${impact.vars.changed.join(', ')}; not selected by dbt's state:modified):`);
        lines.push(...capped(impact.vars.readers.map((node) => `  ${node.kind} ${(0,impact_markdown/* displayName */.QC)(node.id)}: ${node.vars.join(', ')}`)));
    }
    lines.push('', 'Contract findings:');
    if (findings.length === 0)
        lines.push('  none');
    const ordered = [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === 'breaking' ? -1 : 1);
    for (const finding of ordered) {
        lines.push(`  ${finding.severity.toUpperCase()} ${(0,impact_markdown/* displayName */.QC)(finding.node)} [${finding.rule}]: ${finding.message}`);
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
    return `  ${change.change} ${change.kind} ${(0,impact_markdown/* displayName */.QC)(change.id)}${change.disabled ? ' (disabled)' : ''}${suffix}`;
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
