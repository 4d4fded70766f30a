import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultInputs, parseSettings, type Settings } from '../../src/config/settings.js'
import { createTicketSource } from '../../src/run/compose.js'
import { resolveTicketKind } from '../../src/tickets/ticket-ref.js'
import { TicketError } from '../../src/tickets/ticket.js'
import { FUZZ_RUNS } from './fuzz-bounds.js'

const noFiles = () => false

function settings(ticket: string, source = 'auto'): Settings {
  return parseSettings({
    ...defaultInputs(),
    ticket,
    'ticket-source': source,
    'jira-url': 'https://acme.atlassian.net',
    'jira-bearer-token': 'token-for-tests',
    'github-token': 'gh-token-for-tests',
  })
}

function ticketError(run: () => unknown): TicketError {
  try {
    run()
  } catch (error) {
    if (error instanceof TicketError) return error
    throw error
  }
  throw new Error('expected a TicketError')
}

describe('bad ticket keys', () => {
  it.each([
    ['empty (settings allow it for event-driven runs)', '   '],
    ['lower-case Jira key', 'data-123'],
    ['key without a number', 'DATA-'],
    ['number only', '123'],
    ['two hashes', '##42'],
    ['hash without a number', '#'],
    ['negative issue', '#-1'],
    ['URL instead of a key', 'https://acme.atlassian.net/browse/DATA-123'],
    ['shell metacharacters', 'DATA-1; rm -rf /'],
    ['newline smuggling', 'DATA-1\nDATA-2'],
    ['zero-width space inside', 'DATA\u200B-123'],
    ['Cyrillic look-alike', 'DАTA-123'],
    ['path traversal without extension', '../../etc/passwd'],
  ])('%s (%j) is refused with what a ticket may look like', (_name, key) => {
    const error = ticketError(() => resolveTicketKind(key, 'auto', noFiles))
    expect(error.kind).toBe('invalid')
    expect(error.message).toContain('Input `ticket` must be a Jira key like DATA-123')
  })

  it('says which file is missing for a ticket path that does not exist', () => {
    const error = ticketError(() => resolveTicketKind('tickets/none.md', 'auto', noFiles))
    expect(error.kind).toBe('not-found')
    expect(error.message).toMatch(/Ticket file tickets\/none\.md does not exist/)
  })

  it('refuses a key that does not fit the forced ticket-source', () => {
    expect(ticketError(() => createTicketSource(settings('#42', 'jira'))).message).toMatch(
      /`ticket-source` is jira, so `ticket` must be a Jira key/,
    )
    expect(ticketError(() => createTicketSource(settings('DATA-1', 'github'))).message).toMatch(
      /`ticket-source` is github, so `ticket` must be an issue like #42/,
    )
  })

  it('resolves any string to a kind or a TicketError, never another error (fuzzed)', () => {
    const key = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[A-Za-z#._\-/0-9 ]{0,20}$/),
    )
    const source = fc.constantFrom('auto', 'jira', 'github', 'gitlab', 'file') as fc.Arbitrary<
      Settings['ticket']['source']
    >
    fc.assert(
      fc.property(key, source, fc.boolean(), (ref, kind, onGitLab) => {
        try {
          expect(['jira', 'github', 'gitlab', 'file']).toContain(
            resolveTicketKind(ref, kind, noFiles, onGitLab),
          )
        } catch (error) {
          if (!(error instanceof TicketError)) throw error
        }
      }),
      { numRuns: FUZZ_RUNS },
    )
  })
})
