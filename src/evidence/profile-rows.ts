import { z } from 'zod'
import type { ChangedRow, ChangedRowsSample, ColumnEvidence, ColumnStats, ColumnStatus } from './evidence.js'
import { COLUMNS_MESSAGE, type SampleColumn } from './profile-sql.js'

// dbt's JSON preview of the evidence queries, read back into typed figures. Keys are lower-cased first:
// some adapters (Snowflake) return unquoted aliases upper-case.

const ColumnListSchema = z.array(z.tuple([z.string(), z.string()]))

/** What the profile query logged: every column of each side with its type, and the ones it profiled. */
export const ProfileColumnsSchema = z.object({
  new: ColumnListSchema,
  base: ColumnListSchema.nullable(),
  profiled: z.array(z.string()),
})
export type ProfileColumns = z.infer<typeof ProfileColumnsSchema>

/** A count as the adapter returns it: a number, or a numeric string for wide integer types. */
const Count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
const MaybeCount = Count.nullable().optional()
const MaybeText = z
  .union([z.string(), z.number(), z.boolean()])
  .nullable()
  .optional()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)))

const SideRowSchema = z.looseObject({ side: z.enum(['new', 'base']), row_count: Count })

export class EvidenceParseError extends Error {}

export function lowerKeys(row: unknown): Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return {}
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.toLowerCase(), value]))
}

/** The columns message among what the query's Jinja logged. */
export function parseProfileColumns(logged: readonly string[]): ProfileColumns {
  const message = logged.find((line) => line.startsWith(COLUMNS_MESSAGE))
  if (message === undefined) throw new EvidenceParseError('the profile query logged no columns')
  let json: unknown
  try {
    json = JSON.parse(message.slice(COLUMNS_MESSAGE.length))
  } catch {
    throw new EvidenceParseError('the profile query logged columns that are not JSON')
  }
  const parsed = ProfileColumnsSchema.safeParse(json)
  if (!parsed.success) throw new EvidenceParseError(`unexpected columns: ${parsed.error.message}`)
  return parsed.data
}

export interface ProfileResult {
  rows: { base?: number; new: number }
  columns: ColumnEvidence[]
  unprofiledColumns: number
}

/** The two side rows and the columns message as the model's profile: profiled columns, then removed ones. */
export function parseProfile(columns: ProfileColumns, rows: readonly unknown[]): ProfileResult {
  const sides = new Map<string, Record<string, unknown>>()
  for (const row of rows) {
    const lower = lowerKeys(row)
    const parsed = SideRowSchema.safeParse(lower)
    if (!parsed.success) throw new EvidenceParseError(`unexpected profile row: ${parsed.error.message}`)
    sides.set(parsed.data.side, { ...lower, row_count: parsed.data.row_count })
  }
  const next = sides.get('new')
  if (!next) throw new EvidenceParseError('the profile has no row for the new relation')
  const base = columns.base === null ? undefined : sides.get('base')
  if (columns.base !== null && !base) throw new EvidenceParseError('the profile has no row for the base')
  const baseTypes = new Map((columns.base ?? []).map(([name, type]) => [name.toLowerCase(), type]))
  const newTypes = new Map(columns.new.map(([name, type]) => [name.toLowerCase(), type]))
  const profiled = columns.profiled.map((name, i): ColumnEvidence => {
    const newType = newTypes.get(name.toLowerCase())
    const baseType = baseTypes.get(name.toLowerCase())
    const status: ColumnStatus =
      columns.base === null || baseType === undefined
        ? 'added'
        : baseType.toLowerCase() !== (newType ?? '').toLowerCase()
          ? 'retyped'
          : 'kept'
    const newStats = statsOf(next, i)
    const baseStats = base && baseType !== undefined ? statsOf(base, i) : undefined
    return {
      name,
      status,
      ...(baseType !== undefined ? { baseType } : {}),
      ...(newType !== undefined ? { newType } : {}),
      ...(baseStats ? { base: baseStats } : {}),
      ...(newStats ? { new: newStats } : {}),
    }
  })
  const removed = (columns.base ?? [])
    .filter(([name]) => !newTypes.has(name.toLowerCase()))
    .map(([name, baseType]): ColumnEvidence => ({ name, status: 'removed', baseType }))
  return {
    rows: {
      new: next.row_count as number,
      ...(base ? { base: base.row_count as number } : {}),
    },
    columns: [...profiled, ...removed],
    unprofiledColumns: Math.max(0, columns.new.length - columns.profiled.length),
  }
}

function statsOf(row: Record<string, unknown>, i: number): ColumnStats | undefined {
  const rows = row.row_count as number
  const nonNull = parseField(MaybeCount, row[`nn_${i}`])
  if (nonNull === null || nonNull === undefined) return undefined
  const distinct = parseField(MaybeCount, row[`d_${i}`])
  const min = parseField(MaybeText, row[`lo_${i}`])
  const max = parseField(MaybeText, row[`hi_${i}`])
  return {
    nulls: rows - nonNull,
    ...(distinct !== null && distinct !== undefined ? { distinct } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  }
}

function parseField<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new EvidenceParseError(`unexpected value ${JSON.stringify(value)}`)
  return parsed.data
}

/** The changed-rows query's rows: per row the key and the compared columns whose text differs. */
export function parseChangedRows(
  key: readonly SampleColumn[],
  compared: readonly SampleColumn[],
  rows: readonly unknown[],
  limit: number,
): ChangedRowsSample {
  const Nullable = z.union([z.string(), z.number(), z.boolean()]).nullable()
  const text = (value: unknown): string | null => {
    const parsed = parseField(Nullable.optional(), value)
    return parsed === null || parsed === undefined ? null : String(parsed)
  }
  let changedRows = 0
  const sample: ChangedRow[] = []
  for (const raw of rows) {
    const row = lowerKeys(raw)
    changedRows = Math.max(changedRows, parseField(Count, row.changed_rows))
    const changes = compared
      .map((column, i) => ({ column: column.new, base: text(row[`b_${i}`]), new: text(row[`n_${i}`]) }))
      .filter((change) => change.base !== change.new)
    sample.push({ key: key.map((_, i) => text(row[`k_${i}`])), changes })
  }
  sample.sort((a, b) => a.key.join('\u0000').localeCompare(b.key.join('\u0000')))
  return {
    key: key.map((column) => column.new),
    changedRows,
    rows: sample.slice(0, limit),
    compared: compared.map((column) => column.new),
  }
}
