export const id = 234;
export const ids = [234];
export const modules = {

/***/ 81134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runNotification),
/* harmony export */   q: () => (/* binding */ footer)
/* harmony export */ });
/* harmony import */ var _shared_run_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59179);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);


/**
 * What a finished ticket run tells the channel, if anything: a pull request opened or updated is awaiting
 * review (`pr`); a failed run says why (`failure`). A dry run, a skip and no drift are not news.
 */
function runNotification(run, options) {
    const status = run.status;
    if (!status)
        return undefined;
    if ((status === 'pr-opened' || status === 'pr-updated') && options.on.includes('pr') && run.prUrl)
        return pullRequestNotification(run, options);
    if ((0,_shared_run_status_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailure */ .N)(status) && options.on.includes('failure'))
        return failureNotification(run, options);
    return undefined;
}
function pullRequestNotification(run, options) {
    const key = ticketKeyOf(run, options);
    const verdict = run.stages.decision?.verdict;
    const draft = verdict !== undefined && verdict !== 'ready';
    const draftReason = run.stages.change?.draftReason ?? run.stages.decision?.draftReason;
    const breaking = breakingCount(run);
    const validation = validationText(run);
    const number = run.prNumber === undefined ? 'pull request' : `pull request #${run.prNumber}`;
    const fields = [
        {
            label: 'Pull request',
            value: run.prNumber === undefined ? 'open' : `#${run.prNumber}`,
            link: run.prUrl,
        },
        { label: 'State', value: draft ? 'Draft' : 'Ready for review' },
        { label: 'Validation', value: validation.text },
        { label: 'Breaking changes', value: breaking === 0 ? 'none' : String(breaking) },
        { label: 'Model cost', value: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(run.costUsd) },
        ticketField(run, key),
    ];
    return {
        event: 'pr',
        tone: draft || breaking > 0 || !validation.ok ? 'warning' : 'good',
        title: `${key}: ${number} ${run.status === 'pr-updated' ? 'updated' : 'opened'}, awaiting review`,
        text: [
            run.ticket?.snapshot.title ?? key,
            ...(draft && draftReason ? [`Draft: ${draftReason}`] : []),
        ].join('\n'),
        fields,
        ...(run.prUrl ? { action: { label: 'Review the pull request', url: run.prUrl } } : {}),
        footer: footer(options.runUrl),
    };
}
function failureNotification(run, options) {
    const key = ticketKeyOf(run, options);
    const fields = [
        { label: 'Status', value: run.status ?? 'failed' },
        ticketField(run, key),
        ...(run.prUrl
            ? [
                {
                    label: 'Pull request',
                    value: run.prNumber === undefined ? 'open' : `#${run.prNumber}`,
                    link: run.prUrl,
                },
            ]
            : []),
        ...(run.costUsd > 0 ? [{ label: 'Model cost', value: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(run.costUsd) }] : []),
    ];
    const action = options.runUrl
        ? { label: 'Open the workflow run', url: options.runUrl }
        : run.prUrl
            ? { label: 'Open the pull request', url: run.prUrl }
            : undefined;
    return {
        event: 'failure',
        tone: 'attention',
        title: `${key}: Autopilot run failed (${run.status ?? 'failed'})`,
        text: run.statusMessage || 'The run failed; the workflow run has the details.',
        fields,
        ...(action ? { action } : {}),
        footer: footer(options.runUrl),
    };
}
function ticketKeyOf(run, options) {
    return run.ticket?.snapshot.key ?? (options.ticketKey || 'ticket');
}
function ticketField(run, key) {
    const url = run.ticket?.snapshot.url;
    return { label: 'Ticket', value: key, ...(url ? { link: url } : {}) };
}
function breakingCount(run) {
    return (run.stages.impact?.findings ?? []).filter((finding) => finding.severity === 'breaking').length;
}
function validationText(run) {
    const last = run.validations.at(-1);
    if (!last)
        return { ok: false, text: 'not run' };
    const rounds = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(run.validations.length, 'round');
    return last.ok ? { ok: true, text: `passed (${rounds})` } : { ok: false, text: `failed (${rounds})` };
}
function footer(runUrl) {
    return { text: 'dbt Autopilot', ...(runUrl ? { link: { label: 'workflow run', url: runUrl } } : {}) };
}


/***/ }),

/***/ 38491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sendNotification)
/* harmony export */ });
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48932);

/**
 * Posts the notification to every channel, redacted. A channel that fails is a warning and an audit event,
 * never the run's failure: the run already ended, and its outcome is what the notification reports.
 */
async function sendNotification(notifiers, notification, options) {
    if (!notification || notifiers.length === 0)
        return;
    const message = (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactDeep */ .KL)(notification, options.redact);
    await Promise.all(notifiers.map(async (notifier) => {
        try {
            await notifier.send(message);
            options.record?.event('notify', `${notifier.name}: posted the ${message.event} notification`);
        }
        catch (error) {
            const reason = options.redact(error instanceof Error ? error.message : String(error));
            options.log.warn(`Could not notify ${notifier.name}: ${reason}. The run's outcome is unchanged.`);
            options.record?.event('notify', `${notifier.name}: could not post the ${message.event} notification`, {
                error: reason,
            });
        }
    }));
}


/***/ }),

/***/ 83807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ branchName)
/* harmony export */ });
const MAX_KEY_LENGTH = 100;
/**
 * The one branch a ticket's work lives on, so reruns update the same pull request:
 * with prefix `autopilot/`: `DATA-123` → `autopilot/DATA-123`, `#42` → `autopilot/issue-42`, any other key is reduced to
 * `[A-Za-z0-9._-]` with no `..`, no leading dot or dash and no trailing `.lock`.
 */
