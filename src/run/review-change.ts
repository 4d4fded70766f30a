import path from 'node:path'
import type { AgentSession } from '../agent/agent-session.js'
import type { BudgetTracker } from '../agent/budget.js'
import type { LanguageModel } from '../agent/language-model.js'
import type { Workspace } from '../agent/workspace.js'
import type { Settings } from '../config/settings.js'
import { checkChangedSql, type SqlCheckReport } from '../optimize/optimize-sql.js'
import type { SqlShapeReader } from '../optimize/sql-shape.js'
import { diffFile, type FileDiff } from '../review/diff-lines.js'
import { reviewWithModel, type ReviewResult } from '../review/model-review.js'
import { placeFindings, type PlacedFinding } from '../review/place-findings.js'
import type { ReviewFinding } from '../review/review-finding.js'
import { renderRework } from '../review/rework-prompt.js'
import type { Log } from '../shared/log.js'
import type { Redactor } from '../shared/redact.js'
import type { ChangeValidator } from '../validate/validation.js'
import { makeValidatedChange, type ValidatedChange } from './change-loop.js'
import type { ProjectState, Task } from './make-change.js'
import type { RunRecord } from './run-record.js'

/** The review stage's record: what the static checks and the review model said, and where the PR shows it. */
export interface ReviewStage {
  /** `not-run` with `reason` when the review model was not asked (off, validation failed, budget, API). */
  model: { status: 'reviewed'; by: string; summary: string } | { status: 'not-run'; reason: string }
  sqlChecks?: Omit<SqlCheckReport, 'findings'>
  /** The one extra agent round, when blocking findings (or an optimization ticket) asked for it. */
  rework?: { blocking: number; optimizations: number; validationOk: boolean }
  /** Repository-relative paths; on the PR's lines or in its body. */
  findings: PlacedFinding[]
  /** The review posted on the pull request with the line findings, or why it was not. */
  posted?: { comments: number; url?: string; error?: string }
}

export interface ReviewChangeInput {
  settings: Settings
  task: Task
  project: ProjectState
  change: ValidatedChange
  session: AgentSession
  workspace: Workspace
  validator: ChangeValidator
  /** The review model (`review-model`, else `model`); the rework round stays with the agent's session. */
  model: LanguageModel
  budget: BudgetTracker
  sqlShapes?: SqlShapeReader | undefined
  /** The checkout's root, for repository-relative paths; the workspace root when absent. */
  repoDir?: string
  log: Log
  record: RunRecord
  redact: Redactor
}

/** The most of the project's guidance the reviewer reads, in characters. */
const MAX_CONVENTION_CHARS = 8_000

/**
 * The review pass after a passing validation: the static SQL checks on the changed models, then (with
 * `review`) one model call on the final diff against the ticket, its acceptance criteria and the
 * repository's conventions. Blocking findings, and on an optimization ticket the checks' findings, go back
 * to the agent for ONE more round, validated again; every other finding is placed on its PR line.
 */
export async function reviewChange(
  input: ReviewChangeInput,
): Promise<{ change: ValidatedChange; reworked: boolean }> {
  const { settings, log, record } = input
  let change = input.change
  const passed = change.validations.at(-1)?.ok === true
  const stage = await log.group('Review (SQL checks and review model)', async () => {
    const checks = await runSqlChecks(input, change)
    const diffs = await changeDiffs(input)
    const modelAnswer = !settings.review.model
      ? ({ ok: false, reason: '`review` is off' } as const)
      : !passed
        ? ({ ok: false, reason: 'validation did not pass, so there is nothing final to review' } as const)
        : await reviewWithModel(
            {
              ticket: input.task.ticket,
              spec: input.task.spec,
              diffs,
              staticFindings: checks?.findings ?? [],
              ...conventionsOf(input),
            },
            { model: input.model, budget: input.budget, record },
          )
    if (!modelAnswer.ok) log.info(`Review model not asked or no answer: ${modelAnswer.reason}`)
    const modelFindings: ReviewFinding[] = modelAnswer.ok
      ? modelAnswer.answer.findings.map((finding) => ({
          path: finding.file,
          ...(finding.line ? { line: finding.line } : {}),
          severity: finding.severity,
          text: input.redact(finding.text),
          by: 'review' as const,
        }))
      : []
    return { checks, diffs, modelAnswer, modelFindings }
  })
  const blocking = stage.modelFindings.filter((finding) => finding.severity === 'blocking')
  const optimizations = input.task.spec.kind === 'optimize' ? (stage.checks?.findings ?? []) : []
  let rework: ReviewStage['rework']
  let checks = stage.checks
  let diffs = stage.diffs
  if (passed && (blocking.length > 0 || optimizations.length > 0)) {
    log.info(
      `Review: ${blocking.length} blocking finding(s), ${optimizations.length} optimization(s) go back to the agent for one round.`,
    )
    change = await makeValidatedChange({
      session: input.session,
      workspace: input.workspace,
      validator: input.validator,
      repairRounds: 0,
      log,
      record,
      redact: input.redact,
      task: renderRework(blocking, optimizations),
      after: change,
      cause: 'review',
    })
    rework = {
      blocking: blocking.length,
      optimizations: optimizations.length,
      validationOk: change.validations.at(-1)?.ok === true,
    }
    // The lines moved: the checks and the diff are of the change as it now is.
    checks = await runSqlChecks(input, change)
    diffs = await changeDiffs(input)
  }
  record.stages.review = reviewRecord(input, {
    checks,
    diffs,
    modelAnswer: stage.modelAnswer,
    modelFindings: stage.modelFindings,
    blocking,
    rework,
  })
  return { change, reworked: rework !== undefined }
}

