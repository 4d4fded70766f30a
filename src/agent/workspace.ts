import { lstat, mkdir, readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** A file operation the agent may not do; the message says what to do instead. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkspaceError'
  }
}

const REFUSED_SEGMENTS = new Set(['.git', '.github', 'target', 'dbt_packages', 'logs', 'node_modules'])
const REFUSED_NAMES = new Set(['profiles.yml', '.user.yml'])

export interface WorkspaceLimits {
  maxListEntries: number
  maxReadLines: number
  maxSearchMatches: number
  maxWriteBytes: number
  /** Files larger than this are not searched or read. */
  maxFileBytes: number
}

export const DEFAULT_LIMITS: WorkspaceLimits = {
  maxListEntries: 500,
  maxReadLines: 400,
  maxSearchMatches: 100,
  maxWriteBytes: 200 * 1024,
  maxFileBytes: 1024 * 1024,
}

export interface ListResult {
  files: string[]
  truncated: boolean
}

/**
 * File access confined to the dbt project directory. Paths are project-relative with `/`; anything that
 * could leave the project, touch version control, build output or credentials is refused.
 */
export class Workspace {
  /** Content before the agent's first write, by project-relative path; null when the file did not exist. */
  private readonly originals = new Map<string, string | null>()
  private realRoot?: string

  constructor(
    readonly root: string,
    readonly limits: WorkspaceLimits = DEFAULT_LIMITS,
  ) {}

  async list(dir = '.', pattern?: string): Promise<ListResult> {
    const start = await this.resolve(dir, { allowRoot: true })
    const matcher = pattern ? globMatcher(pattern) : undefined
    const files: string[] = []
    let truncated = false
    for await (const file of this.walk(start)) {
      if (matcher && !matcher(file)) continue
      if (files.length >= this.limits.maxListEntries) {
        truncated = true
        break
      }
      files.push(file)
    }
    return { files: files.sort(), truncated }
  }

  async read(file: string, options: { startLine?: number; maxLines?: number } = {}): Promise<string> {
    const text = await this.readText(file)
    const lines = text.split('\n')
    if (lines.length > 1 && lines.at(-1) === '') lines.pop()
    const start = Math.max(1, options.startLine ?? 1)
    const count = Math.min(options.maxLines ?? this.limits.maxReadLines, this.limits.maxReadLines)
    if (start > lines.length && lines.length > 0) {
      throw new WorkspaceError(`${file} has ${lines.length} lines; startLine ${start} is past the end.`)
    }
    const shown = lines.slice(start - 1, start - 1 + count)
    const width = String(start - 1 + shown.length).length
    const body = shown.map((line, i) => `${String(start + i).padStart(width)}| ${line}`).join('\n')
    const end = start - 1 + shown.length
    if (end < lines.length) {
      return `${body}\n(lines ${start}-${end} of ${lines.length}; read again with startLine=${end + 1} for more)`
    }
    return body
  }

  async search(query: string, options: { isRegex?: boolean; pathPattern?: string } = {}): Promise<string> {
    if (query === '') throw new WorkspaceError('The search query is empty: pass the text to look for.')
    let test: (line: string) => boolean
    if (options.isRegex) {
      let regex: RegExp
      try {
        regex = new RegExp(query)
      } catch (error) {
        throw new WorkspaceError(
          `Invalid regular expression: ${(error as Error).message}. Fix it or search plain text.`,
        )
      }
      test = (line) => regex.test(line)
    } else {
      test = (line) => line.includes(query)
    }
    const matcher = options.pathPattern ? globMatcher(options.pathPattern) : undefined
    const matches: string[] = []
    for await (const file of this.walk(await this.resolve('.', { allowRoot: true }))) {
      if (matcher && !matcher(file)) continue
      const absolute = path.join(this.root, file)
      const info = await stat(absolute)
      if (info.size > this.limits.maxFileBytes) continue
      const text = await readFile(absolute, 'utf8')
      if (text.includes('\0')) continue
      const lines = text.split('\n')
      for (let i = 0; i < lines.length; i++) {
        if (!test(lines[i]!)) continue
        if (matches.length >= this.limits.maxSearchMatches) {
          return `${matches.join('\n')}\n(stopped at ${this.limits.maxSearchMatches} matches; narrow the query or pathPattern)`
        }
        matches.push(`${file}:${i + 1}: ${shorten(lines[i]!.trim(), 200)}`)
      }
    }
    return matches.length > 0 ? matches.join('\n') : `No matches for ${JSON.stringify(query)}.`
  }

  async write(file: string, content: string): Promise<void> {
    const bytes = Buffer.byteLength(content, 'utf8')
    if (bytes > this.limits.maxWriteBytes) {
      throw new WorkspaceError(
        `Refused to write ${file}: ${bytes} bytes is over the ${this.limits.maxWriteBytes}-byte limit for one file. Split the change or write a smaller file.`,
      )
    }
    const absolute = await this.resolve(file)
    await this.remember(file, absolute)
    await mkdir(path.dirname(absolute), { recursive: true })
    await writeFile(absolute, content, 'utf8')
  }

  async edit(file: string, oldText: string, newText: string): Promise<void> {
    if (oldText === '')
      throw new WorkspaceError('`old` is empty: pass the exact text to replace, or use write_file.')
    const text = await this.readText(file)
    const count = text.split(oldText).length - 1
    if (count === 0) {
      throw new WorkspaceError(
        `The text to replace was not found in ${file}. Read the file again and copy the exact text, including whitespace and indentation.`,
      )
    }
    if (count > 1) {
      throw new WorkspaceError(
        `The text to replace matches ${count} times in ${file}; it must match exactly once. Include more surrounding lines to make it unique.`,
      )
    }
    const index = text.indexOf(oldText)
    await this.write(file, text.slice(0, index) + newText + text.slice(index + oldText.length))
  }

