import type { ContractFinding } from '../impact/contracts.js'
import { downstreamNodes, type ImpactedNode, type Impact, type NodeChange } from '../impact/impact.js'
import type { TaskSpec } from '../task/task-spec.js'
import { cell, code, codeBlock, codeCell, limited, moreLine, plural, table } from './markdown.js'

/** What the impact stage hands to the report: the change's reach and what it breaks. */
export interface ImpactReport {
  impact: Impact
  findings: ContractFinding[]
  /** The task's kind and risk, as classified before the change. */
  task?: Pick<TaskSpec, 'kind' | 'risk'>
}

export interface ImpactSectionOptions {
  /** Most nodes drawn in the lineage diagram. */
  maxNodes?: number
  /** Most rows in the findings table (the PR body lowers it to fit GitHub's limit). */
  listLimit?: number
}

export const DEFAULT_LINEAGE_NODES = 40
const LABEL_LIMIT = 60

/** The PR's impact section: counts, contract findings with what to do, and a capped lineage diagram. */
export function renderImpactSection(report: ImpactReport, options: ImpactSectionOptions = {}): string {
  const listLimit = options.listLimit ?? Number.MAX_SAFE_INTEGER
  const { impact, findings } = report
  if (impact.changed.length === 0) {
    const none = 'No dbt nodes changed between the base manifest and this branch.'
    const vars = varsLine(impact)
    return vars ? `${none}\n\n${vars}` : none
  }
  const parts = [
    reachLine(report),
    removedTestsWarning(impact),
    changesTable(impact, listLimit),
    varsLine(impact),
    findingsSection(findings, listLimit),
  ].filter((part): part is string => part !== undefined)
  const lineage = lineageDiagram(impact, Math.min(options.maxNodes ?? DEFAULT_LINEAGE_NODES, listLimit))
  if (lineage) parts.push(lineage)
  return parts.join('\n\n')
}

/** "Task: add-column, low risk. 2 changed nodes reach 0 downstream models, 5 tests, 1 exposure, 0 metrics." */
function reachLine({ impact, task }: ImpactReport): string {
  const { downstream } = impact
  const semantic = downstream.semanticModels.length + downstream.savedQueries.length
  const reach = [
    plural(downstream.models.length, 'downstream model'),
    plural(downstream.tests.length, 'test'),
    plural(downstream.exposures.length, 'exposure'),
    plural(downstream.metrics.length, 'metric'),
    ...(semantic > 0
      ? [plural(semantic, 'semantic model or saved query', 'semantic models or saved queries')]
      : []),
  ]
  const taskLine = task ? `**Task:** ${code(task.kind)}, ${task.risk} risk. ` : ''
  return `${taskLine}${plural(impact.changed.length, 'changed node')} ${impact.changed.length === 1 ? 'reaches' : 'reach'} ${reach.join(', ')}.`
}

function removedTestsWarning(impact: Impact): string | undefined {
  const removed = impact.changed.filter((change) => isTest(change) && change.change === 'removed')
  if (removed.length === 0) return undefined
  const names = removed.slice(0, WHY_ROWS).map((test) => code(test.name))
  const more = removed.length > WHY_ROWS ? ` and ${removed.length - WHY_ROWS} more` : ''
  return `> [!WARNING]\n> The change removes ${plural(removed.length, 'test')}: ${names.join(', ')}${more}. Check that what it tested is still tested.`
}

const WHY_ROWS = 15
const NAMES_PER_CELL = 6

const isTest = (change: NodeChange) => change.kind === 'test' || change.kind === 'unit_test'

/**
 * One row per changed node but tests: what changed (in dbt's `state:modified` terms), its declared columns
 * added / removed / retyped, the tests the change added or removed on it, and what it reaches downstream.
 */
