/**
 * Words and identifiers of free text (tickets, descriptions, SQL) reduced to comparable terms: lower case,
 * snake_case and camelCase split into words, plural endings stripped, filler words dropped.
 */

/** English filler, SQL keywords and ticket boilerplate: they match everything and so tell nothing. */
const STOPWORDS = new Set(
  (
    'a an and are as at be but by can could do does each for from has have how i if in into is it its ' +
    'like many may more most much must need needs new next no not of on one or our per please same should ' +
    'so some such than that the their them then there these they this those to up us use used using want ' +
    'wants was we were what when where which while who why will with would you your also only any all ' +
    'add adds added change changes make made get set see show shows row rows value values ' +
    'select case else end null join left right inner outer group limit union distinct coalesce ' +
    'sum min max count cast true false over partition between'
  ).split(' '),
)

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word)
}

/** A light stemmer: enough that `orders`, `order` and `categories`/`category` meet. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/**
 * Stemmed words of the text, snake_case and camelCase split, filler, one-letter and numeric words
 * dropped. A hand-rolled scanner: it runs over every name, column and description of a large project.
 */
export function wordStems(text: string): string[] {
  const stems: string[] = []
  scanWords(text, (start, end) => {
    const term = termAt(text, start, end)
    if (term !== undefined) stems.push(term)
  })
  return stems
}

/** Calls `visit` with the bounds of each word: runs of ASCII letters and digits, cut at camelCase humps. */
function scanWords(text: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const upper = code >= 65 && code <= 90
    const alnum = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
    if (!alnum) {
      if (start >= 0) visit(start, i)
      start = -1
    } else if (start < 0) start = i
    else if (upper) {
      // camelCase boundary: a capital after a lower-case letter or digit starts a new word.
      const previous = text.charCodeAt(i - 1)
      if ((previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57)) {
        visit(start, i)
        start = i
      }
    }
  }
  if (start >= 0) visit(start, text.length)
}

/** The stem of the word at `start`–`end`, or undefined for filler, one-letter and numeric words. */
function termAt(text: string, start: number, end: number): string | undefined {
  const word = text.slice(start, end).toLowerCase()
  if (word.length < 2 || STOPWORDS.has(word)) return undefined
  const first = word.charCodeAt(0)
  if (first >= 48 && first <= 57) return undefined
  return stem(word)
}

/** Words longer than this share one length slot in `StemMatcher`'s table. */
const LONG_WORD = 63

/**
 * Finds which of a few stems (a query's) a text's words have: the same answer as filtering
 * `wordStems(text)`, but a word is only cut out, lower-cased and stemmed when its first letter and length
 * fit some form of a wanted stem (`order`, `orders`; `category`, `categories`). Ranking runs it over every
 * description of a project, where almost no word can match.
 */
export class StemMatcher {
  /** 1 at [first letter or digit][length] when some form of a wanted stem has that shape. */
  private readonly shapes = new Uint8Array(36 * (LONG_WORD + 1))

  constructor(private readonly stems: ReadonlySet<string>) {
    for (const word of stems) {
      const forms = [word, `${word}s`]
      if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`)
      for (const form of forms) {
        const slot = shapeSlot(form.charCodeAt(0), form.length)
        if (slot >= 0) this.shapes[slot] = 1
      }
    }
  }

  /** Adds the wanted stems that words of the text have to `shared`. */
  collect(text: string, shared: Set<string>): void {
    scanWords(text, (start, end) => {
      const term = this.termIfWanted(text, start, end)
      if (term !== undefined) shared.add(term)
    })
  }

  /** Whether any word of the text has a wanted stem. */
  matches(text: string): boolean {
    let found = false
    scanWords(text, (start, end) => {
      if (!found && this.termIfWanted(text, start, end) !== undefined) found = true
    })
    return found
  }

  private termIfWanted(text: string, start: number, end: number): string | undefined {
    const slot = shapeSlot(text.charCodeAt(start), end - start)
    if (slot < 0 || this.shapes[slot] === 0) return undefined
    const term = termAt(text, start, end)
    return term !== undefined && this.stems.has(term) ? term : undefined
  }
}

/** Table slot of a word by its first character (either case) and length; -1 when not a letter or digit. */
function shapeSlot(first: number, length: number): number {
  const lower = first >= 65 && first <= 90 ? first + 32 : first
  const index = lower >= 97 && lower <= 122 ? lower - 97 : lower >= 48 && lower <= 57 ? 26 + lower - 48 : -1
  return index < 0 ? -1 : index * (LONG_WORD + 1) + Math.min(length, LONG_WORD)
}

/** Whole identifiers as written (`number_of_orders`), lower-cased; short ones and filler dropped. */
export function identifiers(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(IDENTIFIER)) {
    const identifier = match[0].toLowerCase()
    if (identifier.length >= 3 && !STOPWORDS.has(identifier)) found.push(identifier)
  }
  return found
}

/** About four characters per token: close enough for budgeting English, SQL and YAML. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}

/** Whether one insertion, deletion or substitution (or none) turns `a` into `b`; allocation-free. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--
    endB--
  }
  // What is left between the common prefix and suffix must be at most one character on each side.
  return endA - start <= 1 && endB - start <= 1
}
