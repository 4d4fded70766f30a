export const id = 383;
export const ids = [383];
export const modules = {

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


/***/ })

};
