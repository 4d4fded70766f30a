/**
 * Untrusted text (ticket title, body, fields; trigger comments) before the model sees it. Removes what a
 * person reading the rendered ticket does not see but a model reading the source would: HTML comments,
 * invisible and bidirectional-control characters, HTML entities that spell either of those, image alt
 * text, link titles, HTML tags and their attributes, and runs of whitespace that push text out of view.
 *
 * Never throws, runs in linear time, and is idempotent: sanitizing the output changes nothing.
 */

import type { Ticket } from './ticket.js'

export type RemovedKind =
  | 'html-comment'
  | 'invisible-character'
  | 'control-character'
  | 'html-entity'
  | 'html-tag'
  | 'image-alt-text'
  | 'link-title'
  | 'excess-whitespace'

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
  const input = typeof text === 'string' ? text : ''
  let out = decodeAndStrip(input.replace(/\r\n/g, '\n'), note)
  out = stripHtmlTags(out, note)
  out = stripHiddenMarkdown(out, note)
  out = collapseWhitespace(out, note)
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

// Zero-width, joiners, bidi embeddings/overrides/isolates, soft hyphen, invisible operators, fillers,
// variation selectors and the Unicode "tag" block (used to smuggle ASCII that renders as nothing).
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
]

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '\u200e',
  rlm: '\u200f',
  ZeroWidthSpace: '\u200b',
  NegativeVeryThinSpace: '\u200b',
  NegativeThinSpace: '\u200b',
  NegativeMediumSpace: '\u200b',
  NegativeThickSpace: '\u200b',
  NoBreak: '\u2060',
  InvisibleTimes: '\u2062',
  it: '\u2062',
  InvisibleComma: '\u2063',
  ic: '\u2063',
  ApplyFunction: '\u2061',
  af: '\u2061',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hairsp: '\u200a',
  Tab: '\t',
  NewLine: '\n',
  excl: '!',
  num: '#',
  dollar: '$',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  ast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  equals: '=',
  quest: '?',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  bsol: '\\',
  rsqb: ']',
  rbrack: ']',
  Hat: '^',
  lowbar: '_',
  grave: '`',
  lcub: '{',
  lbrace: '{',
  verbar: '|',
  vert: '|',
  rcub: '}',
  rbrace: '}',
  hyphen: '\u2010',
  dash: '\u2010',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  hellip: '\u2026',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  times: '\u00d7',
  divide: '\u00f7',
  minus: '\u2212',
}

const ENTITY_LOOKBACK = 40

type Note = (kind: RemovedKind) => void

/**
 * One pass over code points into an output buffer. Entities are decoded when their `;` arrives, and the
 * decoded character goes through the same checks, so `&amp;lt;`, `&l&#116;;` or an entity split by a
 * zero-width space resolve completely in one pass and the output holds no entity, no `<!--` and no
 * invisible character anywhere: that is what makes the whole function idempotent.
 */
function decodeAndStrip(input: string, note: Note): string {
  const out: string[] = []
  // Characters still to process before the next input character: a decoded entity's text, last first.
  // A queue, not recursion: `&semi&semi…&#59;` unwinds thousands of entities and must not overflow the stack.
  const pending: string[] = []
  let inComment = false
  let dashes = 0

  const accept = (raw: string): void => {
    let ch = raw
    const cp = ch.codePointAt(0) ?? 0
    if (isInvisible(cp)) return note('invisible-character')
    if (ch === '\r' || ch === '\u2028' || ch === '\u2029') ch = '\n'
    else if (isSpace(cp)) {
      if (ch !== '\t') note('excess-whitespace')
      ch = ' '
    } else if (isControl(cp)) return note('control-character')
    out.push(ch)
    if (ch === ';') decodeEntityAtEnd()
    else if (ch === '-' && endsWithCommentOpen()) {
      out.length -= 4
      inComment = true
      // `<!-->` and `<!--->` are complete comments (CommonMark 0.31): the opener's dashes count.
      dashes = 2
      note('html-comment')
    }
  }

  const decodeEntityAtEnd = (): void => {
    const end = out.length - 1
    let start = end - 1
    while (start >= 0 && end - start <= ENTITY_LOOKBACK && out[start] !== '&') start--
    if (start < 0 || out[start] !== '&') return
    const decoded = decodeEntity(out.slice(start + 1, end).join(''))
    if (decoded === undefined) return
    out.length = start
    note('html-entity')
    pending.push(...[...decoded].reverse())
  }

  const endsWithCommentOpen = (): boolean => {
    const n = out.length
    return n >= 4 && out[n - 4] === '<' && out[n - 3] === '!' && out[n - 2] === '-'
  }

  for (const ch of input) {
    pending.push(ch)
    while (pending.length > 0) {
      const next = pending.pop() ?? ''
      if (!inComment) {
        accept(next)
        continue
      }
      // Inside a comment nothing is decoded (as in HTML): the text is dropped up to `-->`.
      if (next === '-') dashes++
      else {
        if (next === '>' && dashes >= 2) inComment = false
        dashes = 0
      }
    }
  }
  return out.join('')
}

