import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  configuredTemplater,
  templaterOverride,
  usesDbtTemplater,
} from '../../../src/adapters/dbt/sqlfluff-project.js'

describe('usesDbtTemplater', () => {
  it.each([
    ['.sqlfluff', '[sqlfluff]\ndialect = duckdb\ntemplater = dbt\n', true],
    ['.sqlfluff', '[sqlfluff]\ntemplater=dbt  # compiles with dbt\n', true],
    ['pyproject.toml', '[tool.sqlfluff.core]\ntemplater = "dbt"\n', true],
    ['.sqlfluff', '[sqlfluff]\ndialect = snowflake\ntemplater = dbt-cloud\n', true],
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

describe('templaterOverride', () => {
  it("runs a dbt Cloud templater configuration with dbt-core's templater, and leaves the others alone", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'autopilot-sqlfluff-')), '.sqlfluff')
    await writeFile(file, '[sqlfluff]\ntemplater = dbt-cloud\ndialect = snowflake\n')
    expect(await configuredTemplater(file)).toBe('dbt-cloud')
    expect(templaterOverride(await configuredTemplater(file))).toEqual(['--templater', 'dbt'])
    expect(templaterOverride('jinja')).toEqual([])
    expect(templaterOverride(undefined)).toEqual([])
  })
})
