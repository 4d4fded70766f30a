import {
  ENGINE_PATTERNS,
  LEADING_PATTERNS,
  STATEMENT_PATTERNS,
  STRING_PATTERNS,
  type SqlPattern,
} from './sql-patterns.js'
import { renderConstants, type RenderedText } from './jinja-constants.js'
import { jinjaRegions, sqlView, withoutJinjaComments } from './sql-text.js'
import { finding, type Finding } from './violation.js'

function scan(
  path: string,
  original: string,
  rendered: RenderedText,
  view: string,
  patterns: readonly SqlPattern[],
): Finding[] {
  const findings: Finding[] = []
  for (const { rule, pattern, message } of patterns) {
    for (const match of view.matchAll(pattern)) {
      findings.push(finding(rule, path, original, rendered.origin(match.index), match[0], message))
    }
  }
  return findings
}

/**
 * The SQL rules for the SQL part of a file (Jinja is checked separately): DDL/DML and grants, engine
 * features that reach outside, `;` chaining, and URLs. Keywords inside string literals and comments do not
 * count; URLs count inside strings. Jinja whose output is a known constant (`{{ "'" }}`, a comment closer,
 * `{{ 'read_' ~ 'text' }}`) is read as what it renders to, so it cannot open or close a string or comment
 * behind the rules' back.
 */
export function checkSql(path: string, text: string): Finding[] {
  const rendered = renderConstants(text)
  const sql = rendered.text
  const code = sqlView(sql, { blankStrings: true, markJinja: false })
  const marked = sqlView(sql, { blankStrings: true, markJinja: true })
  const withStrings = sqlView(sql, { blankStrings: false, markJinja: false })
  return [
    ...scan(path, text, rendered, code, STATEMENT_PATTERNS),
    ...scan(path, text, rendered, marked, LEADING_PATTERNS),
    ...scan(path, text, rendered, code, ENGINE_PATTERNS),
    ...scan(path, text, rendered, withStrings, STRING_PATTERNS),
  ]
}

/** Jinja a hook may hold: the model's own relation and the target's names, nothing that computes SQL. */
const HOOK_JINJA =
  /^\{\{-?\s*(?:this(?:\.(?:schema|database|identifier|name|table))?|target\.(?:name|schema|database|type))\s*-?\}\}$/

/**
 * The same rules for SQL given as a value (a hook, a SQL header), where a leading statement counts. Jinja
 * inside it may only name the model's relation (`{{ this }}`): anything else (`{{ var('cleanup') }}`, a macro
 * call) renders SQL the rules never see.
 */
export function checkSqlSnippet(path: string, sql: string): Finding[] {
  const findings = checkSql(path, sql)
  for (const region of jinjaRegions(withoutJinjaComments(sql))) {
    if (HOOK_JINJA.test(region.code)) continue
    findings.push(
      finding(
        'hook-mutation',
        path,
        sql,
        region.start,
        region.code,
        "Jinja in it other than `{{ this }}` writes SQL that cannot be checked. Write the hook's SQL out in full.",
      ),
    )
  }
  return findings
}

/**
 * SQL a hook runs: what the rules find is a `hook-mutation`, except an engine escape or a secret read,
 * which keep their own rule (an override for hooks must not let those through).
 */
export function checkHookSql(path: string, sql: string): Finding[] {
  return checkSqlSnippet(path, sql).map((hit) =>
    hit.rule === 'engine-escape' || hit.rule === 'env-var-not-allowed'
      ? hit
      : { ...hit, rule: 'hook-mutation' },
  )
}
