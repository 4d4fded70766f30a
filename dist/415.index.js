export const id = 415;
export const ids = [415];
export const modules = {

/***/ 58415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runActionJob: () => (/* binding */ runActionJob)
});

// EXTERNAL MODULE: ./src/config/settings.ts + 2 modules
var config_settings = __webpack_require__(75493);
// EXTERNAL MODULE: ./src/modes/choose-mode.ts
var choose_mode = __webpack_require__(53383);
// EXTERNAL MODULE: ./src/modes/run-mode.ts + 19 modules
var run_mode = __webpack_require__(44349);
// EXTERNAL MODULE: ./src/modes/skip.ts
var skip = __webpack_require__(58617);
// EXTERNAL MODULE: ./src/run/compose.ts + 82 modules
var compose = __webpack_require__(57541);
// EXTERNAL MODULE: ./src/run/run-ticket.ts + 97 modules
var run_ticket = __webpack_require__(38500);
;// CONCATENATED MODULE: ./src/triggers/authorize.ts
/** Starting these already takes write access to the repository, so they are not checked again. */
const TRUSTED_EVENTS = new Set(['workflow_dispatch', 'workflow_call', 'schedule']);
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
/**
 * May this request's actor make Autopilot run? Issue, comment and any other untrusted events need a bot
 * listed in `allowedBots`, a user listed in `allowedUsers` (no API call), or write/maintain/admin permission.
 */
