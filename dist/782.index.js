export const id = 782;
export const ids = [782];
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
/**
 * Names of the root project's models defined or documented by the given project-relative files.
 * Nodes of installed packages are skipped: their paths are relative to the package, not the project.
 */
function modelsForFiles(graph, projectName, files) {
    const wanted = new Set(files.map(normalize));
    const names = new Set();
    for (const node of projectModels(graph, projectName)) {
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
    const beforeModels = new Map(projectModels(before, projectName).map((node) => [node.id, node]));
    const afterModels = new Map(projectModels(after, projectName).map((node) => [node.id, node]));
    for (const id of new Set([...beforeModels.keys(), ...afterModels.keys()])) {
        const old = beforeModels.get(id);
        const now = afterModels.get(id);
        const node = (now ?? old);
        const inSql = [old?.file, now?.file].some((file) => file !== undefined && wanted.has(file));
        const inYaml = [old?.patchFile, now?.patchFile].some((file) => file !== undefined && wanted.has(file));
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
function projectModels(graph, projectName) {
    return [...graph.nodes.values()].filter((node) => node.kind === 'model' && node.packageName === projectName);
}
/** The project-relative file of a node of the root project, for annotations and repair prompts. */
function fileOfNode(graph, projectName, uniqueId) {
    const node = graph.get(uniqueId);
    return node && node.packageName === projectName ? node.file : undefined;
}
function normalize(file) {
    return file.replaceAll('\\', '/').replace(/^\.\//, '');
}


/***/ }),

/***/ 79614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sanitizeTicket),
/* harmony export */   T: () => (/* binding */ sanitizeUntrustedText)
/* harmony export */ });
/**
 * Untrusted text (ticket title, body, fields; trigger comments) before the model sees it. Removes what a
 * person reading the rendered ticket does not see but a model reading the source would: HTML comments,
 * invisible and bidirectional-control characters, HTML entities that spell either of those, image alt
 * text, link titles, HTML tags and their attributes, and runs of whitespace that push text out of view.
 *
 * Never throws, runs in linear time, and is idempotent: sanitizing the output changes nothing.
 */
function sanitizeUntrustedText(text) {
    const removed = new Set();
    const note = (kind) => {
        removed.add(kind);
    };
    const input = typeof text === 'string' ? text : '';
    let out = decodeAndStrip(input.replace(/\r\n/g, '\n'), note);
    out = stripHtmlTags(out, note);
    out = stripHiddenMarkdown(out, note);
    out = collapseWhitespace(out, note);
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
// Zero-width, joiners, bidi embeddings/overrides/isolates, soft hyphen, invisible operators, fillers,
// variation selectors and the Unicode "tag" block (used to smuggle ASCII that renders as nothing).
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
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    shy: '\u00ad',
    zwj: '\u200d',
    zwnj: '\u200c',
    lrm: '\u200e',
    rlm: '\u200f',
    ZeroWidthSpace: '\u200b',
    NegativeVeryThinSpace: '\u200b',
    NegativeThinSpace: '\u200b',
    NegativeMediumSpace: '\u200b',
    NegativeThickSpace: '\u200b',
    NoBreak: '\u2060',
    InvisibleTimes: '\u2062',
    it: '\u2062',
    InvisibleComma: '\u2063',
    ic: '\u2063',
    ApplyFunction: '\u2061',
    af: '\u2061',
    ensp: '\u2002',
    emsp: '\u2003',
    thinsp: '\u2009',
    hairsp: '\u200a',
    Tab: '\t',
    NewLine: '\n',
    excl: '!',
    num: '#',
    dollar: '$',
    percnt: '%',
    lpar: '(',
    rpar: ')',
    ast: '*',
    plus: '+',
    comma: ',',
    period: '.',
    sol: '/',
    colon: ':',
    semi: ';',
    equals: '=',
    quest: '?',
    commat: '@',
    lsqb: '[',
    lbrack: '[',
    bsol: '\\',
    rsqb: ']',
    rbrack: ']',
    Hat: '^',
    lowbar: '_',
    grave: '`',
    lcub: '{',
    lbrace: '{',
    verbar: '|',
    vert: '|',
    rcub: '}',
    rbrace: '}',
    hyphen: '\u2010',
    dash: '\u2010',
    ndash: '\u2013',
    mdash: '\u2014',
    lsquo: '\u2018',
    rsquo: '\u2019',
    ldquo: '\u201c',
    rdquo: '\u201d',
    bull: '\u2022',
    hellip: '\u2026',
    middot: '\u00b7',
    copy: '\u00a9',
    reg: '\u00ae',
    trade: '\u2122',
    deg: '\u00b0',
    times: '\u00d7',
    divide: '\u00f7',
    minus: '\u2212',
};
const ENTITY_LOOKBACK = 40;
/**
 * One pass over code points into an output buffer. Entities are decoded when their `;` arrives, and the
 * decoded character goes through the same checks, so `&amp;lt;`, `&l&#116;;` or an entity split by a
 * zero-width space resolve completely in one pass and the output holds no entity, no `<!--` and no
 * invisible character anywhere: that is what makes the whole function idempotent.
 */
