/**
 * Views of a SQL/Jinja file with the same length and line breaks as the original, so an index found in a
 * view is an index (and a line) in the file. Jinja is found on the raw text because dbt renders it before
 * SQL is parsed: a `{{ ... }}` inside a SQL string or comment still runs.
 */

export interface JinjaRegion {
  /** Index of `{{` / `{%`. */
  start: number
  /** Index just past `}}` / `%}` (or the end of the text when unterminated). */
  end: number
  /** The region's text, delimiters included. */
  code: string
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ')
}

/** One piece of a template as Jinja's lexer sees it. */
interface JinjaToken {
  kind: 'comment' | 'block' | 'raw'
  start: number
  end: number
}

const RAW_OPEN = /^\{%[-+]?\s*raw\s*[-+]?%\}$/
const RAW_CLOSE = /\{%[-+]?\s*endraw\s*[-+]?%\}/g

/**
 * The comments, `{{ }}`/`{% %}` blocks and `{% raw %}` contents of a template, in order, as Jinja's lexer
 * finds them: a comment starts only outside a block (`{{ '{#' }}` is a string, not a comment opener), a block
 * ends at its closing delimiter outside quotes, and nothing inside `{% raw %}…{% endraw %}` is Jinja.
 */
function jinjaTokens(text: string): JinjaToken[] {
  const tokens: JinjaToken[] = []
  let i = 0
  while (i < text.length) {
    const open = nextOpener(text, i)
    if (open < 0) break
    const kind = text[open + 1]
    if (kind === '#') {
      const close = text.indexOf('#}', open + 2)
      const end = close < 0 ? text.length : close + 2
      tokens.push({ kind: 'comment', start: open, end })
      i = end
      continue
    }
    const end = blockEnd(text, open + 2, kind === '{' ? '}}' : '%}')
    tokens.push({ kind: 'block', start: open, end })
    i = end
    if (kind === '%' && RAW_OPEN.test(text.slice(open, end))) {
      RAW_CLOSE.lastIndex = end
      const close = RAW_CLOSE.exec(text)
      const rawEnd = close ? close.index : text.length
      tokens.push({ kind: 'raw', start: end, end: rawEnd })
      i = rawEnd
    }
  }
  return tokens
}

function nextOpener(text: string, from: number): number {
  for (let i = text.indexOf('{', from); i >= 0 && i + 1 < text.length; i = text.indexOf('{', i + 1)) {
    const next = text[i + 1]
    if (next === '{' || next === '%' || next === '#') return i
  }
  return -1
}

/** Index just past `close`, skipping quoted strings; the end of the text when unterminated. */
function blockEnd(text: string, from: number, close: string): number {
  let quote: string | undefined
  for (let j = from; j < text.length; j++) {
    const char = text[j]!
    if (quote) {
      if (char === '\\') j++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") quote = char
    else if (text.startsWith(close, j)) return j + close.length
  }
  return text.length
}

/** The text with `{# ... #}` comments blanked; an unterminated comment runs to the end, as in Jinja. */
export function withoutJinjaComments(text: string): string {
  let out = ''
  let last = 0
  for (const token of jinjaTokens(text)) {
    if (token.kind !== 'comment') continue
    out += text.slice(last, token.start) + blank(text.slice(token.start, token.end))
    last = token.end
  }
  return out + text.slice(last)
}

/** `{{ ... }}` and `{% ... %}` regions of a text whose Jinja comments are already blanked. */
export function jinjaRegions(text: string): JinjaRegion[] {
  return jinjaTokens(text)
    .filter((token) => token.kind === 'block')
    .map(({ start, end }) => ({ start, end, code: text.slice(start, end) }))
}

/**
 * SQL with Jinja blanked (with `markJinja`, starting with a `;`: what it renders to is unknown, so text
 * after it may start a statement), then SQL comments blanked. With `blankStrings`, the inside of quoted strings and
 * identifiers is blanked too, so keywords in literals do not count.
 */
export function sqlView(text: string, options: { blankStrings: boolean; markJinja: boolean }): string {
  let sql = withoutJinjaComments(text)
  for (const region of jinjaRegions(sql)) {
    const mark = options.markJinja ? ';' : ' '
    sql = sql.slice(0, region.start) + mark + blank(region.code).slice(1) + sql.slice(region.end)
  }
  let out = ''
  let i = 0
  while (i < sql.length) {
    const char = sql[i]!
    const next = sql[i + 1]
    if (char === '-' && next === '-') {
      const end = sql.indexOf('\n', i)
      const stop = end < 0 ? sql.length : end
      out += blank(sql.slice(i, stop))
      i = stop
    } else if (char === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2)
      const stop = end < 0 ? sql.length : end + 2
      out += blank(sql.slice(i, stop))
      i = stop
    } else if (char === "'" || char === '"' || (char === '$' && /^\$\w*\$/.test(sql.slice(i)))) {
      const delimiter = char === '$' ? /^\$\w*\$/.exec(sql.slice(i))![0] : char
      let j = i + delimiter.length
      let closeLength = 0
      for (;;) {
        const end = sql.indexOf(delimiter, j)
        if (end < 0) {
          j = sql.length
          break
        }
        // A doubled quote is an escaped quote inside the literal.
        if (delimiter.length === 1 && sql[end + 1] === delimiter) {
          j = end + 2
          continue
        }
        j = end + delimiter.length
        closeLength = delimiter.length
        break
      }
      const inner = sql.slice(i + delimiter.length, j - closeLength)
      out += options.blankStrings ? delimiter + blank(inner) + sql.slice(j - closeLength, j) : sql.slice(i, j)
      i = j
    } else {
      out += char
      i++
    }
  }
  return out
}

/** The string literals in a piece of Jinja code, with their index in it. */
export function jinjaStrings(code: string): { value: string; index: number }[] {
  const strings: { value: string; index: number }[] = []
  const pattern = /'((?:[^'\\]|\\[\s\S])*)'|"((?:[^"\\]|\\[\s\S])*)"/g
  for (const match of code.matchAll(pattern)) {
    strings.push({ value: match[1] ?? match[2] ?? '', index: match.index })
  }
  return strings
}
