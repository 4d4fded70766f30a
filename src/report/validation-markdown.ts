import { describeFailures } from '../validate/describe-failures.js'
import {
  causeOf,
  roundsAfterChange,
  roundsAfterChangeWords,
  type RoundCause,
} from '../validate/round-cause.js'
import type { BuildMode, LintViolation, NodeResult, Validation } from '../validate/validation.js'
import {
  cell,
  code,
  codeBlock,
  codeCell,
  limited,
  moreLine,
  plural,
  table,
  truncate,
  untrusted,
} from './markdown.js'

const FAILED_STATUSES = new Set(['error', 'fail', 'runtime error'])

export function isFailedNode(result: NodeResult): boolean {
  return FAILED_STATUSES.has(result.status.toLowerCase())
}

export const BUILD_MODE_SENTENCES: Record<BuildMode, string> = {
  deferred:
    'Built the modified models and their children; unmodified parents were deferred to production state.',
  'with-parents': 'Built modified models and their parents (no production state to defer to).',
  full: 'Built everything the changed project selects: the base did not parse, so there was nothing to compare with.',
}

/** `12 nodes: 10 success, 2 pass` */
export function statusCounts(results: readonly NodeResult[]): string {
  if (results.length === 0) return 'no nodes built'
  const counts = new Map<string, number>()
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1)
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([status, n]) => `${n} ${status}`)
  return `${plural(results.length, 'node')}: ${parts.join(', ')}`
}

/**
 * "Passed on the first round.", "Passed after 1 repair round.", "Passed after 1 repair round and 1 review
 * round.", "Still failing after 2 repair rounds.": each round after the change named by what caused it.
 */
export function roundsSentence(validations: readonly Validation[]): string {
  const last = validations.at(-1)
  if (!last) return 'Validation did not run.'
  const after = roundsAfterChange(validations)
  if (after.length === 0) {
    if (!last.ok) return 'Failed; no repair rounds were run.'
    return validations.length === 1 ? 'Passed on the first round.' : `Passed in round ${last.round}.`
  }
  const words = roundsAfterChangeWords(validations)
  return last.ok ? `Passed after ${words}.` : `Still failing after ${words}.`
}

/** How much this round cost dbt: what was selected, how it parsed, whether it ran at all. */
function costSentence(validation: Validation): string | undefined {
  const { dbt } = validation
  if (validation.reusedFrom !== undefined)
    return `No file changed since round ${validation.reusedFrom}: its result stands, dbt and sqlfluff did not run again.`
  const parts: string[] = []
  if (dbt.parentsFrom !== undefined)
    parts.push(`Parents were read from what round ${dbt.parentsFrom} built, not built again.`)
  if (dbt.parse)
    parts.push(
      dbt.parse.partialParse === 'reused'
        ? 'dbt re-read only the changed files (partial parse).'
        : `dbt parsed the whole project${dbt.parse.reason ? ` (${dbt.parse.reason})` : ''}.`,
    )
  if (dbt.launches !== undefined && dbt.launches > 1)
    parts.push(
      `${plural(dbt.launches, 'dbt launch', 'dbt launches')}: the change read parents no round had built.`,
    )
  return parts.length > 0 ? parts.join(' ') : undefined
}

function dbtDetails(validation: Validation): string {
  const { dbt } = validation
  const mode = dbt.parentsFrom !== undefined ? undefined : BUILD_MODE_SENTENCES[dbt.mode]
  const cost = costSentence(validation)
  const parts = [`${statusCounts(dbt.results)}.`, ...(mode ? [mode] : []), ...(cost ? [cost] : [])]
  if (dbt.error) parts.push(`dbt stopped: ${truncate(dbt.error.split('\n')[0] ?? '', 200)}`)
  if (dbt.unchecked?.length) parts.push(`Not checked by dbt: ${plural(dbt.unchecked.length, 'problem')}.`)
  return cell(parts.join(' '), 600)
}

/** `lint not run: <reason>`, `lint: not configured in this project`, or the counts. */
export function lintSummary(validation: Validation): string {
  const { lint } = validation
  if (lint.notRun) return `lint not run: ${truncate(lint.notRun.split('\n')[0] ?? '', 200)}`
  if (lint.skipped) return lint.skipped
  const old = lint.preExisting?.length ?? 0
  return [
    `${plural(lint.files.length, 'file')}, ${plural(lint.violations.length, 'new violation')}`,
    ...(old > 0 ? [`${old} already there before the change`] : []),
  ].join(', ')
}