function branchName(prefix, ticketKey) {
    const issue = /^#(\d+)$/.exec(ticketKey.trim());
    const key = issue ? `issue-${issue[1]}` : sanitizeKey(ticketKey);
    if (!key) {
        throw new Error(`Ticket key "${ticketKey}" has no characters usable in a branch name: use a key with letters or digits.`);
    }
    return `${sanitizePrefix(prefix)}${key}`;
}
function sanitizeKey(key) {
    let name = key
        .trim()
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .slice(0, MAX_KEY_LENGTH);
    // Strip edge characters git refuses (leading `.`/`-`, trailing `.`) and `.lock`, until stable.
    for (let previous = ''; previous !== name;) {
        previous = name;
        name = name
            .replace(/^[.-]+/, '')
            .replace(/\.lock$/i, '')
            .replace(/[.-]+$/, '');
    }
    return name;
}
/** `a/b/` adds directories; a last piece without a slash (`autopilot-`) is glued to the key as given. */
function sanitizePrefix(prefix) {
    const pieces = prefix.trim().split('/');
    const glued = (pieces.pop() ?? '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[.-]+/, '');
    const directories = pieces.map((piece) => sanitizeKey(piece)).filter((piece) => piece.length > 0);
    return directories.map((directory) => `${directory}/`).join('') + glued;
}


/***/ }),

/***/ 68035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ brokenBaseError),
/* harmony export */   Uu: () => (/* binding */ BROKEN_BASE_CONSEQUENCE),
/* harmony export */   is: () => (/* binding */ brokenBaseMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

// One account of a base that did not parse, for every view of the run: the PR body, the job summary and the
// CLI report say the same thing.
/** What a broken base means for the change. */
const BROKEN_BASE_CONSEQUENCE = 'Validation built everything the changed project selects; impact against the base was not computed.';
/** The first lines of dbt's parse error of the base, on one line and shortened. */
function brokenBaseError(error) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(error.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').trim(), 300);
}
/** The warning a markdown view shows; dbt's error may quote model-written files, so it is neutralized. */
function brokenBaseMarkdown(error) {
    return `> [!WARNING]\n> **The base branch did not parse** before this change (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(brokenBaseError(error))}). ${BROKEN_BASE_CONSEQUENCE}`;
}


/***/ }),

/***/ 84399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ evidenceMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

/** Longest value shown in a cell; the audit bundle has every value in full. */
const VALUE_CHARS = 40;
const NONE = '–';
/**
 * The PR's "Data evidence" section: per compared model its rows base → new, and the columns whose profile
 * differs (added, removed, retyped, or a figure that moved), then the changed rows behind a `<details>`.
 * Undefined when there was nothing to compare; one line when nothing could be gathered.
 */
