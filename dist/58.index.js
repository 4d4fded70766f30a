export const id = 58;
export const ids = [58];
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

/***/ 16833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cT: () => (/* binding */ computeImpact),
  kM: () => (/* binding */ downstreamNodes),
  np: () => (/* binding */ stateModifiedPlus)
});

// UNUSED EXPORTS: normalizeType, sameColumnShapes, sameValue

// EXTERNAL MODULE: ./src/project/graph.ts
var graph = __webpack_require__(31977);
;// CONCATENATED MODULE: ./src/impact/modified-macros.ts

/**
 * dbt-core's `check_macros_modified`: a macro is modified when its `macro_sql` differs, or it was added or
 * removed (root project, packages and dbt's own alike); a node is modified when any macro it depends on
 * reaches a modified one through `depends_on.macros`, transitively. Memoized, so a project costs one pass.
 */
class ModifiedMacros {
    next;
    modified;
    paths = new Map();
    constructor(base, next) {
        this.next = next;
        const modified = new Set();
        for (const [id, macro] of next.macros) {
            if (base.macros.get(id)?.sql !== macro.sql)
                modified.add(id);
        }
        for (const id of base.macros.keys())
            if (!next.macros.has(id))
                modified.add(id);
        this.modified = modified;
    }
    /**
     * The chain from a macro the node calls to the modified macro it reaches (`[called, …, modified]`), or
     * undefined when none of its macros is modified.
     */
    pathFrom(node) {
        if (this.modified.size === 0)
            return undefined;
        for (const id of macrosOf(node.raw)) {
            const path = this.pathOf(id, new Set());
            if (path)
                return path;
        }
        return undefined;
    }
    pathOf(id, visiting) {
        return this.search(id, visiting, { cut: false });
    }
    /** Depth-first; a "not reached" found while a cycle was cut short is not remembered, as it may be wrong. */
    search(id, visiting, cycle) {
        const known = this.paths.get(id);
        if (known !== undefined)
            return known;
        if (this.modified.has(id))
            return this.remember(id, [id]);
        if (visiting.has(id)) {
            cycle.cut = true;
            return null;
        }
        visiting.add(id);
        const inner = { cut: false };
        let found = null;
        for (const callee of this.next.macros.get(id)?.dependsOn ?? []) {
            const path = this.search(callee, visiting, inner);
            if (path) {
                found = [id, ...path];
                break;
            }
        }
        visiting.delete(id);
        if (inner.cut)
            cycle.cut = true;
        if (found || !inner.cut)
            this.remember(id, found);
        return found;
    }
    remember(id, path) {
        this.paths.set(id, path);
        return path;
    }
}
function macrosOf(raw) {
    const dependsOn = raw.depends_on;
    if (!(0,graph/* isRecord */.u4)(dependsOn) || !Array.isArray(dependsOn.macros))
        return [];
    return dependsOn.macros.filter((id) => typeof id === 'string');
}

// EXTERNAL MODULE: ./src/impact/same-value.ts
var same_value = __webpack_require__(20818);
;// CONCATENATED MODULE: ./src/impact/changed-vars.ts



/**
 * Names of vars whose value differs between two projects' `vars:`. A key named after a package (or the
 * project) holds that package's scoped vars: its inner names are compared instead.
 */
