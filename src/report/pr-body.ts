import type { Validation } from '../validate/validation.js'
import { renderImpactSection, type ImpactReport } from './impact-markdown.js'
import type { Ticket } from '../tickets/ticket.js'
import { code, fitLists, limited, moreLine, plural, quote, truncate, untrusted, usd } from './markdown.js'
import type { Redactor } from '../shared/redact.js'
import type { RollbackPlan } from './rollback.js'
import { validationSection, type PathPrefixes } from './validation-markdown.js'
import { brokenBaseMarkdown } from './broken-base.js'
import { acceptanceSection } from './acceptance-markdown.js'
import type { AcceptanceRecord } from '../task/acceptance.js'

/**
 * GitHub rejects pull request bodies longer than 65,536 characters; the rest is room for the markers of the
 * region Autopilot owns in the description (src/publish/owned-region.ts).
 */
export const PR_BODY_LIMIT = 65_536 - 200
export const PR_TITLE_LIMIT = 120
const SUMMARY_LIMIT = 8_000

export interface PullRequestBodyInput {
  ticket: Ticket
  /** The model's own account of its change: shown, but as a quote, never as our words. */
  summary: string
  changedFiles: string[]
  /** Those of `changedFiles` the change deletes; a move shows as a deletion plus an addition. */
  deletedFiles?: string[]
  changedModels: string[]
  /** Validation rounds in order; the last one is the state of the branch. */
  validations: Validation[]
  /** The acceptance criteria with their state, open questions and the model's assumptions. */
  acceptance?: AcceptanceRecord
  /** The model's summary of each repair round, in order (the one after round 1 first). */
  repairs?: string[]
  rollback: RollbackPlan
  /** The rendered "Data evidence" section (the changed models' data against the base), when gathered. */
  evidence?: string
  /** The rendered "Tests" section (tests proposed for the changed models, coverage before and after). */
  testStrategy?: string
  /** Base manifest vs the branch's: what changed, what it reaches and which contracts it breaks. */
  impact?: ImpactReport
  /** The rendered "Review" section (review model and SQL checks), when the review pass ran. */
  review?: string
  /** The rendered "Governance" section (policy checks), when a policy applies. */
  governance?: string
  /** Where the production manifest validation deferred to came from, when `state-artifact` was set. */
  productionState?: string
  /** dbt's parse error when the base did not parse: the change was validated alone, impact skipped. */
  brokenBase?: string
  /** How dbt and sqlfluff were contained (a warning when they were not). */
  sandbox?: string
  /** The rendered "Phases" section of a change made in phases, when it was. */
  phases?: string
  usage: { modelCalls: number; inputTokens: number; outputTokens: number; costUsd: number }
  runUrl?: string
  /** `https://github.com/o/r/blob/<head sha>/`: changed files link to their content at the head commit. */
  fileLinkBase?: string
  /** Where the project and the editable tree sit in the repository: every file is named from its root. */
  paths?: PathPrefixes
  /** The audit bundle is uploaded as the workflow run's artifact. */
  auditUploaded?: boolean
  draftReason?: string
  dryRun?: boolean
  redactor?: Redactor
  /** For tests; GitHub's limit otherwise. */
  maxLength?: number
}

export function renderPullRequestTitle(ticket: Pick<Ticket, 'key' | 'title'>): string {
  const title = `${ticket.key}: ${ticket.title}`.replace(/\s+/g, ' ').trim()
  return truncate(title, PR_TITLE_LIMIT)
}

/** The hidden marker that ties a PR to its ticket, so a later run finds and updates it. */
export function ticketMarker(key: string): string {
  return `<!-- autopilot:ticket=${key.replace(/[^A-Za-z0-9#._/-]/g, '')} -->`
}

