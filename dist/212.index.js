export const id = 212;
export const ids = [212];
export const modules = {

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