function evidenceMarkdown(stage) {
    if (!stage)
        return undefined;
    const title = '### Data evidence';
    if (stage.status === 'not-gathered')
        return `${title}\n\nNot gathered: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(stage.reason ?? 'unknown')}.`;
    const rows = [];
    const notes = [];
    const details = [];
    for (const model of stage.models) {
        rows.push(...modelRows(model));
        notes.push(...modelNotes(model, stage.limits.columns));
        const sample = sampleDetails(model);
        if (sample)
            details.push(sample);
    }
    const parts = [
        title,
        baseLine(stage),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Model', 'Rows base → new', 'Column', 'Nulls', 'Distinct', 'Min', 'Max'], rows),
    ];
    const cuts = cutLines(stage);
    if (notes.length + cuts.length > 0)
        parts.push([...notes, ...cuts].map((line) => `- ${line}`).join('\n'));
    parts.push(...details);
    return parts.join('\n\n');
}
function baseLine(stage) {
    const kinds = new Set(stage.models.map((model) => model.base.kind));
    const said = [];
    if (kinds.has('production'))
        said.push('the production relation (deferred state)');
    if (kinds.has('base-sql'))
        said.push("the base version of the model's SQL, run over the relations this run's build made");
    const base = said.length > 0 ? `Base: ${said.join('; ')}.` : 'No base to compare with.';
    return `${base} New: the relation validation built. Only columns whose profile differs are listed.`;
}
function modelRows(model) {
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(model.name);
    if (model.error)
        return [[name, `not gathered: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(model.error, 200)}`, '', '', '', '', '']];
    const rows = model.rows ? rowCounts(model.rows, model.base.kind === 'none') : NONE;
    const shown = model.columns.filter(differs);
    if (shown.length === 0) {
        const none = model.base.kind === 'none' ? 'no column profiled' : 'no profiled column differs';
        return [[name, rows, `_${none}_`, '', '', '', '']];
    }
    return shown.map((column, i) => [
        i === 0 ? name : '',
        i === 0 ? rows : '',
        columnLabel(column),
        pair(column, (stats, side) => nullShare(stats, model.rows?.[side] ?? 0)),
        pair(column, (stats) => (stats.distinct === undefined ? NONE : stats.distinct.toLocaleString('en-US'))),
        pair(column, (stats) => value(stats.min)),
        pair(column, (stats) => value(stats.max)),
    ]);
}
function rowCounts(rows, noBase) {
    const next = rows.new.toLocaleString('en-US');
    if (rows.base === undefined)
        return noBase ? `${NONE} → ${next}` : next;
    const delta = rows.new - rows.base;
    const sign = delta > 0
        ? `+${delta.toLocaleString('en-US')}`
        : delta < 0
            ? `−${(-delta).toLocaleString('en-US')}`
            : '±0';
    return `${rows.base.toLocaleString('en-US')} → ${next} (${sign})`;
}
/** Added, removed, retyped, or a figure that is not the same on both sides. */
function differs(column) {
    if (column.status !== 'kept')
        return true;
    const { base, new: next } = column;
    if (!base || !next)
        return true;
    return (base.nulls !== next.nulls ||
        base.distinct !== next.distinct ||
        base.min !== next.min ||
        base.max !== next.max);
}
function columnLabel(column) {
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(column.name);
    if (column.status === 'added')
        return `${name} (added${column.newType ? `, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(column.newType, 30)}` : ''})`;
    if (column.status === 'removed')
        return `${name} (removed)`;
    if (column.status === 'retyped')
        return `${name} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(column.baseType ?? '?', 30)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(column.newType ?? '?', 30)})`;
    return name;
}
/** "base → new" of one figure; one side alone for an added column (or a model without a base). */
function pair(column, show) {
    if (column.status === 'removed')
        return '';
    const next = column.new ? show(column.new, 'new') : NONE;
    if (!column.base)
        return column.status === 'added' ? next : `${NONE} → ${next}`;
    const base = show(column.base, 'base');
    return base === next ? base : `${base} → ${next}`;
}
function nullShare(stats, rows) {
    if (rows === 0)
        return NONE;
    const share = (stats.nulls / rows) * 100;
    if (share === 0)
        return '0%';
    if (share < 0.1)
        return '<0.1%';
    return `${Number(share.toFixed(1))}%`;
}
function value(text) {
    return text === undefined ? NONE : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(text, VALUE_CHARS);
}
function modelNotes(model, columnLimit) {
    const notes = [];
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model.name);
    if (model.base.kind === 'none')
        notes.push(`${name}: no base to compare with (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(model.base.reason)}).`);
    const profiled = model.columns.filter((column) => column.status !== 'removed');
    const same = profiled.filter((column) => !differs(column)).length;
    if (!model.error && same > 0)
        notes.push(`${name}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(same, 'other profiled column')} the same on both sides.`);
    if (model.unprofiledColumns > 0)
        notes.push(`${name}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(model.unprofiledColumns, 'column')} not profiled (limit ${columnLimit} per model).`);
    for (const note of model.notes)
        notes.push(`${name}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(note)}.`);
    if (model.sampleSkipped)
        notes.push(`${name}: no changed rows sampled: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(model.sampleSkipped)}.`);
    else if (!model.primaryKey && !model.error && model.base.kind !== 'none')
        notes.push(`${name}: no changed rows sampled: no primary key declared (unique + not_null, or a constraint).`);
    return notes;
}
function cutLines(stage) {
    const lines = [];
    const names = (list) => list.map((name) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(name)).join(', ');
    if (stage.modelsNotCompared.length > 0)
        lines.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(stage.modelsNotCompared.length, 'more changed model')} not compared (limit ${stage.limits.models}): ${names(stage.modelsNotCompared)}.`);
    if (stage.modelsOutOfTime.length > 0)
        lines.push(`Not compared, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(stage.reason ?? 'out of time')}: ${names(stage.modelsOutOfTime)}.`);
    return lines;
}
function sampleDetails(model) {
    const { sample } = model;
    if (!sample)
        return undefined;
    const key = sample.key.map((name) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(name)).join(', ');
    if (sample.changedRows === 0)
        return `No row of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model.name)} changed its values (matched by ${key}; ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(sample.compared.length, 'column')} compared).`;
    const rows = sample.rows.flatMap((row) => row.changes.map((change, i) => [
        i === 0 ? row.key.map((part) => value(part ?? 'null')).join(', ') : '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(change.column),
        value(change.base ?? 'null'),
        value(change.new ?? 'null'),
    ]));
    const shown = sample.rows.length < sample.changedRows ? `, the first ${sample.rows.length} shown` : '';
    const summary = `Changed rows of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(model.name)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(sample.changedRows, 'row')} by ${key}${shown}`;
    return `<details><summary>${summary}</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)([key, 'Column', 'Base', 'New'], rows)}\n\n</details>`;
}


/***/ }),

/***/ 79124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ phasesMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

/** The failed phase's patch in the PR body; the audit bundle (`run.json`) has all of it. */
const PATCH_LIMIT = 20_000;
const STATUS = {
    committed: '✅ committed',
    'no-change': '➖ no change',
    failed: '❌ stopped here',
    'not-started': '⏸ not started',
};
/**
 * The "Phases" section of the PR body and the job summary: each phase in DAG order with its models, the
 * validation rounds that checked it and their verdict, and its commit. Empty when the change had no phases.
 */
function phasesMarkdown(stage, validations) {
    if (!stage)
        return '';
    const byRound = new Map(validations.map((validation) => [validation.round, validation]));
    const rows = stage.phases.map((phase) => [
        String(phase.number),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(phase.layer, 60),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(phase.models.join(', '), 200),
        validationCell(phase, byRound),
        STATUS[phase.status],
        phase.commitSha ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(phase.commitSha.slice(0, 12)) : '',
    ]);
    const lines = [
        `### Phases\n\nThe change spans layers, so it was made in ${stage.phases.length} phases in DAG order (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(stage.reason, 300)}); each was validated and committed before the next began.`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['#', 'Layer', 'Models', 'Validation', 'Status', 'Commit'], rows),
    ];
    const failed = stage.stoppedAt === undefined ? undefined : stage.phases[stage.stoppedAt - 1];
    if (failed)
        lines.push(`**Stopped at phase ${failed.number} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(failed.layer, 60)}):** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(failed.reason ?? 'it failed', 500)}. The validation section shows its failing round.`);
    if (failed && stage.failedPatch)
        lines.push(`<details><summary>Phase ${failed.number}'s edits, not in this branch</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(stage.failedPatch, PATCH_LIMIT), 'diff')}\n\n</details>`);
    return lines.join('\n\n');
}
function validationCell(phase, byRound) {
    const last = phase.rounds.at(-1);
    if (last === undefined)
        return '—';
    const verdict = byRound.get(last)?.ok ? 'passed' : 'failed';
    const rounds = phase.rounds.length === 1 ? `round ${last}` : `rounds ${phase.rounds[0]}–${last}`;
    return `${verdict} (${rounds})${phase.files.length > 0 ? `: ${phase.files.map((file) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(file)).join(', ')}`.replace(/\|/g, '\\|') : ''}`;
}


/***/ }),

/***/ 81757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kc: () => (/* binding */ parseTicketMarker),
  XC: () => (/* binding */ renderPullRequestBody),
  $Y: () => (/* binding */ renderPullRequestTitle)
});

// UNUSED EXPORTS: PR_BODY_LIMIT, PR_TITLE_LIMIT, ticketMarker

