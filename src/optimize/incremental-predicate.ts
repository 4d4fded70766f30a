import { sqlFinding, type SqlCheck } from './sql-check.js'

/**
 * An incremental model without an `is_incremental()` block: every run then selects the whole history
 * and merges or appends all of it, which is a full rebuild at incremental prices (or duplicates).
 */
export const incrementalWithoutPredicate: SqlCheck = (model) => {
  if (model.node.materialized !== 'incremental') return []
  const code = model.source.replace(/\{#[\s\S]*?#\}/g, '').replace(/--[^\n]*/g, '')
  if (/\bis_incremental\s*\(\s*\)/.test(code)) return []
  const configLine = model.source.split('\n').findIndex((line) => /materialized/.test(line)) + 1
  return [
    sqlFinding(
      model,
      'incremental-without-predicate',
      configLine || 1,
      `\`${model.node.name}\` is incremental but has no \`{% if is_incremental() %}\` filter: each run reads all of its input. Select only new rows there, e.g. \`where updated_at > (select max(updated_at) from {{ this }})\`.`,
    ),
  ]
}