function decodeEntity(name: string): string | undefined {
  const numeric = /^#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}))$/.exec(name)
  if (numeric) {
    const cp = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10)
    // Invalid code points (NUL, surrogates, beyond Unicode) decode to nothing: they carry no visible text.
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return ''
    return String.fromCodePoint(cp)
  }
  return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined
}

function isInvisible(cp: number): boolean {
  for (const [low, high] of INVISIBLE) if (cp >= low && cp <= high) return true
  return false
}

// Spaces that are not U+0020 become one, so the whitespace rules see them.
function isSpace(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0b ||
    cp === 0x0c ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  )
}

function isControl(cp: number): boolean {
  if (cp === 0x0a || cp === 0x09) return false
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)
}

// Tags GitHub renders (or drops) without showing their attributes. Only these are touched, so SQL such as
// `a <b` or a generic `List<String>` in a ticket survives.
const HTML_TAGS = new Set(
  (
    'a abbr b bdi bdo big blockquote body br button caption center cite code col colgroup dd del details dfn ' +
    'div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
    'input ins kbd label li link main mark meta nav noscript object ol option p picture pre q rp rt ruby s ' +
    'samp script section select small source span strike strong style sub summary sup svg table tbody td ' +
    'template textarea tfoot th thead title tr tt u ul var video wbr'
  ).split(' '),
)

// Attribute values exclude `<` and `>` so every attempt stops at the next angle bracket: linear overall.
const TAG =
  /<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>/g

/** Drops known HTML tags (attributes hide text: `title`, `alt`, `data-*`), keeping the text between them. */
function stripHtmlTags(text: string, note: Note): string {
  if (!text.includes('<')) return text
  const parts: string[] = []
  let lastChar: string | undefined
  let last = 0
  const emit = (piece: string): void => {
    if (piece === '') return
    parts.push(piece)
    lastChar = piece.at(-1)
  }
  for (const match of text.matchAll(TAG)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!HTML_TAGS.has(name)) continue
    note(name === 'img' ? 'image-alt-text' : 'html-tag')
    emit(text.slice(last, match.index))
    last = match.index + match[0].length
    // Between two visible characters a space, not nothing: joining them could spell `<!--` or an entity.
    const before = visible(lastChar) ? ' ' : ''
    const after = visible(text[last]) ? ' ' : ''
    if (name === 'img') emit(`${before}[image]${after}`)
    else if (before && after) emit(' ')
  }
  if (parts.length === 0 && last === 0) return text
  emit(text.slice(last))
  return parts.join('')
}

function visible(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ' ' && ch !== '\n'
}

const TITLE = `(?:"[^"\\n]*"|'[^'\\n]*'|\\([^()\\n]*\\))`
const IMAGE = new RegExp(
  `!\\[[^\\[\\]\\n]*\\](?:\\([^()\\s]*(?:\\s+${TITLE})?\\s*\\)|\\[[^\\[\\]\\n]*\\])`,
  'g',
)
const LINK_WITH_TITLE = new RegExp(`\\[([^\\[\\]\\n]*)\\]\\(([^()\\s]*)\\s+${TITLE}\\s*\\)`, 'g')
const REFERENCE_WITH_TITLE = new RegExp(
  `^( {0,3}\\[[^\\[\\]\\n]+\\]:[ \\t]*[^\\s]+)[ \\t]+${TITLE}[ \\t]*$`,
  'gm',
)

/** Image alt text and link titles render as nothing (or a tooltip) but read as text. */
function stripHiddenMarkdown(text: string, note: Note): string {
  let out = text
  if (out.includes('![')) {
    out = out.replace(IMAGE, (_match: string, offset: number, whole: string) => {
      note('image-alt-text')
      // After a `!`, `[image]` would itself start an image on the next pass.
      return whole[offset - 1] === '!' ? ' [image]' : '[image]'
    })
  }
  if (out.includes('](')) {
    out = out.replace(LINK_WITH_TITLE, (_match: string, label: string, url: string) => {
      note('link-title')
      return `[${label}](${url})`
    })
  }
  if (out.includes(']:')) {
    out = out.replace(REFERENCE_WITH_TITLE, (_match: string, definition: string) => {
      note('link-title')
      return definition
    })
  }
  return out
}

const MAX_INDENT = 24

/**
 * Trailing spaces go, runs inside a line become one space, indentation is capped (a line indented by
 * hundreds of spaces hides its text off screen), and more than one blank line in a row becomes one.
 */
function collapseWhitespace(text: string, note: Note): string {
  const lines: string[] = []
  let blank = false
  for (const raw of text.split('\n')) {
    const trimmed = raw.trimEnd()
    const body = trimmed.trimStart()
    if (body === '') {
      if (raw !== '') note('excess-whitespace')
      if (blank || lines.length === 0) {
        if (blank) note('excess-whitespace')
        continue
      }
      blank = true
      lines.push('')
      continue
    }
    blank = false
    let indent = trimmed.slice(0, trimmed.length - body.length)
    if (indent.length > MAX_INDENT) {
      indent = indent.slice(0, MAX_INDENT)
      note('excess-whitespace')
    }
    const collapsed = body.replace(/[ \t]{2,}|\t/g, ' ')
    if (collapsed !== body || trimmed !== raw) note('excess-whitespace')
    lines.push(indent + collapsed)
  }
  while (lines.at(-1) === '') lines.pop()
  return lines.join('\n')
}