async function authorizeRequest(request, access, policy) {
    if (request.kind === 'skip' || request.kind === 'plan-backlog' || TRUSTED_EVENTS.has(request.event)) {
        return { allowed: true, via: 'trusted-event' };
    }
    const actor = request.actor;
    if (!actor) {
        return refuse(`The \`${request.event}\` event names no sender, so Autopilot cannot check who asked for the run.`);
    }
    if (actor.bot) {
        if (listed(policy.allowedBots, botName(actor.login)))
            return { allowed: true, via: 'allowed-bot' };
        return refuse(`\`${actor.login}\` is a bot; Autopilot ignores bots unless they are listed in \`allowed-bots\`.`);
    }
    if (listed(policy.allowedUsers, actor.login))
        return { allowed: true, via: 'allowed-user' };
    const permission = await access.permission(actor.login);
    if (WRITE_PERMISSIONS.has(permission))
        return { allowed: true, via: 'permission', permission };
    return refuse(`\`${actor.login}\` has \`${permission}\` permission on this repository; Autopilot only runs for people with write, maintain or admin permission, or those listed in \`allowed-users\`.`);
}
function refuse(message) {
    return { allowed: false, reason: 'unauthorized', message };
}
function botName(login) {
    return login.replace(/\[bot\]$/i, '');
}
function listed(list, login) {
    const wanted = botName(login).toLowerCase();
    return list.some((entry) => botName(entry.trim()).toLowerCase() === wanted);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/triggers/refusal-reply.ts

/**
 * Tells the person who asked why nothing happens, in the issue or pull request they asked in. Never replies
 * to a bot (two bots answering each other is a loop) and never quotes the comment back. Returns the new
 * comment's id, or undefined when there was nowhere (or no one) to reply to.
 */
async function postRefusalReply(comments, request, refusal) {
    if (request.kind !== 'run' && request.kind !== 'revise')
        return undefined;
    const issueNumber = request.kind === 'revise' ? request.prNumber : request.origin.issueNumber;
    if (issueNumber === undefined || !request.actor || request.actor.bot)
        return undefined;
    const body = `@${request.actor.login} Autopilot did not run: ${(0,markdown/* untrusted */.bp)(refusal.message)}`;
    const created = await comments.create(issueNumber, body);
    return created.id;
}

// EXTERNAL MODULE: ./src/triggers/untrusted-events.ts
var untrusted_events = __webpack_require__(70645);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/actions/artifact-store.ts
var artifact_store = __webpack_require__(5944);
// EXTERNAL MODULE: ./src/report/validation-markdown.ts
var validation_markdown = __webpack_require__(14749);
;// CONCATENATED MODULE: ./src/report/dbt-error-location.ts
/**
 * Where in a model's source file dbt's error points. A Jinja compilation error names the template's line
 * (`line 6`), which is the source line. A database error names a line of the SQL the warehouse ran
 * (`LINE 20:` from DuckDB or Postgres, with `^` under the token), which is neither the source line nor the
 * compiled file's (the materialization wraps it): that line's text, or the marked token, is looked up in
 * the source, and used when it occurs once.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** dbt's message without terminal colours. */
function plainDbtMessage(message) {
    return message.replace(ANSI, '');
}
function locateDbtError(message, source) {
    const text = plainDbtMessage(message);
    const template = /Compilation Error[\s\S]*?\n\s*line (\d+)\s*\n/.exec(`${text}\n`);
    if (template)
        return { line: Number(template[1]) };
    const database = /^([^\n]*LINE (\d+):)([^\n]*)\n([^\n]*\^+)/m.exec(text);
    if (!database)
        return undefined;
    const ranLine = Number(database[2]);
    const lineText = database[3];
    const fallback = { line: 1, note: `line ${ranLine} of the compiled SQL` };
    if (source === undefined)
        return fallback;
    const sourceLines = source.split('\n');
    const wanted = lineText.trim();
    if (wanted) {
        const same = indexesWhere(sourceLines, (line) => line.trim() === wanted);
        if (same.length === 1)
            return { line: same[0] + 1 };
    }
    const token = markedToken(database[1].length, lineText, database[4]);
    if (token) {
        const containing = indexesWhere(sourceLines, (line) => containsToken(line, token));
        if (containing.length === 1)
            return { line: containing[0] + 1 };
    }
    return fallback;
}
/** The text above the carets: as many characters as there are carets, or the word a lone caret starts. */
function markedToken(prefixWidth, lineText, caretLine) {
    const caret = caretLine.indexOf('^');
    const carets = /\^+/.exec(caretLine.slice(caret))[0].length;
    const offset = caret - prefixWidth;
    if (offset < 0 || offset >= lineText.length)
        return undefined;
    const rest = lineText.slice(offset);
    const token = carets > 1 ? rest.slice(0, carets) : (/^[\w.]+/.exec(rest)?.[0] ?? rest.slice(0, 1));
    return token.trim() || undefined;
}
function containsToken(line, token) {
    if (!/^\w/.test(token) || !/\w$/.test(token))
        return line.includes(token);
    const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\w])${escaped}($|[^\\w])`).test(line);
}
function indexesWhere(lines, test) {
    return lines.flatMap((line, index) => (test(line) ? [index] : []));
}
/** The files dbt names in an error without node results: `Compilation Error in model x (models/x.sql)`. */
function filesNamedIn(message) {
    const files = [...plainDbtMessage(message).matchAll(/Error in \w+ [\w.-]+ \(([^()\n]+)\)/g)].map((match) => match[1]);
    return [...new Set(files)];
}

;// CONCATENATED MODULE: ./src/report/annotations.ts




const MESSAGE_LIMIT = 4_000;
/** Joins a project-relative path onto the project's place in the repo, as a clean POSIX path. */
function repoRelativePath(projectPathFromRepoRoot, projectRelativeFile) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(projectPathFromRepoRoot.replace(/\\/g, '/'), projectRelativeFile.replace(/\\/g, '/')));
    return joined.replace(/^(\.\/)+/, '');
}
/** dbt failures first (they block the PR), then lint violations, then dbt warnings, up to `limit`. */
function selectAnnotations(validation, options) {
    const limit = options.limit ?? 10;
    const redact = options.redactor ?? ((text) => text);
    const path = (file) => repoRelativePath(options.projectPathFromRepoRoot, file);
    const all = [];
    const dbtError = (file, title, message) => {
        const where = locateDbtError(message, options.sourceOf?.(file));
        const text = plainDbtMessage(message).trim();
        return {
            file: path(file),
            startLine: where?.line ?? 1,
            title,
            message: where?.note ? `${text}\n\n(dbt points at ${where.note}.)` : text,
            level: 'error',
        };
    };
    // dbt could not build at all (a compilation error): the files its message names.
    if (validation.dbt.error) {
        for (const file of filesNamedIn(validation.dbt.error))
            all.push(dbtError(file, 'dbt could not build', validation.dbt.error));
    }
    for (const node of validation.dbt.results.filter(validation_markdown/* isFailedNode */.iC)) {
        if (!node.file)
            continue;
        all.push(dbtError(node.file, `dbt ${node.status}: ${node.uniqueId}`, node.message || `${node.uniqueId} ended with status ${node.status}`));
    }
    for (const violation of validation.lint.violations) {
        all.push({
            file: path(violation.file),
            startLine: Math.max(1, violation.line),
            title: `sqlfluff ${violation.code}`,
            message: violation.description,
            level: validation.lint.ok ? 'warning' : 'error',
        });
    }
    for (const node of validation.dbt.results) {
        if (node.status.toLowerCase() !== 'warn' || !node.file)
            continue;
        all.push({
            file: path(node.file),
            startLine: 1,
            title: `dbt warn: ${node.uniqueId}`,
            message: node.message || `${node.uniqueId} passed with warnings`,
            level: 'warning',
        });
    }
    const annotations = all.slice(0, Math.max(0, limit)).map((annotation) => ({
        ...annotation,
        title: redact((0,markdown/* truncate */.xv)(annotation.title, 200)),
        message: redact((0,markdown/* truncate */.xv)(annotation.message, MESSAGE_LIMIT)),
    }));
    return { annotations, omitted: all.length - annotations.length };
}

// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
;// CONCATENATED MODULE: ./src/report/source-after-change.ts
/**
 * A file as the change left it, from the checkout (which the run puts back as it found it) and the run's
 * patch: the annotations place dbt's errors in the changed source, not in the base.
 */
function sourceAfterChange(diff, repoPath, base) {
    const section = fileSection(diff, repoPath);
    if (section === undefined)
        return base;
    if (/^\+\+\+ \/dev\/null$/m.test(section))
        return undefined;
    const created = /^--- \/dev\/null$/m.test(section);
    const old = created || base === undefined ? [] : base.split('\n');
    if (!created && base === undefined)
        return undefined;
    const out = [];
    let next = 0;
    const lines = section.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(lines[i]);
        if (!hunk)
            continue;
        const oldStart = Number(hunk[1]);
        // `-0,0` (a new file) starts before the first line; otherwise the hunk starts at line `oldStart`.
        const start = hunk[2] === '0' ? oldStart : oldStart - 1;
        while (next < start && next < old.length)
            out.push(old[next++]);
        for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
            const line = lines[i];
            if (line.startsWith('+'))
                out.push(line.slice(1));
            else if (line.startsWith('-'))
                next++;
            else if (line.startsWith(' ')) {
                out.push(line.slice(1));
                next++;
            }
        }
        i--;
    }
    while (next < old.length)
        out.push(old[next++]);
    return out.join('\n');
}
/** The part of a `git diff` for one file (its new path), up to the next file's header. */
function fileSection(diff, repoPath) {
    const parts = diff.split(/^(?=diff --git )/m);
    return parts.find((part) => {
        const header = /^\+\+\+ (?:b\/(.+)|\/dev\/null)$/m.exec(part);
        const from = /^--- a\/(.+)$/m.exec(part);
        return header?.[1] === repoPath || (header?.[1] === undefined && from?.[1] === repoPath);
    });
}

// EXTERNAL MODULE: ./src/action/run-outputs.ts
var run_outputs = __webpack_require__(7428);
;// CONCATENATED MODULE: ./src/action/actions-shell.ts









/** Where the Actions UI shows an uploaded artifact. */
function artifactUrl(environment, id) {
    if (id === undefined || !environment.runUrl)
        return undefined;
    return `${environment.runUrl}/artifacts/${id}`;
}
/** Results on the Actions runner: outputs, annotations at file and line, the audit artifact, the summary. */
class ActionsShell {
    environment;
    repoDir;
    log;
    constructor(environment, repoDir, log) {
        this.environment = environment;
        this.repoDir = repoDir;
        this.log = log;
    }
    async reportTicketRun(run, settings) {
        const { record, redact } = run;
        const projectPath = external_node_path_default().relative(this.repoDir, external_node_path_default().resolve(this.repoDir, settings.dbt.projectDir));
        const latest = record.validations.at(-1);
        if (latest) {
            const { annotations, omitted } = selectAnnotations(latest, {
                projectPathFromRepoRoot: projectPath,
                sourceOf: (file) => this.sourceAfterChange(record, repoRelativePath(projectPath, file)),
            });
            for (const a of annotations) {
                const properties = { file: a.file, startLine: a.startLine, title: a.title };
                if (a.level === 'warning')
                    core/* warning */.$e(redact(a.message), properties);
                else
                    core/* error */.z3(redact(a.message), properties);
            }
            if (omitted > 0)
                this.log.info(`${omitted} more finding(s) are listed in the job summary and the audit bundle.`);
        }
        const upload = settings.artifact.upload ? await this.uploadAudit(run, settings) : undefined;
        const uploadedUrl = upload?.url;
        this.setOutputs((0,run_outputs/* runOutputs */.M)(run.outcome.status, run, { artifactUrl: uploadedUrl, auditUpload: upload?.where }));
        await this.writeSummary((0,job_summary/* ticketRunSummary */.Ae)(run, {
            dryRun: settings.dryRun,
            ...(uploadedUrl ? { artifactUrl: uploadedUrl } : {}),
            ...(upload?.where ? { auditUpload: upload.where } : {}),
            ...(upload?.reason ? { auditNotUploaded: upload.reason } : {}),
        }));
    }
    /** The artifact, else the fallback the user chose; what was uploaded where, or why nothing was. */
    async uploadAudit(run, settings) {
        const name = (0,artifact_store/* artifactName */.C)(run.record.ticket?.snapshot.key ?? settings.ticket.key, this.environment.runAttempt);
        const stores = (0,compose/* openAuditStores */.Aw)(settings, this.environment, this.log);
        const upload = await stores.artifacts.upload(name, run.auditFiles, run.auditDir, settings.artifact.retentionDays);
        if (upload.uploaded) {
            const url = artifactUrl(this.environment, upload.id);
            this.log.info(`Audit bundle uploaded as artifact ${url ?? upload.id ?? ''}`.trim());
            return { where: 'artifact', ...(url ? { url } : {}) };
        }
        const reason = upload.reason ?? 'unknown reason';
        if (!stores.fallback) {
            this.log.warn(`Audit bundle not uploaded: ${reason}${settings.artifact.fallback ? '' : '. Set input `audit-fallback: branch` or `release` to keep it in the repository instead'}`);
            return { reason };
        }
        this.log.info(`Audit bundle not uploaded as an artifact (${reason}); using audit-fallback ${settings.artifact.fallback ?? ''}`);
        const fallback = await stores.fallback.upload(name, run.auditFiles, run.auditDir, settings.artifact.retentionDays);
        if (fallback.uploaded) {
            this.log.info(`Audit bundle uploaded to the ${fallback.where ?? 'fallback'}: ${fallback.url ?? ''}`);
            return {
                ...(fallback.where ? { where: fallback.where } : {}),
                ...(fallback.url ? { url: fallback.url } : {}),
            };
        }
        this.log.warn(`Audit bundle not uploaded: ${fallback.reason ?? 'unknown reason'}`);
        return { reason: fallback.reason ?? reason };
    }
    async reportSkip(status, message) {
        this.setOutputs((0,run_outputs/* runOutputs */.M)(status));
        await this.writeSummary(`## Autopilot: skipped\n\n\`${status}\`: ${message}\n`);
    }
    setOutputs(outputs) {
        const all = 'status' in outputs ? { ...(0,run_outputs/* runOutputs */.M)(outputs.status), ...outputs } : outputs;
        for (const [name, value] of Object.entries(all))
            core/* setOutput */.uH(name, value);
    }
    async writeSummary(markdown) {
        await core/* summary */.z
            .addRaw(markdown)
            .write()
            .catch((error) => this.log.warn(`Could not write the job summary: ${String(error)}`));
    }
    /** A file as the change left it: the checkout is back as it was, the patch holds the change. */
    sourceAfterChange(record, repoPath) {
        let base;
        try {
            base = (0,external_node_fs_.readFileSync)(external_node_path_default().join(this.repoDir, repoPath), 'utf8');
        }
        catch {
            base = undefined;
        }
        return sourceAfterChange(record.diff, repoPath, base);
    }
}

