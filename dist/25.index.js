export const id = 25;
export const ids = [25];
export const modules = {

/***/ 43202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uS: () => (/* binding */ detectContractBreaks)
});

// UNUSED EXPORTS: DEFAULT_SEVERITY_POLICY, baseType

// EXTERNAL MODULE: ./src/project/graph.ts
var graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/impact/same-value.ts
var same_value = __webpack_require__(20818);
// EXTERNAL MODULE: ./src/project/layers.ts
var project_layers = __webpack_require__(80127);
;// CONCATENATED MODULE: ./src/impact/removed-columns-read.ts

const READER_KINDS = new Set(['model', 'snapshot', 'test', 'analysis']);
/**
 * Columns a change took away from a model that its children's SQL still mentions, contract or not. A column
 * is taken away when the new YAML no longer declares it, or when the base SQL named it and the new SQL no
 * longer does (the YAML left behind). A textual check: a child's raw or compiled SQL that names the column
 * as an identifier counts as reading it.
 */
function removedColumnsRead(old, now, next) {
    const removed = removedColumns(old, now);
    if (removed.length === 0)
        return undefined;
    const readers = new Map();
    for (const childId of next.childrenOf(now.id)) {
        const child = next.get(childId);
        if (!child || !READER_KINDS.has(child.kind) || isGenericTest(child))
            continue;
        const sql = sqlOf(child);
        const read = removed.filter((column) => mentions(sql, column));
        if (read.length > 0)
            readers.set(child.name, read);
    }
    if (readers.size === 0)
        return undefined;
    const list = [...readers].map(([name, columns]) => `\`${name}\` (${columns.join(', ')})`).join(', ');
    const columns = [...new Set([...readers.values()].flat())];
    return {
        message: `${columns.length === 1 ? 'Column' : 'Columns'} ${columns.map((c) => `\`${c}\``).join(', ')} ${columns.length === 1 ? 'is' : 'are'} no longer in \`${old.name}\`, but the SQL of ${list} still names ${columns.length === 1 ? 'it' : 'them'} as an identifier.`,
        action: `Update ${readers.size === 1 ? 'that model' : 'those models'} in the same change, or keep the ${columns.length === 1 ? 'column' : 'columns'} in \`${old.name}\`.`,
    };
}
function removedColumns(old, now) {
    // Most models of a big project are unchanged: skip them before reading their columns.
    if (old.raw.raw_code === now.raw.raw_code && (0,same_value/* sameColumnShapes */.Tc)(old.raw.columns, now.raw.columns))
        return [];
    const declared = new Set(now.columns.map((column) => column.name.toLowerCase()));
    const [before, after] = [sqlOf(old), sqlOf(now)];
    return old.columns
        .map((column) => column.name)
        .filter((name) => !declared.has(name.toLowerCase()) ||
        (before !== after && mentions(before, name) && !mentions(after, name)));
}
function isGenericTest(node) {
    return node.kind === 'test' && node.raw.test_metadata !== undefined && node.raw.test_metadata !== null;
}
function sqlOf(node) {
    const { raw_code: raw, compiled_code: compiled } = node.raw;
    return [raw, compiled].filter((text) => typeof text === 'string').join('\n');
}
function mentions(sql, column) {
    if (sql === '')
        return false;
    const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![A-Za-z0-9_$])["\`]?${escaped}["\`]?(?![A-Za-z0-9_$])`, 'i').test(sql);
}

;// CONCATENATED MODULE: ./src/impact/renamed-relation.ts

/**
 * The relation a model was built as that the change no longer builds, for consumers outside dbt (BI tools,
 * notebooks, other projects' sources): refs follow a rename, those do not. Two ways it happens: the model
 * was given versions and no version keeps the old alias (dbt builds `dim_accounts_v1`, `dim_accounts_v2`),
 * or its configured alias changed.
 */
