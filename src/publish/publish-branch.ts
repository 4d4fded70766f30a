import { lstat, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import type { CommandResult } from '../adapters/process/command-runner.js'
import { GitError, type Git, type GitRunOptions } from '../adapters/git/git.js'
import { apiFileChanges } from './api-file-changes.js'
import type { ApiCommit, CommitApi } from './commit-api.js'
import { buildPhaseCommits, type PhaseCommit } from './phase-commits.js'
import { PublishError } from './publish-error.js'

export { commitMessage, type CommitMessageInput } from './commit-message.js'

export type BranchOperation = 'created' | 'updated' | 'not-updated' | 'none'

export interface PublishBranchInput {
  git: Git
  /** The checkout of the base branch holding the agent's uncommitted edits (or any folder inside it). */
  repoDir: string
  branch: string
  baseBranch: string
  remote?: string
  message: string
  /** Repo-relative files to commit (edited, added or deleted). Nothing else in the working tree is committed. */
  paths: string[]
  dryRun: boolean
  /** Set (`commit-signing`): the commit is created through the code host's API, which signs it, not pushed. */
  commitApi?: CommitApi
  /**
   * A phased change: the commits of the phases before the last, each on the previous; the commit of `paths`
   * (with `message`) goes on top of them.
   */
  phaseCommits?: readonly PhaseCommit[]
}

export interface PublishBranchResult {
  operation: BranchOperation
  /** The commit holding the change: ours, or the remote's when it already had the same tree. */
  commitSha?: string
  /** Unified patch of the change against the base commit; empty when there is no change. */
  diff: string
  /** The commit the change is built on: the checkout's HEAD. */
  baseSha: string
  /** The branch the pull request targets (echoes the input). */
  baseBranch: string
  /** The remote branch head before this run, when the branch existed. */
  previousSha?: string
  pushed: boolean
  /** Dry run only: why the remote could not be inspected (the operation then assumes a new branch). */
  remoteUnavailable?: string
  /** Set when a local branch of that name already held other work and was left as it was. */
  localBranchKept?: string
  /** The commit was created through the API (`commit-signing`): whether the code host verified its signature. */
  signature?: { verified: boolean; reason: string }
  /** A phased change published as built: each phase's commit, in order, the last being `commitSha`. */
  commits?: string[]
}

/**
 * Builds one commit with exactly `paths` on top of the checkout's HEAD and makes the remote branch hold
 * it. The commit is rebuilt from the base every run (like peter-evans/create-pull-request), so a moved
 * base yields a branch on the new base and an unchanged result pushes nothing. The user's index, HEAD and
 * working tree are never touched: the commit is assembled in a temporary index.
 */
export async function publishBranch(input: PublishBranchInput): Promise<PublishBranchResult> {
  const { git, branch, baseBranch, message, dryRun } = input
  const remote = input.remote ?? 'origin'
  if (branch === baseBranch) {
    throw new PublishError(
      'invalid-request',
      `Refusing to publish onto the base branch "${baseBranch}": use a branch prefix.`,
    )
  }
  try {
    const top = await git.output(['rev-parse', '--show-toplevel'], { cwd: input.repoDir })
    const repo = at(git, top)
    const baseSha = await repo.output(['rev-parse', '--verify', 'HEAD^{commit}'])
    const paths = await existingOrTracked(repo, baseSha, normalizePaths(input.paths))
    const phases = input.phaseCommits?.length
      ? await buildPhaseCommits(repo, baseSha, input.phaseCommits)
      : []
    const built = await buildCommit(repo, baseSha, paths, message, phases.at(-1))
    if (!built) return { operation: 'none', diff: '', baseSha, baseBranch, pushed: false }
    const { commitSha, tree } = built
    const diff = (await repo.run(['diff', '--no-color', '--no-ext-diff', baseSha, commitSha])).stdout

    let remoteSha: string | undefined
    let remoteUnavailable: string | undefined
    try {
      remoteSha = await fetchRemoteBranch(repo, remote, branch)
    } catch (error) {
      if (!dryRun) throw error
      remoteUnavailable = error instanceof Error ? error.message : String(error)
    }
    const base = {
      diff,
      baseSha,
      baseBranch,
      previousSha: remoteSha,
      ...(remoteUnavailable ? { remoteUnavailable } : {}),
    }
    if (remoteSha !== undefined && (await repo.output(['rev-parse', `${remoteSha}^{tree}`])) === tree) {
      return { ...base, operation: 'not-updated', commitSha: remoteSha, pushed: false }
    }
    const operation = remoteSha === undefined ? 'created' : 'updated'
    let published = commitSha
    let signed: ApiCommit | undefined
    if (!dryRun) {
      const sent = input.commitApi
        ? commitThroughApi(repo, input.commitApi, {
            remote,
            branch,
            message,
            baseSha,
            commitSha,
            tree,
            remoteSha,
          })
        : push(repo, remote, branch, commitSha, remoteSha).then(() => undefined)
      signed = await sent.catch((error: unknown) => {
        if (error instanceof PublishError) error.patch = diff
        throw error
      })
      if (signed) published = signed.sha
    }
    const kept = await updateLocalBranch(repo, branch, published)
    return {
      ...base,
      operation,
      commitSha: published,
      pushed: !dryRun,
      ...(kept ? { localBranchKept: kept } : {}),
      ...(signed ? { signature: { verified: signed.verified, reason: signed.reason } } : {}),
      // Through the API the phases become one signed commit.
      ...(phases.length > 0 && !signed ? { commits: [...phases, published] } : {}),
    }
  } catch (error) {
    if (error instanceof GitError) {
      throw new PublishError(
        'git-failed',
        `${error.message}\nCheck that the checkout is a git repository with remote "${remote}".`,
      )
    }
    throw error
  }
}

/** The git adapter pinned to the repository's top level, where repo-relative paths resolve. */
interface Repo {
  top: string
  run(args: string[], options?: GitRunOptions): Promise<CommandResult>
  output(args: string[], options?: GitRunOptions): Promise<string>
}

function at(git: Git, top: string): Repo {
  return {
    top,
    run: (args, options = {}) => git.run(args, { ...options, cwd: top }),
    output: (args, options = {}) => git.output(args, { ...options, cwd: top }),
  }
}

function normalizePaths(paths: string[]): string[] {
  const normalized = paths.map((raw) => {
    const path = posix.normalize(raw.replace(/\\/g, '/')).replace(/\/$/, '')
    if (
      !path ||
      path === '.' ||
      path.startsWith('/') ||
      path === '..' ||
      path.startsWith('../') ||
      /^\.git(\/|$)/.test(path)
    ) {
      throw new PublishError(
        'invalid-paths',
        `Cannot commit "${raw}": paths must be repo-relative files inside the repository.`,
      )
    }
    return path
  })
  return [...new Set(normalized)]
}

/** Drops paths that neither exist now nor existed in the base: there is nothing to record for them. */
async function existingOrTracked(repo: Repo, baseSha: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return []
  const tracked = new Set(
    (await repo.output(['--literal-pathspecs', 'ls-tree', '-r', '--name-only', baseSha, '--', ...paths]))
      .split('\n')
      .filter(Boolean),
  )
  const kept: string[] = []
  for (const path of paths) {
    const onDisk = await lstat(join(repo.top, path)).then(
      () => true,
      () => false,
    )
    const trackedHere = tracked.has(path) || [...tracked].some((file) => file.startsWith(`${path}/`))
    if (onDisk || trackedHere) kept.push(path)
  }
  return kept
}

async function buildCommit(
  repo: Repo,
  baseSha: string,
  paths: string[],
  message: string,
  /** The commit's parent when it is not the base: the previous phase's commit. */
  parentSha = baseSha,
): Promise<{ commitSha: string; tree: string } | undefined> {
  if (paths.length === 0) return undefined
  const scratch = await mkdtemp(join(tmpdir(), 'autopilot-publish-'))
  try {
    const env = { GIT_INDEX_FILE: join(scratch, 'index') }
    await repo.run(['read-tree', baseSha], { env })
    const added = await repo.run(['--literal-pathspecs', 'add', '--all', '--', ...paths], {
      env,
      allowFailure: true,
    })
    if (added.exitCode !== 0) {
      throw new PublishError(
        'invalid-paths',
        `Could not stage the changed files: ${added.stderr.trim()}\nCommit only files that are not ignored by .gitignore.`,
      )
    }
    const tree = await repo.output(['write-tree'], { env })
    if (tree === (await repo.output(['rev-parse', `${baseSha}^{tree}`]))) return undefined
    const messageFile = join(scratch, 'message')
    await writeFile(messageFile, message, 'utf8')
    const commitSha = await repo.output([
      'commit-tree',
      '--no-gpg-sign',
      tree,
      '-p',
      parentSha,
      '-F',
      messageFile,
    ])
    return { commitSha, tree }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The remote branch head (fetched locally so its tree can be compared), or undefined when it does not exist. */
async function fetchRemoteBranch(repo: Repo, remote: string, branch: string): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`
  const listed = await repo.run(['ls-remote', '--exit-code', remote, ref], { allowFailure: true })
  if (listed.exitCode === 2) return undefined
  if (listed.exitCode !== 0) throw new GitError(['ls-remote', remote, ref], listed.exitCode, listed.stderr)
  const shallow = (await repo.output(['rev-parse', '--is-shallow-repository'])) === 'true'
  await repo.run(['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), remote, ref])
  return repo.output(['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])
}

/**
 * The local commit re-created through the API (which signs it), then fetched so the checkout has it. The
 * branch moves without force when the new commit descends from its head, as `git push` would.
 */
async function commitThroughApi(
  repo: Repo,
  api: CommitApi,
  change: {
    remote: string
    branch: string
    message: string
    baseSha: string
    commitSha: string
    tree: string
    remoteSha: string | undefined
  },
): Promise<ApiCommit> {
  const { remote, branch, baseSha, remoteSha } = change
  const descends =
    remoteSha !== undefined &&
    (await repo.run(['merge-base', '--is-ancestor', remoteSha, baseSha], { allowFailure: true })).exitCode ===
      0
  const created = await api.createCommit({
    baseSha,
    baseTree: await repo.output(['rev-parse', `${baseSha}^{tree}`]),
    branch,
    message: change.message,
    files: await apiFileChanges(repo, baseSha, change.commitSha),
    ...(remoteSha !== undefined ? { previousSha: remoteSha } : {}),
    force: remoteSha !== undefined && !descends,
  })
  const fetched = await fetchRemoteBranch(repo, remote, branch)
  if (fetched !== created.sha) {
    throw new PublishError(
      'branch-moved',
      `Branch "${branch}" changed on "${remote}" right after Autopilot created commit ${created.sha.slice(0, 12)} on it (someone else pushed). Re-run Autopilot to rebuild the branch from the latest state.`,
    )
  }
  if ((await repo.output(['rev-parse', `${created.sha}^{tree}`])) !== change.tree) {
    throw new PublishError(
      'push-rejected',
      `The commit GitHub created (${created.sha.slice(0, 12)}) does not hold the same files as the validated change. Set \`commit-signing: false\` and report this.`,
    )
  }
  return created
}

