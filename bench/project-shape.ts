import type { ColumnSpec } from './manifest-entries.js'

/** Seeded randomness and the column and SQL vocabulary the synthetic project is made of. */

export type Random = () => number

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function rng(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T
}

/**
 * An index in [0, n) that favours the start: the earliest models become hubs with hundreds of children,
 * as `stg_customers`-like models do in real projects, while most models have one or two.
 */
export function skewed(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 3))
}

const VOCABULARY = [
  'status',
  'amount',
  'currency',
  'created_at',
  'updated_at',
  'email',
  'first_name',
  'last_name',
  'country',
  'region',
  'channel',
  'quantity',
  'unit_price',
  'discount',
  'order_date',
  'is_active',
  'is_deleted',
  'plan',
  'tier',
  'revenue',
  'cost',
  'margin',
  'score',
  'category',
  'sku',
  'utm_source',
  'utm_medium',
  'campaign_id',
  'account_id',
  'user_id',
  'session_id',
  'event_name',
  'event_at',
  'duration_seconds',
  'lifetime_value',
  'churned_at',
  'signup_date',
  'product_id',
  'customer_id',
  'order_id',
  'invoice_id',
  'payment_method',
  'tax_amount',
  'shipping_amount',
  'net_amount',
  'gross_amount',
  'notes',
  'priority',
  'owner_id',
  'team',
]

/** The type a warehouse would give a column of that name. */
export function typeOf(name: string): string {
  if (name.endsWith('_id')) return 'bigint'
  if (name.endsWith('_at')) return 'timestamp'
  if (name.endsWith('_date')) return 'date'
  if (name.startsWith('is_')) return 'boolean'
  if (/amount|price|revenue|cost|margin|value|discount/.test(name)) return 'decimal(38, 2)'
  if (/quantity|seconds|score/.test(name)) return 'integer'
  return 'varchar'
}

/**
 * Columns of a model about `entity`: its key first, then most of its parents' columns (names carry
 * downstream in real projects), then a few of its own, `count` in all.
 */
export function designColumns(
  random: Random,
  entity: string,
  inherited: readonly ColumnSpec[],
  count: number,
): ColumnSpec[] {
  const key = `${entity.replace(/_\d+$/, '').replace(/s$/, '')}_id`
  const names = new Set([key])
  for (const column of inherited) {
    if (names.size >= count) break
    if (random() < 0.6) names.add(column.name)
  }
  for (let guard = 0; names.size < count && guard < count * 4; guard++) names.add(pick(random, VOCABULARY))
  return [...names].map((name) => ({
    name,
    type: typeOf(name),
    description: random() < 0.5 ? `The ${name.replaceAll('_', ' ')} of the ${entity.replace(/s$/, '')}.` : '',
    constraints: [],
  }))
}

/** SQL in the usual CTE style: one CTE per input, a join on the key, the columns listed. */
export function modelSql(
  columns: readonly ColumnSpec[],
  refs: readonly string[],
  sources: readonly (readonly [string, string])[],
): string {
  const inputs = [
    ...sources.map(([source, table]) => ({ alias: table, from: `{{ source('${source}', '${table}') }}` })),
    ...refs.map((ref) => ({ alias: ref, from: `{{ ref('${ref}') }}` })),
  ]
  const ctes = inputs.map((input) => `${input.alias} as (\n    select * from ${input.from}\n)`).join(',\n\n')
  const first = inputs[0]?.alias ?? 'base'
  const key = columns[0]?.name ?? 'id'
  const joins = inputs
    .slice(1)
    .map((input) => `left join ${input.alias}\n    on ${first}.${key} = ${input.alias}.${key}`)
    .join('\n')
  const list = columns.map((column) => `    ${first}.${column.name}`).join(',\n')
  return `with ${ctes}\n\nselect\n${list}\nfrom ${first}\n${joins}\n`
}