function renamedRelation(old, now, next) {
    const before = aliasOf(old);
    if (old.version === undefined && now.version !== undefined) {
        const versions = next.byName(old.name, 'model').filter((node) => node.packageName === old.packageName);
        if (versions.some((node) => aliasOf(node) === before || pointerAlias(node) === before))
            return undefined;
        const built = versions.map((node) => `\`${aliasOf(node)}\``).join(', ');
        return {
            cause: 'versions',
            message: `Adding versions to \`${old.name}\` renames its relation: \`${before}\` is no longer built (now ${built}); refs follow, but dashboards, queries and other tools outside dbt that read \`${before}\` break.`,
            action: `Keep \`${before}\` for them: set \`latest_version_pointer: {enabled: true}\` on \`${old.name}\` (dbt then keeps a \`${before}\` view on the latest version), or give v${now.version} \`alias: ${before}\`; otherwise tell the consumers to move to \`${aliasOf(now)}\`.`,
        };
    }
    const after = aliasOf(now);
    if (before === after || sameConfigured(old, now))
        return undefined;
    return {
        cause: 'alias',
        message: `The relation of \`${old.name}\` was renamed from \`${before}\` to \`${after}\`; refs follow, but dashboards, queries and other tools outside dbt that read \`${before}\` break.`,
        action: `Keep the alias \`${before}\`, or keep a view named \`${before}\` over the new relation until its consumers have moved.`,
    };
}
/** The rendered alias; without one, dbt's default (`<name>_v<version>` for a version). */
function aliasOf(node) {
    if (typeof node.raw.alias === 'string')
        return node.raw.alias;
    return node.version === undefined ? node.name : `${node.name}_v${node.version}`;
}
/** The alias dbt 1.12's latest-version pointer view gets, when the latest version enables it. */
function pointerAlias(node) {
    const pointer = node.config.latest_version_pointer;
    if (!(0,graph/* isRecord */.u4)(pointer) || pointer.enabled !== true)
        return undefined;
    if (node.latestVersion !== undefined && node.version !== node.latestVersion)
        return undefined;
    return typeof pointer.alias === 'string' && pointer.alias.trim() !== '' ? pointer.alias.trim() : node.name;
}
/** A rendered alias that moved while the configured one did not is the target's doing, not the change's. */
function sameConfigured(old, now) {
    const configured = (node) => (0,graph/* isRecord */.u4)(node.raw.unrendered_config) ? node.raw.unrendered_config.alias : undefined;
    return (0,graph/* isRecord */.u4)(old.raw.unrendered_config) && (0,graph/* isRecord */.u4)(now.raw.unrendered_config)
        ? configured(old) === configured(now)
        : false;
}

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
            const read = removedColumnsRead(old, now, next);
            if (read)
                add('removed-column-read', read.message, read.action, 'warning');
            const renamed = renamedRelation(old, now, next);
            // Versions are the remedy `new-version` asks for: the old relation's consumers get advice, not a block.
            if (renamed) {
                const severity = renamed.cause === 'versions' ? 'warning' : severityOf(old);
                add('relation-renamed', renamed.message, renamed.action, severity);
            }
        }
    }
    findings.push(...semanticChanges(base, next, severityOf));
    return findings.sort((a, b) => a.node.localeCompare(b.node) || a.rule.localeCompare(b.rule));
}
function removedModel(old, next, added, add) {
    if (old.version !== undefined) {
        const remaining = next.byName(old.name, 'model').map((node) => node.version);
        const latest = remaining.length > 0 ? `v${remaining.sort(compareVersions).at(-1)}` : 'a newer version';
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
    const sameShape = (0,same_value/* sameColumnShapes */.Tc)(old.raw.columns, now.raw.columns) && (0,same_value/* sameValue */.eE)(old.raw.constraints, now.raw.constraints);
    if (sameShape && old.materialized === now.materialized)
        return;
    const columns = new Map(now.columns.map((column) => [column.name.toLowerCase(), column]));
    const removed = old.columns.filter((column) => !columns.has(column.name.toLowerCase())).map((c) => c.name);
    if (removed.length > 0) {
        const before = new Set(old.columns.map((column) => column.name.toLowerCase()));
        const addedNames = now.columns
            .filter((column) => !before.has(column.name.toLowerCase()))
            .map((c) => c.name);
        const them = removed.length === 1 ? 'the column' : 'the columns';
        // Only a removal next to an added column may be a rename; a plain removal gets removal advice.
        const [hint, keep] = addedNames.length > 0
            ? [
                ` (added: ${addedNames.join(', ')}; a rename removes the old name)`,
                `Keep ${them} under the old name next to the new one`,
            ]
            : [
                '',
                `Keep ${them} (e.g. as \`null\` cast to the old type, documented as deprecated) until consumers stop reading ${removed.length === 1 ? 'it' : 'them'}`,
            ];
        add('column-removed', `Columns were removed from \`${old.name}\`: ${removed.join(', ')}${hint}.`, `${keep}, or ${newVersion}.`);
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
        .filter((constraint) => !after.some((other) => (0,same_value/* sameValue */.eE)(constraint, other)))
        .map((constraint) => constraint.type);
}
/** `varchar(20)` and `varchar(30)` share the base type `varchar`; dbt does not count that as breaking. */
function baseType(type) {
    if (type === undefined)
        return '';
    return (0,same_value/* normalizeType */.AZ)(type)
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
        if ((0,same_value/* sameValue */.eE)(a, b))
            continue;
        if ((0,graph/* isRecord */.u4)(a) && (0,graph/* isRecord */.u4)(b)) {
            const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
            for (const key of keys)
                if (!(0,same_value/* sameValue */.eE)(a[key], b[key]))
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
            if (!(0,same_value/* sameValue */.eE)(measure[field], match[field])) {
                changes.push(`measure ${name} ${field}: ${show(measure[field])} -> ${show(match[field])}`);
                measures.add(name);
            }
        }
    }
    let all = false;
    // `model` is left out: pointing at a renamed model is reported on the model itself.
    for (const field of ['dimensions', 'entities', 'defaults']) {
        if (!(0,same_value/* sameValue */.eE)(old.raw[field], now.raw[field])) {
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

/***/ 16833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cT: () => (/* binding */ computeImpact),
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
    return {
        id: node.id,
        kind: node.kind,
        name: node.name,
        change,
        reasons: [],
        why: [],
        config: [],
        columns: NO_COLUMN_CHANGES,
    };
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
    if (impact.changed.length === 0) {
        const none = 'No dbt nodes changed between the base manifest and this branch.';
        const vars = varsLine(impact);
        return vars ? `${none}\n\n${vars}` : none;
    }
    const parts = [
        countsTable(impact),
        whySection(impact, listLimit),
        varsLine(impact),
        findingsSection(findings, listLimit),
    ].filter((part) => part !== undefined);
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
const WHY_ROWS = 15;
/** Why each modified node is in the selection, in dbt's terms (SQL, config, a macro it calls, …). */
function whySection(impact, listLimit) {
    const modified = impact.changed.filter((change) => change.change === 'modified');
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .limited */ .TJ)(modified, Math.min(listLimit, WHY_ROWS));
    if (shown.length === 0)
        return undefined;
    const rows = shown.map((change) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(displayName(change.id)), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(change.why.join('; '))]);
    const lines = ['**Why changed** (dbt `state:modified` rules):', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Node', 'Why'], rows)];
    if (omitted > 0)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .moreLine */ .g0)(omitted));
    return lines.join('\n');
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


/***/ })

};