/** The stage's record: every finding placed (the blocking ones, already sent back, in the body), paths as the repository names them. */
function reviewRecord(
  input: ReviewChangeInput,
  result: {
    checks: SqlCheckReport | undefined
    diffs: FileDiff[]
    modelAnswer: ReviewResult
    modelFindings: ReviewFinding[]
    blocking: ReviewFinding[]
    rework: ReviewStage['rework']
  },
): ReviewStage {
  const { checks, diffs, modelAnswer, rework } = result
  const sent = new Set(result.blocking)
  const findings = [
    ...(checks?.findings ?? []),
    ...result.modelFindings.filter((finding) => !sent.has(finding)),
  ]
  const prefix = repositoryPrefix(input)
  const repoFinding = <T extends ReviewFinding>(finding: T): T => ({
    ...finding,
    path: `${prefix}${finding.path}`,
  })
  const placed = placeFindings(
    findings.map(repoFinding),
    diffs.map((diff) => ({ ...diff, path: `${prefix}${diff.path}` })),
  )
  const review: ReviewStage = {
    model: modelAnswer.ok
      ? {
          status: 'reviewed',
          by: modelAnswer.model,
          summary: input.redact(modelAnswer.answer.summary),
        }
      : { status: 'not-run', reason: modelAnswer.reason },
    ...(checks
      ? {
          sqlChecks: {
            checked: checks.checked.map((f) => `${prefix}${f}`),
            notChecked: checks.notChecked.map((n) => ({ ...n, file: `${prefix}${n.file}` })),
            ...(checks.notRun ? { notRun: checks.notRun } : {}),
          },
        }
      : {}),
    ...(rework ? { rework } : {}),
    findings: [
      ...placed,
      ...[...sent].map((finding) => ({ ...repoFinding(finding), placement: 'body' as const })),
    ],
  }
  return review
}

async function runSqlChecks(
  input: ReviewChangeInput,
  change: ValidatedChange,
): Promise<SqlCheckReport | undefined> {
  if (!input.sqlShapes || !change.graph) return undefined
  return checkChangedSql({
    reader: input.sqlShapes,
    graph: change.graph,
    layers: input.project.layers,
    root: input.project.layout.root,
    projectDir: input.project.dir,
    files: change.changedFiles,
  })
}

async function changeDiffs(input: ReviewChangeInput): Promise<FileDiff[]> {
  const decoder = new TextDecoder()
  return (await input.workspace.changes()).map((file) =>
    diffFile(
      file.path,
      file.old,
      file.content === null
        ? null
        : typeof file.content === 'string'
          ? file.content
          : decoder.decode(file.content),
    ),
  )
}

/**
 * The guidance the agent was given (read once, bounded, links out of the repository refused: see
 * `RepositoryConventions`), for the reviewer to judge the diff against.
 */
function conventionsOf(input: ReviewChangeInput): { conventions?: string } {
  const guidance = input.project.conventions?.guidance ?? []
  const joined = guidance.map((section) => `# ${section.source}\n${section.text}`).join('\n\n')
  return joined ? { conventions: input.redact(joined.slice(0, MAX_CONVENTION_CHARS)) } : {}
}

function repositoryPrefix(input: ReviewChangeInput): string {
  if (!input.repoDir) return ''
  const relative = path.relative(input.repoDir, input.project.layout.root).split(path.sep).join('/')
  return relative ? `${relative}/` : ''
}
