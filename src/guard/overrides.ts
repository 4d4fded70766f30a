import type { ChangedFile } from './guard.js'
import { decodeContent } from './size.js'
import { lineAt } from './violation.js'

/**
 * What a change may do that dbt and sqlfluff accept but a reviewer must see: none is refused, each makes
 * the pull request a draft that names it unless the policy allows that class (`guard.allow`).
 * - `override`: a macro that shadows a dbt built-in (a test that always passes is a false green;
 *   `generate_schema_name` sends builds to another schema);
 * - `noqa`: a new comment that switches the linter off;
 * - `seed-formula`: a seed cell a spreadsheet would run as a formula.
 */
export type OverrideKind = 'override' | 'noqa' | 'seed-formula'

export interface Override {
  kind: OverrideKind
  /** Project-relative path. */
  path: string
  line: number
  /** The built-in shadowed (`generate_schema_name`, `test_unique`, `materialization table`), the comment, or the cell. */
  name: string
}

/** What the policy lets through without a draft (`guard.allow` in `.autopilot/policy.yml`). */
export interface OverrideAllowances {
  /** Built-ins a macro may shadow, by the names `Override.name` uses; a generic test also by its own name. */
  overrides: readonly string[]
  noqa: boolean
  seedFormulas: boolean
}

/** dbt macros a project can shadow by defining one of the same name, beside the generic tests. */
const BUILTIN_MACROS = new Set([
  'ref',
  'source',
  'config',
  'var',
  'env_var',
  'is_incremental',
  'should_full_refresh',
  'get_where_subquery',
  'generate_schema_name',
  'generate_alias_name',
  'generate_database_name',
  // The SQL every data test and unit test runs in (a body of `select 0` passes them all), and the checks
  // an enforced contract makes.
  'get_test_sql',
  'get_unit_test_sql',
  'get_fixture_sql',
  'get_expected_sql',
  'assert_columns_equivalent',
  'get_assert_columns_equivalent',
  'get_columns_in_query',
  'get_empty_subquery_sql',
  'get_empty_schema_sql',
  'get_select_subquery',
])
const GENERIC_TESTS = new Set(['unique', 'not_null', 'accepted_values', 'relationships'])
const MATERIALIZATIONS = new Set([
  'table',
  'view',
  'incremental',
  'ephemeral',
  'seed',
  'snapshot',
  'test',
  'unit',
  'materialized_view',
  'clone',
])