// EXTERNAL MODULE: ./src/report/impact-markdown.ts
var impact_markdown = __webpack_require__(67058);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/validation-markdown.ts
var validation_markdown = __webpack_require__(14749);
// EXTERNAL MODULE: ./src/report/broken-base.ts
var broken_base = __webpack_require__(68035);
;// CONCATENATED MODULE: ./src/report/acceptance-markdown.ts

const STATE_LABELS = {
    tested: '✅ checked by a test',
    inspected: '👀 checked by inspection',
    'not-verified': '⚠️ not verified',
};
/**
 * What was asked and what is known of it: each acceptance criterion with its state, then the open
 * questions and the model's assumptions. Undefined when there is nothing of the three.
 */
function acceptanceSection(record, limit) {
    if (!record)
        return undefined;
    const parts = [];
    if (record.criteria.length > 0) {
        const { shown, omitted } = (0,markdown/* limited */.TJ)(record.criteria, limit);
        const rows = shown.map((verdict, i) => [
            String(i + 1),
            (0,markdown/* cell */.Hn)((0,markdown/* untrusted */.bp)(verdict.criterion), 300),
            STATE_LABELS[verdict.state],
            (0,markdown/* cell */.Hn)(evidence(verdict), 300),
        ]);
        parts.push((0,markdown/* table */.tp)(['#', 'Criterion', 'State', 'Evidence'], rows));
        if (omitted > 0)
            parts.push((0,markdown/* moreLine */.g0)(omitted));
    }
    if (record.openQuestions.length > 0)
        parts.push(`**Open questions from the ticket:**\n\n${bullets(record.openQuestions, limit)}`);
    if (record.assumptions.length > 0)
        parts.push(`**Assumptions the model made** (confirm them):\n\n${bullets(record.assumptions, limit)}`);
    return parts.length > 0 ? `### Acceptance criteria\n\n${parts.join('\n\n')}` : undefined;
}
function evidence(verdict) {
    if (verdict.state === 'tested' && verdict.test) {
        const origin = verdict.newTest ? 'added by this change' : 'already in the project';
        return `${(0,markdown/* code */.aY)(verdict.test)} (${origin}) passed${verdict.note ? `; ${(0,markdown/* untrusted */.bp)(verdict.note)}` : ''}`;
    }
    return verdict.note ? (0,markdown/* untrusted */.bp)(verdict.note) : '';
}
function bullets(items, limit) {
    const { shown, omitted } = (0,markdown/* limited */.TJ)(items, limit);
    const lines = shown.map((item) => `- ${(0,markdown/* untrusted */.bp)((0,markdown/* truncate */.xv)(item.replace(/\s+/g, ' '), 400))}`);
    if (omitted > 0)
        lines.push(`- ${(0,markdown/* moreLine */.g0)(omitted)}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/pr-body.ts





/**
 * GitHub rejects pull request bodies longer than 65,536 characters; the rest is room for the markers of the
 * region Autopilot owns in the description (src/publish/owned-region.ts).
 */
const PR_BODY_LIMIT = 65_536 - 200;
const PR_TITLE_LIMIT = 120;
const SUMMARY_LIMIT = 8_000;
function renderPullRequestTitle(ticket) {
    const title = `${ticket.key}: ${ticket.title}`.replace(/\s+/g, ' ').trim();
    return (0,markdown/* truncate */.xv)(title, PR_TITLE_LIMIT);
}
/** The hidden marker that ties a PR to its ticket, so a later run finds and updates it. */
function ticketMarker(key) {
    return `<!-- autopilot:ticket=${key.replace(/[^A-Za-z0-9#._/-]/g, '')} -->`;
}
function parseTicketMarker(body) {
    return /<!-- autopilot:ticket=([A-Za-z0-9#._/-]+) -->/.exec(body)?.[1];
}
function header(input) {
    const parts = [];
    if (input.draftReason) {
        parts.push(`> [!WARNING]\n> **This pull request is a draft:** ${(0,markdown/* untrusted */.bp)(input.draftReason).replace(/\n/g, ' ')}`);
    }
    if (input.dryRun) {
        parts.push('> [!NOTE]\n> Dry run: this body was rendered, but no branch was pushed and no pull request opened.');
    }
    if (input.brokenBase)
        parts.push((0,broken_base/* brokenBaseMarkdown */.is)(input.brokenBase));
    const { ticket } = input;
    parts.push(`## ${(0,markdown/* untrusted */.bp)(renderPullRequestTitle(ticket))}`);
    const link = ticket.url ? `[${(0,markdown/* untrusted */.bp)(ticket.key)}](${encodeURI(ticket.url)})` : (0,markdown/* code */.aY)(ticket.key);
    parts.push(`**Ticket:** ${link} (${ticket.source})`);
    // GitHub closes the issue when the PR merges; a key is `#42` only for an issue of this repository.
    if (ticket.source === 'github' && /^#\d+$/.test(ticket.key))
        parts.push(`Closes ${ticket.key}`);
    // GitLab closes `#12` and `group/project#12` alike when the merge request merges.
    if (ticket.source === 'gitlab' && /^(?:[\w.-]+(?:\/[\w.-]+)+)?#\d+$/.test(ticket.key))
        parts.push(`Closes ${ticket.key}`);
    return parts;
}
function listSection(title, items, limit, options = {}) {
    if (items.length === 0)
        return `### ${title}\n\nNone.`;
    const { shown, omitted } = (0,markdown/* limited */.TJ)(items, limit);
    const deleted = options.deleted ?? new Set();
    const lines = shown.map((item) => {
        if (deleted.has(item))
            return `- ${(0,markdown/* code */.aY)(item)} (deleted)`;
        return options.linkBase ? `- [${(0,markdown/* code */.aY)(item)}](${options.linkBase}${encodeURI(item)})` : `- ${(0,markdown/* code */.aY)(item)}`;
    });
    if (omitted > 0)
        lines.push(`- ${(0,markdown/* moreLine */.g0)(omitted)}`);
    return `### ${title} (${items.length})\n\n${lines.join('\n')}`;
}
function optional(part) {
    return part ? [part] : [];
}
function usageLine(usage) {
    const tokens = `${usage.inputTokens.toLocaleString('en-US')} input and ${usage.outputTokens.toLocaleString('en-US')} output tokens`;
    return `${(0,markdown/* plural */.LS)(usage.modelCalls, 'model call')}, ${tokens}, ${(0,markdown/* usd */.dR)(usage.costUsd)}.`;
}
function footer(input) {
    const run = input.runUrl ? ` · [workflow run](${encodeURI(input.runUrl)})` : '';
    const audit = input.auditUploaded && !input.dryRun
        ? ' The audit bundle is attached to the workflow run as an artifact.'
        : '';
    return `${ticketMarker(input.ticket.key)}\n\n---\n<sub>Opened by Autopilot${run}.${audit}</sub>`;
}
function renderHead(input, listLimit, summaryLimit) {
    const summary = input.summary.trim()
        ? (0,markdown/* quote */.hD)((0,markdown/* truncate */.xv)(input.summary, summaryLimit))
        : '_The model gave no summary._';
    return [
        ...header(input),
        `### What changed\n\n${summary}`,
        ...optional(acceptanceSection(input.acceptance, listLimit)),
        ...(input.ticket.report ? [`### Schema drift\n\n${(0,markdown/* truncate */.xv)(input.ticket.report, summaryLimit)}`] : []),
        listSection('Changed files', input.changedFiles, listLimit, {
            deleted: new Set(input.deletedFiles),
            ...(input.fileLinkBase ? { linkBase: encodeURI(input.fileLinkBase) } : {}),
        }),
        listSection('Changed models', input.changedModels, listLimit),
        ...(input.phases ? [input.phases] : []),
        `### Validation\n\n${(0,validation_markdown/* validationSection */.LN)(input.validations, listLimit, {
            repairs: input.repairs ?? [],
            ...(input.paths ? { paths: input.paths } : {}),
        })}${input.productionState ? `\n\n${input.productionState}` : ''}${input.sandbox ? `\n\n${input.sandbox}` : ''}`,
        ...(input.evidence ? [input.evidence] : []),
        ...(input.review ? [input.review] : []),
        ...(input.testStrategy ? [input.testStrategy] : []),
        ...(input.impact ? [`### Impact\n\n${(0,impact_markdown/* renderImpactSection */.CZ)(input.impact, { listLimit })}`] : []),
        ...(input.governance ? [input.governance] : []),
        `### Rollback\n\n<details><summary>How to undo this change</summary>\n\n${input.rollback.markdown}\n\n</details>`,
        `### Usage\n\n${usageLine(input.usage)}`,
    ].join('\n\n');
}
/**
 * The PR description. Lists (failures, violations, files) are shortened first to stay under GitHub's limit;
 * the ticket marker and footer always survive.
 */
function renderPullRequestBody(input) {
    const max = input.maxLength ?? PR_BODY_LIMIT;
    const redact = input.redactor ?? ((text) => text);
    const tail = `\n\n${footer(input)}`;
    const room = max - tail.length;
    const fitted = (0,markdown/* fitLists */.hC)((limit) => redact(renderHead(input, limit, SUMMARY_LIMIT)), room) ??
        (0,markdown/* fitLists */.hC)((limit) => redact(renderHead(input, limit, 500)), room) ??
        `${(0,markdown/* truncate */.xv)(redact(renderHead(input, 0, 0)), room - 60)}\n\n…truncated, see the audit artifact.`;
    return `${fitted}${redact(tail)}`.slice(0, max);
}


/***/ }),

/***/ 49615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ describeSandbox),
/* harmony export */   t: () => (/* binding */ sandboxMarkdown)
/* harmony export */ });
/** One sentence on how dbt and sqlfluff were contained, for the PR body, the summary and the log. */
function describeSandbox(report) {
    const access = report.externalAccess;
    const duckdb = access
        ? access.disabled
            ? " DuckDB's own file access from SQL was switched off."
            : ` DuckDB's own file access from SQL stayed on (${access.reason ?? 'the project needs it'}).`
        : '';
    if (report.contained) {
        const network = report.network ? 'with network' : 'without network';
        return `dbt and sqlfluff ran in a bubblewrap sandbox (repository read-only, \`.git\` hidden, ${network}, no run secrets in the environment).${duckdb}`;
    }
    if (report.mode === 'off')
        return `dbt and sqlfluff ran without a sandbox (input \`sandbox: off\`).${duckdb}`;
    return `dbt and sqlfluff ran WITHOUT a sandbox: ${report.reason ?? 'bubblewrap could not run'}. Only the environment was reduced to an allow-list; install bubblewrap (\`sudo apt-get install -y bubblewrap\`) or set \`sandbox: required\` to fail instead.${duckdb}`;
}
/** The PR body's and summary's line: a warning when model-written code ran uncontained. */
function sandboxMarkdown(report) {
    if (!report)
        return undefined;
    const text = describeSandbox(report);
    return report.contained ? `🔒 ${text}` : `> [!WARNING]\n> ${text}`;
}


/***/ }),

/***/ 14749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ validationSection),
/* harmony export */   cB: () => (/* binding */ lintSummary),
/* harmony export */   iC: () => (/* binding */ isFailedNode)
/* harmony export */ });
/* unused harmony exports BUILD_MODE_SENTENCES, statusCounts, roundsSentence, validationTable, failureRows, violationRows, sqlVerdictSection */
/* harmony import */ var _validate_describe_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89929);
/* harmony import */ var _validate_round_cause_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8252);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);



