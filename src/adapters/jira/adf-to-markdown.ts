import { z } from 'zod'
import { codeSpan, longestBacktickRun } from './markdown-code.js'

/**
 * Atlassian Document Format (Jira Cloud rich text) → markdown.
 *
 * The input is untrusted JSON from a tracker, so every node is narrowed one level at a time (never with a recursive
 * schema, which would recurse as deep as the input does) and the walk stops at `MAX_DEPTH`.
 */

const MAX_DEPTH = 100

/** Shown where the walk stopped, so a reader knows content was left out rather than never written. */
export const TOO_DEEP_NOTE = '[content nested more than 100 levels deep was omitted]'

const AttrsSchema = z.record(z.string(), z.unknown())

const NodeSchema = z.object({
  type: z.string().catch('unknown'),
  text: z.string().optional().catch(undefined),
  attrs: AttrsSchema.optional().catch(undefined),
  marks: z.array(z.unknown()).optional().catch(undefined),
  content: z.array(z.unknown()).optional().catch(undefined),
})

const MarkSchema = z.object({ type: z.string(), attrs: AttrsSchema.optional().catch(undefined) })

type AdfNode = z.infer<typeof NodeSchema>
type Mark = z.infer<typeof MarkSchema>

const INLINE_TYPES = new Set([
  'text',
  'mention',
  'emoji',
  'inlineCard',
  'hardBreak',
  'status',
  'date',
  'placeholder',
])

export function adfToMarkdown(document: unknown): string {
  if (document === null || document === undefined) return ''
  if (typeof document === 'string') return document
  const node = narrow(document)
  if (!node) return ''
  return renderBlocks([node], 0).trim()
}

function narrow(value: unknown): AdfNode | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const parsed = NodeSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

function children(node: AdfNode): AdfNode[] {
  const nodes: AdfNode[] = []
  for (const child of node.content ?? []) {
    const narrowed = narrow(child)
    if (narrowed) nodes.push(narrowed)
  }
  return nodes
}

function attr(node: AdfNode, name: string): unknown {
  return node.attrs?.[name]
}

function stringAttr(node: AdfNode, name: string): string | undefined {
  const value = attr(node, name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

function isInline(node: AdfNode): boolean {
  if (INLINE_TYPES.has(node.type)) return true
  // An unknown leaf that carries text reads as text.
  return node.text !== undefined && node.content === undefined
}

/** Renders sibling nodes as blocks separated by blank lines; runs of inline siblings form one paragraph. */
function renderBlocks(nodes: AdfNode[], depth: number, separator = '\n\n'): string {
  if (depth > MAX_DEPTH) return TOO_DEEP_NOTE
  const blocks: string[] = []
  let inlineRun: AdfNode[] = []
  const flush = () => {
    if (inlineRun.length > 0) blocks.push(renderInline(inlineRun, depth))
    inlineRun = []
  }
  for (const node of nodes) {
    if (isInline(node)) {
      inlineRun.push(node)
      continue
    }
    flush()
    blocks.push(renderBlock(node, depth))
  }
  flush()
  return blocks.filter((block) => block.trim() !== '').join(separator)
}

function renderBlock(node: AdfNode, depth: number): string {
  const next = depth + 1
  switch (node.type) {
    case 'paragraph':
      return renderInline(children(node), next)
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.trunc(Number(attr(node, 'level')) || 1)))
      return `${'#'.repeat(level)} ${renderInline(children(node), next)}`
    }
    case 'bulletList':
    case 'orderedList':
      return renderList(node, next)
    case 'codeBlock':
      return renderCodeBlock(node)
    case 'blockquote':
      return quote(renderBlocks(children(node), next))
    case 'panel': {
      const kind = stringAttr(node, 'panelType') ?? 'info'
      const title = kind.charAt(0).toUpperCase() + kind.slice(1)
      return quote(`**${title}:**\n\n${renderBlocks(children(node), next)}`)
    }
    case 'expand':
    case 'nestedExpand': {
      const title = stringAttr(node, 'title')
      const body = renderBlocks(children(node), next)
      return title ? `**${title}**\n\n${body}` : body
    }
    case 'table':
      return renderTable(node, next)
    case 'rule':
      return '---'
    default:
      return renderBlocks(children(node), next)
  }
}