async function push(
  repo: Repo,
  remote: string,
  branch: string,
  commitSha: string,
  expectedSha: string | undefined,
): Promise<void> {
  const ref = `refs/heads/${branch}`
  const result = await repo.run(
    ['push', '--porcelain', `--force-with-lease=${ref}:${expectedSha ?? ''}`, remote, `${commitSha}:${ref}`],
    { allowFailure: true },
  )
  if (result.exitCode === 0) return
  const output = `${result.stdout}\n${result.stderr}`
  if (/stale info/.test(output)) {
    throw new PublishError(
      'branch-moved',
      `Branch "${branch}" changed on "${remote}" while Autopilot was publishing (someone else pushed to it). ` +
        'Nothing was pushed; re-run Autopilot to rebuild the branch from the latest state.',
    )
  }
  if (/Authentication failed|could not read Username|403|Permission to .* denied/i.test(output)) {
    throw new PublishError(
      'unauthorized',
      `Pushing "${branch}" was refused: ${result.stderr.trim()}\n` +
        'Give the workflow `permissions: contents: write`, or pass a `github-token` that can push to the repository.',
    )
  }
  throw new PublishError(
    'push-rejected',
    `Pushing "${branch}" to "${remote}" was rejected: ${result.stderr.trim()}\n` +
      'If the branch is protected, choose another `branch-prefix`.',
  )
}

