export const id = 530;
export const ids = [530,175,639];
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

/***/ 17530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVAL_USAGE: () => (/* binding */ EVAL_USAGE),
  rateOf: () => (/* binding */ rateOf),
  runEvalCommand: () => (/* binding */ runEvalCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
// EXTERNAL MODULE: ./src/shared/autopilot-error.ts
var autopilot_error = __webpack_require__(76021);
;// CONCATENATED MODULE: ./src/eval/eval-task.ts

/** A task folder that cannot be replayed; the message names the file, the field and what to write. */
class EvalTaskError extends autopilot_error/* AutopilotError */.W {
    constructor(message) {
        super('failed:config', message);
    }
}

;// CONCATENATED MODULE: ./src/eval/eval-report.ts
function evalReport(run, tasks) {
    const passed = tasks.filter((task) => task.passed).length;
    const passRate = tasks.length > 0 ? passed / tasks.length : 0;
    const sum = (pick) => tasks.reduce((total, task) => total + pick(task), 0);
    return {
        agent: run.agent,
        tasksDir: run.tasksDir,
        startedAt: run.startedAt,
        tasks,
        totals: {
            tasks: tasks.length,
            passed,
            passRate,
            costUsd: sum((task) => task.costUsd),
            tokens: {
                input: sum((task) => task.tokens.input),
                output: sum((task) => task.tokens.output),
                cacheRead: sum((task) => task.tokens.cacheRead),
                cacheWrite: sum((task) => task.tokens.cacheWrite),
            },
            modelCalls: sum((task) => task.modelCalls),
            durationMs: sum((task) => task.durationMs),
        },
        ...(run.minPassRate !== undefined
            ? { threshold: { minPassRate: run.minPassRate, met: passRate >= run.minPassRate } }
            : {}),
    };
}
/** The report as a markdown table, one row per task and a total row; failures say why. */
function evalMarkdown(report) {
    const { totals } = report;
    const rows = report.tasks.map((task) => [
        cell(task.id),
        task.passed ? 'pass' : 'FAIL',
        cell(task.reasons.join('; ')),
        usd(task.costUsd),
        tokens(task.tokens),
        String(task.modelCalls),
        seconds(task.durationMs),
    ].join(' | '));
    const threshold = report.threshold
        ? ` The minimum pass rate ${percent(report.threshold.minPassRate)} was ${report.threshold.met ? 'met' : 'NOT met'}.`
        : '';
    return [
        `# Eval: ${report.agent}`,
        '',
        `${totals.passed} of ${totals.tasks} tasks passed (${percent(totals.passRate)}), ${usd(totals.costUsd)}, ${seconds(totals.durationMs)}.${threshold}`,
        '',
        '| Task | Result | Why | Cost | Tokens (in / out / cache read) | Model calls | Time |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map((row) => `| ${row} |`),
        `| **Total** | **${totals.passed}/${totals.tasks}** | ${percent(totals.passRate)} | ${usd(totals.costUsd)} | ${tokens(totals.tokens)} | ${totals.modelCalls} | ${seconds(totals.durationMs)} |`,
        '',
    ].join('\n');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
function usd(value) {
    return `$${value.toFixed(4)}`;
}
function tokens(value) {
    return `${value.input} / ${value.output} / ${value.cacheRead}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function percent(rate) {
    return `${(rate * 100).toFixed(0)}%`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 3 modules
var schemas = __webpack_require__(28942);
;// CONCATENATED MODULE: ./src/eval/ade-task.ts






/** ADE-bench's task file (github.com/dbt-labs/ade-bench, `tasks/<id>/task.yaml`). */
const ADE_TASK_FILE = 'task.yaml';
const VariantSchema = schemas/* looseObject */._H3({
    db_type: schemas/* string */.YjP(),
    db_name: schemas/* string */.YjP().optional(),
    project_type: schemas/* string */.YjP(),
    project_name: schemas/* string */.YjP(),
    db_dir: schemas/* string */.YjP().optional(),
    project_dir: schemas/* string */.YjP().optional(),
});
const AdeTaskSchema = schemas/* looseObject */._H3({
    task_id: schemas/* string */.YjP().trim().min(1).optional(),
    status: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    prompts: schemas/* array */.YOg(schemas/* looseObject */._H3({ key: schemas/* string */.YjP(), prompt: schemas/* string */.YjP().trim().min(1, 'must not be empty') }))
        .min(1, 'must hold at least the `base` prompt'),
    test_setup: schemas/* string */.YjP().optional(),
    variants: schemas/* array */.YOg(VariantSchema).min(1, 'must list at least one variant'),
});
/** Lines of setup.sh and solution.sh that replay as they are: the shell's own settings and comments. */
const INERT_LINE = /^(#.*|set [-+][a-z]+( [-+][a-z]+)*( pipefail)?|)$/;
const PATCH_LINE = /^patch\s+-p1\s*<\s*(\S+)$/;
/** dbt commands the pipeline runs itself, in its own way (`dbt deps` before the base, `dbt build` per round). */
const DBT_LINE = /^dbt\s+(deps|run|build|seed|compile|parse)\b.*$/;
/**
 * An ADE-bench task as an eval task: the chosen prompt is the ticket; `setup/changes.patch` is applied and
 * committed as the base; `solutions/changes.patch` is the reference; the check copies `tests/*.sql` and the
 * answer seeds (`seeds/*.csv`) into the changed project, runs `test_setup`, and passes when `dbt test` of
 * those tests does. What cannot be replayed (another database, dbt Fusion, setup scripts beyond a patch) is
 * an `EvalTaskError` that says so.
 */
async function readAdeTask(dir, options) {
    const file = external_node_path_default().join(dir, ADE_TASK_FILE);
    let data;
    try {
        data = (0,dist/* parse */.qg)(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new EvalTaskError(`${file} is not YAML (${firstLine(error)}): fix its syntax.`);
    }
    const parsed = AdeTaskSchema.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `\`${issue.path.join('.') || 'file'}\` ${issue.message}`);
        throw new EvalTaskError(`${file} is not an ADE-bench task: ${problems.join('; ')}.`);
    }
    const task = parsed.data;
    const id = task.task_id ?? external_node_path_default().basename(dir);
    const promptKey = options.prompt ?? 'base';
    const prompt = task.prompts.find((entry) => entry.key === promptKey);
    if (!prompt) {
        throw new EvalTaskError(`${file} has no prompt \`${promptKey}\` (it has ${task.prompts.map((entry) => `\`${entry.key}\``).join(', ')}): pass one of those.`);
    }
    const variant = task.variants.find((entry) => entry.db_type === 'duckdb' && entry.project_type === 'dbt');
    if (!variant) {
        const kinds = task.variants.map((entry) => `${entry.db_type} + ${entry.project_type}`).join(', ');
        throw new EvalTaskError(`${file} has no duckdb + dbt variant (only ${kinds}): eval replays ADE-bench tasks on DuckDB with dbt Core; Snowflake and dbt Fusion variants are not supported.`);
    }
    const projectsDir = external_node_path_default().resolve(options.root, variant.project_dir ?? external_node_path_default().join('shared', 'projects', 'dbt'));
    const project = external_node_path_default().join(projectsDir, variant.project_name);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(project, 'dbt_project.yml'))) {
        throw new EvalTaskError(`${file}: project ${variant.project_name} is not at ${project}: pass --ade-root <your ADE-bench checkout> (the folder holding shared/projects/).`);
    }
    let database;
    if (variant.db_name) {
        const dbDir = external_node_path_default().resolve(options.root, variant.db_dir ?? external_node_path_default().join('shared', 'databases', 'duckdb'));
        const dbFile = external_node_path_default().join(dbDir, `${variant.db_name}.duckdb`);
        if (!(0,external_node_fs_.existsSync)(dbFile)) {
            throw new EvalTaskError(`${file}: the database ${variant.db_name}.duckdb is not in ${dbDir}: download ADE-bench's databases first (\`gh release download databases --pattern "*.duckdb" --dir shared/databases/duckdb\` in the checkout).`);
        }
        database = { source: dbFile, name: `${variant.db_name}.duckdb` };
    }
    const setupPatch = await patchOf(dir, 'setup.sh', 'setup');
    if (setupPatch.problem)
        throw new EvalTaskError(`${external_node_path_default().join(dir, 'setup.sh')}: ${setupPatch.problem}`);
    const solution = await patchOf(dir, 'solution.sh', 'solutions');
    const checkFiles = await checkFilesOf(dir);
    if (!checkFiles.some((entry) => entry.into === 'tests')) {
        throw new EvalTaskError(`${external_node_path_default().join(dir, 'tests')} holds no dbt test that runs on DuckDB: nothing would check the result (ADE-bench writes the AUTO_ tests from \`solution_seeds\` when it runs a task once; commit them).`);
    }
    return {
        id,
        dir,
        format: 'ade-bench',
        project,
        ticket: {
            kind: 'text',
            key: id.toUpperCase(),
            title: task.description?.trim() || firstLine(prompt.prompt),
            body: prompt.prompt,
        },
        ...(database ? { database } : {}),
        ...(setupPatch.patch ? { setupPatch: setupPatch.patch } : {}),
        ...(solution.patch ? { reference: solution.patch } : {}),
        ...(solution.problem ? { referenceProblem: solution.problem } : {}),
        check: { command: checkCommand(task.test_setup, checkFiles), files: checkFiles },
    };
}
/**
 * The patches a setup or solution script applies, when it does nothing else we cannot replay; `problem`
 * says what it does instead.
 */
