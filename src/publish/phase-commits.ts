import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CommandResult } from '../adapters/process/command-runner.js'
import type { GitRunOptions } from '../adapters/git/git.js'

/** One phase's commit: its message, and every file of the change as the phase left it (null: deleted). */
export interface PhaseCommit {
  message: string
  /** Repository-relative paths. */
  files: readonly { path: string; content: string | null }[]
}

interface Repo {
  run(args: string[], options?: GitRunOptions): Promise<CommandResult>
  output(args: string[], options?: GitRunOptions): Promise<string>
}

/**
 * Each phase's commit on top of the previous one, from what the phase left (held in memory, so git runs
 * only once the run is over): the base tree with the phase's files, in a scratch index. The user's index,
 * HEAD and working tree are not touched. Returns the commits in order.
 */
export async function buildPhaseCommits(
  repo: Repo,
  baseSha: string,
  phases: readonly PhaseCommit[],
): Promise<string[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'autopilot-phases-'))
  try {
    const env = { GIT_INDEX_FILE: join(scratch, 'index') }
    const commits: string[] = []
    let parent = baseSha
    for (const [index, phase] of phases.entries()) {
      await repo.run(['read-tree', baseSha], { env })
      const modes = await modesOf(
        repo,
        env,
        phase.files.map((file) => file.path),
      )
      for (const [fileIndex, file] of phase.files.entries()) {
        if (file.content === null) {
          await repo.run(['--literal-pathspecs', 'update-index', '--force-remove', '--', file.path], { env })
          continue
        }
        const blobFile = join(scratch, `blob-${index}-${fileIndex}`)
        await writeFile(blobFile, file.content, 'utf8')
        const blob = await repo.output(['hash-object', '-w', '--no-filters', '--', blobFile])
        const mode = modes.get(file.path) ?? '100644'
        await repo.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${file.path}`], { env })
      }
      const tree = await repo.output(['write-tree'], { env })
      const messageFile = join(scratch, `message-${index}`)
      await writeFile(messageFile, phase.message, 'utf8')
      parent = await repo.output(['commit-tree', '--no-gpg-sign', tree, '-p', parent, '-F', messageFile])
      commits.push(parent)
    }
    return commits
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The file modes the base gives these paths (an executable stays executable). */
async function modesOf(
  repo: Repo,
  env: Record<string, string>,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const modes = new Map<string, string>()
  if (paths.length === 0) return modes
  const listed = await repo.output(['--literal-pathspecs', 'ls-files', '-s', '--', ...paths], { env })
  for (const line of listed.split('\n')) {
    const match = /^(\d+) [0-9a-f]+ \d+\t(.+)$/.exec(line)
    if (match) modes.set(match[2] as string, match[1] as string)
  }
  return modes
}

/**
 * The patch of a failed phase's edits: from the published commit to the base with every file as the failed
 * phase left it. Built in a scratch index like the phases' commits; the commit it makes is referenced by
 * nothing.
 */
export async function failedPhasePatch(
  git: Repo & { output(args: string[], options?: GitRunOptions): Promise<string> },
  repoDir: string,
  published: { baseSha: string; commitSha?: string },
  files: PhaseCommit['files'],
): Promise<string> {
  const top = await git.output(['rev-parse', '--show-toplevel'], { cwd: repoDir })
  const repo: Repo = {
    run: (args, options = {}) => git.run(args, { ...options, cwd: top }),
    output: (args, options = {}) => git.output(args, { ...options, cwd: top }),
  }
  const [failed] = await buildPhaseCommits(repo, published.baseSha, [{ message: 'failed phase\n', files }])
  const from = published.commitSha ?? published.baseSha
  return (await repo.run(['diff', '--no-color', '--no-ext-diff', from, failed as string])).stdout
}