function verdict(ok: boolean, skipped?: string, notRun?: string): string {
  if (notRun) return '⚠️ not run'
  if (skipped) return '⏭️ skipped'
  return ok ? '✅ passed' : '❌ failed'
}

/** The two-row check table for one validation round. */
export function validationTable(validation: Validation): string {
  return table(
    ['Check', 'Result', 'Details'],
    [
      ['dbt build', verdict(validation.dbt.ok), dbtDetails(validation)],
      [
        'sqlfluff lint',
        verdict(validation.lint.ok, validation.lint.skipped, validation.lint.notRun),
        cell(lintSummary(validation)),
      ],
    ],
  )
}

function listBlock(heading: string, rendered: string, shown: number, omitted: number): string {
  const parts = [heading]
  if (shown > 0) parts.push(rendered)
  if (omitted > 0) parts.push(moreLine(omitted))
  return parts.join('\n\n')
}

/** How a report names files: the repository-relative path of a project-relative (`project`) or layout-root-relative (`root`) one. */
export interface PathPrefixes {
  /** The dbt project's folder, repository-relative, ending in `/` (or empty). */
  project: string
  /** The editable tree's root (the project, or the folder holding it and its in-repo packages). */
  root: string
}

const NO_PREFIXES: PathPrefixes = { project: '', root: '' }

export function failureRows(results: readonly NodeResult[], limit: number, prefixes = NO_PREFIXES): string {
  const failed = results.filter(isFailedNode)
  if (failed.length === 0) return ''
  const { shown, omitted } = limited(failed, limit)
  const rows = shown.map((node) => [
    codeCell(node.uniqueId),
    node.file ? codeCell(`${prefixes.project}${node.file}`) : '',
    cell(`${node.status}: ${node.message ?? ''}`.replace(/: $/, ''), 400),
  ])
  return listBlock(
    `**dbt failures (${failed.length})**`,
    table(['Node', 'File', 'Message'], rows),
    shown.length,
    omitted,
  )
}

export function violationRows(
  violations: readonly LintViolation[],
  limit: number,
  heading = 'Lint violations',
  prefixes = NO_PREFIXES,
): string {
  if (violations.length === 0) return ''
  const { shown, omitted } = limited(violations, limit)
  const rows = shown.map((v) => [
    codeCell(`${prefixes.root}${v.file}:${v.line}:${v.column}`),
    codeCell(v.code),
    cell(v.description),
  ])
  return listBlock(
    `**${heading} (${violations.length})**`,
    table(['Location', 'Rule', 'Description'], rows),
    shown.length,
    omitted,
  )
}

/**
 * The parser's verdict on the SQL dbt ran: a warning when it could not run (never a pass by silence), and
 * the statements a node may not run when it found some.
 */
export function sqlVerdictSection(validation: Validation, limit: number): string {
  const verdict = validation.dbt.sqlVerdict
  if (!verdict) return ''
  // A build that stopped before compiling anything leaves the verdict nothing to judge: not a pass either.
  const notRun =
    verdict.notRun ??
    (verdict.statements === 0 && !validation.dbt.ok
      ? 'dbt stopped before it ran or compiled any SQL'
      : undefined)
  if (notRun) {
    const reason = truncate(notRun.split('\n')[0] ?? '', 300)
    return `⚠️ SQL verdict not run: ${untrusted(reason)}. The statements dbt ran were not checked against what each node may run.`
  }
  if (verdict.findings.length === 0) return ''
  const { shown, omitted } = limited(verdict.findings, limit)
  const rows = shown.map((finding) => [codeCell(finding.path), cell(finding.message, 400)])
  return listBlock(
    `**SQL a node may not run (${verdict.findings.length})**`,
    table(['File', 'Finding'], rows),
    shown.length,
    omitted,
  )
}

export interface ValidationSectionOptions {
  /** The model's summary of each repair, in order: the one after round 1 first. */
  repairs?: readonly string[]
  /** File paths as the repository names them; project-relative without. */
  paths?: PathPrefixes
}

/**
 * Everything about the last round (table, command, failures and violations, each list up to `limit`),
 * then each earlier round: what failed, as the model was shown it, and what the repair changed.
 */