const FAILED_STATUSES = new Set(['error', 'fail', 'runtime error']);
function isFailedNode(result) {
    return FAILED_STATUSES.has(result.status.toLowerCase());
}
const BUILD_MODE_SENTENCES = {
    deferred: 'Built the modified models and their children; unmodified parents were deferred to production state.',
    'with-parents': 'Built modified models and their parents (no production state to defer to).',
    full: 'Built everything the changed project selects: the base did not parse, so there was nothing to compare with.',
};
/** `12 nodes: 10 success, 2 pass` */
function statusCounts(results) {
    if (results.length === 0)
        return 'no nodes built';
    const counts = new Map();
    for (const result of results)
        counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
    const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([status, n]) => `${n} ${status}`);
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(results.length, 'node')}: ${parts.join(', ')}`;
}
/**
 * "Passed on the first round.", "Passed after 1 repair round.", "Passed after 1 repair round and 1 review
 * round.", "Still failing after 2 repair rounds.": each round after the change named by what caused it.
 */
function roundsSentence(validations) {
    const last = validations.at(-1);
    if (!last)
        return 'Validation did not run.';
    const after = (0,_validate_round_cause_js__WEBPACK_IMPORTED_MODULE_1__/* .roundsAfterChange */ .Mc)(validations);
    if (after.length === 0) {
        if (!last.ok)
            return 'Failed; no repair rounds were run.';
        return validations.length === 1 ? 'Passed on the first round.' : `Passed in round ${last.round}.`;
    }
    const words = (0,_validate_round_cause_js__WEBPACK_IMPORTED_MODULE_1__/* .roundsAfterChangeWords */ .x7)(validations);
    return last.ok ? `Passed after ${words}.` : `Still failing after ${words}.`;
}
/** How much this round cost dbt: what was selected, how it parsed, whether it ran at all. */
function costSentence(validation) {
    const { dbt } = validation;
    if (validation.reusedFrom !== undefined)
        return `No file changed since round ${validation.reusedFrom}: its result stands, dbt and sqlfluff did not run again.`;
    const parts = [];
    if (dbt.parentsFrom !== undefined)
        parts.push(`Parents were read from what round ${dbt.parentsFrom} built, not built again.`);
    if (dbt.parse)
        parts.push(dbt.parse.partialParse === 'reused'
            ? 'dbt re-read only the changed files (partial parse).'
            : `dbt parsed the whole project${dbt.parse.reason ? ` (${dbt.parse.reason})` : ''}.`);
    if (dbt.launches !== undefined && dbt.launches > 1)
        parts.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(dbt.launches, 'dbt launch', 'dbt launches')}: the change read parents no round had built.`);
    return parts.length > 0 ? parts.join(' ') : undefined;
}
function dbtDetails(validation) {
    const { dbt } = validation;
    const mode = dbt.parentsFrom !== undefined ? undefined : BUILD_MODE_SENTENCES[dbt.mode];
    const cost = costSentence(validation);
    const parts = [`${statusCounts(dbt.results)}.`, ...(mode ? [mode] : []), ...(cost ? [cost] : [])];
    if (dbt.error)
        parts.push(`dbt stopped: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(dbt.error.split('\n')[0] ?? '', 200)}`);
    if (dbt.unchecked?.length)
        parts.push(`Not checked by dbt: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(dbt.unchecked.length, 'problem')}.`);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(parts.join(' '), 600);
}
/** `lint not run: <reason>`, `lint: not configured in this project`, or the counts. */
function lintSummary(validation) {
    const { lint } = validation;
    if (lint.notRun)
        return `lint not run: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(lint.notRun.split('\n')[0] ?? '', 200)}`;
    if (lint.skipped)
        return lint.skipped;
    const old = lint.preExisting?.length ?? 0;
    return [
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(lint.files.length, 'file')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(lint.violations.length, 'new violation')}`,
        ...(old > 0 ? [`${old} already there before the change`] : []),
    ].join(', ');
}
function verdict(ok, skipped, notRun) {
    if (notRun)
        return '⚠️ not run';
    if (skipped)
        return '⏭️ skipped';
    return ok ? '✅ passed' : '❌ failed';
}
/** The two-row check table for one validation round. */
function validationTable(validation) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Check', 'Result', 'Details'], [
        ['dbt build', verdict(validation.dbt.ok), dbtDetails(validation)],
        [
            'sqlfluff lint',
            verdict(validation.lint.ok, validation.lint.skipped, validation.lint.notRun),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(lintSummary(validation)),
        ],
    ]);
}
function listBlock(heading, rendered, shown, omitted) {
    const parts = [heading];
    if (shown > 0)
        parts.push(rendered);
    if (omitted > 0)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .moreLine */ .g0)(omitted));
    return parts.join('\n\n');
}
const NO_PREFIXES = { project: '', root: '' };
function failureRows(results, limit, prefixes = NO_PREFIXES) {
    const failed = results.filter(isFailedNode);
    if (failed.length === 0)
        return '';
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .limited */ .TJ)(failed, limit);
    const rows = shown.map((node) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)(node.uniqueId),
        node.file ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)(`${prefixes.project}${node.file}`) : '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(`${node.status}: ${node.message ?? ''}`.replace(/: $/, ''), 400),
    ]);
    return listBlock(`**dbt failures (${failed.length})**`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Node', 'File', 'Message'], rows), shown.length, omitted);
}
function violationRows(violations, limit, heading = 'Lint violations', prefixes = NO_PREFIXES) {
    if (violations.length === 0)
        return '';
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .limited */ .TJ)(violations, limit);
    const rows = shown.map((v) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)(`${prefixes.root}${v.file}:${v.line}:${v.column}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)(v.code),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(v.description),
    ]);
    return listBlock(`**${heading} (${violations.length})**`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Location', 'Rule', 'Description'], rows), shown.length, omitted);
}
/**
 * The parser's verdict on the SQL dbt ran: a warning when it could not run (never a pass by silence), and
 * the statements a node may not run when it found some.
 */
