import { PolicyError } from './parse-policy.js'
import { EXTENDS_PATTERN } from './policy-schema.js'

/** Where an `extends:` value points: a file in another repository at a ref. */
export interface PolicyRef {
  owner: string
  repo: string
  path: string
  /** Branch, tag or commit; `HEAD` (the default branch) when the value names none. */
  ref: string
}

/** Reads a policy file from another repository. */
export interface PolicySource {
  read(ref: PolicyRef): Promise<string>
}

/** Parses `owner/repo/path@ref`; the schema has already checked the shape. */
export function parsePolicyRef(value: string): PolicyRef {
  const match = EXTENDS_PATTERN.exec(value)
  const groups = match?.groups
  if (!groups?.owner || !groups.repo || !groups.path) {
    throw new PolicyError(
      `\`extends: ${value}\` is not owner/repo/path@ref: write e.g. acme/.github/autopilot/policy.yml@main.`,
    )
  }
  const file = groups.path.replace(/^\/+/, '')
  if (file.split('/').some((part) => part === '..' || part === '.') || groups.ref?.startsWith('-')) {
    throw new PolicyError(
      `\`extends: ${value}\` may not use "." or ".." segments or a ref starting with "-".`,
    )
  }
  return { owner: groups.owner, repo: groups.repo, path: file, ref: groups.ref ?? 'HEAD' }
}

export function describePolicyRef(ref: PolicyRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`
}
