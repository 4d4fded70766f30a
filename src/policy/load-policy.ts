import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { EMPTY_POLICY, mergePolicy, type ResolvedPolicy } from './merge-policy.js'
import { parsePolicy, PolicyError } from './parse-policy.js'
import type { PolicyFile } from './policy-schema.js'
import { describePolicyRef, parsePolicyRef, type PolicySource } from './policy-source.js'

export const DEFAULT_POLICY_FILE = '.autopilot/policy.yml'
export const DEFAULT_EXTENDS_DEPTH = 5

export interface LoadPolicyOptions {
  /** Root of the checkout. */
  repoDir: string
  /** Repository-relative path of the policy; default `.autopilot/policy.yml`. */
  file?: string
  /** Where `extends:` files come from; without one, a policy that extends another is an error. */
  source?: PolicySource
  /** Most `extends` hops from the local file; default 5. */
  maxDepth?: number
}

/**
 * Reads the repository's policy and everything it extends, base first, and merges them. A missing local
 * file is no policy at all (every rule off); a missing base file is an error, because an organisation that
 * centralises its rules expects them to hold.
 */
export async function loadPolicy(options: LoadPolicyOptions): Promise<ResolvedPolicy> {
  const file = options.file ?? DEFAULT_POLICY_FILE
  const fullPath = path.resolve(options.repoDir, file)
  const text = await readFile(fullPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new PolicyError(`Could not read ${file}: ${error.message}`)
  })
  if (text === undefined) return EMPTY_POLICY
  return resolvePolicy(parsePolicy(text, file), file, options)
}

/** Follows `extends` from an already parsed policy, with a depth cap and cycle detection. */
export async function resolvePolicy(
  local: PolicyFile,
  localSource: string,
  options: Pick<LoadPolicyOptions, 'source' | 'maxDepth'>,
): Promise<ResolvedPolicy> {
  const maxDepth = options.maxDepth ?? DEFAULT_EXTENDS_DEPTH
  const chain: { file: PolicyFile; source: string }[] = [{ file: local, source: localSource }]
  const seen = new Set<string>()
  for (let current = local; current.extends !== undefined;) {
    const ref = parsePolicyRef(current.extends)
    const name = describePolicyRef(ref)
    const trail = [...chain.map((link) => link.source), name].join(' → ')
    if (seen.has(name))
      throw new PolicyError(`The policy extends itself in a cycle: ${trail}. Remove one \`extends\`.`)
    if (chain.length > maxDepth) {
      throw new PolicyError(
        `The policy's \`extends\` chain is deeper than ${maxDepth}: ${trail}. Point \`extends\` closer to the root policy.`,
      )
    }
    if (!options.source) {
      throw new PolicyError(
        `${chain.at(-1)?.source} extends ${name}, but no policy source is configured to fetch it.`,
      )
    }
    seen.add(name)
    current = parsePolicy(await options.source.read(ref), name)
    chain.push({ file: current, source: name })
  }
  let resolved = EMPTY_POLICY
  for (const link of chain.reverse()) resolved = mergePolicy(resolved, link.file, link.source)
  return resolved
}