function sqlVerdictSection(validation, limit) {
    const verdict = validation.dbt.sqlVerdict;
    if (!verdict)
        return '';
    // A build that stopped before compiling anything leaves the verdict nothing to judge: not a pass either.
    const notRun = verdict.notRun ??
        (verdict.statements === 0 && !validation.dbt.ok
            ? 'dbt stopped before it ran or compiled any SQL'
            : undefined);
    if (notRun) {
        const reason = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(notRun.split('\n')[0] ?? '', 300);
        return `⚠️ SQL verdict not run: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(reason)}. The statements dbt ran were not checked against what each node may run.`;
    }
    if (verdict.findings.length === 0)
        return '';
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .limited */ .TJ)(verdict.findings, limit);
    const rows = shown.map((finding) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)(finding.path), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(finding.message, 400)]);
    return listBlock(`**SQL a node may not run (${verdict.findings.length})**`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['File', 'Finding'], rows), shown.length, omitted);
}
/**
 * Everything about the last round (table, command, failures and violations, each list up to `limit`),
 * then each earlier round: what failed, as the model was shown it, and what the repair changed.
 */
function validationSection(validations, limit, options = {}) {
    const last = validations.at(-1);
    if (!last)
        return 'Validation did not run.';
    const paths = options.paths ?? NO_PREFIXES;
    const parts = [roundsSentence(validations), validationTable(last)];
    const verdict = sqlVerdictSection(last, limit);
    if (verdict)
        parts.push(verdict);
    if (last.dbt.command)
        parts.push(`Command: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(last.dbt.command)}`);
    if (last.dbt.error && last.dbt.results.length === 0)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(last.dbt.error, 2000)));
    if (last.dbt.unchecked?.length) {
        parts.push(`**Not checked by dbt (${last.dbt.unchecked.length})**\n\n${last.dbt.unchecked.map((line) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(line)}`).join('\n')}`);
    }
    const failures = failureRows(last.dbt.results, limit, paths);
    if (failures)
        parts.push(failures);
    if (!last.ok && last.dbt.results.some(isFailedNode)) {
        const text = (0,_validate_describe_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailures */ .n)(last, failureTextLimit(limit));
        parts.push(`<details><summary>dbt's full error text</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(text, 'text')}\n\n</details>`);
    }
    const violations = violationRows(last.lint.violations, limit, 'Lint violations introduced by the change', paths);
    if (violations)
        parts.push(violations);
    const preExisting = violationRows(last.lint.preExisting ?? [], limit, 'Lint violations already there before the change', paths);
    if (preExisting)
        parts.push(`<details><summary>Already there (not counted)</summary>\n\n${preExisting}\n\n</details>`);
    if (validations.length > 1)
        parts.push(repairRounds(validations, options.repairs ?? [], limit, paths.root));
    return parts.join('\n\n');
}
/** Room for one round's failure text: less when the body must shrink to fit GitHub's limit. */
function failureTextLimit(limit) {
    return limit >= 10 ? 3_000 : 400;
}
/** Who made the edits a round validated, as the round before it says. */
const EDITED_BY = {
    change: 'The next phase',
    repair: 'The repair',
    review: "The review round (the review's blocking findings)",
    'new-version': 'The new model version',
    tests: 'The proposed tests',
};
/**
 * Each round that failed before the last one: its verdict, the failures as the model was shown them, and
 * the repair that followed (the files it edited and the model's own account, quoted).
 */