function changedVarNames(base, next, packages) {
    const names = new Set();
    for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
        const [a, b] = [base[key], next[key]];
        if ((0,same_value/* sameValue */.eE)(a, b))
            continue;
        if (packages.has(key) && ((0,graph/* isRecord */.u4)(a) || (0,graph/* isRecord */.u4)(b))) {
            const [inner, outer] = [(0,graph/* isRecord */.u4)(a) ? a : {}, (0,graph/* isRecord */.u4)(b) ? b : {}];
            for (const name of new Set([...Object.keys(inner), ...Object.keys(outer)])) {
                if (!(0,same_value/* sameValue */.eE)(inner[name], outer[name]))
                    names.add(name);
            }
        }
        else
            names.add(key);
    }
    return [...names].sort();
}
const VAR_CALL = /\bvar\(\s*(['"])([^'"]+)\1/g;
/**
 * Which changed vars a node reads: `var('name')` in its SQL or unrendered config, or in a macro it calls
 * (transitively). dbt 1.12's `state:modified` ignores vars (dbt-core #4304: the flag `state_modified_compare_vars`
 * exists but dbt does not act on it), so these nodes are reported beside the selection, not in it.
 */
class VarReaders {
    next;
    changed;
    macroVars = new Map();
    constructor(next, changed) {
        this.next = next;
        this.changed = changed;
    }
    varsOf(node) {
        if (this.changed.size === 0)
            return [];
        const found = new Set();
        this.collect(`${str(node.raw.raw_code)}\n${JSON.stringify(node.raw.unrendered_config ?? {})}`, found);
        for (const macro of macrosOf(node.raw))
            for (const name of this.readByMacro(macro, new Set()))
                found.add(name);
        return [...found].sort();
    }
    readByMacro(id, visiting) {
        const known = this.macroVars.get(id);
        if (known)
            return known;
        const found = new Set();
        const macro = this.next.macros.get(id);
        if (!macro || visiting.has(id))
            return found;
        visiting.add(id);
        this.collect(macro.sql, found);
        for (const callee of macro.dependsOn)
            for (const name of this.readByMacro(callee, visiting))
                found.add(name);
        visiting.delete(id);
        this.macroVars.set(id, found);
        return found;
    }
    collect(text, into) {
        for (const match of text.matchAll(VAR_CALL)) {
            const name = match[2];
            if (this.changed.has(name))
                into.add(name);
        }
    }
}
function str(value) {
    return typeof value === 'string' ? value : '';
}

;// CONCATENATED MODULE: ./src/impact/state-modified.ts


/** NodeConfig fields marked `CompareBehavior.Exclude`: alias/schema/database are compared as the relation. */
const NODE_CONFIG_EXCLUDED = ['alias', 'schema', 'database', 'tags', 'group'];
/** `TestConfig.same_contents` compares only these keys. */
const TEST_CONFIG_KEYS = [
    'severity',
    'where',
    'limit',
    'fail_calc',
    'warn_if',
    'error_if',
    'store_failures',
    'store_failures_as',
    'sql_header',
];
/** `same_contents` of the YAML-defined resources. */
const YAML_RESOURCES = {
    source: { fields: ['identifier', 'quoting', 'freshness', 'loaded_at_field', 'external'], excluded: [] },
    exposure: {
        fields: ['type', 'owner', 'maturity', 'url', 'description', 'label', 'depends_on'],
        excluded: [],
    },
    metric: {
        fields: ['filter', 'metadata', 'type', 'type_params', 'description', 'label'],
        excluded: ['group'],
    },
    semantic_model: {
        fields: [
            'model',
            'description',
            'defaults',
            'entities',
            'dimensions',
            'measures',
            'primary_entity',
            'group',
        ],
        excluded: [],
        rendered: true,
    },
    saved_query: {
        fields: [
            'query_params.metrics',
            'query_params.group_by',
            'query_params.where',
            'description',
            'label',
            'group',
            'tags',
        ],
        excluded: [],
        rendered: true,
    },
};
/** How a node that exists in both manifests differs in dbt's eyes; undefined when dbt sees it unmodified. */
function stateModification(old, now, macros) {
    const found = new Found();
    const yaml = YAML_RESOURCES[now.kind];
    if (now.kind === 'unit_test') {
        if (!(0,same_value/* sameValue */.eE)(old.raw.checksum, now.raw.checksum))
            found.add('definition', 'unit test definition changed');
    }
    else if (yaml) {
        const fields = yaml.fields.filter((field) => !(0,same_value/* sameValue */.eE)(valueAt(old.raw, field), valueAt(now.raw, field)));
        if (now.kind === 'saved_query' && !sameExports(old, now))
            fields.push('exports');
        if (fields.length > 0)
            found.add('definition', `definition changed: ${fields.join(', ')}`);
        if (now.kind === 'source')
            sourceRelation(old, now, found);
        compareConfig(old, now, { excluded: yaml.excluded, rendered: yaml.rendered }, found);
    }
    else
        nodeContents(old, now, found);
    if (now.kind === 'source' || now.kind === 'exposure')
        fqn(old, now, found);
    const path = macros.pathFrom(now);
    if (path) {
        const changed = macroName(path.at(-1));
        const through = path.slice(0, -1).map((id) => `\`${macroName(id)}\``);
        found.add('macro', `macro \`${changed}\` changed${through.length > 0 ? ` (called through ${through.join(', ')})` : ''}`);
        found.macros = path;
    }
    return found.reasons.length > 0 ? found.result() : undefined;
}
class Found {
    reasons = [];
    why = [];
    config = [];
    macros;
    add(reason, why) {
        if (!this.reasons.includes(reason))
            this.reasons.push(reason);
        this.why.push(why);
    }
    result() {
        return {
            reasons: this.reasons,
            why: this.why,
            config: this.config,
            ...(this.macros ? { macros: this.macros } : {}),
        };
    }
}
/** `ParsedNode.same_contents` and its overrides: models, seeds, snapshots, analyses and tests. */
function nodeContents(old, now, found) {
    if (now.kind === 'test' && (0,graph/* isRecord */.u4)(now.raw.test_metadata)) {
        // GenericTestNode: only the test config's modifiers and the fqn.
        compareConfig(old, now, { only: TEST_CONFIG_KEYS }, found);
        fqn(old, now, found);
        return;
    }
    body(old, now, found);
    compareConfig(old, now, now.kind === 'test' ? { only: TEST_CONFIG_KEYS } : { excluded: NODE_CONFIG_EXCLUDED }, found);
    persistedDescription(old, now, found);
    fqn(old, now, found);
    relation(old, now, found);
    if (now.kind === 'model') {
        contract(old, now, found);
        refRepresentation(old, now, found);
    }
}
function body(old, now, found) {
    const [a, b] = [old.raw.raw_code, now.raw.raw_code];
    // Seeds compare their file checksum (`same_seeds`); the rest their raw code, else the file checksum.
    const same = now.kind !== 'seed' && typeof a === 'string' && typeof b === 'string'
        ? a === b
        : old.checksum === now.checksum;
    if (!same)
        found.add('body', now.kind === 'seed' ? 'seed file changed' : 'SQL changed');
}
function compareConfig(old, now, keys, found) {
    // dbt compares what the project wrote (`unrendered_config`), so target-dependent values do not differ.
    const unrendered = keys.rendered !== true && (0,graph/* isRecord */.u4)(old.raw.unrendered_config) && (0,graph/* isRecord */.u4)(now.raw.unrendered_config);
    const before = unrendered ? old.raw.unrendered_config : old.config;
    const after = unrendered ? now.raw.unrendered_config : now.config;
    const names = keys.only ?? [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changes = [];
    for (const key of names) {
        if (keys.excluded?.includes(key))
            continue;
        const presence = unrendered && Object.hasOwn(before, key) !== Object.hasOwn(after, key);
        if (presence || !(0,same_value/* sameValue */.eE)(before[key], after[key]))
            changes.push({ key, before: before[key], after: after[key] });
    }
    if (changes.length === 0)
        return;
    found.config = changes;
    found.add('config', `config changed: ${changes.map((change) => `${change.key} (${show(change.before)} → ${show(change.after)})`).join(', ')}`);
}
function persistedDescription(old, now, found) {
    const persist = (0,graph/* isRecord */.u4)(now.config.persist_docs) ? now.config.persist_docs : {};
    if (persist.relation === true && old.description !== now.description) {
        found.add('description', 'description changed (persisted to the warehouse by persist_docs)');
    }
    if (persist.columns === true && !(0,same_value/* sameValue */.eE)(columnDescriptions(old), columnDescriptions(now))) {
        found.add('description', 'column descriptions changed (persisted to the warehouse by persist_docs)');
    }
}
function columnDescriptions(node) {
    const columns = (0,graph/* isRecord */.u4)(node.raw.columns) ? node.raw.columns : {};
    return Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, (0,graph/* isRecord */.u4)(column) ? column.description : undefined]));
}
function fqn(old, now, found) {
    if (!(0,same_value/* sameValue */.eE)(old.raw.fqn, now.raw.fqn)) {
        found.add('fqn', `moved or renamed (fqn ${show(old.raw.fqn)} → ${show(now.raw.fqn)})`);
    }
}
/** `same_database_representation`: the configured database, schema and alias, not the rendered ones. */
function relation(old, now, found) {
    const unrendered = (0,graph/* isRecord */.u4)(old.raw.unrendered_config) && (0,graph/* isRecord */.u4)(now.raw.unrendered_config);
    const source = (node) => unrendered ? node.raw.unrendered_config : node.config;
    const keys = ['database', 'schema', 'alias'].filter((key) => !(0,same_value/* sameValue */.eE)(source(old)[key], source(now)[key]));
    if (keys.length > 0)
        found.add('relation', `configured relation changed: ${keys.join(', ')}`);
}
function sourceRelation(old, now, found) {
    const field = (node, key) => Object.hasOwn(node.raw, `unrendered_${key}`) ? node.raw[`unrendered_${key}`] : node.raw[key];
    const keys = ['database', 'schema'].filter((key) => !(0,same_value/* sameValue */.eE)(field(old, key), field(now, key)));
    if (keys.length > 0)
        found.add('relation', `configured relation changed: ${keys.join(', ')}`);
}
/** `ModelNode.same_contract`: by the contract checksum dbt writes (columns, types, constraints). */
function contract(old, now, found) {
    if (!old.contractEnforced && !now.contractEnforced)
        return;
    if (!old.contractEnforced)
        return found.add('contract', 'contract now enforced');
    if (!now.contractEnforced)
        return found.add('contract', 'contract no longer enforced');
    const checksum = (node) => (0,graph/* isRecord */.u4)(node.raw.contract) ? node.raw.contract.checksum : undefined;
    const [a, b] = [checksum(old), checksum(now)];
    // Without checksums (older or hand-made manifests), compare what the checksum covers.
    const same = a || b
        ? a === b
        : (0,same_value/* sameColumnShapes */.Tc)(old.raw.columns, now.raw.columns) &&
            (0,same_value/* sameValue */.eE)(old.raw.constraints, now.raw.constraints) &&
            old.materialized === now.materialized;
    if (!same)
        found.add('contract', 'contract changed (columns, data types or constraints)');
}
/** `ModelNode.same_ref_representation`. */
function refRepresentation(old, now, found) {
    for (const key of ['latest_version', 'access', 'deprecation_date']) {
        const [a, b] = [old.raw[key] ?? old.config[key], now.raw[key] ?? now.config[key]];
        if (!(0,same_value/* sameValue */.eE)(a, b))
            found.add('ref', `${key} changed (${show(a)} → ${show(b)})`);
    }
}
function valueAt(raw, field) {
    const [head, inner] = field.split('.');
    const value = raw[head];
    return inner === undefined ? value : (0,graph/* isRecord */.u4)(value) ? value[inner] : undefined;
}
/** `SavedQuery.same_exports`: the same exports in order, by name and configured export_as/schema/alias. */
function sameExports(old, now) {
    const a = listOf(old.raw.exports);
    const b = listOf(now.raw.exports);
    if (a.length !== b.length)
        return false;
    return a.every((before, i) => {
        const after = b[i];
        if (!(0,graph/* isRecord */.u4)(before) || !(0,graph/* isRecord */.u4)(after) || before.name !== after.name)
            return false;
        const x = (0,graph/* isRecord */.u4)(before.unrendered_config) ? before.unrendered_config : {};
        const y = (0,graph/* isRecord */.u4)(after.unrendered_config) ? after.unrendered_config : {};
        return ['export_as', 'schema', 'alias'].every((key) => (0,same_value/* sameValue */.eE)(x[key], y[key]));
    });
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function macroName(id) {
    return id.replace(/^macro\./, '');
}
function show(value) {
    if (value === undefined || value === null)
        return 'none';
    return typeof value === 'string' ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/impact/impact.ts





/** Every downstream node but the tests, nearest first (ties by id): what a reader of the impact is shown. */
function downstreamNodes(impact) {
    const { models, exposures, metrics, semanticModels, savedQueries, other } = impact.downstream;
    return [...models, ...exposures, ...metrics, ...semanticModels, ...savedQueries, ...other].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
}
const TEST_KINDS = new Set(['test', 'unit_test']);
const NO_COLUMN_CHANGES = Object.freeze({
    added: [],
    removed: [],
    retyped: [],
});
/**
 * What a change did, by dbt-core's `state:modified` rules: nodes added, removed or modified between the
 * base manifest and the new one (macros they call included), and every node downstream of them (in the new
 * graph; for removed nodes, their children in the base that remain). The changed nodes that remain plus
 * the downstream ones are what `dbt ls -s state:modified+` selects. Linear in the size of both manifests.
 */
function computeImpact(base, next, options = {}) {
    const macros = new ModifiedMacros(base, next);
    const changed = [];
    for (const node of next.nodes.values()) {
        const old = base.get(node.id);
        if (!old)
            changed.push({ ...nodeChange(node, 'added'), why: ['new'] });
        else {
            const modification = stateModification(old, node, macros);
            if (modification)
                changed.push(modified(old, node, modification));
        }
    }
    for (const old of base.nodes.values()) {
        if (next.nodes.has(old.id))
            continue;
        const removal = nodeChange(old, 'removed');
        if (next.disabled.has(old.id))
            removal.disabled = true;
        changed.push(removal);
    }
    changed.sort((a, b) => a.id.localeCompare(b.id));
    const changedIds = new Set(changed.map((change) => change.id));
    const reached = downstreamOf(base, next, changed, changedIds);
    return {
        changed,
        downstream: classify(next, reached),
        edges: lineageEdges(base, next, changed, changedIds, reached),
        vars: varImpact(next, options),
    };
}
/**
 * What `dbt ls -s state:modified+ --resource-type <kinds>` lists: changed nodes still in the new manifest
 * and everything downstream, of the given kinds (all when none are given), sorted.
 */
function stateModifiedPlus(impact, kinds) {
    const ids = [
        ...impact.changed.filter((change) => change.change !== 'removed'),
        ...Object.values(impact.downstream).flat(),
    ]
        .filter((node) => kinds === undefined || kinds.includes(node.kind))
        .map((node) => node.id);
    return [...new Set(ids)].sort();
}
function varImpact(next, options) {
    if (!options.vars)
        return { changed: [], readers: [] };
    const packages = new Set([...next.nodes.values()].map((node) => node.packageName));
    const changed = changedVarNames(options.vars.base, options.vars.next, packages);
    const readers = new VarReaders(next, new Set(changed));
    const found = [];
    for (const node of next.nodes.values()) {
        const vars = readers.varsOf(node);
        if (vars.length > 0)
            found.push({ id: node.id, kind: node.kind, name: node.name, vars });
    }
    return { changed, readers: found.sort((a, b) => a.id.localeCompare(b.id)) };
}
function nodeChange(node, change) {
    const testOf = TEST_KINDS.has(node.kind) ? testedNode(node) : undefined;
    return {
        id: node.id,
        kind: node.kind,
        name: node.name,
        change,
        reasons: [],
        why: [],
        config: [],
        columns: NO_COLUMN_CHANGES,
        ...(testOf ? { testOf } : {}),
    };
}
function testedNode(test) {
    const attached = test.raw.attached_node;
    if (typeof attached === 'string' && attached)
        return attached;
    const dependsOn = test.raw.depends_on;
    if (typeof dependsOn !== 'object' || dependsOn === null || !('nodes' in dependsOn))
        return undefined;
    const nodes = dependsOn.nodes;
    return Array.isArray(nodes) && typeof nodes[0] === 'string' ? nodes[0] : undefined;
}
function modified(old, now, modification) {
    const columns = (0,same_value/* sameColumnShapes */.Tc)(old.raw.columns, now.raw.columns)
        ? NO_COLUMN_CHANGES
        : columnChanges(old.columns, now.columns);
    return {
        ...nodeChange(now, 'modified'),
        reasons: modification.reasons,
        why: modification.why,
        config: modification.config,
        columns,
    };
}
function columnChanges(before, after) {
    if (before.length === 0 && after.length === 0)
        return NO_COLUMN_CHANGES;
    const old = new Map(before.map((column) => [column.name.toLowerCase(), column]));
    const now = new Map(after.map((column) => [column.name.toLowerCase(), column]));
    const changes = { added: [], removed: [], retyped: [] };
    for (const [key, column] of now) {
        const previous = old.get(key);
        if (!previous)
            changes.added.push(column.name);
        else if (previous.dataType !== column.dataType &&
            (0,same_value/* normalizeType */.AZ)(previous.dataType) !== (0,same_value/* normalizeType */.AZ)(column.dataType)) {
            changes.retyped.push({ name: column.name, before: previous.dataType, after: column.dataType });
        }
    }
    for (const [key, column] of old)
        if (!now.has(key))
            changes.removed.push(column.name);
    return changes;
}
function downstreamOf(base, next, changed, changedIds) {
    const reached = new Map();
    let frontier = [];
    for (const change of changed) {
        const children = change.change === 'removed' ? base.childrenOf(change.id) : next.childrenOf(change.id);
        for (const child of children) {
            if (!changedIds.has(child) && next.nodes.has(child) && !reached.has(child)) {
                reached.set(child, { distance: 1, via: change.id });
                frontier.push(child);
            }
        }
    }
    for (let distance = 2; frontier.length > 0; distance++) {
        const following = [];
        for (const id of frontier) {
            const { via } = reached.get(id);
            for (const child of next.childrenOf(id)) {
                if (changedIds.has(child) || reached.has(child) || !next.nodes.has(child))
                    continue;
                reached.set(child, { distance, via });
                following.push(child);
            }
        }
        frontier = following;
    }
    return reached;
}
const GROUP_OF_KIND = {
    model: 'models',
    test: 'tests',
    unit_test: 'tests',
    exposure: 'exposures',
    metric: 'metrics',
    semantic_model: 'semanticModels',
    saved_query: 'savedQueries',
};
function classify(next, reached) {
    const groups = {
        models: [],
        tests: [],
        exposures: [],
        metrics: [],
        semanticModels: [],
        savedQueries: [],
        other: [],
    };
    for (const [id, { distance, via }] of reached) {
        const node = next.get(id);
        groups[GROUP_OF_KIND[node.kind] ?? 'other'].push({ id, kind: node.kind, name: node.name, distance, via });
    }
    for (const list of Object.values(groups)) {
        list.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
    }
    return groups;
}
function lineageEdges(base, next, changed, changedIds, reached) {
    const drawn = (id) => (changedIds.has(id) || reached.has(id)) && !TEST_KINDS.has((next.get(id) ?? base.get(id))?.kind ?? '');
    const edges = [];
    for (const change of changed) {
        if (!drawn(change.id))
            continue;
        const graph = change.change === 'removed' ? base : next;
        for (const child of graph.childrenOf(change.id))
            if (drawn(child))
                edges.push([change.id, child]);
    }
    for (const id of reached.keys()) {
        if (!drawn(id))
            continue;
        for (const child of next.childrenOf(id))
            if (drawn(child))
                edges.push([id, child]);
    }
    return edges;
}


/***/ }),

/***/ 20818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ normalizeType),
/* harmony export */   Tc: () => (/* binding */ sameColumnShapes),
/* harmony export */   eE: () => (/* binding */ sameValue)
/* harmony export */ });
/* harmony import */ var _project_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31977);

