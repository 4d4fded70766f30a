import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { branchName } from '../../src/publish/branch-name.js'
import { commitMessage, githubUserIdentity } from '../../src/publish/commit-message.js'

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
  it('says what was asked in the subject, what was done in the body, and the links in trailers', () => {
    expect(
      commitMessage({
        key: 'DATA-123',
        title: 'Add a customer count to orders',
        summary: 'Added `customer_count` to orders.\n\n- counts distinct customers\n- tested not_null',
        ticketUrl: 'https://acme.atlassian.net/browse/DATA-123',
        runUrl: 'https://github.com/acme/analytics/actions/runs/7',
        coAuthor: githubUserIdentity('octocat', '583231'),
      }),
    ).toBe(
      'DATA-123: Add a customer count to orders\n\n' +
        'Added `customer_count` to orders.\n\n- counts distinct customers\n- tested not_null\n\n' +
        'Ticket: https://acme.atlassian.net/browse/DATA-123\n' +
        'Autopilot-Run: https://github.com/acme/analytics/actions/runs/7\n' +
        'Co-authored-by: octocat <583231+octocat@users.noreply.github.com>\n',
    )
  })

  it("never starts a subject with git's comment character, and cuts a long title at a word", () => {
    const message = commitMessage({
      key: '#42',
      title: 'Rename the revenue column of fct_orders so finance dashboards read gross revenue everywhere',
      summary: 'Renamed it.',
    })
    const [subject, blank, body] = message.split('\n')
    expect(subject).toBe('Issue #42: Rename the revenue column of fct_orders so finance…')
    expect(subject!.length).toBeLessThanOrEqual(72)
    expect([blank, body]).toEqual(['', 'Renamed it.'])
  })

  it('falls back to the summary when the ticket has no title, and has no trailer block without links', () => {
    expect(
      commitMessage({ key: 'DATA-9', title: '  ', summary: 'Fix the null order dates\nin staging' }),
    ).toBe('DATA-9: Fix the null order dates\n\nFix the null order dates\nin staging\n')
  })
})
