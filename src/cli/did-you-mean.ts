/** The candidate closest to `word` by edit distance, when close enough to be a typo of it. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (!best || distance < best.distance) best = { candidate, distance }
  }
  // A third of the word (at least 1, at most 3 edits): `rnu` → `run`, `verfy-audit` → `verify-audit`.
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)))
  return best && best.distance <= allowed ? best.candidate : undefined
}

/** " Did you mean `x`?" or nothing. */
export function didYouMean(word: string, candidates: readonly string[], prefix = ''): string {
  const match = closest(word, candidates)
  return match ? ` Did you mean \`${prefix}${match}\`?` : ''
}

/** Levenshtein distance, with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, at(i - 2, j - 2) + 1)
      rows[i]![j] = distance
    }
  }
  return at(a.length, b.length)
}
