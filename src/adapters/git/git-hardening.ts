import { createHash } from 'node:crypto'
import { lstat, readdir, readFile, readlink } from 'node:fs/promises'
import path from 'node:path'

/**
 * `-c` options for every git command Autopilot runs. A repository's own config can name commands git
 * runs on its own (fsmonitor, hooks, ssh, askpass, credential helpers, signing, ext:: remotes); a writable
 * `.git/config` would be code execution. Command-line config wins over every file, so these switch them
 * off whatever the repository says. The push token travels as an `http.extraheader`, so no credential
 * helper is needed.
 */
export const HARDENED_GIT_CONFIG: readonly string[] = [
  'core.fsmonitor=',
  // A file, not a folder: git finds no hook in it.
  'core.hooksPath=/dev/null',
  'core.sshCommand=ssh',
  'core.askPass=',
  'credential.helper=',
  'commit.gpgSign=false',
  'tag.gpgSign=false',
  'protocol.ext.allow=never',
  'diff.external=',
]

/** The arguments that go before a git subcommand. */
export function hardenedGitArgs(args: readonly string[]): string[] {
  return [...HARDENED_GIT_CONFIG.flatMap((entry) => ['-c', entry]), ...args]
}

/**
 * The files outside the repository from which git takes config and attributes: the user's (global) and the
 * machine's (system) ones. A filter or diff driver named there runs on `git add` and `git diff`, which no
 * `-c` option can switch off without knowing its name.
 */
export function globalGitFiles(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME
  const xdg = env.XDG_CONFIG_HOME || (home ? path.join(home, '.config') : undefined)
  const files = [
    env.GIT_CONFIG_GLOBAL || (home ? path.join(home, '.gitconfig') : undefined),
    xdg ? path.join(xdg, 'git', 'config') : undefined,
    xdg ? path.join(xdg, 'git', 'attributes') : undefined,
    env.GIT_CONFIG_SYSTEM || '/etc/gitconfig',
  ]
  return [...new Set(files.filter((file): file is string => Boolean(file)))]
}

/**
 * A hash of the repository's git config files, hooks and attributes (names, modes, contents, link
 * targets), and of `extraFiles` (the global and system config). Taken at the start of a run and compared
 * before every later git command: model-written code that reached git's configuration ends the run before
 * git can act on it.
 */
export async function gitStateDigest(
  gitDirs: readonly string[],
  extraFiles: readonly string[] = [],
): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of [...new Set(gitDirs)]) {
    for (const name of ['config', 'config.worktree', 'hooks', path.join('info', 'attributes')])
      await addEntry(hash, path.join(dir, name))
  }
  for (const file of extraFiles) await addEntry(hash, file)
  return hash.digest('hex')
}

async function addEntry(hash: ReturnType<typeof createHash>, file: string): Promise<void> {
  const info = await lstat(file).catch(() => undefined)
  hash.update(`\0${file}\0`)
  if (!info) return void hash.update('absent')
  hash.update(`mode ${info.mode}\0`)
  if (info.isSymbolicLink()) return void hash.update(`link ${await readlink(file)}`)
  if (info.isDirectory()) {
    for (const name of (await readdir(file)).sort()) await addEntry(hash, path.join(file, name))
    return
  }
  hash.update(await readFile(file))
}