async function patchOf(dir, script, folder) {
    const file = external_node_path_default().join(dir, script);
    if (!(0,external_node_fs_.existsSync)(file))
        return {};
    const patches = [];
    for (const raw of (await (0,promises_.readFile)(file, 'utf8')).split('\n')) {
        const line = raw.trim();
        if (INERT_LINE.test(line) || line.startsWith('#!') || DBT_LINE.test(line))
            continue;
        const target = PATCH_LINE.exec(line)?.[1];
        // The harness mounts the task's folder at /app (setup) or /sage (solutions): the file is the one in it.
        const local = target && external_node_path_default().join(dir, folder, external_node_path_default().basename(target));
        if (!local || !(0,external_node_fs_.existsSync)(local) || external_node_path_default().basename(external_node_path_default().dirname(target)) !== folder) {
            return {
                problem: `${script} runs \`${line}\`, which eval does not replay: only \`patch -p1 < ${folder}/<file>.patch\` and dbt commands are.`,
            };
        }
        patches.push(await (0,promises_.readFile)(local, 'utf8'));
    }
    return patches.length > 0 ? { patch: patches.join('\n') } : {};
}
/** The task's tests that run on DuckDB with dbt Core, and its answer seeds. */
async function checkFilesOf(dir) {
    const files = [];
    for (const name of await listed(external_node_path_default().join(dir, 'tests'))) {
        if (!name.endsWith('.sql'))
            continue;
        const source = external_node_path_default().join(dir, 'tests', name);
        if (runsOnDuckdb(await (0,promises_.readFile)(source, 'utf8')))
            files.push({ source, into: 'tests' });
    }
    for (const name of await listed(external_node_path_default().join(dir, 'seeds'))) {
        if (name.endsWith('.csv'))
            files.push({ source: external_node_path_default().join(dir, 'seeds', name), into: 'seeds' });
    }
    return files;
}
/** ADE-bench's `-- db: snowflake duckdb` and `-- project-type: dbt` headers; a test without one runs everywhere. */
function runsOnDuckdb(sql) {
    const db = /^--\s*db:\s*(.+)$/m.exec(sql)?.[1];
    const projectType = /^--\s*project-type:\s*(.+)$/m.exec(sql)?.[1];
    const names = (list) => list.trim().split(/[\s,]+/);
    return (!db || names(db).includes('duckdb')) && (!projectType || names(projectType).includes('dbt'));
}
function checkCommand(testSetup, files) {
    const steps = [];
    if (files.some((entry) => entry.into === 'seeds'))
        steps.push('dbt seed --select "path:$EVAL_SEEDS"');
    for (const line of (testSetup ?? '').split('\n').map((entry) => entry.trim()))
        if (line)
            steps.push(line);
    steps.push('dbt test --select "path:$EVAL_TESTS"');
    return steps.join(' && ');
}
async function listed(dir) {
    return (0,external_node_fs_.existsSync)(dir) ? (await (0,promises_.readdir)(dir)).sort() : [];
}
function firstLine(value) {
    return (value instanceof Error ? value.message : String(value)).split('\n')[0]?.trim() ?? '';
}

;// CONCATENATED MODULE: ./src/eval/task-file.ts






/** Our own task file, `task.yml`: paths are relative to the task's folder. */
const TASK_FILE = 'task.yml';
const relativePath = schemas/* string */.YjP().trim().min(1, 'must be a path relative to the task folder');
const TaskFileSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .trim()
        .regex(/^[A-Za-z0-9._-]+$/, 'may hold only letters, digits, `.`, `_` and `-`')
        .optional(),
    project: relativePath,
    ticket: relativePath.default('ticket.md'),
    reference: relativePath.optional(),
    check: schemas/* string */.YjP().trim().min(1, 'must be a shell command, e.g. `dbt test --select my_model`').optional(),
});
/** Reads `<dir>/task.yml` into a task; every problem is an `EvalTaskError` naming the file and field. */
async function readTaskFile(dir) {
    const file = external_node_path_default().join(dir, TASK_FILE);
    let data;
    try {
        data = (0,dist/* parse */.qg)(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new EvalTaskError(`${file} is not YAML (${task_file_firstLine(error)}): fix its syntax.`);
    }
    const parsed = TaskFileSchema.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `\`${issue.path.join('.') || 'file'}\` ${issue.message}`);
        throw new EvalTaskError(`${file} is not a task: ${problems.join('; ')}.`);
    }
    const task = parsed.data;
    if (!task.reference && !task.check) {
        throw new EvalTaskError(`${file} says neither \`reference\` (a patch of the correct change) nor \`check\` (a command that exits 0 on a correct change): a task needs at least one to be scored.`);
    }
    const project = external_node_path_default().resolve(dir, task.project);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(project, 'dbt_project.yml'))) {
        throw new EvalTaskError(`${file}: \`project\` ${task.project} has no dbt_project.yml (looked in ${project}).`);
    }
    const ticket = existing(file, dir, 'ticket', task.ticket);
    return {
        id: task.id ?? external_node_path_default().basename(dir),
        dir,
        format: 'autopilot',
        project,
        ticket: { kind: 'file', path: ticket },
        ...(task.reference
            ? { reference: await (0,promises_.readFile)(existing(file, dir, 'reference', task.reference), 'utf8') }
            : {}),
        ...(task.check ? { check: { command: task.check, files: [] } } : {}),
    };
}
function existing(file, dir, field, relative) {
    const absolute = external_node_path_default().resolve(dir, relative);
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new EvalTaskError(`${file}: \`${field}\` ${relative} does not exist (looked at ${absolute}).`);
    return absolute;
}
function task_file_firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./src/eval/load-tasks.ts






/**
 * The tasks of a folder: the folder itself when it holds a task file, else each subfolder that does
 * (`task.yml` ours, `task.yaml` ADE-bench's), by name.
 */
