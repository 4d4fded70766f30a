import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf } from '../../src/project/graph.js'
import { ownersOf, parseCodeOwners } from '../../src/project/owners.js'
import { manifest, model } from './manifests/build.js'

const CODEOWNERS = `
# Default owners for everything
*                         @acme/platform
/dbt/models/marts/        @acme/analytics analytics@example.com
/dbt/models/staging/*     @acme/ingest
*.yml                     @acme/docs   # YAML reviewed by docs
/dbt/models/marts/legacy/
docs/\\#notes.md          @acme/notes
!ignored.sql              @nobody
`

describe('CODEOWNERS', () => {
  const owners = parseCodeOwners(CODEOWNERS)

  it('lets the last matching pattern win', () => {
    expect(owners.ownersOf('README.md')).toEqual(['@acme/platform'])
    expect(owners.ownersOf('dbt/models/marts/orders.sql')).toEqual([
      '@acme/analytics',
      'analytics@example.com',
    ])
    expect(owners.ownersOf('dbt/models/marts/_marts.yml')).toEqual(['@acme/docs'])
  })

  it('gives no owners when the last match lists none', () => {
    expect(owners.ownersOf('dbt/models/marts/legacy/old.sql')).toEqual([])
  })

  it('matches dir/* only for the folder’s direct files, and anchors patterns with a leading slash', () => {
    expect(owners.ownersOf('dbt/models/staging/stg_orders.sql')).toEqual(['@acme/ingest'])
    expect(owners.ownersOf('dbt/models/staging/shop/stg_orders.sql')).toEqual(['@acme/platform'])
    expect(owners.ownersOf('other/dbt/models/marts/orders.sql')).toEqual(['@acme/platform'])
  })

  it('treats \\# as a literal and skips negation, which GitHub does not support', () => {
    expect(owners.ownersOf('docs/#notes.md')).toEqual(['@acme/notes'])
    expect(owners.ownersOf('ignored.sql')).toEqual(['@acme/platform'])
  })
})

describe('CODEOWNERS with gitignore semantics', () => {
  const owners = parseCodeOwners(`
docs/                 @acme/writers
/apps/**/build.yml    @acme/build
**/logs               @acme/ops
README.md             @acme/readme
`)

  it('matches a folder pattern at any depth, and `**` across folders', () => {
    expect(owners.ownersOf('docs/a.md')).toEqual(['@acme/writers'])
    expect(owners.ownersOf('dbt/docs/deep/b.md')).toEqual(['@acme/writers'])
    expect(owners.ownersOf('apps/build.yml')).toEqual(['@acme/build'])
    expect(owners.ownersOf('apps/web/ui/build.yml')).toEqual(['@acme/build'])
    expect(owners.ownersOf('other/apps/build.yml')).toEqual([])
    expect(owners.ownersOf('services/logs/today.txt')).toEqual(['@acme/ops'])
  })

  it('is case-sensitive as GitHub is, and matches no path outside the repository', () => {
    expect(owners.ownersOf('readme.md')).toEqual([])
    expect(owners.ownersOf('./README.md')).toEqual(['@acme/readme'])
    expect(owners.ownersOf('../README.md')).toEqual([])
  })
})

describe('owners of a node', () => {
  const graph = manifestGraphOf(
    manifest({
      nodes: [
        model('orders', { meta: { owner: ['@acme/finance', 'cfo@example.com'] }, group: 'finance' }),
        model('customers', { meta: { owner: 'Jane Doe' } }),
      ],
      groups: {
        'group.shop.finance': { name: 'finance', owner: { name: 'Finance', email: 'fin@example.com' } },
      },
    }),
  )
  const codeOwners = parseCodeOwners('/dbt/models/marts/ @acme/analytics\n')

  it('combines meta.owner (list), the group’s owner and CODEOWNERS under the project folder', () => {
    expect(ownersOf(graph.get('model.shop.orders')!, graph, { codeOwners, projectPath: './dbt/' })).toEqual([
      { name: '@acme/finance', from: 'meta' },
      { name: 'cfo@example.com', from: 'meta' },
      { name: 'fin@example.com', from: 'group' },
      { name: '@acme/analytics', from: 'codeowners' },
    ])
  })

  it('reads a single meta.owner and finds no CODEOWNERS match when the project is at the root', () => {
    expect(ownersOf(graph.get('model.shop.customers')!, graph, { codeOwners, projectPath: '' })).toEqual([
      { name: 'Jane Doe', from: 'meta' },
    ])
  })
})