function renderList(node: AdfNode, depth: number): string {
  const ordered = node.type === 'orderedList'
  const start = Math.max(0, Math.trunc(Number(attr(node, 'order')) || 1))
  const items = children(node).map((item, index) => {
    const marker = ordered ? `${start + index}. ` : '- '
    // A listItem holds blocks; anything else found in a list is rendered as if it were one.
    const content = item.type === 'listItem' ? children(item) : [item]
    const body = renderBlocks(content, depth + 1, '\n')
    return marker + indent(body, ' '.repeat(marker.length))
  })
  return items.join('\n')
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : prefix + line))
    .join('\n')
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

function plainText(node: AdfNode, depth: number): string {
  if (depth > MAX_DEPTH) return TOO_DEEP_NOTE
  if (node.text !== undefined) return node.text
  if (node.type === 'hardBreak') return '\n'
  return children(node)
    .map((child) => plainText(child, depth + 1))
    .join('')
}

function renderCodeBlock(node: AdfNode): string {
  const code = plainText(node, 0)
  const language = stringAttr(node, 'language')
  const safeLanguage = language && /^[\w+#.-]{1,40}$/.test(language) ? language : ''
  // A fence longer than any backtick run inside the code cannot be closed early by it.
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1))
  return `${fence}${safeLanguage}\n${code}\n${fence}`
}

function renderTable(node: AdfNode, depth: number): string {
  const rows = children(node)
    .filter((row) => row.type === 'tableRow')
    .map((row) => children(row).map((cell) => tableCell(cell, depth + 1)))
  if (rows.length === 0) return ''
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1)
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`
  const [header = [], ...body] = rows
  return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n')
}

function tableCell(cell: AdfNode, depth: number): string {
  return renderBlocks(children(cell), depth, ' ')
    .replace(/\|/g, '\\|')
    .replace(/\\\n/g, '<br>')
    .replace(/\n+/g, ' ')
    .trim()
}

function renderInline(nodes: AdfNode[], depth: number): string {
  if (depth > MAX_DEPTH) return TOO_DEEP_NOTE
  return nodes.map((node) => renderInlineNode(node, depth)).join('')
}

function renderInlineNode(node: AdfNode, depth: number): string {
  switch (node.type) {
    case 'text':
      return applyMarks(node.text ?? '', marksOf(node))
    case 'hardBreak':
      return '\\\n'
    case 'mention': {
      const text = stringAttr(node, 'text')
      if (text) return text.startsWith('@') ? text : `@${text}`
      const id = stringAttr(node, 'id')
      return id ? `@${id}` : '@someone'
    }
    case 'emoji':
      return stringAttr(node, 'text') ?? stringAttr(node, 'shortName') ?? ''
    case 'inlineCard':
    case 'blockCard':
      return stringAttr(node, 'url') ?? ''
    case 'status':
      return stringAttr(node, 'text') ? `[${stringAttr(node, 'text')}]` : ''
    case 'date': {
      const timestamp = Number(attr(node, 'timestamp'))
      return Number.isFinite(timestamp) && Math.abs(timestamp) < 8.64e15
        ? new Date(timestamp).toISOString().slice(0, 10)
        : ''
    }
    default:
      if (node.content !== undefined) return renderInline(children(node), depth + 1)
      return node.text ?? ''
  }
}

function marksOf(node: AdfNode): Mark[] {
  const marks: Mark[] = []
  for (const mark of node.marks ?? []) {
    const parsed = MarkSchema.safeParse(mark)
    if (parsed.success) marks.push(parsed.data)
  }
  return marks
}

function applyMarks(text: string, marks: Mark[]): string {
  if (text === '' || marks.length === 0) return text
  const has = (type: string) => marks.some((mark) => mark.type === type)
  // Emphasis markers must hug the text: `** bold**` is not bold, so whitespace stays outside them.
  const [, leading = '', core = '', trailing = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? []
  if (core === '') return text
  let result = has('code') ? codeSpan(core) : core
  if (has('strike')) result = `~~${result}~~`
  if (has('em')) result = `_${result}_`
  if (has('strong')) result = `**${result}**`
  const href = marks.find((mark) => mark.type === 'link')?.attrs?.['href']
  if (typeof href === 'string' && href !== '') {
    result = `[${result}](${/[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href})`
  }
  return leading + result + trailing
}
