import type { Ticket } from '../../src/tickets/ticket.js'

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    key: 'DATA-1',
    source: 'jira',
    title: 'Untitled',
    body: '',
    labels: [],
    fields: {},
    ...overrides,
  }
}
