import path from 'node:path'
import { AutopilotError } from '../../shared/autopilot-error.js'
import type { CommandResult, CommandRunner } from '../process/command-runner.js'
import { gitStateDigest, globalGitFiles, hardenedGitArgs } from './git-hardening.js'

export interface GitIdentity {
  name: string
  email: string
}

export const BOT_IDENTITY: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
}

export interface GitOptions {
  /** The GitHub server the token is for; default `GITHUB_SERVER_URL`, else https://github.com. */
  serverUrl?: string
  /** The user name sent with the token: GitHub's `x-access-token` (default); GitLab takes `oauth2`. */
  tokenUser?: string
  author?: GitIdentity
  committer?: GitIdentity
  timeoutMs?: number
}

export interface GitRunOptions {
  /** Where to run; default the repository directory the adapter was made for. */
  cwd?: string
  /** Extra environment for this command (e.g. `GIT_INDEX_FILE`). */
  env?: Record<string, string>
  /** Resolve with the failed result instead of throwing a `GitError`. */
  allowFailure?: boolean
}

/** A git command failed; the message carries git's stderr with any credential removed. */
export class GitError extends AutopilotError {
  constructor(
    readonly args: string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(
      'failed:publish',
      `git ${args.join(' ')} failed with exit code ${exitCode}: ${stderr.trim() || '(no output)'}`,
    )
  }
}

/**
 * Git's configuration (the repository's config, hooks or attributes, or the user's or machine's config)
 * changed after the run took its digest: no further git command runs, since git would act on it (a filter
 * driver runs on `git add`, a textconv on `git diff`, whatever `-c` switches off).
 */
export class GitStateChangedError extends AutopilotError {
  constructor() {
    super(
      'failed:guard',
      "Git's configuration (`.git/config`, `.git/hooks`, `.git/info/attributes`, or the user's or system git config) changed during the run, so Autopilot ran no further git command: code the change planted there would run. Inspect the checkout; do not reuse it.",
    )
  }
}

/**
 * The git CLI, run without a shell. Credentials and identity travel in the environment of each command
 * (`GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`), so nothing is written to the repository's config and a later
 * step of the workflow cannot read the token from `.git/config`.
 */
export class Git {
  private readonly env: Record<string, string>
  private readonly secrets: string[]
  private gitDirs?: Promise<string[]>
  /** The first digest taken: every later command first checks git's configuration still hashes to it. */
  private pinned?: string

  /**
   * @param token sent as an HTTP basic header (user `tokenUser`) to the server, for this process's git
   * commands only
   */
  constructor(
    private readonly runner: CommandRunner,
    readonly repoDir: string,
    token?: string,
    private readonly options: GitOptions = {},
  ) {
    const author = options.author ?? BOT_IDENTITY
    const committer = options.committer ?? BOT_IDENTITY
    this.env = {
      GIT_TERMINAL_PROMPT: '0',
      // Stable English messages: we recognise a lease failure by git's wording.
      LC_ALL: 'C',
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      ...authConfigEnv(
        token,
        options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com',
        process.env,
        options.tokenUser,
      ),
    }
    this.secrets = token ? [token, basicCredential(token, options.tokenUser)] : []
  }

  async run(args: string[], options: GitRunOptions = {}): Promise<CommandResult> {
    if (this.pinned !== undefined && (await this.digest()) !== this.pinned) throw new GitStateChangedError()
    const result = await this.runner.run('git', hardenedGitArgs(args), {
      cwd: options.cwd ?? this.repoDir,
      env: { ...this.env, ...options.env },
      timeoutMs: this.options.timeoutMs,
    })
    const clean = { ...result, stdout: this.redact(result.stdout), stderr: this.redact(result.stderr) }
    if (clean.exitCode !== 0 && !options.allowFailure) {
      const shown = args.map((arg) => this.redact(arg))
      if (clean.exitCode === 127) throw new GitError(shown, 127, 'git is not installed or not on PATH')
      throw new GitError(shown, clean.exitCode, clean.timedOut ? `timed out\n${clean.stderr}` : clean.stderr)
    }
    return clean
  }

  /** Runs git and returns stdout without the trailing newline. */
  async output(args: string[], options: GitRunOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.replace(/\n$/, '')
  }

  /**
   * A hash of git's configuration for this repository; see `gitStateDigest`. The first one taken is the
   * reference: from then on a command whose configuration no longer matches it is refused
   * (`GitStateChangedError`) before git starts.
   */
  async stateDigest(): Promise<string> {
    const digest = await this.digest()
    this.pinned ??= digest
    return digest
  }

  private async digest(): Promise<string> {
    // Found once, at the start: a rewritten config must not decide where it is looked for.
    this.gitDirs ??= this.output(['rev-parse', '--absolute-git-dir', '--git-common-dir']).then((dirs) => {
      const [gitDir = '', commonDir = ''] = dirs.split('\n')
      return [gitDir, path.resolve(this.repoDir, commonDir)]
    })
    return gitStateDigest(await this.gitDirs, globalGitFiles(process.env))
  }

  redact(text: string): string {
    return this.secrets.reduce((acc, secret) => acc.split(secret).join('***'), text)
  }
}

function basicCredential(token: string, user = 'x-access-token'): string {
  return Buffer.from(`${user}:${token}`, 'utf8').toString('base64')
}

/**
 * Builds `GIT_CONFIG_*` entries that add our auth header for the server. The empty value first clears
 * any header persisted by actions/checkout for the same URL, since GitHub rejects a duplicate
 * Authorization header. Entries already in the environment are kept ahead of ours.
 */
export function authConfigEnv(
  token: string | undefined,
  serverUrl: string,
  inherited: NodeJS.ProcessEnv,
  tokenUser?: string,
): Record<string, string> {
  if (!token) return {}
  const key = `http.${new URL(serverUrl).origin}/.extraheader`
  const existing = Number(inherited.GIT_CONFIG_COUNT ?? 0)
  const start = Number.isInteger(existing) && existing > 0 ? existing : 0
  const entries: [string, string][] = [
    [key, ''],
    [key, `AUTHORIZATION: basic ${basicCredential(token, tokenUser)}`],
  ]
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) }
  entries.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = k
    env[`GIT_CONFIG_VALUE_${start + i}`] = v
  })
  return env
}
