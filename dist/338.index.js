export const id = 338;
export const ids = [338];
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

/***/ 59338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCHEMA_DRIFT_KEY: () => (/* binding */ SCHEMA_DRIFT_KEY),
  g: () => (/* binding */ SchemaDriftSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/dbt/dbt-error.ts
var dbt_error = __webpack_require__(52676);
// EXTERNAL MODULE: ./src/project/dbt-project.ts
var dbt_project = __webpack_require__(43555);
// EXTERNAL MODULE: ./src/project/graph.ts
var project_graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/run/run-stop.ts
var run_stop = __webpack_require__(46781);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
;// CONCATENATED MODULE: ./src/drift/catalog.ts


/** What we read of dbt's catalog.json (`dbt docs generate`): the warehouse's columns of each source. */
const CatalogTableSchema = schemas/* object */.Ikc({
    metadata: schemas/* object */.Ikc({
        database: schemas/* string */.YjP().nullish(),
        schema: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
    }),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP(), type: schemas/* string */.YjP().nullish(), index: schemas/* number */.aig().nullish() })),
});
const CatalogSchema = schemas/* object */.Ikc({
    metadata: schemas/* object */.Ikc({ dbt_schema_version: schemas/* string */.YjP() }),
    sources: schemas/* record */.g1P(schemas/* string */.YjP(), CatalogTableSchema),
    errors: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
});
/** A DbtError, so the run ends `failed:dbt` with this message rather than as an internal error. */
class CatalogError extends dbt_error/* DbtError */.x {
    constructor(message) {
        super(message);
        this.name = 'CatalogError';
    }
}
function parseCatalog(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CatalogError(`${where} is not JSON: was \`dbt docs generate\` interrupted?`);
    }
    const parsed = CatalogSchema.safeParse(json);
    if (!parsed.success) {
        throw new CatalogError(`${where} is not a dbt catalog (${errors/* prettifyError */.S1(parsed.error).split('\n')[0]}): it should come from \`dbt docs generate\`.`);
    }
    const sources = new Map();
    for (const [id, table] of Object.entries(parsed.data.sources)) {
        const { database, schema, name } = table.metadata;
        const columns = Object.values(table.columns)
            .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
            .map((column) => ({ name: column.name, ...(column.type ? { type: column.type } : {}) }));
        sources.set(id, { relation: [database, schema, name].filter(Boolean).join('.'), columns });
    }
    return { sources, errors: parsed.data.errors ?? [] };
}

;// CONCATENATED MODULE: ./src/drift/type-names.ts
/**
 * Whether a declared `data_type` and the warehouse's type name the same type. Warehouses spell types
 * differently from the YAML people write (`int` vs `INTEGER`, `text` vs `VARCHAR`, `varchar(256)`), so both
 * sides are reduced to a canonical name first; numeric precision and scale still count.
 */
function sameType(declared, warehouse) {
    return canonicalType(declared) === canonicalType(warehouse);
}
const ALIASES = {
    int: 'integer',
    int4: 'integer',
    signed: 'integer',
    int8: 'bigint',
    long: 'bigint',
    int64: 'bigint',
    int2: 'smallint',
    short: 'smallint',
    int1: 'tinyint',
    text: 'string',
    varchar: 'string',
    'character varying': 'string',
    char: 'string',
    character: 'string',
    bpchar: 'string',
    nvarchar: 'string',
    float8: 'double',
    'double precision': 'double',
    float64: 'double',
    float4: 'real',
    bool: 'boolean',
    'timestamp without time zone': 'timestamp',
    timestamp_ntz: 'timestamp',
    datetime: 'timestamp',
    'timestamp with time zone': 'timestamptz',
    timestamp_tz: 'timestamptz',
    decimal: 'numeric',
    number: 'numeric',
};
/** Lower case, single spaces, aliases resolved; a string type's length is dropped (it is not a contract). */
function canonicalType(type) {
    const text = type.trim().toLowerCase().replace(/\s+/g, ' ');
    const match = /^([a-z_ ]*[a-z0-9_]*?)\s*(\(.*\))?$/.exec(text);
    const base = (match?.[1] ?? text).trim();
    const params = (match?.[2] ?? '').replace(/\s+/g, '');
    const name = ALIASES[base] ?? base;
    return name === 'string' ? name : `${name}${params}`;
}

;// CONCATENATED MODULE: ./src/drift/compare-sources.ts

