export const id = 639;
export const ids = [639];
export const modules = {

/***/ 94639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withCloudSecrets: () => (/* binding */ withCloudSecrets)
/* harmony export */ });
/* unused harmony exports CLOUD_SECRET_VARIABLES, cloudSecretsFromEnvironment */
/**
 * The cloud credentials a runner's environment may hold for the model platforms (what
 * configure-aws-credentials, google-github-actions/auth and the OIDC token request leave): the redactor
 * looks for them, as the model's errors and the SDKs' messages can echo them. Read by the shells only.
 */
const CLOUD_SECRET_VARIABLES = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_BEARER_TOKEN_BEDROCK',
    'GOOGLE_OAUTH_ACCESS_TOKEN',
    'CLOUDSDK_AUTH_ACCESS_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
/** The values of those variables that are set. */
function cloudSecretsFromEnvironment(env) {
    return CLOUD_SECRET_VARIABLES.map((name) => env[name]).filter((value) => Boolean(value));
}
/**
 * The settings an entry point parsed, with the cloud credentials of its environment: every shell (the
 * Action, `run`, `eval`, the MCP server, the demo) builds its settings through this, so the redactor and
 * the sandbox know them whichever way the run was started.
 */
function withCloudSecrets(settings, env) {
    return { ...settings, cloudSecrets: cloudSecretsFromEnvironment(env) };
}


/***/ })

};
