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

/** The text with `{# ... #}` comments blanked; an unterminated comment runs to the end, as in Jinja. */
export function withoutJinjaComments(text: string): string {
  return text.replace(/\{#[\s\S]*?(?:#\}|$)/g, blank)
}

/** `{{ ... }}` and `{% ... %}` regions of a text whose Jinja comments are already blanked. */
export function jinjaRegions(text: string): JinjaRegion[] {
  const regions: JinjaRegion[] = []
  let i = 0
  while (i < text.length) {
    const open = text.indexOf('{', i)
    if (open < 0 || open + 1 >= text.length) break
    const kind = text[open + 1]
    if (kind !== '{' && kind !== '%') {
      i = open + 1
      continue
    }
    const close = kind === '{' ? '}}' : '%}'
    let j = open + 2
    let quote: string | undefined
    while (j < text.length) {
      const char = text[j]!
      if (quote) {
        if (char === '\\') j++
        else if (char === quote) quote = undefined
      } else if (char === '"' || char === "'") quote = char
      else if (text.startsWith(close, j)) break
      j++
    }
    const end = Math.min(text.length, j + 2)
    regions.push({ start: open, end, code: text.slice(open, end) })
    i = end
  }
  return regions
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