async function loadTasks(folder, options = {}) {
    const root = external_node_path_default().resolve(folder);
    if (!(0,external_node_fs_.existsSync)(root))
        throw new EvalTaskError(`The tasks folder ${root} does not exist: pass --tasks <folder>.`);
    const dirs = isTaskDir(root)
        ? [root]
        : (await (0,promises_.readdir)(root, { withFileTypes: true }))
            .filter((entry) => entry.isDirectory() && isTaskDir(external_node_path_default().join(root, entry.name)))
            .map((entry) => external_node_path_default().join(root, entry.name))
            .sort();
    if (dirs.length === 0) {
        throw new EvalTaskError(`${root} holds no task: each task is a folder with ${TASK_FILE} (see docs/eval.md) or ADE-bench's ${ADE_TASK_FILE}.`);
    }
    const tasks = [];
    for (const dir of dirs) {
        tasks.push((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, TASK_FILE))
            ? await readTaskFile(dir)
            : await readAdeTask(dir, {
                root: options.adeRoot ?? external_node_path_default().resolve(dir, '..', '..'),
                ...(options.adePrompt ? { prompt: options.adePrompt } : {}),
            }));
    }
    const ids = new Set();
    for (const task of tasks) {
        if (ids.has(task.id))
            throw new EvalTaskError(`Two tasks in ${root} have the id ${task.id}: give each its own.`);
        ids.add(task.id);
    }
    if (!options.only?.length)
        return tasks;
    const missing = options.only.filter((id) => !ids.has(id));
    if (missing.length > 0) {
        throw new EvalTaskError(`No task ${missing.join(', ')} in ${root} (it has ${[...ids].join(', ')}).`);
    }
    return options.only.map((id) => tasks.find((task) => task.id === id));
}
function isTaskDir(dir) {
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, TASK_FILE)) || (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, ADE_TASK_FILE));
}

// EXTERNAL MODULE: ./src/adapters/process/command-runner.ts + 1 modules
var command_runner = __webpack_require__(84819);
// EXTERNAL MODULE: ./src/config/cloud-secrets.ts
var cloud_secrets = __webpack_require__(94639);
// EXTERNAL MODULE: ./src/config/run-environment.ts
var run_environment = __webpack_require__(24175);
// EXTERNAL MODULE: ./src/demo/scripted-messages-server.ts
var scripted_messages_server = __webpack_require__(76708);
// EXTERNAL MODULE: ./src/project/graph.ts
var graph = __webpack_require__(31977);
// EXTERNAL MODULE: ./src/project/dbt-project.ts
var dbt_project = __webpack_require__(43555);
// EXTERNAL MODULE: ./src/run/compose.ts + 82 modules
var compose = __webpack_require__(57541);
// EXTERNAL MODULE: ./src/run/outcome.ts
var outcome = __webpack_require__(36497);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 97 modules
var run_ticket = __webpack_require__(38500);
// EXTERNAL MODULE: ./src/shared/read-if-present.ts
var read_if_present = __webpack_require__(85247);
;// CONCATENATED MODULE: ./src/eval/check-command.ts



/** The folder inside the project's first test and seed paths that a check's files are copied into. */
const CHECK_FOLDER = 'eval_checks';
/**
 * Runs a task's check against the changed project: its files copied into `<test-path>/eval_checks/` and
 * `<seed-path>/eval_checks/` (named to the command as $EVAL_TESTS and $EVAL_SEEDS), then the command
 * through `sh -c` in the project folder, inside the sandbox.
 */
async function runCheck(check, options) {
    const project = await (0,dbt_project/* readDbtProject */.ce)(options.projectDir);
    const folders = {
        tests: external_node_path_default().posix.join(project.testPaths[0] ?? 'tests', CHECK_FOLDER),
        seeds: external_node_path_default().posix.join(project.seedPaths[0] ?? 'seeds', CHECK_FOLDER),
    };
    for (const file of check.files) {
        const dir = external_node_path_default().join(options.projectDir, folders[file.into]);
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.cp)(file.source, external_node_path_default().join(dir, external_node_path_default().basename(file.source)));
    }
    const env = {
        EVAL_TESTS: folders.tests,
        EVAL_SEEDS: folders.seeds,
        DBT_LOG_PATH: options.logDir,
        DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
        DBT_USE_COLORS: 'false',
    };
    if (options.binDir)
        env.PATH = `${options.binDir}${(external_node_path_default()).delimiter}${process.env.PATH ?? ''}`;
    const result = await options.runner.run('/bin/sh', ['-c', check.command], {
        cwd: options.projectDir,
        env,
        timeoutMs: options.timeoutMs,
    });
    const output = `${result.stdout}\n${result.stderr}`.trim();
    return {
        exitCode: result.timedOut ? 124 : result.exitCode,
        output: result.timedOut ? `timed out\n${output}` : output,
    };
}

// EXTERNAL MODULE: ./src/project/manifest.ts
var manifest = __webpack_require__(99816);
;// CONCATENATED MODULE: ./src/eval/reference-models.ts


/**
 * The models whose SQL the reference changes, named as dbt names them: those the base manifest defines in
 * a SQL file the reference modifies or deletes, and the new SQL files it adds under a model path (a
 * versioned model's `_v2` file is model `name`, version 2). A properties YAML often documents many models:
 * which of them the reference changes would take its manifest, so YAML files count only as files.
 */
function referenceModels(files, base) {
    const names = new Set();
    const existing = files
        .filter((file) => file.change !== 'added' && file.path.endsWith('.sql'))
        .map((file) => file.path);
    if (base.graph)
        for (const name of (0,manifest/* modelsForFiles */.Ru)(base.graph, base.packageName, existing))
            names.add(name);
    for (const file of files) {
        if (file.change !== 'added' || !file.path.endsWith('.sql'))
            continue;
        if (!base.modelPaths.some((dir) => isInside(file.path, dir)))
            continue;
        const stem = external_node_path_default().posix.basename(file.path, '.sql');
        const versioned = /^(.+)_v\d+$/.exec(stem)?.[1];
        const known = versioned !== undefined && (base.graph?.byName(versioned, 'model').length ?? 0) > 0;
        names.add(known && versioned ? versioned : stem);
    }
    return [...names].sort();
}
function isInside(file, dir) {
    const clean = dir.replace(/^\.\//, '').replace(/\/$/, '');
    return clean === '.' || clean === '' || file.startsWith(`${clean}/`);
}

;// CONCATENATED MODULE: ./src/eval/reference-patch.ts

/**
 * The files a unified diff touches, from its `---`/`+++` headers (git's `a/` and `b/` prefixes, or any
 * one leading folder as `patch -p1` strips it) and git's rename lines. A rename is a deletion and an addition.
 */
function patchedFiles(patch, source = 'the reference patch') {
    const files = new Map();
    const lines = patch.split(/\r?\n/);
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i] ?? '';
        const renamed = /^rename from (.+)$/.exec(line);
        const renamedTo = /^rename to (.+)$/.exec(lines[i + 1] ?? '');
        if (renamed?.[1] && renamedTo?.[1]) {
            files.set(renamed[1], 'deleted');
            files.set(renamedTo[1], 'added');
            i += 1;
            continue;
        }
        if (!line.startsWith('--- ') || !(lines[i + 1] ?? '').startsWith('+++ '))
            continue;
        const before = headerPath(line.slice(4));
        const after = headerPath((lines[i + 1] ?? '').slice(4));
        i += 1;
        if (after === undefined && before !== undefined)
            files.set(before, 'deleted');
        else if (before === undefined && after !== undefined)
            files.set(after, 'added');
        else if (after !== undefined)
            files.set(after, files.get(after) === 'added' ? 'added' : 'modified');
    }
    if (files.size === 0) {
        throw new EvalTaskError(`${source} changes no file: it must be a unified diff with \`--- a/<path>\` and \`+++ b/<path>\` headers (\`git diff\` writes one).`);
    }
    return [...files].map(([path, change]) => ({ path, change })).sort((a, b) => a.path.localeCompare(b.path));
}
/** The path of a `---`/`+++` header without its `-p1` folder and timestamp; undefined for /dev/null. */
function headerPath(header) {
    const name = header
        .split('\t')[0]
        ?.trim()
        .replace(/^"(.*)"$/, '$1') ?? '';
    if (name === '/dev/null' || name === '')
        return undefined;
    const slash = name.indexOf('/');
    return slash >= 0 ? name.slice(slash + 1) : name;
}

