/**
 * Whether a model's SQL holds logic a unit test should pin: read from the model's raw code, Jinja blanked
 * out, and only on the lines the change wrote (every line of a new model; of a changed one, the lines the
 * base did not have). Logic is a CASE, a filter (WHERE, HAVING, QUALIFY), a function call (not a cast, not a
 * keyword before a parenthesis), an arithmetic or concatenation operator between operands, a comparison in
 * the SELECT list outside a CASE, or a macro call in `{{ }}` other than ref/source/config/var. Renames, casts, joins and
 * column picks are not logic.
 */

export interface NewLogic {
  /** What was found, in order of first appearance, each once ("CASE", "coalesce()", "arithmetic", …). */
  found: string[]
  /** 1-based lines of the raw code that hold it. */
  lines: number[]
}

interface Token {
  text: string
  kind: 'word' | 'number' | 'string' | 'quoted' | 'op' | 'open' | 'close' | 'other'
  line: number
}

/** Words before a parenthesis that are syntax, not a function over columns. */
const NOT_FUNCTIONS = new Set([
  'as',
  'in',
  'from',
  'join',
  'on',
  'using',
  'and',
  'or',
  'not',
  'exists',
  'over',
  'values',
  'select',
  'where',
  'with',
  'when',
  'then',
  'else',
  'by',
  'is',
  'into',
  'filter',
  'within',
  'lateral',
  'union',
  'all',
  'distinct',
  'cast',
  'try_cast',
  'safe_cast',
  'convert',
  'recursive',
  'any',
  'some',
  'except',
  'intersect',
  'table',
  'group',
  'having',
  'qualify',
  'window',
  'partition',
])
const FILTERS = new Set(['where', 'having', 'qualify'])
const CLAUSES = new Set([
  'select',
  'from',
  'join',
  'on',
  'where',
  'group',
  'having',
  'order',
  'qualify',
  'limit',
  'window',
])
const KEYWORDS_BEFORE_STAR = new Set(['select', 'distinct', 'all', 'by'])
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '||'])
const COMPARISON = new Set(['=', '<', '>', '<=', '>=', '<>', '!='])
/** Jinja calls that are lineage or configuration, not logic. */
const PLAIN_JINJA = /^\{\{-?\s*(?:ref|source|config|var|env_var|this)\b/
const CLOCK_FUNCTIONS =
  /\b(?:current_date|current_timestamp|current_time|localtimestamp|localtime|now|getdate|sysdate|systimestamp|today|sysdatetime|getutcdate|unix_timestamp)\b/i

/** The new logic on the lines `changedLines` selects (all lines when undefined); undefined when none. */
export function newLogicIn(rawCode: string, changedLines?: ReadonlySet<number>): NewLogic | undefined {
  const found: string[] = []
  const lines = new Set<number>()
  const mark = (what: string, line: number) => {
    if (changedLines && !changedLines.has(line)) return
    if (!found.includes(what)) found.push(what)
    lines.add(line)
  }
  for (const call of jinjaCalls(rawCode)) mark(`the macro ${call.name}()`, call.line)
  const tokens = tokenize(blankJinja(rawCode))
  const clauses: string[] = ['select']
  let clause = 'select'
  let caseDepth = 0
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1]
    const next = tokens[i + 1]
    const word = token.kind === 'word' ? token.text.toLowerCase() : undefined
    if (token.kind === 'open') clauses.push(clause)
    if (token.kind === 'close') clause = clauses.pop() ?? 'select'
    if (word && CLAUSES.has(word)) clause = word
    if (word === 'case') {
      caseDepth++
      mark('CASE', token.line)
    }
    if (word === 'end' && caseDepth > 0) caseDepth--
    if (word && FILTERS.has(word)) mark(`a ${word.toUpperCase()} filter`, token.line)
    if (word && next?.kind === 'open' && !NOT_FUNCTIONS.has(word) && previous?.text !== '.')
      mark(`${word}()`, token.line)
    if (token.kind !== 'op') return
    const between = isOperand(previous, 'left') && isOperand(next, 'right')
    if (ARITHMETIC.has(token.text) && between) mark('arithmetic', token.line)
    if (COMPARISON.has(token.text) && between && clause === 'select' && caseDepth === 0)
      mark('a comparison', token.line)
  })
  return found.length > 0 ? { found, lines: [...lines].sort((a, b) => a - b) } : undefined
}

