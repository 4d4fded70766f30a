export const id = 742;
export const ids = [742];
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

/***/ 5699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readProjectVars)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52676);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31977);





/** The `vars:` block of a project's dbt_project.yml (empty when it has none). */
async function readProjectVars(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'dbt_project.yml');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(`Cannot read ${file}: pass the folder that holds the project's dbt_project.yml`, {
            cause: error,
        });
    }
    let json;
    try {
        json = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _adapters_dbt_dbt_error_js__WEBPACK_IMPORTED_MODULE_3__/* .DbtError */ .x(`${file} is not valid YAML (${error.message})`, { cause: error });
    }
    return (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(json) && (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(json.vars) ? json.vars : {};
}


/***/ })

};
