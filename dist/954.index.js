export const id = 954;
export const ids = [954];
export const modules = {

/***/ 4094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ mapLine),
/* harmony export */   ZM: () => (/* binding */ nodeHeading),
/* harmony export */   bU: () => (/* binding */ nodeCard)
/* harmony export */ });
/* harmony import */ var _node_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21421);

const MAP_COLUMNS = 12;
const MAX_NEIGHBOURS = 12;
const MAX_DESCRIPTION = 300;
/** `customers (marts, table)`: kind, layer and materialization, whichever are known. */
function nodeHeading(node, layers) {
    const traits = [node.kind === 'model' ? undefined : node.kind, layers.layerOf(node), node.materialized];
    const known = traits.filter((trait) => trait !== undefined && trait !== '');
    return known.length > 0 ? `${(0,_node_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .displayNameOf */ .Nv)(node)} (${known.join(', ')})` : (0,_node_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .displayNameOf */ .Nv)(node);
}
/** One line of the project map: `customers (marts, table): customer_id, first_name, …`. */
function mapLine(node, layers) {
    const names = node.columns.map((column) => column.name);
    const shown = names.slice(0, MAP_COLUMNS).join(', ');
    const more = names.length > MAP_COLUMNS ? `, … +${names.length - MAP_COLUMNS}` : '';
    return `- ${nodeHeading(node, layers)}${names.length > 0 ? `: ${shown}${more}` : ''}`;
}
/**
 * Everything the YAML and the manifest say about a node: file, description, contract, columns with types,
 * descriptions and tests, neighbours, and its SQL when given.
 */
function nodeCard(graph, node, layers, sql) {
    const lines = [`### ${nodeHeading(node, layers)}`];
    lines.push(`File: ${node.file}${node.patchFile && node.patchFile !== node.file ? ` (YAML: ${node.patchFile})` : ''}`);
    if (node.description.trim())
        lines.push(`Description: ${oneLine(node.description, MAX_DESCRIPTION)}`);
    const traits = [
        node.contractEnforced ? 'contract enforced' : undefined,
        node.access ? `access ${node.access}` : undefined,
        node.group ? `group ${node.group}` : undefined,
        node.version !== undefined ? `version ${node.version} (latest ${node.latestVersion ?? '?'})` : undefined,
    ].filter((trait) => trait !== undefined);
    if (traits.length > 0)
        lines.push(`Config: ${traits.join(', ')}`);
    const columns = (0,_node_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .columnFacts */ .YG)(graph, node);
    if (columns.length > 0) {
        lines.push('Columns:');
        for (const column of columns) {
            const type = column.dataType ? ` ${column.dataType}` : '';
            const tests = column.tests.length > 0 ? ` [tests: ${column.tests.join(', ')}]` : '';
            const description = column.description.trim()
                ? ` — ${oneLine(column.description, MAX_DESCRIPTION)}`
                : '';
            lines.push(`- ${column.name}${type}${tests}${description}`);
        }
    }
    else
        lines.push('Columns: none documented in YAML');
    const tests = (0,_node_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .modelTests */ .dD)(graph, node);
    if (tests.length > 0)
        lines.push(`Other tests: ${tests.join(', ')}`);
    const parents = neighbourNames(graph, graph.parentsOf(node.id));
    const children = neighbourNames(graph, graph.childrenOf(node.id).filter((id) => !isTest(graph, id)));
    if (parents)
        lines.push(`Reads from: ${parents}`);
    if (children)
        lines.push(`Read by: ${children}`);
    if (sql !== undefined)
        lines.push('SQL:', '```sql', sql.trimEnd(), '```');
    return lines.join('\n');
}
function neighbourNames(graph, ids) {
    const names = ids.map((id) => {
        const node = graph.get(id);
        return node ? (node.kind === 'model' ? (0,_node_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .displayNameOf */ .Nv)(node) : `${(0,_node_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .displayNameOf */ .Nv)(node)} (${node.kind})`) : id;
    });
    names.sort();
    const shown = names.slice(0, MAX_NEIGHBOURS).join(', ');
    return names.length > MAX_NEIGHBOURS ? `${shown}, … +${names.length - MAX_NEIGHBOURS}` : shown;
}
function isTest(graph, id) {
    const kind = graph.get(id)?.kind;
    return kind === 'test' || kind === 'unit_test';
}
function oneLine(text, limit) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}


/***/ }),

/***/ 21421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ sqlOf),
/* harmony export */   Nv: () => (/* binding */ displayNameOf),
/* harmony export */   OQ: () => (/* binding */ CONTEXT_KINDS),
/* harmony export */   YG: () => (/* binding */ columnFacts),
/* harmony export */   dD: () => (/* binding */ modelTests)
/* harmony export */ });
/* unused harmony export columnDescription */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _project_graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31977);