function changesTable(impact: Impact, listLimit: number): string | undefined {
  const nodes = impact.changed.filter((change) => !isTest(change))
  const { shown, omitted } = limited(nodes, Math.min(listLimit, WHY_ROWS))
  if (shown.length === 0) return undefined
  const testsOf = groupBy(impact.changed.filter(isTest), (test) => test.testOf)
  const reachedVia = groupBy(downstreamNodes(impact), (node) => node.via)
  const rows = shown.map((change) => [
    codeCell(displayName(change.id)),
    cell(changeCell(change)),
    cell(columnsCell(change)),
    cell(testsCell(testsOf.get(change.id) ?? [])),
    cell(downstreamCell(reachedVia.get(change.id) ?? [])),
  ])
  const lines = [table(['Node', 'Change', 'Columns', 'Tests', 'Downstream'], rows)]
  if (omitted > 0) lines.push('', moreLine(omitted))
  const orphanTests = impact.changed.filter(
    (change) => isTest(change) && !nodes.some((node) => node.id === change.testOf),
  )
  if (orphanTests.length > 0)
    lines.push('', `Tests changed on nodes the change left alone: ${testsCell(orphanTests)}.`)
  return lines.join('\n')
}

function changeCell(change: NodeChange): string {
  const kind = change.kind === 'model' ? '' : ` ${change.kind.replace('_', ' ')}`
  if (change.change !== 'modified') return `${change.change}${kind}${change.disabled ? ' (disabled)' : ''}`
  return `modified${kind}${change.why.length > 0 ? `: ${change.why.join('; ')}` : ''}`
}

function columnsCell(change: NodeChange): string {
  const { added, removed, retyped } = change.columns
  const parts = [
    ...added.map((name) => `+${name}`),
    ...removed.map((name) => `−${name}`),
    ...retyped.map((c) => `~${c.name} ${c.before ?? '?'} → ${c.after ?? '?'}`),
  ]
  return parts.length > 0 ? names(parts) : '—'
}

function testsCell(tests: readonly NodeChange[]): string {
  if (tests.length === 0) return '—'
  const mark = (test: NodeChange) =>
    test.change === 'added'
      ? `+${test.name}`
      : test.change === 'removed'
        ? `⚠️ −${test.name}`
        : `~${test.name}`
  return names(tests.map(mark))
}

function downstreamCell(nodes: readonly ImpactedNode[]): string {
  const shown = nodes.filter((node) => node.kind !== 'test')
  if (shown.length === 0) return '—'
  return names(
    shown.map(
      (node) => `${node.kind === 'model' ? '' : `${node.kind.replace('_', ' ')} `}${displayName(node.id)}`,
    ),
  )
}

function names(items: readonly string[]): string {
  const more = items.length > NAMES_PER_CELL ? `, and ${items.length - NAMES_PER_CELL} more` : ''
  return `${items.slice(0, NAMES_PER_CELL).join(', ')}${more}`
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === undefined) continue
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return groups
}

function varsLine(impact: Impact): string | undefined {
  const { changed, readers } = impact.vars
  if (readers.length === 0) return undefined
  const names = readers.slice(0, WHY_ROWS).map((node) => `\`${displayName(node.id)}\``)
  const more = readers.length > WHY_ROWS ? ` and ${readers.length - WHY_ROWS} more` : ''
  return `**Changed vars** (${changed.map((name) => `\`${name}\``).join(', ')}) are read by ${names.join(', ')}${more}; dbt's \`state:modified\` does not select nodes for a var change.`
}

function findingsSection(findings: readonly ContractFinding[], listLimit: number): string {
  if (findings.length === 0) return '**Contracts:** no breaking changes found.'
  const breaking = findings.filter((finding) => finding.severity === 'breaking').length
  const title = `**Contract findings:** ${plural(breaking, 'breaking change')}, ${plural(findings.length - breaking, 'warning')}.`
  const ordered = [...findings].sort((a, b) => severityRank(a) - severityRank(b))
  const { shown, omitted } = limited(ordered, listLimit)
  const rows = shown.map((finding) => [
    finding.severity === 'breaking' ? '**breaking**' : 'warning',
    codeCell(displayName(finding.node)),
    cell(finding.message),
    cell(finding.action),
  ])
  const lines = [title, '', table(['Severity', 'Node', 'What changed', 'What to do'], rows)]
  if (omitted > 0) lines.push('', moreLine(omitted))
  return lines.join('\n')
}

