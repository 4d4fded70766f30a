import { codeSpan, longestBacktickRun } from './markdown-code.js'

/**
 * Jira wiki markup (Jira Data Center / Server descriptions and comments) → markdown.
 *
 * The input is untrusted text from a tracker: the walk is line by line with bounded regular expressions,
 * inline markup nests at most `MAX_INLINE_DEPTH` levels, and anything not understood stays as its text.
 */

const MAX_INLINE_DEPTH = 8
/** Longest run of text one inline mark may span: keeps the lazy matches linear on hostile input. */
const MAX_SPAN = 2000

const FENCED = /^\s*\{(code|noformat)(?::([^}\n]*))?\}(.*)$/
const PANEL = /^\s*\{(panel|quote|info|note|warning|tip)(?::([^}\n]*))?\}(.*)$/
const HEADING = /^\s*h([1-6])\.\s+(.*)$/
const LIST_ITEM = /^\s*([*#]+|-)\s+(.*)$/
const RULE = /^\s*-{4,}\s*$/
const BLOCK_QUOTE = /^\s*bq\.\s+(.*)$/
const TABLE_ROW = /^\s*\|/

export function wikiToMarkdown(wiki: string | null | undefined): string {
  if (!wiki) return ''
  return renderBlocks(wiki.replace(/\r\n?/g, '\n').split('\n'), 0).trim()
}

function renderBlocks(lines: string[], depth: number): string {
  const blocks: string[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) blocks.push(paragraph.map((line) => inline(line.trim(), 0)).join('\n'))
    paragraph = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const fenced = FENCED.exec(line)
    if (fenced) {
      flush()
      const end = closing(lines, i, fenced[1] ?? '', fenced[3] ?? '')
      blocks.push(codeBlock(end.body, fenced[1] === 'code' ? language(fenced[2]) : ''))
      i = end.index
      continue
    }
    const panel = depth < 4 ? PANEL.exec(line) : null
    if (panel) {
      flush()
      const end = closing(lines, i, panel[1] ?? '', panel[3] ?? '')
      blocks.push(panelBlock(panel[1] ?? '', parameters(panel[2]), end.body, depth))
      i = end.index
      continue
    }
    if (line.trim() === '') {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      flush()
      blocks.push(`${'#'.repeat(Number(heading[1]))} ${inline(heading[2]?.trim() ?? '', 0)}`)
      continue
    }
    if (RULE.test(line)) {
      flush()
      blocks.push('---')
      continue
    }
    const bq = BLOCK_QUOTE.exec(line)
    if (bq) {
      flush()
      blocks.push(quote(inline(bq[1]?.trim() ?? '', 0)))
      continue
    }
    if (LIST_ITEM.test(line)) {
      flush()
      const end = run(lines, i, (candidate) => LIST_ITEM.test(candidate))
      blocks.push(list(lines.slice(i, end)))
      i = end - 1
      continue
    }
    if (TABLE_ROW.test(line)) {
      flush()
      const end = run(lines, i, (candidate) => TABLE_ROW.test(candidate))
      blocks.push(table(lines.slice(i, end)))
      i = end - 1
      continue
    }
    paragraph.push(line)
  }
  flush()
  return blocks.filter((block) => block.trim() !== '').join('\n\n')
}

/** Index after the last consecutive line that `belongs`. */
function run(lines: string[], start: number, belongs: (line: string) => boolean): number {
  let end = start
  while (end < lines.length && belongs(lines[end] ?? '')) end++
  return end
}

/**
 * The body of a `{macro}` block up to its closing `{macro}` (on the same line or a later one); an unclosed
 * block runs to the end, as Jira renders it.
 */
function closing(
  lines: string[],
  start: number,
  macro: string,
  rest: string,
): { body: string[]; index: number } {
  const close = `{${macro}}`
  const sameLine = rest.indexOf(close)
  if (sameLine >= 0) return { body: [rest.slice(0, sameLine)], index: start }
  const body = rest.trim() === '' ? [] : [rest]
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const at = line.indexOf(close)
    if (at >= 0) {
      if (line.slice(0, at).trim() !== '') body.push(line.slice(0, at))
      return { body, index: i }
    }
    body.push(line)
  }
  return { body, index: lines.length - 1 }
}

/** `title=Orders|borderStyle=solid` → a map; a bare first value (`{code:sql}`) is under `''`. */
function parameters(raw: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  for (const part of (raw ?? '').split('|')) {
    const eq = part.indexOf('=')
    if (eq < 0) out.set('', part.trim())
    else out.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim())
  }
  return out
}

function language(raw: string | undefined): string {
  const params = parameters(raw)
  const name = params.get('language') ?? params.get('') ?? ''
  return /^[\w+#.-]{1,40}$/.test(name) ? name.toLowerCase() : ''
}

function codeBlock(body: string[], lang: string): string {
  const code = body.join('\n').replace(/^\n+|\n+$/g, '')
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1))
  return `${fence}${lang}\n${code}\n${fence}`
}

