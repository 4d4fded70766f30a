export const id = 945;
export const ids = [945];
export const modules = {

/***/ 10945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: inputsFromEnvironment

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/console-log.ts
/** Progress on a terminal for the CLI: stages as headings, lines indented beneath them. */
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
        for (const line of message.split('\n'))
            this.out.write(`${this.indent}${line}\n`);
    }
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts



// Commands are imported when run, so `--help` and a mistyped command load none of the pipeline's code.
const USAGE = `Usage:
  autopilot run --ticket <file|KEY|#N> [--project <dir>] [--dry-run] [--out <dir>] [--model <name>]
                [--profiles-dir <dir>] [--target <name>] [--dbt <exe>] [--sqlfluff <exe>] [--no-lint]
                [--state-manifest <manifest.json> | --defer-target <prod target>]
                [--on-breaking-change draft|block|warn|new-version] [--repair-rounds <n>]
                [--sandbox auto|required|off] [--no-data-evidence]
  autopilot run --schema-drift [same options, no --ticket]: the warehouse's source columns vs the YAML
  autopilot demo [--out <dir>]
  autopilot verify-audit <audit dir> [--expect <sha256>]
  autopilot impact --base <manifest.json> --new <manifest.json> [--json]
  autopilot context --manifest <manifest.json> --ticket <file> [--budget <tokens>] [--json]

Secrets and services come from the environment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, JIRA_URL,
JIRA_EMAIL, JIRA_API_TOKEN, JIRA_BEARER_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL.
Notifications: SLACK_WEBHOOK_URL, or SLACK_BOT_TOKEN with SLACK_CHANNEL; TEAMS_WEBHOOK_URL; NOTIFY_ON.`;
/** The local CLI. Returns the process exit code. */
async function runCli(args, env = process.env) {
    const log = new ConsoleLog();
    const [command, ...rest] = args;
    try {
        if (command === 'run')
            return await runCommand(rest, env, log);
        if (command === 'demo')
            return await (await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(892), __webpack_require__.e(813), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(593), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(799), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 77904))).runDemo(rest, env, log);
        if (command === 'verify-audit')
            return await (await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 37584))).runVerifyAudit(rest, process.stdout);
        if (command === 'impact')
            return await (await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(58), __webpack_require__.e(742), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 15914))).runImpactCommand(rest, process.stdout);
        if (command === 'context')
            return await (await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(954), __webpack_require__.e(355)]).then(__webpack_require__.bind(__webpack_require__, 80805))).runContextCommand(rest, process.stdout);
        if (command === '--help' || command === '-h' || command === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return 0;
        }
        process.stderr.write(`autopilot: unknown command '${command}'\n${USAGE}\n`);
        return 2;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`autopilot: ${message}\n`);
        const { SettingsError } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(493), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 75493));
        return error instanceof SettingsError ? 2 : 1;
    }
}
async function runCommand(args, env, log) {
    const { defaultInputs, parseSettings, SettingsError } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(493), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 75493));
    const { readRunEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(175)]).then(__webpack_require__.bind(__webpack_require__, 24175));
    const { chooseMode } = await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 53383));
    const { runMode } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(593), __webpack_require__.e(349), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 44349));
    const { terminalJob } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(589), __webpack_require__.e(892), __webpack_require__.e(813), __webpack_require__.e(58), __webpack_require__.e(493), __webpack_require__.e(593), __webpack_require__.e(954), __webpack_require__.e(742), __webpack_require__.e(799), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 72728));
    const { isFailure } = await __webpack_require__.e(/* import() */ 497).then(__webpack_require__.bind(__webpack_require__, 36497));
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            ticket: { type: 'string' },
            project: { type: 'string', default: '.' },
            'profiles-dir': { type: 'string' },
            target: { type: 'string' },
            dbt: { type: 'string' },
            sqlfluff: { type: 'string' },
            'no-lint': { type: 'boolean', default: false },
            'no-data-evidence': { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            out: { type: 'string' },
            model: { type: 'string' },
            'schema-drift': { type: 'boolean', default: false },
            'state-manifest': { type: 'string' },
            'defer-target': { type: 'string' },
            'on-breaking-change': { type: 'string' },
            'repair-rounds': { type: 'string' },
            sandbox: { type: 'string' },
        },
        strict: true,
    });
    const drift = values['schema-drift'];
    if (!values.ticket && !drift)
        throw new SettingsError(`--ticket (or --schema-drift) is required.\n${USAGE}`);
    if (values.ticket && drift)
        throw new SettingsError(`--schema-drift finds its own ticket: drop --ticket.`);
    const projectDir = external_node_path_default().resolve(values.project);
    const repoDir = await gitTopLevel(projectDir);
    const raw = {
        ...defaultInputs(),
        ...inputsFromEnvironment(env),
        ticket: values.ticket ?? '',
        mode: drift ? 'detect-schema-drift' : 'run',
        'project-dir': external_node_path_default().relative(repoDir, projectDir) || '.',
        'dry-run': String(values['dry-run']),
        ...(values['no-lint'] ? { lint: 'false' } : {}),
        ...(values['no-data-evidence'] ? { 'data-evidence': 'false' } : {}),
        'upload-artifact': 'false',
        'output-dir': external_node_path_default().resolve(values.out ?? 'autopilot-out'),
    };
    if (values['profiles-dir'])
        raw['profiles-dir'] = external_node_path_default().relative(repoDir, external_node_path_default().resolve(values['profiles-dir']));
    if (values.target)
        raw['dbt-target'] = values.target;
    if (values.dbt)
        raw['dbt-executable'] = values.dbt;
    if (values.sqlfluff)
        raw['sqlfluff-executable'] = values.sqlfluff;
    if (values.model)
        raw.model = values.model;
    if (values['state-manifest'])
        raw['state-manifest'] = external_node_path_default().relative(repoDir, external_node_path_default().resolve(values['state-manifest']));
    if (values['defer-target'])
        raw['defer-target'] = values['defer-target'];
    if (values['on-breaking-change'])
        raw['on-breaking-change'] = values['on-breaking-change'];
    if (values['repair-rounds'])
        raw['repair-rounds'] = values['repair-rounds'];
    if (values.sandbox)
        raw.sandbox = values.sandbox;
    const settings = parseSettings(raw);
    const job = terminalJob(settings, readRunEnvironment(env), repoDir, log);
    const request = { kind: 'run', event: 'cli', ticket: values.ticket ?? '', origin: {} };
    const { status } = await runMode(chooseMode(request, settings), job);
    return isFailure(status) ? 1 : 0;
}
/** Environment variables a person would set for a local run, as action inputs. */
function inputsFromEnvironment(env) {
    const pairs = [
        ['anthropic-api-key', env.ANTHROPIC_API_KEY],
        ['anthropic-base-url', env.ANTHROPIC_BASE_URL],
        ['jira-url', env.JIRA_URL],
        ['jira-email', env.JIRA_EMAIL],
        ['jira-api-token', env.JIRA_API_TOKEN],
        ['jira-bearer-token', env.JIRA_BEARER_TOKEN],
        ['github-token', env.GITHUB_TOKEN],
        ['slack-webhook-url', env.SLACK_WEBHOOK_URL],
        ['slack-bot-token', env.SLACK_BOT_TOKEN],
        ['slack-channel', env.SLACK_CHANNEL],
        ['teams-webhook-url', env.TEAMS_WEBHOOK_URL],
        ['notify-on', env.NOTIFY_ON],
    ];
    return Object.fromEntries(pairs.filter((pair) => Boolean(pair[1])));
}
async function gitTopLevel(dir) {
    const { SpawnCommandRunner } = await __webpack_require__.e(/* import() */ 819).then(__webpack_require__.bind(__webpack_require__, 84819));
    const { SettingsError } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(728), __webpack_require__.e(493), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 75493));
    const { hardenedGitArgs } = await __webpack_require__.e(/* import() */ 523).then(__webpack_require__.bind(__webpack_require__, 24904));
    const result = await new SpawnCommandRunner().run('git', hardenedGitArgs(['rev-parse', '--show-toplevel']), {
        cwd: dir,
    });
    if (result.exitCode !== 0) {
        throw new SettingsError(`${dir} is not inside a git repository: Autopilot commits its change on a branch.`);
    }
    return result.stdout.trim();
}


/***/ })

};