/** Structural equality of JSON values; `null` and a missing value are the same (dbt writes both). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (a === null || a === undefined)
        return b === null || b === undefined;
    if (b === null || b === undefined || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!sameValue(a[i], b[i]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const left = a;
    const right = b;
    for (const key in left)
        if (!sameValue(left[key], right[key]))
            return false;
    for (const key in right)
        if (!(key in left) && right[key] !== null && right[key] !== undefined)
            return false;
    return true;
}
/** Same column names, types and constraints (descriptions and other docs are not compared), in raw form. */
function sameColumnShapes(before, after) {
    if (!(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(before) || !(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(after))
        return sameValue(before, after);
    let count = 0;
    for (const key in before) {
        const a = before[key];
        const b = after[key];
        if (!(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(a) || !(0,_project_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(b)) {
            if (a !== b)
                return false;
        }
        else if (a.name !== b.name || a.data_type !== b.data_type || !sameValue(a.constraints, b.constraints)) {
            return false;
        }
        count++;
    }
    for (const key in after)
        if (key)
            count--;
    return count === 0;
}
/** A data type as dbt would compare it for equality: case and spacing do not matter. */
function normalizeType(type) {
    if (type === undefined)
        return '';
    return type
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/\s*([(),])\s*/g, '$1')
        .trim();
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

/***/ 67058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ impactSummaryLine),
/* harmony export */   CZ: () => (/* binding */ renderImpactSection),
/* harmony export */   QC: () => (/* binding */ displayName)
/* harmony export */ });
/* unused harmony exports DEFAULT_LINEAGE_NODES, mermaidLabel */
/* harmony import */ var _impact_impact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16833);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


