import picomatch from 'picomatch'

/**
 * The options of Autopilot's one glob dialect, fixed here so every caller matches alike: dot files and
 * folders match like any other, a leading `!` is a literal character (lists name what matches, they have
 * no exceptions), and paths are `/`-separated on every platform.
 */
const PICOMATCH_OPTIONS = { dot: true, nonegate: true, windows: false } as const

export interface GlobOptions {
  /** Match regardless of case, as the guard's denylist does (on some file systems `A` is `a`). */
  caseInsensitive?: boolean
}

/** Tests a `/`-separated path relative to the dbt project. */
export type PathMatcher = (path: string) => boolean

/**
 * The one glob dialect of layers' `paths`, the guard's `allowed_paths`/`denied_paths` and the agent's list
 * and search patterns (documented in docs/policy.md, "Path patterns"):
 * - picomatch syntax: `*` and `?` stay within a folder, `**` spans any number of folders (none included),
 *   `[a-z]` a character range, `{a,b}` alternatives;
 * - a pattern without any `/` matches a name at any depth: `*.yml` any YAML file, `profiles.yml` that file
 *   in any folder, `staging` a file or folder of that name with all it holds;
 * - any other pattern is anchored at the dbt project root (a leading `/` or `./` changes nothing):
 *   `models/*.sql` is the SQL directly in `models`, `/README.md` the root's README only;
 * - a trailing `/` names a folder and matches everything under it: `models/` is `models/**` without
 *   `models` itself (to name folders at any depth, start the pattern with `**` and a `/`);
 * - `\` escapes the next character (`\*` is a literal star); paths may use `\` between folders.
 * A path matches a list when it matches any pattern of it; an empty list matches nothing.
 */
export function globMatcher(patterns: string | readonly string[], options: GlobOptions = {}): PathMatcher {
  const globs = (typeof patterns === 'string' ? [patterns] : patterns).flatMap(expand)
  if (globs.length === 0) return () => false
  const match = picomatch(globs, { ...PICOMATCH_OPTIONS, nocase: options.caseInsensitive === true })
  return (path) => match(normalize(path))
}

// A backslash in a pattern escapes the next character, as in picomatch; only paths have it turned into `/`.
function expand(pattern: string): string[] {
  const trimmed = pattern.replace(/^(?:\.\/)+/, '')
  const folder = trimmed.endsWith('/')
  const anyDepth = !trimmed.includes('/')
  const rooted = trimmed.replace(/^\/+/, '').replace(/\/+$/, '')
  if (rooted === '') return []
  const anchored = anyDepth ? `**/${rooted}` : rooted
  const inside = `${anchored}/**/*`
  if (folder) return [inside]
  return anyDepth ? [anchored, inside] : [anchored]
}

function normalize(path: string): string {
  return path.replaceAll('\\', '/').replace(/^(?:\.?\/)+/, '')
}