/** Resource kinds the agent can read or edit as project files: what context is chosen from. */
const CONTEXT_KINDS = new Set(['model', 'source', 'seed', 'snapshot']);
/** How people name the node: `raw.customers` for a source, the model name (with `.v2`) otherwise. */
function displayNameOf(node) {
    if (node.kind === 'source') {
        const sourceName = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node.raw.source_name);
        return sourceName ? `${sourceName}.${node.name}` : node.name;
    }
    return node.version !== undefined ? `${node.name}.v${node.version}` : node.name;
}
/** Description of a column as the YAML wrote it, read from the manifest entry. */
function columnDescription(node, column) {
    const columns = node.raw.columns;
    if (!(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(columns))
        return '';
    const entry = columns[column];
    return (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry) ? ((0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(entry.description) ?? '') : '';
}
/** Columns with their descriptions and the data tests attached to each. */
function columnFacts(graph, node) {
    const testsByColumn = new Map();
    for (const testId of graph.testsOf(node.id)) {
        const test = graph.get(testId);
        const column = test ? (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(test.raw.column_name) : undefined;
        if (!test || !column)
            continue;
        // A relationships test reads both models but is about the column of the one it is attached to.
        const attached = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(test.raw.attached_node);
        if (attached !== undefined && attached !== node.id)
            continue;
        const name = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(test.raw.test_metadata) ? (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(test.raw.test_metadata.name) : undefined;
        const list = testsByColumn.get(column.toLowerCase()) ?? [];
        list.push(name ?? test.name);
        testsByColumn.set(column.toLowerCase(), list);
    }
    return node.columns.map((column) => ({
        name: column.name,
        dataType: column.dataType,
        description: columnDescription(node, column.name),
        tests: (testsByColumn.get(column.name.toLowerCase()) ?? []).sort(),
    }));
}
/** Data and unit tests of the node that are not about a single column, by name. */
function modelTests(graph, node) {
    const names = [];
    for (const testId of graph.testsOf(node.id)) {
        const test = graph.get(testId);
        if (test && !(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(test.raw.column_name))
            names.push(test.kind === 'unit_test' ? `unit test ${test.name}` : test.name);
    }
    return names.sort();
}
/** The node's SQL as written: `raw_code` from the manifest, else its file in the project. */
async function sqlOf(node, projectDir, projectName) {
    const code = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node.raw.raw_code);
    if (code !== undefined && code.trim() !== '')
        return code;
    // Paths of installed packages' nodes are relative to the package, not to the project.
    if (!node.file.endsWith('.sql') || node.packageName !== projectName)
        return undefined;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(projectDir, node.file), 'utf8').catch(() => undefined);
}


/***/ }),

/***/ 29853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ rankNodes),
/* harmony export */   e: () => (/* binding */ byScore)
/* harmony export */ });
/* harmony import */ var _project_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31977);
/* harmony import */ var _node_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21421);
/* harmony import */ var _text_terms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66674);



/** Weights: a name written in the ticket says far more than a shared word in a description. */
const WEIGHT = {
    exactName: 8,
    nameAsCode: 4,
    nameInTitle: 3,
    allNameWords: 5,
    nearName: 4,
    someNameWords: 2,
    exactColumn: 4,
    moreExactColumns: 2,
    exactColumnsCap: 10,
    columnWords: 0.5,
    columnWordsCap: 1.5,
    descriptionWord: 0.25,
    descriptionCap: 2,
    sqlIdentifier: 1,
    sqlCap: 3,
    layer: 1,
    /** Installed packages' nodes cannot be edited; they still matter as context, less so. */
    packageFactor: 0.5,
    rawMaterialFactor: 0.6,
};
const MAX_LISTED = 4;
const SQL_KINDS = new Set(['model', 'snapshot']);
/**
 * Scores every model, source, seed and snapshot against the query; one pass over the graph with set
 * lookups per node. Names, columns and descriptions are split into words only when a quick scan finds one
 * of the query's words in them, and SQL only for identifiers the query writes as code. Nodes that score
 * nothing are left out; the rest come best first, ties by id.
 */