/** `{% macro name`, `{%- test name`, `{%+ materialization name`: Jinja allows any whitespace, or none. */
const DEFINITION = /\{%[-+]?\s*(macro|test|materialization)\s+([A-Za-z_]\w*)/g
const DEFINITION_END = /\{%[-+]?\s*end(?:macro|test|materialization)\b[\s\S]*?%\}/g
const NOQA =
  /\bnoqa\b|\bsqlfluff\s*:\s*(?:noqa|disable|ignore)\b|\blint[-_ ]?(?:disable|ignore)\b|\bnolint\b/i
/** A plain number (`-3`, `+0.5`, `-1e6`) starts with a sign but is no formula. */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i

/**
 * The overrides the change adds or edits (a finding the old content already had, same text, does not
 * count), minus what `allow` lets through. Deleted files add none.
 */
export function findOverrides(files: readonly ChangedFile[], allow?: OverrideAllowances): Override[] {
  const found: Override[] = []
  for (const file of files) {
    if (file.content === null) continue
    const decoded = decodeContent(file.content)
    if (!('text' in decoded)) continue
    const before = new Map<string, number>()
    for (const item of scan(file.path, file.old ?? '')) before.set(item.key, (before.get(item.key) ?? 0) + 1)
    for (const { key, override } of scan(file.path, decoded.text)) {
      const left = before.get(key) ?? 0
      if (left > 0) before.set(key, left - 1)
      else if (!allowed(override, allow)) found.push(override)
    }
  }
  return found
}

/** The draft reason naming every override, or undefined when there is none. */
export function overrideDraftReason(overrides: readonly Override[]): string | undefined {
  if (overrides.length === 0) return undefined
  const shown = overrides.slice(0, 10).map((item) => `${describe(item)} (${item.path}:${item.line})`)
  const more = overrides.length > 10 ? ` and ${overrides.length - 10} more` : ''
  return `The change ${shown.join('; ')}${more}; a reviewer should confirm, or the policy can allow it (\`guard.allow\`).`
}

function describe(item: Override): string {
  if (item.kind === 'override') return `overrides dbt's built-in \`${item.name}\``
  if (item.kind === 'noqa') return `switches the linter off (\`${item.name}\`)`
  return `has a seed cell a spreadsheet would run as a formula (\`${item.name.slice(0, 40)}\`)`
}

function allowed(item: Override, allow: OverrideAllowances | undefined): boolean {
  if (!allow) return false
  if (item.kind === 'noqa') return allow.noqa
  if (item.kind === 'seed-formula') return allow.seedFormulas
  const names = new Set(allow.overrides.map((name) => name.trim().toLowerCase()))
  return names.has(item.name) || (item.name.startsWith('test_') && names.has(item.name.slice(5)))
}

interface Scanned {
  /** What must differ from the old content for the finding to be the change's: kind and text. */
  key: string
  override: Override
}

function scan(path: string, text: string): Scanned[] {
  const lower = path.toLowerCase()
  if (lower.endsWith('.csv')) return seedFormulas(path, text)
  if (!lower.endsWith('.sql')) return []
  return [...definitions(path, text), ...noqaComments(path, text)]
}

function definitions(path: string, text: string): Scanned[] {
  const found: Scanned[] = []
  for (const match of text.matchAll(DEFINITION)) {
    const shadowed = builtinShadowed(match[1]!, match[2]!.toLowerCase())
    if (!shadowed) continue
    DEFINITION_END.lastIndex = match.index
    const end = DEFINITION_END.exec(text)
    // The whole block is the evidence: editing a shadowing macro's body counts as much as adding one.
    const block = text.slice(match.index, end ? end.index + end[0].length : text.length)
    found.push({
      key: `override\0${block.replace(/\s+/g, ' ').trim()}`,
      override: { kind: 'override', path, line: lineAt(text, match.index), name: shadowed },
    })
  }
  return found
}

/** The built-in a definition shadows, as `Override.name`; a dispatch prefix (`default__`) is looked past. */
function builtinShadowed(tag: string, name: string): string | undefined {
  if (tag === 'materialization') return MATERIALIZATIONS.has(name) ? `materialization ${name}` : undefined
  if (tag === 'test') return GENERIC_TESTS.has(name) ? `test_${name}` : undefined
  const base = name.replace(/^[a-z0-9]+__(?=[a-z])/, '')
  if (BUILTIN_MACROS.has(base)) return base
  if (base.startsWith('test_') && GENERIC_TESTS.has(base.slice(5))) return base
  return undefined
}

function noqaComments(path: string, text: string): Scanned[] {
  const found: Scanned[] = []
  text.split('\n').forEach((line, index) => {
    const match = NOQA.exec(line)
    if (!match) return
    found.push({
      key: `noqa\0${line.replace(/\s+/g, ' ').trim().toLowerCase()}`,
      override: { kind: 'noqa', path, line: index + 1, name: line.trim().slice(0, 80) },
    })
  })
  return found
}

function seedFormulas(path: string, text: string): Scanned[] {
  const found: Scanned[] = []
  for (const cell of csvCells(text)) {
    const value = cell.value.replace(/^[ \t]+/, '')
    if (!/^[=+\-@]/.test(value) || NUMBER.test(value.trim())) continue
    found.push({
      key: `seed-formula\0${cell.value}`,
      override: { kind: 'seed-formula', path, line: cell.line, name: value.slice(0, 80) },
    })
  }
  return found
}

/** Every cell of a CSV text (RFC 4180 quoting, `""` inside quotes), with the line it starts on. */
function* csvCells(text: string): Generator<{ value: string; line: number }> {
  let line = 1
  let i = 0
  while (i <= text.length) {
    const start = line
    let value = ''
    if (text[i] === '"') {
      i++
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (text[i] === '\n') line++
        value += text[i]
        i++
      }
    }
    while (i < text.length && text[i] !== ',' && text[i] !== '\n') value += text[i++]
    yield { value: value.replace(/\r$/, ''), line: start }
    if (i >= text.length) return
    if (text[i] === '\n') line++
    i++
  }
}
