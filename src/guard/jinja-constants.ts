import { jinjaRegions, withoutJinjaComments } from './sql-text.js'

/**
 * What Jinja renders when the answer is known without running anything: string literals (adjacent ones
 * join, as in Python), names bound to such a value by `{% set %}`, `~` and `+` between them, parentheses, a
 * list of them joined with `|join`, and the filters `lower`, `upper`, `trim`, `string` and `reverse`.
 * The guard scans these values as if they were written out, so `'run_' ~ 'query'`, `{{ "'" }}` or
 * `{{ 'read_text' }}(…)` are seen for what they render to. Anything else (a call, an attribute, a filter
 * with arguments) is unknown, and the guard's other rules apply to it as written.
 */

type Token =
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'name'; value: string; start: number; end: number }
  | { kind: 'symbol'; value: string; start: number; end: number }

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
}

function tokenize(code: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < code.length) {
    const char = code[i]!
    if (/\s/.test(char)) {
      i++
    } else if (char === "'" || char === '"') {
      let value = ''
      let j = i + 1
      while (j < code.length && code[j] !== char) {
        if (code[j] === '\\' && j + 1 < code.length) {
          const escaped = code[j + 1]!
          value += SIMPLE_ESCAPES[escaped] ?? `\\${escaped}`
          j += 2
        } else value += code[j++]
      }
      tokens.push({ kind: 'string', value, start: i, end: Math.min(code.length, j + 1) })
      i = j + 1
    } else if (/[A-Za-z_]/.test(char)) {
      const name = /^[A-Za-z_]\w*/.exec(code.slice(i))![0]
      tokens.push({ kind: 'name', value: name, start: i, end: i + name.length })
      i += name.length
    } else {
      tokens.push({ kind: 'symbol', value: char, start: i, end: i + 1 })
      i++
    }
  }
  return tokens
}

type Value = string | string[]

const FILTERS: Readonly<Record<string, (value: string) => string>> = {
  lower: (value) => value.toLowerCase(),
  upper: (value) => value.toUpperCase(),
  trim: (value) => value.trim(),
  string: (value) => value,
  reverse: (value) => [...value].reverse().join(''),
}

interface Parsed {
  value: Value
  next: number
  /** More than one plain literal went into it: the value is not written anywhere as such. */
  computed: boolean
}

class ConstantParser {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly constants: ReadonlyMap<string, string>,
  ) {}

  private symbol(at: number, value: string): boolean {
    const token = this.tokens[at]
    return token?.kind === 'symbol' && token.value === value
  }

  concat(at: number): Parsed | undefined {
    let left = this.filtered(at)
    while (left && (this.symbol(left.next, '~') || this.symbol(left.next, '+'))) {
      const right = this.filtered(left.next + 1)
      if (!right || typeof left.value !== 'string' || typeof right.value !== 'string') return undefined
      left = { value: left.value + right.value, next: right.next, computed: true }
    }
    return left
  }

  private filtered(at: number): Parsed | undefined {
    let current = this.primary(at)
    while (current && this.symbol(current.next, '|')) {
      const name = this.tokens[current.next + 1]
      if (name?.kind !== 'name') return undefined
      let next = current.next + 2
      if (name.value === 'join') {
        let separator = ''
        if (this.symbol(next, '(')) {
          const argument = this.tokens[next + 1]
          if (argument?.kind !== 'string' || !this.symbol(next + 2, ')')) return undefined
          separator = argument.value
          next += 3
        }
        const items = typeof current.value === 'string' ? [...current.value] : current.value
        current = { value: items.join(separator), next, computed: true }
        continue
      }
      const filter = FILTERS[name.value]
      if (!filter || typeof current.value !== 'string' || this.symbol(next, '(')) return undefined
      current = { value: filter(current.value), next, computed: true }
    }
    return current
  }

  private primary(at: number): Parsed | undefined {
    const token = this.tokens[at]
    if (!token) return undefined
    if (token.kind === 'string') {
      let value = token.value
      let next = at + 1
      while (this.tokens[next]?.kind === 'string') value += this.tokens[next++]!.value
      return { value, next, computed: next - at > 1 }
    }
    if (token.kind === 'name') {
      const value = this.constants.get(token.value)
      const after = this.tokens[at + 1]
      const used = after?.kind === 'symbol' && ['(', '.', '['].includes(after.value)
      if (value === undefined || used || this.symbol(at - 1, '.')) return undefined
      return { value, next: at + 1, computed: true }
    }
    if (token.value === '(') {
      const inner = this.concat(at + 1)
      if (!inner || !this.symbol(inner.next, ')')) return undefined
      return { ...inner, next: inner.next + 1 }
    }
    if (token.value === '[') {
      const items: string[] = []
      let next = at + 1
      for (;;) {
        const item = this.concat(next)
        if (!item || typeof item.value !== 'string') return undefined
        items.push(item.value)
        if (this.symbol(item.next, ',')) next = item.next + 1
        else if (this.symbol(item.next, ']')) return { value: items, next: item.next + 1, computed: true }
        else return undefined
      }
    }
    return undefined
  }
}

