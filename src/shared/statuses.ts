/**
 * Every status a run can end in, in one list: the `status` output, `docs/statuses.md` and the output's
 * description in action.yml are made from it. A status a run uses must be here (`RunStatus` is the set of
 * these keys, and `__tests__/shared/statuses.test.ts` scans the source for any that are not).
 */

export type StatusKind = 'success' | 'skipped' | 'failed'

export interface StatusEntry {
  kind: StatusKind
  /** What happened, or for a failure or skip, why. */
  cause: string
  /** What to do next; for a success, what a later step can use. */
  fix: string
}

export const STATUSES = {
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
    cause:
      'The classifier or the model could not go on without an answer from the reporter; the question was posted on the ticket.',
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
    cause:
      'A `/autopilot` comment on a pull request Autopilot did not open (another branch, a fork, no ticket marker).',
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
    cause:
      'An input, the policy file, the task rules or the runner set-up is invalid (the message names it).',
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
    cause:
      "The change wrote where it may not, ran forbidden SQL, or git's configuration changed during the run.",
    fix: 'Read the guard finding; allow the path in the policy if it is legitimate. Do not reuse a checkout whose git configuration changed.',
  },
  'failed:policy': {
    kind: 'failed',
    cause: "The repository's policy does not allow this kind of task.",
    fix: 'Change the ticket, or the policy in `policy-file`.',
  },
  'failed:validation': {
    kind: 'failed',
    cause:
      'dbt or sqlfluff still fails after the repair rounds (`on-validation-failure` is `fail` or `no-pr`).',
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
} as const satisfies Record<string, StatusEntry>

export type RunStatus = keyof typeof STATUSES
export type FailedStatus = Extract<RunStatus, `failed:${string}`>
export type SkippedStatus = Extract<RunStatus, `skipped:${string}`>

export function isKnownStatus(status: string): status is RunStatus {
  return Object.hasOwn(STATUSES, status)
}

/** The `status` output's description in action.yml and the README, listing every status. */
export function statusOutputDescription(): string {
  const of = (kind: StatusKind) =>
    Object.entries(STATUSES)
      .filter(([, entry]) => entry.kind === kind)
      .map(([status]) => `\`${status}\``)
      .join(', ')
  return `How the run ended. Success: ${of('success')}. Skipped: ${of('skipped')}. Failed (the step fails): ${of('failed')}. docs/statuses.md gives each one's cause and fix.`
}

/** docs/statuses.md; `npm run docs:statuses` writes it and a test keeps it equal to this. */
export function statusesDoc(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  const section = (kind: StatusKind, title: string, intro: string) => [
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
  ]
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
  ].join('\n')
}