function decodeAndStrip(input, note) {
    const out = [];
    // Characters still to process before the next input character: a decoded entity's text, last first.
    // A queue, not recursion: `&semi&semi…&#59;` unwinds thousands of entities and must not overflow the stack.
    const pending = [];
    let inComment = false;
    let dashes = 0;
    const accept = (raw) => {
        let ch = raw;
        const cp = ch.codePointAt(0) ?? 0;
        if (isInvisible(cp))
            return note('invisible-character');
        if (ch === '\r' || ch === '\u2028' || ch === '\u2029')
            ch = '\n';
        else if (isSpace(cp)) {
            if (ch !== '\t')
                note('excess-whitespace');
            ch = ' ';
        }
        else if (isControl(cp))
            return note('control-character');
        out.push(ch);
        if (ch === ';')
            decodeEntityAtEnd();
        else if (ch === '-' && endsWithCommentOpen()) {
            out.length -= 4;
            inComment = true;
            // `<!-->` and `<!--->` are complete comments (CommonMark 0.31): the opener's dashes count.
            dashes = 2;
            note('html-comment');
        }
    };
    const decodeEntityAtEnd = () => {
        const end = out.length - 1;
        let start = end - 1;
        while (start >= 0 && end - start <= ENTITY_LOOKBACK && out[start] !== '&')
            start--;
        if (start < 0 || out[start] !== '&')
            return;
        const decoded = decodeEntity(out.slice(start + 1, end).join(''));
        if (decoded === undefined)
            return;
        out.length = start;
        note('html-entity');
        pending.push(...[...decoded].reverse());
    };
    const endsWithCommentOpen = () => {
        const n = out.length;
        return n >= 4 && out[n - 4] === '<' && out[n - 3] === '!' && out[n - 2] === '-';
    };
    for (const ch of input) {
        pending.push(ch);
        while (pending.length > 0) {
            const next = pending.pop() ?? '';
            if (!inComment) {
                accept(next);
                continue;
            }
            // Inside a comment nothing is decoded (as in HTML): the text is dropped up to `-->`.
            if (next === '-')
                dashes++;
            else {
                if (next === '>' && dashes >= 2)
                    inComment = false;
                dashes = 0;
            }
        }
    }
    return out.join('');
}
function decodeEntity(name) {
    const numeric = /^#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}))$/.exec(name);
    if (numeric) {
        const cp = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10);
        // Invalid code points (NUL, surrogates, beyond Unicode) decode to nothing: they carry no visible text.
        if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return '';
        return String.fromCodePoint(cp);
    }
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
}
function isInvisible(cp) {
    for (const [low, high] of INVISIBLE)
        if (cp >= low && cp <= high)
            return true;
    return false;
}
// Spaces that are not U+0020 become one, so the whitespace rules see them.
function isSpace(cp) {
    return (cp === 0x09 ||
        cp === 0x0b ||
        cp === 0x0c ||
        cp === 0xa0 ||
        cp === 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200a) ||
        cp === 0x202f ||
        cp === 0x205f ||
        cp === 0x3000);
}
function isControl(cp) {
    if (cp === 0x0a || cp === 0x09)
        return false;
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff);
}
// Tags GitHub renders (or drops) without showing their attributes. Only these are touched, so SQL such as
// `a <b` or a generic `List<String>` in a ticket survives.
const HTML_TAGS = new Set(('a abbr b bdi bdo big blockquote body br button caption center cite code col colgroup dd del details dfn ' +
    'div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
    'input ins kbd label li link main mark meta nav noscript object ol option p picture pre q rp rt ruby s ' +
    'samp script section select small source span strike strong style sub summary sup svg table tbody td ' +
    'template textarea tfoot th thead title tr tt u ul var video wbr').split(' '));
