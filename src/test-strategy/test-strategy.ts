import type { CellValue } from './unit-test-sql.js'

/** The test strategy stage: which tests the change's models should have, why, and what they cover. */

export type ProposedTestName = 'unique' | 'not_null' | 'relationships' | 'accepted_values'

/** Which rule proposed a test; the PR names it next to the test. */
export type TestRule =
  | 'key:constraint'
  | 'key:existing-test'
  | 'key:column-name'
  | 'lineage:parent-key'
  | 'data:low-cardinality'
  | 'new-logic'

export const RULE_WORDS: Record<TestRule, string> = {
  'key:constraint': 'key from a primary_key constraint',
  'key:existing-test': 'key from the tests it already has',
  'key:column-name': 'key by its name (no constraint or test declares one)',
  'lineage:parent-key': 'the key of a parent model',
  'data:low-cardinality': 'a status-like column with few distinct values (dbt show)',
  'new-logic': 'new logic in the change (a CASE, arithmetic, a function, a filter)',
}

export interface ProposedTest {
  /** The model's unique id and name. */
  modelId: string
  model: string
  column: string
  test: ProposedTestName
  /** `relationships`: the parent model and its key column; `accepted_values`: the values found. */
  to?: { model: string; field: string }
  values?: string[]
  rule: TestRule
  /** The figures behind it, in words ("0 nulls and 0 duplicates in 120 rows"). */
  because: string
}

/** A row of a unit test's fixture: column name to value. */
export type UnitTestRow = Record<string, CellValue>

/**
 * A dbt unit test pinning a model's new logic: rows sampled from each direct parent, and the model's output
 * on exactly those rows as the expected rows (its current behaviour, for the reviewer to check).
 */
export interface ProposedUnitTest {
  modelId: string
  model: string
  name: string
  rule: 'new-logic'
  /** Where the logic is and what the fixture holds, in words. */
  because: string
  /** Each input as the YAML names it (`ref('stg_accounts')`), with its rows. */
  given: Array<{ input: string; rows: UnitTestRow[] }>
  expect: UnitTestRow[]
}

/** A test a rule suggested that the data contradicts (or that cannot be written), with why. */
export interface DeclinedTest {
  model: string
  column: string
  test: ProposedTestName
  rule: TestRule
  reason: string
}

/** Columns with at least one data test out of the model's columns (the relation's, after the change). */
export interface ModelCoverage {
  model: string
  /** The model is new: it had no tests before. */
  added: boolean
  columns: number
  testedBefore: number
  testedAfter: number
  unitTestsBefore: number
  unitTestsAfter: number
}

export interface TestStrategyStage {
  status: 'added' | 'nothing-to-add' | 'not-run' | 'removed-after-failure'
  /** Why nothing was added or why the stage did not run. */
  reason?: string
  proposed: ProposedTest[]
  declined: DeclinedTest[]
  /** Unit tests for new logic (rule `new-logic`), at most one per model. */
  unitTests: ProposedUnitTest[]
  /** Models with new logic (or looked at for it) that got no unit test, with why. */
  unitTestsDeclined: Array<{ model: string; reason: string }>
  /** Root-relative properties files the tests were written to. */
  files: string[]
  /** The validation round that ran the change with its tests. */
  round?: number
  coverage: ModelCoverage[]
  /** Changed models not looked at (over the limit, versioned, not built), with why. */
  skipped: Array<{ model: string; reason: string }>
  /** dbt show launches. */
  launches: number
}
