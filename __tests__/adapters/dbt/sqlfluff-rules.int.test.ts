import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SpawnCommandRunner } from '../../../src/adapters/process/command-runner.js'
import { pythonBesideDbt } from '../../../src/adapters/dbt/sql-checker.js'
import { SqlfluffRules } from '../../../src/adapters/dbt/sqlfluff-rules.js'

// The venv's real sqlfluff resolves the effective rules: pyproject.toml at the repository root, the dbt
// project in a subfolder (sqlfluff merges both), an unknown dialect, and no configuration at all.

let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'autopilot-sqlfluff-rules-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function rulesOf(files: Record<string, string>, project = 'transform') {
  const repo = await mkdtemp(path.join(scratch, 'repo-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true })
    await writeFile(path.join(repo, name), text)
  }
  const projectDir = path.join(repo, project)
  await mkdir(projectDir, { recursive: true })
  const source = new SqlfluffRules(
    { projectDir, repoDir: repo, python: pythonBesideDbt('sqlfluff'), timeoutMs: 60_000 },
    new SpawnCommandRunner(),
  )
  return source.rules()
}

describe('SqlfluffRules (real sqlfluff)', () => {
  it('merges pyproject.toml at the root with the project folder’s .sqlfluff, as sqlfluff does', async () => {
    const found = await rulesOf({
      'pyproject.toml': [
        '[tool.poetry]',
        'name = "analytics"',
        '',
        '[tool.sqlfluff.core]',
        'dialect = "duckdb"',
        'rules = ["capitalisation", "layout.long_lines"]',
        'max_line_length = 96',
        '',
        '[tool.sqlfluff.rules."capitalisation.keywords"]',
        'capitalisation_policy = "upper"',
        '',
      ].join('\n'),
      'transform/.sqlfluff': '[sqlfluff]\nexclude_rules = CP04\n',
    })
    if (!found || !('rules' in found)) throw new Error(`no rules: ${JSON.stringify(found)}`)
    expect(found.config).toBe('transform/.sqlfluff')
    expect(found.rules).toMatchObject({ dialect: 'duckdb', templater: 'jinja' })
    const codes = found.rules.rules.map((rule) => rule.code)
    expect(codes).toEqual(expect.arrayContaining(['CP01', 'CP02', 'CP03', 'CP05', 'LT05']))
    expect(codes).not.toContain('CP04')
    expect(codes).not.toContain('AL01')
    expect(found.rules.settings).toMatchObject({
      'core.max_line_length': '96',
      'rules.capitalisation.keywords.capitalisation_policy': 'upper',
    })
  })

  it('says why when sqlfluff refuses the configuration', async () => {
    const found = await rulesOf({ '.sqlfluff': '[sqlfluff]\ndialect = no_such_sql\n' }, '.')
    expect(found).toEqual({
      notRead: expect.stringMatching(
        /^sqlfluff could not resolve the rules of \.sqlfluff: .*Unknown dialect/,
      ),
    })
  })

  it('reads nothing when the project configures no sqlfluff', async () => {
    expect(await rulesOf({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n' })).toBeUndefined()
  })
})
