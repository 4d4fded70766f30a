import { describe, expect, it } from '@jest/globals'
import { guardDeletion, guardDiff, guardEdit } from '../../src/guard/guard.js'
import { checkProjectSettings } from '../../src/guard/project-settings.js'

const BASE = `name: shop
version: '1.0'
profile: shop
model-paths: [models]
vars:
  start_date: '2024-01-01'
models:
  shop:
    +materialized: view
    marts:
      +materialized: table
      +post-hook: "analyze {{ this }}"
`

function edited(from: string, to: string): string {
  expect(BASE).toContain(from)
  return BASE.replace(from, to)
}

function refused(next: string): string[] {
  return checkProjectSettings('dbt_project.yml', next, BASE).map((v) => v.message)
}

describe('dbt_project.yml settings rules', () => {
  it('allows vars and resource configs', () => {
    expect(refused(edited("start_date: '2024-01-01'", "start_date: '2025-01-01'\n  region: eu"))).toEqual([])
    expect(
      refused(
        `${BASE}seeds:\n  shop:\n    +schema: raw\n    +enabled: true\n    +tags: [nightly]\n    +docs:\n      show: false\n`,
      ),
    ).toEqual([])
    expect(refused(edited('+materialized: view', '+materialized: table'))).toEqual([])
    expect(guardEdit('dbt_project.yml', edited('+materialized: view', '+materialized: table'), BASE)).toEqual(
      [],
    )
  })

  it.each([
    ['on-run-start', `${BASE}on-run-start: ["select 1"]\n`],
    ['on-run-end', `${BASE}on_run_end: "select 1"\n`],
    ['model-paths', edited('model-paths: [models]', 'model-paths: [models, elsewhere]')],
    ['test-paths', `${BASE}test-paths: [data-tests]\n`],
    ['target-path', `${BASE}target-path: out\n`],
    ['log-path', `${BASE}log-path: ../.git\n`],
    ['packages-install-path', `${BASE}packages-install-path: pkgs\n`],
    ['clean-targets', `${BASE}clean-targets: [models]\n`],
    ['profile', edited('profile: shop', 'profile: prod')],
    ['dispatch', `${BASE}dispatch:\n  - macro_namespace: dbt_utils\n    search_order: [shop]\n`],
    ['query-comment', `${BASE}query-comment: hi\n`],
    ['flags', `${BASE}flags:\n  send_anonymous_usage_stats: false\n`],
  ])('refuses a change to %s, naming the key', (key, next) => {
    const messages = refused(next)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`\`${key}\``)
  })

  it('refuses var values that are SQL a model would render, not plain values or ones already there', () => {
    const withVar = (value: string) =>
      edited("start_date: '2024-01-01'", `start_date: '2024-01-01'\n  x: ${JSON.stringify(value)}`)
    const rules = (next: string) => checkProjectSettings('dbt_project.yml', next, BASE).map((v) => v.rule)
    expect(rules(withVar('1 as id ) ; select 2 ; select (1'))).toEqual(['sql-ddl-dml'])
    expect(rules(withVar('1 as id ) ; copy (select 1) to /tmp/x ; select (1'))).toEqual(['engine-escape'])
    expect(rules(withVar('drop table raw.orders'))).toEqual(['sql-ddl-dml'])
    expect(rules(withVar("read_text('/proc/self/environ')"))).toEqual(['engine-escape'])
    expect(rules(withVar('https://docs.example/orders, created_at desc'))).toEqual([])
    const old = withVar('drop table raw.orders')
    expect(checkProjectSettings('dbt_project.yml', `${old}# comment\n`, old)).toEqual([])
  })

  it('refuses hooks added, changed or removed in configs, naming where', () => {
    expect(
      refused(edited('+materialized: view', '+materialized: view\n    +pre-hook: "select 1"'))[0],
    ).toContain('`models.shop.+pre-hook`')
    expect(refused(edited('analyze {{ this }}', 'select 2'))[0]).toContain('`models.shop.marts.+post-hook`')
    expect(refused(edited('      +post-hook: "analyze {{ this }}"\n', ''))[0]).toContain('+post-hook')
    // A var named like a hook is data.
    expect(refused(edited("start_date: '2024-01-01'", "start_date: '2024-01-01'\n  post_hook: x"))).toEqual(
      [],
    )
  })

  it('refuses YAML that does not parse, and reads anchors and repeated keys as dbt does', () => {
    expect(refused(`${BASE}models: [\n`)[0]).toMatch(/does not parse/)
    expect(refused(`${BASE}profile: prod\n`)[0]).toContain('`profile`')
    expect(refused(`x: &p {profile: shop}\n${BASE.replace('profile: shop\n', '')}<<: *p\n`)).toEqual([])
  })

  it('points at the line of the key', () => {
    const [violation] = checkProjectSettings(
      'dbt_project.yml',
      edited('profile: shop', 'profile: prod'),
      BASE,
    )
    expect(violation?.line).toBe(3)
  })

  it('never lets the project file be deleted, in a write or in the final diff', () => {
    expect(guardDeletion('dbt_project.yml').map((v) => v.rule)).toEqual(['project-setting'])
    expect(guardDeletion('models/a.sql')).toEqual([])
    const diff = guardDiff([
      { path: 'dbt_project.yml', content: null, old: BASE },
      { path: 'models/a.sql', content: null, old: 'select 1\n' },
    ])
    expect(diff.map((v) => `${v.rule} ${v.path}`)).toEqual(['project-setting dbt_project.yml'])
  })

  it('checks the final diff of dbt_project.yml with the same rules', () => {
    const diff = guardDiff([{ path: 'dbt_project.yml', content: `${BASE}target-path: out\n`, old: BASE }])
    expect(diff.map((v) => v.rule)).toEqual(['project-setting'])
  })
})
