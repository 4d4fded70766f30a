import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { branchName } from '../../src/publish/branch-name.js'
import { commitMessage } from '../../src/publish/commit-message.js'

function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('branchName', () => {
  it.each([
    ['autopilot/', 'DATA-123', 'autopilot/DATA-123'],
    ['autopilot/', '#42', 'autopilot/issue-42'],
    ['autopilot/', 'tickets/add orders mart.md', 'autopilot/tickets-add-orders-mart.md'],
    ['autopilot/', 'weird..name.lock', 'autopilot/weird.name'],
    ['autopilot/', '.hidden-', 'autopilot/hidden'],
    ['autopilot/', 'a.lock.lock', 'autopilot/a'],
    ['bots/dbt/', 'DATA-1', 'bots/dbt/DATA-1'],
    ['autopilot-', 'DATA-1', 'autopilot-DATA-1'],
    ['', 'DATA-1', 'DATA-1'],
    ['auto pilot//x/', '#7', 'auto-pilot/x/issue-7'],
  ])('prefix %j + key %j → %s', (prefix, key, expected) => {
    expect(branchName(prefix, key)).toBe(expected)
  })

  it('is deterministic, so a rerun finds the same branch', () => {
    expect(branchName('autopilot/', 'DATA-123')).toBe(branchName('autopilot/', 'DATA-123'))
  })

  it.each([
    'ünïcödé ticket',
    'a~b^c:d?e*f[g\\h',
    '@{-1}',
    '-rf',
    'x'.repeat(300),
    'name.',
    'a/../b',
    ' ..lock',
  ])('turns %j into a name git accepts', (key) => {
    const name = branchName('autopilot/', key)
    expect(gitAccepts(name)).toBe(true)
    expect(name).toMatch(/^autopilot\/[A-Za-z0-9._-]+$/)
  })

  it('rejects a key with nothing usable, saying what to use instead', () => {
    expect(() => branchName('autopilot/', '###')).toThrow(/letters or digits/)
  })
})

describe('commitMessage', () => {
  it('puts the key in the subject and the links in trailers', () => {
    expect(
      commitMessage({
        key: 'DATA-123',
        summary: 'Add customer count\nto orders',
        ticketUrl: 'https://acme.atlassian.net/browse/DATA-123',
        runUrl: 'https://github.com/acme/analytics/actions/runs/7',
      }),
    ).toBe(
      'DATA-123: Add customer count to orders\n\n' +
        'Ticket: https://acme.atlassian.net/browse/DATA-123\n' +
        'Autopilot-Run: https://github.com/acme/analytics/actions/runs/7\n',
    )
  })

  it('has no trailer block without links and keeps the subject short', () => {
    const message = commitMessage({ key: '#42', summary: 'x'.repeat(200) })
    expect(message.endsWith('…\n')).toBe(true)
    expect(message.split('\n')).toHaveLength(2)
    expect(message.split('\n')[0]?.length).toBeLessThanOrEqual(100)
  })
})
