import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml'
import type { ProposedTest, ProposedUnitTest, UnitTestRow } from './test-strategy.js'

export class PropertiesEditError extends Error {}

/**
 * The properties YAML with the tests added under the model's columns (`data_tests:`, or `tests:` where the
 * column already uses that key), comments and layout of the rest kept. `text` null means a new file.
 * Generic test arguments go under `arguments:`, as dbt 1.10+ reads them.
 */
export function addTestsToProperties(
  text: string | null,
  model: string,
  tests: readonly ProposedTest[],
): string {
  const { doc, top } = propertiesDocument(text)
  const models = seqAt(doc, top, 'models')
  const entry = models.items.find((item) => isMap(item) && scalarOf(item.get('name', true)) === model)
  const modelMap = isMap(entry)
    ? entry
    : (models.add(doc.createNode({ name: model })), models.items.at(-1) as YAMLMap)
  if (modelMap.has('versions'))
    throw new PropertiesEditError(`\`${model}\` is versioned: its tests belong to each version`)
  // New lists follow the file's own spelling: `tests:` where it uses only that (older dbt), else `data_tests:`.
  const fileKey =
    /^\s*tests:/m.test(text ?? '') && !/^\s*data_tests:/m.test(text ?? '') ? 'tests' : 'data_tests'
  const columns = seqAt(doc, modelMap, 'columns')
  for (const test of tests) {
    const found = columns.items.find(
      (item) => isMap(item) && scalarOf(item.get('name', true))?.toLowerCase() === test.column.toLowerCase(),
    )
    const column = isMap(found)
      ? found
      : (columns.add(doc.createNode({ name: test.column })), columns.items.at(-1) as YAMLMap)
    const key = column.has('data_tests') ? 'data_tests' : column.has('tests') ? 'tests' : fileKey
    seqAt(doc, column, key).add(doc.createNode(testEntry(test)))
  }
  return doc.toString({ lineWidth: 0 })
}

/**
 * The properties YAML with the unit test appended to its top-level `unit_tests:` (beside `models:`), comments
 * and layout of the rest kept. Each fixture row is one flow mapping; text values are double-quoted so dbt's
 * YAML 1.1 reads `2026-01-03` or `yes` as the text they were, not a date or a boolean.
 */
export function addUnitTestToProperties(text: string | null, test: ProposedUnitTest): string {
  const { doc, top } = propertiesDocument(text)
  const unitTests = seqAt(doc, top, 'unit_tests')
  const taken = unitTests.items.some(
    (item) =>
      isMap(item) &&
      scalarOf(item.get('name', true)) === test.name &&
      scalarOf(item.get('model', true)) === test.model,
  )
  if (taken) throw new PropertiesEditError(`\`${test.model}\` already has a unit test named \`${test.name}\``)
  const entry = doc.createNode({
    name: test.name,
    model: test.model,
    description:
      'Pins the behaviour the change introduced, on rows sampled from its parents (proposed by Autopilot: check the expected rows).',
  }) as YAMLMap
  const given = doc.createNode([]) as YAMLSeq
  for (const input of test.given) {
    const item = doc.createNode({ input: input.input }) as YAMLMap
    item.set('rows', rowsNode(doc, input.rows))
    given.add(item)
  }
  entry.set('given', given)
  const expect = doc.createNode({}) as YAMLMap
  expect.set('rows', rowsNode(doc, test.expect))
  entry.set('expect', expect)
  unitTests.add(entry)
  return doc.toString({ lineWidth: 0 })
}

function rowsNode(doc: Document, rows: readonly UnitTestRow[]): YAMLSeq {
  const seq = doc.createNode([]) as YAMLSeq
  for (const row of rows) {
    const map = new YAMLMap()
    map.flow = true
    for (const [column, value] of Object.entries(row)) {
      const scalar = new Scalar(value)
      if (typeof value === 'string') scalar.type = Scalar.QUOTE_DOUBLE
      map.set(doc.createNode(column), scalar)
    }
    seq.add(map)
  }
  return seq
}

function testEntry(test: ProposedTest): unknown {
  switch (test.test) {
    case 'unique':
    case 'not_null':
      return test.test
    case 'relationships':
      return { relationships: { arguments: { to: `ref('${test.to!.model}')`, field: test.to!.field } } }
    case 'accepted_values':
      return { accepted_values: { arguments: { values: test.values ?? [] } } }
  }
}

function seqAt(doc: Document, map: YAMLMap, key: string): YAMLSeq {
  const value = map.get(key, true)
  if (isSeq(value)) return value
  if (value !== undefined && !(isScalar(value) && value.value === null))
    throw new PropertiesEditError(`\`${key}\` is not a list`)
  const seq = doc.createNode([]) as YAMLSeq
  map.set(key, seq)
  return seq
}

function scalarOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

/** The file as a YAML document whose top is a mapping (`version: 2` for a new file). */
function propertiesDocument(text: string | null): { doc: Document; top: YAMLMap } {
  const doc = parseDocument(text ?? 'version: 2\n')
  if (doc.errors.length > 0)
    throw new PropertiesEditError(`the file is not valid YAML: ${doc.errors[0]!.message}`)
  if (doc.contents === null) doc.contents = doc.createNode({ version: 2 }) as unknown as typeof doc.contents
  if (!isMap(doc.contents)) throw new PropertiesEditError('the file is not a YAML mapping')
  return { doc, top: doc.contents }
}
