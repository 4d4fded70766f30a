export const id = 885;
export const ids = [885];
export const modules = {

/***/ 23885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uS: () => (/* binding */ detectContractBreaks)
});

// UNUSED EXPORTS: DEFAULT_SEVERITY_POLICY, baseType

// EXTERNAL MODULE: ./src/project/graph.ts
var graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/impact/impact.ts
var impact = __webpack_require__(66078);
// EXTERNAL MODULE: ./src/project/layers.ts
var project_layers = __webpack_require__(80127);
;// CONCATENATED MODULE: ./src/impact/versioned-successor.ts
/**
 * The node `ref('<name>')` resolves to after an unversioned model was given versions: dbt renames it to
 * `model.<package>.<name>.v<N>` and points plain refs at `latest_version` (else the highest version).
 * Consumers see that node, so its contract is the one to compare with the old model's.
 */
function versionedSuccessor(old, next) {
    if (old.kind !== 'model' || old.version !== undefined)
        return undefined;
    const versions = next
        .byName(old.name, 'model')
        .filter((node) => node.packageName === old.packageName && node.version !== undefined);
    if (versions.length === 0)
        return undefined;
    const latest = versions.find((node) => node.latestVersion !== undefined)?.latestVersion;
    const pinned = latest === undefined ? undefined : versions.find((node) => node.version === latest);
    return pinned ?? versions.sort((a, b) => compareVersions(a.version, b.version)).at(-1);
}
/** Versions are numbers in practice but strings in dbt's schema: compare numerically when both are. */
function compareVersions(a, b) {
    const [x, y] = [Number(a), Number(b)];
    return Number.isFinite(x) && Number.isFinite(y) ? x - y : String(a).localeCompare(String(b));
}

;// CONCATENATED MODULE: ./src/impact/contracts.ts




const DEFAULT_SEVERITY_POLICY = {
    breakingLayers: ['marts', 'gold'],
    unversionedAsBreaking: false,
    enforcedConstraints: ['not_null', 'primary_key', 'unique', 'foreign_key', 'check'],
};
const ACCESS_RANK = { private: 1, protected: 2, public: 3 };
/** Materializations that cannot enforce a contract's constraints (dbt refuses ephemeral contracts outright). */
const NO_CONSTRAINTS = new Set(['ephemeral', 'view']);
/**
 * dbt's breaking-change rules for models whose contract was enforced in the base, plus access, group,
 * version and semantic-layer changes that consumers notice. Pure; findings are sorted by node then rule.
 */
