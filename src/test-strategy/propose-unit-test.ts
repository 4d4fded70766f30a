import { isRecord, str, type GraphNode, type ManifestGraph } from '../project/graph.js'
import type { DataProbe, RowsRead } from './data-probe.js'
import { unitTestCount } from './key-columns.js'
import {
  changedLinesOf,
  clockFunctionIn,
  identifiersIn,
  newLogicIn,
  selectsStar,
  type NewLogic,
} from './new-logic.js'
import type { ProposedUnitTest, UnitTestRow } from './test-strategy.js'
import {
  givenInputText,
  sqlLiteral,
  unwritableType,
  UnwritableValue,
  type CellValue,
  type GivenInput,
  type GivenRelation,
} from './unit-test-sql.js'

/** Rows sampled per parent at most. */
export const MAX_GIVEN_ROWS = 5
/** Direct parents a unit test gives at most: each is one `dbt show`. */
export const MAX_GIVEN_INPUTS = 4
/** Expected rows at most; more is not a fixture a reviewer can check. */
export const MAX_EXPECTED_ROWS = 20

const REF_KINDS = new Set(['model', 'seed', 'snapshot'])

export interface UnitTestCandidate {
  logic: NewLogic
  rawCode: string
  inputs: GivenInput[]
}

/**
 * Whether a changed model gets a unit test proposed (rule `new-logic`), from its manifest entry alone:
 * new logic on the lines the change wrote (`newLogicIn`), no unit test of its own yet, SQL that does not
 * read the clock, not incremental, not reading `this`, and direct parents a fixture can stand for (models,
 * seeds, snapshots by `ref`, sources by `source`; not ephemeral, not versioned; at most `MAX_GIVEN_INPUTS`).
 * `{ declined }` says why not.
 */