;// CONCATENATED MODULE: ./src/action/action-job.ts










/** The Action's job once the inputs and the event are known to be usable: who asked, then the mode. */
async function runActionJob(request, settings, environment, log) {
    const repoDir = environment.workspace ?? process.cwd();
    const repository = (0,compose/* openRepository */.h_)(settings, environment, log);
    const job = {
        settings,
        environment,
        repoDir,
        log,
        shell: new ActionsShell(environment, repoDir, log),
        repository,
        reviews: (0,compose/* openPullRequestReviews */.ig)(settings, environment, log),
        history: (0,compose/* openHistory */.jC)(settings, environment, log),
        notifiers: (0,compose/* openNotifiers */.I7)(settings),
        progressThread: (ticketSettings, issueNumber) => (0,compose/* progressThread */.yn)(ticketSettings, repository, issueNumber),
        ticketThread: (ticketSettings) => (0,compose/* ticketThread */.Pp)(ticketSettings, repository),
        openBacklog: (query) => (0,compose/* openBacklog */.sd)(query, settings, environment, log),
        runTicket: run_ticket/* runTicket */.W,
    };
    const mode = (0,choose_mode.chooseMode)(request, settings);
    if (mode.kind !== 'skip' && (request.kind === 'run' || request.kind === 'revise')) {
        if (!repository && untrusted_events/* UNTRUSTED_EVENTS */.f.has(request.event)) {
            throw new config_settings.SettingsError('Issue and comment events need `github-token` and GITHUB_REPOSITORY to check who asked.');
        }
        if (repository) {
            const access = await authorizeRequest(request, repository, settings.triggers);
            if (!access.allowed) {
                // A plain comment is no request: whoever wrote it, it gets no refusal reply.
                if (request.kind === 'run' && request.reply) {
                    return (0,skip/* skipJob */.P)(job, 'skipped:not-triggered', `${access.message} (a comment without the trigger phrase)`);
                }
                if (settings.triggers.replyToUnauthorized) {
                    await postRefusalReply(repository, request, access).catch((error) => log.warn(`Could not reply to the refused request: ${String(error)}`));
                }
                return (0,skip/* skipJob */.P)(job, 'skipped:unauthorized', access.message);
            }
        }
    }
    return (0,run_mode.runMode)(mode, job);
}


