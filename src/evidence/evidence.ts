/** What the data looks like after the change, next to the base: the `evidence` stage of the run record. */

/** How far the evidence goes; each cut is said in the report, never silent. */
export interface EvidenceLimits {
  /** Changed models compared at most. */
  models: number
  /** Columns profiled per model at most (added, retyped and named in the changed SQL first). */
  columns: number
  /** Changed rows shown per model at most. */
  sampleRows: number
}

export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = { models: 5, columns: 12, sampleRows: 5 }

/**
 * What a changed model is compared with. `production`: the relation the production manifest names (when
 * deferring). `base-sql`: the base version of the model's SQL, run over the relations the change's build
 * made (no production to read, and the base model itself was never built). `none`: nothing, with why.
 */
export type BaseSide =
  { kind: 'production'; relation: string } | { kind: 'base-sql' } | { kind: 'none'; reason: string }

/** One column's figures on one side. */
export interface ColumnStats {
  nulls: number
  /** Absent for types that cannot be counted distinct across adapters (structs, JSON, arrays). */
  distinct?: number
  /** As text; absent when the column has no order (booleans, structs) or no value. */
  min?: string
  max?: string
}

export type ColumnStatus = 'added' | 'removed' | 'retyped' | 'kept'

export interface ColumnEvidence {
  name: string
  status: ColumnStatus
  baseType?: string
  newType?: string
  /** Absent for a removed column (not profiled) and on a side the column is not on. */
  base?: ColumnStats
  new?: ColumnStats
}

export interface ChangedValue {
  column: string
  base: string | null
  new: string | null
}

export interface ChangedRow {
  /** The primary key's values, in key order. */
  key: (string | null)[]
  changes: ChangedValue[]
}

/** Rows whose key is on both sides and whose compared values differ. */
export interface ChangedRowsSample {
  key: string[]
  /** Every changed row the query found (the sample shows at most `limits.sampleRows`). */
  changedRows: number
  rows: ChangedRow[]
  /** Columns compared (the profiled ones on both sides). */
  compared: string[]
}

export interface ModelEvidence {
  id: string
  name: string
  /** The relation the change's build wrote. */
  relation: string
  base: BaseSide
  /** Absent when this model's query failed (`error`). */
  rows?: { base?: number; new: number }
  /** Profiled columns, then removed ones. */
  columns: ColumnEvidence[]
  /** Columns of the new relation left unprofiled by `limits.columns`. */
  unprofiledColumns: number
  primaryKey?: string[]
  sample?: ChangedRowsSample
  /** Why the sample was not taken although a primary key is declared. */
  sampleSkipped?: string
  /** What the comparison cannot see (a parent the change also modified, read in its new version). */
  notes: string[]
  /** dbt's error for this model (the query did not run); the other models are unaffected. */
  error?: string
}

export interface EvidenceStage {
  /** `partial`: some models have no evidence (an error, or the time budget ran out before them). */
  status: 'gathered' | 'partial' | 'not-gathered'
  /** Why no or not all evidence was gathered, in one line. */
  reason?: string
  models: ModelEvidence[]
  limits: EvidenceLimits
  /** Changed, built models beyond `limits.models`, by name. */
  modelsNotCompared: string[]
  /** Models the time budget left out, by name. */
  modelsOutOfTime: string[]
  /** `dbt show` processes started. */
  launches: number
}
