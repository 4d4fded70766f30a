export const id = 127;
export const ids = [127];
export const modules = {

/***/ 69127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ INPUT_ENVIRONMENT),
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   kw: () => (/* binding */ settingHint),
/* harmony export */   n1: () => (/* binding */ inputsFromEnvironment),
/* harmony export */   vI: () => (/* binding */ inTerminalWords)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91977);

/** Inputs a person sets through the environment on a terminal (secrets and services), by input name. */
const INPUT_ENVIRONMENT = {
    'anthropic-api-key': 'ANTHROPIC_API_KEY',
    'anthropic-base-url': 'ANTHROPIC_BASE_URL',
    'jira-url': 'JIRA_URL',
    'jira-email': 'JIRA_EMAIL',
    'jira-api-token': 'JIRA_API_TOKEN',
    'jira-bearer-token': 'JIRA_BEARER_TOKEN',
    'github-token': 'GITHUB_TOKEN',
    'gitlab-url': 'CI_SERVER_URL',
    'gitlab-project': 'CI_PROJECT_PATH',
    'gitlab-token': 'GITLAB_TOKEN',
    'slack-webhook-url': 'SLACK_WEBHOOK_URL',
    'slack-bot-token': 'SLACK_BOT_TOKEN',
    'slack-channel': 'SLACK_CHANNEL',
    'teams-webhook-url': 'TEAMS_WEBHOOK_URL',
    'notify-on': 'NOTIFY_ON',
};
/** The input as the reader set it: input `jira-url`, or `--jira-url` / `JIRA_URL`. */
function inputLabel(name, surface = 'action') {
    if (surface === 'action')
        return `input \`${name}\``;
    const env = INPUT_ENVIRONMENT[name];
    return env ? `\`--${name}\` / \`${env}\`` : `\`--${name}\``;
}
/** How to give an input a value: `with: name: value`, or `--name value` (or `ENV=value`). */
function settingHint(name, value, surface = 'action') {
    if (surface === 'action')
        return `\`with: ${name}: ${value}\``;
    const env = INPUT_ENVIRONMENT[name];
    return env ? `\`${env}=${value}\` (or \`--${name} ${value}\`)` : `\`--${name} ${value}\``;
}
/** Inputs from the environment variables a person sets for a local run. */
function inputsFromEnvironment(env) {
    return Object.fromEntries(Object.entries(INPUT_ENVIRONMENT)
        .map(([input, variable]) => [input, env[variable]])
        .filter((pair) => Boolean(pair[1])));
}
const INPUT_NAMES = new Set(_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m.map((input) => input.name));
/**
 * A message written for the Action, in the words of a terminal: input `x` becomes `--x` (with its
 * environment variable), `with: x: v` becomes the flag or variable, and workflow expressions are dropped.
 * The terminal's views (log, report, errors) and the MCP server's tool errors pass their text through it.
 */
function inTerminalWords(message) {
    return message
        .replace(/\s*\((?:e\.g\.|the default) `\$\{\{[^)]*\)/g, '')
        .replace(/`with: ([a-z-]+): ([^`]*)`/g, (whole, name, value) => INPUT_NAMES.has(name)
        ? value.includes('${{')
            ? inputLabel(name, 'terminal')
            : settingHint(name, value, 'terminal')
        : whole)
        .replace(/`dry-run: true`/g, '`--dry-run`')
        .replace(/\b[Ii]nputs `([a-z-]+)` and `([a-z-]+)`/g, (whole, a, b) => INPUT_NAMES.has(a) && INPUT_NAMES.has(b)
        ? `${inputLabel(a, 'terminal')} and ${inputLabel(b, 'terminal')}`
        : whole)
        .replace(/\b([Ii])nputs? `([a-z-]+)`/g, (whole, _initial, name) => INPUT_NAMES.has(name) ? inputLabel(name, 'terminal') : whole);
}


/***/ }),

/***/ 91977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ INPUTS)
});

// UNUSED EXPORTS: OUTPUTS

;// CONCATENATED MODULE: ./src/shared/statuses.ts
/**
 * Every status a run can end in, in one list: the `status` output, `docs/statuses.md` and the output's
 * description in action.yml are made from it. A status a run uses must be here (`RunStatus` is the set of
 * these keys, and `__tests__/shared/statuses.test.ts` scans the source for any that are not).
 */
