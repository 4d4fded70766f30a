import { z } from 'zod'
import type { DbtShowInvocation, DbtShowRunner } from '../adapters/dbt/dbt-cli.js'
import type { EvidenceTarget } from '../evidence/evidence-targets.js'
import { lowerKeys, parseProfile, parseProfileColumns } from '../evidence/profile-rows.js'
import { profileQuery } from '../evidence/profile-sql.js'
import type { TimeBudget } from '../shared/time-budget.js'
import { checksQuery, type OrphansCheck, type RefName, type ValuesCheck } from './probe-sql.js'
import {
  expectedRowsQuery,
  ROWS_MESSAGE,
  sampleRowsQuery,
  type GivenInput,
  type GivenRelation,
} from './unit-test-sql.js'

/** A changed model's relation after the change: its columns with their figures. */
export interface ModelProfile {
  rows: number
  columns: Array<{ name: string; type: string; nulls?: number; distinct?: number }>
}

export interface CheckResults {
  /** Per `values` check, in order: the values found (at most the limit plus one). */
  values: string[][]
  /** Per `orphans` check, in order: values without a parent row, or why it could not be checked. */
  orphans: Array<{ count: number } | { missing: string }>
}

/** What the test strategy asks of the data; `dbt show` in the validation sandbox in production. */
export interface DataProbe {
  readonly launches: number
  profile(target: ProbeModel): Promise<ModelProfile>
  check(
    target: ProbeModel,
    values: readonly ValuesCheck[],
    orphans: readonly OrphansCheck[],
  ): Promise<CheckResults>
  /** A parent's first rows (at most `limit`) with its columns: a unit test's given rows. */
  sample(input: GivenInput, limit: number): Promise<RowsRead>
  /** The model's output (at most `limit` rows) on exactly the given rows: a unit test's expected rows. */
  output(rawCode: string, given: readonly GivenRelation[], limit: number): Promise<RowsRead>
}

/** Rows as dbt's preview had them, one value per column in the columns' order. */
export interface RowsRead {
  columns: Array<{ name: string; type: string }>
  rows: unknown[][]
  /** Parents whose relation the model's rendered SQL does not name (`output` only). */
  unread: string[]
}

export interface ProbeModel extends RefName {
  id: string
  relationName: string
}

/** Columns profiled at most per model: every column the coverage counts. */
export const MAX_PROFILED_COLUMNS = 60
/** Distinct values fetched per column at most; more means it is not low-cardinality. */
export const MAX_ACCEPTED_VALUES = 10

const RowsMessageSchema = z.object({
  columns: z.array(z.tuple([z.string(), z.string()])),
  unread: z.array(z.string()),
})

const CheckRowSchema = z.looseObject({
  ap_kind: z.enum(['v', 'o', 'missing']),
  ap_index: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
  ap_value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  ap_count: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
})

export class ProbeError extends Error {}

/** The data probe through `dbt show --inline`: the evidence's profile query, then one checks query. */
export class DbtDataProbe implements DataProbe {
  launches = 0

  constructor(
    private readonly dbt: DbtShowRunner,
    private readonly options: { targetPath: string; timeBudget?: TimeBudget },
  ) {}

  async profile(target: ProbeModel): Promise<ModelProfile> {
    const evidenceTarget: EvidenceTarget = {
      id: target.id,
      name: target.name,
      relation: { relationName: target.relationName, schema: '', identifier: target.name },
      base: { kind: 'none', reason: 'the test strategy reads the new relation only' },
      hints: [],
      notes: [],
    }
    const shown = await this.show(profileQuery(evidenceTarget, MAX_PROFILED_COLUMNS), 2)
    const columns = parseProfileColumns(shown.logged)
    const profile = parseProfile(columns, shown.rows ?? [])
    const types = new Map(columns.new.map(([name, type]) => [name, type]))
    return {
      rows: profile.rows.new,
      columns: profile.columns.map((column) => ({
        name: column.name,
        type: types.get(column.name) ?? column.newType ?? '',
        ...(column.new ? { nulls: column.new.nulls } : {}),
        ...(column.new?.distinct !== undefined ? { distinct: column.new.distinct } : {}),
      })),
    }
  }

  async check(
    target: ProbeModel,
    values: readonly ValuesCheck[],
    orphans: readonly OrphansCheck[],
  ): Promise<CheckResults> {
    const limit = values.length * (MAX_ACCEPTED_VALUES + 1) + orphans.length
    const shown = await this.show(checksQuery(target, values, orphans), limit)
    const results: CheckResults = {
      values: values.map(() => []),
      orphans: orphans.map(() => ({ missing: 'dbt show returned no row for it' })),
    }
    for (const row of shown.rows ?? []) {
      const parsed = CheckRowSchema.safeParse(lowerKeys(row))
      if (!parsed.success) throw new ProbeError(`unexpected check row: ${parsed.error.message}`)
      const { ap_kind: kind, ap_index: index, ap_value: value, ap_count: count } = parsed.data
      if (kind === 'v') results.values[index]?.push(String(value))
      else if (index < orphans.length)
        results.orphans[index] = kind === 'o' ? { count } : { missing: String(value) }
    }
    for (const found of results.values) found.sort()
    return results
  }

  sample(input: GivenInput, limit: number): Promise<RowsRead> {
    return this.rows(sampleRowsQuery(input), limit)
  }

  output(rawCode: string, given: readonly GivenRelation[], limit: number): Promise<RowsRead> {
    return this.rows(expectedRowsQuery(rawCode, given), limit)
  }

  private async rows(query: string, limit: number): Promise<RowsRead> {
    const shown = await this.show(query, limit)
    const message = shown.logged.find((line) => line.startsWith(ROWS_MESSAGE))
    let json: unknown
    try {
      json = JSON.parse(message?.slice(ROWS_MESSAGE.length) ?? '')
    } catch {
      throw new ProbeError('the rows query logged no columns')
    }
    const meta = RowsMessageSchema.safeParse(json)
    if (!meta.success) throw new ProbeError(`unexpected columns: ${meta.error.message}`)
    const columns = meta.data.columns.map(([name, type]) => ({ name, type }))
    const rows = shown.rows.map((row) => {
      const byName = lowerKeys(row)
      return columns.map((column) => byName[column.name.toLowerCase()] ?? null)
    })
    return { columns, rows, unread: meta.data.unread }
  }

  private async show(query: string, limit: number): Promise<DbtShowInvocation & { rows: unknown[] }> {
    this.launches++
    const shown = await this.dbt.show(query, {
      limit,
      targetPath: this.options.targetPath,
      ...(this.options.timeBudget ? { timeBudget: this.options.timeBudget } : {}),
    })
    if (shown.exitCode !== 0 || !shown.rows) {
      const detail = shown.timedOut ? 'dbt show ran out of time' : shown.errors.join('\n').trim()
      throw new ProbeError(detail.slice(0, 500) || `dbt show exited with code ${shown.exitCode}`)
    }
    return { ...shown, rows: shown.rows }
  }
}
