export const id = 334;
export const ids = [334,567];
export const modules = {

/***/ 59179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isFailure)
/* harmony export */ });
function isFailure(status) {
    return status.startsWith('failed:');
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

/***/ 16779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseTriggerPhrase)
/* harmony export */ });
/**
 * The instruction after `phrase` when `body` starts with it (leading whitespace ignored, case-sensitive),
 * or undefined when the comment is not a command. `/autopilotx` is not `/autopilot`.
 */
function parseTriggerPhrase(body, phrase) {
    const text = body.trimStart();
    if (!text.startsWith(phrase))
        return undefined;
    const rest = text.slice(phrase.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined;
    return rest.trim();
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
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28942);


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