/**
 * Points a local branch at the commit when there is none yet, or when it holds the same tree. An existing
 * branch with other work (or the checked-out one) is never rewritten: the returned note says how to take
 * the commit.
 */
async function updateLocalBranch(repo: Repo, branch: string, commitSha: string): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`
  const head = await repo.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })
  if (head.stdout.trim() === ref) return undefined
  const existing = await repo.run(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { allowFailure: true })
  const existingSha = existing.exitCode === 0 ? existing.stdout.trim() : undefined
  if (existingSha === undefined) {
    await repo.run(['update-ref', ref, commitSha, ''])
    return undefined
  }
  const sameTree =
    (await repo.output(['rev-parse', `${existingSha}^{tree}`])) ===
    (await repo.output(['rev-parse', `${commitSha}^{tree}`]))
  if (sameTree) {
    // The same files in another commit (an earlier dry run's, or the API's signed one): take the published one.
    if (existingSha !== commitSha) await repo.run(['update-ref', ref, commitSha, existingSha])
    return undefined
  }
  return `The local branch "${branch}" already exists with other work (${existingSha.slice(0, 12)}) and was left as it was; the change is commit ${commitSha.slice(0, 12)} (\`git branch -f ${branch} ${commitSha.slice(0, 12)}\` takes it).`
}