export function parseTicketMarker(body: string): string | undefined {
  return /<!-- autopilot:ticket=([A-Za-z0-9#._/-]+) -->/.exec(body)?.[1]
}

function header(input: PullRequestBodyInput): string[] {
  const parts: string[] = []
  if (input.draftReason) {
    parts.push(
      `> [!WARNING]\n> **This pull request is a draft:** ${untrusted(input.draftReason).replace(/\n/g, ' ')}`,
    )
  }
  if (input.dryRun) {
    parts.push(
      '> [!NOTE]\n> Dry run: this body was rendered, but no branch was pushed and no pull request opened.',
    )
  }
  if (input.brokenBase) parts.push(brokenBaseMarkdown(input.brokenBase))
  const { ticket } = input
  parts.push(`## ${untrusted(renderPullRequestTitle(ticket))}`)
  const link = ticket.url ? `[${untrusted(ticket.key)}](${encodeURI(ticket.url)})` : code(ticket.key)
  parts.push(`**Ticket:** ${link} (${ticket.source})`)
  // GitHub closes the issue when the PR merges; a key is `#42` only for an issue of this repository.
  if (ticket.source === 'github' && /^#\d+$/.test(ticket.key)) parts.push(`Closes ${ticket.key}`)
  // GitLab closes `#12` and `group/project#12` alike when the merge request merges.
  if (ticket.source === 'gitlab' && /^(?:[\w.-]+(?:\/[\w.-]+)+)?#\d+$/.test(ticket.key))
    parts.push(`Closes ${ticket.key}`)
  return parts
}

function listSection(
  title: string,
  items: readonly string[],
  limit: number,
  options: { deleted?: ReadonlySet<string>; linkBase?: string } = {},
): string {
  if (items.length === 0) return `### ${title}\n\nNone.`
  const { shown, omitted } = limited(items, limit)
  const deleted = options.deleted ?? new Set()
  const lines = shown.map((item) => {
    if (deleted.has(item)) return `- ${code(item)} (deleted)`
    return options.linkBase ? `- [${code(item)}](${options.linkBase}${encodeURI(item)})` : `- ${code(item)}`
  })
  if (omitted > 0) lines.push(`- ${moreLine(omitted)}`)
  return `### ${title} (${items.length})\n\n${lines.join('\n')}`
}

function optional(part: string | undefined): string[] {
  return part ? [part] : []
}

function usageLine(usage: PullRequestBodyInput['usage']): string {
  const tokens = `${usage.inputTokens.toLocaleString('en-US')} input and ${usage.outputTokens.toLocaleString('en-US')} output tokens`
  return `${plural(usage.modelCalls, 'model call')}, ${tokens}, ${usd(usage.costUsd)}.`
}

function footer(input: PullRequestBodyInput): string {
  const run = input.runUrl ? ` · [workflow run](${encodeURI(input.runUrl)})` : ''
  const audit =
    input.auditUploaded && !input.dryRun
      ? ' The audit bundle is attached to the workflow run as an artifact.'
      : ''
  return `${ticketMarker(input.ticket.key)}\n\n---\n<sub>Opened by Autopilot${run}.${audit}</sub>`
}

function renderHead(input: PullRequestBodyInput, listLimit: number, summaryLimit: number): string {
  const summary = input.summary.trim()
    ? quote(truncate(input.summary, summaryLimit))
    : '_The model gave no summary._'
  return [
    ...header(input),
    `### What changed\n\n${summary}`,
    ...optional(acceptanceSection(input.acceptance, listLimit)),
    ...(input.ticket.report ? [`### Schema drift\n\n${truncate(input.ticket.report, summaryLimit)}`] : []),
    listSection('Changed files', input.changedFiles, listLimit, {
      deleted: new Set(input.deletedFiles),
      ...(input.fileLinkBase ? { linkBase: encodeURI(input.fileLinkBase) } : {}),
    }),
    listSection('Changed models', input.changedModels, listLimit),
    ...(input.phases ? [input.phases] : []),
    `### Validation\n\n${validationSection(input.validations, listLimit, {
      repairs: input.repairs ?? [],
      ...(input.paths ? { paths: input.paths } : {}),
    })}${input.productionState ? `\n\n${input.productionState}` : ''}${input.sandbox ? `\n\n${input.sandbox}` : ''}`,
    ...(input.evidence ? [input.evidence] : []),
    ...(input.review ? [input.review] : []),
    ...(input.testStrategy ? [input.testStrategy] : []),
    ...(input.impact ? [`### Impact\n\n${renderImpactSection(input.impact, { listLimit })}`] : []),
    ...(input.governance ? [input.governance] : []),
    `### Rollback\n\n<details><summary>How to undo this change</summary>\n\n${input.rollback.markdown}\n\n</details>`,
    `### Usage\n\n${usageLine(input.usage)}`,
  ].join('\n\n')
}

/**
 * The PR description. Lists (failures, violations, files) are shortened first to stay under GitHub's limit;
 * the ticket marker and footer always survive.
 */
export function renderPullRequestBody(input: PullRequestBodyInput): string {
  const max = input.maxLength ?? PR_BODY_LIMIT
  const redact = input.redactor ?? ((text: string) => text)
  const tail = `\n\n${footer(input)}`
  const room = max - tail.length
  const fitted =
    fitLists((limit) => redact(renderHead(input, limit, SUMMARY_LIMIT)), room) ??
    fitLists((limit) => redact(renderHead(input, limit, 500)), room) ??
    `${truncate(redact(renderHead(input, 0, 0)), room - 60)}\n\n…truncated, see the audit artifact.`
  return `${fitted}${redact(tail)}`.slice(0, max)
}