function severityRank(finding: ContractFinding): number {
  return finding.severity === 'breaking' ? 0 : 1
}

interface DrawnNode {
  id: string
  kind: string
  change?: NodeChange['change']
}

function lineageDiagram(impact: Impact, maxNodes: number): string | undefined {
  const drawable: DrawnNode[] = []
  const seen = new Set<string>()
  const endpoints = new Set(impact.edges.flat())
  for (const change of impact.changed) {
    if (change.kind === 'test' || change.kind === 'unit_test') continue
    // A changed node without edges is still worth drawing: it is the change itself.
    drawable.push({ id: change.id, kind: change.kind, change: change.change })
    seen.add(change.id)
  }
  const downstream = downstreamNodes(impact)
  for (const node of downstream) {
    if (!seen.has(node.id) && endpoints.has(node.id)) drawable.push({ id: node.id, kind: node.kind })
  }
  if (drawable.length === 0 || maxNodes <= 0) return undefined
  const shown = drawable.slice(0, maxNodes)
  const ids = new Map(shown.map((node, index) => [node.id, `n${index}`]))
  const lines = ['graph LR']
  for (const node of shown) {
    const style = node.change ? `:::${node.change}` : ''
    lines.push(
      `  ${ids.get(node.id)}["${mermaidLabel(`${node.kind.replace('_', ' ')}: ${displayName(node.id)}`)}"]${style}`,
    )
  }
  for (const [from, to] of impact.edges) {
    const a = ids.get(from)
    const b = ids.get(to)
    if (a && b) lines.push(`  ${a} --> ${b}`)
  }
  lines.push(
    '  classDef added fill:#dcfce7,stroke:#15803d',
    '  classDef modified fill:#fef3c7,stroke:#b45309',
    '  classDef removed fill:#fee2e2,stroke:#b91c1c,stroke-dasharray:4 3',
  )
  const left = drawable.length - shown.length
  const note =
    left > 0 ? `\n\n_${plural(left, 'more node')} not drawn (the diagram shows ${shown.length})._` : ''
  return `**Lineage** (changed → impacted):\n\n${codeBlock(lines.join('\n'), 'mermaid')}${note}`
}

/**
 * Text for inside a quoted Mermaid label: anything but plain characters becomes an entity code (`#35;`),
 * so quotes, brackets, HTML and Markdown cannot end the label or the code block.
 */
export function mermaidLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const short = flat.length > LABEL_LIMIT ? `${flat.slice(0, LABEL_LIMIT - 1)}…` : flat
  return short.replace(/[^A-Za-z0-9 _.,:/+=-]|…/g, (char) =>
    char === '…' ? '...' : `#${char.codePointAt(0)};`,
  )
}

/** `model.shop.orders` → `orders`; `source.shop.raw.customers` → `raw.customers`; versions keep `.v2`. */
export function displayName(uniqueId: string): string {
  const parts = uniqueId.split('.')
  return parts.length > 2 ? parts.slice(2).join('.') : uniqueId
}

/** One line for logs and the job summary. */
export function impactSummaryLine(report: ImpactReport): string {
  const { impact, findings } = report
  const breaking = findings.filter((finding) => finding.severity === 'breaking').length
  return `${plural(impact.changed.length, 'changed node')}, ${plural(impact.downstream.models.length, 'downstream model')}, ${plural(impact.downstream.exposures.length, 'exposure')}, ${plural(breaking, 'breaking change')}`
}
