import { DEFAULT_GUARD_CONFIG, type GuardConfig } from '../guard/config.js'
import type { Policy } from './policy-schema.js'

/**
 * The guard settings the policy asks for, as overrides of a `GuardConfig`: `allowed_paths`,
 * `allowed_env_vars` and the maximums replace the action's defaults; `denied_paths` adds to them (the fixed
 * denylist in `guard/paths.ts` holds whatever a policy says).
 */
export function policyGuardOverrides(
  policy: Policy,
  base: Readonly<GuardConfig> = DEFAULT_GUARD_CONFIG,
): Partial<GuardConfig> {
  const guard = policy.guard
  if (!guard) return {}
  const overrides: Partial<GuardConfig> = {}
  if (guard.allowed_paths) overrides.allowedPaths = [...guard.allowed_paths]
  if (guard.denied_paths) overrides.deniedPaths = [...new Set([...base.deniedPaths, ...guard.denied_paths])]
  if (guard.max_files_changed !== undefined) overrides.maxFilesChanged = guard.max_files_changed
  if (guard.max_lines_changed !== undefined) overrides.maxLinesChanged = guard.max_lines_changed
  if (guard.allowed_env_vars) overrides.allowedEnvVars = [...guard.allowed_env_vars]
  if (guard.allow) {
    overrides.allow = {
      overrides: [...(guard.allow.overrides ?? [])],
      noqa: guard.allow.noqa === true,
      seedFormulas: guard.allow.seed_formulas === true,
    }
  }
  return overrides
}

/** `base` with the policy's guard settings applied; pass the result to `guardConfigWithSecrets`. */
export function policyGuardConfig(
  policy: Policy,
  base: Readonly<GuardConfig> = DEFAULT_GUARD_CONFIG,
): GuardConfig {
  return { ...base, ...policyGuardOverrides(policy, base) }
}
