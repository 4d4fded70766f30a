import type { PatchedFile } from './reference-patch.js'

/** What the task expects of a correct change, derived from its reference patch and check command. */
export interface Expectation {
  /** The files the reference changes (empty without a reference). */
  files: PatchedFile[]
  /** The models the reference changes, as dbt names them. */
  models: string[]
  hasCheck: boolean
}

export interface CheckRun {
  exitCode: number
  /** The tail of what the command printed, for the reason of a failure. */
  output: string
}

/** What the replayed run did, read off its record. */
export interface RunFacts {
  status: string
  statusMessage: string
  failed: boolean
  changedFiles: readonly string[]
  changedModels: readonly string[]
  /** The last validation round's verdict; absent when none ran. */
  validation?: { round: number; ok: boolean }
  /** The check command's result; a string says why it did not run. */
  check?: CheckRun | string
}

export type CriterionName = 'change' | 'outcome' | 'validation' | 'files' | 'models' | 'check'

export interface Criterion {
  name: CriterionName
  passed: boolean
  detail: string
}

export interface Score {
  passed: boolean
  criteria: Criterion[]
}

/**
 * A task passes when every criterion does: the run changed something (no change never passes, whatever
 * else holds), did not fail, dbt built and tested its result green, it changed every file and model the
 * reference changes, and the check command exited 0.
 */
export function scoreTask(expectation: Expectation, run: RunFacts): Score {
  const criteria: Criterion[] = [
    run.changedFiles.length > 0
      ? { name: 'change', passed: true, detail: `changed ${run.changedFiles.length} file(s)` }
      : { name: 'change', passed: false, detail: 'no change: the run changed no file' },
    run.failed
      ? { name: 'outcome', passed: false, detail: `the run ended ${run.status}: ${run.statusMessage}` }
      : { name: 'outcome', passed: true, detail: `the run ended ${run.status}` },
    validationCriterion(run.validation),
  ]
  if (expectation.files.length > 0) {
    const changed = new Set(run.changedFiles)
    const missing = expectation.files.filter((file) => !changed.has(file.path))
    criteria.push(
      missing.length === 0
        ? {
            name: 'files',
            passed: true,
            detail: `changed all ${expectation.files.length} file(s) the reference does`,
          }
        : {
            name: 'files',
            passed: false,
            detail: `did not change ${missing.map((file) => `${file.path} (${file.change} in the reference)`).join(', ')}`,
          },
    )
  }
  if (expectation.models.length > 0) {
    const changed = new Set(run.changedModels)
    const missing = expectation.models.filter((model) => !changed.has(model))
    criteria.push(
      missing.length === 0
        ? { name: 'models', passed: true, detail: `changed model(s) ${expectation.models.join(', ')}` }
        : { name: 'models', passed: false, detail: `did not change model(s) ${missing.join(', ')}` },
    )
  }
  if (expectation.hasCheck) criteria.push(checkCriterion(run.check))
  return { passed: criteria.every((criterion) => criterion.passed), criteria }
}

function validationCriterion(validation: RunFacts['validation']): Criterion {
  if (!validation) return { name: 'validation', passed: false, detail: 'dbt never validated a change' }
  return validation.ok
    ? {
        name: 'validation',
        passed: true,
        detail: `dbt built and tested the result green (round ${validation.round})`,
      }
    : {
        name: 'validation',
        passed: false,
        detail: `validation failed in its last round (${validation.round})`,
      }
}

function checkCriterion(check: RunFacts['check']): Criterion {
  if (check === undefined) return { name: 'check', passed: false, detail: 'the check command did not run' }
  if (typeof check === 'string')
    return { name: 'check', passed: false, detail: `the check command did not run: ${check}` }
  if (check.exitCode === 0) return { name: 'check', passed: true, detail: 'the check command exited 0' }
  const tail = check.output.trim().split('\n').slice(-3).join(' | ')
  return {
    name: 'check',
    passed: false,
    detail: `the check command exited ${check.exitCode}${tail ? `: ${tail}` : ''}`,
  }
}
