import type { EvidenceTarget } from './evidence-targets.js'

/**
 * The `dbt show --inline` queries of the data evidence: Jinja that dbt renders with the project's adapter,
 * so every identifier is quoted by `adapter.quote`, every type comes from the adapter's own macros and the
 * row limit is dbt's (`--limit`). Manifest values (relation names, column names) enter only as Jinja string
 * literals with everything but plain characters escaped, so none can open a tag or end a string.
 */

/** The prefix of the message the profile query logs with the columns it found and chose. */
export const COLUMNS_MESSAGE = 'autopilot-evidence:'

/** A Jinja string literal: anything but letters, digits and a few plain characters as `\u` escapes. */
export function jinjaString(text: string): string {
  let out = ''
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0
    if (/^[A-Za-z0-9 _.,:=+*/()-]$/.test(char)) out += char
    else if (point <= 0xffff) out += `\\u${point.toString(16).padStart(4, '0')}`
    else out += `\\U${point.toString(16).padStart(8, '0')}`
  }
  return `"${out}"`
}

function jinjaList(items: readonly string[]): string {
  return `[${items.map(jinjaString).join(', ')}]`
}

/**
 * Sets `ap_new_from` (the new relation) and `ap_base_sql` / `ap_base_from` (a select of the base side, and
 * it as a subquery; `none` without a base). The base SQL of a model validation never built is its raw code,
 * rendered here: its `ref()`s resolve to the relations the change's build made.
 */
function preamble(target: EvidenceTarget, checkBase: boolean): string {
  const lines = [`{%- set ap_new_from = ${jinjaString(target.relation.relationName)} -%}`]
  const { base } = target
  if (base.kind === 'production') {
    const select = `{%- set ap_base_sql = "select * from " ~ ${jinjaString(base.relationName)} -%}`
    if (checkBase) {
      const database = base.database === undefined ? 'none' : jinjaString(base.database)
      lines.push(
        '{%- set ap_base_sql = none -%}',
        '{%- if execute -%}',
        `{%- set ap_base_relation = adapter.get_relation(database=${database}, schema=${jinjaString(base.schema)}, identifier=${jinjaString(base.identifier)}) -%}`,
        `{%- if ap_base_relation is not none -%}${select}{%- endif -%}`,
        '{%- endif -%}',
      )
    } else lines.push(select)
  } else if (base.kind === 'base-sql') {
    lines.push(
      '{%- set ap_base_raw -%}',
      base.rawCode,
      '{%- endset -%}',
      '{%- set ap_base_sql = ap_base_raw.strip().rstrip(";").strip() -%}',
    )
  } else lines.push('{%- set ap_base_sql = none -%}')
  lines.push(
    '{%- set ap_base_from = ("(\\n" ~ ap_base_sql ~ "\\n)") if ap_base_sql is not none else none -%}',
  )
  return lines.join('\n')
}

/**
 * One query for a model's profile: the columns of both sides (from the adapter, `get_column_schema_from_query`),
 * at most `maxColumns` of the new side chosen (added, retyped, named in `hints`, then the rest) and logged,
 * then one row per side: `side`, `row_count`, and per chosen column `i` its non-null count `nn_i`, distinct
 * count `d_i` and `min`/`max` as text (`lo_i`, `hi_i`); null where the side lacks the column or its type has
 * no order or equality every adapter supports.
 */
