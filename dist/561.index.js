export const id = 561;
export const ids = [561];
export const modules = {

/***/ 81786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ CLI_NAME)
/* harmony export */ });
/** The npm package and its command. Never `autopilot`: that name on npm is someone else's package. */
const CLI_NAME = 'dbt-autopilot';


/***/ }),

/***/ 72028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ ConsoleLog)
/* harmony export */ });
/* harmony import */ var _config_input_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69127);

/** Progress on a terminal for the CLI: stages as headings, lines indented beneath them, inputs as flags. */
class ConsoleLog {
    out;
    verbose;
    indent = '';
    constructor(out = process.stderr, verbose = false) {
        this.out = out;
        this.verbose = verbose;
    }
    info(message) {
        this.write(message);
    }
    warn(message) {
        this.write(`warning: ${message}`);
    }
    error(message) {
        this.write(`error: ${message}`);
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${message}`);
    }
    async group(name, fn) {
        this.write(`▸ ${name}`);
        const outer = this.indent;
        this.indent = `${outer}  `;
        const started = Date.now();
        try {
            return await fn();
        }
        finally {
            this.indent = outer;
            this.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        }
    }
    write(message) {
        for (const line of (0,_config_input_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .inTerminalWords */ .vI)(message).split('\n'))
            this.out.write(`${this.indent}${line}\n`);
    }
}


/***/ }),

/***/ 36205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ PACKAGE_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cli/package-version.ts

/** The package's version, bundled from package.json so the installed CLI needs no file beside it. */
const PACKAGE_VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 21942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: flagProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/input-wording.ts
var input_wording = __webpack_require__(69127);
// EXTERNAL MODULE: ./src/cli/console-log.ts
var console_log = __webpack_require__(72028);
// EXTERNAL MODULE: ./src/cli/cli-name.ts
var cli_name = __webpack_require__(81786);
;// CONCATENATED MODULE: ./src/cli/did-you-mean.ts
/** The candidate closest to `word` by edit distance, when close enough to be a typo of it. */
function closest(word, candidates) {
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    // A third of the word (at least 1, at most 3 edits): `rnu` → `run`, `verfy-audit` → `verify-audit`.
    const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    return best && best.distance <= allowed ? best.candidate : undefined;
}
/** " Did you mean `x`?" or nothing. */
function didYouMean(word, candidates, prefix = '') {
    const match = closest(word, candidates);
    return match ? ` Did you mean \`${prefix}${match}\`?` : '';
}
/** Levenshtein distance, with adjacent transpositions counted as one edit. */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, at(i - 2, j - 2) + 1);
            rows[i][j] = distance;
        }
    }
    return at(a.length, b.length);
}

// EXTERNAL MODULE: ./src/cli/package-version.ts + 1 modules
var package_version = __webpack_require__(36205);
// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var inputs = __webpack_require__(91977);
;// CONCATENATED MODULE: ./src/cli/run-flags.ts



/** Inputs whose value is true or false: plain switches on a terminal. */
const SWITCHES = new Set(inputs/* INPUTS */.m.filter((input) => input.default === 'true' || input.default === 'false').map((input) => input.name));
/** Inputs that name a file or folder: relative values are from the current folder, as a shell reads them. */
const PATH_INPUTS = new Set(['project-dir', 'profiles-dir', 'state-manifest', 'policy-file', 'output-dir']);
/** The CLI's first flag names, kept as aliases of the inputs they set. */
const RUN_ALIASES = {
    project: 'project-dir',
    target: 'dbt-target',
    dbt: 'dbt-executable',
    sqlfluff: 'sqlfluff-executable',
    out: 'output-dir',
};
function runOptions() {
    const options = {};
    for (const input of inputs/* INPUTS */.m) {
        if (SWITCHES.has(input.name)) {
            options[input.name] = { type: 'boolean' };
            options[`no-${input.name}`] = { type: 'boolean' };
        }
        else
            options[input.name] = { type: 'string' };
    }
    for (const alias of Object.keys(RUN_ALIASES))
        options[alias] = { type: 'string' };
    options['no-lint'] = { type: 'boolean' };
    options['schema-drift'] = { type: 'boolean' };
    return options;
}
/**
 * The inputs the flags set, with paths made relative to the repository as the settings expect them
 * (`repoDir`), after resolving them from `cwd`. A ticket that names a file under `cwd` becomes its
 * absolute path, since ticket files are otherwise read from the repository root.
 */
