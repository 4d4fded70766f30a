/**
 * Where in a model's source file dbt's error points. A Jinja compilation error names the template's line
 * (`line 6`), which is the source line. A database error names a line of the SQL the warehouse ran
 * (`LINE 20:` from DuckDB or Postgres, with `^` under the token), which is neither the source line nor the
 * compiled file's (the materialization wraps it): that line's text, or the marked token, is looked up in
 * the source, and used when it occurs once.
 */

export interface DbtErrorLocation {
  /** 1-based line of the source file. */
  line: number
  /** When the line could not be placed in the source: what dbt said, to put in the message. */
  note?: string
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g

/** dbt's message without terminal colours. */
export function plainDbtMessage(message: string): string {
  return message.replace(ANSI, '')
}

export function locateDbtError(message: string, source: string | undefined): DbtErrorLocation | undefined {
  const text = plainDbtMessage(message)
  const template = /Compilation Error[\s\S]*?\n\s*line (\d+)\s*\n/.exec(`${text}\n`)
  if (template) return { line: Number(template[1]) }

  const database = /^([^\n]*LINE (\d+):)([^\n]*)\n([^\n]*\^+)/m.exec(text)
  if (!database) return undefined
  const ranLine = Number(database[2])
  const lineText = database[3]!
  const fallback = { line: 1, note: `line ${ranLine} of the compiled SQL` }
  if (source === undefined) return fallback
  const sourceLines = source.split('\n')

  const wanted = lineText.trim()
  if (wanted) {
    const same = indexesWhere(sourceLines, (line) => line.trim() === wanted)
    if (same.length === 1) return { line: same[0]! + 1 }
  }
  const token = markedToken(database[1]!.length, lineText, database[4]!)
  if (token) {
    const containing = indexesWhere(sourceLines, (line) => containsToken(line, token))
    if (containing.length === 1) return { line: containing[0]! + 1 }
  }
  return fallback
}

/** The text above the carets: as many characters as there are carets, or the word a lone caret starts. */
function markedToken(prefixWidth: number, lineText: string, caretLine: string): string | undefined {
  const caret = caretLine.indexOf('^')
  const carets = /\^+/.exec(caretLine.slice(caret))![0].length
  const offset = caret - prefixWidth
  if (offset < 0 || offset >= lineText.length) return undefined
  const rest = lineText.slice(offset)
  const token = carets > 1 ? rest.slice(0, carets) : (/^[\w.]+/.exec(rest)?.[0] ?? rest.slice(0, 1))
  return token.trim() || undefined
}

function containsToken(line: string, token: string): boolean {
  if (!/^\w/.test(token) || !/\w$/.test(token)) return line.includes(token)
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\w])${escaped}($|[^\\w])`).test(line)
}

function indexesWhere(lines: readonly string[], test: (line: string) => boolean): number[] {
  return lines.flatMap((line, index) => (test(line) ? [index] : []))
}

/** The files dbt names in an error without node results: `Compilation Error in model x (models/x.sql)`. */
export function filesNamedIn(message: string): string[] {
  const files = [...plainDbtMessage(message).matchAll(/Error in \w+ [\w.-]+ \(([^()\n]+)\)/g)].map(
    (match) => match[1]!,
  )
  return [...new Set(files)]
}
