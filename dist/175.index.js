export const id = 175;
export const ids = [175];
export const modules = {

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


/***/ })

};
