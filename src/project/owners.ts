import type { GraphNode, ManifestGraph } from './graph.js'
import { globSource } from './layers.js'

export interface Owner {
  /** `@org/team`, `@user`, an e-mail address or a free-text name from `meta.owner`. */
  name: string
  from: 'meta' | 'group' | 'codeowners'
}

interface CodeOwnersRule {
  pattern: string
  owners: readonly string[]
  matcher: RegExp
}

/** A parsed CODEOWNERS file. GitHub's semantics: the last pattern that matches a path decides its owners. */
export class CodeOwners {
  constructor(private readonly rules: readonly CodeOwnersRule[]) {}

  /** Owners of a repository-relative path; empty when no rule matches or the last match lists nobody. */
  ownersOf(repoPath: string): readonly string[] {
    const file = repoPath.replaceAll('\\', '/').replace(/^\.?\//, '')
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i] as CodeOwnersRule
      if (rule.matcher.test(file)) return rule.owners
    }
    return []
  }
}

/**
 * Parses CODEOWNERS text. Comments and blank lines are skipped; `\#` is a literal `#`; negation (`!`) and
 * `[...]` ranges are not part of GitHub's syntax, so such lines are skipped rather than guessed at.
 */
export function parseCodeOwners(text: string): CodeOwners {
  const rules: CodeOwnersRule[] = []
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim()
    if (!line || line.startsWith('!') || line.includes('[')) continue
    const [pattern, ...owners] = line.split(/\s+/)
    if (!pattern) continue
    rules.push({
      pattern,
      owners: owners.filter(isOwner),
      matcher: codeOwnersPattern(pattern.replace(/\\#/g, '#')),
    })
  }
  return new CodeOwners(rules)
}

function stripComment(line: string): string {
  const match = /(^|[^\\])#/.exec(line)
  return match ? line.slice(0, match.index + (match[1] ?? '').length) : line
}

function isOwner(token: string): boolean {
  return token.startsWith('@') || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token)
}

/**
 * A CODEOWNERS pattern as a regular expression over repository-relative paths, following gitignore: a
 * pattern with a slash at its start or in its middle is anchored to the root, otherwise it matches at any
 * depth; a pattern that names a folder owns everything under it, except `dir/*`, which GitHub documents as
 * matching only the folder's direct files.
 */
export function codeOwnersPattern(pattern: string): RegExp {
  const directoryOnly = pattern.endsWith('/')
  const trimmed = pattern.replace(/\/+$/, '')
  const anchored = trimmed.includes('/')
  const body = trimmed.replace(/^\/+/, '')
  const directFilesOnly = body.endsWith('/*') && !body.endsWith('/**/*')
  const source = globSource(body)
  const prefix = anchored ? '' : '(?:.*/)?'
  const suffix = directoryOnly ? '/.*' : directFilesOnly ? '' : '(?:/.*)?'
  return new RegExp(`^${prefix}${source}${suffix}$`)
}

export interface OwnerOptions {
  codeOwners?: CodeOwners
  /** The dbt project's folder relative to the repository root (`''` when it is the root), for CODEOWNERS. */
  projectPath?: string
}

/**
 * Who owns a node: `meta.owner` (a string or a list), the owner of its `group` in the manifest's `groups`,
 * and the CODEOWNERS of its SQL and YAML files. Duplicates are dropped; order is meta, group, codeowners.
 */
export function ownersOf(node: GraphNode, graph: ManifestGraph, options: OwnerOptions = {}): Owner[] {
  const owners: Owner[] = []
  const seen = new Set<string>()
  const add = (name: string, from: Owner['from']): void => {
    const key = `${from}\u0000${name}`
    if (!name.trim() || seen.has(key)) return
    seen.add(key)
    owners.push({ name: name.trim(), from })
  }
  const metaOwner = node.meta.owner ?? (node.config.meta as Record<string, unknown> | undefined)?.owner
  if (typeof metaOwner === 'string') add(metaOwner, 'meta')
  else if (Array.isArray(metaOwner))
    for (const item of metaOwner) if (typeof item === 'string') add(item, 'meta')
  if (node.group !== undefined) {
    const group = graph.group(node.group)
    if (group?.ownerEmail) add(group.ownerEmail, 'group')
    else if (group?.ownerName) add(group.ownerName, 'group')
  }
  if (options.codeOwners) {
    const folder = (options.projectPath ?? '')
      .replaceAll('\\', '/')
      .replace(/^\.?\/+/, '')
      .replace(/\/+$/, '')
    for (const file of [node.file, node.patchFile]) {
      if (!file) continue
      const repoPath = folder && folder !== '.' ? `${folder}/${file}` : file
      for (const owner of options.codeOwners.ownersOf(repoPath)) add(owner, 'codeowners')
    }
  }
  return owners
}