/** Most reader names listed per column; the rest are counted. */
const READERS_LISTED = 20;
/** Compares the root project's enabled sources, as their YAML declares them, with the warehouse. */
function compareSources(graph, catalog) {
    const report = {
        drifted: [],
        missing: [],
        undeclared: [],
        compared: { tables: 0, columns: 0 },
    };
    for (const node of graph.nodes.values()) {
        if (node.kind !== 'source' || node.packageName !== graph.projectName)
            continue;
        const source = sourceName(node);
        const table = catalog.sources.get(node.id);
        if (!table) {
            report.missing.push({ source, file: node.file });
            continue;
        }
        if (node.columns.length === 0) {
            report.undeclared.push({ source, file: node.file });
            continue;
        }
        report.compared.tables += 1;
        report.compared.columns += node.columns.length;
        const inWarehouse = new Map(table.columns.map((column) => [column.name.toLowerCase(), column]));
        const declared = new Set(node.columns.map((column) => column.name.toLowerCase()));
        const added = table.columns.filter((column) => !declared.has(column.name.toLowerCase()));
        const removed = node.columns
            .filter((column) => !inWarehouse.has(column.name.toLowerCase()))
            .map((column) => ({
            column: column.name,
            ...(column.dataType ? { declaredType: column.dataType } : {}),
        }));
        const retyped = [];
        for (const column of node.columns) {
            const actual = inWarehouse.get(column.name.toLowerCase())?.type;
            if (column.dataType && actual && !sameType(column.dataType, actual))
                retyped.push({ column: column.name, declaredType: column.dataType, warehouseType: actual });
        }
        if (added.length + removed.length + retyped.length === 0)
            continue;
        report.drifted.push({
            sourceId: node.id,
            source,
            file: node.file,
            relation: table.relation,
            added,
            removed,
            retyped,
            readers: columnReaders(graph, node.id, [
                ...removed.map((r) => r.column),
                ...retyped.map((r) => r.column),
            ]),
            directReaders: graph
                .childrenOf(node.id)
                .map((id) => graph.get(id))
                .filter((child) => child?.kind === 'model')
                .map((child) => child.name),
        });
    }
    return report;
}
function sourceName(node) {
    const sourceName = node.raw['source_name'];
    return typeof sourceName === 'string' ? `${sourceName}.${node.name}` : node.name;
}
/** Models and snapshots downstream of the source whose SQL mentions each column as a word. */
function columnReaders(graph, sourceId, columns) {
    if (columns.length === 0)
        return [];
    const downstream = modelsDownstream(graph, sourceId);
    return columns.map((column) => {
        const word = new RegExp(`\\b${column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        const models = downstream.filter((node) => word.test(rawCode(node))).map((node) => node.name);
        return {
            column,
            models: models.length > READERS_LISTED
                ? [...models.slice(0, READERS_LISTED), `… ${models.length - READERS_LISTED} more`]
                : models,
        };
    });
}
function modelsDownstream(graph, from) {
    const seen = new Set([from]);
    const queue = [from];
    const found = [];
    for (let next = 0; next < queue.length; next++) {
        for (const child of graph.childrenOf(queue[next])) {
            if (seen.has(child))
                continue;
            seen.add(child);
            const node = graph.get(child);
            if (node?.kind === 'model' || node?.kind === 'snapshot') {
                found.push(node);
                queue.push(child);
            }
        }
    }
    return found;
}
function rawCode(node) {
    const code = node.raw['raw_code'];
    return typeof code === 'string' ? code : '';
}

;// CONCATENATED MODULE: ./src/drift/drift-markdown.ts
/** Column and type names come from the warehouse: shown in code spans, never as markdown. */
function code(text) {
    return `\`${text.replace(/[`\r\n]/g, '')}\``;
}
function names(items) {
    return items.map(code).join(', ');
}
function renderTable(table) {
    const lines = [
        `### ${code(table.source)}`,
        '',
        `Declared in ${code(table.file)}; warehouse table ${code(table.relation)}.`,
        '',
    ];
    const readersOf = (column) => {
        const readers = table.readers.find((entry) => entry.column === column)?.models ?? [];
        return readers.length > 0 ? ` — read by ${names(readers)}` : '';
    };
    for (const column of table.added)
        lines.push(`- Added in the warehouse: ${code(column.name)}${column.type ? ` (${code(column.type)})` : ''}`);
    for (const column of table.removed)
        lines.push(`- Gone from the warehouse: ${code(column.column)}${column.declaredType ? ` (declared ${code(column.declaredType)})` : ''}${readersOf(column.column)}`);
    for (const column of table.retyped)
        lines.push(`- Type changed: ${code(column.column)} declared ${code(column.declaredType)}, warehouse ${code(column.warehouseType)}${readersOf(column.column)}`);
    return lines.join('\n');
}
/** The findings: what the PR's "Schema drift" section and the ticket both show. */
function renderDriftFindings(report, target) {
    const where = target ? `dbt target ${code(target)}` : "the profile's default dbt target";
    const parts = [
        `Compared ${report.compared.columns} declared column(s) of ${report.compared.tables} source table(s) with the warehouse of ${where}: ${report.drifted.length} table(s) differ.`,
        ...report.drifted.map(renderTable),
    ];
    if (report.missing.length > 0)
        parts.push(`Not found in the warehouse (left as they are; check the target or drop the source): ${names(report.missing.map((m) => m.source))}.`);
    if (report.undeclared.length > 0)
        parts.push(`Not compared, no columns declared: ${names(report.undeclared.map((u) => u.source))}.`);
    return parts.join('\n\n');
}
/** What the agent is asked to do about the findings; the same pipeline then validates and publishes it. */
function renderDriftInstructions(report) {
    const direct = [...new Set(report.drifted.flatMap((table) => table.directReaders))];
    return [
        '## What to change',
        '',
        '1. Source YAML: add every new column with its warehouse type as `data_type` and a one-line description; remove the columns that are gone; set `data_type` of a retyped column to the warehouse type.',
        `2. Staging models that select from these sources${direct.length > 0 ? ` (${names(direct)})` : ''}: select each new column, named in the project's style, documented in the model's YAML.`,
        '3. A column that is gone: where a staging model selects it, replace it with `cast(null as <declared type>) as <column>` and a SQL comment saying it is gone from the source, so downstream models and contracts keep their shape. Do not edit models downstream of staging for it: the pull request lists them for their owners.',
        '4. A retyped column: in the staging model cast it to the declared type, so downstream models keep theirs.',
        '5. Change nothing else.',
    ].join('\n');
}
function driftTitle(report) {
    const columns = report.drifted.reduce((total, table) => total + table.added.length + table.removed.length + table.retyped.length, 0);
    return `Follow the warehouse: ${columns} column change(s) in ${report.drifted.length} source table(s)`;
}

