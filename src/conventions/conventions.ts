import { z } from 'zod'

/** The repository's own guidance files, looked for at the repository root and the dbt project root. */
export const GUIDANCE_FILES = ['.autopilot/instructions.md', 'AGENTS.md', 'CLAUDE.md'] as const

/** The most of one guidance file (or of `custom-instructions`) the prompt shows, in characters. */
export const MAX_GUIDANCE_CHARS = 12_000
/** The most of all guidance together, so a large CLAUDE.md cannot crowd out the project itself. */
export const MAX_CONVENTIONS_CHARS = 32_000
/** Files larger than this are not read at all. */
export const MAX_GUIDANCE_FILE_BYTES = 1024 * 1024

/** The linter's effective configuration, as sqlfluff itself resolves it for the project. */
export const LintRulesSchema = z.object({
  dialect: z.string().nullable(),
  templater: z.string().nullable(),
  /** The rules that run, after `rules` and `exclude_rules`. */
  rules: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
  /** Settings that differ from sqlfluff's defaults, as dotted keys (`rules.capitalisation.keywords.capitalisation_policy`). */
  settings: z.record(z.string(), z.string()),
})
export type LintRules = z.infer<typeof LintRulesSchema>

/** Reads the linter's effective rules for the project; `notRead` says why they could not be read. */
export interface LintRulesSource {
  rules(): Promise<{ rules: LintRules; config: string } | { notRead: string } | undefined>
}

/** One piece of guidance the model is shown, and where it came from. */
export interface ConventionSection {
  /** Repository-relative path, or `custom-instructions` for the input. */
  source: string
  text: string
}

/** What the audit bundle keeps of one piece of guidance: enough to tell which version of it was used. */
export interface GuidanceRecord {
  source: string
  /** SHA-256 of the whole file (or input) as read, before anything was cut. */
  sha256?: string
  bytes?: number
  /** Characters of it the prompt showed. */
  shownChars: number
  /** Why it was cut or left out, when it was. */
  cut?: string
  /** Hidden content taken out (`html-comment`, `invisible-character`). */
  removed?: string[]
}

export interface ConventionsRecord {
  guidance: GuidanceRecord[]
  lint?:
    { config: string; dialect: string | null; templater: string | null; rules: number } | { notRead: string }
}

/** The project's conventions as the prompt shows them, and what the audit bundle records of them. */
export interface ProjectConventions {
  guidance: ConventionSection[]
  lint?: { config: string; rules: LintRules }
  record: ConventionsRecord
}

/** Reads the conventions once, before any edit. */
export interface ConventionsReader {
  read(): Promise<ProjectConventions>
}
