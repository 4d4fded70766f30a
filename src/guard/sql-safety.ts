import {
  ENGINE_PATTERNS,
  LEADING_PATTERNS,
  STATEMENT_PATTERNS,
  STRING_PATTERNS,
  type SqlPattern,
} from './sql-patterns.js'
import { sqlView } from './sql-text.js'
import { finding, type Finding } from './violation.js'

function scan(path: string, original: string, view: string, patterns: readonly SqlPattern[]): Finding[] {
  const findings: Finding[] = []
  for (const { rule, pattern, message } of patterns) {
    for (const match of view.matchAll(pattern)) {
      findings.push(finding(rule, path, original, match.index, match[0], message))
    }
  }
  return findings
}

/**
 * The SQL rules for the SQL part of a file (Jinja is checked separately): DDL/DML and grants, engine
 * features that reach outside, `;` chaining, and URLs. Keywords inside string literals and comments do not
 * count; URLs count inside strings.
 */
export function checkSql(path: string, text: string): Finding[] {
  const code = sqlView(text, { blankStrings: true, markJinja: false })
  const marked = sqlView(text, { blankStrings: true, markJinja: true })
  const withStrings = sqlView(text, { blankStrings: false, markJinja: false })
  return [
    ...scan(path, text, code, STATEMENT_PATTERNS),
    ...scan(path, text, marked, LEADING_PATTERNS),
    ...scan(path, text, code, ENGINE_PATTERNS),
    ...scan(path, text, withStrings, STRING_PATTERNS),
  ]
}

/** The same rules for SQL given as a value (a hook, a SQL header), where a leading statement counts. */
export function checkSqlSnippet(path: string, sql: string): Finding[] {
  return checkSql(path, sql)
}

/**
 * SQL a hook runs: what the rules find is a `hook-mutation`, except an engine escape or a secret read,
 * which keep their own rule (an override for hooks must not let those through).
 */
export function checkHookSql(path: string, sql: string): Finding[] {
  return checkSql(path, sql).map((hit) =>
    hit.rule === 'engine-escape' || hit.rule === 'env-var-not-allowed'
      ? hit
      : { ...hit, rule: 'hook-mutation' },
  )
}
