import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const HUMAN = {
  GIT_AUTHOR_NAME: 'Dana Analyst',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Analyst',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

/** Runs git as a human would in a test setup step (not through the adapter under test). */
export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...HUMAN }, encoding: 'utf8' }).replace(
    /\n$/,
    '',
  )
}

export async function write(dir: string, path: string, content: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true })
  await writeFile(join(dir, path), content)
}

export interface RepoFixture {
  root: string
  /** The bare repository acting as `origin`. */
  remote: string
  /** The runner's checkout of main. */
  work: string
  /** Clones the remote's main into a new directory (another runner, or a colleague). */
  clone(name: string): string
  remove(): Promise<void>
}

/** A bare remote seeded with one commit on main, and a clone of it. */
export async function makeRepo(): Promise<RepoFixture> {
  const root = await mkdtemp(join(tmpdir(), 'autopilot-git-'))
  const remote = join(root, 'remote.git')
  sh(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote)
  const seed = join(root, 'seed')
  sh(root, 'init', '--quiet', '--initial-branch=main', seed)
  await write(seed, 'README.md', '# shop\n')
  await write(seed, 'models/orders.sql', 'select 1 as id\n')
  await write(seed, 'models/legacy.sql', 'select 2 as id\n')
  sh(seed, 'add', '--all')
  sh(seed, 'commit', '--quiet', '-m', 'seed')
  sh(seed, 'remote', 'add', 'origin', remote)
  sh(seed, 'push', '--quiet', 'origin', 'main')
  const clone = (name: string): string => {
    const dir = join(root, name)
    sh(root, 'clone', '--quiet', remote, dir)
    return dir
  }
  return {
    root,
    remote,
    work: clone('work'),
    clone,
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

/** The remote branch head, or undefined when the branch does not exist. */
export function remoteHead(remote: string, branch: string): string | undefined {
  const out = sh(remote, 'for-each-ref', '--format=%(objectname)', `refs/heads/${branch}`)
  return out || undefined
}