// Attribute values exclude `<` and `>` so every attempt stops at the next angle bracket: linear overall.
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>/g;
/** Drops known HTML tags (attributes hide text: `title`, `alt`, `data-*`), keeping the text between them. */
function stripHtmlTags(text, note) {
    if (!text.includes('<'))
        return text;
    const parts = [];
    let lastChar;
    let last = 0;
    const emit = (piece) => {
        if (piece === '')
            return;
        parts.push(piece);
        lastChar = piece.at(-1);
    };
    for (const match of text.matchAll(TAG)) {
        const name = (match[1] ?? '').toLowerCase();
        if (!HTML_TAGS.has(name))
            continue;
        note(name === 'img' ? 'image-alt-text' : 'html-tag');
        emit(text.slice(last, match.index));
        last = match.index + match[0].length;
        // Between two visible characters a space, not nothing: joining them could spell `<!--` or an entity.
        const before = visible(lastChar) ? ' ' : '';
        const after = visible(text[last]) ? ' ' : '';
        if (name === 'img')
            emit(`${before}[image]${after}`);
        else if (before && after)
            emit(' ');
    }
    if (parts.length === 0 && last === 0)
        return text;
    emit(text.slice(last));
    return parts.join('');
}
function visible(ch) {
    return ch !== undefined && ch !== ' ' && ch !== '\n';
}
const TITLE = `(?:"[^"\\n]*"|'[^'\\n]*'|\\([^()\\n]*\\))`;
const IMAGE = new RegExp(`!\\[[^\\[\\]\\n]*\\](?:\\([^()\\s]*(?:\\s+${TITLE})?\\s*\\)|\\[[^\\[\\]\\n]*\\])`, 'g');
const LINK_WITH_TITLE = new RegExp(`\\[([^\\[\\]\\n]*)\\]\\(([^()\\s]*)\\s+${TITLE}\\s*\\)`, 'g');
const REFERENCE_WITH_TITLE = new RegExp(`^( {0,3}\\[[^\\[\\]\\n]+\\]:[ \\t]*[^\\s]+)[ \\t]+${TITLE}[ \\t]*$`, 'gm');
/** Image alt text and link titles render as nothing (or a tooltip) but read as text. */
function stripHiddenMarkdown(text, note) {
    let out = text;
    if (out.includes('![')) {
        out = out.replace(IMAGE, (_match, offset, whole) => {
            note('image-alt-text');
            // After a `!`, `[image]` would itself start an image on the next pass.
            return whole[offset - 1] === '!' ? ' [image]' : '[image]';
        });
    }
    if (out.includes('](')) {
        out = out.replace(LINK_WITH_TITLE, (_match, label, url) => {
            note('link-title');
            return `[${label}](${url})`;
        });
    }
    if (out.includes(']:')) {
        out = out.replace(REFERENCE_WITH_TITLE, (_match, definition) => {
            note('link-title');
            return definition;
        });
    }
    return out;
}
const MAX_INDENT = 24;
/**
 * Trailing spaces go, runs inside a line become one space, indentation is capped (a line indented by
 * hundreds of spaces hides its text off screen), and more than one blank line in a row becomes one.
 */
function collapseWhitespace(text, note) {
    const lines = [];
    let blank = false;
    for (const raw of text.split('\n')) {
        const trimmed = raw.trimEnd();
        const body = trimmed.trimStart();
        if (body === '') {
            if (raw !== '')
                note('excess-whitespace');
            if (blank || lines.length === 0) {
                if (blank)
                    note('excess-whitespace');
                continue;
            }
            blank = true;
            lines.push('');
            continue;
        }
        blank = false;
        let indent = trimmed.slice(0, trimmed.length - body.length);
        if (indent.length > MAX_INDENT) {
            indent = indent.slice(0, MAX_INDENT);
            note('excess-whitespace');
        }
        const collapsed = body.replace(/[ \t]{2,}|\t/g, ' ');
        if (collapsed !== body || trimmed !== raw)
            note('excess-whitespace');
        lines.push(indent + collapsed);
    }
    while (lines.at(-1) === '')
        lines.pop();
    return lines.join('\n');
}


/***/ })

};