/** The 1-based lines of `rawCode` that `baseCode` does not have (compared trimmed, each base line used once). */
export function changedLinesOf(rawCode: string, baseCode: string): Set<number> {
  const base = new Map<string, number>()
  for (const line of baseCode.split('\n')) base.set(line.trim(), (base.get(line.trim()) ?? 0) + 1)
  const changed = new Set<number>()
  rawCode.split('\n').forEach((line, i) => {
    const left = base.get(line.trim()) ?? 0
    if (left > 0) base.set(line.trim(), left - 1)
    else changed.add(i + 1)
  })
  return changed
}

/** The clock function the SQL calls, if any: a unit test of it would pass today and fail another day. */
export function clockFunctionIn(rawCode: string): string | undefined {
  const tokens = tokenize(blankJinja(rawCode))
  return tokens.find((token) => token.kind === 'word' && CLOCK_FUNCTIONS.test(token.text))?.text
}

/** A star in a projection (`select *`, `a.*`): the model reads every column of a parent. */
export function selectsStar(rawCode: string): boolean {
  const tokens = tokenize(blankJinja(rawCode))
  return tokens.some((token, i) => {
    if (token.text !== '*') return false
    const previous = tokens[i - 1]
    return (
      previous === undefined ||
      previous.text === '.' ||
      previous.text === ',' ||
      KEYWORDS_BEFORE_STAR.has(previous.text.toLowerCase())
    )
  })
}

/** Every identifier the SQL names, lower-cased: the columns it may read. */
export function identifiersIn(rawCode: string): Set<string> {
  const names = new Set<string>()
  for (const token of tokenize(blankJinja(rawCode))) {
    if (token.kind === 'word') names.add(token.text.toLowerCase())
    if (token.kind === 'quoted') names.add(token.text.slice(1, -1).replaceAll('""', '"').toLowerCase())
  }
  return names
}

function isOperand(token: Token | undefined, side: 'left' | 'right'): boolean {
  if (!token) return false
  if (token.kind === 'number' || token.kind === 'string' || token.kind === 'quoted') return true
  if (token.kind === (side === 'left' ? 'close' : 'open')) return true
  if (token.kind !== 'word') return false
  return !NOT_FUNCTIONS.has(token.text.toLowerCase()) || token.text.toLowerCase() === 'cast'
}

/** Jinja expressions calling something other than ref/source/config/var: macros that write SQL. */
function jinjaCalls(rawCode: string): Array<{ name: string; line: number }> {
  const calls: Array<{ name: string; line: number }> = []
  for (const match of rawCode.matchAll(/\{\{-?\s*([A-Za-z_][\w.]*)\s*\(/g)) {
    if (PLAIN_JINJA.test(match[0])) continue
    calls.push({ name: match[1]!, line: rawCode.slice(0, match.index).split('\n').length })
  }
  return calls
}

/** Jinja tags, expressions and comments as spaces, newlines kept: SQL tokens keep their lines. */
function blankJinja(rawCode: string): string {
  return rawCode.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, (jinja) =>
    jinja.replace(/[^\n]/g, ' '),
  )
}

const TOKEN =
  /(--[^\n]*|\/\*[\s\S]*?\*\/)|('(?:[^']|'')*')|("(?:[^"]|"")*"|`[^`]*`)|([A-Za-z_][\w$]*)|(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+)|(\|\||<=|>=|<>|!=|::|[-+*/%=<>])|(\()|(\))|(\S)/gi

function tokenize(sql: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let at = 0
  for (const match of sql.matchAll(TOKEN)) {
    line += countNewlines(sql.slice(at, match.index))
    at = match.index
    const [text, comment, string, quoted, word, number, op, open, close] = match
    const kind: Token['kind'] | undefined = comment
      ? undefined
      : string
        ? 'string'
        : quoted
          ? 'quoted'
          : word
            ? 'word'
            : number
              ? 'number'
              : op
                ? 'op'
                : open
                  ? 'open'
                  : close
                    ? 'close'
                    : 'other'
    if (kind) tokens.push({ text, kind, line })
  }
  return tokens
}

function countNewlines(text: string): number {
  let count = 0
  for (const char of text) if (char === '\n') count++
  return count
}
