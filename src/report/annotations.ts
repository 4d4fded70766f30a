import { posix } from 'node:path'
import type { Validation } from '../validate/validation.js'
import { truncate } from './markdown.js'
import type { Redactor } from '../shared/redact.js'
import { isFailedNode } from './validation-markdown.js'

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
}

const MESSAGE_LIMIT = 1_000

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

  for (const node of validation.dbt.results.filter(isFailedNode)) {
    if (!node.file) continue
    all.push({
      file: path(node.file),
      startLine: 1,
      title: `dbt ${node.status}: ${node.uniqueId}`,
      message: node.message || `${node.uniqueId} ended with status ${node.status}`,
      level: 'error',
    })
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