export function validationSection(
  validations: readonly Validation[],
  limit: number,
  options: ValidationSectionOptions = {},
): string {
  const last = validations.at(-1)
  if (!last) return 'Validation did not run.'
  const paths = options.paths ?? NO_PREFIXES
  const parts = [roundsSentence(validations), validationTable(last)]
  const verdict = sqlVerdictSection(last, limit)
  if (verdict) parts.push(verdict)
  if (last.dbt.command) parts.push(`Command: ${code(last.dbt.command)}`)
  if (last.dbt.error && last.dbt.results.length === 0) parts.push(codeBlock(truncate(last.dbt.error, 2000)))
  if (last.dbt.unchecked?.length) {
    parts.push(
      `**Not checked by dbt (${last.dbt.unchecked.length})**\n\n${last.dbt.unchecked.map((line) => `- ${untrusted(line)}`).join('\n')}`,
    )
  }
  const failures = failureRows(last.dbt.results, limit, paths)
  if (failures) parts.push(failures)
  if (!last.ok && last.dbt.results.some(isFailedNode)) {
    const text = describeFailures(last, failureTextLimit(limit))
    parts.push(
      `<details><summary>dbt's full error text</summary>\n\n${codeBlock(text, 'text')}\n\n</details>`,
    )
  }
  const violations = violationRows(
    last.lint.violations,
    limit,
    'Lint violations introduced by the change',
    paths,
  )
  if (violations) parts.push(violations)
  const preExisting = violationRows(
    last.lint.preExisting ?? [],
    limit,
    'Lint violations already there before the change',
    paths,
  )
  if (preExisting)
    parts.push(`<details><summary>Already there (not counted)</summary>\n\n${preExisting}\n\n</details>`)
  if (validations.length > 1) parts.push(repairRounds(validations, options.repairs ?? [], limit, paths.root))
  return parts.join('\n\n')
}

/** Room for one round's failure text: less when the body must shrink to fit GitHub's limit. */
function failureTextLimit(limit: number): number {
  return limit >= 10 ? 3_000 : 400
}

/** Who made the edits a round validated, as the round before it says. */
const EDITED_BY: Record<RoundCause, string> = {
  change: 'The next phase',
  repair: 'The repair',
  review: "The review round (the review's blocking findings)",
  'new-version': 'The new model version',
  tests: 'The proposed tests',
}

/**
 * Each round that failed before the last one: its verdict, the failures as the model was shown them, and
 * the repair that followed (the files it edited and the model's own account, quoted).
 */
function repairRounds(
  validations: readonly Validation[],
  repairs: readonly string[],
  limit: number,
  rootPrefix: string,
): string {
  const blocks = validations.slice(0, -1).map((v, i) => {
    const next = validations[i + 1]
    const failed = v.dbt.results.filter(isFailedNode).length
    const dbt = v.dbt.ok
      ? 'dbt passed'
      : `dbt failed (${failed ? plural(failed, 'failing node') : 'no node results'})`
    const lint =
      v.lint.notRun || v.lint.skipped
        ? lintSummary(v)
        : plural(v.lint.violations.length, 'new lint violation')
    const lines = [`**Round ${v.round}:** ${dbt}, ${lint}.`]
    if (v.reusedFrom !== undefined)
      lines.push(`No file changed since round ${v.reusedFrom}: its failures stand.`)
    else {
      const failures = describeFailures(v, failureTextLimit(limit))
      if (failures) lines.push(codeBlock(failures, 'text'))
    }
    const edited = next?.edited
    const by = EDITED_BY[next ? causeOf(next, i + 1) : 'repair']
    const files =
      edited === undefined
        ? ''
        : edited.length === 0
          ? `${by} edited no file.`
          : `${by} edited ${edited.map((file) => code(`${rootPrefix}${file}`)).join(', ')}.`
    const summary = repairs[i]?.trim()
    lines.push(
      [files, summary ? `The model said: ${untrusted(truncate(summary.replace(/\s+/g, ' '), 600))}` : '']
        .filter(Boolean)
        .join(' '),
    )
    return lines.filter(Boolean).join('\n\n')
  })
  const causes = validations.slice(1).map((validation, i) => causeOf(validation, i + 1))
  const title = `${causes.every((cause) => cause === 'repair') ? 'Repair rounds' : 'Earlier rounds'} (${blocks.length})`
  return `<details open><summary>${title}</summary>\n\n${blocks.join('\n\n')}\n\n</details>`
}
