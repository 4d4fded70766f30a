export const id = 692;
export const ids = [692];
export const modules = {

/***/ 55692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ classifyFailure),
  isFailure: () => (/* reexport */ isFailure)
});

// EXTERNAL MODULE: ./src/shared/autopilot-error.ts
var autopilot_error = __webpack_require__(76021);
;// CONCATENATED MODULE: ./src/shared/run-status.ts
function isFailure(status) {
    return status.startsWith('failed:');
}

;// CONCATENATED MODULE: ./src/run/outcome.ts


/**
 * The outcome of a run that ended in an error. Our errors carry their status and a message that says what
 * to do; anything else is a bug in Autopilot.
 */
function classifyFailure(error) {
    if (error instanceof autopilot_error/* AutopilotError */.W)
        return { status: error.runStatus, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return {
        status: 'failed:internal',
        message: `Unexpected error: ${message}. The audit bundle has the details; please report it with the bundle attached.`,
    };
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


/***/ })

};
