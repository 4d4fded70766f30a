import { EvalTaskError } from './eval-task.js'

export interface PatchedFile {
  /** Relative to the project folder (the patch's `-p1` root). */
  path: string
  change: 'added' | 'modified' | 'deleted'
}

/**
 * The files a unified diff touches, from its `---`/`+++` headers (git's `a/` and `b/` prefixes, or any
 * one leading folder as `patch -p1` strips it) and git's rename lines. A rename is a deletion and an addition.
 */
export function patchedFiles(patch: string, source = 'the reference patch'): PatchedFile[] {
  const files = new Map<string, PatchedFile['change']>()
  const lines = patch.split(/\r?\n/)
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? ''
    const renamed = /^rename from (.+)$/.exec(line)
    const renamedTo = /^rename to (.+)$/.exec(lines[i + 1] ?? '')
    if (renamed?.[1] && renamedTo?.[1]) {
      files.set(renamed[1], 'deleted')
      files.set(renamedTo[1], 'added')
      i += 1
      continue
    }
    if (!line.startsWith('--- ') || !(lines[i + 1] ?? '').startsWith('+++ ')) continue
    const before = headerPath(line.slice(4))
    const after = headerPath((lines[i + 1] ?? '').slice(4))
    i += 1
    if (after === undefined && before !== undefined) files.set(before, 'deleted')
    else if (before === undefined && after !== undefined) files.set(after, 'added')
    else if (after !== undefined) files.set(after, files.get(after) === 'added' ? 'added' : 'modified')
  }
  if (files.size === 0) {
    throw new EvalTaskError(
      `${source} changes no file: it must be a unified diff with \`--- a/<path>\` and \`+++ b/<path>\` headers (\`git diff\` writes one).`,
    )
  }
  return [...files].map(([path, change]) => ({ path, change })).sort((a, b) => a.path.localeCompare(b.path))
}

/** The path of a `---`/`+++` header without its `-p1` folder and timestamp; undefined for /dev/null. */
function headerPath(header: string): string | undefined {
  const name =
    header
      .split('\t')[0]
      ?.trim()
      .replace(/^"(.*)"$/, '$1') ?? ''
  if (name === '/dev/null' || name === '') return undefined
  const slash = name.indexOf('/')
  return slash >= 0 ? name.slice(slash + 1) : name
}