function inputsFromFlags(values, options) {
    const raw = {};
    for (const [flag, value] of Object.entries(values)) {
        if (value === undefined || Array.isArray(value))
            continue;
        if (flag === 'schema-drift') {
            if (value === true)
                raw.mode = 'detect-schema-drift';
        }
        else if (flag === 'no-lint') {
            if (value === true)
                raw.lint = 'false';
        }
        else if (flag.startsWith('no-') && SWITCHES.has(flag.slice(3))) {
            if (value === true)
                raw[flag.slice(3)] = 'false';
        }
        else if (typeof value === 'boolean') {
            if (value)
                raw[flag] = 'true';
        }
        else
            raw[RUN_ALIASES[flag] ?? flag] = value;
    }
    for (const name of PATH_INPUTS) {
        const value = raw[name];
        if (value === undefined || value.trim() === '')
            continue;
        const absolute = external_node_path_default().resolve(options.cwd, value);
        raw[name] = name === 'output-dir' ? absolute : external_node_path_default().relative(options.repoDir, absolute) || '.';
    }
    const ticket = raw.ticket?.trim();
    if (ticket && !external_node_path_default().isAbsolute(ticket) && options.ticketFileExists(external_node_path_default().resolve(options.cwd, ticket)))
        raw.ticket = external_node_path_default().resolve(options.cwd, ticket);
    return raw;
}
/** `run --help`: every input as its flag, with the environment variable that also sets it. */
function runFlagsHelp() {
    const aliasOf = Object.fromEntries(Object.entries(RUN_ALIASES).map(([alias, input]) => [input, alias]));
    const lines = inputs/* INPUTS */.m.map((input) => {
        const alias = aliasOf[input.name];
        const flag = SWITCHES.has(input.name)
            ? `--${input.name}, --no-${input.name}`
            : `--${input.name} <value>${alias ? ` (or --${alias})` : ''}`;
        const env = input_wording/* INPUT_ENVIRONMENT */.Fm[input.name];
        return `  ${flag}\n      ${firstSentence(input)}${env ? ` Environment: ${env}.` : ''}${defaultOf(input)}`;
    });
    return lines.join('\n');
}
function firstSentence(input) {
    const match = /^(.*?\.)(?=\s+[A-Z]|$)/.exec(input.description);
    return (match?.[1] ?? input.description).replace(/`/g, '');
}
function defaultOf(input) {
    if (input.default === undefined || input.default === '' || input.default.includes('${{'))
        return '';
    return ` Default: ${input.default}.`;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts









const RUN_USAGE = `Usage: ${cli_name/* CLI_NAME */.V} run --ticket <file|KEY|#N> [--project-dir <dir>] [--dry-run] [--output-dir <dir>] [options]
       ${cli_name/* CLI_NAME */.V} run --schema-drift [options]     the warehouse's source columns vs the YAML, no ticket
       ${cli_name/* CLI_NAME */.V} run --mode backlog --backlog-query <JQL> [options]   the backlog's tickets, one after another
  One ticket's run on the dbt project in the current repository: the agent's change, validated by dbt.
  Every input of the Action is a flag of the same name; relative paths are from the current folder.
  The output folder defaults to ./autopilot-out. Exit codes: 0 done, 1 the run failed, 2 usage error.
  Give tokens and keys through their environment variables: a flag's value shows in the process list.`;
const COMMANDS = {
    run: {
        synopsis: 'run --ticket <file|KEY|#N> [--dry-run] [...]   one ticket (or --schema-drift), as the Action does',
        help: () => Promise.resolve(`${RUN_USAGE}\n\nOptions:\n${runFlagsHelp()}\n  --schema-drift\n      Run as mode detect-schema-drift (no --ticket).`),
        run: (args, env, log) => runCommand(args, env, log),
    },
    impact: {
        synopsis: 'impact --base <manifest.json> --new <manifest.json> [--json]   downstream nodes, contract breaks',
        help: async () => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(58), __webpack_require__.e(742), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 15914))).IMPACT_USAGE,
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(58), __webpack_require__.e(742), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 15914))).runImpactCommand(args, process.stdout),
    },
    context: {
        synopsis: 'context --manifest <manifest.json> --ticket <file> [--json]   what the agent would be shown',
        help: async () => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(954), __webpack_require__.e(355)]).then(__webpack_require__.bind(__webpack_require__, 80805))).CONTEXT_USAGE,
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(954), __webpack_require__.e(355)]).then(__webpack_require__.bind(__webpack_require__, 80805))).runContextCommand(args, process.stdout),
    },
    'verify-audit': {
        synopsis: 'verify-audit <audit dir> [--expect <sha256>]   check an audit bundle for tampering',
        help: async () => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 37584))).VERIFY_AUDIT_USAGE,
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 37584))).runVerifyAudit(args, process.stdout),
    },
    eval: {
        synopsis: 'eval --tasks <folder> [--agent claude|oracle|null] [--min-pass-rate <0-1>]   replay tasks, score the agent',
        help: async () => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(977), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(234), __webpack_require__.e(500), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 17530))).EVAL_USAGE,
        run: async (args, env, log) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(977), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(234), __webpack_require__.e(500), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 17530))).runEvalCommand(args, env, log),
    },
    mcp: {
        synopsis: 'mcp   an MCP server on stdio (Cursor, OpenCode, Claude Desktop...): see docs/mcp.md',
        help: async () => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(977), __webpack_require__.e(870), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 72521))).MCP_USAGE,
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(977), __webpack_require__.e(870), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 72521))).runMcpCommand(args),
    },
    demo: {
        synopsis: 'demo [--out <dir>]   the whole pipeline on examples/shop with a scripted model (from a clone)',
        help: () => Promise.resolve(`Usage: ${cli_name/* CLI_NAME */.V} demo [--out <dir>]\n  A dry run on a copy of examples/shop; needs a clone of the repository.`),
        run: async (args, env, log) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(977), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(234), __webpack_require__.e(500), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 70600))).runDemo(args, env, log),
    },
};
const USAGE = `Usage: ${cli_name/* CLI_NAME */.V} <command> [options]     (${cli_name/* CLI_NAME */.V} <command> --help for its options)

Commands:
${Object.values(COMMANDS)
    .map((command) => `  ${command.synopsis.replace(/ {3}/, '\n      ')}`)
    .join('\n')}

  --version   the version;  --help   this text

Secrets and services come from the environment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, JIRA_URL,
JIRA_EMAIL, JIRA_API_TOKEN, JIRA_BEARER_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL; on GitLab
GITLAB_TOKEN, CI_SERVER_URL, CI_PROJECT_PATH (see docs/gitlab.md).`;
/** The local CLI. Returns the process exit code. */
async function runCli(args, env = process.env) {
    const log = new console_log/* ConsoleLog */.w();
    const [name = '--help', ...rest] = args;
    try {
        if (name === '--version' || name === '-v' || name === 'version') {
            process.stdout.write(`${package_version/* PACKAGE_VERSION */.i}\n`);
            return 0;
        }
        if (name === '--help' || name === '-h' || name === 'help') {
            const topic = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
            process.stdout.write(`${topic ? await topic.help() : USAGE}\n`);
            return 0;
        }
        const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
        if (!command) {
            process.stderr.write(`${cli_name/* CLI_NAME */.V}: unknown command '${name}'.${didYouMean(name, Object.keys(COMMANDS))}\n${USAGE}\n`);
            return 2;
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            process.stdout.write(`${await command.help()}\n`);
            return 0;
        }
        return await command.run(rest, env, log);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${cli_name/* CLI_NAME */.V}: ${(0,input_wording/* inTerminalWords */.vI)(message)}\n`);
        const { SettingsError } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(493), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 75493));
        return error instanceof SettingsError ? 2 : 1;
    }
}
async function runCommand(args, env, log) {
    const { defaultInputs, parseSettings, SettingsError } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(493), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 75493));
    const { readRunEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(175)]).then(__webpack_require__.bind(__webpack_require__, 24175));
    const { chooseMode } = await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 53383));
    const { runMode } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(234), __webpack_require__.e(349), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 44349));
    const { terminalJob } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(606), __webpack_require__.e(977), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(881), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(366), __webpack_require__.e(234), __webpack_require__.e(500), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 72728));
    const { isFailure } = await __webpack_require__.e(/* import() */ 497).then(__webpack_require__.bind(__webpack_require__, 36497));
    const options = runOptions();
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new SettingsError(`${flagProblem(error, Object.keys(options))}\n${RUN_USAGE}`);
    }
    const drift = values['schema-drift'] === true || values.mode === 'detect-schema-drift';
    const ticket = typeof values.ticket === 'string' ? values.ticket : '';
    const backlog = values.mode === 'backlog';
    if (!ticket && !drift && !backlog)
        throw new SettingsError(`--ticket (or --schema-drift, or --mode backlog) is required.\n${RUN_USAGE}`);
    if (ticket && drift)
        throw new SettingsError(`--schema-drift finds its own ticket: drop --ticket.`);
    const cwd = process.cwd();
    // The flags' values are checked before anything else looks at the disk, so a usage error is said first.
    parseSettings({ ...defaultInputs(), ...inputsFromFlags(values, { cwd, repoDir: cwd, ticketFileExists: () => false }) }, 'terminal');
    const projectValue = values['project-dir'] ?? values.project;
    const projectDir = external_node_path_default().resolve(cwd, typeof projectValue === 'string' ? projectValue : '.');
    const repoDir = await gitTopLevel(projectDir);
    const raw = {
        ...defaultInputs(),
        'upload-artifact': 'false',
        'output-dir': external_node_path_default().resolve(cwd, 'autopilot-out'),
        'project-dir': external_node_path_default().relative(repoDir, projectDir) || '.',
        ...(0,input_wording/* inputsFromEnvironment */.n1)(env),
        ...inputsFromFlags(values, { cwd, repoDir, ticketFileExists: external_node_fs_.existsSync }),
    };
    const { withCloudSecrets } = await __webpack_require__.e(/* import() */ 639).then(__webpack_require__.bind(__webpack_require__, 94639));
    const settings = withCloudSecrets(parseSettings(raw, 'terminal'), env);
    const job = terminalJob(settings, readRunEnvironment(env), repoDir, log);
    const request = { kind: 'run', event: 'cli', ticket: settings.ticket.key, origin: {} };
    const { status } = await runMode(chooseMode(request, settings), job);
    return isFailure(status) ? 1 : 0;
}
/** parseArgs' complaint, with the flag it most likely meant. */
function flagProblem(error, flags) {
    const unknown = /Unknown option '--?([^']+)'/.exec(error.message)?.[1];
    return unknown ? `${error.message}.${didYouMean(unknown, flags, '--')}` : error.message;
}
async function gitTopLevel(dir) {
    const { SpawnCommandRunner } = await __webpack_require__.e(/* import() */ 819).then(__webpack_require__.bind(__webpack_require__, 84819));
    const { SettingsError } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(728), __webpack_require__.e(493), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 75493));
    const { hardenedGitArgs } = await __webpack_require__.e(/* import() */ 904).then(__webpack_require__.bind(__webpack_require__, 24904));
    const result = await new SpawnCommandRunner().run('git', hardenedGitArgs(['rev-parse', '--show-toplevel']), {
        cwd: dir,
    });
    if (result.exitCode !== 0) {
        throw new SettingsError(`${dir} is not inside a git repository: Autopilot commits its change on a branch (pass --project-dir).`);
    }
    return result.stdout.trim();
}


/***/ })

};
