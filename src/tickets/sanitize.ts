/**
 * Untrusted text (ticket title, body, fields; trigger comments) before the model sees it, reduced to what a
 * person reading the rendered ticket sees. The markdown is parsed (CommonMark + GFM, as GitHub renders it)
 * and written back from the tree, keeping text, inline code and code blocks, link text (with the URL shown
 * as text), list, heading, quote and table structure. Dropped, because a reader never sees them: raw HTML
 * tags with their attributes, comments, `<!DOCTYPE …>` and other declarations, link reference definitions
 * (their label and title), link titles, image alt text and titles, footnote definitions nothing refers to,
 * a code fence's info string after the language, and invisible or bidirectional-control characters.
 * The text of an HTML block (`<details>`, `<div>`) stays: `<details>` content is one click away.
 *
 * Visible characters that would turn into markup if the output were read as markdown again (`<b`, `&lt;`)
 * are backslash-escaped, so a second pass finds nothing hidden (it may still re-read visible punctuation as
 * structure: a lone `-` as a list item). Never throws; text longer than
 * `MAX_INPUT_CHARS` is cut.
 */

import type {
  Definition,
  FootnoteDefinition,
  List,
  ListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { htmlVisibleText } from './html-text.js'
import { stripInvisible } from './invisible.js'
import type { Ticket } from './ticket.js'

export type RemovedKind =
  | 'html'
  | 'html-comment'
  | 'invisible-character'
  | 'control-character'
  | 'link-definition'
  | 'link-title'
  | 'image'
  | 'footnote'
  | 'code-info'
  | 'excess-whitespace'
  | 'truncated'

export interface SanitizedText {
  text: string
  /** What kinds of content were removed or rewritten, in the order first met; empty when nothing was. */
  removed: RemovedKind[]
}

export function sanitizeUntrustedText(text: string): SanitizedText {
  const removed = new Set<RemovedKind>()
  const note = (kind: RemovedKind): void => {
    removed.add(kind)
  }
  let input = typeof text === 'string' ? text : ''
  if (input.length > MAX_INPUT_CHARS) {
    input = input.slice(0, MAX_INPUT_CHARS)
    note('truncated')
  }
  const visible = stripInvisible(input.replace(/\r\n?|\u2028|\u2029/g, '\n'), note)
  let out: string
  try {
    out = new Renderer(note).document(visible)
  } catch {
    // The parser does not throw on any input we know of; if it ever does, no markup reaches the model.
    note('html')
    out = escapeText(visible.replace(/[<>]/g, ' '))
  }
  if (removed.has('truncated')) out += `\n\n…(cut at ${MAX_INPUT_CHARS.toLocaleString('en-US')} characters)`
  return { text: out, removed: [...removed] }
}

/**
 * A ticket with every reporter-written text sanitized: title, body, labels, field names and values.
 * `removed` is the union over all of them, for the run record.
 */
export function sanitizeTicket(ticket: Ticket): { ticket: Ticket; removed: RemovedKind[] } {
  const removed = new Set<RemovedKind>()
  const clean = (text: string): string => {
    const result = sanitizeUntrustedText(text)
    for (const kind of result.removed) removed.add(kind)
    return result.text
  }
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(ticket.fields)) fields[clean(name)] = clean(value)
  return {
    ticket: {
      ...ticket,
      title: clean(ticket.title),
      body: clean(ticket.body),
      labels: ticket.labels.map(clean),
      fields,
    },
    removed: [...removed],
  }
}

type Note = (kind: RemovedKind) => void

/**
 * The parser is linear on most input but slows down on deeply nested brackets (`[[[…](](…`); a ticket
 * longer than this is cut (the run record says so) so parsing stays within a second or two.
 */
export const MAX_INPUT_CHARS = 50_000

const MAX_INDENT = 24

