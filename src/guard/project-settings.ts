import { isDeepStrictEqual } from 'node:util'
import { parse } from 'yaml'
import { ENGINE_PATTERNS, STATEMENT_PATTERNS } from './sql-patterns.js'
import type { Violation } from './violation.js'

/**
 * Top-level keys of dbt_project.yml a change may not touch (compared with `_` read as `-`), and why: they
 * run SQL around every command, move where dbt reads or writes, or change how every node is named or run.
 */
const FIXED_KEYS: Readonly<Record<string, string>> = {
  'on-run-start': 'SQL that runs before every dbt command',
  'on-run-end': 'SQL that runs after every dbt command',
  'target-path': 'where dbt writes its artifacts',
  'log-path': 'where dbt writes its logs',
  'modules-path': 'where dbt installs packages',
  'packages-install-path': 'where dbt installs packages',
  'clean-targets': 'the folders `dbt clean` deletes',
  profile: 'which connection profile dbt uses',
  dispatch: 'which package implements each macro',
  'query-comment': 'the comment dbt adds to every query',
  flags: "dbt's behaviour flags",
  name: 'the project name, part of every node id',
}

/** Config keys that run SQL around a node (after `+` and `-`/`_` are normalized). */
const HOOK_KEYS = new Set(['pre_hook', 'post_hook', 'sql_header'])

const ALLOWED =
  'Autopilot may change vars and model, seed, snapshot and test configs (materialized, schema, tags, enabled, docs) in dbt_project.yml'

/**
 * The settings rules of a dbt_project.yml edit, old against new: hooks, paths, profile and the other
 * `FIXED_KEYS` must stay as they were; vars and resource configs may change. Empty when the edit may go on.
 */
export function checkProjectSettings(file: string, text: string, old: string | null): Violation[] {
  const next = parseProject(text)
  if ('error' in next) {
    return [
      {
        rule: 'project-setting',
        path: file,
        message: `Refused: ${file} does not parse as YAML (${next.error}). Write valid YAML.`,
      },
    ]
  }
  const before: Parsed = old === null ? { value: {} } : parseProject(old)
  const previous = 'error' in before ? {} : before.value
  const violations: Violation[] = []
  const keys = new Set([...Object.keys(previous), ...Object.keys(next.value)].map(topKey))
  for (const key of [...keys].sort()) {
    const why = FIXED_KEYS[key] ?? (key.endsWith('-paths') ? 'where dbt reads files from' : undefined)
    if (!why || isDeepStrictEqual(topValue(previous, key), topValue(next.value, key))) continue
    violations.push(refusal(file, text, key, `\`${key}\` (${why})`))
  }
  violations.push(...checkVars(file, text, topValue(previous, 'vars'), topValue(next.value, 'vars')))
  const hooksBefore = hooksOf(previous)
  const hooksAfter = hooksOf(next.value)
  for (const where of new Set([...hooksBefore.keys(), ...hooksAfter.keys()])) {
    if (isDeepStrictEqual(hooksBefore.get(where), hooksAfter.get(where))) continue
    const last = where.split('.').at(-1) ?? where
    violations.push(refusal(file, text, last, `the hook \`${where}\` (SQL that runs around every build)`))
  }
  return violations
}

/**
 * New or changed var values that are SQL statements or engine calls: a model renders `{{ var('x') }}` into
 * its SQL (or a hook), where the SQL rules never saw the value.
 */
function checkVars(file: string, text: string, before: unknown, after: unknown): Violation[] {
  const old = new Set(stringsIn(before))
  const violations: Violation[] = []
  for (const value of new Set(stringsIn(after))) {
    if (old.has(value)) continue
    // `search` leaves the shared patterns' lastIndex as it found it.
    const rule = [...STATEMENT_PATTERNS, ...ENGINE_PATTERNS].find(
      (candidate) => value.search(candidate.pattern) >= 0,
    )
    if (!rule) continue
    const line = lineOfKey(text, 'vars')
    violations.push({
      rule: rule.rule,
      path: file,
      ...(line ? { line } : {}),
      message: `A var holds SQL a model would render where the SQL rules never see it. ${rule.message}`,
    })
  }
  return violations
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

function refusal(file: string, text: string, key: string, what: string): Violation {
  const line = lineOfKey(text, key)
  return {
    rule: 'project-setting',
    path: file,
    ...(line ? { line } : {}),
    message: `Refused: the change alters ${what}. ${ALLOWED}; leave this setting as it is, or ask a maintainer to change it.`,
  }
}

type Parsed = { value: Record<string, unknown> } | { error: string }

function parseProject(text: string): Parsed {
  try {
    // dbt reads the file with PyYAML: merge keys apply and a repeated key keeps its last value.
    const value: unknown = parse(text, { merge: true, uniqueKeys: false })
    if (value === null || value === undefined) return { value: {} }
    if (typeof value !== 'object' || Array.isArray(value)) return { error: 'it is not a mapping of settings' }
    return { value: value as Record<string, unknown> }
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] ?? 'invalid YAML' }
  }
}

function topKey(key: string): string {
  return key.trim().toLowerCase().replace(/_/g, '-')
}

/** The value of a top-level key however it is spelled (`on_run_start` is `on-run-start`). */
function topValue(settings: Record<string, unknown>, key: string): unknown {
  const values = Object.entries(settings).filter(([name]) => topKey(name) === key)
  return values.length === 0 ? undefined : values.map(([, value]) => value)
}

/** Every hook in the resource configs, by its dotted path (`models.shop.+post-hook`); vars are data. */
function hooksOf(settings: Record<string, unknown>): Map<string, unknown> {
  const hooks = new Map<string, unknown>()
  const walk = (value: unknown, where: string[]): void => {
    if (value === null || typeof value !== 'object') return
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const normalized = key.trim().replace(/^\+/, '').replace(/-/g, '_').toLowerCase()
      const path = [...where, key]
      if (HOOK_KEYS.has(normalized)) hooks.set(path.join('.'), child)
      else walk(child, path)
    }
  }
  for (const [key, value] of Object.entries(settings)) {
    if (topKey(key) !== 'vars' && !FIXED_KEYS[topKey(key)]) walk(value, [key])
  }
  return hooks
}

function lineOfKey(text: string, key: string): number | undefined {
  const bare = key.replace(/^\+/, '')
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-_]/g, '[-_]')
  const match = new RegExp(`^\\s*['"]?\\+?${escaped}['"]?\\s*:`, 'im').exec(text)
  return match ? text.slice(0, match.index).split('\n').length : undefined
}
