import { posix } from 'node:path'
import type { Validation } from '../validate/validation.js'
import { truncate } from './markdown.js'
import type { Redactor } from '../shared/redact.js'
import { isFailedNode } from './validation-markdown.js'
import { filesNamedIn, locateDbtError, plainDbtMessage } from './dbt-error-location.js'

export interface Annotation {
  /** Repo-relative path, as the Checks UI expects. */
  file: string
  startLine: number
  title: string
  message: string
  level: 'error' | 'warning'
}

export interface AnnotationOptions {
  /** Where the dbt project lives inside the repository (`.` for the root). */
  projectPathFromRepoRoot: string
  /** The UI shows only the first few per step; the summary and artifact carry the rest. */
  limit?: number
  redactor?: Redactor
  /** A file's text as the change left it (project-relative path), to place dbt's errors at their line. */
  sourceOf?: (projectRelativeFile: string) => string | undefined
}

const MESSAGE_LIMIT = 4_000

/** Joins a project-relative path onto the project's place in the repo, as a clean POSIX path. */
export function repoRelativePath(projectPathFromRepoRoot: string, projectRelativeFile: string): string {
  const joined = posix.normalize(
    posix.join(projectPathFromRepoRoot.replace(/\\/g, '/'), projectRelativeFile.replace(/\\/g, '/')),
  )
  return joined.replace(/^(\.\/)+/, '')
}

/** dbt failures first (they block the PR), then lint violations, then dbt warnings, up to `limit`. */
export function selectAnnotations(
  validation: Validation,
  options: AnnotationOptions,
): { annotations: Annotation[]; omitted: number } {
  const limit = options.limit ?? 10
  const redact = options.redactor ?? ((text: string) => text)
  const path = (file: string) => repoRelativePath(options.projectPathFromRepoRoot, file)
  const all: Annotation[] = []

  const dbtError = (file: string, title: string, message: string): Annotation => {
    const where = locateDbtError(message, options.sourceOf?.(file))
    const text = plainDbtMessage(message).trim()
    return {
      file: path(file),
      startLine: where?.line ?? 1,
      title,
      message: where?.note ? `${text}\n\n(dbt points at ${where.note}.)` : text,
      level: 'error',
    }
  }
  // dbt could not build at all (a compilation error): the files its message names.
  if (validation.dbt.error) {
    for (const file of filesNamedIn(validation.dbt.error))
      all.push(dbtError(file, 'dbt could not build', validation.dbt.error))
  }
  for (const node of validation.dbt.results.filter(isFailedNode)) {
    if (!node.file) continue
    all.push(
      dbtError(
        node.file,
        `dbt ${node.status}: ${node.uniqueId}`,
        node.message || `${node.uniqueId} ended with status ${node.status}`,
      ),
    )
  }
  for (const violation of validation.lint.violations) {
    all.push({
      file: path(violation.file),
      startLine: Math.max(1, violation.line),
      title: `sqlfluff ${violation.code}`,
      message: violation.description,
      level: validation.lint.ok ? 'warning' : 'error',
    })
  }
  for (const node of validation.dbt.results) {
    if (node.status.toLowerCase() !== 'warn' || !node.file) continue
    all.push({
      file: path(node.file),
      startLine: 1,
      title: `dbt warn: ${node.uniqueId}`,
      message: node.message || `${node.uniqueId} passed with warnings`,
      level: 'warning',
    })
  }

  const annotations = all.slice(0, Math.max(0, limit)).map((annotation) => ({
    ...annotation,
    title: redact(truncate(annotation.title, 200)),
    message: redact(truncate(annotation.message, MESSAGE_LIMIT)),
  }))
  return { annotations, omitted: all.length - annotations.length }
}
