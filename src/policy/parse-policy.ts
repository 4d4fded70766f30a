import { AutopilotError } from '../shared/autopilot-error.js'
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { PolicyFileSchema, type PolicyFile } from './policy-schema.js'

/** A policy could not be read, parsed, extended or merged; the message names the file and what to fix. */
export class PolicyError extends AutopilotError {
  constructor(message: string) {
    super('failed:config', message)
  }
}

/**
 * Parses one policy file. YAML syntax errors and schema errors are all reported at once, each with the
 * line it is on, e.g. `.autopilot/policy.yml:7: guard.max_files_changed: expected number, received string`.
 */
export function parsePolicy(text: string, source: string): PolicyFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) {
    const problems = doc.errors.map(
      (error) => `${source}:${lines.linePos(error.pos[0]).line}: ${firstLine(error.message)}`,
    )
    throw new PolicyError(`${source} is not valid YAML:\n${problems.join('\n')}`)
  }
  const value: unknown = doc.toJS() ?? {}
  const parsed = PolicyFileSchema.safeParse(value)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, lines, source))
  throw new PolicyError(
    `${source} does not match the policy schema (see docs/policy.md):\n${problems.join('\n')}`,
  )
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, source: string): string[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  const where = path.length > 0 ? `${path.join('.')}: ` : ''
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const line = lineOf(doc, lines, path, key)
      return `${source}:${line}: ${where}unknown key \`${key}\` (check its spelling against docs/policy.md)`
    })
  }
  return [`${source}:${lineOf(doc, lines, path)}: ${where}${issue.message}`]
}

/** Line of the node at `path` (or of `key` inside it), else of its nearest ancestor that exists. */
function lineOf(doc: Document, lines: LineCounter, path: (string | number)[], key?: string): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const step of key === undefined ? path : [...path, key]) {
    const next = child(node, step)
    if (next === undefined) break
    const start = rangeStart(next.at)
    if (start !== undefined) offset = start
    node = next.value
    const valueStart = rangeStart(node)
    if (valueStart !== undefined && step !== key) offset = valueStart
  }
  return lines.linePos(offset).line
}

/** The child of a YAML collection by key or index: where its key sits, and its value node. */
function child(node: unknown, step: string | number): { at: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step),
    )
    return pair ? { at: pair.key, value: pair.value } : undefined
  }
  if (isSeq(node) && typeof step === 'number') {
    const item: unknown = node.items[step]
    return item === undefined ? undefined : { at: item, value: item }
  }
  return undefined
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined
  const range = (node as { range?: unknown }).range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