function panelBlock(macro: string, params: Map<string, string>, body: string[], depth: number): string {
  const content = renderBlocks(body, depth + 1)
  const title = params.get('title')
  const label = macro === 'panel' || macro === 'quote' ? '' : macro.charAt(0).toUpperCase() + macro.slice(1)
  const heading = [label, title ? inline(title, 0) : ''].filter(Boolean).join(': ')
  return quote(heading ? `**${heading}**\n\n${content}` : content)
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

/** `*`/`#` bullets, nested by repetition (`**`, `#*`); `-` is a one-level bullet. */
function list(lines: string[]): string {
  return lines
    .map((line) => {
      const match = LIST_ITEM.exec(line)
      const markers = match?.[1] ?? '*'
      const depth = markers === '-' ? 0 : markers.length - 1
      const ordered = markers.endsWith('#')
      return `${'   '.repeat(depth)}${ordered ? '1.' : '-'} ${inline(match?.[2]?.trim() ?? '', 0)}`
    })
    .join('\n')
}

/** `||h1||h2||` header cells and `|c1|c2|` cells; a table without a header row gets an empty one. */
function table(lines: string[]): string {
  const rows = lines.map((line) => {
    const trimmed = line.trim()
    const header = trimmed.startsWith('||')
    return { header, cells: cells(trimmed).map((cell) => inline(cell.trim(), 0).replace(/\|/g, '\\|')) }
  })
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 1)
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`
  const [first, ...rest] = rows
  const head = first?.header ? first.cells : []
  const body = first?.header ? rest : rows
  return [
    line(head),
    line(Array.from({ length: width }, () => '---')),
    ...body.map((row) => line(row.cells)),
  ].join('\n')
}

/** Splits a row on `|` / `||`, except inside `[link|url]`, `{{code}}` and after a backslash. */
function cells(row: string): string[] {
  const out: string[] = []
  let current = ''
  let brackets = 0
  let braces = 0
  for (let i = 0; i < row.length; i++) {
    const char = row[i] ?? ''
    if (char === '\\' && i + 1 < row.length) {
      current += char + (row[i + 1] ?? '')
      i++
      continue
    }
    if (char === '[') brackets++
    else if (char === ']') brackets = Math.max(0, brackets - 1)
    else if (char === '{') braces++
    else if (char === '}') braces = Math.max(0, braces - 1)
    if (char === '|' && brackets === 0 && braces === 0) {
      out.push(current)
      current = ''
      if (row[i + 1] === '|') i++
      continue
    }
    current += char
  }
  out.push(current)
  // The leading and trailing separators leave empty ends.
  if (out[0]?.trim() === '') out.shift()
  if (out.length > 0 && out.at(-1)?.trim() === '') out.pop()
  return out
}

const MARKS: Readonly<Record<string, (inner: string) => string>> = {
  '*': (inner) => `**${inner}**`,
  _: (inner) => `*${inner}*`,
  '??': (inner) => `*${inner}*`,
  '-': (inner) => `~~${inner}~~`,
  '+': (inner) => inner,
  '^': (inner) => inner,
  '~': (inner) => inner,
}

// Order matters: an escape is a character; `{{code}}` is literal; links and images before emphasis, whose
// markers must hug their text and may not sit inside a word (`snake_case` is not emphasis).
const INLINE = new RegExp(
  [
    String.raw`\\\\`,
    String.raw`\\(?<escaped>[^\sA-Za-z0-9])`,
    String.raw`\{\{(?<code>[^\n]{1,${MAX_SPAN}}?)\}\}`,
    String.raw`\{color(?::[^}\n]{0,40})?\}`,
    String.raw`\[(?<link>[^\[\]\n]{1,${MAX_SPAN}})\]`,
    String.raw`!(?<image>[^\s!|]{1,300}\.(?:png|jpe?g|gif|svg|bmp|webp)(?:\|[^!\n]{0,200})?)!`,
    String.raw`(?<![\p{L}\p{N}*_?\-+^~])(?<mark>\*|_|\?\?|-|\+|\^|~)(?=\S)(?<inner>[^\n]{1,${MAX_SPAN}}?)(?<=\S)\k<mark>(?![\p{L}\p{N}])`,
  ].join('|'),
  'giu',
)

function inline(text: string, depth: number): string {
  if (depth > MAX_INLINE_DEPTH) return text
  let out = ''
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const groups = match.groups ?? {}
    out += text.slice(last, match.index)
    last = match.index + match[0].length
    if (groups['escaped'] !== undefined) out += markdownEscape(groups['escaped'])
    else if (match[0] === '\\\\') out += '\n'
    // Jira renders escapes inside monospace too: `{{a\-b}}` shows `a-b`.
    else if (groups['code'] !== undefined)
      out += codeSpan(groups['code'].replace(/\\([^\sA-Za-z0-9])/g, '$1'))
    else if (groups['link'] !== undefined) out += link(groups['link'], depth)
    else if (groups['image'] !== undefined) out += image(groups['image'])
    else if (groups['mark'] !== undefined && groups['inner'] !== undefined) {
      const render = MARKS[groups['mark']]
      out += render ? render(inline(groups['inner'], depth + 1)) : match[0]
    }
    // `{color}` tags carry no meaning for the reader: dropped.
  }
  return out + text.slice(last)
}

/** `[text|url]`, `[url]`, `[~user]` (a mention), `[^file]` (an attachment), `[#anchor]`. */
function link(body: string, depth: number): string {
  if (body.startsWith('~')) return `@${body.slice(1).replace(/^accountid:/i, '')}`
  if (body.startsWith('^')) return `\`${body.slice(1)}\``
  const bar = body.indexOf('|')
  const label = bar >= 0 ? body.slice(0, bar).trim() : ''
  const target = (bar >= 0 ? body.slice(bar + 1).split('|')[0] : body)?.trim() ?? ''
  if (!/^(https?:\/\/|mailto:)/i.test(target)) return label ? inline(label, depth + 1) : `[${body}]`
  const href = /[\s()<>]/.test(target) ? `<${target.replace(/[<>]/g, encodeURIComponent)}>` : target
  return label ? `[${inline(label, depth + 1)}](${href})` : href
}

/** Images are not shown to anyone downstream: their name is kept so the reader knows one was there. */
function image(body: string): string {
  const name = body.split('|')[0]?.trim() ?? ''
  return `(image: ${name})`
}

function markdownEscape(char: string): string {
  return /[\\`*_{}[\]()#+\-.!|~<>]/.test(char) ? `\\${char}` : char
}