function rankNodes(graph, query, layers) {
    const scan = {
        query,
        words: new _text_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .StemMatcher */ .qz(query.stems),
        columnMatches: new Map(),
        sqlProbes: sqlProbesOf(query),
    };
    const ranked = [];
    for (const node of graph.nodes.values()) {
        if (!_node_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTEXT_KINDS */ .OQ.has(node.kind))
            continue;
        const why = [];
        let score = addColumnAndDescriptionScores(nameScore(node, scan, why), node, scan, why);
        if (scan.sqlProbes && SQL_KINDS.has(node.kind))
            score += sqlScore(node, scan.sqlProbes, why);
        if (score > 0) {
            const layer = layers.layerOf(node);
            if (layer !== undefined && query.stems.has((0,_text_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .stem */ .WS)(layer.toLowerCase()))) {
                score += WEIGHT.layer;
                why.push(`in the ${layer} layer ${query.subject} names`);
            }
            // Tickets are about models; a source or seed of the same name is its raw material.
            if (node.kind !== 'model')
                score *= WEIGHT.rawMaterialFactor;
            if (graph.projectName !== undefined && node.packageName !== graph.projectName) {
                score *= WEIGHT.packageFactor;
                why.push(`from the installed package ${node.packageName}`);
            }
            ranked.push({ id: node.id, score: round(score), why });
        }
    }
    return ranked.sort(byScore);
}
function byScore(a, b) {
    return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function nameScore(node, scan, why) {
    const query = scan.query;
    const name = node.name.toLowerCase();
    const exact = query.identifiers.has(name)
        ? name
        : (relationNames(node, name).find((alias) => query.identifiers.has(alias) || query.relations.has(alias)) ??
            (node.kind === 'source'
                ? sourceNames(node, name).find((alias) => query.identifiers.has(alias) || query.relations.has(alias))
                : undefined));
    if (exact !== undefined) {
        let score = WEIGHT.exactName;
        const notes = [];
        if (query.codeIdentifiers.has(exact)) {
            score += WEIGHT.nameAsCode;
            notes.push('as code');
        }
        if (query.titleIdentifiers.has(exact)) {
            score += WEIGHT.nameInTitle;
            notes.push('in the title');
        }
        why.push(`name \`${exact}\` appears in ${query.subject}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
        return score;
    }
    const nameStems = scan.words.matches(node.name) ? (0,_text_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .wordStems */ .tS)(node.name) : [];
    const shared = nameStems.filter((word) => query.stems.has(word));
    if (nameStems.length > 1 && shared.length === nameStems.length) {
        why.push(`every word of the name matches ${query.subject} (${shared.join(', ')})`);
        return WEIGHT.allNameWords;
    }
    const near = nearIdentifier(name, query);
    if (near !== undefined) {
        why.push(`name is close to \`${near}\` in ${query.subject}`);
        return WEIGHT.nearName;
    }
    if (shared.length > 0) {
        why.push(`name shares ${plainList(shared)} with ${query.subject}`);
        return (WEIGHT.someNameWords * shared.length) / nameStems.length;
    }
    return 0;
}
/** Other names a ticket may use for a source: `source.table` and the table identifier. */
/**
 * The names the warehouse knows the node by, as tickets write them: its alias (or identifier), and that
 * qualified by schema and by database and schema.
 */
function relationNames(node, name) {
    const relation = ((0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node.raw.alias) ?? (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node.raw.identifier) ?? name).toLowerCase();
    const schema = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node.raw.schema)?.toLowerCase();
    const database = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node.raw.database)?.toLowerCase();
    // The most qualified first: the reason then quotes the name as the ticket wrote it.
    const names = [];
    if (schema && database)
        names.push(`${database}.${schema}.${relation}`);
    if (schema)
        names.push(`${schema}.${relation}`);
    if (relation !== name)
        names.push(relation);
    return names;
}
function sourceNames(node, name) {
    const names = [(0,_node_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .displayNameOf */ .Nv)(node).toLowerCase()];
    const identifier = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node.raw.identifier)?.toLowerCase();
    if (identifier && identifier !== name)
        names.push(identifier);
    return names;
}
/** A ticket identifier one typo (or a singular/plural) away from the name; only for names of 5+ letters. */
function nearIdentifier(name, query) {
    if (name.length < 5)
        return undefined;
    let best;
    for (const identifier of query.identifiers) {
        if (identifier.length < 5 || Math.abs(identifier.length - name.length) > 1)
            continue;
        if ((0,_text_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .withinOneEdit */ .kq)(identifier, name) && (best === undefined || identifier < best))
            best = identifier;
    }
    return best;
}
/**
 * Columns named in the query or made of its words, and words the node's and its columns' descriptions
 * share with it; one pass over the manifest's column entries, so no column objects are built for ranking.
 */
