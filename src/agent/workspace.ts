import { lstat, mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  DEFAULT_GUARD_CONFIG,
  formatViolations,
  guardDeletion,
  guardEdit,
  isSecretFile,
  linesChanged,
  readDeniedReason,
  type ChangedFile,
  type GuardConfig,
  type Violation,
} from '../guard/guard.js'
import { globMatcher } from '../shared/glob.js'
import { createRedactor, type Redactor } from '../shared/redact.js'
import { searchWithRegex, type SearchText } from './regex-search.js'

/** A file operation the agent may not do; the message says what to do instead. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkspaceError'
  }
}

/** A write the guard refused; the message starts with the rule name, e.g. `[sql-ddl-dml] ...`. */
export class GuardRefusal extends WorkspaceError {
  constructor(readonly violations: Violation[]) {
    super(formatViolations(violations))
    this.name = 'GuardRefusal'
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
  /** How long one regular-expression search may run before it is stopped. */
  regexTimeoutMs: number
}

export const DEFAULT_LIMITS: WorkspaceLimits = {
  maxListEntries: 500,
  maxReadLines: 400,
  maxSearchMatches: 100,
  maxWriteBytes: 200 * 1024,
  maxFileBytes: 1024 * 1024,
  regexTimeoutMs: 5000,
}

/** A deletion the guard agreed to, not yet done; `original` is null when the run created the file. */
interface PendingDeletion {
  key: string
  absolute: string
  original: string | null
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
  /** Lines changed against the original, by project-relative path, for the change-wide limit. */
  private readonly lineCounts = new Map<string, number>()
  private realRoot?: string
  private readonly redact: Redactor
  /** Set during a phased change: what the current phase may not write (see `src/phases/phase-scope.ts`). */
  private scope?: { refusal(file: string): string | undefined }

  constructor(
    readonly root: string,
    readonly limits: WorkspaceLimits = DEFAULT_LIMITS,
    readonly guard: GuardConfig = DEFAULT_GUARD_CONFIG,
  ) {
    this.redact = createRedactor(guard.secretValues)
  }

  async list(dir = '.', pattern?: string): Promise<ListResult> {
    const start = await this.resolveReadable(dir, { allowRoot: true })
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
    // The model never sees a token, so it cannot copy one into a file, a summary or its answer.
    const body = shown
      .map((line, i) => `${String(start + i).padStart(width)}| ${this.redact(line)}`)
      .join('\n')
    const end = start - 1 + shown.length
    if (end < lines.length) {
      return `${body}\n(lines ${start}-${end} of ${lines.length}; read again with startLine=${end + 1} for more)`
    }
    return body
  }

  async search(query: string, options: { isRegex?: boolean; pathPattern?: string } = {}): Promise<string> {
    if (query === '') throw new WorkspaceError('The search query is empty: pass the text to look for.')
    if (options.isRegex) {
      try {
        new RegExp(query)
      } catch (error) {
        throw new WorkspaceError(
          `Invalid regular expression: ${(error as Error).message}. Fix it or search plain text.`,
        )
      }
    }
    const texts = await this.searchable(options.pathPattern)
    const max = this.limits.maxSearchMatches
    let found: { text: number; line: number }[]
    if (options.isRegex) {
      const result = await searchWithRegex(query, texts, {
        max: max + 1,
        timeoutMs: this.limits.regexTimeoutMs,
      })
      if ('timedOut' in result) {
        throw new WorkspaceError(
          `The regular expression ran for over ${this.limits.regexTimeoutMs} ms and was stopped (nested quantifiers such as \`(a+)+\` backtrack without end). Search plain text, or write a simpler pattern.`,
        )
      }
      found = result.matches
    } else {
      found = []
      for (let t = 0; t < texts.length && found.length <= max; t++) {
        const lines = texts[t]!.text.split('\n')
        for (let line = 0; line < lines.length && found.length <= max; line++)
          if (lines[line]!.includes(query)) found.push({ text: t, line })
      }
    }
    const lines = new Map<number, string[]>()
    const matches = found.slice(0, max).map(({ text, line }) => {
      const item = texts[text]!
      if (!lines.has(text)) lines.set(text, item.text.split('\n'))
      return `${item.file}:${line + 1}: ${shorten(this.redact(lines.get(text)![line]!.trim()), 200)}`
    })
    if (found.length > max)
      return `${matches.join('\n')}\n(stopped at ${max} matches; narrow the query or pathPattern)`
    return matches.length > 0 ? matches.join('\n') : `No matches for ${JSON.stringify(query)}.`
  }

