import type { ContractFinding } from '../impact/contracts.js'
import { downstreamNodes, type Impact, type NodeChange } from '../impact/impact.js'
import { cell, codeBlock, codeCell, limited, moreLine, plural, table } from './markdown.js'

/** What the impact stage hands to the report: the change's reach and what it breaks. */
export interface ImpactReport {
  impact: Impact
  findings: ContractFinding[]
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
    countsTable(impact),
    whySection(impact, listLimit),
    varsLine(impact),
    findingsSection(findings, listLimit),
  ].filter((part): part is string => part !== undefined)
  const lineage = lineageDiagram(impact, Math.min(options.maxNodes ?? DEFAULT_LINEAGE_NODES, listLimit))
  if (lineage) parts.push(lineage)
  return parts.join('\n\n')
}

function countsTable(impact: Impact): string {
  const { downstream } = impact
  const semantic = downstream.semanticModels.length + downstream.savedQueries.length
  const header = ['Changed nodes', 'Downstream models', 'Tests', 'Exposures', 'Metrics']
  const row = [
    impact.changed,
    downstream.models,
    downstream.tests,
    downstream.exposures,
    downstream.metrics,
  ].map((list) => String(list.length))
  if (semantic > 0) {
    header.push('Semantic models / saved queries')
    row.push(`${downstream.semanticModels.length} / ${downstream.savedQueries.length}`)
  }
  return table(header, [row])
}

const WHY_ROWS = 15

/** Why each modified node is in the selection, in dbt's terms (SQL, config, a macro it calls, …). */
function whySection(impact: Impact, listLimit: number): string | undefined {
  const modified = impact.changed.filter((change) => change.change === 'modified')
  const { shown, omitted } = limited(modified, Math.min(listLimit, WHY_ROWS))
  if (shown.length === 0) return undefined
  const rows = shown.map((change) => [codeCell(displayName(change.id)), cell(change.why.join('; '))])
  const lines = ['**Why changed** (dbt `state:modified` rules):', '', table(['Node', 'Why'], rows)]
  if (omitted > 0) lines.push('', moreLine(omitted))
  return lines.join('\n')
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