;// CONCATENATED MODULE: ./src/eval/scripted-agents.ts
/**
 * The oracle, for measuring the harness: in the agent's session it writes the reference's result in one
 * turn, then finishes. Every other call gets the answer of a model that knows nothing: the classifier a
 * task of kind `other`, anything else plain text with no tool call.
 */
function oracleResponder(edits) {
    return (body) => {
        if (!isAgentSession(body))
            return declined(body);
        if (assistantTurns(body) > 0 || (edits.writes.length === 0 && edits.deletes.length === 0))
            return finish('Applied the reference patch (eval oracle).');
        return {
            content: [
                { type: 'text', text: 'Writing the reference change.' },
                ...edits.writes.map((file, index) => ({
                    type: 'tool_use',
                    id: `toolu_oracle_w${index}`,
                    name: 'write_file',
                    input: { path: file.path, content: file.content },
                })),
                ...edits.deletes.map((file, index) => ({
                    type: 'tool_use',
                    id: `toolu_oracle_d${index}`,
                    name: 'delete_file',
                    input: { path: file },
                })),
            ],
            stop_reason: 'tool_use',
        };
    };
}
/** The null model: finishes every session at once without touching a file. "No change" must never pass. */
function nullResponder() {
    return (body) => (isAgentSession(body) ? finish('Nothing to change (eval null model).') : declined(body));
}
/** The agent's session is the call that offers the `finish` tool. */
function isAgentSession(body) {
    const tools = Array.isArray(body['tools']) ? body['tools'] : [];
    return tools.some((tool) => typeof tool === 'object' && tool !== null && tool.name === 'finish');
}
function assistantTurns(body) {
    const messages = Array.isArray(body['messages']) ? body['messages'] : [];
    return messages.filter((message) => typeof message === 'object' && message !== null && message.role === 'assistant').length;
}
function finish(summary) {
    return {
        content: [{ type: 'tool_use', id: 'toolu_eval_finish', name: 'finish', input: { summary } }],
        stop_reason: 'tool_use',
    };
}
function declined(body) {
    // A structured request (the task classifier) gets the answer of a model that knows nothing: a task of kind
    // `other` at medium risk, as the pipeline would assume anyway.
    if (body['output_config'] !== undefined)
        return { output: { kind: 'other', risk: 'medium' } };
    return {
        content: [{ type: 'text', text: 'No answer from the scripted eval model.' }],
        stop_reason: 'end_turn',
    };
}

;// CONCATENATED MODULE: ./src/eval/score-task.ts
/**
 * A task passes when every criterion does: the run changed something (no change never passes, whatever
 * else holds), did not fail, dbt built and tested its result green, it changed every file and model the
 * reference changes, and the check command exited 0.
 */
function scoreTask(expectation, run) {
    const criteria = [
        run.changedFiles.length > 0
            ? { name: 'change', passed: true, detail: `changed ${run.changedFiles.length} file(s)` }
            : { name: 'change', passed: false, detail: 'no change: the run changed no file' },
        run.failed
            ? { name: 'outcome', passed: false, detail: `the run ended ${run.status}: ${run.statusMessage}` }
            : { name: 'outcome', passed: true, detail: `the run ended ${run.status}` },
        validationCriterion(run.validation),
    ];
    if (expectation.files.length > 0) {
        const changed = new Set(run.changedFiles);
        const missing = expectation.files.filter((file) => !changed.has(file.path));
        criteria.push(missing.length === 0
            ? {
                name: 'files',
                passed: true,
                detail: `changed all ${expectation.files.length} file(s) the reference does`,
            }
            : {
                name: 'files',
                passed: false,
                detail: `did not change ${missing.map((file) => `${file.path} (${file.change} in the reference)`).join(', ')}`,
            });
    }
    if (expectation.models.length > 0) {
        const changed = new Set(run.changedModels);
        const missing = expectation.models.filter((model) => !changed.has(model));
        criteria.push(missing.length === 0
            ? { name: 'models', passed: true, detail: `changed model(s) ${expectation.models.join(', ')}` }
            : { name: 'models', passed: false, detail: `did not change model(s) ${missing.join(', ')}` });
    }
    if (expectation.hasCheck)
        criteria.push(checkCriterion(run.check));
    return { passed: criteria.every((criterion) => criterion.passed), criteria };
}
function validationCriterion(validation) {
    if (!validation)
        return { name: 'validation', passed: false, detail: 'dbt never validated a change' };
    return validation.ok
        ? {
            name: 'validation',
            passed: true,
            detail: `dbt built and tested the result green (round ${validation.round})`,
        }
        : {
            name: 'validation',
            passed: false,
            detail: `validation failed in its last round (${validation.round})`,
        };
}
function checkCriterion(check) {
    if (check === undefined)
        return { name: 'check', passed: false, detail: 'the check command did not run' };
    if (typeof check === 'string')
        return { name: 'check', passed: false, detail: `the check command did not run: ${check}` };
    if (check.exitCode === 0)
        return { name: 'check', passed: true, detail: 'the check command exited 0' };
    const tail = check.output.trim().split('\n').slice(-3).join(' | ');
    return {
        name: 'check',
        passed: false,
        detail: `the check command exited ${check.exitCode}${tail ? `: ${tail}` : ''}`,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/adapters/git/git-hardening.ts
var git_hardening = __webpack_require__(24904);
;// CONCATENATED MODULE: ./src/eval/task-repository.ts








/** dbt's output and local databases: never part of a task's repository. */
const SKIPPED = new Set(['target', 'logs', 'dbt_packages', '.user.yml', '.git']);
const IGNORED = ['target/', 'logs/', 'dbt_packages/', '*.duckdb', '*.duckdb.wal'];
const IDENTITY = {
    GIT_AUTHOR_NAME: 'Autopilot eval',
    GIT_AUTHOR_EMAIL: 'eval@autopilot.invalid',
    GIT_COMMITTER_NAME: 'Autopilot eval',
    GIT_COMMITTER_EMAIL: 'eval@autopilot.invalid',
};
/**
 * A fresh git repository in `dir` holding the task's project at its root, committed on `main`; the
 * setup patch (the state the ticket starts from) applied and committed on top; the task's database
 * files beside it, ignored.
 */
async function prepareTaskRepository(task, dir, git) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    // dbt's own folders, wherever dbt_project.yml puts them.
    const { targetDir, packagesDir } = await (0,dbt_project/* readDbtProject */.ce)(task.project);
    const output = new Set([targetDir, packagesDir]);
    await (0,promises_.cp)(task.project, dir, {
        recursive: true,
        filter: (source) => !SKIPPED.has(external_node_path_default().basename(source)) && !output.has(source) && !/\.duckdb(\.wal)?$/.test(source),
    });
    const ignored = [...IGNORED, ...[...output].map((folder) => `/${external_node_path_default().relative(task.project, folder)}/`)];
    const gitignore = external_node_path_default().join(dir, '.gitignore');
    const existing = (0,external_node_fs_.existsSync)(gitignore) ? await (0,promises_.readFile)(gitignore, 'utf8') : '';
    await (0,promises_.appendFile)(gitignore, `${existing && !existing.endsWith('\n') ? '\n' : ''}${ignored.join('\n')}\n`);
    const database = task.database && (await placeDatabase(dir, task.database));
    await runGit(git, dir, ['init', '-q', '-b', 'main']);
    await runGit(git, dir, ['add', '-A']);
    await runGit(git, dir, ['commit', '-q', '-m', `${task.id}: the project`]);
    if (task.setupPatch) {
        await applyPatch(git, dir, task.setupPatch, `${task.id}'s setup patch`);
        await runGit(git, dir, ['add', '-A']);
        await runGit(git, dir, ['commit', '-q', '-m', `${task.id}: setup`]);
    }
    if (database) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(database.to), { recursive: true });
        await (0,promises_.cp)(database.source, database.to);
    }
}
/**
 * Points the profile's `path: <name>` (or `./<name>`) at dbt's target folder, where the database is
 * copied once the project is committed: the sandbox keeps the rest of the project read-only.
 */