  /** The text files search looks in: readable, not binary, not over the size limit. */
  private async searchable(pathPattern: string | undefined): Promise<SearchText[]> {
    const matcher = pathPattern ? globMatcher(pathPattern) : undefined
    const texts: SearchText[] = []
    for await (const file of this.walk(await this.resolveReadable('.', { allowRoot: true }))) {
      if (matcher && !matcher(file)) continue
      const absolute = path.join(this.root, file)
      const info = await stat(absolute)
      if (info.size > this.limits.maxFileBytes) continue
      const text = await readFile(absolute, 'utf8')
      if (!text.includes('\0')) texts.push({ file, text })
    }
    return texts
  }

  /** Writes after the guard agreed: path and real path, kind, size, SQL/Jinja/YAML safety, secrets, totals. */
  async write(file: string, content: string): Promise<void> {
    const bytes = Buffer.byteLength(content, 'utf8')
    if (bytes > this.limits.maxWriteBytes) {
      throw new WorkspaceError(
        `[file-too-large] Refused to write ${file}: ${bytes} bytes is over the ${this.limits.maxWriteBytes}-byte limit for one file. Split the change or write a smaller file.`,
      )
    }
    const key = normalize(file)
    this.checkScope(key)
    // Checked first, so a write storm is turned away without touching the disk.
    const full = this.fileLimit(key)
    if (full) throw new GuardRefusal([full])
    const { absolute, real } = await this.resolveReal(file)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) throw new WorkspaceError(`${file} is a folder; write to a file path inside it.`)
    const original = this.originals.has(key)
      ? this.originals.get(key)!
      : info
        ? await readFile(absolute, 'utf8')
        : null
    const violations = guardEdit(file, content, original, this.guard, { realPath: real })
    if (violations.length === 0) violations.push(...this.totals(key, original, content))
    if (violations.length > 0) throw new GuardRefusal(violations)
    this.originals.set(key, original)
    this.lineCounts.set(key, linesChanged(original, content))
    await mkdir(path.dirname(absolute), { recursive: true })
    await writeFile(absolute, content, 'utf8')
  }

  /** Deletes a file after the guard agreed (the same path rules as a write); shown as old → nothing. */
  async delete(file: string): Promise<void> {
    const checked = await this.checkDeletion(file)
    await this.removeChecked(checked)
  }

  /**
   * Renames or moves a file: a write of its content at `to` (every write rule applies) and a deletion of
   * `from`, both checked before either happens. The change shows a deletion plus an addition.
   */
  async move(from: string, to: string): Promise<void> {
    const source = normalize(from)
    const target = normalize(to)
    if (source === target) throw new WorkspaceError(`${from} and ${to} are the same path; nothing to move.`)
    const checked = await this.checkDeletion(from)
    const { absolute } = await this.resolveReal(to)
    if (await stat(absolute).catch(() => undefined)) {
      throw new WorkspaceError(
        `${to} already exists. Delete it first (delete_file) or move ${from} to a new path.`,
      )
    }
    const content = await this.readText(from)
    // The deletion counts towards the file limit before the write does: both must fit.
    if (!this.originals.has(checked.key) && !this.originals.has(target)) {
      const full = this.fileLimit(target, 1)
      if (full) throw new GuardRefusal([full])
    }
    await this.write(to, content)
    await this.removeChecked(checked)
  }

