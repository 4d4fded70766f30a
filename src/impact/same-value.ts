import { isRecord } from '../project/graph.js'

/** Structural equality of JSON values; `null` and a missing value are the same (dbt writes both). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || a === undefined) return b === null || b === undefined
  if (b === null || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  for (const key in left) if (!sameValue(left[key], right[key])) return false
  for (const key in right) if (!(key in left) && right[key] !== null && right[key] !== undefined) return false
  return true
}

/** Same column names, types and constraints (descriptions and other docs are not compared), in raw form. */
export function sameColumnShapes(before: unknown, after: unknown): boolean {
  if (!isRecord(before) || !isRecord(after)) return sameValue(before, after)
  let count = 0
  for (const key in before) {
    const a = before[key]
    const b = after[key]
    if (!isRecord(a) || !isRecord(b)) {
      if (a !== b) return false
    } else if (a.name !== b.name || a.data_type !== b.data_type || !sameValue(a.constraints, b.constraints)) {
      return false
    }
    count++
  }
  for (const key in after) if (key) count--
  return count === 0
}

/** A data type as dbt would compare it for equality: case and spacing do not matter. */
export function normalizeType(type: string | undefined): string {
  if (type === undefined) return ''
  return type
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim()
}
