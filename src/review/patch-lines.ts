/**
 * The lines of each file's new side that a pull request review comment may be on, read from the unified
 * patch git made of the change (`+` lines and the context lines of each hunk): exactly what GitHub, which
 * diffs the same way, accepts. Paths are the patch's `b/` paths (repository-relative).
 */
export function commentableLines(patch: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  let line = 0
  for (const text of patch.split('\n')) {
    if (text.startsWith('diff --git ')) {
      current = undefined
      continue
    }
    if (text.startsWith('+++ ')) {
      const name = text.slice(4).replace(/^"|"$/g, '')
      current = name === '/dev/null' ? undefined : new Set()
      if (current) files.set(name.replace(/^b\//, ''), current)
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (hunk) {
      line = Number(hunk[1])
      continue
    }
    if (!current || text.startsWith('--- ')) continue
    if (text.startsWith('+') || text.startsWith(' ')) current.add(line++)
  }
  return files
}
