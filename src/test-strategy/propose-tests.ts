import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { CheckResults, ModelProfile } from './data-probe.js'
import { MAX_ACCEPTED_VALUES } from './data-probe.js'
import { columnTests, keyByName, keyOf } from './key-columns.js'
import type { OrphansCheck, ValuesCheck } from './probe-sql.js'
import type { DeclinedTest, ProposedTest, TestRule } from './test-strategy.js'

/** Names of columns that hold a status or a category: their few values are worth pinning down. */
const STATUS_LIKE =
  /(?:^|_)(?:status|state|type|category|kind|tier|level|segment|stage|channel|method|priority|plan)$/i
const STRING_TYPE = /char|text|string|varchar/i
const PARENT_KINDS = new Set(['model', 'seed', 'snapshot'])

/** What the profile alone settles, and the checks still to ask the data. */
export interface TestPlan {
  proposed: ProposedTest[]
  declined: DeclinedTest[]
  values: Array<ValuesCheck & { found: number }>
  orphans: Array<OrphansCheck & { parentId: string }>
}

/**
 * The tests a changed model should have, from its manifest entry, its lineage and its data's profile:
 * `unique` and `not_null` on its key (see `keyOf`), `relationships` from a column named like a parent's key
 * to that parent, `accepted_values` for a status-like text column with few values. A test the model
 * already has is not proposed again; a test the profile contradicts is declined with the figures.
 */
export function planTests(graph: ManifestGraph, node: GraphNode, profile: ModelProfile): TestPlan {
  const plan: TestPlan = { proposed: [], declined: [], values: [], orphans: [] }
  const names = profile.columns.map((column) => column.name)
  const existing = columnTests(graph, node)
  const has = (column: string, test: string) => existing.get(column.toLowerCase())?.has(test) ?? false
  const base = { modelId: node.id, model: node.name }
  const decline = (column: string, test: DeclinedTest['test'], rule: TestRule, reason: string) =>
    plan.declined.push({ model: node.name, column, test, rule, reason })

  const key = keyOf(graph, node, names) ?? firstIdLikeColumn(profile)
  const keyColumns = new Set((key?.columns ?? []).map((column) => column.toLowerCase()))
  for (const name of key?.columns ?? []) {
    const column = profile.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())
    if (!column || column.nulls === undefined) {
      decline(name, 'not_null', key!.rule, 'the key column is not in the built relation')
      continue
    }
    const figures = `${column.nulls} null(s) in ${profile.rows} row(s)`
    if (!has(column.name, 'not_null')) {
      if (column.nulls === 0)
        plan.proposed.push({
          ...base,
          column: column.name,
          test: 'not_null',
          rule: key!.rule,
          because: figures,
        })
      else decline(column.name, 'not_null', key!.rule, figures)
    }
    if (key!.columns.length > 1 || has(column.name, 'unique')) continue
    const nonNull = profile.rows - column.nulls
    if (column.distinct === undefined) {
      decline(column.name, 'unique', key!.rule, 'its type cannot be counted distinct')
    } else if (column.distinct === nonNull) {
      plan.proposed.push({
        ...base,
        column: column.name,
        test: 'unique',
        rule: key!.rule,
        because: `${column.distinct} distinct value(s) in ${nonNull} non-null row(s)`,
      })
    } else {
      decline(
        column.name,
        'unique',
        key!.rule,
        `${nonNull - column.distinct} duplicate value(s) in ${nonNull} non-null row(s)`,
      )
    }
  }

  for (const parentId of graph.parentsOf(node.id)) {
    const parent = graph.get(parentId)
    if (!parent || !PARENT_KINDS.has(parent.kind) || parent.version !== undefined) continue
    const declared = keyOf(
      graph,
      parent,
      parent.columns.map((column) => column.name),
    )
    const parentKey =
      declared && declared.columns.length === 1 && declared.columns[0]!.toLowerCase() !== 'id'
        ? declared.columns[0]!
        : undefined
    const childColumn = parentKey
      ? names.find((name) => name.toLowerCase() === parentKey.toLowerCase())
      : keyByName(
          parent.name,
          names.filter((name) => name.toLowerCase() !== 'id'),
        )
    if (!childColumn || keyColumns.has(childColumn.toLowerCase()) || has(childColumn, 'relationships'))
      continue
    plan.orphans.push({
      column: childColumn,
      parent: { packageName: parent.packageName, name: parent.name },
      parentColumn: parentKey ?? childColumn,
      parentId,
    })
  }

  for (const column of profile.columns) {
    if (!STATUS_LIKE.test(column.name) || !STRING_TYPE.test(column.type)) continue
    if (keyColumns.has(column.name.toLowerCase()) || has(column.name, 'accepted_values')) continue
    if (column.distinct === undefined || column.distinct === 0) continue
    if (column.distinct > MAX_ACCEPTED_VALUES) {
      decline(
        column.name,
        'accepted_values',
        'data:low-cardinality',
        `${column.distinct} distinct values (more than ${MAX_ACCEPTED_VALUES})`,
      )
      continue
    }
    plan.values.push({ column: column.name, found: column.distinct })
  }
  return plan
}

/**
 * The last resort when nothing names a key: the first column (in the relation's order, where dbt models put
 * their key) named `…_id` or `…_key` that has no null and no duplicate in the data.
 */
function firstIdLikeColumn(
  profile: ModelProfile,
): { columns: string[]; rule: 'key:column-name' } | undefined {
  const column = profile.columns.find(
    (c) =>
      /(?:^|_)(?:id|key)$/i.test(c.name) && c.nulls === 0 && c.distinct === profile.rows && profile.rows > 0,
  )
  return column ? { columns: [column.name], rule: 'key:column-name' } : undefined
}

/** The plan finished with what the checks query found. */
export function completePlan(
  node: GraphNode,
  plan: TestPlan,
  results: CheckResults,
): { proposed: ProposedTest[]; declined: DeclinedTest[] } {
  const proposed = [...plan.proposed]
  const declined = [...plan.declined]
  const base = { modelId: node.id, model: node.name }
  plan.orphans.forEach((check, i) => {
    const result = results.orphans[i] ?? { missing: 'not checked' }
    const rule: TestRule = 'lineage:parent-key'
    if ('missing' in result) {
      declined.push({
        model: node.name,
        column: check.column,
        test: 'relationships',
        rule,
        reason: result.missing,
      })
    } else if (result.count > 0) {
      declined.push({
        model: node.name,
        column: check.column,
        test: 'relationships',
        rule,
        reason: `${result.count} value(s) have no row in \`${check.parent.name}\``,
      })
    } else {
      proposed.push({
        ...base,
        column: check.column,
        test: 'relationships',
        to: { model: check.parent.name, field: check.parentColumn },
        rule,
        because: `every value is a \`${check.parentColumn}\` of \`${check.parent.name}\``,
      })
    }
  })
  plan.values.forEach((check, i) => {
    const values = results.values[i] ?? []
    const rule: TestRule = 'data:low-cardinality'
    if (values.length === 0 || values.length > MAX_ACCEPTED_VALUES) {
      declined.push({
        model: node.name,
        column: check.column,
        test: 'accepted_values',
        rule,
        reason: `${values.length} value(s) found`,
      })
      return
    }
    proposed.push({
      ...base,
      column: check.column,
      test: 'accepted_values',
      values,
      rule,
      because: `${values.length} distinct value(s) in the built relation`,
    })
  })
  return { proposed, declined }
}