const DEFAULT_LINEAGE_NODES = 40;
const LABEL_LIMIT = 60;
/** The PR's impact section: counts, contract findings with what to do, and a capped lineage diagram. */
function renderImpactSection(report, options = {}) {
    const listLimit = options.listLimit ?? Number.MAX_SAFE_INTEGER;
    const { impact, findings } = report;
    if (impact.changed.length === 0) {
        const none = 'No dbt nodes changed between the base manifest and this branch.';
        const vars = varsLine(impact);
        return vars ? `${none}\n\n${vars}` : none;
    }
    const parts = [
        reachLine(report),
        removedTestsWarning(impact),
        changesTable(impact, listLimit),
        varsLine(impact),
        findingsSection(findings, listLimit),
    ].filter((part) => part !== undefined);
    const lineage = lineageDiagram(impact, Math.min(options.maxNodes ?? DEFAULT_LINEAGE_NODES, listLimit));
    if (lineage)
        parts.push(lineage);
    return parts.join('\n\n');
}
/** "Task: add-column, low risk. 2 changed nodes reach 0 downstream models, 5 tests, 1 exposure, 0 metrics." */
function reachLine({ impact, task }) {
    const { downstream } = impact;
    const semantic = downstream.semanticModels.length + downstream.savedQueries.length;
    const reach = [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(downstream.models.length, 'downstream model'),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(downstream.tests.length, 'test'),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(downstream.exposures.length, 'exposure'),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(downstream.metrics.length, 'metric'),
        ...(semantic > 0
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(semantic, 'semantic model or saved query', 'semantic models or saved queries')]
            : []),
    ];
    const taskLine = task ? `**Task:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(task.kind)}, ${task.risk} risk. ` : '';
    return `${taskLine}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(impact.changed.length, 'changed node')} ${impact.changed.length === 1 ? 'reaches' : 'reach'} ${reach.join(', ')}.`;
}
function removedTestsWarning(impact) {
    const removed = impact.changed.filter((change) => isTest(change) && change.change === 'removed');
    if (removed.length === 0)
        return undefined;
    const names = removed.slice(0, WHY_ROWS).map((test) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(test.name));
    const more = removed.length > WHY_ROWS ? ` and ${removed.length - WHY_ROWS} more` : '';
    return `> [!WARNING]\n> The change removes ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(removed.length, 'test')}: ${names.join(', ')}${more}. Check that what it tested is still tested.`;
}
const WHY_ROWS = 15;
const NAMES_PER_CELL = 6;
const isTest = (change) => change.kind === 'test' || change.kind === 'unit_test';
/**
 * One row per changed node but tests: what changed (in dbt's `state:modified` terms), its declared columns
 * added / removed / retyped, the tests the change added or removed on it, and what it reaches downstream.
 */
