import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { usesDbtTemplater } from '../../../src/adapters/dbt/sqlfluff-project.js'

describe('usesDbtTemplater', () => {
  it.each([
    ['.sqlfluff', '[sqlfluff]\ndialect = duckdb\ntemplater = dbt\n', true],
    ['.sqlfluff', '[sqlfluff]\ntemplater=dbt  # compiles with dbt\n', true],
    ['pyproject.toml', '[tool.sqlfluff.core]\ntemplater = "dbt"\n', true],
    ['.sqlfluff', '[sqlfluff]\ntemplater = jinja\n\n[sqlfluff:templater:dbt]\nprofiles_dir = .\n', false],
    ['.sqlfluff', '[sqlfluff]\n# templater = dbt\ntemplater = jinja\n', false],
  ])('%s with %j: %s', async (name, text, expected) => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'autopilot-sqlfluff-')), name)
    await writeFile(file, text)
    expect(await usesDbtTemplater(file)).toBe(expected)
  })

  it('is false without a configuration file', async () => {
    expect(await usesDbtTemplater(undefined)).toBe(false)
    expect(await usesDbtTemplater(path.join(os.tmpdir(), 'no-such-dir', '.sqlfluff'))).toBe(false)
  })
})