function addColumnAndDescriptionScores(score, node, scan, why) {
    const exact = [];
    const partial = [];
    const shared = new Set();
    scan.words.collect(node.description, shared);
    const columns = node.raw.columns;
    if ((0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(columns)) {
        for (const key in columns) {
            const column = columns[key];
            if (!(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(column))
                continue;
            const name = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(column.name) ?? key;
            const match = columnMatch(name, scan);
            if (match === 'exact')
                exact.push(name);
            else if (match === 'words')
                partial.push(name);
            if (typeof column.description === 'string')
                scan.words.collect(column.description, shared);
        }
    }
    const query = scan.query;
    let columnScore = 0;
    if (exact.length > 0) {
        columnScore += Math.min(WEIGHT.exactColumnsCap, WEIGHT.exactColumn + WEIGHT.moreExactColumns * (exact.length - 1));
        why.push(`${exact.length > 1 ? 'columns' : 'column'} ${codeList(exact)} named in ${query.subject}`);
    }
    if (partial.length > 0) {
        columnScore += Math.min(WEIGHT.columnWordsCap, WEIGHT.columnWords * partial.length);
        why.push(`${partial.length > 1 ? 'columns' : 'column'} ${codeList(partial)} match words of ${query.subject}`);
    }
    // Added in this order, as separate terms, so rounding matches summing the scores one by one.
    score += columnScore;
    if (shared.size > 0) {
        why.push(`description mentions ${plainList([...shared].sort())}`);
        score += Math.min(WEIGHT.descriptionCap, WEIGHT.descriptionWord * shared.size);
    }
    return score;
}
function columnMatch(name, scan) {
    let match = scan.columnMatches.get(name);
    if (match !== undefined)
        return match;
    const lower = name.toLowerCase();
    if (scan.query.identifiers.has(lower))
        match = 'exact';
    else {
        const words = scan.words.matches(lower) ? (0,_text_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .wordStems */ .tS)(lower) : [];
        match = words.length > 0 && words.every((word) => scan.query.stems.has(word)) ? 'words' : 'none';
    }
    scan.columnMatches.set(name, match);
    return match;
}
function sqlProbesOf(query) {
    if (query.codeIdentifiers.size === 0)
        return undefined;
    return [...query.codeIdentifiers].sort().map((identifier) => ({
        identifier,
        upper: identifier.toUpperCase(),
        // `\b` is an identifier boundary here: `_` counts as a word character.
        boundary: new RegExp(`\\b${identifier.replace(/[^a-z0-9_]/g, '')}\\b`, 'i'),
    }));
}
/**
 * SQL is most of a manifest's text: a substring search (lower- or upper-case, as SQL is written) skips
 * nodes cheaply, and only a hit is checked for identifier boundaries.
 */
function sqlScore(node, probes, why) {
    const code = (0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node.raw.raw_code);
    if (!code)
        return 0;
    const names = [];
    for (const probe of probes) {
        if ((code.includes(probe.identifier) || code.includes(probe.upper)) && probe.boundary.test(code)) {
            names.push(probe.identifier);
        }
    }
    if (names.length === 0)
        return 0;
    why.push(`SQL uses ${codeList(names)}`);
    return Math.min(WEIGHT.sqlCap, WEIGHT.sqlIdentifier * names.length);
}
function codeList(names) {
    const shown = names.slice(0, MAX_LISTED).map((name) => `\`${name}\``);
    return names.length > MAX_LISTED
        ? `${shown.join(', ')} and ${names.length - MAX_LISTED} more`
        : shown.join(', ');
}
function plainList(words) {
    const shown = words.slice(0, MAX_LISTED);
    return words.length > MAX_LISTED
        ? `${shown.join(', ')} and ${words.length - MAX_LISTED} more`
        : shown.join(', ');
}
function round(score) {
    return Math.round(score * 100) / 100;
}


/***/ }),

/***/ 50954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ DEFAULT_CONTEXT_BUDGET),
  K: () => (/* binding */ selectContext)
});

// EXTERNAL MODULE: ./src/project/layers.ts
var project_layers = __webpack_require__(80127);
// EXTERNAL MODULE: ./src/context/node-facts.ts
var node_facts = __webpack_require__(21421);
// EXTERNAL MODULE: ./src/context/rank-nodes.ts
var rank_nodes = __webpack_require__(29853);
;// CONCATENATED MODULE: ./src/context/expand-lineage.ts


/** A neighbour's share of the hit's score, per step: lineage matters, but less than a direct match. */
const DECAY = 0.4;
/** Hits below this share of the best score are not expanded: they are noise, and so are their neighbours. */
const SEED_SHARE = 0.3;
const DEFAULT_SEEDS = 8;
/**
 * Adds parents and children of the top hits, up to `depth` steps away, scored as a decayed share of the
 * hit (added to their own score when they matched too). Visits each seed's neighbourhood once.
 */
function expandLineage(graph, ranked, options) {
    const best = ranked[0]?.score ?? 0;
    if (options.depth <= 0 || best <= 0)
        return [...ranked];
    const byId = new Map(ranked.map((item) => [item.id, { ...item, why: [...item.why] }]));
    const seeds = ranked
        .filter((item) => item.score >= best * SEED_SHARE)
        .slice(0, options.seeds ?? DEFAULT_SEEDS);
    const bonus = new Map();
    for (const seed of seeds) {
        const seedNode = graph.get(seed.id);
        const seedName = seedNode ? (0,node_facts/* displayNameOf */.Nv)(seedNode) : seed.id;
        walk(graph, seed.id, options.depth, 'parents', (id, distance) => {
            offer(bonus, id, seed.score * DECAY ** distance, `upstream of \`${seedName}\` (${steps(distance)})`);
        });
        walk(graph, seed.id, options.depth, 'children', (id, distance) => {
            offer(bonus, id, seed.score * DECAY ** distance, `downstream of \`${seedName}\` (${steps(distance)})`);
        });
    }
    for (const [id, { score, reason }] of bonus) {
        const item = byId.get(id);
        if (item) {
            item.score = Math.round((item.score + score) * 100) / 100;
            item.why.push(reason);
        }
        else
            byId.set(id, { id, score: Math.round(score * 100) / 100, why: [reason] });
    }
    return [...byId.values()].sort(rank_nodes/* byScore */.e);
}
function offer(bonus, id, score, reason) {
    const current = bonus.get(id);
    if (!current || score > current.score || (score === current.score && reason < current.reason)) {
        bonus.set(id, { score, reason });
    }
}
/** Breadth-first along one direction; tests, exposures and metrics are neither listed nor walked through. */
function walk(graph, start, depth, direction, visit) {
    const inContext = (id) => {
        const node = graph.get(id);
        return node !== undefined && node_facts/* CONTEXT_KINDS */.OQ.has(node.kind);
    };
    graph.lineage(start, depth, direction, inContext).forEach((level, index) => {
        for (const id of level)
            visit(id, index + 1);
    });
}
function steps(distance) {
    return distance === 1 ? '1 step' : `${distance} steps`;
}

