import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from '../../shared/log.js'
import { GitError, type Git } from './git.js'
import {
  DEFAULT_HISTORY_LIMIT,
  parseHistory,
  serializeHistory,
  withOutcome,
  type HistoryEntry,
  type HistoryStore,
} from '../../history/history-store.js'

export const HISTORY_BRANCH = 'autopilot-history'
export const HISTORY_FILE = 'history.json'

export interface GitHistoryStoreOptions {
  /** The adapter for the runner's checkout; its token authenticates the fetch and the push. */
  git: Git
  remote?: string
  branch?: string
  /** Tickets kept in the file (default 5000); the oldest outcomes go first. */
  limit?: number
  /** Push attempts when another job moved the branch meanwhile (default 5). */
  maxAttempts?: number
  log?: Log
  /** Waits between attempts; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>
}

/** A push lost the race: someone updated the branch between our fetch and our push. */
const LEASE_LOST =
  /stale info|fetch first|non-fast-forward|cannot lock ref|incorrect old value|failed to update ref/i

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * `HistoryStore` on an orphan branch of the remote holding one `history.json`. Reads fetch the branch;
 * writes build a commit in a temporary index on top of the fetched head and push it with a lease, so the
 * user's HEAD, index and working tree are never touched, and two matrix jobs finishing together both land:
 * the loser re-fetches, re-applies its one entry and pushes again.
 */
export class GitHistoryStore implements HistoryStore {
  private readonly git: Git
  private readonly remote: string
  private readonly branch: string
  private readonly limit: number
  private readonly maxAttempts: number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly options: GitHistoryStoreOptions) {
    this.git = options.git
    this.remote = options.remote ?? 'origin'
    this.branch = options.branch ?? HISTORY_BRANCH
    this.limit = options.limit ?? DEFAULT_HISTORY_LIMIT
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5)
    this.sleep = options.sleep ?? defaultSleep
  }

  async read(): Promise<Map<string, HistoryEntry>> {
    const head = await this.fetchHead()
    return head ? this.readAt(head) : new Map()
  }

  async record(key: string, entry: HistoryEntry): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const head = await this.fetchHead()
      const current = head ? await this.readAt(head) : new Map<string, HistoryEntry>()
      const next = withOutcome(current, key, entry, this.limit)
      const commit = await this.commit(head, serializeHistory(next), `${key}: ${entry.status}\n`)
      const pushed = await this.push(commit, head)
      if (pushed === 'pushed') return
      if (attempt >= this.maxAttempts) {
        throw new Error(
          `Could not record ${key} in the \`${this.branch}\` branch: it kept moving under ${this.maxAttempts} attempts ` +
            '(other jobs recording at the same time). Lower the matrix `max-parallel` or re-run the job.',
        )
      }
      await this.sleep(100 * attempt + Math.floor(Math.random() * 250))
    }
  }

  /** The branch head fetched from the remote, or undefined when the branch does not exist yet. */
  private async fetchHead(): Promise<string | undefined> {
    // Deepening a shallow checkout is fine; making a full one shallow (`--depth` on it) would not be.
    const shallow = (await this.git.output(['rev-parse', '--is-shallow-repository'])) === 'true'
    const ref = `refs/heads/${this.branch}`
    const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), this.remote, ref]
    const fetched = await this.git.run(args, { allowFailure: true })
    if (fetched.exitCode !== 0) {
      if (/couldn't find remote ref/i.test(fetched.stderr)) return undefined
      throw new GitError(args, fetched.exitCode, fetched.stderr)
    }
    return this.git.output(['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])
  }

  private async readAt(head: string): Promise<Map<string, HistoryEntry>> {
    const shown = await this.git.run(['show', `${head}:${HISTORY_FILE}`], { allowFailure: true })
    if (shown.exitCode !== 0) return new Map()
    const { entries, problems } = parseHistory(shown.stdout)
    for (const problem of problems) this.options.log?.warn(`Autopilot history: ${problem}.`)
    return entries
  }

  private async commit(parent: string | undefined, content: string, message: string): Promise<string> {
    const scratch = await mkdtemp(join(tmpdir(), 'autopilot-history-'))
    try {
      const env = { GIT_INDEX_FILE: join(scratch, 'index') }
      await this.git.run(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env })
      const file = join(scratch, HISTORY_FILE)
      await writeFile(file, content, 'utf8')
      const blob = await this.git.output(['hash-object', '-w', '--no-filters', file])
      await this.git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${HISTORY_FILE}`], { env })
      const tree = await this.git.output(['write-tree'], { env })
      const messageFile = join(scratch, 'message')
      await writeFile(messageFile, message, 'utf8')
      const parents = parent ? ['-p', parent] : []
      return await this.git.output(['commit-tree', '--no-gpg-sign', tree, ...parents, '-F', messageFile])
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  private async push(commit: string, expected: string | undefined): Promise<'pushed' | 'lease-lost'> {
    const ref = `refs/heads/${this.branch}`
    const result = await this.git.run(
      ['push', '--porcelain', `--force-with-lease=${ref}:${expected ?? ''}`, this.remote, `${commit}:${ref}`],
      { allowFailure: true },
    )
    if (result.exitCode === 0) return 'pushed'
    const output = `${result.stdout}\n${result.stderr}`
    if (LEASE_LOST.test(output)) return 'lease-lost'
    throw new Error(
      `Could not push the \`${this.branch}\` branch: ${result.stderr.trim() || result.stdout.trim()}\n` +
        'Give the workflow `permissions: contents: write` (and leave the branch unprotected) so Autopilot can remember outcomes.',
    )
  }
}
