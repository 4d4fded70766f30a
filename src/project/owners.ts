import ignore, { type Ignore } from 'ignore'
import type { GraphNode, ManifestGraph } from './graph.js'

export interface Owner {
  /** `@org/team`, `@user`, an e-mail address or a free-text name from `meta.owner`. */
  name: string
  from: 'meta' | 'group' | 'codeowners'
}

interface CodeOwnersRule {
  pattern: string
  owners: readonly string[]
  matches: (file: string) => boolean
}

/** A parsed CODEOWNERS file. GitHub's semantics: the last pattern that matches a path decides its owners. */
export class CodeOwners {
  constructor(private readonly rules: readonly CodeOwnersRule[]) {}

  /** Owners of a repository-relative path; empty when no rule matches or the last match lists nobody. */
  ownersOf(repoPath: string): readonly string[] {
    const file = repoPath.replaceAll('\\', '/').replace(/^(?:\.?\/)+/, '')
    if (!ignore.isPathValid(file)) return []
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i] as CodeOwnersRule
      if (rule.matches(file)) return rule.owners
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
    rules.push({ pattern, owners: owners.filter(isOwner), matches: codeOwnersMatcher(pattern) })
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
 * One CODEOWNERS pattern as gitignore matches it (the `ignore` package, case-sensitive like GitHub): a
 * slash at its start or in its middle anchors it to the root, otherwise it matches at any depth, and a
 * pattern that names a folder owns everything under it. The one exception GitHub documents: `dir/*` owns
 * only the folder's direct files, not those of its subfolders (gitignore would take those too).
 */
function codeOwnersMatcher(pattern: string): (file: string) => boolean {
  const matcher: Ignore = ignore({ ignorecase: false }).add(pattern)
  const body = pattern.replace(/\/+$/, '')
  const directFilesOnly = body.endsWith('/*') && !/(?:^|\/)\*\*\/\*$/.test(body)
  if (!directFilesOnly) return (file) => matcher.ignores(file)
  return (file) => {
    const folder = file.slice(0, file.lastIndexOf('/') + 1)
    return matcher.ignores(file) && (folder === '' || !matcher.ignores(folder))
  }
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