;// CONCATENATED MODULE: ./src/drift/schema-drift-source.ts









const SCHEMA_DRIFT_KEY = 'schema-drift';
/**
 * `mode: detect-schema-drift`: the "ticket" is what the warehouse says about the declared sources. One
 * `dbt docs generate` over the sources reads their columns through the adapter (so any warehouse works);
 * drift becomes a ticket the usual pipeline turns into a validated pull request. No drift ends the run here.
 */
class SchemaDriftSource {
    dbt;
    options;
    constructor(dbt, options) {
        this.dbt = dbt;
        this.options = options;
    }
    async fetch(key) {
        const { projectDir, targetPath, dbtTarget, log } = this.options;
        // Drift is read before the base is prepared, so packages the project declares are not installed yet.
        if ((await (0,dbt_project/* readDbtProject */.c)(projectDir)).declaresPackages) {
            const deps = await this.dbt.deps();
            if (deps.exitCode !== 0)
                throw new dbt_error/* DbtError */.x(`dbt deps failed: ${failureDetail(deps)}`);
        }
        await (0,promises_.rm)(targetPath, { recursive: true, force: true });
        const run = await this.dbt.docsGenerate('source:*', targetPath);
        if (run.exitCode !== 0) {
            throw new dbt_error/* DbtError */.x(`dbt docs generate failed, so the warehouse's source columns could not be read: ${failureDetail(run)}`);
        }
        const manifestPath = external_node_path_default().join(targetPath, 'manifest.json');
        const catalogPath = external_node_path_default().join(targetPath, 'catalog.json');
        const graph = (0,project_graph/* loadManifestGraph */.WI)(await (0,promises_.readFile)(manifestPath, 'utf8'), manifestPath);
        const catalog = parseCatalog(await (0,promises_.readFile)(catalogPath, 'utf8'), catalogPath);
        for (const error of catalog.errors)
            log.warn(`dbt could not read part of the warehouse catalog: ${error}`);
        const report = compareSources(graph, catalog);
        const counts = `${report.compared.columns} column(s) of ${report.compared.tables} source table(s)`;
        log.info(`Compared ${counts}: ${report.drifted.length} table(s) drifted, ${report.missing.length} missing`);
        if (report.drifted.length === 0) {
            if (report.missing.length > 0) {
                throw new run_stop/* RunStop */.c('failed:source-missing', `No column drift, but ${report.missing.length} declared source table(s) are not in the warehouse: ${report.missing.map((m) => `${m.source} (${m.file})`).join(', ')}. Point \`dbt-target\` at the warehouse the sources live in, or remove the sources.`);
            }
            throw new run_stop/* RunStop */.c('no-drift', `No schema drift: the warehouse matches the YAML for ${counts}.`);
        }
        const findings = renderDriftFindings(report, dbtTarget);
        return {
            key,
            source: 'schema-drift',
            title: driftTitle(report),
            body: `${findings}\n\n${renderDriftInstructions(report)}`,
            labels: ['schema-drift'],
            fields: {},
            report: findings,
        };
    }
}
function failureDetail(run) {
    return run.errors.join('\n').slice(0, 2000) || `exit code ${run.exitCode}`;
}


