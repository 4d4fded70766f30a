export const id = 874;
export const ids = [874];
export const modules = {

/***/ 41874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SpawnCommandRunner: () => (/* binding */ SpawnCommandRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const OUTPUT_LIMIT = 8 * 1024 * 1024;
class SpawnCommandRunner {
    observe;
    constructor(observe = () => { }) {
        this.observe = observe;
    }
    run(command, args, options) {
        const started = Date.now();
        return new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            let stdout = '';
            let stderr = '';
            let timedOut = false;
            let settled = false;
            child.stdout.setEncoding('utf8').on('data', (chunk) => {
                if (stdout.length < OUTPUT_LIMIT)
                    stdout += chunk;
            });
            child.stderr.setEncoding('utf8').on('data', (chunk) => {
                if (stderr.length < OUTPUT_LIMIT)
                    stderr += chunk;
            });
            const timer = options.timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    child.kill('SIGKILL');
                }, options.timeoutMs);
            const finish = (exitCode, extraStderr = '') => {
                if (settled)
                    return;
                settled = true;
                if (timer)
                    clearTimeout(timer);
                const result = {
                    command,
                    args,
                    cwd: options.cwd,
                    exitCode,
                    stdout,
                    stderr: stderr + extraStderr,
                    durationMs: Date.now() - started,
                    timedOut,
                };
                this.observe(result);
                resolve(result);
            };
            child.on('error', (error) => {
                finish(error.code === 'ENOENT' ? 127 : 1, `${command}: ${error.message}`);
            });
            child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
        });
    }
}


/***/ })

};
