import { describe, expect, it } from '@jest/globals'
import { rollbackPlan } from '../../src/report/rollback.js'

describe('rollbackPlan', () => {
  it('closes the PR before merge and reverts the merge commit after', () => {
    const plan = rollbackPlan({
      commitSha: '0123456789abcdef0123456789abcdef01234567',
      branch: 'autopilot/DATA-123',
      changedModels: ['customers', 'orders'],
      prNumber: 7,
    })
    expect(plan.beforeMerge).toEqual(['gh pr close 7 --delete-branch'])
    expect(plan.afterMerge).toContain('git revert -m 1 <merge sha>')
    expect(plan.afterMerge[0]).toContain("--grep='pull request #7 from'")
    expect(plan.rebuild).toEqual(['dbt build --select customers+ orders+'])
    expect(plan.markdown).toContain('`0123456789ab`')
    expect(plan.markdown).toContain('dbt build --select customers+ orders+')
  })

  it('deletes the branch when no PR exists yet', () => {
    const plan = rollbackPlan({ branch: 'autopilot/DATA-9', changedModels: [] })
    expect(plan.beforeMerge).toEqual(['git push origin --delete autopilot/DATA-9'])
    expect(plan.rebuild).toEqual([])
    expect(plan.markdown).toContain('nothing needs rebuilding')
  })

  it('full-refreshes incremental models separately and flags models of unknown materialization', () => {
    const plan = rollbackPlan({
      branch: 'b',
      changedModels: ['orders_daily', 'customers', 'events'],
      materializations: { orders_daily: 'incremental', customers: 'table' },
    })
    expect(plan.rebuild).toEqual([
      'dbt build --select customers+ events+',
      'dbt build --select orders_daily+ --full-refresh',
    ])
    expect(plan.notes.join('\n')).toContain('`orders_daily` is incremental')
    expect(plan.notes.join('\n')).toContain('Materialization unknown for `events`')
  })

  it('adds no incremental note when materializations are not known', () => {
    const plan = rollbackPlan({ branch: 'b', changedModels: ['orders_daily'] })
    expect(plan.rebuild).toEqual(['dbt build --select orders_daily+'])
    expect(plan.markdown).not.toContain('--full-refresh')
  })

  it('quotes names a shell would misread', () => {
    const plan = rollbackPlan({ branch: 'b', changedModels: ["odd name;rm -rf '"] })
    expect(plan.rebuild).toEqual([`dbt build --select 'odd name;rm -rf '\\''+'`])
  })

  it('rebuilds nothing for a new model after the revert, and says its table stays in the warehouse', () => {
    const plan = rollbackPlan({
      branch: 'b',
      changedModels: ['location_revenue', 'orders'],
      addedModels: ['location_revenue'],
      materializations: { location_revenue: 'table', orders: 'table' },
    })
    expect(plan.rebuild).toEqual(['dbt build --select orders+'])
    expect(plan.notes.join('\n')).toContain('`location_revenue` (its table) is new')
    expect(plan.notes.join('\n')).toContain('drop it by hand')

    const onlyNew = rollbackPlan({
      branch: 'b',
      changedModels: ['payment_methods'],
      addedModels: ['payment_methods'],
      materializations: { payment_methods: 'view' },
    })
    expect(onlyNew.rebuild).toEqual([])
    expect(onlyNew.markdown).not.toContain('dbt build')
    expect(onlyNew.markdown).toContain('`payment_methods` (its view) is new')
    expect(onlyNew.markdown).toContain('No model that existed before changed')
  })
})
