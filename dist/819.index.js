export const id = 819;
export const ids = [819];
export const modules = {

/***/ 84819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SpawnCommandRunner: () => (/* binding */ SpawnCommandRunner)
});

// UNUSED EXPORTS: DEFAULT_GRACE_MS

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/process/output-tail.ts
/**
 * The last `limit` characters of a stream of output. dbt and sqlfluff print their errors last, so when
 * output must be cut it is the beginning that goes; `text()` then starts with a line saying how much.
 */
class OutputTail {
    limit;
    chunks = [];
    kept = 0;
    cut = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.kept += chunk.length;
        // Trimming only once twice the limit is held keeps pushes cheap: each character is copied O(1) times.
        if (this.kept > 2 * this.limit)
            this.trim();
    }
    text() {
        this.trim();
        const body = this.chunks.join('');
        if (this.cut === 0)
            return body;
        return `[… ${this.cut} characters of output cut; the last ${body.length} are kept …]\n${body}`;
    }
    trim() {
        if (this.kept <= this.limit)
            return;
        const joined = this.chunks.join('');
        const excess = joined.length - this.limit;
        this.cut += excess;
        this.chunks = [joined.slice(excess)];
        this.kept = this.limit;
    }
}

;// CONCATENATED MODULE: ./src/adapters/process/command-runner.ts



const DEFAULT_GRACE_MS = 10_000;
const OUTPUT_LIMIT = 8 * 1024 * 1024;
const PIPE_DRAIN_MS = 1_000;
class SpawnCommandRunner {
    observe;
    constructor(observe = () => { }) {
        this.observe = observe;
    }
    run(command, args, options) {
        const started = Date.now();
        return new Promise((resolve) => {
            const child = (0,external_node_child_process_.spawn)(command, args, {
                cwd: options.cwd,
                env: options.inheritEnv === false ? { ...options.env } : { ...process.env, ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
            });
            // A command that exits without reading its input closes the pipe: that is not an error of ours.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input ?? '');
            const limit = options.maxOutputChars ?? OUTPUT_LIMIT;
            const stdout = new OutputTail(limit);
            const stderr = new OutputTail(limit);
            let timedOut = false;
            let aborted = false;
            let settled = false;
            let graceTimer;
            let drainTimer;
            child.stdout.setEncoding('utf8').on('data', (chunk) => {
                stdout.push(chunk);
                options.onOutput?.(chunk, 'stdout');
            });
            child.stderr.setEncoding('utf8').on('data', (chunk) => {
                stderr.push(chunk);
                options.onOutput?.(chunk, 'stderr');
            });
            // SIGINT first, as Ctrl-C would: dbt then cancels its running queries and exits on its own.
            const stop = () => {
                if (graceTimer || child.exitCode !== null || child.signalCode !== null)
                    return;
                child.kill('SIGINT');
                graceTimer = setTimeout(() => child.kill('SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
            };
            const timer = options.timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    stop();
                }, options.timeoutMs);
            const onAbort = () => {
                aborted = true;
                stop();
            };
            options.signal?.addEventListener('abort', onAbort, { once: true });
            if (options.signal?.aborted)
                onAbort();
            const finish = (exitCode, extraStderr = '') => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                clearTimeout(graceTimer);
                clearTimeout(drainTimer);
                options.signal?.removeEventListener('abort', onAbort);
                const result = {
                    command,
                    args,
                    cwd: options.cwd,
                    exitCode,
                    stdout: stdout.text(),
                    stderr: stderr.text() + extraStderr,
                    durationMs: Date.now() - started,
                    timedOut,
                    ...(aborted ? { aborted } : {}),
                };
                this.observe(result);
                resolve(result);
            };
            child.on('error', (error) => {
                finish(error.code === 'ENOENT' ? 127 : 1, `${command}: ${error.message}`);
            });
            child.on('exit', () => {
                // A grandchild that outlives a stopped command may hold the pipes open and 'close' never come:
                // what is already in the pipes is read for a moment, then they are closed.
                if (!graceTimer)
                    return;
                drainTimer = setTimeout(() => {
                    child.stdout.destroy();
                    child.stderr.destroy();
                }, PIPE_DRAIN_MS);
            });
            child.on('close', (code, signal) => finish(code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : 1)));
        });
    }
}


/***/ })

};