function detectContractBreaks(base, next, options = {}) {
    const policy = { ...DEFAULT_SEVERITY_POLICY, ...options.policy };
    const layers = options.layers ?? new project_layers/* Layers */.zg();
    const severityOf = (node) => {
        if (node.version !== undefined || node.access === 'public' || policy.unversionedAsBreaking)
            return 'breaking';
        const layer = layers.layerOf(node);
        return layer !== undefined && policy.breakingLayers.includes(layer) ? 'breaking' : 'warning';
    };
    const findings = [];
    const added = [...next.nodes.values()].filter((node) => node.kind === 'model' && !base.nodes.has(node.id));
    for (const old of base.nodes.values()) {
        if (old.kind !== 'model')
            continue;
        const now = next.get(old.id) ?? versionedSuccessor(old, next);
        const add = (rule, message, action, severity = severityOf(old)) => {
            findings.push({ rule, node: old.id, severity, message, action });
        };
        if (!now)
            removedModel(old, next, added, add);
        else {
            if (old.contractEnforced)
                contractChanges(old, now, policy, add);
            accessAndGroup(old, now, add);
        }
    }
    findings.push(...semanticChanges(base, next, severityOf));
    return findings.sort((a, b) => a.node.localeCompare(b.node) || a.rule.localeCompare(b.rule));
}
function removedModel(old, next, added, add) {
    if (old.version !== undefined) {
        const remaining = next.byName(old.name, 'model').map((node) => node.version);
        const latest = remaining.length > 0 ? `v${remaining.sort().at(-1)}` : 'a newer version';
        add('version-removed', `Version v${old.version} of model \`${old.name}\` was removed; consumers that \`ref('${old.name}', v=${old.version})\` break.`, `Keep v${old.version} and set its \`deprecation_date\` so consumers can move to ${latest} first; remove it after that date.`, 'breaking');
        return;
    }
    if (!old.contractEnforced)
        return;
    const action = `Keep \`${old.name}\` with its contract, e.g. as a view over the new model, and set a \`deprecation_date\`; or create a new model version (v2) and deprecate v1 instead of removing the model.`;
    if (next.disabled.has(old.id)) {
        add('model-disabled', `Contracted model \`${old.name}\` was disabled (\`enabled: false\`).`, action);
        return;
    }
    const renamed = added.find((node) => (old.checksum !== undefined && node.checksum === old.checksum) || node.file === old.file);
    if (renamed) {
        add('model-renamed', `Contracted model \`${old.name}\` was renamed to \`${renamed.name}\`; consumers that \`ref('${old.name}')\` break.`, action);
    }
    else
        add('model-deleted', `Contracted model \`${old.name}\` was deleted.`, action);
}
function contractChanges(old, now, policy, add) {
    const newVersion = `create a new model version (v${nextVersion(old)}) with the change and deprecate the current one, or revert the change`;
    if (!now.contractEnforced) {
        add('contract-removed', `Contract enforcement was removed from \`${old.name}\`.`, `Keep \`contract: {enforced: true}\`; if the shape must change, ${newVersion}.`);
        return;
    }
    const sameShape = (0,impact/* sameColumnShapes */.Tc)(old.raw.columns, now.raw.columns) && (0,impact/* sameValue */.eE)(old.raw.constraints, now.raw.constraints);
    if (sameShape && old.materialized === now.materialized)
        return;
    const columns = new Map(now.columns.map((column) => [column.name.toLowerCase(), column]));
    const removed = old.columns.filter((column) => !columns.has(column.name.toLowerCase())).map((c) => c.name);
    if (removed.length > 0) {
        const before = new Set(old.columns.map((column) => column.name.toLowerCase()));
        const addedNames = now.columns
            .filter((column) => !before.has(column.name.toLowerCase()))
            .map((c) => c.name);
        const hint = addedNames.length > 0 ? ` (added: ${addedNames.join(', ')}; a rename removes the old name)` : '';
        add('column-removed', `Columns were removed from \`${old.name}\`: ${removed.join(', ')}${hint}.`, `Keep ${removed.length === 1 ? 'the column' : 'the columns'} (add the new name alongside the old one), or ${newVersion}.`);
    }
    const retyped = [];
    const droppedConstraints = [];
    for (const column of old.columns) {
        const match = columns.get(column.name.toLowerCase());
        if (!match)
            continue;
        if (column.dataType !== match.dataType && baseType(column.dataType) !== baseType(match.dataType)) {
            retyped.push(`${column.name} (${column.dataType ?? 'none'} -> ${match.dataType ?? 'none'})`);
        }
        for (const type of removedConstraints(column.constraints, match.constraints, policy)) {
            droppedConstraints.push(`${column.name} (${type})`);
        }
    }
    if (retyped.length > 0) {
        add('column-type-changed', `Columns with data_type changes in \`${old.name}\`: ${retyped.join(', ')}.`, `Keep the column types, or ${newVersion}.`);
    }
    const modelConstraints = removedConstraints(old.constraints, now.constraints, policy);
    if (droppedConstraints.length > 0 || modelConstraints.length > 0) {
        const parts = [
            droppedConstraints.length > 0
                ? `Enforced column level constraints were removed: ${droppedConstraints.join(', ')}`
                : '',
            modelConstraints.length > 0
                ? `Enforced model level constraints were removed: ${modelConstraints.join(', ')}`
                : '',
        ].filter(Boolean);
        add('constraint-removed', `${parts.join('. ')} (model \`${old.name}\`).`, `Keep the constraints, or ${newVersion}.`);
    }
    const hadEnforced = old.constraints.some((c) => policy.enforcedConstraints.includes(c.type)) ||
        old.columns.some((column) => column.constraints.some((c) => policy.enforcedConstraints.includes(c.type)));
    if (now.materialized !== old.materialized &&
        now.materialized !== undefined &&
        (now.materialized === 'ephemeral' || (hadEnforced && NO_CONSTRAINTS.has(now.materialized)))) {
        add('materialization-cannot-enforce', `Materialization of \`${old.name}\` changed from ${old.materialized ?? 'default'} to ${now.materialized}, which cannot enforce ${now.materialized === 'ephemeral' ? 'a contract' : 'its constraints'}.`, `Keep materialized: ${old.materialized ?? 'table'}, or ${newVersion}.`);
    }
}
function accessAndGroup(old, now, add) {
    const before = ACCESS_RANK[old.access ?? 'protected'] ?? 2;
    const after = ACCESS_RANK[now.access ?? 'protected'] ?? 2;
    if (after < before) {
        add('access-narrowed', `Access of \`${old.name}\` was narrowed from ${old.access ?? 'protected'} to ${now.access ?? 'protected'}; models outside ${old.access === 'public' ? 'the project' : 'its group'} can no longer \`ref\` it.`, `Keep access: ${old.access ?? 'protected'}, or create a new model version (v${nextVersion(old)}) with the narrower access and set a \`deprecation_date\` on the current one.`, old.access === 'public' ? 'breaking' : undefined);
    }
    if (old.group !== undefined && now.group !== old.group) {
        add('group-changed', `Group of \`${old.name}\` changed from ${old.group} to ${now.group ?? 'none'}; ${now.access === 'private' ? 'models of the old group can no longer ref it' : 'its owner changed'}.`, `Confirm with the owners of group ${old.group}; models in it that \`ref('${old.name}')\` need to move or the model must stay in the group.`);
    }
}
function removedConstraints(before, after, policy) {
    return before
        .filter((constraint) => policy.enforcedConstraints.includes(constraint.type))
        .filter((constraint) => !after.some((other) => (0,impact/* sameValue */.eE)(constraint, other)))
        .map((constraint) => constraint.type);
}
/** `varchar(20)` and `varchar(30)` share the base type `varchar`; dbt does not count that as breaking. */
function baseType(type) {
    if (type === undefined)
        return '';
    return (0,impact/* normalizeType */.AZ)(type)
        .replace(/\(.*\)$/, '')
        .trim();
}
function nextVersion(node) {
    const current = Number(node.latestVersion ?? node.version ?? 1);
    return Number.isFinite(current) ? current + 1 : 2;
}
const METRIC_FIELDS = ['type', 'type_params', 'filter', 'time_granularity'];
const MEASURE_FIELDS = ['agg', 'expr', 'agg_params', 'non_additive_dimension', 'agg_time_dimension'];
function semanticChanges(base, next, severityOf) {
    const findings = [];
    for (const old of base.nodes.values()) {
        const now = next.get(old.id);
        if (!now)
            continue;
        if (old.kind === 'metric') {
            const changed = changedFields(old.raw, now.raw, METRIC_FIELDS);
            if (changed.length === 0)
                continue;
            const consumers = consumersOf(next, [now.id]);
            if (consumers.length === 0)
                continue;
            findings.push({
                rule: 'metric-changed',
                node: old.id,
                severity: severityOf(old),
                message: `Metric \`${old.name}\` changed (${changed.join(', ')}); consumed by ${describe(consumers)}.`,
                action: ownersAction(consumers, `\`${old.name}\``),
            });
        }
        else if (old.kind === 'semantic_model') {
            const { changes, measures, all } = semanticModelChanges(old, now);
            if (changes.length === 0)
                continue;
            const metrics = next
                .childrenOf(now.id)
                .map((id) => next.get(id))
                .filter((node) => node?.kind === 'metric' && (all || usesMeasure(node, measures)));
            const consumers = consumersOf(next, metrics.map((metric) => metric.id));
            if (consumers.length === 0)
                continue;
            const via = metrics.length > 0 ? ` through metric ${metrics.map((m) => `\`${m.name}\``).join(', ')}` : '';
            findings.push({
                rule: 'semantic-model-changed',
                node: old.id,
                severity: severityOf(old),
                message: `Semantic model \`${old.name}\` changed (${changes.join('; ')}); consumed${via} by ${describe(consumers)}.`,
                action: ownersAction(consumers, `the semantic model \`${old.name}\``),
            });
        }
    }
    return findings;
}
function changedFields(before, after, fields) {
    const changed = [];
    for (const field of fields) {
        const a = before[field];
        const b = after[field];
        if ((0,impact/* sameValue */.eE)(a, b))
            continue;
        if ((0,graph/* isRecord */.u4)(a) && (0,graph/* isRecord */.u4)(b)) {
            const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
            for (const key of keys)
                if (!(0,impact/* sameValue */.eE)(a[key], b[key]))
                    changed.push(`${field}.${key}`);
        }
        else
            changed.push(`${field}: ${show(a)} -> ${show(b)}`);
    }
    return changed;
}
function semanticModelChanges(old, now) {
    const changes = [];
    const measures = new Set();
    const before = namedList(old.raw.measures);
    const after = namedList(now.raw.measures);
    for (const [name, measure] of before) {
        const match = after.get(name);
        if (!match) {
            changes.push(`measure ${name} removed`);
            measures.add(name);
            continue;
        }
        for (const field of MEASURE_FIELDS) {
            if (!(0,impact/* sameValue */.eE)(measure[field], match[field])) {
                changes.push(`measure ${name} ${field}: ${show(measure[field])} -> ${show(match[field])}`);
                measures.add(name);
            }
        }
    }
    let all = false;
    // `model` is left out: pointing at a renamed model is reported on the model itself.
    for (const field of ['dimensions', 'entities', 'defaults']) {
        if (!(0,impact/* sameValue */.eE)(old.raw[field], now.raw[field])) {
            changes.push(`${field} changed`);
            all = true;
        }
    }
    return { changes, measures, all };
}
function usesMeasure(metric, measures) {
    const params = (0,graph/* isRecord */.u4)(metric.raw.type_params) ? metric.raw.type_params : {};
    const inputs = Array.isArray(params.input_measures) ? params.input_measures : [];
    return inputs.some((input) => (0,graph/* isRecord */.u4)(input) && typeof input.name === 'string' && measures.has(input.name));
}
/** Exposures and saved queries downstream of the given metrics, through derived metrics. */
function consumersOf(graph, start) {
    const seen = new Set(start);
    const queue = [...start];
    const consumers = [];
    while (queue.length > 0) {
        for (const child of graph.childrenOf(queue.pop())) {
            const node = graph.get(child);
            if (!node || seen.has(child))
                continue;
            seen.add(child);
            if (node.kind === 'exposure' || node.kind === 'saved_query')
                consumers.push(node);
            else if (node.kind === 'metric')
                queue.push(child);
        }
    }
    return consumers.sort((a, b) => a.id.localeCompare(b.id));
}
function describe(consumers) {
    return consumers.map((node) => `${node.kind.replace('_', ' ')} \`${node.name}\``).join(', ');
}
function ownersAction(consumers, what) {
    const owners = consumers
        .map((node) => ((0,graph/* isRecord */.u4)(node.raw.owner) ? (node.raw.owner.email ?? node.raw.owner.name) : undefined))
        .filter((owner) => typeof owner === 'string');
    const tell = owners.length > 0 ? `Tell ${[...new Set(owners)].join(', ')}` : 'Tell the consumers’ owners';
    return `${tell} that the numbers change; if the old definition must stay available, add a new metric (e.g. \`_v2\`) instead of changing ${what}.`;
}
function namedList(value) {
    const map = new Map();
    if (Array.isArray(value))
        for (const item of value)
            if ((0,graph/* isRecord */.u4)(item) && typeof item.name === 'string')
                map.set(item.name, item);
    return map;
}
function show(value) {
    return value === undefined || value === null
        ? 'none'
        : typeof value === 'string'
            ? value
            : JSON.stringify(value);
}