/** The inside of `{{ … }}` or `{% … %}`, without delimiters and whitespace control. */
function inner(code: string): string {
  return code.replace(/^\{[{%][-+]?/, '').replace(/[-+]?[}%]\}$/, '')
}

/** The value of a whole Jinja expression when it is a constant string. */
export function constantValue(
  expression: string,
  constants: ReadonlyMap<string, string>,
): string | undefined {
  const tokens = tokenize(expression)
  const parsed = new ConstantParser(tokens, constants).concat(0)
  return parsed && parsed.next === tokens.length && typeof parsed.value === 'string'
    ? parsed.value
    : undefined
}

/**
 * Names a template binds to one constant string with `{% set name = … %}`. A name bound twice, or bound to
 * anything else, is left out: its value at a given point is not known.
 */
export function constantsOf(text: string): Map<string, string> {
  const constants = new Map<string, string>()
  const unknown = new Set<string>()
  for (const region of jinjaRegions(withoutJinjaComments(text))) {
    const set = /^\s*set\s+([A-Za-z_]\w*)\s*=([\s\S]*)$/.exec(inner(region.code))
    if (!set) continue
    const name = set[1]!
    const value = unknown.has(name) ? undefined : constantValue(set[2]!, constants)
    if (value === undefined || (constants.has(name) && constants.get(name) !== value)) {
      unknown.add(name)
      constants.delete(name)
    } else constants.set(name, value)
  }
  return constants
}

/** A constant string Jinja code builds, and where its expression sits in the code. */
export interface ComputedString {
  value: string
  start: number
  end: number
}

/**
 * The constant strings Jinja code builds (concatenations, joined lists, filters, bound names), for the
 * rules that look at strings. Plain single literals are left out: they are scanned as written.
 */
export function computedStrings(code: string, constants: ReadonlyMap<string, string>): ComputedString[] {
  const offset = /^\{[{%][-+]?/.exec(code)?.[0].length ?? 0
  const tokens = tokenize(inner(code))
  const parser = new ConstantParser(tokens, constants)
  const found: ComputedString[] = []
  let at = 0
  while (at < tokens.length) {
    const parsed = parser.concat(at)
    if (parsed && parsed.computed) {
      found.push({
        value: typeof parsed.value === 'string' ? parsed.value : parsed.value.join(''),
        start: offset + tokens[at]!.start,
        end: offset + tokens[parsed.next - 1]!.end,
      })
      at = parsed.next
    } else at++
  }
  return found
}

/** The code with each computed string written out as one literal, for rules that match on code. */
export function foldedCode(code: string, computed: readonly ComputedString[]): string {
  let out = ''
  let last = 0
  for (const item of computed) {
    out += `${code.slice(last, item.start)}'${item.value.replace(/['\\]/g, '\\$&')}'`
    last = item.end
  }
  return out + code.slice(last)
}

/** A text with some spans replaced, and the way back from an index in it to one in the original. */
export interface RenderedText {
  text: string
  /** The index in the original text that `index` in `text` comes from. */
  origin(index: number): number
}

/**
 * The template with every `{{ … }}` whose value is a constant string replaced by that value, as dbt would
 * render it; other Jinja is left as written.
 */
export function renderConstants(text: string): RenderedText {
  const constants = constantsOf(text)
  const pieces: { start: number; end: number; value: string }[] = []
  for (const region of jinjaRegions(withoutJinjaComments(text))) {
    if (!region.code.startsWith('{{')) continue
    const value = constantValue(inner(region.code), constants)
    if (value !== undefined) pieces.push({ start: region.start, end: region.end, value })
  }
  if (pieces.length === 0) return { text, origin: (index) => index }
  // Segments of the rendered text: copied ones map index for index, rendered values to their region start.
  const segments: { at: number; from: number; copied: boolean }[] = []
  let out = ''
  let last = 0
  for (const piece of pieces) {
    segments.push({ at: out.length, from: last, copied: true })
    out += text.slice(last, piece.start)
    segments.push({ at: out.length, from: piece.start, copied: false })
    out += piece.value
    last = piece.end
  }
  segments.push({ at: out.length, from: last, copied: true })
  out += text.slice(last)
  return {
    text: out,
    origin(index) {
      let segment = segments[0]!
      for (const candidate of segments) {
        if (candidate.at > index) break
        segment = candidate
      }
      return segment.copied ? segment.from + (index - segment.at) : segment.from
    },
  }
}