function repairRounds(validations, repairs, limit, rootPrefix) {
    const blocks = validations.slice(0, -1).map((v, i) => {
        const next = validations[i + 1];
        const failed = v.dbt.results.filter(isFailedNode).length;
        const dbt = v.dbt.ok
            ? 'dbt passed'
            : `dbt failed (${failed ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(failed, 'failing node') : 'no node results'})`;
        const lint = v.lint.notRun || v.lint.skipped
            ? lintSummary(v)
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(v.lint.violations.length, 'new lint violation');
        const lines = [`**Round ${v.round}:** ${dbt}, ${lint}.`];
        if (v.reusedFrom !== undefined)
            lines.push(`No file changed since round ${v.reusedFrom}: its failures stand.`);
        else {
            const failures = (0,_validate_describe_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailures */ .n)(v, failureTextLimit(limit));
            if (failures)
                lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(failures, 'text'));
        }
        const edited = next?.edited;
        const by = EDITED_BY[next ? (0,_validate_round_cause_js__WEBPACK_IMPORTED_MODULE_1__/* .causeOf */ .rl)(next, i + 1) : 'repair'];
        const files = edited === undefined
            ? ''
            : edited.length === 0
                ? `${by} edited no file.`
                : `${by} edited ${edited.map((file) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${rootPrefix}${file}`)).join(', ')}.`;
        const summary = repairs[i]?.trim();
        lines.push([files, summary ? `The model said: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(summary.replace(/\s+/g, ' '), 600))}` : '']
            .filter(Boolean)
            .join(' '));
        return lines.filter(Boolean).join('\n\n');
    });
    const causes = validations.slice(1).map((validation, i) => (0,_validate_round_cause_js__WEBPACK_IMPORTED_MODULE_1__/* .causeOf */ .rl)(validation, i + 1));
    const title = `${causes.every((cause) => cause === 'repair') ? 'Repair rounds' : 'Earlier rounds'} (${blocks.length})`;
    return `<details open><summary>${title}</summary>\n\n${blocks.join('\n\n')}\n\n</details>`;
}


/***/ }),

/***/ 11302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dd: () => (/* binding */ timedStages),
/* harmony export */   sV: () => (/* binding */ stageTimings)
/* harmony export */ });
/* unused harmony export STAGE_EVENT */
/** The audit events' stage for a stage's start and end. */
const STAGE_EVENT = 'stage';
/**
 * The log a run's stages go through: each group (a stage, as the log shows it: "Validate (round 2)") leaves
 * a start and an end event in the record, the end with its duration, so the audit bundle and the summary
 * say where the time went.
 */
function timedStages(log, record) {
    return {
        info: (message) => log.info(message),
        warn: (message) => log.warn(message),
        error: (message) => log.error(message),
        debug: (message) => log.debug(message),
        group: async (name, fn) => {
            const startedAt = new Date();
            record.event(STAGE_EVENT, `started: ${name}`, { name });
            let ok = false;
            try {
                const result = await log.group(name, fn);
                ok = true;
                return result;
            }
            finally {
                const durationMs = Date.now() - startedAt.getTime();
                record.event(STAGE_EVENT, `finished: ${name}`, {
                    name,
                    startedAt: startedAt.toISOString(),
                    durationMs,
                    ok,
                });
            }
        },
    };
}
/** The stages' timings, in the order they finished, from the events `timedStages` left. */
function stageTimings(events) {
    const timings = [];
    for (const event of events) {
        if (event.stage !== STAGE_EVENT || !event.message.startsWith('finished: '))
            continue;
        const { name, startedAt, durationMs, ok } = event.data ?? {};
        if (typeof name !== 'string' || typeof startedAt !== 'string' || typeof durationMs !== 'number')
            continue;
        timings.push({ name, startedAt, durationMs, ok: ok === true });
    }
    return timings;
}


/***/ }),

/***/ 89929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ describeFailures)
/* harmony export */ });
/* harmony import */ var _run_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70864);

const MESSAGE_LIMIT = 800;
const TOTAL_LIMIT = 6000;
/**
 * A compact account of what failed, for the model's repair turn: each failing dbt node with its file and
 * dbt's message, then each lint violation as `file:line:column CODE description`. Empty when all passed.
 */
function describeFailures(validation, limit = TOTAL_LIMIT) {
    const sections = [];
    const { dbt, lint } = validation;
    if (dbt.error)
        sections.push(`dbt could not run the build:\n${trimMessage(dbt.error)}`);
    if (dbt.unchecked && dbt.unchecked.length > 0) {
        sections.push(`dbt did not check part of the change, so it cannot pass:\n${dbt.unchecked.map((line) => `- ${line}`).join('\n')}`);
    }
    const forbidden = dbt.sqlVerdict?.findings ?? [];
    if (forbidden.length > 0) {
        sections.push(`The compiled SQL does what a dbt model may not (a model selects; only dbt writes its own relation):\n${forbidden.map((finding) => `- ${finding.path}: ${finding.message}`).join('\n')}`);
    }
    const failed = dbt.results.filter(_run_results_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N);
    if (failed.length > 0) {
        const lines = failed.map((node) => {
            const where = node.file ? ` (${node.file})` : '';
            const message = node.message ? `\n${indent(trimMessage(node.message))}` : '';
            return `- ${node.uniqueId}${where}: ${node.status}${message}`;
        });
        const skipped = dbt.results.filter((node) => node.status === 'skipped').length;
        const note = skipped > 0 ? `\n${skipped} downstream node(s) were skipped because of these failures.` : '';
        sections.push(`dbt build failures:\n${lines.join('\n')}${note}`);
    }
    // Only what the change introduced: violations already in the base are not the model's to fix, and a
    // lint setup error (`lint.notRun`) is the environment's.
    if (lint.violations.length > 0) {
        const lines = lint.violations.map((v) => `- ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`);
        sections.push(`sqlfluff violations your change introduced (fix them in the SQL, keeping the project's style):\n${lines.join('\n')}`);
    }
    if (sections.length > 0 && validation.reusedFrom !== undefined) {
        sections.unshift(`No file changed since round ${validation.reusedFrom}: the change is as it was then, so its failures stand. Edit the files to fix them.`);
    }
    return cap(sections.join('\n\n'), limit);
}
/** Drops dbt's macro call stack and blank lines, which cost tokens and do not help a fix. */
function trimMessage(message) {
    const lines = message
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '' && !/^\s*> (in|called by) macro /.test(line));
    const text = lines.join('\n').trim();
    return text.length <= MESSAGE_LIMIT ? text : `${text.slice(0, MESSAGE_LIMIT)}…`;
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}
function cap(text, limit) {
    if (text.length <= limit)
        return text;
    const cut = text.lastIndexOf('\n', limit);
    const kept = text.slice(0, cut > 0 ? cut : limit);
    const droppedLines = text
        .slice(kept.length)
        .split('\n')
        .filter((line) => line.startsWith('- ')).length;
    return `${kept}\n… (${droppedLines} more item(s) not shown)`;
}