// EXTERNAL MODULE: ./src/context/node-card.ts
var node_card = __webpack_require__(4094);
// EXTERNAL MODULE: ./src/context/text-terms.ts
var text_terms = __webpack_require__(66674);
// EXTERNAL MODULE: ./src/context/ticket-query.ts
var ticket_query = __webpack_require__(57330);
;// CONCATENATED MODULE: ./src/context/select-context.ts







const DEFAULT_CONTEXT_BUDGET = 12_000;
const DEFAULT_MAX_FULL = 5;
/** Only hits at least this share of the best score earn full detail: the rest are map lines. */
const FULL_SHARE = 0.25;
/** Share of the budget full cards may take, so the map of related nodes always has room. */
const FULL_BUDGET_SHARE = 0.7;
const CHARS_PER_TOKEN = 4;
const MAP_ONLY_REASON = 'listed in the project map';
const INTRO = 'Project context chosen for this ticket from the dbt manifest: the most relevant nodes in full, then a one-line map of others as `name (layer, materialized): columns`. For more, use describe_model, model_lineage and search_models, or read the files.';
/**
 * The project context for a ticket: nodes ranked by the ticket's text, widened along lineage, shown in
 * full (SQL and YAML columns) for the top few and as a compact map for the rest, within a token budget.
 * Deterministic, and one pass over the graph plus a sort.
 */
async function selectContext(ticket, graph, projectDir, options = {}) {
    const layers = options.layers ?? new project_layers/* Layers */.zg();
    const ranked = expandLineage(graph, (0,rank_nodes/* rankNodes */.Y)(graph, (0,ticket_query/* ticketQuery */.N)(ticket), layers), {
        depth: options.depth ?? 1,
    });
    const budgetChars = Math.max(0, (options.budgetTokens ?? DEFAULT_CONTEXT_BUDGET) * CHARS_PER_TOKEN);
    const text = new BoundedText(budgetChars);
    const items = [];
    if (!text.add(INTRO))
        return { text: '', items, tokens: 0 };
    const best = ranked[0]?.score ?? 0;
    const candidates = ranked
        .filter((item) => item.score >= best * FULL_SHARE)
        .slice(0, options.maxFull ?? DEFAULT_MAX_FULL);
    const fullIds = new Set();
    const cards = [];
    let cardChars = 0;
    for (const candidate of candidates) {
        const node = graph.get(candidate.id);
        if (!node)
            continue;
        const card = (0,node_card/* nodeCard */.bU)(graph, node, layers, await (0,node_facts/* sqlOf */.IE)(node, projectDir, graph.projectName));
        if (cardChars + card.length + 2 > budgetChars * FULL_BUDGET_SHARE)
            continue;
        cards.push(card);
        cardChars += card.length + 2;
        fullIds.add(candidate.id);
    }
    if (cards.length > 0 && text.add('', '## Most relevant (full detail)', ...joinCards(cards))) {
        for (const item of ranked)
            if (fullIds.has(item.id))
                items.push({ ...item, detail: 'full' });
    }
    else
        fullIds.clear();
    addMap(graph, layers, ranked, fullIds, text, items);
    return { text: text.value, items, tokens: (0,text_terms/* estimateTokens */.bP)(text.value) };
}
function joinCards(cards) {
    return cards.flatMap((card, index) => (index === 0 ? [card] : ['', card]));
}
/** Ranked nodes not shown in full first, then the rest of the project, until the budget is spent. */
function addMap(graph, layers, ranked, fullIds, text, items) {
    const listed = new Set(fullIds);
    const queue = [];
    for (const item of ranked)
        if (!listed.has(item.id))
            queue.push({ id: item.id, ranked: item });
    const rankedIds = new Set(ranked.map((item) => item.id));
    const rest = [...graph.nodes.values()]
        .filter((node) => node_facts/* CONTEXT_KINDS */.OQ.has(node.kind) && !rankedIds.has(node.id) && node.packageName === graph.projectName)
        .map((node) => node.id)
        .sort();
    for (const id of rest)
        queue.push({ id });
    const tailReserve = 120;
    let headed = false;
    let shown = 0;
    for (const entry of queue) {
        const node = graph.get(entry.id);
        if (!node)
            continue;
        const line = (0,node_card/* mapLine */.TU)(node, layers);
        const lines = headed ? [line] : ['', '## Project map', line];
        if (!text.fits(lines, tailReserve) || !text.add(...lines))
            break;
        headed = true;
        shown++;
        items.push(entry.ranked
            ? { ...entry.ranked, detail: 'summary' }
            : { id: entry.id, score: 0, why: [MAP_ONLY_REASON], detail: 'summary' });
    }
    const left = queue.length - shown;
    if (left > 0)
        text.add(`(${left} more not listed: find them with search_models or search_files.)`);
}
/** Lines joined by newlines that never grow past a character budget. */
class BoundedText {
    limit;
    lines = [];
    length = 0;
    constructor(limit) {
        this.limit = limit;
    }
    get value() {
        return this.lines.join('\n');
    }
    fits(lines, reserve = 0) {
        return this.length + this.cost(lines) + reserve <= this.limit;
    }
    /** Adds all the lines, or none when they would pass the budget. */
    add(...lines) {
        if (!this.fits(lines))
            return false;
        this.length += this.cost(lines);
        this.lines.push(...lines);
        return true;
    }
    cost(lines) {
        const separators = this.lines.length === 0 ? lines.length - 1 : lines.length;
        return lines.reduce((sum, line) => sum + line.length, 0) + separators;
    }
}


