import { execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { sourceAfterChange } from '../../src/report/source-after-change.js'

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' })

describe('sourceAfterChange', () => {
  it("rebuilds each changed file from the base and git's patch: edited, added, deleted, untouched", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'after-change-'))
    try {
      await mkdir(path.join(dir, 'models'))
      const base = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n') + '\n'
      await writeFile(path.join(dir, 'models/a.sql'), base)
      await writeFile(path.join(dir, 'models/gone.sql'), 'select 1\n')
      await writeFile(path.join(dir, 'models/same.sql'), 'select 2\n')
      git(dir, 'init', '-q')
      git(dir, 'add', '.')
      git(dir, 'commit', '-qm', 'base')
      const edited = base
        .replace('line 2\n', 'line 2\ninserted\n')
        .replace('line 20\n', '')
        .replace('line 39\n', 'changed 39\n')
      await writeFile(path.join(dir, 'models/a.sql'), edited)
      await writeFile(path.join(dir, 'models/new.sql'), 'select 3\nfrom x')
      await rm(path.join(dir, 'models/gone.sql'))
      git(dir, 'add', '-A')
      const diff = git(dir, 'diff', '--cached', '--no-color', 'HEAD')

      expect(sourceAfterChange(diff, 'models/a.sql', base)).toBe(edited)
      expect(sourceAfterChange(diff, 'models/new.sql', undefined)).toBe(
        await readFile(path.join(dir, 'models/new.sql'), 'utf8'),
      )
      expect(sourceAfterChange(diff, 'models/gone.sql', 'select 1\n')).toBeUndefined()
      expect(sourceAfterChange(diff, 'models/same.sql', 'select 2\n')).toBe('select 2\n')
      expect(sourceAfterChange('', 'models/a.sql', base)).toBe(base)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