/***/ }),

/***/ 8252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ ROUND_NAMES),
/* harmony export */   Mc: () => (/* binding */ roundsAfterChange),
/* harmony export */   rl: () => (/* binding */ causeOf),
/* harmony export */   x7: () => (/* binding */ roundsAfterChangeWords)
/* harmony export */ });
/* unused harmony export ROUND_CAUSES */
/**
 * Why a validation round ran: the agent's change (the first round, a phase's), a repair of the previous
 * round's failures, the review's blocking findings sent back, the new model version a contract break asked
 * for, or the tests the test strategy proposed.
 */
const ROUND_CAUSES = ['change', 'repair', 'review', 'new-version', 'tests'];
/** What a report calls a round of each cause. */
const ROUND_NAMES = {
    change: 'the change',
    repair: 'repair round',
    review: 'review round',
    'new-version': 'new-version round',
    tests: 'test round',
};
/** The round's cause; a record written before causes were kept reads as the change, then repairs. */
function causeOf(validation, index) {
    return validation.cause ?? (index === 0 ? 'change' : 'repair');
}
/** The rounds after the change, by cause in the order of `ROUND_CAUSES`: `[['repair', 2], ['review', 1]]`. */
function roundsAfterChange(validations) {
    const counts = new Map();
    validations.forEach((validation, index) => {
        const cause = causeOf(validation, index);
        if (cause !== 'change')
            counts.set(cause, (counts.get(cause) ?? 0) + 1);
    });
    return ROUND_CAUSES.flatMap((cause) => {
        const count = counts.get(cause);
        return count ? [[cause, count]] : [];
    });
}
/** `1 repair round and 1 review round`, `2 repair rounds`; `no repair round` when only the change ran. */
function roundsAfterChangeWords(validations) {
    const counted = roundsAfterChange(validations).map(([cause, count]) => `${count} ${ROUND_NAMES[cause]}${count === 1 ? '' : 's'}`);
    if (counted.length === 0)
        return 'no repair round';
    return counted.length === 1 ? counted[0] : `${counted.slice(0, -1).join(', ')} and ${counted.at(-1)}`;
}


/***/ })

};