/***/ }),

/***/ 53383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseMode: () => (/* binding */ chooseMode)
/* harmony export */ });
/* harmony import */ var _triggers_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98212);

/** The one place that decides what kind of run a request and the `mode` input make. Pure. */
function chooseMode(request, settings) {
    if (request.kind === 'skip')
        return { kind: 'skip', status: (0,_triggers_request_js__WEBPACK_IMPORTED_MODULE_0__/* .skipStatus */ .mC)(request), message: request.message };
    if (settings.mode === 'detect-schema-drift')
        return { kind: 'schema-drift' };
    if (settings.mode === 'backlog')
        return { kind: 'backlog' };
    if (settings.mode === 'plan-backlog' || request.kind === 'plan-backlog')
        return { kind: 'plan-backlog' };
    if (request.kind === 'revise')
        return { kind: 'revise', request };
    return {
        kind: 'ticket',
        ticket: request.ticket,
        ...(request.instruction !== undefined ? { instruction: request.instruction } : {}),
        ...issueOf(request),
        ...(request.reply ? { reply: true } : {}),
    };
}
/** The issue the request came from, where progress is reported: the trigger's, or `#42` as the ticket. */
function issueOf(request) {
    if (request.origin.issueNumber !== undefined)
        return { issueNumber: request.origin.issueNumber };
    const issue = /^#(\d+)$/.exec(request.ticket.trim());
    return issue ? { issueNumber: Number(issue[1]) } : {};
}


/***/ })

};