/***/ }),

/***/ 66674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ identifiers),
/* harmony export */   WS: () => (/* binding */ stem),
/* harmony export */   bP: () => (/* binding */ estimateTokens),
/* harmony export */   kq: () => (/* binding */ withinOneEdit),
/* harmony export */   qz: () => (/* binding */ StemMatcher),
/* harmony export */   tS: () => (/* binding */ wordStems)
/* harmony export */ });
/* unused harmony export isStopword */
/**
 * Words and identifiers of free text (tickets, descriptions, SQL) reduced to comparable terms: lower case,
 * snake_case and camelCase split into words, plural endings stripped, filler words dropped.
 */
/** English filler, SQL keywords and ticket boilerplate: they match everything and so tell nothing. */
const STOPWORDS = new Set(('a an and are as at be but by can could do does each for from has have how i if in into is it its ' +
    'like many may more most much must need needs new next no not of on one or our per please same should ' +
    'so some such than that the their them then there these they this those to up us use used using want ' +
    'wants was we were what when where which while who why will with would you your also only any all ' +
    'add adds added change changes make made get set see show shows row rows value values ' +
    'select case else end null join left right inner outer group limit union distinct coalesce ' +
    'sum min max count cast true false over partition between').split(' '));
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
function isStopword(word) {
    return STOPWORDS.has(word);
}
/** A light stemmer: enough that `orders`, `order` and `categories`/`category` meet. */
function stem(word) {
    if (word.length > 4 && word.endsWith('ies'))
        return `${word.slice(0, -3)}y`;
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'))
        return word.slice(0, -1);
    return word;
}
/**
 * Stemmed words of the text, snake_case and camelCase split, filler, one-letter and numeric words
 * dropped. A hand-rolled scanner: it runs over every name, column and description of a large project.
 */
function wordStems(text) {
    const stems = [];
    scanWords(text, (start, end) => {
        const term = termAt(text, start, end);
        if (term !== undefined)
            stems.push(term);
    });
    return stems;
}
/** Calls `visit` with the bounds of each word: runs of ASCII letters and digits, cut at camelCase humps. */
function scanWords(text, visit) {
    let start = -1;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const upper = code >= 65 && code <= 90;
        const alnum = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
        if (!alnum) {
            if (start >= 0)
                visit(start, i);
            start = -1;
        }
        else if (start < 0)
            start = i;
        else if (upper) {
            // camelCase boundary: a capital after a lower-case letter or digit starts a new word.
            const previous = text.charCodeAt(i - 1);
            if ((previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57)) {
                visit(start, i);
                start = i;
            }
        }
    }
    if (start >= 0)
        visit(start, text.length);
}
/** The stem of the word at `start`–`end`, or undefined for filler, one-letter and numeric words. */
function termAt(text, start, end) {
    const word = text.slice(start, end).toLowerCase();
    if (word.length < 2 || STOPWORDS.has(word))
        return undefined;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57)
        return undefined;
    return stem(word);
}
/** Words longer than this share one length slot in `StemMatcher`'s table. */
const LONG_WORD = 63;
/**
 * Finds which of a few stems (a query's) a text's words have: the same answer as filtering
 * `wordStems(text)`, but a word is only cut out, lower-cased and stemmed when its first letter and length
 * fit some form of a wanted stem (`order`, `orders`; `category`, `categories`). Ranking runs it over every
 * description of a project, where almost no word can match.
 */