async function placeDatabase(dir, database) {
    const { targetDir } = await (0,dbt_project/* readDbtProject */.ce)(dir);
    const relative = external_node_path_default().posix.join(external_node_path_default().relative(dir, targetDir).split((external_node_path_default()).sep).join('/'), database.name);
    const profile = external_node_path_default().join(dir, 'profiles.yml');
    const text = (0,external_node_fs_.existsSync)(profile) ? await (0,promises_.readFile)(profile, 'utf8') : '';
    const name = database.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pointed = text.replace(new RegExp(`(\\bpath:\\s*['"]?)(?:\\./)?${name}(['"]?)`, 'g'), `$1${relative}$2`);
    if (pointed === text) {
        throw new EvalTaskError(`The project's profiles.yml does not open ${database.name} (\`path: ${database.name}\`): eval cannot tell where the database goes.`);
    }
    await (0,promises_.writeFile)(profile, pointed);
    return { source: database.source, to: external_node_path_default().join(dir, relative) };
}
/** Applies a patch to the working tree of `dir` (a repository or a plain folder), or says why it does not apply. */
async function applyPatch(git, dir, patch, what) {
    const file = external_node_path_default().join(await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'autopilot-eval-patch-')), 'change.patch');
    await (0,promises_.writeFile)(file, patch.endsWith('\n') ? patch : `${patch}\n`);
    try {
        const result = await git.run('git', (0,git_hardening.hardenedGitArgs)(['apply', '--whitespace=nowarn', file]), {
            cwd: dir,
            env: IDENTITY,
        });
        if (result.exitCode !== 0) {
            throw new EvalTaskError(`${what} does not apply to the project: ${result.stderr.trim()}`);
        }
    }
    finally {
        await (0,promises_.rm)(external_node_path_default().dirname(file), { recursive: true, force: true });
    }
}
/**
 * What the oracle writes: the reference applied to a copy of the repository's files, read back file by
 * file. A reference that does not apply is the task's error, said before anything runs.
 */
async function oracleEditsOf(task, repoDir, git) {
    if (!task.reference) {
        throw new EvalTaskError(`${task.id} has no reference patch${task.referenceProblem ? ` (${task.referenceProblem})` : ''}: the oracle has nothing to apply.`);
    }
    const copy = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'autopilot-eval-oracle-'));
    try {
        await (0,promises_.cp)(repoDir, copy, { recursive: true, filter: (source) => external_node_path_default().basename(source) !== '.git' });
        await applyPatch(git, copy, task.reference, `${task.id}'s reference patch`);
        const files = patchedFiles(task.reference, `${task.id}'s reference patch`);
        const writes = [];
        for (const file of files.filter((entry) => entry.change !== 'deleted'))
            writes.push({ path: file.path, content: await (0,promises_.readFile)(external_node_path_default().join(copy, file.path), 'utf8') });
        return { writes, deletes: files.filter((entry) => entry.change === 'deleted').map((entry) => entry.path) };
    }
    finally {
        await (0,promises_.rm)(copy, { recursive: true, force: true });
    }
}
async function runGit(git, cwd, args) {
    const result = await git.run('git', (0,git_hardening.hardenedGitArgs)(args), { cwd, env: IDENTITY });
    if (result.exitCode !== 0)
        throw new Error(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim()}`);
}

;// CONCATENATED MODULE: ./src/eval/run-task.ts




















/** Replays one task through the pipeline a `run` uses (dry run, the ticket as a local file) and scores it. */
async function runEvalTask(task, options) {
    const started = Date.now();
    const taskDir = external_node_path_default().join(options.outDir, 'tasks', task.id);
    const repoDir = external_node_path_default().join(taskDir, 'repo');
    const git = new command_runner.SpawnCommandRunner();
    await (0,promises_.rm)(taskDir, { recursive: true, force: true });
    await prepareTaskRepository(task, repoDir, git);
    const ticket = await ticketFile(task, taskDir);
    const server = await scriptedServer(task, options.agent, repoDir, git);
    try {
        const raw = {
            ...(0,config_settings.defaultInputs)(),
            ...options.inputs,
            ticket,
            'ticket-source': 'file',
            'dry-run': 'true',
            'upload-artifact': 'false',
            // The data evidence does not change the score; it would only add dbt runs.
            'data-evidence': 'false',
            'dbt-executable': options.dbtExecutable,
            'sqlfluff-executable': options.sqlfluffExecutable,
            ...modelInputs(options.agent, server),
        };
        const settings = (0,cloud_secrets.withCloudSecrets)((0,config_settings.parseSettings)(raw, 'terminal'), options.env);
        const run = await (0,run_ticket/* runTicket */.W)({
            settings,
            environment: (0,run_environment.readRunEnvironment)({}),
            log: options.log,
            repoDir,
            outDir: external_node_path_default().join(taskDir, 'run'),
        });
        const { record } = run;
        // Read before the check puts the change into the checkout.
        const expectation = await expectationOf(task, record, repoDir);
        let check;
        if (task.check) {
            check = record.diff.trim()
                ? await checkChange(task, record.diff, {
                    repoDir,
                    taskDir,
                    settings,
                    git,
                    dbt: options.dbtExecutable,
                })
                : 'the run left no change to check';
        }
        const score = scoreTask(expectation, factsOf(record, check));
        return {
            ...resultBase(task, record),
            passed: score.passed,
            reasons: reasonsOf(score.criteria),
            criteria: score.criteria,
            durationMs: Date.now() - started,
            auditDir: run.auditDir,
        };
    }
    finally {
        await server?.close();
    }
}
/** A task that could not be run (its setup or reference does not apply, its project does not parse). */
function erroredTask(task, error, durationMs) {
    const message = error instanceof Error ? error.message : String(error);
    return {
        id: task.id,
        format: task.format,
        passed: false,
        reasons: [message],
        criteria: [],
        status: 'error',
        costUsd: 0,
        tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
        modelCalls: 0,
        durationMs,
        changedFiles: [],
    };
}
async function ticketFile(task, taskDir) {
    if (task.ticket.kind === 'file')
        return task.ticket.path;
    const file = external_node_path_default().join(taskDir, 'ticket.md');
    await (0,promises_.mkdir)(taskDir, { recursive: true });
    const front = (0,dist/* stringify */.As)({ key: task.ticket.key, title: task.ticket.title }).trimEnd();
    await (0,promises_.writeFile)(file, `---\n${front}\n---\n${task.ticket.body}\n`);
    return file;
}
async function scriptedServer(task, agent, repoDir, git) {
    if (agent.kind === 'claude')
        return undefined;
    const respond = agent.kind === 'oracle' ? oracleResponder(await oracleEditsOf(task, repoDir, git)) : nullResponder();
    return (0,scripted_messages_server/* startScriptedMessagesServer */.Qi)({ script: [], apiKey: SCRIPTED_KEY, respond });
}
const SCRIPTED_KEY = 'scripted-eval';
function modelInputs(agent, server) {
    if (agent.kind === 'claude') {
        return {
            'anthropic-api-key': agent.apiKey,
            model: agent.model,
            ...(agent.baseUrl ? { 'anthropic-base-url': agent.baseUrl } : {}),
        };
    }
    return { 'anthropic-api-key': SCRIPTED_KEY, 'anthropic-base-url': server?.url ?? '' };
}
/** The run's change applied to the checkout it left as found, then the task's check in the sandbox. */
async function checkChange(task, diff, context) {
    const { repoDir, settings, git } = context;
    const check = task.check;
    if (!check)
        return 'the task has no check';
    const workDir = external_node_path_default().join(context.taskDir, 'check');
    const runner = (0,compose/* composeCheckRunner */.n_)({
        settings,
        repoDir,
        workDir,
        commands: git,
        log: { info() { }, warn() { }, error() { }, debug() { }, group: (_name, fn) => fn() },
    });
    // The sandbox is set up from the checkout as the run found it (the profile, the env vars
    // dbt_project.yml names), as a run's is, before the model's change is in it.
    await runner.run('true', [], { cwd: repoDir, timeoutMs: 60_000 });
    await applyPatch(git, repoDir, diff, "The run's change");
    return runCheck(check, {
        projectDir: repoDir,
        runner,
        binDir: context.dbt.includes('/') ? external_node_path_default().dirname(context.dbt) : undefined,
        timeoutMs: settings.dbt.timeoutMs,
        logDir: external_node_path_default().join(workDir, 'logs'),
    });
}
async function expectationOf(task, record, repoDir) {
    if (!task.reference)
        return { files: [], models: [], hasCheck: task.check !== undefined };
    const files = patchedFiles(task.reference, `${task.id}'s reference patch`);
    const project = await (0,dbt_project/* readDbtProject */.ce)(repoDir);
    const stateDir = record.stages.base?.stateDir;
    const manifest = stateDir ? await (0,read_if_present/* readIfPresent */.Z)(external_node_path_default().join(stateDir, 'manifest.json')) : undefined;
    const models = referenceModels(files, {
        ...(manifest ? { graph: (0,graph/* loadManifestGraph */.WI)(manifest) } : {}),
        packageName: project.name,
        modelPaths: project.modelPaths,
    });
    return { files, models, hasCheck: task.check !== undefined };
}
function factsOf(record, check) {
    const last = record.validations.at(-1);
    const status = record.status ?? 'failed:internal';
    return {
        status,
        statusMessage: record.statusMessage ?? '',
        failed: (0,outcome.isFailure)(status),
        changedFiles: record.changedFiles,
        changedModels: record.changedModels,
        ...(last ? { validation: { round: last.round, ok: last.ok } } : {}),
        ...(check !== undefined ? { check } : {}),
    };
}
function resultBase(task, record) {
    const tokens = record.modelCalls.reduce((sum, call) => ({
        input: sum.input + call.usage.inputTokens,
        output: sum.output + call.usage.outputTokens,
        cacheRead: sum.cacheRead + call.usage.cacheReadInputTokens,
        cacheWrite: sum.cacheWrite + call.usage.cacheCreationInputTokens,
    }), { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 });
    return {
        id: task.id,
        format: task.format,
        status: record.status ?? 'failed:internal',
        costUsd: record.costUsd,
        tokens,
        modelCalls: record.modelCalls.length,
        changedFiles: [...record.changedFiles],
    };
}
function reasonsOf(criteria) {
    const failing = criteria.filter((criterion) => !criterion.passed);
    if (failing.length === 0)
        return [`passed ${criteria.map((criterion) => criterion.name).join(', ')}`];
    return failing.map((criterion) => `${criterion.name}: ${criterion.detail}`);
}

