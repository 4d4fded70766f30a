import { formatViolations, guardQuery, type GuardConfig } from '../guard/guard.js'
import { sqlView } from '../guard/sql-text.js'

export const MAX_PREVIEW_SQL_CHARS = 20_000

/** The query `preview` may run, or why not; the reason says what to write instead. */
export type PreviewSqlCheck = { ok: true; sql: string } | { ok: false; reason: string }

/**
 * One read-only SELECT (or WITH … SELECT), as a model would be: the guard's SQL and Jinja rules apply (no
 * DDL or DML, no `;`, no file or network access, no run_query), so the preview runs nothing a model could
 * not. One trailing `;` is dropped, since dbt wraps the query in its own limit.
 */
export function checkPreviewSql(raw: string, guard: GuardConfig): PreviewSqlCheck {
  const sql = raw.trim().replace(/;\s*$/, '').trimEnd()
  if (sql === '') return { ok: false, reason: 'The query is empty: pass one SELECT.' }
  if (sql.length > MAX_PREVIEW_SQL_CHARS) {
    return {
      ok: false,
      reason: `The query is ${sql.length} characters, over the ${MAX_PREVIEW_SQL_CHARS} allowed: preview a model instead, or a smaller SELECT.`,
    }
  }
  const code = sqlView(sql, { blankStrings: true, markJinja: false }).trimStart()
  if (!/^(?:\(\s*)*(?:select|with)\b/i.test(code)) {
    const first = /^\S+/.exec(code)?.[0] ?? ''
    return {
      ok: false,
      reason: `Only a single SELECT (or WITH … SELECT) can be previewed${first ? `; this starts with \`${first.slice(0, 40)}\`` : ''}. To see a model's rows, pass \`model\` instead.`,
    }
  }
  const violations = guardQuery(sql, guard)
  if (violations.length > 0) {
    return {
      ok: false,
      reason: `Refused: the query breaks the rules a model's SQL follows.\n${formatViolations(violations)}`,
    }
  }
  return { ok: true, sql }
}
