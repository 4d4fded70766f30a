export const id = 20;
export const ids = [20];
export const modules = {

/***/ 82348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ readManifestGraph),
/* harmony export */   eP: () => (/* binding */ requireFlag),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   io: () => (/* binding */ flagCommand)
/* harmony export */ });
/* unused harmony exports parseFlags, withUsageErrors */
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
        errors.write(`dbt-autopilot: ${error.message}\n`);
        return 2;
    }
}
/** A command whose flags are parsed strictly against `usage`; usage errors print and exit 2. */
function flagCommand(usage, options, body) {
    return (args, out, errors = process.stderr) => withUsageErrors(errors, () => body(parseFlags(args, options, usage), out));
}


/***/ }),

/***/ 15914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMPACT_USAGE: () => (/* binding */ IMPACT_USAGE),
/* harmony export */   impactJson: () => (/* binding */ impactJson),
/* harmony export */   runImpactCommand: () => (/* binding */ runImpactCommand)
/* harmony export */ });
/* harmony import */ var _impact_contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43202);
/* harmony import */ var _impact_impact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16833);
/* harmony import */ var _project_project_vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5699);
/* harmony import */ var _report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67058);
/* harmony import */ var _command_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82348);





const IMPACT_USAGE = `Usage: dbt-autopilot impact --base <manifest.json> --new <manifest.json> [--json]
                            [--base-project <dir> --new-project <dir>]
  Compares two dbt manifests by dbt's state:modified rules (SQL, unrendered config, macros called directly or
  through other macros, persisted descriptions, contracts): changed nodes and why, everything downstream,
  and contract findings. With both project folders, also names the nodes that read a var whose value changed
  in dbt_project.yml (dbt 1.12's state:modified does not select them).
  Exit codes: 0 no breaking change, 1 at least one breaking contract finding, 2 usage or input error.`;
const MAX_LISTED = 50;
/**
 * `dbt-autopilot impact`: what a change does to the project, from two manifests. Exits 1 on a breaking
 * finding so it can gate CI the way dbt's own contract check does; warnings alone exit 0.
 */
const runImpactCommand = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .flagCommand */ .io)(IMPACT_USAGE, {
    base: { type: 'string' },
    new: { type: 'string' },
    'base-project': { type: 'string' },
    'new-project': { type: 'string' },
    json: { type: 'boolean', default: false },
}, async (flags, out) => {
    const basePath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .requireFlag */ .eP)(flags.base, '--base', IMPACT_USAGE);
    const newPath = (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .requireFlag */ .eP)(flags.new, '--new', IMPACT_USAGE);
    const [base, next] = await Promise.all([(0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestGraph */ .Ir)(basePath), (0,_command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestGraph */ .Ir)(newPath)]);
    const projects = [flags['base-project'], flags['new-project']];
    if ((projects[0] === undefined) !== (projects[1] === undefined)) {
        throw new _command_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--base-project and --new-project go together\n${IMPACT_USAGE}`);
    }
    const vars = projects[0] !== undefined && projects[1] !== undefined
        ? { base: await (0,_project_project_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectVars */ .E)(projects[0]), next: await (0,_project_project_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectVars */ .E)(projects[1]) }
        : undefined;
    const impact = (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .computeImpact */ .cT)(base, next, vars ? { vars } : {});
    const findings = (0,_impact_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .detectContractBreaks */ .uS)(base, next);
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length;
    out.write(flags.json
        ? `${JSON.stringify(impactJson(impact, findings), null, 2)}\n`
        : `${impactText(impact, findings)}\n`);
    return breaking > 0 ? 1 : 0;
});
/** The impact and findings as JSON: for `--json` and the MCP server's `impact` tool. */
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
        selected: (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .stateModifiedPlus */ .np)(impact),
        vars: impact.vars,
        findings,
        edges: impact.edges,
    };
}
function impactText(impact, findings) {
    const report = { impact, findings: [...findings] };
    const lines = [(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .impactSummaryLine */ .$Y)(report)];
    if (impact.changed.length === 0)
        return `${lines[0]}\nNo dbt nodes changed between the two manifests.`;
    lines.push('', 'Changed:', ...capped(impact.changed.map(changeLine)));
    const downstream = (0,_impact_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .downstreamNodes */ .kM)(impact);
    lines.push('', 'Downstream:');
    lines.push(...(downstream.length > 0
        ? capped(downstream.map((node) => `  ${node.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(node.id)} (downstream of ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(node.via)}, ${node.distance} step${node.distance === 1 ? '' : 's'} away)`))
        : ['  (nothing downstream)']));
    if (impact.downstream.tests.length > 0)
        lines.push(`  and ${impact.downstream.tests.length} test(s)`);
    if (impact.vars.readers.length > 0) {
        lines.push('', `Read changed vars (${impact.vars.changed.join(', ')}; not selected by dbt's state:modified):`);
        lines.push(...capped(impact.vars.readers.map((node) => `  ${node.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(node.id)}: ${node.vars.join(', ')}`)));
    }
    lines.push('', 'Contract findings:');
    if (findings.length === 0)
        lines.push('  none');
    const ordered = [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === 'breaking' ? -1 : 1);
    for (const finding of ordered) {
        lines.push(`  ${finding.severity.toUpperCase()} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(finding.node)} [${finding.rule}]: ${finding.message}`);
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
    return `  ${change.change} ${change.kind} ${(0,_report_impact_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(change.id)}${change.disabled ? ' (disabled)' : ''}${suffix}`;
}
function capped(lines) {
    return lines.length > MAX_LISTED
        ? [...lines.slice(0, MAX_LISTED), `  … and ${lines.length - MAX_LISTED} more (use --json for all)`]
        : lines;
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);
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
