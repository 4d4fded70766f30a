import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DEFAULT_GUARD_CONFIG, guardEdit, type GuardConfig } from '../../src/guard/guard.js'
import { checkPath } from '../../src/guard/paths.js'

const rules = (path: string, config: GuardConfig = DEFAULT_GUARD_CONFIG, real?: string) =>
  checkPath(path, config, real).map((violation) => violation.rule)

describe('checkPath', () => {
  it('allows the dbt folders and nothing else by default', () => {
    for (const path of [
      'models/a.sql',
      'tests/t.sql',
      'macros/m.sql',
      'snapshots/s.sql',
      'analyses/a.sql',
      'seeds/x.csv',
    ])
      expect(rules(path)).toEqual([])
    expect(rules('README.md')).toEqual(['path-not-allowed'])
    expect(rules('scripts/run.sql')).toEqual(['path-not-allowed'])
    // The allowlist is case-sensitive: MODELS/ is not where dbt looks.
    expect(rules('MODELS/a.sql')).toEqual(['path-not-allowed'])
  })

  it('holds the fixed denylist at any depth and in any case', () => {
    for (const path of [
      '.git/config',
      '.GIT/hooks/pre-commit',
      '.GitHub/workflows/ci.yml',
      'models/.gitattributes',
      'models/profiles.yml',
      'models/PROFILES.YML',
      'models/target/x.sql',
      'models/dbt_packages/x.sql',
      '.autopilot/policy.yml',
      'models/.env',
      'seeds/id_rsa',
      'seeds/server.pem',
      'models/CODEOWNERS',
    ])
      expect(rules(path)).toEqual(['path-denied'])
  })

  it('denies package files by default, and lets a config allow them', () => {
    expect(rules('packages.yml')).toEqual(['path-denied'])
    const open: GuardConfig = { ...DEFAULT_GUARD_CONFIG, allowedPaths: ['dbt_project.yml'], deniedPaths: [] }
    expect(rules('dbt_project.yml', open)).toEqual([])
    // The fixed list still holds.
    expect(rules('profiles.yml', { ...open, allowedPaths: ['profiles.yml'] })).toEqual(['path-denied'])
  })

  it("allows the project's own dbt_project.yml only, and a policy can still deny it", () => {
    expect(rules('dbt_project.yml')).toEqual([])
    expect(rules('models/dbt_project.yml')).toEqual(['path-denied'])
    expect(rules('sub/dbt_project.yml')).toEqual(['path-denied'])
    const nested: GuardConfig = {
      ...DEFAULT_GUARD_CONFIG,
      allowedPaths: ['app/models/', '/app/dbt_project.yml'],
      projectFiles: ['app/dbt_project.yml'],
    }
    expect(rules('app/dbt_project.yml', nested)).toEqual([])
    expect(rules('dbt_project.yml', nested)).toEqual(['path-denied'])
    const denied = { ...DEFAULT_GUARD_CONFIG, deniedPaths: ['dbt_project.yml'] }
    expect(rules('dbt_project.yml', denied)).toEqual(['path-denied'])
  })

  it('reads allowed and denied paths as globs of the shared dialect', () => {
    const config: GuardConfig = {
      ...DEFAULT_GUARD_CONFIG,
      allowedPaths: ['models/', 'seeds/*.csv', '/README.md'],
      deniedPaths: ['models/finance/', '*.py', 'secrets'],
    }
    expect(rules('models/marts/orders.sql', config)).toEqual([])
    expect(rules('seeds/countries.csv', config)).toEqual([])
    expect(rules('seeds/nested/countries.csv', config)).toEqual(['path-not-allowed'])
    expect(rules('README.md', config)).toEqual([])
    expect(rules('models/README.md', config)).toEqual([])
    expect(rules('docs/README.md', config)).toEqual(['path-not-allowed'])
    // Denied patterns match in any case; a bare name matches a file or a folder at any depth.
    expect(rules('models/Finance/revenue.sql', config)).toEqual(['path-denied'])
    expect(rules('models/helpers/x.PY', config)).toEqual(['path-denied'])
    expect(rules('models/secrets/keys.sql', config)).toEqual(['path-denied'])
  })

  it('refuses escapes, absolute paths and names that hide what they are', () => {
    for (const path of [
      '../x.sql',
      'models/../../x.sql',
      'Models/../.GIT',
      '/etc/passwd',
      'C:/x.sql',
      '~/.bashrc',
      'models\\..\\x.sql',
      'models/or\u200bders.sql',
      'models/оrders.sql', // Cyrillic о
      'models/x.sql.',
      'models/x.sql:stream',
      'models/GIT~1/x.sql',
      `models/${'a'.repeat(256)}.sql`,
      `models/${'deep/'.repeat(40)}x.sql`,
      '',
    ])
      expect(rules(path)).toEqual(['path-denied'])
  })

  it('checks the real path of a link too', () => {
    expect(rules('models/link.yml', DEFAULT_GUARD_CONFIG, 'dbt_project.yml')).toEqual(['path-denied'])
    expect(rules('models/link.sql', DEFAULT_GUARD_CONFIG, 'models/real.sql')).toEqual([])
    expect(checkPath('models/link.yml', DEFAULT_GUARD_CONFIG, 'dbt_project.yml')[0]?.message).toContain(
      'link to dbt_project.yml',
    )
  })

  it('refuses any path with a character outside plain ASCII names (property)', () => {
    fc.assert(
      // One path segment: slashes only split it into segments that the other cases cover.
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !n.includes('/')),
        (name) => {
          const verdict = rules(`models/${name}.sql`)
          if (!/^[A-Za-z0-9_.][A-Za-z0-9._-]*$/.test(name)) {
            expect(verdict).not.toEqual([])
          }
        },
      ),
    )
  })

  it('never throws on arbitrary paths and content (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, content) => {
        expect(Array.isArray(guardEdit(path, content, null))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses file kinds that run code', () => {
    expect(guardEdit('models/x.py', 'def model(dbt, s): pass\n').map((v) => v.rule)).toEqual([
      'path-not-allowed',
    ])
    expect(guardEdit('macros/x.sh', 'curl evil\n').map((v) => v.rule)).toEqual(['path-not-allowed'])
  })
})
