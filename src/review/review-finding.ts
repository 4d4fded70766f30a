import { z } from 'zod'

export const SEVERITIES = ['blocking', 'suggestion'] as const
export type Severity = (typeof SEVERITIES)[number]

/**
 * One thing a reviewer would say about the change: at a line of a changed file when it has one. `by` is
 * who found it: the review model, or one of the static SQL checks (`rule` names it).
 */
export interface ReviewFinding {
  /** Repository-relative once recorded; the stages work in workspace-relative paths. */
  path: string
  line?: number
  severity: Severity
  text: string
  by: 'review' | 'sql-check'
  rule?: string
}

export const MAX_FINDING_CHARS = 2_000
export const MAX_FINDINGS = 30

/** What the review model answers with (model output: validated). */
export const ReviewAnswerSchema = z.object({
  verdict: z
    .enum(['approve', 'request-changes'])
    .describe('request-changes when at least one finding is blocking, else approve.'),
  summary: z.string().trim().min(1).max(MAX_FINDING_CHARS).describe('Two or three sentences for the PR.'),
  findings: z
    .array(
      z.object({
        file: z.string().trim().min(1).max(500).describe('A changed file, as listed in the diff.'),
        line: z
          .number()
          .int()
          .positive()
          .optional()
          .describe('A line of the file after the change, as numbered in the diff.'),
        severity: z
          .enum(SEVERITIES)
          .describe(
            'blocking: the change is wrong for the ticket, breaks its acceptance criteria or the conventions; suggestion: it works but could be better.',
          ),
        text: z.string().trim().min(1).max(MAX_FINDING_CHARS).describe('What is wrong and what to do.'),
      }),
    )
    .max(MAX_FINDINGS)
    .default([]),
})
export type ReviewAnswer = z.infer<typeof ReviewAnswerSchema>
