import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { manifestGraphOf, type ManifestGraph } from '../../src/project/graph.js'
import { computeImpact } from '../../src/impact/impact.js'
import { parseCodeOwners } from '../../src/project/owners.js'
import { evaluatePolicy, type PolicyEvaluationInput } from '../../src/policy/evaluate-policy.js'
import { renderGovernanceSection } from '../../src/policy/governance-markdown.js'
import { parsePolicy } from '../../src/policy/parse-policy.js'
import { parseShop, type ParsedShop } from '../context/shop-manifest.js'

let shop: ParsedShop | undefined
let manifest: Record<string, Record<string, Record<string, unknown>>>
let next: ManifestGraph

/** The parsed manifest with some nodes taken out and some SQL changed: a base state, without a second parse. */
function baseWithout(removed: string[], edited: string[] = []): ManifestGraph {
  const base = structuredClone(manifest)
  for (const id of removed) delete base.nodes?.[id]
  for (const id of edited) {
    const node = base.nodes?.[id]
    if (node) {
      node.checksum = { name: 'sha256', checksum: 'before-the-change' }
      node.raw_code = 'select 1 -- before the change'
    }
  }
  return manifestGraphOf(base, 'base manifest')
}

beforeAll(async () => {
  shop = await parseShop(async (dir) => {
    await mkdir(path.join(dir, 'models', 'marts'), { recursive: true })
    await writeFile(
      path.join(dir, 'models', 'marts', 'refunds.sql'),
      "select payment_id, amount from {{ ref('stg_payments') }} where amount < 0\n",
    )
    await writeFile(
      path.join(dir, 'models', 'marts', '_refunds.yml'),
      "version: 2\nmodels:\n  - name: refunds\n    access: public\n    config:\n      meta: {owner: '@jdoe'}\n",
    )
  })
  manifest = JSON.parse(shop.manifestText)
  next = manifestGraphOf(manifest)
}, 200_000)

afterAll(() => shop?.cleanup())

const POLICY = parsePolicy(
  [
    'tasks: {allowed: [new_model, change_model]}',
    'layers:',
    '  - {name: gold, paths: ["models/marts/**"]}',
    '  - {name: silver, paths: ["models/staging/**", "models/intermediate/**"]}',
    'protected_layers:',
    '  - {layer: gold, require: {draft: true, owner_review: true}}',
    'standards:',
    '  naming: {gold: "^(fct|dim)_|^(orders|customers)$"}',
    '  new_models_require: [description, primary_key_test]',
    '  public_models_require_contract: true',
    'approvals: {labels: [autopilot, needs-data-review], team_reviewers: [data-platform]}',
    'guard: {max_files_changed: 8}',
  ].join('\n'),
  '.autopilot/policy.yml',
)
const CODEOWNERS = parseCodeOwners(
  [
    '* @acme/everyone',
    '/models/marts/ @acme/finance',
    '/models/marts/orders.sql @alice analytics@acme.com',
  ].join('\n'),
)

function input(base: ManifestGraph, extra: Partial<PolicyEvaluationInput> = {}): PolicyEvaluationInput {
  return {
    changedNodes: computeImpact(base, next).changed,
    graph: next,
    baseGraph: base,
    owners: { codeOwners: CODEOWNERS, projectPath: '' },
    ...extra,
  }
}

