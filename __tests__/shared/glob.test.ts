import { describe, expect, it } from '@jest/globals'
import { globMatcher } from '../../src/shared/glob.js'

const matches = (patterns: string | string[], path: string, caseInsensitive = false): boolean =>
  globMatcher(patterns, { caseInsensitive })(path)

describe('the glob dialect', () => {
  it.each([
    // picomatch syntax: * and ? within a folder, ** across folders (none included), ranges, braces
    ['models/*.sql', 'models/a.sql', true],
    ['models/*.sql', 'models/a/b.sql', false],
    ['models/?.sql', 'models/ab.sql', false],
    ['models/a.sql', 'models/aXsql', false],
    ['models/**/*.sql', 'models/a.sql', true],
    ['models/**/*.sql', 'models/staging/shop/a.sql', true],
    ['**/marts/**', 'marts/x.sql', true],
    ['models/stg_[a-c]*.sql', 'models/stg_b.sql', true],
    ['models/stg_[a-c]*.sql', 'models/stg_d.sql', false],
    ['models/{staging,marts}/*.sql', 'models/marts/x.sql', true],
    // dot files and folders match like any other
    ['models/**', 'models/.hidden/x.yml', true],
    ['*.yml', '.sqlfluff.yml', true],
    // no `/`: a name at any depth, a folder with everything in it
    ['*.yml', 'models/staging/a.yml', true],
    ['profiles.yml', 'profiles.yml', true],
    ['profiles.yml', 'config/profiles.yml', true],
    ['staging', 'models/staging/shop/a.sql', true],
    ['staging', 'models/staging_v2/a.sql', false],
    // any other pattern is anchored at the root
    ['/README.md', 'README.md', true],
    ['/README.md', 'docs/README.md', false],
    ['./models/a.sql', 'models/a.sql', true],
    ['models/a.sql', 'other/models/a.sql', false],
    // a trailing `/` is a folder's content, never the folder's name itself
    ['models/', 'models/a.sql', true],
    ['models/', 'models/staging/a.sql', true],
    ['models/', 'models', false],
    ['models/', 'seeds/models/a.sql', false],
    ['**/staging/', 'models/staging/a.sql', true],
    // `!` is a literal character and `\` escapes
    ['!a.sql', 'b.sql', false],
    ['models/\\*.sql', 'models/*.sql', true],
    ['models/\\*.sql', 'models/a.sql', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected)
  })

  it('matches a list when any pattern matches, and an empty list never', () => {
    expect(matches(['tests/', 'models/'], 'models/a.sql')).toBe(true)
    expect(matches([], 'models/a.sql')).toBe(false)
    expect(matches(['', '/'], 'models/a.sql')).toBe(false)
  })

  it('is case-sensitive unless asked, and takes `\\` in paths as a folder separator', () => {
    expect(matches('models/', 'Models/a.sql')).toBe(false)
    expect(matches('models/', 'Models/a.sql', true)).toBe(true)
    expect(matches('models/**/*.sql', 'models\\staging\\a.sql')).toBe(true)
  })
})