function parse(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

class Renderer {
  private readonly definitions = new Map<string, Definition>()
  private readonly footnotes = new Map<string, FootnoteDefinition>()
  /** Footnotes in the order first referenced; GitHub numbers them so and shows only these. */
  private readonly referenced: string[] = []

  constructor(private readonly note: Note) {}

  document(text: string): string {
    const tree = parse(text)
    this.collect(tree)
    const blocks = this.blocks(tree.children)
    // Rendering a referenced footnote can reference another one: the list grows while we walk it.
    for (let index = 0; index < this.referenced.length; index++) {
      const definition = this.footnotes.get(this.referenced[index] ?? '')
      if (!definition) continue
      const lines = this.blocks(definition.children).join('\n\n').split('\n')
      blocks.push(indentAfterFirst(`[^${index + 1}]: `, lines).join('\n'))
    }
    if (this.footnotes.size > new Set(this.referenced).size) this.note('footnote')
    return blocks
      .join('\n\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
  }

  private collect(tree: Root): void {
    const walk = (node: Nodes): void => {
      if (node.type === 'definition') {
        if (!this.definitions.has(node.identifier)) this.definitions.set(node.identifier, node)
        return
      }
      if (node.type === 'footnoteDefinition') {
        if (!this.footnotes.has(node.identifier)) this.footnotes.set(node.identifier, node)
      }
      if ('children' in node) for (const child of node.children) walk(child)
    }
    walk(tree)
  }

  private blocks(nodes: readonly RootContent[]): string[] {
    const out: string[] = []
    for (const node of nodes) {
      const rendered = this.block(node)
      if (rendered !== undefined && rendered.trim() !== '') out.push(rendered)
    }
    return out
  }

  private block(node: RootContent): string | undefined {
    switch (node.type) {
      case 'paragraph':
        return this.inline(node.children)
      case 'heading':
        return `${'#'.repeat(node.depth)} ${flat(this.inline(node.children))}`
      case 'thematicBreak':
        return '---'
      case 'blockquote':
        return this.blocks(node.children)
          .join('\n\n')
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n')
      case 'list':
        return this.list(node)
      case 'code':
        return this.code(node.value, node.lang, node.meta)
      case 'html':
        return this.htmlBlock(node.value)
      case 'table':
        return this.table(node)
      case 'definition':
        this.note('link-definition')
        if (node.title) this.note('link-title')
        return undefined
      case 'footnoteDefinition':
        return undefined
      default:
        return this.inline([node as PhrasingContent])
    }
  }

  private list(list: List): string {
    const items = list.children.map((item: ListItem, index: number) => {
      const marker = list.ordered ? `${(list.start ?? 1) + index}.` : '-'
      const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : ''
      const lines = this.blocks(item.children)
        .join(item.spread ? '\n\n' : '\n')
        .split('\n')
      return indentAfterFirst(`${marker} ${box}`, lines).join('\n')
    })
    return items.join(list.spread ? '\n\n' : '\n')
  }

  private code(value: string, lang: string | null | undefined, meta: string | null | undefined): string {
    // GitHub shows neither the info string nor anything after the language; only a plain language name stays.
    const language = lang && /^[\w+#.-]{1,30}$/.test(lang) ? lang : ''
    if ((lang && !language) || meta) this.note('code-info')
    const lines = value.split('\n').map((line) => {
      const trimmed = line.trimEnd()
      const body = trimmed.trimStart()
      let indent = trimmed.slice(0, trimmed.length - body.length)
      if (indent.length > MAX_INDENT) {
        indent = indent.slice(0, MAX_INDENT)
        this.note('excess-whitespace')
      }
      // A run of spaces wider than a screen hides what follows it off to the right.
      const capped = body.replace(/[ \t]{25,}/g, () => {
        this.note('excess-whitespace')
        return ' '.repeat(MAX_INDENT)
      })
      return indent + capped
    })
    const text = lines.join('\n').replace(/\n+$/, '')
    const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length))
    const fence = '`'.repeat(Math.max(3, longestRun + 1))
    return `${fence}${language}\n${text}\n${fence}`
  }

  private htmlBlock(value: string): string {
    const visible = htmlVisibleText(value)
    this.note(visible.comment ? 'html-comment' : 'html')
    if (visible.image) this.note('image')
    // The text between the tags, read as markdown (entities decoded) but with no HTML left to interpret.
    const tree = parse(visible.text.replace(/</g, '&lt;'))
    return this.blocks(tree.children).join('\n\n')
  }

  private table(table: Table): string {
    const rows = table.children.map(
      (row) =>
        `| ${row.children.map((cell) => flat(this.inline(cell.children)).replace(/\|/g, '\\|')).join(' | ')} |`,
    )
    const width = table.children[0]?.children.length ?? 0
    rows.splice(1, 0, `|${Array.from({ length: width }, () => ' --- ').join('|')}|`)
    return rows.join('\n')
  }

  private inline(nodes: readonly PhrasingContent[]): string {
    let joined = ''
    for (const node of nodes) {
      let part = this.phrasing(node)
      // Dropped HTML leaves its surrounding spaces behind; one is enough.
      if (/(^|[ \n])$/.test(joined)) part = part.replace(/^ +/, '')
      joined = escapeJoint(joined, part) + part
    }
    // Dropped HTML can join the pieces of a comment opener (`&lt;!-` `<b>` `-`) that no single text held.
    if (joined.includes('\\<!--')) {
      this.note('html-comment')
      joined = joined.replace(/\\<!--(?:[^]*?-->|[^]*$)/g, ' ')
    }
    return joined
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
  }

  private phrasing(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
        return this.text(node.value)
      case 'inlineCode':
        return inlineCode(node.value)
      case 'emphasis':
      case 'strong':
        return this.inline(node.children)
      case 'delete':
        return `~~${this.inline(node.children)}~~`
      case 'break':
        return '\n'
      case 'link':
        if (node.title) this.note('link-title')
        return linkText(this.inline(node.children), node.url)
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier)
        if (definition?.title) this.note('link-title')
        return linkText(this.inline(node.children), definition?.url ?? '')
      }
      case 'image':
      case 'imageReference':
        this.note('image')
        return '(image)'
      case 'footnoteReference': {
        if (!this.footnotes.has(node.identifier)) return ''
        let index = this.referenced.indexOf(node.identifier)
        if (index < 0) index = this.referenced.push(node.identifier) - 1
        return `[^${index + 1}]`
      }
      case 'html': {
        const visible = htmlVisibleText(node.value)
        this.note(visible.comment ? 'html-comment' : 'html')
        if (visible.image) this.note('image')
        return visible.image ? ' (image) ' : ''
      }
      default:
        return ''
    }
  }

  /** Visible text, whitespace collapsed as a browser does, escaped where it would read as markup. */
  private text(value: string): string {
    // An entity can spell what the first pass removed (`&#8203;`) and an unclosed `<!--` in running text
    // hides nothing on GitHub but opens a comment for any reader that re-renders it: both go.
    let text = stripInvisible(value, this.note)
    if (text.includes('<!--')) {
      this.note('html-comment')
      text = text.replace(/<!--(?:[^]*?-->|[^]*$)/g, ' ')
    }
    text = text.replace(/[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, (run) => {
      if (run !== ' ') this.note('excess-whitespace')
      return ' '
    })
    return escapeText(text)
  }
}

