import { describe, expect, it } from '@jest/globals'
import { repoRelativePath, selectAnnotations } from '../../src/report/annotations.js'
import { createRedactor } from '../../src/shared/redact.js'
import { failingValidation, node, passingValidation, violation } from './fixtures.js'
import {
  BINDER_ERROR,
  BINDER_SOURCE,
  JINJA_BUILD_ERROR,
  JINJA_SOURCE,
  PARSER_ERROR,
  PARSER_SOURCE,
} from './dbt-errors.js'

describe('selectAnnotations', () => {
  it("annotates dbt's errors at the source line, with dbt's whole message, repo-relative", () => {
    const validation = failingValidation(1)
    validation.dbt.results = [
      node('model.shop.customers', 'error', { file: 'models/customers.sql', message: BINDER_ERROR }),
      node('model.shop.short', 'error', { file: 'models/short.sql', message: PARSER_ERROR }),
    ]
    const sources: Record<string, string> = {
      'models/customers.sql': BINDER_SOURCE,
      'models/short.sql': PARSER_SOURCE,
      'models/broken_jinja.sql': JINJA_SOURCE,
    }
    const { annotations } = selectAnnotations(validation, {
      projectPathFromRepoRoot: 'analytics',
      sourceOf: (file) => sources[file],
    })
    expect(annotations.map(({ file, startLine, title }) => ({ file, startLine, title }))).toEqual([
      { file: 'analytics/models/customers.sql', startLine: 16, title: 'dbt error: model.shop.customers' },
      { file: 'analytics/models/short.sql', startLine: 1, title: 'dbt error: model.shop.short' },
    ])
    expect(annotations[0]?.message).toBe(BINDER_ERROR)
    expect(annotations[1]?.message).toContain('(dbt points at line 15 of the compiled SQL.)')

    // A build that could not start names the file in its error; the colours go.
    const broken = failingValidation(2)
    broken.dbt.results = []
    broken.dbt.error = JINJA_BUILD_ERROR
    const [jinja] = selectAnnotations(broken, {
      projectPathFromRepoRoot: '.',
      sourceOf: (file) => sources[file],
    }).annotations
    expect(jinja).toMatchObject({
      file: 'models/broken_jinja.sql',
      startLine: 6,
      title: 'dbt could not build',
    })
    expect(jinja?.message).toMatch(
      /^\[ERROR\]: Encountered an error:\nCompilation Error in model broken_jinja/,
    )
  })

  it('puts dbt failures first at line 1, then lint violations at their line, with repo-relative paths', () => {
    const validation = failingValidation(1, [violation('models/marts/customers.sql', 14)])
    const { annotations, omitted } = selectAnnotations(validation, {
      projectPathFromRepoRoot: 'analytics/shop',
    })
    expect(omitted).toBe(0)
    expect(annotations).toEqual([
      {
        file: 'analytics/shop/models/marts/customers.sql',
        startLine: 1,
        title: 'dbt error: model.shop.customers',
        message: 'Binder Error: Referenced column "lifetime_valu" not found',
        level: 'error',
      },
      {
        file: 'analytics/shop/models/marts/customers.sql',
        startLine: 14,
        title: 'sqlfluff LT01',
        message: 'Expected single space',
        level: 'error',
      },
    ])
  })

  it('caps at the limit and counts what it left out', () => {
    const violations = Array.from({ length: 25 }, (_, i) => violation(`models/m_${i}.sql`, i + 1))
    const { annotations, omitted } = selectAnnotations(failingValidation(1, violations), {
      projectPathFromRepoRoot: '.',
    })
    expect(annotations).toHaveLength(10)
    expect(omitted).toBe(16)
    expect(annotations[1]?.file).toBe('models/m_0.sql')
    expect(
      selectAnnotations(failingValidation(1, violations), { projectPathFromRepoRoot: '.', limit: 3 }).omitted,
    ).toBe(23)
  })

  it('annotates nothing for a clean run, warnings for dbt warn nodes', () => {
    expect(selectAnnotations(passingValidation(), { projectPathFromRepoRoot: '.' })).toEqual({
      annotations: [],
      omitted: 0,
    })
    const warned = passingValidation()
    warned.dbt.results.push(
      node('test.shop.freshness', 'warn', { file: 'models/schema.yml', message: 'Got 3 results' }),
    )
    const { annotations } = selectAnnotations(warned, { projectPathFromRepoRoot: './dbt/' })
    expect(annotations).toEqual([
      expect.objectContaining({ file: 'dbt/models/schema.yml', level: 'warning', message: 'Got 3 results' }),
    ])
  })

  it('redacts messages', () => {
    const validation = failingValidation()
    validation.dbt.results[0]!.message = 'could not connect with password hunter2-secret'
    const { annotations } = selectAnnotations(validation, {
      projectPathFromRepoRoot: '.',
      redactor: createRedactor(['hunter2-secret']),
    })
    expect(annotations[0]?.message).toBe('could not connect with password ***')
  })
})

describe('repoRelativePath', () => {
  it('normalises separators and leading ./', () => {
    expect(repoRelativePath('.', 'models/a.sql')).toBe('models/a.sql')
    expect(repoRelativePath('', './models/a.sql')).toBe('models/a.sql')
    expect(repoRelativePath('shop\\', 'models\\a.sql')).toBe('shop/models/a.sql')
  })
})
