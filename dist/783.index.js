export const id = 783;
export const ids = [783];
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
        : node.kind === 'source'
            ? sourceNames(node, name).find((alias) => query.identifiers.has(alias))
            : undefined;
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
    const seen = new Set([start]);
    let frontier = [start];
    for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
        const next = [];
        for (const id of frontier) {
            const neighbours = direction === 'parents' ? graph.parentsOf(id) : graph.childrenOf(id);
            for (const neighbour of neighbours) {
                if (seen.has(neighbour))
                    continue;
                seen.add(neighbour);
                const node = graph.get(neighbour);
                if (!node || !node_facts/* CONTEXT_KINDS */.OQ.has(node.kind))
                    continue;
                visit(neighbour, distance);
                next.push(neighbour);
            }
        }
        frontier = next;
    }
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
        stems: new Set((0,_text_terms_js__WEBPACK_IMPORTED_MODULE_0__/* .wordStems */ .tS)(all)),
        subject,
    };
}
function ticketQuery(ticket) {
    const fields = Object.entries(ticket.fields).map(([name, value]) => `${name}: ${value}`);
    return queryOf([ticket.body, ticket.labels.join(' '), ...fields].join('\n'), ticket.title);
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2503);
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
