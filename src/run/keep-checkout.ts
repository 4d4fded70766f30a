import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Git } from '../adapters/git/git.js'
import { packagesOf, readProjectLayout } from '../project/project-layout.js'
import { RunStop } from './run-stop.js'

/** The dbt project's files as the run found them, to put back when the run ends. */
export interface CheckoutSnapshot {
  /**
   * Puts tracked files back as HEAD has them and removes untracked files the run created (ignored build
   * output stays). Returns the patch of what the run left in the tree, so nothing is lost.
   */
  restore(): Promise<string>
}

/**
 * The folders a run may edit: the dbt project's and those of its `local:` packages inside the repository
 * (a package developed from `integration_tests/` is edited at `../`). Only the project's when its
 * dbt_project.yml cannot be read; the run reports that itself.
 */
export async function editableFolders(projectDir: string, repoDir: string): Promise<string[]> {
  const layout = await readProjectLayout(projectDir, repoDir).catch(() => undefined)
  if (!layout) return [projectDir]
  return packagesOf(layout).map((pkg) => path.resolve(layout.root, pkg.dir))
}

/**
 * Refuses a dbt project with uncommitted edits to tracked files (Autopilot builds its change on HEAD, so
 * they would be validated but never committed, and a later run would take them as its base). Untracked
 * files already there (a `profiles.yml` an earlier step wrote) are allowed and left alone. `folders` are the
 * ones the run may edit (see `editableFolders`); nothing outside them is looked at or put back.
 */
export async function snapshotCheckout(
  git: Git,
  folders: string | readonly string[],
): Promise<CheckoutSnapshot> {
  const dirs = typeof folders === 'string' ? [folders] : folders
  const top = await git.output(['rev-parse', '--show-toplevel'], { cwd: dirs[0] ?? '.' })
  const scope = [...new Set(dirs.map((dir) => path.relative(top, dir) || '.'))]
  const status = await statusOf(git, top, scope)
  const edited = status.filter((entry) => !entry.startsWith('?? ')).map((entry) => entry.slice(3))
  if (edited.length > 0) {
    throw new RunStop(
      'failed:config',
      `The dbt project has uncommitted changes (${edited.slice(0, 5).join(', ')}${edited.length > 5 ? ', …' : ''}). ` +
        'Autopilot builds its change on the last commit: commit or stash them (`git stash -u`), then run again.',
    )
  }
  const untrackedBefore = new Set(untracked(status))
  return {
    async restore() {
      const patch = await patchOfTree(git, top, scope, [...untrackedBefore])
      // `git restore` refuses a pathspec with no tracked file under it (a package folder not yet committed).
      const tracked = await trackedFolders(git, top, scope)
      if (tracked.length > 0)
        await git.run(['restore', '--source=HEAD', '--worktree', '--', ...tracked], { cwd: top })
      const created = untracked(await statusOf(git, top, scope)).filter((file) => !untrackedBefore.has(file))
      await Promise.all(created.map((file) => rm(path.join(top, file), { force: true })))
      return patch
    },
  }
}

async function statusOf(git: Git, top: string, scope: readonly string[]): Promise<string[]> {
  const out = await git.output(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...scope], {
    cwd: top,
  })
  return out.split('\0').filter(Boolean)
}

async function trackedFolders(git: Git, top: string, scope: readonly string[]): Promise<string[]> {
  const kept: string[] = []
  for (const folder of scope) {
    const files = await git.output(['ls-files', '-z', '--', folder], { cwd: top })
    if (files !== '') kept.push(folder)
  }
  return kept
}

function untracked(status: string[]): string[] {
  return status.filter((entry) => entry.startsWith('?? ')).map((entry) => entry.slice(3))
}

/**
 * The working tree's changes under the `scope` folders against HEAD, new files included but not those that were there
 * before the run, without touching the index.
 */
async function patchOfTree(
  git: Git,
  top: string,
  scope: readonly string[],
  before: string[],
): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'autopilot-checkout-'))
  try {
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index') }
    await git.run(['read-tree', 'HEAD'], { cwd: top, env })
    await git.run(['add', '--all', '--', ...scope], { cwd: top, env })
    if (before.length > 0) {
      await git.run(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...before], { cwd: top, env })
    }
    return (
      await git.run(['diff', '--cached', '--no-color', '--no-ext-diff', 'HEAD', '--', ...scope], {
        cwd: top,
        env,
      })
    ).stdout
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
