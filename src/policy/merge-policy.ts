import { DEFAULT_GUARD_CONFIG } from '../guard/config.js'
import { PolicyError } from './parse-policy.js'
import type { Policy, PolicyFile } from './policy-schema.js'

/** A policy with, for every locked key, the file that locked it (for error messages). */
export interface ResolvedPolicy {
  policy: Policy
  lockedBy: Readonly<Record<string, string>>
  /** Files in the order they were merged, base first. */
  sources: readonly string[]
}

export const EMPTY_POLICY: ResolvedPolicy = Object.freeze({ policy: {}, lockedBy: {}, sources: [] })

/** Lists that grant something: a locked one may only shrink. Every other list only adds requirements. */
const ALLOWLISTS = new Set([
  'tasks.allowed',
  'guard.allowed_paths',
  'guard.allowed_env_vars',
  'guard.allow.overrides',
])

/** Booleans that let something through: under a lock they may only be turned off. */
const PERMISSIONS = new Set(['guard.allow.noqa', 'guard.allow.seed_formulas'])

/** What a key means when no file sets it, so a locked but unset key cannot be loosened past the default. */
const UNSET_DEFAULTS: Readonly<Record<string, unknown>> = {
  'guard.max_files_changed': DEFAULT_GUARD_CONFIG.maxFilesChanged,
  'guard.max_lines_changed': DEFAULT_GUARD_CONFIG.maxLinesChanged,
  'guard.allowed_paths': DEFAULT_GUARD_CONFIG.allowedPaths,
  'guard.allowed_env_vars': DEFAULT_GUARD_CONFIG.allowedEnvVars,
  'guard.allow.overrides': [],
  'guard.allow.noqa': false,
  'guard.allow.seed_formulas': false,
}

/**
 * Merges `local` over `base` (see docs/policy.md): lists append without duplicates, maps merge key by key,
 * scalars override. A key the base (or any file it extends) lists in `locked` may only be tightened: a
 * lower number, a boolean turned on, an allowlist that shrinks; anything else throws a `PolicyError`
 * naming the key and the file that locked it.
 */
export function mergePolicy(base: ResolvedPolicy, local: PolicyFile, localSource: string): ResolvedPolicy {
  const rules: Record<string, unknown> = { ...local }
  delete rules.extends
  delete rules.locked
  const locked = local.locked ?? []
  const merged = mergeValue(base.policy, rules, '', base.lockedBy, localSource) as Policy
  const lockedBy: Record<string, string> = { ...base.lockedBy }
  for (const key of locked) lockedBy[key] ??= localSource
  const allLocked = Object.keys(lockedBy)
  return {
    policy: allLocked.length > 0 ? { ...merged, locked: allLocked } : withoutLocked(merged),
    lockedBy,
    sources: [...base.sources, localSource],
  }
}

function withoutLocked(policy: Policy): Policy {
  const rest = { ...policy }
  delete rest.locked
  return rest
}

function mergeValue(
  base: unknown,
  local: unknown,
  key: string,
  lockedBy: Readonly<Record<string, string>>,
  localSource: string,
): unknown {
  if (local === undefined) return base
  if (key === 'locked') return base
  const lock = lockOf(key, lockedBy)
  if (isPlainObject(local) && (base === undefined || isPlainObject(base))) {
    const result: Record<string, unknown> = { ...(base ?? {}) }
    for (const [child, value] of Object.entries(local)) {
      const merged = mergeValue(result[child], value, key ? `${key}.${child}` : child, lockedBy, localSource)
      if (merged !== undefined) result[child] = merged
    }
    return result
  }
  const effectiveBase = base ?? UNSET_DEFAULTS[key]
  if (Array.isArray(local)) {
    const localList: unknown[] = local
    const baseList: unknown[] = Array.isArray(effectiveBase) ? effectiveBase : []
    if (lock && ALLOWLISTS.has(key)) {
      if (effectiveBase === undefined) return dedupe(local)
      const extra = local.filter((item) => !baseList.some((allowed) => sameJson(allowed, item)))
      if (extra.length > 0) throw loosened(key, lock, localSource, `adds ${extra.map(show).join(', ')}`)
      return dedupe(local)
    }
    return dedupe([...(Array.isArray(base) ? (base as unknown[]) : []), ...localList])
  }
  if (lock && effectiveBase !== undefined) {
    if (typeof local === 'number' && typeof effectiveBase === 'number' && local > effectiveBase) {
      throw loosened(key, lock, localSource, `raises it from ${effectiveBase} to ${local}`)
    }
    if (typeof local === 'boolean' && PERMISSIONS.has(key)) {
      if (effectiveBase === false && local === true) throw loosened(key, lock, localSource, 'turns it on')
    } else if (typeof local === 'boolean' && effectiveBase === true && local === false) {
      throw loosened(key, lock, localSource, 'turns it off')
    }
    if (typeof local === 'string' && local !== effectiveBase) {
      throw loosened(key, lock, localSource, `changes it from ${show(effectiveBase)} to ${show(local)}`)
    }
  }
  return local
}

/** The file that locked `key` itself or a map that contains it. */
function lockOf(key: string, lockedBy: Readonly<Record<string, string>>): string | undefined {
  const parts = key.split('.')
  for (let length = parts.length; length > 0; length--) {
    const source = lockedBy[parts.slice(0, length).join('.')]
    if (source !== undefined) return source
  }
  return undefined
}

function loosened(key: string, lockedIn: string, localSource: string, what: string): PolicyError {
  return new PolicyError(
    `${localSource} loosens \`${key}\` (${what}), but ${lockedIn} locks it: a locked key may only be tightened ` +
      '(a lower number, a requirement turned on, an allowlist with fewer entries, more denied paths). ' +
      `Remove \`${key}\` from ${localSource} or ask the owners of ${lockedIn} to change it.`,
  )
}

function dedupe(items: readonly unknown[]): unknown[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = JSON.stringify(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