/***/ }),

/***/ 43555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ lintablePaths),
/* harmony export */   c: () => (/* binding */ readDbtProject)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2503);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37428);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52676);





const paths = (fallback) => zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default(fallback);
const DbtProjectFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    profile: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    'model-paths': paths(['models']),
    'seed-paths': paths(['seeds']),
    'test-paths': paths(['tests']),
    'macro-paths': paths(['macros']),
    'snapshot-paths': paths(['snapshots']),
    'analysis-paths': paths(['analyses']),
    'target-path': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('target'),
});
async function readDbtProject(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'dbt_project.yml');
    const text = await readOptional(file);
    if (text === undefined) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(`No dbt_project.yml in ${dir}: set input \`project-dir\` to the folder of your dbt project`);
    }
    const parsed = DbtProjectFileSchema.safeParse(parseYamlFile(text, file));
    if (!parsed.success) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(`${file} is not a valid dbt project file: ${zod__WEBPACK_IMPORTED_MODULE_5__/* .prettifyError */ .S1(parsed.error)}`);
    }
    const p = parsed.data;
    return {
        dir,
        name: p.name,
        profile: p.profile,
        modelPaths: p['model-paths'],
        seedPaths: p['seed-paths'],
        testPaths: p['test-paths'],
        macroPaths: p['macro-paths'],
        snapshotPaths: p['snapshot-paths'],
        analysisPaths: p['analysis-paths'],
        targetDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, p['target-path']),
        declaresPackages: await declaresPackages(dir),
    };
}
const PackagesFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ packages: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).nullish() }).nullish();
async function declaresPackages(dir) {
    for (const name of ['packages.yml', 'dependencies.yml']) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        const text = await readOptional(file);
        if (text === undefined)
            continue;
        const parsed = PackagesFileSchema.safeParse(parseYamlFile(text, file));
        if (!parsed.success)
            throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(`${file} must hold a \`packages:\` list`);
        if ((parsed.data?.packages?.length ?? 0) > 0)
            return true;
    }
    return false;
}
/** Folders (project-relative) whose SQL files sqlfluff should check. */
function lintablePaths(project) {
    return [
        ...project.modelPaths,
        ...project.macroPaths,
        ...project.testPaths,
        ...project.snapshotPaths,
        ...project.analysisPaths,
    ];
}
function parseYamlFile(text, file) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(`${file} is not valid YAML: ${error.message}`, { cause: error });
    }
}
async function readOptional(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
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
    // Each index is built on its first lookup, alone: impact analysis needs none, context only the tests.
    namesIndex;
    filesIndex;
    testsIndex;
    constructor(schemaVersion, projectName, nodes, parents, children, groups, 
    /** unique_ids that exist in the project but are disabled (`enabled: false`). */
    disabled) {
        this.schemaVersion = schemaVersion;
        this.projectName = projectName;
        this.nodes = nodes;
        this.parents = parents;
        this.children = children;
        this.groups = groups;
        this.disabled = disabled;
    }
    get(id) {
        return this.nodes.get(id);
    }
    /** Nodes named `name` (a model, its semantic model and its versions can share one), optionally of a kind. */
    byName(name, kind) {
        const found = this.names().get(name) ?? [];
        return kind === undefined ? found : found.filter((node) => node.kind === kind);
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
    return new ManifestGraph(schemaVersion, str(metadata.project_name), nodes, parents, children, groupsOf(json.groups), disabledOf(json.disabled));
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
    for (const item of value)
        if (typeof item !== 'string')
            return value.filter((x) => typeof x === 'string');
    return value;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}


/***/ }),