class StemMatcher {
    stems;
    /** 1 at [first letter or digit][length] when some form of a wanted stem has that shape. */
    shapes = new Uint8Array(36 * (LONG_WORD + 1));
    constructor(stems) {
        this.stems = stems;
        for (const word of stems) {
            const forms = [word, `${word}s`];
            if (word.endsWith('y'))
                forms.push(`${word.slice(0, -1)}ies`);
            for (const form of forms) {
                const slot = shapeSlot(form.charCodeAt(0), form.length);
                if (slot >= 0)
                    this.shapes[slot] = 1;
            }
        }
    }
    /** Adds the wanted stems that words of the text have to `shared`. */
    collect(text, shared) {
        scanWords(text, (start, end) => {
            const term = this.termIfWanted(text, start, end);
            if (term !== undefined)
                shared.add(term);
        });
    }
    /** Whether any word of the text has a wanted stem. */
    matches(text) {
        let found = false;
        scanWords(text, (start, end) => {
            if (!found && this.termIfWanted(text, start, end) !== undefined)
                found = true;
        });
        return found;
    }
    termIfWanted(text, start, end) {
        const slot = shapeSlot(text.charCodeAt(start), end - start);
        if (slot < 0 || this.shapes[slot] === 0)
            return undefined;
        const term = termAt(text, start, end);
        return term !== undefined && this.stems.has(term) ? term : undefined;
    }
}
/** Table slot of a word by its first character (either case) and length; -1 when not a letter or digit. */
function shapeSlot(first, length) {
    const lower = first >= 65 && first <= 90 ? first + 32 : first;
    const index = lower >= 97 && lower <= 122 ? lower - 97 : lower >= 48 && lower <= 57 ? 26 + lower - 48 : -1;
    return index < 0 ? -1 : index * (LONG_WORD + 1) + Math.min(length, LONG_WORD);
}
/** Whole identifiers as written (`number_of_orders`), lower-cased; short ones and filler dropped. */
function identifiers(text) {
    const found = [];
    for (const match of text.matchAll(IDENTIFIER)) {
        const identifier = match[0].toLowerCase();
        if (identifier.length >= 3 && !STOPWORDS.has(identifier))
            found.push(identifier);
    }
    return found;
}
/** About four characters per token: close enough for budgeting English, SQL and YAML. */
function estimateTokens(text) {
    return Math.ceil(text.length / 4);
}
/** Whether one insertion, deletion or substitution (or none) turns `a` into `b`; allocation-free. */
function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1)
        return false;
    let start = 0;
    while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start))
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
        endA--;
        endB--;
    }
    // What is left between the common prefix and suffix must be at most one character on each side.
    return endA - start <= 1 && endB - start <= 1;
}


/***/ }),

/***/ 57330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ queryOf),
/* harmony export */   N: () => (/* binding */ ticketQuery)
/* harmony export */ });
/* harmony import */ var _text_terms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66674);

const CODE_SPAN = /`([^`\n]+)`/g;
// Two or three dot-joined names, as people write a warehouse relation; quotes around a part are dropped first.
const QUALIFIED = /(?<![\w.])[a-z_][\w$]*(?:\.[a-z_][\w$]*){1,2}(?![\w.])/g;
function relationsOf(text) {
    const unquoted = text.toLowerCase().replace(/["`[\]]/g, '');
    return new Set(unquoted.match(QUALIFIED) ?? []);
}
/** A query over free text: a search string, or a ticket's title, body, labels and fields. */
function queryOf(text, title = '', subject = 'the ticket') {
    const all = `${title}\n${text}`;
    const code = new Set();
    for (const span of all.matchAll(CODE_SPAN))
        for (const identifier of (0,_text_terms_js__WEBPACK_IMPORTED_MODULE_0__/* .identifiers */ .H2)(span[1] ?? ''))
            code.add(identifier);
    const allIdentifiers = new Set((0,_text_terms_js__WEBPACK_IMPORTED_MODULE_0__/* .identifiers */ .H2)(all));
    for (const identifier of allIdentifiers)
        if (identifier.includes('_'))
            code.add(identifier);
    return {
        identifiers: allIdentifiers,
        codeIdentifiers: code,
        titleIdentifiers: new Set((0,_text_terms_js__WEBPACK_IMPORTED_MODULE_0__/* .identifiers */ .H2)(title)),
        relations: relationsOf(all),
        stems: new Set((0,_text_terms_js__WEBPACK_IMPORTED_MODULE_0__/* .wordStems */ .tS)(all)),
        subject,
    };
}
function ticketQuery(ticket) {
    const fields = Object.entries(ticket.fields).map(([name, value]) => `${name}: ${value}`);
    return queryOf([ticket.body, ticket.labels.join(' '), ...fields].join('\n'), ticket.title);
}


/***/ }),

/***/ 53597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ FileTicketSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28942);
/* harmony import */ var _limit_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25543);
/* harmony import */ var _ticket_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71653);






