import { jinjaString } from '../evidence/profile-sql.js'

/**
 * The `dbt show --inline` queries of a proposed unit test: the sample of one parent, and the model's output
 * on the given rows. Like the other probe queries, names and values enter only as escaped Jinja string
 * literals (a value holding `{{` stays text) and identifiers through `adapter.quote`.
 */

/** The prefix of the message both queries log with their columns (and the parents the SQL did not read). */
export const ROWS_MESSAGE = 'autopilot-rows:'

/** A direct parent as a unit test's `given` names it: a model, seed or snapshot by `ref`, a source by `source`. */
export type GivenInput =
  { kind: 'ref'; packageName: string; name: string } | { kind: 'source'; sourceName: string; name: string }

/** A value as dbt's JSON preview has it. */
export type CellValue = string | number | boolean | null

export interface GivenRelation {
  input: GivenInput
  /** The columns given, with the adapter's types, and the rows (one value per column, in order). */
  columns: Array<{ name: string; type: string }>
  rows: CellValue[][]
}

export class UnwritableValue extends Error {}

/** Types a fixture cannot spell as one literal: nested, binary, spatial, intervals. */
const UNWRITABLE_TYPE =
  /\[|struct|map|array|json|variant|object|geo|record|super|list|union|blob|binary|bytea|bytes|interval/i

/** Why values of this type cannot be written in a fixture; undefined when they can. */
export function unwritableType(type: string): string | undefined {
  return UNWRITABLE_TYPE.test(type) ? `its type ${type} has no plain literal` : undefined
}

/**
 * A value as a SQL literal of the column's type: `cast(<literal> as <type>)`, the literal a number, true or
 * false, null, or a string in single quotes with quotes doubled (dates and timestamps are strings in dbt's
 * preview). A backslash is refused: some warehouses read it as an escape in a string literal.
 */
export function sqlLiteral(value: CellValue, type: string): string {
  if (/[^\w ,()]/.test(type.replace(/"[^"]*"/g, '')))
    throw new UnwritableValue(`the type ${type} is not plain`)
  const cast = (literal: string) => `cast(${literal} as ${type})`
  if (value === null) return cast('null')
  if (typeof value === 'boolean') return cast(value ? 'true' : 'false')
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnwritableValue(`${value} has no literal`)
    return cast(String(value))
  }
  if (value.includes('\\'))
    throw new UnwritableValue('a text value holds a backslash, which warehouses quote differently')
  return cast(`'${value.replaceAll("'", "''")}'`)
}

const inputCall = (input: GivenInput) =>
  input.kind === 'ref'
    ? `ref(${jinjaString(input.packageName)}, ${jinjaString(input.name)})`
    : `source(${jinjaString(input.sourceName)}, ${jinjaString(input.name)})`

/** How the unit test's YAML names the input: `ref('x')` (in the model's own package), else with the package. */
export function givenInputText(input: GivenInput, modelPackage: string): string {
  if (input.kind === 'source') return `source('${input.sourceName}', '${input.name}')`
  return input.packageName === modelPackage
    ? `ref('${input.name}')`
    : `ref('${input.packageName}', '${input.name}')`
}

/**
 * A parent's first rows (dbt's `--limit`), ordered by the first column so the sample is the same each run
 * and keys of related parents tend to meet; its columns and types logged.
 */
export function sampleRowsQuery(input: GivenInput): string {
  return `{%- set ap_parent = ${inputCall(input)} -%}
{%- if execute -%}
{%- set ap_cols = adapter.get_column_schema_from_query("select * from " ~ ap_parent) -%}
{%- set ap_meta = {"columns": [], "unread": []} -%}
{%- for c in ap_cols -%}{%- do ap_meta["columns"].append([c.name, c.dtype]) -%}{%- endfor -%}
{%- do log(${jinjaString(ROWS_MESSAGE)} ~ tojson(ap_meta), info=true) -%}
select * from {{ ap_parent }} order by 1
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`
}

/**
 * The model's output on exactly the given rows: its raw code rendered here (its `ref()`s and `source()`s
 * resolve to the same relation names as in its build), each parent's relation name replaced by a CTE of
 * its given rows, the columns logged, and a parent whose relation the rendered SQL does not name logged
 * as `unread` (the SQL reads it some other way; the test would not pin anything).
 */
export function expectedRowsQuery(rawCode: string, given: readonly GivenRelation[]): string {
  const parents = given.map(
    (relation, i) => `{%- set ap_rel_${i} = ${inputCall(relation.input)} | string -%}`,
  )
  const ctes = given.map(
    (relation, i) => `${jinjaString(`ap_given_${i} as (\n`)} ~ ${givenSelect(relation)} ~ "\\n)"`,
  )
  const replaced = given.map((_, i) => `.replace(ap_rel_${i}, "ap_given_${i}")`).join('')
  const unread = given.map(
    (relation, i) =>
      `{%- if ap_rel_${i} not in ap_raw -%}{%- do ap_meta["unread"].append(${jinjaString(relation.input.name)}) -%}{%- endif -%}`,
  )
  return `${parents.join('\n')}
{%- set ap_raw -%}
${rawCode}
{%- endset -%}
{%- if execute -%}
{%- set ap_sql = ap_raw.strip().rstrip(";").strip()${replaced} -%}
{%- set ap_query = "with " ~ ${ctes.join(' ~ ",\\n" ~ ')} ~ "\\nselect * from (\\n" ~ ap_sql ~ "\\n) as ap_expected" -%}
{%- set ap_cols = adapter.get_column_schema_from_query(ap_query) -%}
{%- set ap_meta = {"columns": [], "unread": []} -%}
{%- for c in ap_cols -%}{%- do ap_meta["columns"].append([c.name, c.dtype]) -%}{%- endfor -%}
${unread.join('\n')}
{%- do log(${jinjaString(ROWS_MESSAGE)} ~ tojson(ap_meta), info=true) -%}
{{ ap_query }}
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`
}

/** One parent's rows as a SELECT of typed literals (`union all` per row); no row: one typed row filtered out. */
function givenSelect(relation: GivenRelation): string {
  const select = (values: readonly CellValue[] | undefined) =>
    relation.columns
      .map(
        (column, i) =>
          `${jinjaString(`${sqlLiteral(values?.[i] ?? null, column.type)} as `)} ~ adapter.quote(${jinjaString(column.name)})`,
      )
      .join(' ~ ", " ~ ')
  if (relation.rows.length === 0) return `"select " ~ ${select(undefined)} ~ " where 1 = 0"`
  return relation.rows.map((row) => `"select " ~ ${select(row)}`).join(' ~ "\\nunion all\\n" ~ ')
}
