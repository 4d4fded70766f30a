import { DEFAULT_GUARD_CONFIG, type GuardConfig } from './config.js'
import { checkJinja } from './jinja-safety.js'
import { checkPath, isProjectFile, parseProjectPath } from './paths.js'
import { checkProjectSettings } from './project-settings.js'
import { checkSecrets } from './secrets.js'
import { checkChangeSize, checkContentShape, decodeContent, linesChanged } from './size.js'
import { checkSql } from './sql-safety.js'
import type { Finding, Violation } from './violation.js'
import { checkYaml } from './yaml-safety.js'

export { DEFAULT_GUARD_CONFIG, guardConfigWithSecrets, type GuardConfig } from './config.js'
export { formatViolation, formatViolations, type GuardRule, type Violation } from './violation.js'
export { isSecretFile, readDeniedReason } from './paths.js'
export { linesChanged } from './size.js'
export { findOverrides, overrideDraftReason, type Override, type OverrideAllowances } from './overrides.js'

/** The kinds of file a change may contain; anything else (Python models, scripts, archives) is refused. */
const WRITABLE = /\.(?:sql|ya?ml|md|csv)$/i

/** One file of a change: `content` null when deleted, `old` null when new. */
export interface ChangedFile {
  path: string
  content: string | Uint8Array | null
  old: string | null
}

/** Content rules for one file by kind; the findings carry the matched text so old problems can be told apart. */
function contentFindings(path: string, text: string, config: GuardConfig): Finding[] {
  const lower = path.toLowerCase()
  const findings = checkSecrets(path, text, config)
  if (lower.endsWith('.sql')) findings.push(...checkSql(path, text), ...checkJinja(path, text, config))
  else if (/\.ya?ml$/.test(lower)) findings.push(...checkYaml(path, text), ...checkJinja(path, text, config))
  else if (lower.endsWith('.md')) findings.push(...checkJinja(path, text, config))
  return findings
}

/** New findings only: a problem already in the old content (same rule, same text) is not the change's doing. */
function newFindings(
  path: string,
  text: string,
  old: string | null | undefined,
  config: GuardConfig,
): Violation[] {
  const before = new Map<string, number>()
  if (old) {
    for (const item of contentFindings(path, old, config)) {
      const key = `${item.rule}\0${item.evidence}`
      before.set(key, (before.get(key) ?? 0) + 1)
    }
  }
  const seen = new Set<string>()
  const violations: Violation[] = []
  for (const { evidence, ...violation } of contentFindings(path, text, config)) {
    const key = `${violation.rule}\0${evidence}`
    const left = before.get(key) ?? 0
    if (left > 0) {
      before.set(key, left - 1)
      continue
    }
    const shown = `${violation.rule}\0${violation.line}`
    if (seen.has(shown)) continue
    seen.add(shown)
    violations.push(violation)
  }
  return violations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/**
 * Checks one write before it happens: the path (and its real path when links are involved), the file
 * kind, size and text, then SQL/Jinja/YAML safety and secrets. Only problems the new content adds count.
 * Empty when the write may go ahead.
 */
export function guardEdit(
  path: string,
  newContent: string | Uint8Array,
  oldContent?: string | null,
  config: GuardConfig = DEFAULT_GUARD_CONFIG,
  options: { realPath?: string } = {},
): Violation[] {
  const pathViolations = checkPath(path, config, options.realPath)
  if (pathViolations.length > 0) return pathViolations
  // A file name is published like its content (branch diff, PR file list, commit).
  if (checkSecrets(path, path, config).length > 0) {
    return [
      {
        rule: 'secret-in-diff',
        path: '(a path holding a secret)',
        message:
          "The file name holds an access token or one of the run's secret values. Name files for what they hold; never copy tokens into the repository.",
      },
    ]
  }
  if (!WRITABLE.test(path)) {
    return [
      {
        rule: 'path-not-allowed',
        path,
        message:
          'Refused: only .sql, .yml, .yaml, .md and .csv files may be written (Python models and scripts run arbitrary code on the runner). Write a SQL model instead.',
      },
    ]
  }
  const shape = checkContentShape(path, newContent, config)
  if (shape.length > 0) return shape
  const decoded = decodeContent(newContent)
  if (!('text' in decoded)) return []
  const single = linesChanged(oldContent, decoded.text)
  const size =
    single > config.maxLinesChanged ? checkChangeSize([{ path, linesChanged: single }], config) : []
  const settings = isProjectFileRaw(path, config)
    ? checkProjectSettings(path, decoded.text, oldContent ?? null)
    : []
  return [...size, ...settings, ...newFindings(path, decoded.text, oldContent, config)]
}

function isProjectFileRaw(path: string, config: GuardConfig): boolean {
  const parsed = parseProjectPath(path)
  return typeof parsed !== 'string' && isProjectFile(parsed.normalized, config)
}

/** Checks one deletion (or the source of a move) before it happens: the path rules of a write. */
export function guardDeletion(
  path: string,
  config: GuardConfig = DEFAULT_GUARD_CONFIG,
  options: { realPath?: string } = {},
): Violation[] {
  const violations = checkPath(path, config, options.realPath)
  if (violations.length > 0 || !isProjectFileRaw(path, config)) return violations
  return [
    {
      rule: 'project-setting',
      path,
      message: `Refused: ${path} is the project's settings file; dbt cannot run without it. Edit it instead.`,
    },
  ]
}

/**
 * The final check before anything is pushed: every changed file again (as it is on disk now) and the
 * totals. `files` paths are relative to the dbt project.
 */
export function guardDiff(
  files: readonly ChangedFile[],
  config: GuardConfig = DEFAULT_GUARD_CONFIG,
): Violation[] {
  const violations: Violation[] = []
  const sizes: { path: string; linesChanged: number }[] = []
  for (const file of files) {
    if (file.content === null) {
      violations.push(...guardDeletion(file.path, config))
      sizes.push({ path: file.path, linesChanged: linesChanged(file.old, null) })
      continue
    }
    const edit = guardEdit(file.path, file.content, file.old, {
      ...config,
      maxLinesChanged: Number.MAX_SAFE_INTEGER,
    })
    violations.push(...edit)
    const decoded = decodeContent(file.content)
    sizes.push({
      path: file.path,
      linesChanged: 'text' in decoded ? linesChanged(file.old, decoded.text) : 0,
    })
  }
  return [...violations, ...checkChangeSize(sizes, config)]
}

/**
 * A query run on its own, outside any file (the agent's `preview`): the SQL, Jinja and secret rules of a
 * model, reported as if it were the file `path`.
 */
export function guardQuery(
  sql: string,
  config: GuardConfig = DEFAULT_GUARD_CONFIG,
  path = 'preview.sql',
): Violation[] {
  return newFindings(path, sql, null, config)
}

/** The model's summary or question, which becomes the commit message, PR body and log lines. */
export function guardSummary(text: string, config: GuardConfig = DEFAULT_GUARD_CONFIG): Violation[] {
  return checkSecrets('summary', text, config, 'secret-in-summary').map(
    ({ evidence: _evidence, ...violation }) => violation,
  )
}
