export const id = 411;
export const ids = [411,567];
export const modules = {

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


/***/ }),

/***/ 98212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ DEFAULT_TRIGGER_PHRASE),
/* harmony export */   iv: () => (/* binding */ skip),
/* harmony export */   mC: () => (/* binding */ skipStatus),
/* harmony export */   yA: () => (/* binding */ DEFAULT_TRIGGER_LABEL)
/* harmony export */ });
const DEFAULT_TRIGGER_LABEL = 'autopilot';
const DEFAULT_TRIGGER_PHRASE = '/autopilot';
function skip(reason, message) {
    return { kind: 'skip', reason, message };
}
/** The run status a skipped request ends in. */
function skipStatus(request) {
    return `skipped:${request.reason}`;
}


/***/ }),

/***/ 49567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   p6: () => (/* binding */ date)
/* harmony export */ });
/* unused harmony exports string, boolean, bigint */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2503);


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedNumber */ .qG(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodNumber */ .rSt, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedDate */ .B4(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodDate */ .aPP, params);
}


/***/ })

};
