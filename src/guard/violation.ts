/** The rules the guard enforces; a refusal names one so the model (and a reviewer) know which held. */
export type GuardRule =
  | 'path-denied'
  | 'path-not-allowed'
  | 'file-too-large'
  | 'too-many-files'
  | 'too-many-lines'
  | 'binary-content'
  | 'sql-ddl-dml'
  | 'jinja-run-query'
  | 'jinja-statement'
  | 'adapter-execute'
  | 'hook-mutation'
  | 'grant-config'
  | 'project-setting'
  | 'env-var-not-allowed'
  | 'target-credentials'
  | 'engine-escape'
  | 'yaml-alias-bomb'
  | 'yaml-too-deep'
  | 'secret-in-diff'
  | 'secret-in-summary'
  | 'forbidden-sql'

export interface Violation {
  rule: GuardRule
  /** Project-relative path with `/`. */
  path: string
  /** 1-based line, when the rule points at one. */
  line?: number
  /** What was refused and what to do instead. Never contains a secret value. */
  message: string
}

/** `[rule] path:line: message`, the form the model and the logs see. */
export function formatViolation(violation: Violation): string {
  const where = violation.line === undefined ? violation.path : `${violation.path}:${violation.line}`
  return `[${violation.rule}] ${where}: ${violation.message}`
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations.map(formatViolation).join('\n')
}

/** The 1-based line of character `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** A violation found in file content, with the text that triggered it (internal: may hold a secret). */
export interface Finding extends Violation {
  /** What matched, whitespace-normalized; compared with the old content so only new problems count. */
  evidence: string
}

export function finding(
  rule: GuardRule,
  path: string,
  text: string,
  index: number,
  evidence: string,
  message: string,
): Finding {
  return {
    rule,
    path,
    line: lineAt(text, index),
    message,
    evidence: evidence.replace(/\s+/g, ' ').trim().toLowerCase(),
  }
}
