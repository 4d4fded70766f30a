import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DbtError } from '../../src/adapters/dbt/dbt-error.js'
import { loadManifestGraph } from '../../src/project/graph.js'
import { parseRunResults } from '../../src/validate/run-results.js'
import { LintToolError, parseSqlfluffReport } from '../../src/adapters/dbt/sqlfluff-linter.js'
import { FUZZ_RUNS } from './fuzz-bounds.js'

/** Either a result or the parser's own typed error; anything else (TypeError, RangeError) fails the case. */
function resultOrTyped<T>(parse: () => T, typed: new (...args: never[]) => Error): T | undefined {
  try {
    return parse()
  } catch (error) {
    if (error instanceof typed) {
      expect(error.message.length).toBeGreaterThan(0)
      return undefined
    }
    throw error
  }
}

const junk = fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: false }))
const text = fc.oneof(
  fc.json(),
  fc.string(),
  junk.map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.constantFrom('', 'null', '[]', '{}', '{"results": null}', '\uFEFF{}', '{"a":1}{"b":2}'),
)

const runResult = fc.record(
  {
    unique_id: fc.oneof(fc.string(), junk),
    status: fc.oneof(fc.constantFrom('success', 'error', 'fail', 'pass', 'skipped'), junk),
    message: fc.oneof(fc.string(), fc.constant(null), junk),
    failures: fc.oneof(fc.integer(), fc.constant(null), junk),
    execution_time: fc.oneof(fc.double(), junk),
  },
  { requiredKeys: [] },
)
const runResults = fc.record(
  {
    metadata: fc.oneof(fc.record({ dbt_schema_version: fc.string() }), junk),
    results: fc.array(runResult, { maxLength: 5 }),
  },
  { requiredKeys: ['results'] },
)

const manifestNode = fc.record(
  {
    unique_id: fc.oneof(fc.string(), junk),
    resource_type: fc.oneof(fc.constantFrom('model', 'test', 'seed'), junk),
    name: fc.string(),
    package_name: fc.oneof(fc.constant('shop'), fc.string()),
    original_file_path: fc.oneof(fc.string(), junk),
    patch_path: fc.oneof(fc.constant('shop://models/schema.yml'), fc.string(), fc.constant(null), junk),
    description: fc.oneof(fc.string(), junk),
    columns: junk,
    config: junk,
  },
  { requiredKeys: [] },
)
const wellTypedNode = fc.record({
  unique_id: fc.string(),
  resource_type: fc.constantFrom('model', 'test', 'seed'),
  name: fc.string(),
  package_name: fc.constantFrom('shop', 'dbt_utils'),
  original_file_path: fc.string(),
  patch_path: fc.option(fc.string(), { nil: null }),
})
const wellTypedManifest = fc.record({
  metadata: fc.record({
    dbt_schema_version: fc
      .constantFrom(10, 11, 12)
      .map((v) => `https://schemas.getdbt.com/dbt/manifest/v${v}.json`),
  }),
  nodes: fc.dictionary(fc.string(), wellTypedNode, { maxKeys: 5 }),
})
const manifest = fc.record({
  metadata: fc.record(
    {
      dbt_schema_version: fc.oneof(
        fc.constantFrom(10, 11, 12, 9, 13).map((v) => `https://schemas.getdbt.com/dbt/manifest/v${v}.json`),
        fc.string(),
        junk,
      ),
      project_name: fc.oneof(fc.string(), junk),
    },
    { requiredKeys: [] },
  ),
  nodes: fc.oneof(fc.dictionary(fc.string(), manifestNode, { maxKeys: 5 }), junk),
  unit_tests: fc.oneof(fc.dictionary(fc.string(), manifestNode, { maxKeys: 2 }), junk),
})

const sqlfluffReport = fc.array(
  fc.record(
    {
      filepath: fc.oneof(fc.string(), junk),
      violations: fc.oneof(
        fc.array(
          fc.record(
            {
              start_line_no: fc.oneof(fc.integer(), junk),
              start_line_pos: fc.oneof(fc.integer(), junk),
              code: fc.oneof(fc.string(), junk),
              description: fc.oneof(fc.string(), junk),
              warning: fc.oneof(fc.boolean(), junk),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        ),
        junk,
      ),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 4 },
)

describe('dbt output parsers under fuzzing', () => {
  it('run_results.json: node results or a DbtError', () => {
    let parsed = 0
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          runResults.map((value) => JSON.stringify(value)),
        ),
        (input) => {
          const results = resultOrTyped(
            () => parseRunResults(input, (id) => (id.length > 3 ? 'models/x.sql' : undefined)),
            DbtError,
          )
          if (results === undefined) return
          parsed += 1
          for (const result of results) {
            expect(typeof result.uniqueId).toBe('string')
            expect(typeof result.status).toBe('string')
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    )
    expect(parsed).toBeGreaterThan(0)
  })

  it('manifest.json: a manifest or a DbtError', () => {
    let parsed = 0
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.oneof(manifest, wellTypedManifest).map((value) => JSON.stringify(value)),
        ),
        (input) => {
          const result = resultOrTyped(() => loadManifestGraph(input), DbtError)
          if (result === undefined) return
          parsed += 1
          expect([10, 11, 12]).toContain(result.schemaVersion)
          for (const node of result.nodes.values()) expect(typeof node.file).toBe('string')
        },
      ),
      { numRuns: FUZZ_RUNS },
    )
    expect(parsed).toBeGreaterThan(0)
  })

  it('sqlfluff --format json: violations or a LintToolError', () => {
    let parsed = 0
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          sqlfluffReport.map((value) => JSON.stringify(value)),
        ),
        (input) => {
          const violations = resultOrTyped(() => parseSqlfluffReport(input), LintToolError)
          if (violations === undefined) return
          parsed += 1
          for (const violation of violations) expect(violation.column).toBeGreaterThanOrEqual(1)
        },
      ),
      { numRuns: FUZZ_RUNS },
    )
    expect(parsed).toBeGreaterThan(0)
  })
})