const MAX_FILE_BYTES = 1024 * 1024;
const scalar = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()]).transform(String);
const TicketFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    key: scalar.pipe(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim().min(1, 'must not be empty')).optional(),
    title: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim().min(1, 'must not be empty').optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(scalar), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text) => text.split(','))], {
        error: 'must be a list of strings',
    })
        .transform((labels) => labels.map((label) => label.trim()).filter(Boolean))
        .default([]),
    url: zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5({ error: 'must be a URL' }).optional(),
    updated: scalar.optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP({ error: 'must be a string of markdown' }).optional(),
})
    .transform(({ key, title, labels, url, updated, body, ...rest }) => ({
    key,
    title,
    labels,
    url,
    updated,
    body,
    rest,
}));
const KNOWN_FIELDS = new Set(['key', 'title', 'labels', 'url', 'updated', 'body']);
/** A ticket kept in the repository: markdown with YAML front matter, or JSON with the same fields and `body`. */
class FileTicketSource {
    baseDir;
    /** @param baseDir paths are resolved against it (the repository checkout). */
    constructor(baseDir = process.cwd()) {
        this.baseDir = baseDir;
    }
    async fetch(path) {
        const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
        if (extension !== '.md' && extension !== '.json') {
            throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} must end in .md (markdown with front matter) or .json`);
        }
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.baseDir, path);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
        if (!info?.isFile()) {
            throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('not-found', `Ticket file ${path} does not exist (looked at ${absolute}): check the \`ticket\` input; paths are relative to the repository root`);
        }
        if (info.size > MAX_FILE_BYTES) {
            throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} is ${info.size} bytes; keep tickets under 1 MiB`);
        }
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8');
        const raw = extension === '.json' ? parseJsonTicket(path, text) : parseMarkdownTicket(path, text);
        return toTicket(path, raw);
    }
}
function parseJsonTicket(path, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} is not valid JSON (${messageOf(error)}): fix the syntax`);
    }
}
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
function parseMarkdownTicket(path, text) {
    const match = FRONT_MATTER.exec(text);
    const markdown = match ? text.slice(match[0].length) : text;
    let data = {};
    if (match) {
        try {
            data = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(match[1] ?? '') ?? {};
        }
        catch (error) {
            const reason = messageOf(error).split('\n')[0];
            throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} has front matter that is not valid YAML (${reason}): fix it between the \`---\` lines`);
        }
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} front matter must be a mapping such as \`title: Add order counts\``);
    }
    if ('body' in data) {
        throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} sets \`body\` in its front matter: in a .md ticket the body is the text after the front matter`);
    }
    return { ...data, body: markdown };
}
function toTicket(path, raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} must hold an object with at least \`title\``);
    }
    const parsed = TicketFileSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `\`${issue.path.join('.') || 'file'}\` ${issue.message}`);
        throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} is not valid: ${problems.join('; ')}`);
    }
    const { key, labels, url, updated, rest } = parsed.data;
    let body = (parsed.data.body ?? '').replace(/^\s*\n/, '').trimEnd();
    let title = parsed.data.title;
    if (title === undefined) {
        // A markdown ticket without a title may open with a `# Heading`; that heading is the title.
        const heading = /^#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(body);
        if (!heading?.[1]) {
            throw new _ticket_js__WEBPACK_IMPORTED_MODULE_3__/* .TicketError */ .F('invalid', `Ticket file ${path} has no \`title\`: add \`title: …\` (front matter or JSON) or start the body with a \`# Heading\``);
        }
        title = heading[1];
        body = body
            .slice(heading[0].length)
            .replace(/^\s*\n/, '')
            .trimEnd();
    }
    const fields = {};
    for (const [name, value] of Object.entries(rest)) {
        if (KNOWN_FIELDS.has(name) || value === null || value === undefined)
            continue;
        fields[name] = fieldText(value);
    }
    return {
        key: key ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)).toUpperCase(),
        source: 'file',
        title,
        body: (0,_limit_body_js__WEBPACK_IMPORTED_MODULE_5__/* .limitTicketBody */ .YR)(body),
        labels,
        url,
        fields,
        updated,
    };
}
function fieldText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
        return value.map(String).join(', ');
    }
    return JSON.stringify(value);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 25543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YR: () => (/* binding */ limitTicketBody)
/* harmony export */ });
/* unused harmony exports MAX_TICKET_BODY_BYTES, truncationNote */
/**
 * The most ticket body the model is shown. 200 KB is about 50k tokens: more than any real ticket needs,
 * and small enough that a pasted log or data dump cannot eat the run's input-token budget on the first turn.
 */
const MAX_TICKET_BODY_BYTES = 200 * 1024;
/** The visible marker appended where a body was cut, so the model and the reviewer both know. */
function truncationNote(keptBytes, totalBytes) {
    const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
    return `\n\n[Autopilot truncated this ticket body: showing the first ${kb(keptBytes)} of ${kb(totalBytes)}. Put long logs or data in an attachment or link instead.]`;
}
/** The body unchanged when it fits, else its first `maxBytes` (UTF-8, cut at a character boundary) plus a note. */
function limitTicketBody(body, maxBytes = MAX_TICKET_BODY_BYTES) {
    const bytes = Buffer.from(body, 'utf8');
    if (bytes.length <= maxBytes)
        return body;
    // Decoding a prefix that ends inside a multi-byte character yields U+FFFD at the end: drop it.
    let kept = bytes.subarray(0, maxBytes).toString('utf8');
    if (kept.endsWith('\uFFFD') && !body.startsWith(kept))
        kept = kept.slice(0, -1);
    // Cutting at the last line break keeps a markdown line (a table row, a fence) whole when one is near.
    const lineEnd = kept.lastIndexOf('\n');
    if (lineEnd > kept.length * 0.9)
        kept = kept.slice(0, lineEnd);
    return kept.trimEnd() + truncationNote(Buffer.byteLength(kept, 'utf8'), bytes.length);
}


/***/ }),

/***/ 71653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ TicketError)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);

/** A ticket could not be read; `message` says what to do about it. */
class TicketError extends _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W {
    kind;
    retryAfterMs;
    constructor(kind, message, retryAfterMs) {
        super('failed:ticket', message);
        this.kind = kind;
        this.retryAfterMs = retryAfterMs;
    }
}


/***/ })

};
