import { describe, expect, it } from '@jest/globals'
import { defaultInputs, parseSettings, type Settings } from '../../src/config/settings.js'
import { FileTicketSource } from '../../src/tickets/file-source.js'
import { GitHubIssueSource } from '../../src/adapters/github/github-issue-source.js'
import { GitLabIssueSource } from '../../src/adapters/gitlab/gitlab-issue-source.js'
import { JiraCloudSource } from '../../src/adapters/jira/jira-cloud-source.js'
import { createTicketSource } from '../../src/run/compose.js'
import { resolveTicketKind } from '../../src/tickets/ticket-ref.js'
import { TicketError } from '../../src/tickets/ticket.js'

const exists = (path: string) => path === 'tickets/t.md' || path === 'ticket.json'

function settings(inputs: Record<string, string>): Settings {
  return parseSettings({ ...defaultInputs(), ...inputs })
}

function thrown(fn: () => unknown): TicketError {
  try {
    fn()
  } catch (error) {
    if (error instanceof TicketError) return error
    throw error
  }
  throw new Error('expected a TicketError')
}

describe('resolveTicketKind', () => {
  it('recognises GitHub issues, ticket files and Jira keys in auto mode', () => {
    expect(resolveTicketKind('#42', 'auto', exists)).toBe('github')
    expect(resolveTicketKind('tickets/t.md', 'auto', exists)).toBe('file')
    expect(resolveTicketKind('ticket.json', 'auto', exists)).toBe('file')
    expect(resolveTicketKind('DATA-123', 'auto', exists)).toBe('jira')
    expect(resolveTicketKind('DATA_ENG2-7', 'auto', exists)).toBe('jira')
  })

  it('explains what a ticket may look like when it is none of them', () => {
    for (const key of ['data-123', '42', 'D-1x', 'hello world']) {
      const error = thrown(() => resolveTicketKind(key, 'auto', exists))
      expect(error.kind).toBe('invalid')
      expect(error.message).toBe(
        `Input \`ticket\` must be a Jira key like DATA-123, a GitHub issue like #42, or a path to a .md/.json ticket file; got '${key}'`,
      )
    }
  })

  it('says a ticket file path that does not exist is missing', () => {
    expect(thrown(() => resolveTicketKind('tickets/gone.md', 'auto', exists)).kind).toBe('not-found')
  })

  it('follows an explicit ticket-source and checks the key fits it', () => {
    expect(resolveTicketKind('42', 'github', exists)).toBe('github')
    expect(resolveTicketKind('notes/anything.md', 'file', exists)).toBe('file')
    expect(thrown(() => resolveTicketKind('#42', 'jira', exists)).message).toContain('must be a Jira key')
    expect(thrown(() => resolveTicketKind('DATA-1', 'github', exists)).message).toContain(
      'must be an issue like #42',
    )
  })
})

describe('createTicketSource', () => {
  it('builds a Jira source from the URL and basic or bearer credentials', () => {
    const basic = settings({
      ticket: 'DATA-1',
      'jira-url': 'https://acme.atlassian.net',
      'jira-email': 'ana@acme.test',
      'jira-api-token': 't',
    })
    expect(createTicketSource(basic)).toBeInstanceOf(JiraCloudSource)
    const bearer = settings({
      ticket: 'DATA-1',
      'jira-url': 'https://acme.atlassian.net',
      'jira-bearer-token': 'pat',
    })
    expect(createTicketSource(bearer)).toBeInstanceOf(JiraCloudSource)
  })

  it('names `jira-email` when jira.js refuses it as an email address', () => {
    const odd = settings({
      ticket: 'DATA-1',
      'jira-url': 'https://acme.atlassian.net',
      'jira-email': 'ana',
      'jira-api-token': 't',
    })
    const error = thrown(() => createTicketSource(odd))
    expect(error.kind).toBe('invalid')
    expect(error.message).toContain('`jira-email` must be an email address')
  })

  it('names `jira-url` when it is missing', () => {
    const error = thrown(() => createTicketSource(settings({ ticket: 'DATA-1', 'jira-bearer-token': 'pat' })))
    expect(error.message).toContain('input `jira-url` is not set')
  })

  it('names the credential inputs when none are set', () => {
    const error = thrown(() =>
      createTicketSource(settings({ ticket: 'DATA-1', 'jira-url': 'https://acme.atlassian.net' })),
    )
    expect(error.kind).toBe('unauthorized')
    expect(error.message).toContain('`jira-email` with `jira-api-token`')
    expect(error.message).toContain('`jira-bearer-token`')
  })

  it('builds a GitHub issue source for the run repository and needs a token', () => {
    const withToken = settings({ ticket: '#42', 'github-token': 'ghs_x' })
    expect(createTicketSource(withToken, { repository: 'acme/analytics' })).toBeInstanceOf(GitHubIssueSource)
    expect(thrown(() => createTicketSource(withToken)).message).toContain('repository is unknown')
    expect(
      thrown(() => createTicketSource(settings({ ticket: '#42' }), { repository: 'acme/analytics' })).message,
    ).toContain('`github-token`')
  })

  it('builds a file source for a ticket file in the workspace', () => {
    const source = createTicketSource(settings({ ticket: 'tickets/t.md' }), { fileExists: exists })
    expect(source).toBeInstanceOf(FileTicketSource)
  })

  it('reads #12 and group/project#12 as GitLab issues when the merge request goes to GitLab', () => {
    const gitlab = { 'code-host': 'gitlab', 'gitlab-project': 'data/analytics', 'gitlab-token': 'glpat-x' }
    expect(createTicketSource(settings({ ticket: '#12', ...gitlab }))).toBeInstanceOf(GitLabIssueSource)
    expect(createTicketSource(settings({ ticket: 'data/other#3', ...gitlab }))).toBeInstanceOf(
      GitLabIssueSource,
    )
    expect(
      createTicketSource(
        settings({
          ticket: 'DATA-1',
          ...gitlab,
          'jira-url': 'https://a.atlassian.net',
          'jira-bearer-token': 'p',
        }),
      ),
    ).toBeInstanceOf(JiraCloudSource)
    const forced = settings({ ticket: '#12', 'ticket-source': 'gitlab' })
    expect(thrown(() => createTicketSource(forced)).message).toContain('`gitlab-project`')
    const noToken = settings({ ticket: '#12', 'code-host': 'gitlab', 'gitlab-project': 'data/analytics' })
    const error = thrown(() => createTicketSource(noToken))
    expect(error.kind).toBe('unauthorized')
    expect(error.message).toMatch(/`gitlab-token`.*read_api/)
    expect(thrown(() => resolveTicketKind('DATA-1', 'gitlab', exists)).message).toContain(
      'must be an issue like #12 or group/project#12',
    )
    expect(resolveTicketKind('#12', 'auto', exists)).toBe('github')
  })
})