export function profileQuery(target: EvidenceTarget, maxColumns: number): string {
  return `${preamble(target, true)}
{%- if execute -%}
{%- set ap_new_cols = adapter.get_column_schema_from_query("select * from " ~ ap_new_from) -%}
{%- set ap_base_cols = adapter.get_column_schema_from_query(ap_base_sql) if ap_base_sql is not none else none -%}
{%- set ap_new_by_name = {} -%}
{%- for c in ap_new_cols -%}{%- do ap_new_by_name.update({c.name | lower: c}) -%}{%- endfor -%}
{%- set ap_base_by_name = {} -%}
{%- for c in (ap_base_cols or []) -%}{%- do ap_base_by_name.update({c.name | lower: c}) -%}{%- endfor -%}
{%- set ap_hints = ${jinjaList(target.hints)} -%}
{%- set ap_ranked = [] -%}
{%- for c in ap_new_cols -%}
{%- set b = ap_base_by_name.get(c.name | lower) -%}
{%- if ap_base_cols is not none and b is none -%}{%- do ap_ranked.append([0, loop.index0]) -%}
{%- elif b is not none and (b.dtype | lower) != (c.dtype | lower) -%}{%- do ap_ranked.append([1, loop.index0]) -%}
{%- elif (c.name | lower) in ap_hints -%}{%- do ap_ranked.append([2, loop.index0]) -%}
{%- else -%}{%- do ap_ranked.append([3, loop.index0]) -%}{%- endif -%}
{%- endfor -%}
{%- set ap_profiled = [] -%}
{%- for r in (ap_ranked | sort)[:${maxColumns}] -%}{%- do ap_profiled.append(ap_new_cols[r[1]]) -%}{%- endfor -%}
{%- set ap_meta = {"new": [], "base": none, "profiled": []} -%}
{%- for c in ap_new_cols -%}{%- do ap_meta["new"].append([c.name, c.dtype]) -%}{%- endfor -%}
{%- if ap_base_cols is not none -%}
{%- do ap_meta.update({"base": []}) -%}
{%- for c in ap_base_cols -%}{%- do ap_meta["base"].append([c.name, c.dtype]) -%}{%- endfor -%}
{%- endif -%}
{%- for c in ap_profiled -%}{%- do ap_meta["profiled"].append(c.name) -%}{%- endfor -%}
{%- do log(${jinjaString(COLUMNS_MESSAGE)} ~ tojson(ap_meta), info=true) -%}
{%- set ap_string = dbt.type_string() -%}
{%- set ap_bigint = dbt.type_bigint() -%}
{%- set ap_sides = [["new", ap_new_from ~ " as ap_new", ap_new_by_name]] -%}
{%- if ap_base_from is not none -%}{%- do ap_sides.append(["base", ap_base_from ~ " as ap_base", ap_base_by_name]) -%}{%- endif -%}
{%- for side in ap_sides %}
{% if not loop.first %}union all
{% endif -%}
select '{{ side[0] }}' as side, count(*) as row_count
{%- for p in ap_profiled -%}
{%- set i = loop.index0 -%}
{%- set c = side[2].get(p.name | lower) -%}
{%- if c is none %}
, cast(null as {{ ap_bigint }}) as nn_{{ i }}, cast(null as {{ ap_bigint }}) as d_{{ i }}, cast(null as {{ ap_string }}) as lo_{{ i }}, cast(null as {{ ap_string }}) as hi_{{ i }}
{%- else -%}
{%- set q = adapter.quote(c.name) -%}
{%- set t = c.dtype | lower -%}
{%- set ap_nested = ('[' in t) or ('struct' in t) or ('map' in t) or ('array' in t) or ('json' in t) or ('variant' in t) or ('object' in t) or ('geo' in t) or ('record' in t) or ('super' in t) or ('list' in t) -%}
{%- set ap_ordered = namespace(value=c.is_number() or c.is_string()) -%}
{%- for word in ['int', 'decimal', 'numeric', 'number', 'float', 'double', 'real', 'char', 'text', 'string', 'date', 'time'] -%}
{%- if word in t -%}{%- set ap_ordered.value = true -%}{%- endif -%}
{%- endfor -%}
{%- set ap_orderable = ap_ordered.value and not ap_nested -%}
{%- set ap_countable = ap_orderable or (('bool' in t) and not ap_nested) %}
, count({{ q }}) as nn_{{ i }}, {% if ap_countable %}count(distinct {{ q }}){% else %}cast(null as {{ ap_bigint }}){% endif %} as d_{{ i }}, {% if ap_orderable %}cast(min({{ q }}) as {{ ap_string }}){% else %}cast(null as {{ ap_string }}){% endif %} as lo_{{ i }}, {% if ap_orderable %}cast(max({{ q }}) as {{ ap_string }}){% else %}cast(null as {{ ap_string }}){% endif %} as hi_{{ i }}
{%- endif -%}
{%- endfor %}
from {{ side[1] }}
{%- endfor %}
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`
}

/** A column as each side names it; `sameType` keeps a key join on the native values. */
export interface SampleColumn {
  base: string
  new: string
  sameType: boolean
}

/**
 * Rows whose primary key is on both sides and whose compared columns differ (nulls included), all values
 * as text: `k_i` the key, `b_i`/`n_i` column `i` on the base and new side, `changed_rows` how many rows
 * differ in all. dbt's `--limit` bounds what comes back.
 */
export function changedRowsQuery(
  target: EvidenceTarget,
  key: readonly SampleColumn[],
  compared: readonly SampleColumn[],
): string {
  const quote = (side: 'ap_base' | 'ap_new', name: string) =>
    `${side}.{{ adapter.quote(${jinjaString(name)}) }}`
  const text = (expression: string) => `cast(${expression} as {{ ap_string }})`
  const select = [
    ...key.map((column, i) => `${text(quote('ap_new', column.new))} as k_${i}`),
    ...compared.flatMap((column, i) => [
      `${text(quote('ap_base', column.base))} as b_${i}`,
      `${text(quote('ap_new', column.new))} as n_${i}`,
    ]),
    'count(*) over () as changed_rows',
  ]
  const on = key.map((column) => {
    const [b, n] = [quote('ap_base', column.base), quote('ap_new', column.new)]
    return column.sameType ? `${b} = ${n}` : `${text(b)} = ${text(n)}`
  })
  const differs = compared.map((column) => {
    const [b, n] = [quote('ap_base', column.base), quote('ap_new', column.new)]
    return `(${b} is null and ${n} is not null) or (${b} is not null and ${n} is null) or ${text(b)} <> ${text(n)}`
  })
  return `${preamble(target, false)}
{%- set ap_string = dbt.type_string() -%}
select
  ${select.join(',\n  ')}
from {{ ap_base_from }} as ap_base
inner join {{ ap_new_from }} as ap_new
  on ${on.join('\n  and ')}
where ${differs.map((condition) => `(${condition})`).join('\n  or ')}
order by ${key.map((_, i) => `k_${i}`).join(', ')}
`
}
