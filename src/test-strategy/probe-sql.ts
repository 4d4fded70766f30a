import { jinjaString } from '../evidence/profile-sql.js'

/** A model as `ref()` names it: the package and the model. */
export interface RefName {
  packageName: string
  name: string
}

export interface ValuesCheck {
  column: string
}

export interface OrphansCheck {
  column: string
  parent: RefName
  parentColumn: string
}

const ref = (model: RefName) => `ref(${jinjaString(model.packageName)}, ${jinjaString(model.name)})`

/**
 * One `dbt show --inline` query for the checks a model's tests need besides its profile: the distinct
 * values of each `values` column (`ap_kind = 'v'`, value as text and its count) and, for each `orphans`
 * check, how many non-null values have no match in the parent's key (`'o'`). A parent relation or column
 * that is not there answers `'missing'` with the reason instead of failing the whole query. Names enter
 * only as escaped Jinja strings and identifiers through `adapter.quote`.
 */
export function checksQuery(
  model: RefName,
  values: readonly ValuesCheck[],
  orphans: readonly OrphansCheck[],
): string {
  const branches: string[] = []
  values.forEach((check, i) => {
    const q = `{{ adapter.quote(${jinjaString(check.column)}) }}`
    branches.push(
      `select 'v' as ap_kind, ${i} as ap_index, cast(${q} as {{ ap_string }}) as ap_value, count(*) as ap_count from {{ ap_model }} where ${q} is not null group by cast(${q} as {{ ap_string }})`,
    )
  })
  orphans.forEach((check, i) => {
    const c = `{{ adapter.quote(${jinjaString(check.column)}) }}`
    const p = `{{ adapter.quote(${jinjaString(check.parentColumn)}) }}`
    branches.push(
      [
        `{%- set ap_parent_relation = adapter.get_relation(database=ap_parent_${i}.database, schema=ap_parent_${i}.schema, identifier=ap_parent_${i}.identifier) -%}`,
        '{%- if ap_parent_relation is none %}',
        `select 'missing' as ap_kind, ${i} as ap_index, cast('the parent relation is not built here' as {{ ap_string }}) as ap_value, 0 as ap_count`,
        `{%- elif ${jinjaString(check.parentColumn.toLowerCase())} not in (adapter.get_columns_in_relation(ap_parent_relation) | map(attribute='name') | map('lower') | list) %}`,
        `select 'missing' as ap_kind, ${i} as ap_index, cast('the parent has no such column' as {{ ap_string }}) as ap_value, 0 as ap_count`,
        '{%- else %}',
        `select 'o' as ap_kind, ${i} as ap_index, cast(null as {{ ap_string }}) as ap_value, count(*) as ap_count from {{ ap_model }} as ap_child where ap_child.${c} is not null and not exists (select 1 from {{ ap_parent_relation }} as ap_p where ap_p.${p} = ap_child.${c})`,
        '{%- endif %}',
      ].join('\n'),
    )
  })
  if (branches.length === 0) throw new Error('checksQuery needs at least one check')
  // The refs stand outside the `execute` block: dbt finds a node's dependencies while parsing.
  const refs = [
    `{%- set ap_model = ${ref(model)} -%}`,
    ...orphans.map((check, i) => `{%- set ap_parent_${i} = ${ref(check.parent)} -%}`),
  ]
  return `${refs.join('\n')}
{%- if execute -%}
{%- set ap_string = dbt.type_string() -%}
${branches.map((branch) => `select * from (\n${branch}\n) as ap_branch`).join('\nunion all\n')}
{%- else -%}
select 1 as ap_not_executed
{%- endif -%}
`
}