  /** Project-relative paths whose content differs from before the agent touched them, sorted. */
  async changedFiles(): Promise<string[]> {
    const changed: string[] = []
    for (const [file, original] of this.originals) {
      const current = await readFile(path.join(this.root, file), 'utf8').catch(() => null)
      if (current !== original) changed.push(file)
    }
    return changed.sort()
  }

  private async readText(file: string): Promise<string> {
    const absolute = await this.resolve(file)
    const info = await stat(absolute).catch(() => undefined)
    if (!info) throw new WorkspaceError(`${file} does not exist. Use list_files to see what is there.`)
    if (info.isDirectory()) throw new WorkspaceError(`${file} is a folder. Use list_files to see its files.`)
    if (info.size > this.limits.maxFileBytes) {
      throw new WorkspaceError(
        `${file} is ${info.size} bytes, too large to read; use search_files to find what you need.`,
      )
    }
    const text = await readFile(absolute, 'utf8')
    if (text.includes('\0'))
      throw new WorkspaceError(`${file} is a binary file; it cannot be read or edited.`)
    return text
  }

  private async remember(file: string, absolute: string): Promise<void> {
    const key = normalize(file)
    if (this.originals.has(key)) return
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) throw new WorkspaceError(`${file} is a folder; write to a file path inside it.`)
    this.originals.set(key, info ? await readFile(absolute, 'utf8') : null)
  }

  /** Checks a project-relative path and returns its absolute path inside the root. */
  private async resolve(file: string, options: { allowRoot?: boolean } = {}): Promise<string> {
    if (typeof file !== 'string' || file.trim() === '')
      throw new WorkspaceError('The path is empty: pass a project-relative path.')
    if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
      throw new WorkspaceError(
        `Refused ${file}: use a path relative to the dbt project root, e.g. models/staging/stg_orders.sql.`,
      )
    }
    const segments = file.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.')
    if (segments.includes('..')) {
      throw new WorkspaceError(
        `Refused ${file}: \`..\` is not allowed; only files inside the dbt project can be used.`,
      )
    }
    const refused = segments.find((segment) => REFUSED_SEGMENTS.has(segment))
    if (refused) {
      throw new WorkspaceError(
        `Refused ${file}: \`${refused}\` is off limits (version control, CI, build output or installed packages). Work on models, seeds, macros, tests and their YAML instead.`,
      )
    }
    const name = segments.at(-1)
    if (name && REFUSED_NAMES.has(name)) {
      throw new WorkspaceError(
        `Refused ${file}: connection profiles and credentials are never read or changed.`,
      )
    }
    if (segments.length === 0 && !options.allowRoot) {
      throw new WorkspaceError('The path names the project folder itself: pass a file path.')
    }
    const absolute = path.join(this.root, ...segments)
    await this.assertInsideRoot(file, absolute)
    return absolute
  }

  /** The real path of the file, or of its nearest existing parent, must stay inside the root. */
  private async assertInsideRoot(file: string, absolute: string): Promise<void> {
    this.realRoot ??= await realpath(this.root)
    let probe = absolute
    for (;;) {
      const exists = await lstat(probe).then(
        () => true,
        () => false,
      )
      if (exists) break
      const parent = path.dirname(probe)
      if (parent === probe) break
      probe = parent
    }
    const real = await realpath(probe).catch(() => undefined)
    if (!real) throw new WorkspaceError(`Refused ${file}: it is a link that points nowhere.`)
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      throw new WorkspaceError(`Refused ${file}: it is a link to a place outside the dbt project.`)
    }
  }

  /** Project-relative files under `start`, skipping refused folders and files and links that leave the root. */
  private async *walk(start: string): AsyncGenerator<string> {
    const info = await stat(start).catch(() => undefined)
    if (!info) throw new WorkspaceError(`${path.relative(this.root, start) || '.'} does not exist.`)
    if (!info.isDirectory()) {
      yield toPosix(path.relative(this.root, start))
      return
    }
    const entries = await readdir(start, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const absolute = path.join(start, entry.name)
      const relative = toPosix(path.relative(this.root, absolute))
      if (entry.isDirectory()) {
        if (!REFUSED_SEGMENTS.has(entry.name)) yield* this.walk(absolute)
      } else if (entry.isFile()) {
        if (!REFUSED_NAMES.has(entry.name)) yield relative
      } else if (entry.isSymbolicLink()) {
        const target = await this.resolve(relative).catch(() => undefined)
        const targetInfo = target ? await stat(target).catch(() => undefined) : undefined
        // Linked folders are not followed: they could loop.
        if (targetInfo?.isFile()) yield relative
      }
    }
  }
}

function normalize(file: string): string {
  return file
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/**
 * A glob over project-relative paths: `*` and `?` stay within a folder, `**` crosses folders. A pattern
 * without `/` matches the file name anywhere (`*.sql`).
 */
export function globMatcher(pattern: string): (file: string) => boolean {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const regex = new RegExp(`^${source}$`)
  const byName = !pattern.includes('/')
  return (file) => regex.test(byName ? file.slice(file.lastIndexOf('/') + 1) : file)
}