;// CONCATENATED MODULE: ./src/eval/run-eval.ts




/**
 * Replays the tasks one after the other and writes `eval-report.json` and `eval-report.md` to the output
 * folder. A task that cannot be run is a failed line of the report that says why, never the end of the eval.
 */
async function runEval(tasks, options) {
    const startedAt = new Date().toISOString();
    const results = [];
    for (const [index, task] of tasks.entries()) {
        options.log.info(`[${index + 1}/${tasks.length}] ${task.id} (${task.format})`);
        const started = Date.now();
        let result;
        try {
            result = await runEvalTask(task, { ...options, log: options.runLog });
        }
        catch (error) {
            result = erroredTask(task, error, Date.now() - started);
        }
        options.log.info(`  ${result.passed ? 'pass' : 'FAIL'}: ${result.reasons.join('; ')} ($${result.costUsd.toFixed(4)}, ${(result.durationMs / 1000).toFixed(1)} s)`);
        results.push(result);
    }
    const report = evalReport({
        agent: agentName(options.agent),
        tasksDir: options.tasksDir,
        startedAt,
        ...(options.minPassRate !== undefined ? { minPassRate: options.minPassRate } : {}),
    }, results);
    await (0,promises_.mkdir)(options.outDir, { recursive: true });
    const json = external_node_path_default().join(options.outDir, 'eval-report.json');
    const markdown = external_node_path_default().join(options.outDir, 'eval-report.md');
    await (0,promises_.writeFile)(json, `${JSON.stringify(report, null, 2)}\n`);
    await (0,promises_.writeFile)(markdown, evalMarkdown(report));
    return { report, files: [json, markdown] };
}
function agentName(agent) {
    return agent.kind === 'claude' ? `claude (${agent.model})` : agent.kind;
}

// EXTERNAL MODULE: ./src/cli/cli-name.ts
var cli_name = __webpack_require__(81786);
// EXTERNAL MODULE: ./src/cli/command-io.ts
var command_io = __webpack_require__(82348);
// EXTERNAL MODULE: ./src/cli/console-log.ts
var console_log = __webpack_require__(72028);
;// CONCATENATED MODULE: ./src/cli/eval-command.ts










const EVAL_USAGE = `Usage: ${cli_name/* CLI_NAME */.V} eval --tasks <folder> [--agent claude|oracle|null] [--min-pass-rate <0-1>] [options]
  Replays a folder of tasks (each a ticket plus a reference patch or a check command; ADE-bench's task.yaml
  accepted) through the pipeline a run uses, as dry runs, and reports pass or fail with why, cost, tokens and
  time per task. Writes eval-report.json and eval-report.md to --out. See docs/eval.md.
  --agent claude (default; ANTHROPIC_API_KEY), oracle (applies each task's reference: must pass 100%) or
          null (changes nothing: must pass 0%)
  --model <id>            the Claude model (default claude-sonnet-5-5)
  --task <id>             only this task (repeatable)
  --out <dir>             default ./autopilot-eval
  --min-pass-rate <rate>  exit 1 below it (0.8 or 80%)
  --max-cost-usd <usd>    each task's budget (the run's input of that name)
  --ade-root <dir>        the ADE-bench checkout its tasks' projects and databases are in
  --ade-prompt <key>      which ADE-bench prompt is the ticket (default base)
  --dbt-executable, --sqlfluff-executable   default: .venv/bin beside the bundle, else PATH
  --verbose               each run's own log
  Exit codes: 0 the pass rate met --min-pass-rate (or none was given), 1 it did not, 2 usage or task error.`;
