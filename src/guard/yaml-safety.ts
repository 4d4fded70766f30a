import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
} from 'yaml'
import { checkHookSql } from './sql-safety.js'
import { finding, type Finding } from './violation.js'

/** Keys whose value dbt runs as SQL, after `+` and `-`/`_` are normalized. */
const HOOK_KEYS = new Set(['pre_hook', 'post_hook', 'on_run_start', 'on_run_end', 'sql_header'])
const HOOK_TEXT = /(?:pre|post)[-_]hook|on[-_]run[-_](?:start|end)|sql_header/i

function normalizeKey(key: string): string {
  return key.trim().replace(/^\+/, '').replace(/-/g, '_').toLowerCase()
}

/**
 * YAML rules (Jinja inside YAML is checked separately): hooks that change data or grants, `grants`, and
 * external locations. A file that does not parse but mentions hooks is refused, because dbt's YAML parser
 * may read it differently from ours.
 */
export function checkYaml(path: string, text: string): Finding[] {
  const documents = parseAllDocuments(text, { uniqueKeys: false })
  const docs = Array.isArray(documents) ? documents : []
  const bounds = checkBounds(path, text, docs)
  if (bounds.length > 0) return bounds
  const broken = docs.some((doc) => doc.errors.length > 0)
  if (broken) {
    const hook = HOOK_TEXT.exec(text)
    return hook
      ? [
          finding(
            'hook-mutation',
            path,
            text,
            hook.index,
            hook[0],
            'This YAML does not parse, and it mentions hooks, which cannot be checked. Fix the YAML syntax.',
          ),
        ]
      : []
  }
  const findings: Finding[] = []
  for (const doc of docs) {
    visit(doc, {
      Pair(_, pair) {
        const keyNode = resolve(doc, pair.key as Node | null)
        if (!isScalar(keyNode) || typeof keyNode.value !== 'string') return
        const key = normalizeKey(keyNode.value)
        const at = keyNode.range?.[0] ?? 0
        if (key === 'grants') {
          findings.push(
            finding(
              'grant-config',
              path,
              text,
              at,
              key,
              '`grants` changes who can read data; access is managed by the warehouse owners. Leave grants out of the change.',
            ),
          )
        } else if (
          key === 'external_location' ||
          key === 'plugins' ||
          (key === 'materialized' && scalarText(doc, pair.value as Node | null) === 'external')
        ) {
          findings.push(
            finding(
              'engine-escape',
              path,
              text,
              at,
              key,
              'External locations and materializations read or write files outside the warehouse. Use a table, view or incremental model, and sources the maintainers set up.',
            ),
          )
        } else if (HOOK_KEYS.has(key)) {
          findings.push(...checkHookValue(path, text, doc, key, pair.value as Node | null, at))
        }
      },
    })
  }
  return findings
}

/** Most aliases one document may expand to; dbt's YAML loader has no limit of its own. */
export const MAX_YAML_ALIASES = 100
/** Deepest nesting of maps and lists; dbt's own files stay well under 20. */
export const MAX_YAML_DEPTH = 64

/**
 * An alias bomb (a few hundred bytes that expand to millions of nodes) or absurd nesting would make dbt
 * parse for minutes and write a huge manifest, so it never reaches dbt.
 */
function checkBounds(path: string, text: string, docs: readonly Document[]): Finding[] {
  for (const doc of docs) {
    const deepest = deepestNode(doc)
    if (deepest) {
      return [
        finding(
          'yaml-too-deep',
          path,
          text,
          deepest.range?.[0] ?? 0,
          'depth',
          `This YAML nests maps and lists more than ${MAX_YAML_DEPTH} levels deep, which dbt's parser cannot be trusted with. Flatten it.`,
        ),
      ]
    }
    try {
      doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
    } catch (error) {
      if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) continue
      const alias = /\*[^\s,\]}]+/.exec(text)
      return [
        finding(
          'yaml-alias-bomb',
          path,
          text,
          alias?.index ?? 0,
          'aliases',
          `This YAML's anchors and aliases expand to more than ${MAX_YAML_ALIASES} copies (an alias bomb would make dbt parse for minutes). Write the values out, or use fewer aliases.`,
        ),
      ]
    }
  }
  return []
}

/** The first collection nested deeper than the limit, walked without recursion. */
function deepestNode(doc: Document): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth })
    } else if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_YAML_DEPTH) return node
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 })
    }
  }
  return undefined
}

function checkHookValue(
  path: string,
  text: string,
  doc: Document,
  key: string,
  value: Node | null,
  at: number,
): Finding[] {
  const statements: { sql: string; index: number }[] = []
  let unknown = false
  const collect = (raw: Node | null): void => {
    const node = resolve(doc, raw)
    if (node === null || node === undefined) return
    if (isScalar(node)) {
      if (typeof node.value === 'string') statements.push({ sql: node.value, index: node.range?.[0] ?? at })
      else if (node.value !== null) unknown = true
    } else if (isSeq(node)) {
      for (const item of node.items) collect(item as Node)
    } else if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue
        const name = resolve(doc, item.key as Node | null)
        const field = isScalar(name) ? String(name.value) : ''
        if (field === 'sql') collect(item.value as Node | null)
        else if (field !== 'transaction') unknown = true
      }
    } else unknown = true
  }
  collect(value)
  const findings: Finding[] = []
  if (unknown) {
    findings.push(
      finding(
        'hook-mutation',
        path,
        text,
        at,
        key,
        `\`${key}\` must be SQL text (or a list of it) so it can be checked.`,
      ),
    )
  }
  for (const { sql, index } of statements) {
    for (const hit of checkHookSql(path, sql)) {
      findings.push(
        finding(
          hit.rule,
          path,
          text,
          index,
          hit.evidence,
          `\`${key}\` runs this SQL around every build. ${hit.message}`,
        ),
      )
    }
  }
  return findings
}

function resolve(doc: Document, node: Node | null | undefined): Node | null | undefined {
  let current = node
  for (let depth = 0; depth < 10 && current && isAlias(current); depth++) current = current.resolve(doc)
  return current
}

function scalarText(doc: Document, node: Node | null): string | undefined {
  const resolved = resolve(doc, node)
  return isScalar(resolved) && typeof resolved.value === 'string'
    ? resolved.value.trim().toLowerCase()
    : undefined
}
