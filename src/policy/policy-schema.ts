import { z } from 'zod'
import { LayerConfigSchema } from '../project/layers.js'

/**
 * `.autopilot/policy.yml`: what a team (or its organisation, through `extends`) requires of every change.
 * Every key is optional; unknown keys are errors so a typo never silently switches a rule off.
 */

const name = z.string().trim().min(1)
const names = z.array(name)

const regex = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source)
        return true
      } catch {
        return false
      }
    },
    { message: 'is not a valid regular expression (JavaScript syntax, e.g. "^stg_[a-z0-9_]+$")' },
  )

const ProtectedLayerSchema = z.strictObject({
  layer: name,
  require: z.strictObject({ draft: z.boolean().optional(), owner_review: z.boolean().optional() }).optional(),
})

export const NEW_MODEL_REQUIREMENTS = ['description', 'primary_key_test'] as const

/** Dotted keys `locked` may name; a locked map locks everything under it. */
export const LOCKABLE_KEYS = [
  'tasks',
  'tasks.allowed',
  'layers',
  'protected_layers',
  'standards',
  'standards.naming',
  'standards.new_models_require',
  'standards.public_models_require_contract',
  'approvals',
  'approvals.labels',
  'approvals.reviewers',
  'approvals.team_reviewers',
  'approvals.draft',
  'guard',
  'guard.allowed_paths',
  'guard.denied_paths',
  'guard.max_files_changed',
  'guard.max_lines_changed',
  'guard.allowed_env_vars',
  'guard.allow',
  'guard.allow.overrides',
  'guard.allow.noqa',
  'guard.allow.seed_formulas',
] as const

const lockedKey = z
  .string()
  .refine(
    (key) => (LOCKABLE_KEYS as readonly string[]).includes(key) || /^standards\.naming\.[^.]+$/.test(key),
    {
      message: `is not a key that can be locked; use one of ${LOCKABLE_KEYS.join(', ')} or standards.naming.<layer>`,
    },
  )

/** `owner/repo/path/to/file.yml@ref`; the ref is optional (the repository's default branch). */
export const EXTENDS_PATTERN =
  /^(?<owner>[A-Za-z0-9][A-Za-z0-9-]*)\/(?<repo>[A-Za-z0-9_.][A-Za-z0-9_.-]*)\/(?<path>[^@\s]+?)(?:@(?<ref>[A-Za-z0-9_./-]+))?$/

export const PolicyFileSchema = z.strictObject({
  extends: z
    .string()
    .regex(
      EXTENDS_PATTERN,
      'must look like owner/repo/path/to/policy.yml@ref (e.g. acme/.github/policy.yml@main)',
    )
    .optional(),
  locked: z.array(lockedKey).optional(),
  tasks: z.strictObject({ allowed: names.optional() }).optional(),
  layers: z.array(LayerConfigSchema).optional(),
  protected_layers: z.array(ProtectedLayerSchema).optional(),
  standards: z
    .strictObject({
      naming: z.record(name, regex).optional(),
      new_models_require: z.array(z.enum(NEW_MODEL_REQUIREMENTS)).optional(),
      public_models_require_contract: z.boolean().optional(),
    })
    .optional(),
  approvals: z
    .strictObject({
      labels: names.optional(),
      reviewers: names.optional(),
      team_reviewers: names.optional(),
      draft: z.boolean().optional(),
    })
    .optional(),
  guard: z
    .strictObject({
      allowed_paths: names.optional(),
      denied_paths: names.optional(),
      max_files_changed: z.number().int().positive().optional(),
      max_lines_changed: z.number().int().positive().optional(),
      allowed_env_vars: names.optional(),
      allow: z
        .strictObject({
          overrides: names.optional(),
          noqa: z.boolean().optional(),
          seed_formulas: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
})

/** One policy file as written. */
export type PolicyFile = z.infer<typeof PolicyFileSchema>

/** The policy after `extends` is resolved: same shape, without `extends`. */
export type Policy = Omit<PolicyFile, 'extends'>

export type NewModelRequirement = (typeof NEW_MODEL_REQUIREMENTS)[number]