/** `dbt-autopilot eval`: the agent measured on a folder of tasks. */
function runEvalCommand(args, env, log) {
    return (0,command_io/* flagCommand */.io)(EVAL_USAGE, {
        tasks: { type: 'string' },
        agent: { type: 'string', default: 'claude' },
        model: { type: 'string', default: 'claude-sonnet-5-5' },
        task: { type: 'string', multiple: true },
        out: { type: 'string' },
        'min-pass-rate': { type: 'string' },
        'max-cost-usd': { type: 'string' },
        'ade-root': { type: 'string' },
        'ade-prompt': { type: 'string' },
        'dbt-executable': { type: 'string' },
        'sqlfluff-executable': { type: 'string' },
        verbose: { type: 'boolean', default: false },
    }, async (flags, out) => {
        const cwd = process.cwd();
        const tasksDir = external_node_path_default().resolve(cwd, (0,command_io/* requireFlag */.eP)(flags.tasks, '--tasks', EVAL_USAGE));
        const agent = agentOf(flags.agent, flags.model, env);
        const minPassRate = flags['min-pass-rate'] === undefined ? undefined : rateOf(flags['min-pass-rate']);
        const inputs = flags['max-cost-usd'] ? { 'max-cost-usd': flags['max-cost-usd'] } : undefined;
        if (inputs)
            checkInputs(inputs);
        const tasks = await loadTasks(tasksDir, {
            ...(flags.task ? { only: flags.task } : {}),
            ...(flags['ade-root'] ? { adeRoot: external_node_path_default().resolve(cwd, flags['ade-root']) } : {}),
            ...(flags['ade-prompt'] ? { adePrompt: flags['ade-prompt'] } : {}),
        }).catch((error) => {
            throw error instanceof EvalTaskError ? new command_io/* UsageError */.eb(error.message) : error;
        });
        const venvBin = external_node_path_default().join(external_node_path_default().dirname(process.argv[1] ?? '.'), '..', '.venv', 'bin');
        const tool = (name, flag) => flag
            ? external_node_path_default().resolve(cwd, flag)
            : (0,external_node_fs_.existsSync)(external_node_path_default().join(venvBin, name))
                ? external_node_path_default().resolve(venvBin, name)
                : name;
        const outDir = external_node_path_default().resolve(cwd, flags.out ?? 'autopilot-eval');
        log.info(`Eval: ${tasks.length} task(s) from ${tasksDir}, agent ${flags.agent}; output in ${outDir}`);
        const { report, files } = await runEval(tasks, {
            agent,
            tasksDir,
            outDir,
            dbtExecutable: tool('dbt', flags['dbt-executable']),
            sqlfluffExecutable: tool('sqlfluff', flags['sqlfluff-executable']),
            log,
            env,
            runLog: flags.verbose ? new console_log/* ConsoleLog */.w(process.stderr, false) : SILENT,
            ...(inputs ? { inputs } : {}),
            ...(minPassRate !== undefined ? { minPassRate } : {}),
        });
        out.write(evalMarkdown(report));
        log.info(`Report: ${files.map((file) => external_node_path_default().relative(cwd, file) || file).join(', ')}`);
        return report.threshold && !report.threshold.met ? 1 : 0;
    })(args, process.stdout);
}
const SILENT = { info() { }, warn() { }, error() { }, debug() { }, group: (_name, fn) => fn() };
function agentOf(name, model, env) {
    if (name === 'oracle' || name === 'null')
        return { kind: name };
    if (name !== 'claude')
        throw new command_io/* UsageError */.eb(`--agent must be claude, oracle or null (not ${name}).\n${EVAL_USAGE}`);
    const apiKey = env.ANTHROPIC_API_KEY?.trim();
    if (!apiKey) {
        throw new command_io/* UsageError */.eb('--agent claude needs ANTHROPIC_API_KEY in the environment; --agent oracle or null measure the harness without a model.');
    }
    return {
        kind: 'claude',
        apiKey,
        model: model ?? 'claude-sonnet-5-5',
        ...(env.ANTHROPIC_BASE_URL ? { baseUrl: env.ANTHROPIC_BASE_URL } : {}),
    };
}
/** The inputs every task's run gets, checked once before any task runs. */
function checkInputs(inputs) {
    try {
        (0,config_settings.parseSettings)({ ...(0,config_settings.defaultInputs)(), ticket: 'ticket.md', 'ticket-source': 'file', ...inputs }, 'terminal');
    }
    catch (error) {
        throw error instanceof config_settings.SettingsError ? new command_io/* UsageError */.eb(error.message) : error;
    }
}
/** `0.8` or `80%`: a rate from 0 to 1. */
function rateOf(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
    if (!Number.isFinite(value) || value < 0 || value > 1) {
        throw new command_io/* UsageError */.eb(`--min-pass-rate must be a rate from 0 to 1 such as 0.8, or a percentage such as 80% (not ${text}).`);
    }
    return value;
}


/***/ }),

/***/ 94639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withCloudSecrets: () => (/* binding */ withCloudSecrets)
/* harmony export */ });
/* unused harmony exports CLOUD_SECRET_VARIABLES, cloudSecretsFromEnvironment */
/**
 * The cloud credentials a runner's environment may hold for the model platforms (what
 * configure-aws-credentials, google-github-actions/auth and the OIDC token request leave): the redactor
 * looks for them, as the model's errors and the SDKs' messages can echo them. Read by the shells only.
 */
const CLOUD_SECRET_VARIABLES = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_BEARER_TOKEN_BEDROCK',
    'GOOGLE_OAUTH_ACCESS_TOKEN',
    'CLOUDSDK_AUTH_ACCESS_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
/** The values of those variables that are set. */
function cloudSecretsFromEnvironment(env) {
    return CLOUD_SECRET_VARIABLES.map((name) => env[name]).filter((value) => Boolean(value));
}
/**
 * The settings an entry point parsed, with the cloud credentials of its environment: every shell (the
 * Action, `run`, `eval`, the MCP server, the demo) builds its settings through this, so the redactor and
 * the sandbox know them whichever way the run was started.
 */
function withCloudSecrets(settings, env) {
    return { ...settings, cloudSecrets: cloudSecretsFromEnvironment(env) };
}


/***/ }),

/***/ 24175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunEnvironment: () => (/* binding */ readRunEnvironment)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28942);

const EnvSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    GITHUB_REPOSITORY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[^/]+\/[^/]+$/)
        .optional(),
    GITHUB_SERVER_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://github.com'),
    GITHUB_API_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://api.github.com'),
    GITHUB_RUN_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_RUN_ATTEMPT: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_ACTOR: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_ACTOR_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/).optional(),
    GITHUB_EVENT_NAME: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_WORKSPACE: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    GITHUB_STEP_SUMMARY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    RUNNER_TEMP: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    // GitLab CI's predefined variables, for the CLI running there.
    GITLAB_CI: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    CI_PROJECT_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    CI_JOB_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
});
function readRunEnvironment(env = process.env) {
    const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
    const [owner, repo] = e.GITHUB_REPOSITORY?.split('/') ?? [];
    const repository = owner && repo ? { owner, repo } : undefined;
    const gitlab = e.GITLAB_CI === 'true' && !repository;
    const runUrl = repository && e.GITHUB_RUN_ID
        ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${e.GITHUB_RUN_ID}`
        : gitlab
            ? e.CI_JOB_URL
            : undefined;
    const repoUrl = repository ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}` : undefined;
    return {
        repository,
        serverUrl: e.GITHUB_SERVER_URL,
        apiUrl: e.GITHUB_API_URL,
        runId: e.GITHUB_RUN_ID,
        runAttempt: e.GITHUB_RUN_ATTEMPT,
        runUrl,
        repoUrl,
        blobUrl: repoUrl
            ? `${repoUrl}/blob/`
            : gitlab && e.CI_PROJECT_URL
                ? `${e.CI_PROJECT_URL}/-/blob/`
                : undefined,
        actor: e.GITHUB_ACTOR,
        actorId: e.GITHUB_ACTOR_ID,
        eventName: e.GITHUB_EVENT_NAME,
        workspace: e.GITHUB_WORKSPACE,
        runnerTemp: e.RUNNER_TEMP,
    };
}


/***/ }),

/***/ 76708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ startScriptedMessagesServer),
/* harmony export */   dA: () => (/* binding */ ScriptSchema)
/* harmony export */ });
/* unused harmony exports ScriptTurnSchema, turnContent, inputTokensOf, toMessage, streamEvents */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);


const TextBlockSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('text'), text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const ToolUseBlockSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_use'),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    input: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
});
const ScriptUsageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    output_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    cache_creation_input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    cache_read_input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
});
const ContentTurnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    content: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [TextBlockSchema, ToolUseBlockSchema])).min(1),
    stop_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['end_turn', 'tool_use', 'max_tokens', 'stop_sequence', 'refusal']),
    usage: ScriptUsageSchema.optional(),
});
/**
 * The answer to a structured request (`output_config.format`): the API sends it as one text block holding
 * the JSON. Served only to a request that asked for a format, so a script cannot answer the wrong call.
 */
const StructuredTurnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    output: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J(),
    usage: ScriptUsageSchema.optional(),
});
const ScriptTurnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([ContentTurnSchema, StructuredTurnSchema]);
/** A JSON script file: `{ "description": "...", "turns": [...] }`, one turn per model call. */
const ScriptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), turns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ScriptTurnSchema) });
/** The blocks a turn answers with: a structured turn's JSON is one text block, as on the wire. */
function turnContent(turn) {
    if (!('output' in turn))
        return turn.content;
    return [{ type: 'text', text: typeof turn.output === 'string' ? turn.output : JSON.stringify(turn.output) }];
}
/**
 * A loopback Anthropic Messages API that plays a script: each POST /v1/messages answers with the next turn,
 * as SSE frames when the request streams, otherwise as JSON. Used by the demo (no API key) and by tests
 * through the real SDK.
 */
async function startScriptedMessagesServer(options) {
    const turns = [...options.script];
    const failures = [...(options.failures ?? [])];
    const requests = [];
    let served = 0;
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        void handle(req, res).catch((error) => {
            if (!res.headersSent)
                sendError(res, 500, 'api_error', error.message);
            else
                res.end();
        });
    });
    async function handle(req, res) {
        const raw = await readBody(req);
        const path = (req.url ?? '/').split('?')[0];
        let body;
        try {
            body = raw ? JSON.parse(raw) : {};
        }
        catch {
            return sendError(res, 400, 'invalid_request_error', 'Request body is not JSON');
        }
        requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
        if (options.apiKey !== undefined && !authorized(req.headers, options.apiKey)) {
            return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
        }
        const failure = failures.shift();
        if (failure) {
            res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
            res.end(JSON.stringify(failure.body));
            return;
        }
        if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
            return sendJson(res, 200, { input_tokens: inputTokensOf(body) });
        }
        if (req.method !== 'POST' || path !== '/v1/messages') {
            return sendError(res, 404, 'not_found_error', `No route ${req.method} ${path}`);
        }
        const refused = refusedRequest(body);
        if (refused)
            return sendError(res, 400, 'invalid_request_error', refused);
        const turn = options.respond ? options.respond(body) : turns.shift();
        if (!turn)
            return sendError(res, 500, 'api_error', 'script exhausted');
        if ('output' in turn && body['output_config'] === undefined)
            return sendError(res, 500, 'api_error', 'the script answers a structured request; this one has no format');
        served += 1;
        const message = toMessage(turn, served, typeof body['model'] === 'string' ? body['model'] : (options.model ?? 'claude-sonnet-5-5'), inputTokensOf(body));
        if (body['stream'] === true)
            writeStream(res, message);
        else
            sendJson(res, 200, message);
    }
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        requests,
        get messageRequests() {
            return requests.filter((request) => request.path === '/v1/messages');
        },
        close: () => new Promise((resolve, reject) => {
            server.closeAllConnections();
            server.close((error) => (error ? reject(error) : resolve()));
        }),
    };
}
/**
 * A stand-in token count (a token is about 4 bytes) that is the same for a request and its count_tokens twin,
 * so the budget's reservation holds against the fake as it does against the real API.
 */
function inputTokensOf(body) {
    const counted = { ...body };
    delete counted['max_tokens'];
    delete counted['stream'];
    return Math.ceil(Buffer.byteLength(JSON.stringify(counted)) / 4);
}
/**
 * What the API refuses before any model runs, as the 5.5 models do: a forced tool call, and an output format
 * that is not a JSON schema of an object.
 */
function refusedRequest(body) {
    const choice = body['tool_choice'];
    if (choice && (choice.type === 'tool' || choice.type === 'any'))
        return `tool_choice.type "${String(choice.type)}" is not supported by this model; use "auto" or output_config.format`;
    const config = body['output_config'];
    if (config === undefined)
        return undefined;
    const format = config.format;
    if (format?.type !== 'json_schema')
        return 'output_config.format.type: must be "json_schema"';
    if (format.schema?.type !== 'object')
        return 'output_config.format.schema: must be a JSON schema of type object';
    return undefined;
}
/** The Messages API's answer for a scripted turn (shared with the Bedrock and Vertex fakes). */
function toMessage(turn, index, model, inputTokens) {
    const content = turnContent(turn).map((block, i) => block.type === 'text'
        ? block
        : {
            type: 'tool_use',
            id: block.id ?? `toolu_${index}_${i}`,
            name: block.name,
            input: block.input,
        });
    return {
        id: `msg_scripted_${index}`,
        type: 'message',
        role: 'assistant',
        model,
        content,
        stop_reason: 'output' in turn ? 'end_turn' : turn.stop_reason,
        stop_sequence: null,
        stop_details: null,
        container: null,
        diagnostics: null,
        usage: {
            input_tokens: turn.usage?.input_tokens ?? inputTokens,
            output_tokens: turn.usage?.output_tokens ?? Math.ceil(Buffer.byteLength(JSON.stringify(content)) / 4),
            cache_creation_input_tokens: turn.usage?.cache_creation_input_tokens ?? 0,
            cache_read_input_tokens: turn.usage?.cache_read_input_tokens ?? 0,
        },
    };
}
/** Writes the message as the real SSE frame sequence; every frame has an `event:` line. */
function writeStream(res, message) {
    res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
    });
    for (const event of streamEvents(message))
        res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    res.end();
}
/** The streaming events of a message, in order, each `{ type, ... }` as the API sends them. */
function streamEvents(message) {
    const events = [];
    const frame = (type, data) => events.push({ type, ...data });
    frame('message_start', {
        message: { ...message, content: [], stop_reason: null, usage: { ...message.usage, output_tokens: 1 } },
    });
    message.content.forEach((block, index) => {
        if (block.type === 'text') {
            frame('content_block_start', { index, content_block: { type: 'text', text: '' } });
            if (index === 0)
                frame('ping', {});
            for (const piece of chunks(block.text, 24)) {
                frame('content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
            }
        }
        else {
            frame('content_block_start', { index, content_block: { ...block, input: {} } });
            if (index === 0)
                frame('ping', {});
            for (const piece of chunks(JSON.stringify(block.input), 32)) {
                frame('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: piece } });
            }
        }
        frame('content_block_stop', { index });
    });
    frame('message_delta', {
        delta: { stop_reason: message.stop_reason, stop_sequence: null },
        usage: { output_tokens: message.usage.output_tokens },
    });
    frame('message_stop', {});
    return events;
}
function chunks(text, size) {
    const pieces = [];
    for (let i = 0; i < text.length; i += size)
        pieces.push(text.slice(i, i + size));
    return pieces.length > 0 ? pieces : [''];
}
function authorized(headers, apiKey) {
    return headers['authorization'] === `Bearer ${apiKey}` || headers['x-api-key'] === apiKey;
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const parts = [];
        req.on('data', (part) => parts.push(part));
        req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        req.on('error', reject);
    });
}
function sendJson(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_scripted_${Date.now()}` });
    res.end(JSON.stringify(body));
}
function sendError(res, status, type, message) {
    sendJson(res, status, { type: 'error', error: { type, message }, request_id: 'req_scripted' });
}


/***/ }),

/***/ 36497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ classifyFailure),
/* harmony export */   isFailure: () => (/* reexport safe */ _shared_run_status_js__WEBPACK_IMPORTED_MODULE_1__.N)
/* harmony export */ });
/* harmony import */ var _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76021);
/* harmony import */ var _shared_run_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59179);


/**
 * The outcome of a run that ended in an error (a `skipped:*` one, such as a question for the reporter, is neutral). Our errors carry their status and a message that says what
 * to do; anything else is a bug in Autopilot.
 */
function classifyFailure(error) {
    if (error instanceof _shared_autopilot_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AutopilotError */ .W)
        return { status: error.runStatus, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return {
        status: 'failed:internal',
        message: `Unexpected error: ${message}. The audit bundle has the details; please report it with the bundle attached.`,
    };
}


/***/ }),

/***/ 59179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isFailure)
/* harmony export */ });
function isFailure(status) {
    return status.startsWith('failed:');
}


/***/ })

};