  /** Path rules, the file limit and the line limit for deleting `file`; nothing is changed yet. */
  private async checkDeletion(file: string): Promise<PendingDeletion> {
    const key = normalize(file)
    this.checkScope(key)
    const full = this.fileLimit(key)
    if (full) throw new GuardRefusal([full])
    const { absolute, real } = await this.resolveReal(file)
    const info = await lstat(absolute).catch(() => undefined)
    if (!info) throw new WorkspaceError(`${file} does not exist. Use list_files to see what is there.`)
    if (info.isDirectory()) {
      throw new WorkspaceError(`${file} is a folder; delete the files in it one by one.`)
    }
    const violations = guardDeletion(file, this.guard, { realPath: real })
    const original = this.originals.has(key) ? this.originals.get(key)! : await readFile(absolute, 'utf8')
    if (violations.length === 0) violations.push(...this.totals(key, original, null))
    if (violations.length > 0) throw new GuardRefusal(violations)
    return { key, absolute, original }
  }

  private async removeChecked({ key, absolute, original }: PendingDeletion): Promise<void> {
    this.originals.set(key, original)
    this.lineCounts.set(key, linesChanged(original, null))
    await rm(absolute)
  }

  /** Limits writes and deletions to one phase's files; `undefined` lifts the limit. */
  limitTo(scope: { refusal(file: string): string | undefined } | undefined): void {
    this.scope = scope
  }

  private checkScope(key: string): void {
    const refusal = this.scope?.refusal(key)
    if (refusal) throw new WorkspaceError(refusal)
  }

  /** The content of every changed file now (null: deleted), by path: what a phase leaves. */
  async snapshot(): Promise<Map<string, string | null>> {
    const files = new Map<string, string | null>()
    for (const file of await this.changedFiles())
      files.set(file, await readFile(path.join(this.root, file), 'utf8').catch(() => null))
    return files
  }

  /**
   * Puts every file the agent touched back as `snapshot` has it, or as it was before the agent when the
   * snapshot does not hold it: what a failed phase leaves is taken out, the phases before it stay.
   */
  async revertTo(snapshot: ReadonlyMap<string, string | null>): Promise<void> {
    for (const [file, original] of this.originals) {
      const content = snapshot.has(file) ? (snapshot.get(file) ?? null) : original
      const absolute = path.join(this.root, file)
      if (content === null) await rm(absolute, { force: true })
      else {
        await mkdir(path.dirname(absolute), { recursive: true })
        await writeFile(absolute, content, 'utf8')
      }
      this.lineCounts.set(file, linesChanged(original, content))
    }
  }

  /** `reserved`: files about to be changed by the same operation, not yet tracked. */
  private fileLimit(key: string, reserved = 0): Violation | undefined {
    if (this.originals.has(key) || this.originals.size + reserved < this.guard.maxFilesChanged)
      return undefined
    return {
      rule: 'too-many-files',
      path: key,
      message: `Refused: this run already changed ${this.originals.size} files, the limit. Finish with what you have, or say in your summary that the ticket should be split.`,
    }
  }