function indentAfterFirst(prefix: string, lines: readonly string[]): string[] {
  const pad = ' '.repeat(prefix.length)
  return lines.map((line, index) => (index === 0 ? `${prefix}${line}` : line ? `${pad}${line}` : ''))
}

function flat(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

function linkText(text: string, url: string): string {
  const shown = escapeText(stripInvisible(url, () => undefined))
  if (!shown || text === shown || url === `mailto:${text}`) return text || shown
  if (!text.trim()) return shown
  return `${text} (${shown})`
}

function inlineCode(value: string): string {
  const text = stripInvisible(value, () => undefined).replace(/\n/g, ' ')
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A character reference (`&lt;`, `&#45;`, `&#x200B;`). */
const ENTITY = /^&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/
/** The start of one that runs to the end of the text: the text dropped HTML joins on may finish it. */
const ENTITY_START_AT_END = /^&(?:#[0-9]{0,7}|#[xX][0-9a-fA-F]{0,6}|[A-Za-z][A-Za-z0-9]{0,31})?$/
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

/** What turns `<` into a tag, and `]` into a link or image, when it follows. */
const OPENS_AFTER: Record<string, RegExp> = { '<': /^[A-Za-z/!?]/, ']': /^[([]/ }

/**
 * Dropped HTML joins the text before it to the text after it: a `<` or `]` that ended one piece meets what
 * begins the next (`<<b>lt>` becomes a tag, `![](<!---->https://…)` an image). Such a last character is
 * escaped. (A `&` that could begin a character reference is escaped by `escapeText` itself.)
 */
function escapeJoint(joined: string, next: string): string {
  const last = joined.at(-1) ?? ''
  const escaped = /(?:^|[^\\])(?:\\\\)*\\.$/.test(joined)
  return !escaped && OPENS_AFTER[last]?.test(next) ? `${joined.slice(0, -1)}\\${last}` : joined
}

/**
 * A backslash before `<` that could open a tag, before `&` that spells an entity (or could, with the text
 * after this one), before `]` that opens a
 * link or image with what follows, and before a backslash that would escape any of them: the text then
 * reads the same whether or not it is rendered again.
 */
function escapeText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    const next = text[i + 1]
    if (ch === '<' && next !== undefined && OPENS_AFTER['<']?.test(next)) out += '\\<'
    else if (
      ch === '&' &&
      (ENTITY.test(text.slice(i, i + 40)) ||
        (text.length - i <= 41 && ENTITY_START_AT_END.test(text.slice(i))))
    )
      out += '\\&'
    else if (ch === ']' && next !== undefined && OPENS_AFTER[']']?.test(next)) out += '\\]'
    else if (ch === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next))) out += '\\\\'
    else out += ch
  }
  return out
}
