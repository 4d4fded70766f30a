import type { AgentRunResult } from '../agent/agent-session.js'
import type { Settings } from '../config/settings.js'
import { overrideDraftReason, type Override } from '../guard/guard.js'
import type { ContractFinding } from '../impact/contracts.js'
import type { FailedStatus } from '../shared/run-status.js'
import type { Validation } from '../validate/validation.js'
import { roundsAfterChangeWords } from '../validate/round-cause.js'
import { NeedsClarification } from './needs-clarification.js'
import { RunStop } from './run-stop.js'

export type PublicationSettings = Pick<Settings, 'dryRun' | 'onValidationFailure' | 'onBreakingChange'>

/** The verdicts on the change the decision rests on. */
export interface ChangeVerdicts {
  /** The model's last round. */
  agent: AgentRunResult
  validations: readonly Validation[]
  /** Breaking contract findings that remain after any new-version round. */
  breaking: readonly ContractFinding[]
  /** Whether the model was already asked to keep the contract with a new model version. */
  askedForVersion: boolean
  /** Overrides of dbt built-ins, lint switches and seed formulas the policy does not allow. */
  overrides: readonly Override[]
}

/**
 * What becomes of a guarded change:
 * - `block`: nothing is committed; the run ends with `status`.
 * - `keep-local`: the commit is made locally only (the audit bundle carries the patch); the run ends with
 *   `status` (a dry run, or failed validation under `no-pr`).
 * - `pull-request`: push and open or update the PR, a draft when `draftReason` is set; `failValidation`
 *   ends the run `failed:validation` after the PR is up (`on-validation-failure: fail`).
 */
export type Publication =
  | { kind: 'block'; status: FailedStatus; message: string }
  | { kind: 'keep-local'; status: 'dry-run' | 'failed:validation'; message: string; draftReason?: string }
  | { kind: 'pull-request'; draftReason?: string; failValidation: boolean }

/** What the run does with the change, or in a dry run what the real run would have done. */
export type Verdict = 'ready' | 'draft' | 'blocked' | 'validation-failed'

export function verdictOf(publication: Publication): Verdict {
  if (publication.kind === 'block') return 'blocked'
  if (publication.kind === 'pull-request' && publication.failValidation) return 'validation-failed'
  if (publication.kind === 'keep-local' && publication.status === 'failed:validation')
    return 'validation-failed'
  return publication.draftReason === undefined ? 'ready' : 'draft'
}

/** The decision as the run record keeps it (`record.stages.decision`). */
export function decisionRecord(publication: Publication): { verdict: Verdict; draftReason?: string } {
  const draftReason = publication.kind === 'block' ? undefined : publication.draftReason
  return { verdict: verdictOf(publication), ...(draftReason ? { draftReason } : {}) }
}

/**
 * Decides draft, block, local commit or push from the change's verdicts, the policy and the settings. A dry
 * run decides as the real run would, then keeps the commit local and says what the real run would do. Pure.
 */
export function decidePublication(
  settings: PublicationSettings,
  input: ChangeVerdicts,
  policyDraftReasons: readonly string[],
): Publication {
  const real = realPublication(settings, input, policyDraftReasons)
  if (!settings.dryRun || real.kind !== 'pull-request') return real
  const draft = real.draftReason === undefined ? {} : { draftReason: real.draftReason }
  if (real.failValidation) {
    return {
      kind: 'keep-local',
      status: 'failed:validation',
      message:
        'Dry run: nothing was pushed. The real run would open a draft PR and end `failed:validation` (`on-validation-failure: fail`): validation still fails after repair. The patch and PR body are in the audit bundle.',
      ...draft,
    }
  }
  const would = real.draftReason === undefined ? 'a PR ready for review.' : `a draft PR: ${real.draftReason}`
  return {
    kind: 'keep-local',
    status: 'dry-run',
    message: `Dry run: nothing was pushed. The real run would open ${would} The patch and PR body are in the audit bundle.`,
    ...draft,
  }
}

function realPublication(
  settings: PublicationSettings,
  input: ChangeVerdicts,
  policyDraftReasons: readonly string[],
): Publication {
  if (input.breaking.length > 0 && settings.onBreakingChange === 'block') {
    return {
      kind: 'block',
      status: 'failed:breaking-change',
      message: `Nothing was pushed: the change breaks a contract and \`on-breaking-change\` is \`block\`. ${input.breaking.map((f) => `${f.message} ${f.action}`).join(' ')}`,
    }
  }
  const reasons = [...modelDraftReasons(input.agent, input.validations)]
  if (input.breaking.length > 0 && settings.onBreakingChange !== 'warn') {
    reasons.push(
      input.askedForVersion
        ? `The model was asked to keep the contract with a new model version, but the change still breaks ${input.breaking.length} contract rule(s); see the impact section.`
        : `The change breaks ${input.breaking.length} contract rule(s); see the impact section.`,
    )
  }
  const overridden = overrideDraftReason(input.overrides)
  if (overridden) reasons.push(overridden)
  reasons.push(...policyDraftReasons)
  const draftReason = reasons.join(' ') || undefined
  const draft = draftReason === undefined ? {} : { draftReason }
  const last = input.validations.at(-1)
  const validationFailed = last !== undefined && !last.ok
  if (validationFailed && settings.onValidationFailure === 'no-pr') {
    return {
      kind: 'keep-local',
      status: 'failed:validation',
      message:
        'Validation still fails after repair and `on-validation-failure` is `no-pr`: nothing was pushed; the patch is in the audit bundle (diff.patch).',
      ...draft,
    }
  }
  return {
    kind: 'pull-request',
    failValidation: validationFailed && settings.onValidationFailure === 'fail',
    ...draft,
  }
}

/** Why the model's own work makes the PR a draft: a limit hit, an unfinished answer, failing validation. */
function modelDraftReasons(agent: AgentRunResult, validations: readonly Validation[]): string[] {
  const reasons: string[] = []
  if (agent.outcome === 'budget')
    reasons.push(`The model stopped at a limit: ${agent.budget?.message ?? 'budget'}.`)
  if (agent.outcome === 'stopped')
    reasons.push(`The model stopped without finishing (${agent.stopReason ?? 'no reason given'}).`)
  const last = validations.at(-1)
  if (last && !last.ok) {
    reasons.push(
      `Validation still fails after ${roundsAfterChangeWords(validations)}; see the validation section.`,
    )
  }
  return reasons
}

/** The outcome of a run in which the model changed nothing; a question for the reporter is neutral. */
export function noChange(agent: AgentRunResult): RunStop | NeedsClarification {
  if (agent.question) return new NeedsClarification([agent.question], 'agent')
  if (agent.outcome === 'budget') {
    return new RunStop(
      'failed:budget',
      `Nothing to publish: ${agent.budget?.message ?? 'a budget ran out'} before any file changed.`,
    )
  }
  return new RunStop(
    'failed:no-change',
    `Nothing to publish: the model changed no file.${agent.summary ? ` It said: ${agent.summary}` : ''}`,
  )
}