function changesTable(impact, listLimit) {
    const nodes = impact.changed.filter((change) => !isTest(change));
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .limited */ .TJ)(nodes, Math.min(listLimit, WHY_ROWS));
    if (shown.length === 0)
        return undefined;
    const testsOf = groupBy(impact.changed.filter(isTest), (test) => test.testOf);
    const reachedVia = groupBy((0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_0__/* .downstreamNodes */ .kM)(impact), (node) => node.via);
    const rows = shown.map((change) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(displayName(change.id)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(changeCell(change)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(columnsCell(change)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(testsCell(testsOf.get(change.id) ?? [])),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(downstreamCell(reachedVia.get(change.id) ?? [])),
    ]);
    const lines = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Node', 'Change', 'Columns', 'Tests', 'Downstream'], rows)];
    if (omitted > 0)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .moreLine */ .g0)(omitted));
    const orphanTests = impact.changed.filter((change) => isTest(change) && !nodes.some((node) => node.id === change.testOf));
    if (orphanTests.length > 0)
        lines.push('', `Tests changed on nodes the change left alone: ${testsCell(orphanTests)}.`);
    return lines.join('\n');
}
function changeCell(change) {
    const kind = change.kind === 'model' ? '' : ` ${change.kind.replace('_', ' ')}`;
    if (change.change !== 'modified')
        return `${change.change}${kind}${change.disabled ? ' (disabled)' : ''}`;
    return `modified${kind}${change.why.length > 0 ? `: ${change.why.join('; ')}` : ''}`;
}
function columnsCell(change) {
    const { added, removed, retyped } = change.columns;
    const parts = [
        ...added.map((name) => `+${name}`),
        ...removed.map((name) => `−${name}`),
        ...retyped.map((c) => `~${c.name} ${c.before ?? '?'} → ${c.after ?? '?'}`),
    ];
    return parts.length > 0 ? names(parts) : '—';
}
function testsCell(tests) {
    if (tests.length === 0)
        return '—';
    const mark = (test) => test.change === 'added'
        ? `+${test.name}`
        : test.change === 'removed'
            ? `⚠️ −${test.name}`
            : `~${test.name}`;
    return names(tests.map(mark));
}
function downstreamCell(nodes) {
    const shown = nodes.filter((node) => node.kind !== 'test');
    if (shown.length === 0)
        return '—';
    return names(shown.map((node) => `${node.kind === 'model' ? '' : `${node.kind.replace('_', ' ')} `}${displayName(node.id)}`));
}
function names(items) {
    const more = items.length > NAMES_PER_CELL ? `, and ${items.length - NAMES_PER_CELL} more` : '';
    return `${items.slice(0, NAMES_PER_CELL).join(', ')}${more}`;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        if (k === undefined)
            continue;
        groups.set(k, [...(groups.get(k) ?? []), item]);
    }
    return groups;
}
function varsLine(impact) {
    const { changed, readers } = impact.vars;
    if (readers.length === 0)
        return undefined;
    const names = readers.slice(0, WHY_ROWS).map((node) => `\`${displayName(node.id)}\``);
    const more = readers.length > WHY_ROWS ? ` and ${readers.length - WHY_ROWS} more` : '';
    return `**Changed vars** (${changed.map((name) => `\`${name}\``).join(', ')}) are read by ${names.join(', ')}${more}; dbt's \`state:modified\` does not select nodes for a var change.`;
}
function findingsSection(findings, listLimit) {
    if (findings.length === 0)
        return '**Contracts:** no breaking changes found.';
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
    const title = `**Contract findings:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(breaking, 'breaking change')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(findings.length - breaking, 'warning')}.`;
    const ordered = [...findings].sort((a, b) => severityRank(a) - severityRank(b));
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .limited */ .TJ)(ordered, listLimit);
    const rows = shown.map((finding) => [
        finding.severity === 'breaking' ? '**breaking**' : 'warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(displayName(finding.node)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(finding.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(finding.action),
    ]);
    const lines = [title, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Severity', 'Node', 'What changed', 'What to do'], rows)];
    if (omitted > 0)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .moreLine */ .g0)(omitted));
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
    const downstream = (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_0__/* .downstreamNodes */ .kM)(impact);
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
    const note = left > 0 ? `\n\n_${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(left, 'more node')} not drawn (the diagram shows ${shown.length})._` : '';
    return `**Lineage** (changed → impacted):\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(lines.join('\n'), 'mermaid')}${note}`;
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
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(impact.changed.length, 'changed node')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(impact.downstream.models.length, 'downstream model')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(impact.downstream.exposures.length, 'exposure')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(breaking, 'breaking change')}`;
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
/** Bidi embedding, override and isolate controls: they reorder what a reader sees (`exe.png` for `gnp.exe`). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * Inside code nothing renders, so mentions, references, links and HTML are inert; only a comment opener
 * matters there, because Autopilot finds its own `<!-- autopilot:… -->` markers in the raw body, and bidi
 * controls, which reorder the text on screen.
 */
function inertCode(text) {
    return text.replace(BIDI_CONTROLS, '').replace(/<!--/g, `<!${ZWSP}--`);
}
/**
 * The one neutralizer for text we did not write (the model's summary, dbt's errors, ticket titles) before
 * it reaches GitHub or Jira. Outside code spans: no HTML, comments or images (`<`, `>`, `&`, `[`, `]` and
 * stray backticks escaped, so no tag, entity, link, image or footnote forms), `@user` and `@org/team`
 * mentions and `#123`, `owner/repo#1`, `GH-123` references broken with a zero-width space, bare URLs shown
 * as code (not clickable), bidi controls dropped. Code spans keep their text, with comment openers broken.
 * The result cannot ping anyone, link anywhere, forge our markers, reorder what a reader sees or break out
 * of the surrounding markdown.
 */
function untrusted(raw) {
    const text = raw.replace(BIDI_CONTROLS, '');
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


/***/ })

};