/***/ }),

/***/ 66078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ normalizeType),
/* harmony export */   Tc: () => (/* binding */ sameColumnShapes),
/* harmony export */   cT: () => (/* binding */ computeImpact),
/* harmony export */   eE: () => (/* binding */ sameValue)
/* harmony export */ });
/* harmony import */ var _project_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31977);

/** Resource kinds whose definition lives in YAML: compared field by field, as they have no checksum. */
const DEFINITION_FIELDS = {
    source: ['identifier', 'schema', 'database', 'loaded_at_field', 'freshness', 'external'],
    exposure: ['type', 'maturity', 'url', 'owner', 'depends_on'],
    metric: ['type', 'type_params', 'filter', 'time_granularity'],
    semantic_model: ['model', 'defaults', 'entities', 'measures', 'dimensions', 'primary_entity'],
    saved_query: ['query_params', 'exports'],
};
const TEST_KINDS = new Set(['test', 'unit_test']);
const NO_COLUMN_CHANGES = Object.freeze({
    added: [],
    removed: [],
    retyped: [],
});
/**
 * What a change did: nodes added, removed or modified between the base manifest and the new one, and every
 * node downstream of them (in the new graph; for removed nodes, their children in the base that remain).
 * Linear in the size of both manifests.
 */
function computeImpact(base, next) {
    const changed = [];
    for (const node of next.nodes.values()) {
        const old = base.get(node.id);
        if (!old)
            changed.push(nodeChange(node, 'added'));
        else if (!TEST_KINDS.has(node.kind)) {
            const modification = compareNodes(old, node);
            if (modification)
                changed.push(modification);
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
    };
}
function nodeChange(node, change) {
    return {
        id: node.id,
        kind: node.kind,
        name: node.name,
        change,
        reasons: [],
        config: [],
        columns: NO_COLUMN_CHANGES,
    };
}
function compareNodes(old, now) {
    // Allocation-free checks first: on a big project almost every node is unchanged.
    const sqlChanged = old.checksum !== now.checksum;
    const configChanged = !sameValue(old.config, now.config);
    const columnsChanged = !sameColumnShapes(old.raw.columns, now.raw.columns);
    const constraintsChanged = !sameValue(old.raw.constraints, now.raw.constraints);
    const fields = DEFINITION_FIELDS[now.kind];
    const definitionChanged = fields?.some((field) => !sameValue(old.raw[field], now.raw[field])) ?? false;
    if (!sqlChanged && !configChanged && !columnsChanged && !constraintsChanged && !definitionChanged) {
        return undefined;
    }
    const reasons = [];
    if (sqlChanged)
        reasons.push('sql');
    const config = configChanged ? configChanges(old.config, now.config) : [];
    if (config.length > 0)
        reasons.push('config');
    const columns = columnsChanged ? columnChanges(old.columns, now.columns) : NO_COLUMN_CHANGES;
    if (columns.added.length + columns.removed.length + columns.retyped.length > 0)
        reasons.push('columns');
    if ((constraintsChanged && !sameValue(old.constraints, now.constraints)) ||
        (columnsChanged && !sameColumnConstraints(old.columns, now.columns))) {
        reasons.push('constraints');
    }
    if (definitionChanged)
        reasons.push('definition');
    // Descriptions and other documentation-only edits are not an impact.
    if (reasons.length === 0)
        return undefined;
    return { ...nodeChange(now, 'modified'), reasons, config, columns };
}
function configChanges(before, after) {
    const changes = [];
    for (const key in after) {
        if (!sameValue(before[key], after[key]))
            changes.push({ key, before: before[key], after: after[key] });
    }
    for (const key in before) {
        if (!(key in after) && before[key] !== undefined && before[key] !== null) {
            changes.push({ key, before: before[key], after: undefined });
        }
    }
    return changes;
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
            normalizeType(previous.dataType) !== normalizeType(column.dataType)) {
            changes.retyped.push({ name: column.name, before: previous.dataType, after: column.dataType });
        }
    }
    for (const [key, column] of old)
        if (!now.has(key))
            changes.removed.push(column.name);
    return changes;
}
function sameColumnConstraints(before, after) {
    const now = new Map(after.map((column) => [column.name.toLowerCase(), column]));
    return before.every((column) => {
        const match = now.get(column.name.toLowerCase());
        return !match || sameValue(column.constraints, match.constraints);
    });
}
/** A data type as dbt would compare it for equality: case and spacing do not matter. */
function normalizeType(type) {
    if (type === undefined)
        return '';
    return (type ?? '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/\s*([(),])\s*/g, '$1')
        .trim();
}
function downstreamOf(base, next, changed, changedIds) {
    const reached = new Map();
    let frontier = [];
    for (const change of changed) {
        const children = change.change === 'removed' ? base.childrenOf(change.id) : next.childrenOf(change.id);
        for (const child of children) {
            if (!changedIds.has(child) && next.nodes.has(child) && !reached.has(child)) {
                reached.set(child, 1);
                frontier.push(child);
            }
        }
    }
    for (let distance = 2; frontier.length > 0; distance++) {
        const following = [];
        for (const id of frontier) {
            for (const child of next.childrenOf(id)) {
                if (changedIds.has(child) || reached.has(child) || !next.nodes.has(child))
                    continue;
                reached.set(child, distance);
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
    for (const [id, distance] of reached) {
        const node = next.get(id);
        groups[GROUP_OF_KIND[node.kind] ?? 'other'].push({ id, kind: node.kind, name: node.name, distance });
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


/***/ })

};