/***/ 99816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ changedModels),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   OD: () => (/* binding */ fileOfNode),
/* harmony export */   S$: () => (/* binding */ checkManifestEnvelope),
/* harmony export */   vW: () => (/* binding */ parseManifestJson)
/* harmony export */ });
/* unused harmony export modelsForFiles */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2503);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37428);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52676);


const SUPPORTED_VERSIONS = [10, 11, 12];
/** Only the fields validation reads; unknown fields are accepted and dropped. */
const NodeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    unique_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resource_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    package_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    original_file_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    patch_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    config: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
});
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ dbt_schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), project_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }),
    nodes: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), NodeSchema),
    unit_tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), NodeSchema).optional(),
});
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
/** Parses manifest.json text (schema v10–v12) into the nodes validation needs. */
function parseManifest(text, source = 'manifest.json') {
    const { schemaVersion: version, json } = parseManifestJson(text, source);
    const parsed = ManifestSchema.safeParse(json);
    if (!parsed.success) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DbtError */ .x(`${source} is not a dbt manifest: ${zod__WEBPACK_IMPORTED_MODULE_2__/* .prettifyError */ .S1(parsed.error)}`);
    }
    const nodes = new Map();
    for (const raw of [...Object.values(parsed.data.nodes), ...Object.values(parsed.data.unit_tests ?? {})]) {
        const node = {
            uniqueId: raw.unique_id,
            resourceType: raw.resource_type,
            name: raw.name,
            packageName: raw.package_name,
            file: raw.original_file_path,
            properties: { description: raw.description, columns: raw.columns, config: raw.config },
        };
        if (raw.patch_path)
            node.patchFile = raw.patch_path.replace(/^[^/]*:\/\//, '');
        nodes.set(node.uniqueId, node);
    }
    return { schemaVersion: version, projectName: parsed.data.metadata.project_name, nodes };
}
const EnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ dbt_schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }) });
function schemaVersionOf(json) {
    const parsed = EnvelopeSchema.safeParse(json);
    if (!parsed.success)
        return undefined;
    const match = /\/manifest\/v(\d+)\.json$/.exec(parsed.data.metadata.dbt_schema_version);
    return match ? Number(match[1]) : undefined;
}
/**
 * Names of the root project's models defined or documented by the given project-relative files.
 * Nodes of installed packages are skipped: their paths are relative to the package, not the project.
 */
function modelsForFiles(manifest, projectName, files) {
    const wanted = new Set(files.map(normalize));
    const names = new Set();
    for (const node of projectModels(manifest, projectName)) {
        if (wanted.has(node.file) || (node.patchFile !== undefined && wanted.has(node.patchFile)))
            names.add(node.name);
    }
    return [...names].sort();
}
/**
 * Models the changed files touched, comparing the manifests from before and after the edit: a model
 * whose SQL changed, or that was added or removed, or whose entry in a changed properties YAML differs.
 * Without an `after` manifest (dbt could not parse the edit) every model the files mention counts.
 */
function changedModels(before, after, projectName, files) {
    if (!after)
        return modelsForFiles(before, projectName, files);
    const wanted = new Set(files.map(normalize));
    const names = new Set();
    const beforeModels = new Map(projectModels(before, projectName).map((node) => [node.uniqueId, node]));
    const afterModels = new Map(projectModels(after, projectName).map((node) => [node.uniqueId, node]));
    for (const id of new Set([...beforeModels.keys(), ...afterModels.keys()])) {
        const old = beforeModels.get(id);
        const now = afterModels.get(id);
        const node = (now ?? old);
        const inSql = [old?.file, now?.file].some((file) => file !== undefined && wanted.has(file));
        const inYaml = [old?.patchFile, now?.patchFile].some((file) => file !== undefined && wanted.has(file));
        if (inSql)
            names.add(node.name);
        else if (inYaml && (!old || !now || JSON.stringify(old.properties) !== JSON.stringify(now.properties))) {
            names.add(node.name);
        }
    }
    return [...names].sort();
}
function projectModels(manifest, projectName) {
    return [...manifest.nodes.values()].filter((node) => node.resourceType === 'model' && node.packageName === projectName);
}
/** The project-relative file of a node of the root project, for annotations and repair prompts. */
function fileOfNode(manifest, projectName, uniqueId) {
    const node = manifest.nodes.get(uniqueId);
    return node && node.packageName === projectName ? node.file : undefined;
}
function normalize(file) {
    return file.replaceAll('\\', '/').replace(/^\.\//, '');
}


/***/ }),

/***/ 46781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ RunStop)
/* harmony export */ });
/** Ends the run early with a named outcome. */
class RunStop extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'RunStop';
    }
}


/***/ })

};
