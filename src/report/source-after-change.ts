/**
 * A file as the change left it, from the checkout (which the run puts back as it found it) and the run's
 * patch: the annotations place dbt's errors in the changed source, not in the base.
 */
export function sourceAfterChange(
  diff: string,
  repoPath: string,
  base: string | undefined,
): string | undefined {
  const section = fileSection(diff, repoPath)
  if (section === undefined) return base
  if (/^\+\+\+ \/dev\/null$/m.test(section)) return undefined
  const created = /^--- \/dev\/null$/m.test(section)
  const old = created || base === undefined ? [] : base.split('\n')
  if (!created && base === undefined) return undefined
  const out: string[] = []
  let next = 0
  const lines = section.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(lines[i]!)
    if (!hunk) continue
    const oldStart = Number(hunk[1])
    // `-0,0` (a new file) starts before the first line; otherwise the hunk starts at line `oldStart`.
    const start = hunk[2] === '0' ? oldStart : oldStart - 1
    while (next < start && next < old.length) out.push(old[next++]!)
    for (i++; i < lines.length && !lines[i]!.startsWith('@@'); i++) {
      const line = lines[i]!
      if (line.startsWith('+')) out.push(line.slice(1))
      else if (line.startsWith('-')) next++
      else if (line.startsWith(' ')) {
        out.push(line.slice(1))
        next++
      }
    }
    i--
  }
  while (next < old.length) out.push(old[next++]!)
  return out.join('\n')
}

/** The part of a `git diff` for one file (its new path), up to the next file's header. */
function fileSection(diff: string, repoPath: string): string | undefined {
  const parts = diff.split(/^(?=diff --git )/m)
  return parts.find((part) => {
    const header = /^\+\+\+ (?:b\/(.+)|\/dev\/null)$/m.exec(part)
    const from = /^--- a\/(.+)$/m.exec(part)
    return header?.[1] === repoPath || (header?.[1] === undefined && from?.[1] === repoPath)
  })
}
