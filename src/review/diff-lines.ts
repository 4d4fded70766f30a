/** GitHub's diff context: a review comment may sit on a changed line or within this many lines of one. */
export const DIFF_CONTEXT = 3
/** Above this many line pairs a file counts as rewritten (every line new) instead of being diffed. */
const MAX_DIFF_CELLS = 4_000_000

export interface FileDiff {
  path: string
  /** The new side's lines a review comment may be on (changed lines and their context), 1-based. */
  commentable: ReadonlySet<number>
  /** The diff for a reader: hunks with the new side's line numbers. */
  text: string
}

type Op = { kind: 'same' | 'add'; line: number; text: string } | { kind: 'remove'; text: string }

/**
 * The line diff of one file (`before` null: a new file; `after` null: deleted) as the PR will show it:
 * what may take a line comment, and the hunks the review model reads.
 */
export function diffFile(path: string, before: string | null, after: string | null): FileDiff {
  const oldLines = before === null ? [] : splitLines(before)
  const newLines = after === null ? [] : splitLines(after)
  const ops = lineOps(oldLines, newLines)
  const changedAt = ops.map((op) => op.kind !== 'same')
  const near = (index: number) => {
    for (let i = Math.max(0, index - DIFF_CONTEXT); i <= Math.min(ops.length - 1, index + DIFF_CONTEXT); i++)
      if (changedAt[i]) return true
    return false
  }
  const commentable = new Set<number>()
  const shown: string[] = [
    `--- ${path}${before === null ? ' (new file)' : ''}${after === null ? ' (deleted)' : ''}`,
  ]
  let gap = false
  ops.forEach((op, index) => {
    if (!near(index)) {
      gap = true
      return
    }
    if (gap && shown.length > 1) shown.push('   …')
    gap = false
    if (op.kind === 'remove') shown.push(`-      | ${op.text}`)
    else {
      commentable.add(op.line)
      shown.push(`${op.kind === 'add' ? '+' : ' '}${String(op.line).padStart(5)} | ${op.text}`)
    }
  })
  return { path, commentable, text: shown.join('\n') }
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** Longest-common-subsequence diff; a file too big for it is all removed and all added. */
function lineOps(oldLines: readonly string[], newLines: readonly string[]): Op[] {
  const n = oldLines.length
  const m = newLines.length
  if (n * m > MAX_DIFF_CELLS) {
    return [
      ...oldLines.map((text): Op => ({ kind: 'remove', text })),
      ...newLines.map((text, i): Op => ({ kind: 'add', line: i + 1, text })),
    ]
  }
  // lengths[i][j]: LCS of oldLines[i..] and newLines[j..], one flat array.
  const width = m + 1
  const lengths = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        oldLines[i] === newLines[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0)
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && oldLines[i] === newLines[j]) {
      ops.push({ kind: 'same', line: j + 1, text: newLines[j] ?? '' })
      i++
      j++
    } else if (
      j < m &&
      (i === n || (lengths[i * width + j + 1] ?? 0) >= (lengths[(i + 1) * width + j] ?? 0))
    ) {
      ops.push({ kind: 'add', line: j + 1, text: newLines[j] ?? '' })
      j++
    } else {
      ops.push({ kind: 'remove', text: oldLines[i] ?? '' })
      i++
    }
  }
  return ops
}
