import { describe, expect, it } from '@jest/globals'
import { scoreTask, type Expectation, type RunFacts } from '../../src/eval/score-task.js'

const expectation: Expectation = {
  files: [
    { path: 'transform/payments.sql', change: 'modified' },
    { path: 'transform/payments.yml', change: 'modified' },
  ],
  models: ['payments'],
  hasCheck: true,
}

const good: RunFacts = {
  status: 'dry-run',
  statusMessage: 'Dry run: nothing was pushed.',
  failed: false,
  changedFiles: ['transform/payments.sql', 'transform/payments.yml', 'transform/extra.sql'],
  changedModels: ['payments', 'extra'],
  validation: { round: 2, ok: true },
  check: { exitCode: 0, output: '' },
}

const failing = (facts: RunFacts) =>
  scoreTask(expectation, facts)
    .criteria.filter((criterion) => !criterion.passed)
    .map((criterion) => criterion.name)

describe('scoreTask', () => {
  it('passes a run that did all the reference does and more, validated, with its check green', () => {
    const score = scoreTask(expectation, good)
    expect(score.passed).toBe(true)
    expect(score.criteria.map((criterion) => criterion.name)).toEqual([
      'change',
      'outcome',
      'validation',
      'files',
      'models',
      'check',
    ])
  })

  it('never passes no change, even when the check command would', () => {
    const score = scoreTask(
      { files: [], models: [], hasCheck: true },
      { ...good, changedFiles: [], changedModels: [], validation: undefined },
    )
    expect(score.passed).toBe(false)
    expect(score.criteria.find((criterion) => criterion.name === 'change')?.detail).toMatch(/no change/)
  })

  it('names the reference files and models the run left alone', () => {
    const score = scoreTask(expectation, {
      ...good,
      changedFiles: ['transform/payments.yml'],
      changedModels: [],
    })
    expect(score.passed).toBe(false)
    const details = score.criteria
      .filter((criterion) => !criterion.passed)
      .map((criterion) => criterion.detail)
    expect(details).toEqual([
      'did not change transform/payments.sql (modified in the reference)',
      'did not change model(s) payments',
    ])
  })

  it('fails a run that failed or whose validation is red', () => {
    expect(failing({ ...good, status: 'failed:guard', statusMessage: 'wrote .git', failed: true })).toEqual([
      'outcome',
    ])
    expect(failing({ ...good, validation: { round: 3, ok: false } })).toEqual(['validation'])
    expect(failing({ ...good, validation: undefined })).toEqual(['validation'])
  })

  it('fails on a check that exited non-zero or did not run, with the end of its output', () => {
    const score = scoreTask(expectation, {
      ...good,
      check: { exitCode: 1, output: 'line 1\nline 2\nFAIL 1 assert_positive\nDone. PASS=3 ERROR=1' },
    })
    expect(score.criteria.at(-1)).toEqual({
      name: 'check',
      passed: false,
      detail: 'the check command exited 1: line 2 | FAIL 1 assert_positive | Done. PASS=3 ERROR=1',
    })
    expect(failing({ ...good, check: 'the run left no change to check' })).toEqual(['check'])
    expect(failing({ ...good, check: undefined })).toEqual(['check'])
  })
})
