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
  let start = -1
  const flush = (end: number): void => {
    if (start < 0) return
    const word = text.slice(start, end).toLowerCase()
    start = -1
    if (word.length < 2 || STOPWORDS.has(word)) return
    const first = word.charCodeAt(0)
    if (first >= 48 && first <= 57) return
    stems.push(stem(word))
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const upper = code >= 65 && code <= 90
    const alnum = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
    if (!alnum) flush(i)
    else if (start < 0) start = i
    else if (upper) {
      // camelCase boundary: a capital after a lower-case letter or digit starts a new word.
      const previous = text.charCodeAt(i - 1)
      if ((previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57)) {
        flush(i)
        start = i
      }
    }
  }
  flush(text.length)
  return stems
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

/** Levenshtein distance, given up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    previous = current
  }
  return previous[b.length] as number
}