describe('evaluatePolicy on the shop project', () => {
  it('makes a change to a gold (marts) model a draft and asks its owners to review', () => {
    const result = evaluatePolicy(
      POLICY,
      input(baseWithout([], ['model.shop.orders']), { taskKind: 'change_model' }),
    )

    expect(result.draft).toBe(true)
    expect(result.draftReasons).toEqual(['The change touches the protected gold layer (orders).'])
    expect(result.reviewers).toEqual(['alice'])
    expect(result.teamReviewers).toEqual(['data-platform', 'finance'])
    expect(result.labels).toEqual(['autopilot', 'needs-data-review'])
    expect(result.guard).toEqual({ maxFilesChanged: 8 })
    const gold = result.checks.find((check) => check.rule === 'protected_layers.gold')
    expect(gold?.result).toBe('warn')
    expect(gold?.detail).toContain('owners without a GitHub login, to ask by hand: analytics@acme.com')
    expect(result.checks.map((c) => [c.rule, c.result])).toEqual([
      ['tasks.allowed', 'pass'],
      ['protected_layers.gold', 'warn'],
      ['standards.naming.gold', 'pass'],
      ['standards.new_models_require', 'pass'],
      ['standards.public_models_require_contract', 'pass'],
      ['approvals', 'pass'],
    ])
  })

  it('fails a new model without description, primary-key test or contract, and passes one that has them', () => {
    const base = baseWithout(['model.shop.refunds', 'model.shop.customers'])

    const result = evaluatePolicy(POLICY, input(base, { taskKind: 'new_model' }))

    const byRule = Object.fromEntries(result.checks.map((check) => [check.rule, check]))
    expect(byRule['standards.new_models_require']).toEqual({
      rule: 'standards.new_models_require',
      result: 'fail',
      detail:
        "refunds needs a description and a primary-key test (unique and not_null on one column): add them in the model's YAML.",
    })
    expect(byRule['standards.naming.gold']?.result).toBe('fail')
    expect(byRule['standards.naming.gold']?.detail).toMatch(/^New gold model\(s\) refunds do not match/)
    expect(byRule['standards.public_models_require_contract']?.result).toBe('fail')
    expect(result.reviewers).toEqual(['jdoe'])
    expect(result.draftReasons.at(-1)).toBe(
      'Policy check(s) failed: standards.naming.gold, standards.new_models_require, standards.public_models_require_contract.',
    )
  })

  it('refuses a task kind the policy does not allow', () => {
    const result = evaluatePolicy(
      POLICY,
      input(baseWithout([], ['model.shop.stg_orders']), { taskKind: 'drop_table' }),
    )

    expect(result.checks[0]).toMatchObject({ rule: 'tasks.allowed', result: 'fail' })
    expect(result.checks.find((c) => c.rule === 'protected_layers.gold')).toMatchObject({ result: 'pass' })
    expect(result.draft).toBe(true)
  })

  it('checks nothing and asks nothing under an empty policy', () => {
    const result = evaluatePolicy({}, input(baseWithout(['model.shop.refunds'])))
    expect(result).toMatchObject({ checks: [], draft: false, reviewers: [], teamReviewers: [], labels: [] })
  })
})

describe('renderGovernanceSection', () => {
  it('lists each rule with its result, and what the PR was asked for, without pinging anyone', () => {
    const result = evaluatePolicy(
      POLICY,
      input(baseWithout(['model.shop.refunds']), { taskKind: 'new_model' }),
    )

    const markdown = renderGovernanceSection(result, {
      sources: ['acme/.github/policy.yml@main', '.autopilot/policy.yml'],
    })

    expect(markdown).toContain('### Governance')
    expect(markdown).toContain('Policy: `acme/.github/policy.yml@main` → `.autopilot/policy.yml`')
    expect(markdown).toContain('| `standards.new_models_require` | ❌ fail | refunds needs a description')
    expect(markdown).toContain('| `tasks.allowed` | ✅ pass |')
    expect(markdown).toContain('| `protected_layers.gold` | ⚠️ warn |')
    expect(markdown).toContain('- Reviewers: `@jdoe`')
    expect(markdown).toContain('- Labels: `autopilot`, `needs-data-review`')
    expect(markdown).not.toMatch(/(^|[^`\u200b])@jdoe/)
  })

  it('is left out when no rule applies and nothing is asked', () => {
    const markdown = renderGovernanceSection(evaluatePolicy({}, input(baseWithout(['model.shop.refunds']))))
    expect(markdown).toBe('')
  })
})