export function unitTestCandidate(
  graph: ManifestGraph,
  baseGraph: ManifestGraph | undefined,
  node: GraphNode,
): UnitTestCandidate | { declined: string } {
  const rawCode = str(node.raw.raw_code)
  if (rawCode === undefined || str(node.raw.language) === 'python')
    return { declined: 'it is not a SQL model' }
  const baseCode = str(baseGraph?.get(node.id)?.raw.raw_code)
  const logic = newLogicIn(rawCode, baseCode === undefined ? undefined : changedLinesOf(rawCode, baseCode))
  if (!logic) return { declined: 'no new logic on the lines the change wrote (renames, casts, joins only)' }
  const existing = unitTestCount(graph, node)
  if (existing > 0) return { declined: `it already has ${existing} unit test(s)` }
  if (node.materialized === 'incremental')
    return { declined: 'it is incremental: its logic depends on `is_incremental()` and the existing table' }
  if (/\{\{-?\s*this\b/.test(rawCode))
    return { declined: 'it reads `{{ this }}`, which a fixture cannot give' }
  const clock = clockFunctionIn(rawCode)
  if (clock)
    return { declined: `it reads the clock (\`${clock}\`): the expected rows would change with the day` }
  const dependsOn = isRecord(node.raw.depends_on) ? node.raw.depends_on.nodes : undefined
  const parents = Array.isArray(dependsOn) ? dependsOn.filter((id) => typeof id === 'string') : []
  if (parents.length === 0) return { declined: 'it reads no model, seed or source' }
  if (parents.length > MAX_GIVEN_INPUTS)
    return { declined: `it reads ${parents.length} relations (more than ${MAX_GIVEN_INPUTS})` }
  const inputs: GivenInput[] = []
  for (const id of parents) {
    const parent = graph.get(id)
    const input = parent ? givenInputOf(parent) : `\`${id}\` is not in the manifest`
    if (typeof input === 'string') return { declined: `its parent ${input}` }
    inputs.push(input)
  }
  return { logic, rawCode, inputs }
}

function givenInputOf(parent: GraphNode): GivenInput | string {
  const name = `\`${parent.name}\``
  if (parent.kind === 'source') {
    const sourceName = str(parent.raw.source_name)
    return sourceName ? { kind: 'source', sourceName, name: parent.name } : `${name} has no source name`
  }
  if (!REF_KINDS.has(parent.kind)) return `${name} is a ${parent.kind}, which a fixture cannot give`
  if (parent.version !== undefined) return `${name} is versioned`
  if (parent.materialized === 'ephemeral' || !str(parent.raw.relation_name))
    return `${name} is ephemeral (its fixture would need \`format: sql\`)`
  return { kind: 'ref', packageName: parent.packageName, name: parent.name }
}

/**
 * The unit test for a candidate: `MAX_GIVEN_ROWS` rows sampled from each parent (only the columns the SQL
 * names, unless it selects `*`), then the model's output on exactly those rows as the expected rows.
 * `{ declined }` when a parent cannot be read, a value or type cannot be written, or the output is empty,
 * too long or not computed from the given rows.
 */
export async function proposeUnitTest(
  probe: DataProbe,
  node: GraphNode,
  candidate: UnitTestCandidate,
): Promise<{ test: ProposedUnitTest } | { declined: string }> {
  const used = selectsStar(candidate.rawCode) ? undefined : identifiersIn(candidate.rawCode)
  const given: GivenRelation[] = []
  for (const input of candidate.inputs) {
    let read: RowsRead
    try {
      read = await probe.sample(input, MAX_GIVEN_ROWS)
    } catch (error) {
      return { declined: `its parent \`${input.name}\` could not be read: ${message(error)}` }
    }
    const relation = givenRelation(input, read, used)
    if (typeof relation === 'string') return { declined: relation }
    given.push(relation)
  }
  let output: RowsRead
  try {
    output = await probe.output(candidate.rawCode, given, MAX_EXPECTED_ROWS + 1)
  } catch (error) {
    return { declined: `its output on the sampled rows could not be computed: ${message(error)}` }
  }
  if (output.unread.length > 0)
    return {
      declined: `its SQL does not read ${output.unread.map((name) => `\`${name}\``).join(', ')} by ref or source`,
    }
  if (output.rows.length === 0)
    return { declined: 'the sampled rows give no output row (their keys do not meet)' }
  if (output.rows.length > MAX_EXPECTED_ROWS)
    return { declined: `the sampled rows give more than ${MAX_EXPECTED_ROWS} output rows` }
  const expected = writableRows(output, 'its output')
  if (typeof expected === 'string') return { declined: expected }
  const givenRows = given.reduce((sum, relation) => sum + relation.rows.length, 0)
  return {
    test: {
      modelId: node.id,
      model: node.name,
      name: `${node.name}_new_logic`,
      rule: 'new-logic',
      because: `${candidate.logic.found.join(', ')} on line(s) ${candidate.logic.lines.join(', ')} of ${node.file}; ${givenRows} given row(s) from ${given.length} parent(s), ${expected.length} expected row(s)`,
      given: given.map((relation) => ({
        input: givenInputText(relation.input, node.packageName),
        rows: relation.rows.map((row) => rowOf(relation.columns, row)),
      })),
      expect: expected,
    },
  }
}

/** A parent's sample as given rows: the used columns (all when none is named), every value writable. */
function givenRelation(
  input: GivenInput,
  read: RowsRead,
  used: ReadonlySet<string> | undefined,
): GivenRelation | string {
  const named = used ? read.columns.filter((column) => used.has(column.name.toLowerCase())) : []
  const columns = named.length > 0 ? named : read.columns
  const picked = columns.map((column) => read.columns.indexOf(column))
  const narrowed: RowsRead = {
    columns,
    rows: read.rows.map((row) => picked.map((i) => row[i] ?? null)),
    unread: [],
  }
  const rows = writableValues(narrowed, `\`${input.name}\``)
  return typeof rows === 'string' ? rows : { input, columns, rows }
}

function writableRows(read: RowsRead, what: string): UnitTestRow[] | string {
  const rows = writableValues(read, what)
  return typeof rows === 'string' ? rows : rows.map((row) => rowOf(read.columns, row))
}

/** The rows' values when each is a plain value its column's type can spell; else why not. */
function writableValues(read: RowsRead, what: string): CellValue[][] | string {
  for (const column of read.columns) {
    const why = unwritableType(column.type)
    if (why) return `column \`${column.name}\` of ${what}: ${why}`
  }
  const rows: CellValue[][] = []
  for (const row of read.rows) {
    const values: CellValue[] = []
    for (const [i, value] of row.entries()) {
      const column = read.columns[i]!
      if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
        return `column \`${column.name}\` of ${what} holds a nested value`
      try {
        sqlLiteral(value as CellValue, column.type)
      } catch (error) {
        if (error instanceof UnwritableValue) return `column \`${column.name}\` of ${what}: ${error.message}`
        throw error
      }
      values.push(value as CellValue)
    }
    rows.push(values)
  }
  return rows
}

function rowOf(columns: RowsRead['columns'], values: readonly CellValue[]): UnitTestRow {
  return Object.fromEntries(columns.map((column, i) => [column.name, values[i] ?? null]))
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error)
}