const STATUSES = {
    'pr-opened': {
        kind: 'success',
        cause: 'A pull request was opened with the validated change (a draft when `verdict` is `draft`).',
        fix: 'Review it; `pr-url`, `draft`, `validation` and `breaking` say what to expect.',
    },
    'pr-updated': {
        kind: 'success',
        cause: "The ticket's open pull request got a new commit (a rerun or a `/autopilot` revision).",
        fix: 'Review the new commit; the description was rewritten between its markers only.',
    },
    'dry-run': {
        kind: 'success',
        cause: 'Input `dry-run` is true: the change was made and validated, nothing was pushed.',
        fix: 'Read the verdict in the summary (what the real run would do); the patch and PR body are in the audit bundle.',
    },
    'no-drift': {
        kind: 'success',
        cause: '`detect-schema-drift` found the warehouse columns matching the sources in YAML.',
        fix: 'Nothing to do.',
    },
    'backlog-planned': {
        kind: 'success',
        cause: '`mode: plan-backlog` listed the tickets to run.',
        fix: 'Fan out over the `matrix` output; guard the job with `count != 0`.',
    },
    'backlog-done': {
        kind: 'success',
        cause: '`mode: backlog` ran every planned ticket that fit the backlog budget, none failed.',
        fix: 'The job summary lists each ticket and its pull request.',
    },
    'skipped:needs-clarification': {
        kind: 'skipped',
        cause: 'The classifier or the model could not go on without an answer from the reporter; the question was posted on the ticket.',
        fix: 'Answer on the ticket (a reply, or a `/autopilot <answer>` comment on a GitHub issue): the next run resumes with the answer.',
    },
    'skipped:unsupported-event': {
        kind: 'skipped',
        cause: 'The workflow started on an event Autopilot does not handle, and no `ticket` input was given.',
        fix: 'Trigger on `workflow_dispatch`, `issues`, `issue_comment` or `schedule`, or pass `ticket`.',
    },
    'skipped:not-triggered': {
        kind: 'skipped',
        cause: 'The issue lacks the trigger label, or the comment does not start with the trigger phrase.',
        fix: 'Add the `trigger-label` label, or start a new comment with `trigger-phrase`.',
    },
    'skipped:edited-comment': {
        kind: 'skipped',
        cause: 'The comment was edited after it was posted; Autopilot acts only on a comment as first written.',
        fix: 'Post a new comment with the trigger phrase.',
    },
    'skipped:unauthorized': {
        kind: 'skipped',
        cause: 'The person or bot who asked has no write access and is not in `allowed-users` / `allowed-bots`.',
        fix: 'Ask someone with write access, or add the login to `allowed-users` (bots: `allowed-bots`).',
    },
    'skipped:not-autopilot-pr': {
        kind: 'skipped',
        cause: 'A `/autopilot` comment on a pull request Autopilot did not open (another branch, a fork, no ticket marker).',
        fix: 'Comment on the ticket instead, or on a pull request Autopilot opened.',
    },
    'skipped:pull-request-closed': {
        kind: 'skipped',
        cause: 'A revision was asked for on a closed pull request.',
        fix: 'Reopen the pull request, or run Autopilot on the ticket for a new one.',
    },
    'skipped:budget': {
        kind: 'skipped',
        cause: 'In a backlog run, the ticket did not start: the backlog budget had no room for another run.',
        fix: 'Raise `backlog-max-cost-usd` / `backlog-max-minutes`, or let the next scheduled run take it.',
    },
    'failed:config': {
        kind: 'failed',
        cause: 'An input, the policy file, the task rules or the runner set-up is invalid (the message names it).',
        fix: 'Correct the named input or file and run again.',
    },
    'failed:event': {
        kind: 'failed',
        cause: 'The event payload could not be read or does not have the fields the trigger needs.',
        fix: 'Run on a supported event, or unset `GITHUB_EVENT_PATH` outside GitHub Actions.',
    },
    'failed:ticket': {
        kind: 'failed',
        cause: 'The ticket could not be read: not found, no access, or beyond the size limits.',
        fix: 'Check the ticket key and the Jira or GitHub credentials the message names.',
    },
    'failed:model': {
        kind: 'failed',
        cause: 'A call to the model failed (authentication, rate limit, overload, timeout, bad request).',
        fix: 'Check `anthropic-api-key`; for a rate limit, overload or timeout, run again later.',
    },
    'failed:budget': {
        kind: 'failed',
        cause: 'A budget (`max-turns`, tokens, `max-cost-usd`, `max-minutes`) ran out before any file changed.',
        fix: 'Raise the limit the message names, or narrow the ticket.',
    },
    'failed:no-change': {
        kind: 'failed',
        cause: 'The model finished without changing any file.',
        fix: 'Make the ticket say which models or columns to change, then run again.',
    },
    'failed:guard': {
        kind: 'failed',
        cause: "The change wrote where it may not, ran forbidden SQL, or git's configuration changed during the run.",
        fix: 'Read the guard finding; allow the path in the policy if it is legitimate. Do not reuse a checkout whose git configuration changed.',
    },
    'failed:policy': {
        kind: 'failed',
        cause: "The repository's policy does not allow this kind of task.",
        fix: 'Change the ticket, or the policy in `policy-file`.',
    },
    'failed:validation': {
        kind: 'failed',
        cause: 'dbt or sqlfluff still fails after the repair rounds (`on-validation-failure` is `fail` or `no-pr`).',
        fix: 'Read the errors at the file and line (annotations, summary); fix them on the branch or raise `repair-rounds`.',
    },
    'failed:breaking-change': {
        kind: 'failed',
        cause: 'The change breaks a model contract and `on-breaking-change` is `block`: nothing was pushed.',
        fix: 'Keep the contract (or add a model version), or use `on-breaking-change: draft`.',
    },
    'failed:dbt': {
        kind: 'failed',
        cause: 'dbt or sqlfluff could not run: not installed, the profile or project unreadable, a timeout.',
        fix: 'Run the command the message shows on the runner; fix the profile, `dbt-executable` or `dbt-timeout-minutes`.',
    },
    'failed:source-missing': {
        kind: 'failed',
        cause: '`detect-schema-drift` found declared source tables that are not in the warehouse.',
        fix: 'Point `dbt-target` at the warehouse the sources live in, or remove the sources.',
    },
    'failed:publish': {
        kind: 'failed',
        cause: 'Committing, pushing the branch or opening the pull request failed.',
        fix: 'Give the token `contents: write` and `pull-requests: write`; the patch is in the audit bundle.',
    },
    'failed:backlog': {
        kind: 'failed',
        cause: 'The backlog could not be read, or at least one ticket of a backlog run failed.',
        fix: "Check `backlog-query` and the tracker's credentials; the summary lists each ticket's status.",
    },
    'failed:internal': {
        kind: 'failed',
        cause: 'An unexpected error: a bug in Autopilot.',
        fix: 'Report it with the audit bundle attached.',
    },
};
function isKnownStatus(status) {
    return Object.hasOwn(STATUSES, status);
}
/** The `status` output's description in action.yml and the README, listing every status. */
function statusOutputDescription() {
    const of = (kind) => Object.entries(STATUSES)
        .filter(([, entry]) => entry.kind === kind)
        .map(([status]) => `\`${status}\``)
        .join(', ');
    return `How the run ended. Success: ${of('success')}. Skipped: ${of('skipped')}. Failed (the step fails): ${of('failed')}. docs/statuses.md gives each one's cause and fix.`;
}
/** docs/statuses.md; `npm run docs:statuses` writes it and a test keeps it equal to this. */
function statusesDoc() {
    const cell = (text) => text.replaceAll('|', '\\|');
    const section = (kind, title, intro) => [
        `## ${title}`,
        '',
        intro,
        '',
        `| status | ${kind === 'success' ? 'meaning' : 'cause'} | ${kind === 'success' ? 'next' : 'fix'} |`,
        '| --- | --- | --- |',
        ...Object.entries(STATUSES)
            .filter(([, entry]) => entry.kind === kind)
            .map(([status, entry]) => `| \`${status}\` | ${cell(entry.cause)} | ${cell(entry.fix)} |`),
        '',
    ];
    return [
        '# Statuses',
        '',
        '<!-- Generated from src/shared/statuses.ts by `npm run docs:statuses`; edit that file, not this one. -->',
        '',
        'Every run ends in one status, the `status` output. A later step can branch on it',
        "(`if: steps.autopilot.outputs.status == 'pr-opened'`), or on `verdict`, `draft`, `validation` and",
        '`breaking`.',
        '',
        ...section('success', 'Success', 'The step passes.'),
        ...section('skipped', 'Skipped', 'Nothing ran; the step passes unless `fail-on-skip` is true.'),
        ...section('failed', 'Failed', 'The step fails; the message says what happened.'),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/config/inputs.ts

const INPUTS = [
    {
        name: 'ticket',
        description: 'The ticket to work on: a Jira key (`DATA-123`), a GitHub issue (`#42`), or a path to a local ticket file (markdown with front matter, or JSON). Required for `workflow_dispatch` and `workflow_call`; issue and comment events supply it themselves.',
        default: '',
    },
    {
        name: 'mode',
        description: '`run` one ticket (from `ticket`, or the issue or comment that triggered the run), `plan-backlog` (output `matrix` and `count` for a fan-out job), `backlog` (work through the backlog in this job under the backlog budget), or `detect-schema-drift` (compare the warehouse columns of declared sources with their YAML and turn any drift into a validated pull request).',
        default: 'run',
    },
    {
        name: 'ticket-source',
        description: 'Where the ticket lives: `auto` (decided by the shape of `ticket`; `#12` is a GitLab issue with `code-host: gitlab`), `jira`, `github`, `gitlab` or `file`.',
        default: 'auto',
    },
    {
        name: 'jira-url',
        description: 'Base URL of Jira Cloud (`https://acme.atlassian.net`) or of Jira Data Center / Server, with its context path if it has one (`https://jira.acme.com/jira`).',
        default: '',
    },
    { name: 'jira-email', description: 'Jira account email, used with `jira-api-token`.', default: '' },
    {
        name: 'jira-api-token',
        description: 'Jira API token (basic auth with `jira-email`).',
        default: '',
        secret: true,
    },
    {
        name: 'jira-bearer-token',
        description: 'Jira Data Center / Server personal access token (or a Cloud OAuth token), instead of email + API token.',
        default: '',
        secret: true,
    },
    {
        name: 'jira-deployment',
        description: 'Which Jira `jira-url` is: `cloud` (REST v3), `data-center` (Data Center or Server, REST v2 and wiki markup), or `auto` (Atlassian domains are Cloud; another host is asked through `/rest/api/2/serverInfo`).',
        default: 'auto',
    },
    {
        name: 'jira-transition-on-pr',
        description: 'Move the Jira ticket when its pull request opens or is updated: the name of a transition or of the status it leads to (e.g. `In Review`), matched against the transitions the ticket offers. Empty: the ticket is not moved. The pull request is always added to the ticket as a remote link.',
        default: '',
    },
    { name: 'anthropic-api-key', description: 'Anthropic API key.', default: '', secret: true },
    {
        name: 'anthropic-base-url',
        description: "Messages API base URL, for a gateway or proxy; with `model-provider: bedrock` or `vertex`, that platform's endpoint (a VPC endpoint; Vertex's ends in `/v1`). Empty means the SDK default.",
        default: '',
    },
    { name: 'model', description: 'Claude model to use.', default: 'claude-sonnet-5-5' },
    {
        name: 'model-provider',
        description: 'Where Claude is called: `anthropic` (the Claude API, with `anthropic-api-key`), `bedrock` (Amazon Bedrock, with the AWS credentials `aws-actions/configure-aws-credentials` leaves; `model` is sent as its global inference profile, e.g. `global.anthropic.claude-sonnet-5-5`, or give a Bedrock id or ARN) or `vertex` (Google Vertex AI, with the credentials `google-github-actions/auth` leaves). See docs/model-providers.md.',
        default: 'anthropic',
    },
    {
        name: 'aws-region',
        description: 'AWS region of Amazon Bedrock, with `model-provider: bedrock`. Empty means AWS_REGION (or AWS_DEFAULT_REGION), which configure-aws-credentials sets.',
        default: '',
    },
    {
        name: 'vertex-project-id',
        description: "Google Cloud project that calls Vertex AI, with `model-provider: vertex`. Empty means the project google-github-actions/auth exports (GOOGLE_CLOUD_PROJECT), else the credentials' own.",
        default: '',
    },
    {
        name: 'vertex-region',
        description: 'Vertex AI location, with `model-provider: vertex`: `global` (the most capacity, list prices) or a region such as `us-east5` or `europe-west1` (data stays there; regional endpoints cost 10% more).',
        default: 'global',
    },
    {
        name: 'classifier-model',
        description: "Claude model that classifies the ticket (kind, risk, targets, acceptance criteria) before the change: a short structured answer a small model serves well. Empty means `model`. Priced from `model-prices` and held to the run's budget like every call.",
        default: 'claude-haiku-5-5',
    },
    {
        name: 'review-model',
        description: "Claude model of the review pass (`review`): it reads the final diff against the ticket, its acceptance criteria and the repository's conventions, which wants the strong model, so empty means `model`. Set a smaller one to review for less. Priced from `model-prices` and held to the run's budget like every call.",
        default: '',
    },
    {
        name: 'custom-instructions',
        description: "Guidance for the model on this repository's conventions, added to the prompt before the repository's own `AGENTS.md`, `CLAUDE.md` and `.autopilot/instructions.md` (read at the repository and dbt project roots). Style and workflow guidance only: it cannot widen what a change may write. At most 12,000 characters are shown. See docs/conventions.md.",
        default: '',
    },
    {
        name: 'github-token',
        description: 'Token for pushing the branch and opening the pull request. Pushes made with the default `GITHUB_TOKEN` do not trigger other workflows; pass a GitHub App token or PAT if CI should run on the PR.',
        default: '${{ github.token }}',
        secret: true,
    },
    {
        name: 'code-host',
        description: 'Where the pull request goes: `github`, `gitlab` (a merge request; for the CLI in GitLab CI, see docs/gitlab.md) or `auto` (GitLab when `gitlab-project` is set, else GitHub).',
        default: 'auto',
    },
    {
        name: 'gitlab-url',
        description: 'GitLab instance URL; empty means https://gitlab.com. GitLab CI sets it as `CI_SERVER_URL`.',
        default: '',
    },
    {
        name: 'gitlab-project',
        description: 'GitLab project path (`group/project`) or numeric id that gets the merge request. GitLab CI sets it as `CI_PROJECT_PATH`.',
        default: '',
    },
    {
        name: 'gitlab-token',
        description: 'GitLab token with the `api` and `write_repository` scopes (a project access token, Developer role) for pushing the branch and opening the merge request. The CI job token cannot open merge requests.',
        default: '',
        secret: true,
    },
    {
        name: 'project-dir',
        description: 'Folder of the dbt project (where `dbt_project.yml` is), relative to the repository root.',
        default: '.',
    },
    {
        name: 'profiles-dir',
        description: 'Folder holding `profiles.yml`, relative to the repository root. Empty means `project-dir`.',
        default: '',
    },
    {
        name: 'dbt-target',
        description: 'dbt target to validate against. Empty means the profile default.',
        default: '',
    },
    { name: 'dbt-executable', description: 'dbt executable (name on PATH or path).', default: 'dbt' },
    {
        name: 'sqlfluff-executable',
        description: 'sqlfluff executable (name on PATH or path).',
        default: 'sqlfluff',
    },
    {
        name: 'lint',
        description: 'Run sqlfluff on the changed SQL files: `auto` lints only when the project configures sqlfluff (`.sqlfluff`, `pyproject.toml` with `[tool.sqlfluff]`, `setup.cfg` or `tox.ini` with `[sqlfluff]`); `true` always; `false` never. Only violations the change introduces fail validation.',
        default: 'auto',
    },
    {
        name: 'state-manifest',
        description: 'Path to a production `manifest.json` to defer to. Empty means `state-artifact` when set, else the base manifest is parsed from the checkout before any edit (with `defer-target` when set).',
        default: '',
    },
    {
        name: 'defer-target',
        description: "A dbt target of your profile whose relations are production's (e.g. `prod`). Without `state-manifest`, or when `state-artifact` cannot be found, the base is parsed with it (`dbt parse --target <it>`) and builds run with `--defer` against its relations: unmodified parents are read from production, not rebuilt, with no manifest artifact. The target's credentials must be in the environment; the build itself still runs against `dbt-target`. Empty means no deferral unless a manifest is given.",
        default: '',
    },
    {
        name: 'state-artifact',
        description: 'Name of a workflow artifact holding the production `manifest.json`, downloaded from the latest successful run of `state-workflow` on the default branch (needs `actions: read`). When it cannot be found, the base is parsed from the checkout and the PR says why.',
        default: '',
    },
    {
        name: 'state-workflow',
        description: 'Workflow file name (e.g. `deploy.yml`) or id whose runs upload `state-artifact`.',
        default: '',
    },
    {
        name: 'layers',
        description: "YAML list of the project's layers, first match wins: `- {name: gold, paths: [models/marts/**], tags: [gold]}`. Empty means the policy's `layers:`, else dbt's staging/intermediate/marts folders. Layers set the severity of contract findings and what the policy protects.",
        default: '',
    },
    {
        name: 'dbt-timeout-minutes',
        description: 'Longest a single dbt or sqlfluff command may run before it is stopped.',
        default: '20',
    },
    {
        name: 'sandbox',
        description: "How dbt and sqlfluff (which run model-written Jinja and SQL) are contained: `auto` (in bubblewrap when it works on the runner, else unsandboxed and the PR and summary say so), `required` (fail when bubblewrap cannot run) or `off`. Inside: the repository read-only except the project's target and package folders, `.git` hidden, a private `/tmp`, an allow-listed environment without the run's tokens, no network for a local DuckDB. See docs/security.md.",
        default: 'auto',
    },
    {
        name: 'repair-rounds',
        description: 'How many times failed validation goes back to the model for repair.',
        default: '2',
    },
    {
        name: 'data-evidence',
        description: 'After a passing validation, compare each changed model that was built with its base through `dbt show` (in the same sandbox): row counts; null share, distinct count, min and max of added, retyped and changed columns; and, where the model declares a primary key, a few rows whose values changed. Shown in the PR under Data evidence and kept in the audit bundle. Bounded to 5 models, 12 columns, 5 sample rows and part of the remaining run time; `false` runs no query.',
        default: 'true',
    },
    {
        name: 'max-dbt-tool-calls',
        description: 'Most dbt commands the model may start while it works, through its `compile`, `preview` (`dbt show`, at most 50 rows, one read-only SELECT) and `build_selected` tools, in the same sandbox as validation; their time counts against `max-minutes`. `0` offers no such tool.',
        default: '20',
    },
    {
        name: 'review',
        description: "After a passing validation, a second model call reviews the final diff against the ticket, its acceptance criteria and the repository's conventions (`AGENTS.md`, `CLAUDE.md`, `.autopilot/instructions.md`). Blocking findings go back to the agent for one more round, validated again; suggestions become review comments on the PR's lines. Within the run's budgets; `false` makes no review call.",
        default: 'false',
    },
    {
        name: 'sql-checks',
        description: "Static checks on the changed models' SQL (parsed with sqlglot in the sandbox): `select *` in marts, joins that can fan out, functions around partition or cluster columns in WHERE, incremental models without `is_incremental()`, CTEs read more than once. Posted as review comments on the PR's lines; applied by the agent only on an optimization ticket. `false` runs none.",
        default: 'true',
    },
    {
        name: 'propose-tests',
        description: "After a passing validation, propose tests for each changed model dbt built (docs/test-strategy.md): `unique` and `not_null` on its key (from a `primary_key` constraint, the tests it has, or its name), `relationships` to a parent whose key it carries, and `accepted_values` for a status-like column with few values, and one unit test for new logic (its expected rows computed on rows sampled from the parents); each checked against the data with `dbt show` first, written into the model's properties file and validated with the change. The PR shows which rule proposed each test and the coverage before and after. `false` proposes none.",
        default: 'false',
    },
    {
        name: 'on-validation-failure',
        description: 'What to do when validation still fails after repair: `draft` (open a draft PR that says why), `fail` (open the draft PR and fail the step) or `no-pr` (push nothing and fail the step).',
        default: 'draft',
    },
    {
        name: 'on-breaking-change',
        description: 'What to do when the change breaks a model contract (removed or retyped column, narrowed access, removed version, changed metric an exposure uses): `draft` (open a draft PR that lists the findings), `block` (push nothing and fail the step), `warn` (list them in a ready PR) or `new-version` (ask the agent to keep the contracted version as it was and add the change as a new model version; a draft PR if that still breaks).',
        default: 'draft',
    },
    {
        name: 'phased-changes',
        description: "When the ticket's models span layers of the project (staging → intermediate → marts, by `layers` and dbt's DAG): `auto` makes the change in phases in DAG order, each edited only in its layer, validated and committed in turn, and a failure stops at the last good phase as a draft PR; `off` makes one change. See docs/phased-changes.md.",
        default: 'auto',
    },
    {
        name: 'policy-file',
        description: "Repository-relative path of the policy (protected layers, code standards, approvals, guard limits; may `extends` another repository's file). A missing file means no policy; see docs/policy.md.",
        default: '.autopilot/policy.yml',
    },
    {
        name: 'dry-run',
        description: 'Push nothing: write the patch and the rendered PR body to `output-dir`.',
        default: 'false',
    },
    {
        name: 'base-branch',
        description: 'Branch the pull request targets. Empty means the checked-out branch.',
        default: '',
    },
    { name: 'branch-prefix', description: 'Prefix of the branch made for each ticket.', default: 'autopilot/' },
    {
        name: 'commit-author',
        description: "Author and committer of Autopilot's commits, as `Name <email>` (e.g. a bot account your branch protection trusts). Empty: github-actions[bot]. The person who asked is credited with a Co-authored-by trailer either way.",
        default: '',
    },
    {
        name: 'commit-signing',
        description: "Create the commit through GitHub's API (Git Data: blobs, tree, commit, ref) instead of `git push`, so GitHub signs it as the token's identity and a branch protection that requires signed commits accepts it. Needs `contents: write`; the base commit must be on GitHub. The commit is by the token's account, so `commit-author` does not apply.",
        default: 'false',
    },
    {
        name: 'pr-labels',
        description: 'Comma-separated labels every Autopilot pull request gets (GitHub creates missing ones). Empty: none besides those the policy asks for.',
        default: 'autopilot',
    },
    {
        name: 'trigger-label',
        description: 'Label that starts a run when an issue is opened with it or it is added.',
        default: 'autopilot',
    },
    {
        name: 'trigger-phrase',
        description: 'Comment prefix that starts a run (on an issue) or a revision (on an Autopilot pull request).',
        default: '/autopilot',
    },
    {
        name: 'allowed-users',
        description: 'Comma-separated logins allowed to trigger runs from issues and comments without write access.',
        default: '',
    },
    {
        name: 'allowed-bots',
        description: 'Comma-separated bot logins allowed to trigger runs; other bots are refused.',
        default: '',
    },
    {
        name: 'reply-to-unauthorized',
        description: 'Reply on the issue when someone without permission tries to trigger a run.',
        default: 'true',
    },
    {
        name: 'progress-comment',
        description: 'Where to keep one comment updated with progress and the outcome: `auto` (the GitHub issue or PR the run is about, or the GitLab issue that is the ticket, else the Jira ticket), `github` or `gitlab` (only there; each is refused on the other code host), `jira`, or `none`.',
        default: 'auto',
    },
    {
        name: 'slack-webhook-url',
        description: 'Slack incoming webhook URL (from a Slack app with Incoming Webhooks, for one channel); Autopilot posts there what `notify-on` names. Keep it in a repository secret: the URL is the credential.',
        default: '',
        secret: true,
    },
    {
        name: 'slack-bot-token',
        description: 'Slack bot token (`xoxb-…`, scope `chat:write`), instead of `slack-webhook-url`: messages go to `slack-channel` through `chat.postMessage`.',
        default: '',
        secret: true,
    },
    {
        name: 'slack-channel',
        description: 'Channel ID (e.g. `C0123456789`) or name the bot posts to, with `slack-bot-token`; the bot must be a member of it.',
        default: '',
    },
    {
        name: 'teams-webhook-url',
        description: 'Microsoft Teams workflow webhook URL (the Workflows app\'s "Post to a channel when a webhook request is received"); Autopilot posts an Adaptive Card there. The URL is the credential: keep it in a secret.',
        default: '',
        secret: true,
    },
    {
        name: 'notify-on',
        description: 'What is posted to Slack and Teams, comma-separated: `pr` (a pull request opened or updated and awaiting review), `failure` (a run that failed), `backlog` (the nightly backlog digest). Empty: nothing.',
        default: 'pr,failure,backlog',
    },
    {
        name: 'fail-on-skip',
        description: 'Fail the step when the run is skipped (unsupported event, unauthorized actor, nothing to do) instead of ending green with `status=skipped:<reason>`.',
        default: 'false',
    },
    {
        name: 'backlog-query',
        description: 'Backlog for `plan-backlog` and `backlog`: `jql:<JQL>` (or plain JQL) for Jira, `label:<name>` for open GitHub issues with that label.',
        default: '',
    },
    { name: 'max-tickets', description: 'Most tickets one backlog run plans or runs.', default: '5' },
    {
        name: 'backlog-max-cost-usd',
        description: 'Dollars for a whole `backlog` run; a ticket starts only while `max-cost-usd` more still fits.',
        default: '25',
    },
    {
        name: 'backlog-max-minutes',
        description: "Minutes for a whole `backlog` run; keep the job's `timeout-minutes` above it.",
        default: '120',
    },
    { name: 'max-turns', description: 'Most model calls in one run (repair included).', default: '40' },
    { name: 'max-input-tokens', description: 'Most input tokens in one run.', default: '1500000' },
    { name: 'max-output-tokens', description: 'Most output tokens in one run.', default: '60000' },
    { name: 'max-cost-usd', description: 'Most dollars spent on the model in one run.', default: '5' },
    {
        name: 'max-minutes',
        description: 'Most wall-clock minutes from the first model call to the last (the validation between repair rounds counts).',
        default: '30',
    },
    {
        name: 'model-prices',
        description: 'JSON object of model prices in USD per million tokens, merged over the built-in table: `{"<model>": {"input": 3, "output": 15, "cacheWrite": 3.75, "cacheRead": 0.3}}`.',
        default: '',
    },
    {
        name: 'output-dir',
        description: 'Where the audit bundle, patch and PR body are written. Empty means `$RUNNER_TEMP/autopilot`.',
        default: '',
    },
    {
        name: 'upload-artifact',
        description: 'Upload the audit bundle as a workflow artifact.',
        default: 'true',
    },
    {
        name: 'artifact-retention-days',
        description: 'Days to keep the audit artifact (0: the repository default).',
        default: '0',
    },
    {
        name: 'audit-fallback',
        description: 'Where the audit bundle goes when it cannot be uploaded as a workflow artifact (GitHub Enterprise Server, where `@actions/artifact` does not work): `branch` (a commit on the `autopilot-audit` branch, one folder per run), `release` (a zip asset of a draft release) or `none` (it stays on the runner, the summary says so). Both need `contents: write`; outputs `audit-upload` and `artifact-url` say where it went.',
        default: 'none',
    },
];
const OUTPUTS = [
    { name: 'status', description: statusOutputDescription() },
    { name: 'pr-url', description: 'URL of the pull request, when one was opened or updated.' },
    { name: 'pr-number', description: 'Number of the pull request, when one was opened or updated.' },
    { name: 'branch', description: 'Branch holding the change.' },
    {
        name: 'verdict',
        description: 'What became of the change: `ready` (a PR ready for review), `draft` (a draft PR; the summary says why), `blocked` (nothing pushed) or `validation-failed`. In a dry run, what the real run would have done. Empty when no change was made.',
    },
    {
        name: 'draft',
        description: '`true` when the pull request is (or in a dry run would be) a draft, `false` when it is ready for review. Empty when no change was made.',
    },
    {
        name: 'validation',
        description: "The last validation round's result: `passed`, `failed`, or `not-run` (the run ended before dbt checked a change).",
    },
    {
        name: 'breaking',
        description: 'How many breaking contract findings the change has (removed or retyped columns, narrowed access...). Empty when impact was not assessed.',
    },
    { name: 'changed-models', description: 'JSON array of the dbt models the change touched.' },
    {
        name: 'commit-sha',
        description: "SHA of Autopilot's commit (pushed, or in a dry run local only). Empty when nothing was committed.",
    },
    {
        name: 'ticket',
        description: 'Key of the ticket the run worked on (`DATA-123`, `#42`). Empty when none was read.',
    },
    {
        name: 'matrix',
        description: 'With `mode: plan-backlog`: JSON `{"include":[{"ticket":"DATA-1"}]}` for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`.',
    },
    {
        name: 'count',
        description: "With `mode: plan-backlog`: how many tickets were planned; guard the fan-out job with `if: needs.plan.outputs.count != '0'`.",
    },
    { name: 'cost-usd', description: 'Dollars spent on the model, to four decimals.' },
    {
        name: 'audit-dir',
        description: 'Folder holding the audit bundle (`run.json`, `events.jsonl`, patch, PR body).',
    },
    {
        name: 'audit-hash',
        description: "Final hash of the audit bundle's chain (also in the log and the summary): `npx dbt-autopilot verify-audit <dir> --expect <hash>` proves a downloaded bundle is the one this run wrote.",
    },
    {
        name: 'artifact-url',
        description: 'URL of the uploaded audit bundle: the workflow artifact, or where `audit-fallback` put it. Empty when it was not uploaded.',
    },
    {
        name: 'audit-upload',
        description: 'Where the audit bundle was uploaded: `artifact`, `branch` or `release` (see `audit-fallback`). Empty when it stayed on the runner.',
    },
];


/***/ })

};