  /** The change-wide line limit, as it would stand after this write. */
  private totals(key: string, original: string | null, content: string | null): Violation[] {
    let lines = linesChanged(original, content)
    for (const [file, count] of this.lineCounts) if (file !== key) lines += count
    if (lines > this.guard.maxLinesChanged) {
      return [
        {
          rule: 'too-many-lines',
          path: key,
          message: `Refused: the change would add or remove ${lines} lines, over the limit of ${this.guard.maxLinesChanged}. Make a smaller change, or say in your summary that the ticket should be split.`,
        },
      ]
    }
    return []
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

  /**
   * Every file the agent changed, read from disk now, with its original content: the input of the final
   * guard check (`guardDiff`) before anything is pushed. Bytes, so invalid UTF-8 is seen as such.
   */
  async changes(): Promise<ChangedFile[]> {
    const changes: ChangedFile[] = []
    for (const file of await this.changedFiles()) {
      const content = await readFile(path.join(this.root, file)).catch(() => null)
      changes.push({
        path: file,
        content: content && new Uint8Array(content),
        old: this.originals.get(file) ?? null,
      })
    }
    return changes
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
    const absolute = await this.resolveReadable(file)
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

  /** Checks a project-relative path and returns its absolute path inside the root. */
  private async resolve(file: string, options: { allowRoot?: boolean } = {}): Promise<string> {
    if (typeof file !== 'string' || file.trim() === '')
      throw new WorkspaceError('The path is empty: pass a project-relative path.')
    if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
      throw new WorkspaceError(
        `[path-denied] Refused ${file}: use a path relative to the dbt project root, e.g. models/staging/stg_orders.sql.`,
      )
    }
    const segments = file.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.')
    if (segments.includes('..')) {
      throw new WorkspaceError(
        `[path-denied] Refused ${file}: \`..\` is not allowed; only files inside the dbt project can be used.`,
      )
    }
    const refused = segments.find((segment) => REFUSED_SEGMENTS.has(segment.toLowerCase()))
    if (refused) {
      throw new WorkspaceError(
        `[path-denied] Refused ${file}: \`${refused}\` is off limits (version control, CI, build output or installed packages). Work on models, seeds, macros, tests and their YAML instead.`,
      )
    }
    const name = segments.at(-1)
    if (name && (REFUSED_NAMES.has(name.toLowerCase()) || isSecretFile(name))) {
      throw new WorkspaceError(
        `[path-denied] Refused ${file}: connection profiles and credentials are never read or changed.`,
      )
    }
    if (segments.length === 0 && !options.allowRoot) {
      throw new WorkspaceError('The path names the project folder itself: pass a file path.')
    }
    const absolute = path.join(this.root, ...segments)
    await this.realInsideRoot(file, absolute)
    return absolute
  }

  /**
   * `resolve` for reading, listing and searching: the path as given and its real path (links followed)
   * must both pass the read denylist, so `models/docs.md -> ../profiles.yml` is refused like the file.
   */
  private async resolveReadable(file: string, options: { allowRoot?: boolean } = {}): Promise<string> {
    const absolute = await this.resolve(file, options)
    const given = normalize(file)
    const real = await this.realInsideRoot(file, absolute)
    const denied = this.unreadable(given)
    if (denied) throw new WorkspaceError(`[path-denied] Refused ${file}: ${denied}`)
    const behind = real === given ? undefined : this.unreadable(real)
    if (behind)
      throw new WorkspaceError(`[path-denied] Refused ${file}: it is a link to ${real}, and ${behind}`)
    return absolute
  }

  private unreadable(relative: string): string | undefined {
    return readDeniedReason(relative.split('/').filter(Boolean), this.guard)
  }

  /** `resolve`, plus the project-relative real path once links are followed, for the guard. */
  private async resolveReal(file: string): Promise<{ absolute: string; real: string }> {
    const absolute = await this.resolve(file)
    return { absolute, real: await this.realInsideRoot(file, absolute) }
  }

  /**
   * The real path of the file (its nearest existing parent, plus the rest) must stay inside the root;
   * returns it relative to the root with `/`.
   */
  private async realInsideRoot(file: string, absolute: string): Promise<string> {
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
    if (!real) throw new WorkspaceError(`[path-denied] Refused ${file}: it is a link that points nowhere.`)
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      throw new WorkspaceError(
        `[path-denied] Refused ${file}: it is a link to a place outside the dbt project.`,
      )
    }
    return toPosix(path.relative(this.realRoot, path.join(real, path.relative(probe, absolute))))
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
        if (!this.unreadable(relative)) yield* this.walk(absolute)
      } else if (entry.isFile()) {
        if (!this.unreadable(relative)) yield relative
      } else if (entry.isSymbolicLink()) {
        const target = await this.resolveReadable(relative).catch(() => undefined)
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
