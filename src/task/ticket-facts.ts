import type { Ticket } from '../tickets/ticket.js'

/** At most this many items per extracted list, each at most this long: the spec is a summary, not the ticket. */
export const MAX_ITEMS = 20
export const MAX_ITEM_CHARS = 500

const ACCEPTANCE_HEADING = /^(acceptance criteria|acceptance tests?|definition of done)$/i
const QUESTIONS_HEADING = /^(open questions|questions|unknowns)$/i

/** The criteria from a tracker field of that name (e.g. a Jira custom field) and from the body's section. */
export function acceptanceCriteriaOf(ticket: Ticket): string[] {
  const fromFields = Object.entries(ticket.fields)
    .filter(([name]) => ACCEPTANCE_HEADING.test(name.trim()))
    .flatMap(([, value]) => itemsOf(value.split('\n')))
  return limit([...fromFields, ...sectionItems(ticket.body, ACCEPTANCE_HEADING)])
}

export function openQuestionsOf(ticket: Ticket): string[] {
  return limit(sectionItems(ticket.body, QUESTIONS_HEADING))
}

/** Values of a field named like one of `names` (case-insensitive), split on commas. */
export function fieldValues(ticket: Ticket, names: RegExp): string[] {
  return Object.entries(ticket.fields)
    .filter(([name]) => names.test(name.trim()))
    .flatMap(([, value]) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
}

export const componentsOf = (ticket: Ticket): string[] => fieldValues(ticket, /^(components?|component\/s)$/i)
export const issueTypesOf = (ticket: Ticket): string[] =>
  fieldValues(ticket, /^(type|issue ?type|issuetype)$/i)

/**
 * Known model names the ticket mentions in its title, body or fields, in order of first mention. A name
 * matches as a whole identifier, case-insensitively: `orders` matches "the Orders model" and `ref('orders')`,
 * not `orders_daily`.
 */
export function mentionedModels(ticket: Ticket, knownModels: readonly string[]): string[] {
  const byLowerName = new Map<string, string>()
  for (const name of knownModels) byLowerName.set(name.toLowerCase(), name)
  const text = [ticket.title, ticket.body, ...Object.values(ticket.fields)].join('\n')
  const found = new Set<string>()
  for (const [word] of text.matchAll(/[A-Za-z0-9_]+/g)) {
    const name = byLowerName.get(word.toLowerCase())
    if (name !== undefined) found.add(name)
  }
  return [...found]
}

/**
 * The list under a markdown heading (`## Acceptance criteria`), a bold line (`**Acceptance criteria**`) or a
 * label line (`Acceptance criteria:`), up to the next heading. Without list markers, its non-empty lines.
 */
function sectionItems(markdown: string, heading: RegExp): string[] {
  const lines = markdown.split('\n')
  const items: string[] = []
  let inSection = false
  let inFence = false
  let section: string[] = []
  const close = () => {
    if (inSection) items.push(...itemsOf(section))
    section = []
  }
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    const title = inFence ? undefined : headingText(line)
    if (title !== undefined) {
      close()
      inSection = heading.test(title.text)
      if (inSection && title.rest) section.push(title.rest)
      continue
    }
    if (inSection) section.push(line)
  }
  close()
  return items
}

function headingText(line: string): { text: string; rest?: string } | undefined {
  const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
  if (atx) return { text: stripTrailingColon(atx[1]!) }
  const bold = /^\s*(\*\*|__)([^*_]+?)\1\s*:?\s*$/.exec(line)
  if (bold) return { text: stripTrailingColon(bold[2]!) }
  // "Acceptance criteria: the total matches" keeps the text after the colon as the first item.
  const label = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z ]{2,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/.exec(line)
  if (label && (ACCEPTANCE_HEADING.test(label[1]!.trim()) || QUESTIONS_HEADING.test(label[1]!.trim()))) {
    return { text: label[1]!.trim(), ...(label[2] ? { rest: label[2] } : {}) }
  }
  return undefined
}

function stripTrailingColon(text: string): string {
  return text.replace(/:\s*$/, '').trim()
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/

/** List items (markers and checkboxes removed, continuation lines joined); else the non-empty lines. */
function itemsOf(lines: readonly string[]): string[] {
  const hasList = lines.some((line) => LIST_ITEM.test(line))
  const items: string[] = []
  for (const line of lines) {
    const item = LIST_ITEM.exec(line)
    if (item) items.push(item[1]!.trim())
    else if (hasList && line.trim() && items.length > 0 && /^\s+/.test(line)) {
      items[items.length - 1] = `${items[items.length - 1]} ${line.trim()}`
    } else if (!hasList && line.trim()) items.push(line.trim())
  }
  return items.filter(Boolean)
}

function limit(items: readonly string[]): string[] {
  const unique = [...new Set(items.map((item) => truncate(item)))]
  return unique.slice(0, MAX_ITEMS)
}

function truncate(item: string): string {
  return item.length > MAX_ITEM_CHARS ? `${item.slice(0, MAX_ITEM_CHARS)}…` : item
}
