import { statSync } from 'node:fs'
import path from 'node:path'
import type { CommandRunner } from '../process/command-runner.js'
import type { SandboxSpec } from './sandbox-spec.js'

/** Options every sandboxed command gets, whatever its spec. */
const ISOLATION = [
  '--die-with-parent',
  '--new-session',
  '--unshare-pid',
  '--unshare-ipc',
  '--unshare-uts',
  '--unshare-cgroup-try',
  '--cap-drop',
  'ALL',
]

/**
 * The bwrap argv that runs `command args` in `cwd` under `spec`. Order matters: bwrap applies mounts
 * left to right, so the private `/tmp` comes before the paths shown again inside it, hidden paths before
 * the writable folders that may sit inside them.
 */
export function bubblewrapArgs(spec: SandboxSpec, command: string, args: string[], cwd: string): string[] {
  const argv = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp']
  for (const dir of spec.readOnly) argv.push('--ro-bind', dir, dir)
  const hide = (hidden: string) => {
    if (isDirectory(hidden)) argv.push('--tmpfs', hidden)
    else argv.push('--ro-bind', '/dev/null', hidden)
  }
  spec.hidden.forEach(hide)
  for (const dir of outermost(spec.writable)) argv.push('--bind', dir, dir)
  // A writable folder holding a hidden path (the repository for `dbt deps`) must not show it again.
  spec.hidden.filter((hidden) => spec.writable.some((dir) => isInside(hidden, dir))).forEach(hide)
  argv.push(...ISOLATION)
  if (!spec.network) argv.push('--unshare-net')
  argv.push('--chdir', cwd, '--', command, ...args)
  return argv
}

/**
 * The writable folders without those inside another one: a folder bound on its own is a mount point, which
 * cannot be removed (`dbt deps` empties `dbt_packages/` with rmtree and gets EBUSY when the project folder
 * around it is writable too). The outer bind already makes everything inside it writable.
 */
function outermost(dirs: readonly string[]): string[] {
  const unique = [...new Set(dirs.map((dir) => path.resolve(dir)))]
  return unique.filter((dir) => !unique.some((other) => isInside(dir, other)))
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

/** Runs `true` in the strictest sandbox once: bwrap missing, or user namespaces refused, shows here. */
export async function probeBubblewrap(
  runner: CommandRunner,
  executable: string,
  searchPath: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const spec: SandboxSpec = {
    readOnly: [],
    hidden: [],
    writable: [],
    env: { PATH: searchPath },
    network: false,
  }
  const result = await runner.run(executable, bubblewrapArgs(spec, 'true', [], '/'), {
    cwd: '/',
    env: spec.env,
    inheritEnv: false,
    timeoutMs: 30_000,
  })
  if (result.exitCode === 0) return { ok: true }
  if (result.exitCode === 127 && !result.timedOut)
    return { ok: false, reason: `bubblewrap (\`${executable}\`) is not installed` }
  const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' ')
  return {
    ok: false,
    reason: `bubblewrap (\`${executable}\`) cannot run here: ${detail || `exit ${result.exitCode}`}`,
  }
}
