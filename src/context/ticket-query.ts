import type { Ticket } from '../tickets/ticket.js'
import { identifiers, wordStems } from './text-terms.js'

/** What a ticket (or a search) asks about, as sets the ranking can look up in constant time. */
export interface TextQuery {
  /** Whole identifiers anywhere in the text (`customers`, `number_of_orders`). */
  identifiers: ReadonlySet<string>
  /** Identifiers written as code (in backticks) or in snake_case: worth looking for in SQL. */
  codeIdentifiers: ReadonlySet<string>
  /** Identifiers in the title, which names the change's subject more reliably than the body. */
  titleIdentifiers: ReadonlySet<string>
  /** Qualified relation names (`marts.dim_customers`, `prod.marts.dim_customers`), lower case, unquoted. */
  relations: ReadonlySet<string>
  /** Stemmed words of the whole text. */
  stems: ReadonlySet<string>
  /** How reasons name the text: `the ticket`, `the query`. */
  subject: string
}

const CODE_SPAN = /`([^`\n]+)`/g
// Two or three dot-joined names, as people write a warehouse relation; quotes around a part are dropped first.
const QUALIFIED = /(?<![\w.])[a-z_][\w$]*(?:\.[a-z_][\w$]*){1,2}(?![\w.])/g

function relationsOf(text: string): Set<string> {
  const unquoted = text.toLowerCase().replace(/["`[\]]/g, '')
  return new Set(unquoted.match(QUALIFIED) ?? [])
}

/** A query over free text: a search string, or a ticket's title, body, labels and fields. */
export function queryOf(text: string, title = '', subject = 'the ticket'): TextQuery {
  const all = `${title}\n${text}`
  const code = new Set<string>()
  for (const span of all.matchAll(CODE_SPAN))
    for (const identifier of identifiers(span[1] ?? '')) code.add(identifier)
  const allIdentifiers = new Set(identifiers(all))
  for (const identifier of allIdentifiers) if (identifier.includes('_')) code.add(identifier)
  return {
    identifiers: allIdentifiers,
    codeIdentifiers: code,
    titleIdentifiers: new Set(identifiers(title)),
    relations: relationsOf(all),
    stems: new Set(wordStems(all)),
    subject,
  }
}

export function ticketQuery(ticket: Ticket): TextQuery {
  const fields = Object.entries(ticket.fields).map(([name, value]) => `${name}: ${value}`)
  return queryOf([ticket.body, ticket.labels.join(' '), ...fields].join('\n'), ticket.title)
}
