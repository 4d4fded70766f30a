import { detectContractBreaks, type ContractFinding } from '../impact/contracts.js'
import {
  computeImpact,
  downstreamNodes,
  stateModifiedPlus,
  type Impact,
  type NodeChange,
} from '../impact/impact.js'
import { readProjectVars } from '../project/project-vars.js'
import { displayName, impactSummaryLine } from '../report/impact-markdown.js'
import { flagCommand, readManifestGraph, requireFlag, UsageError, type Command } from './command-io.js'

export const IMPACT_USAGE = `Usage: dbt-autopilot impact --base <manifest.json> --new <manifest.json> [--json]
                            [--base-project <dir> --new-project <dir>]
  Compares two dbt manifests by dbt's state:modified rules (SQL, unrendered config, macros called directly or
  through other macros, persisted descriptions, contracts): changed nodes and why, everything downstream,
  and contract findings. With both project folders, also names the nodes that read a var whose value changed
  in dbt_project.yml (dbt 1.12's state:modified does not select them).
  Exit codes: 0 no breaking change, 1 at least one breaking contract finding, 2 usage or input error.`

const MAX_LISTED = 50

/**
 * `dbt-autopilot impact`: what a change does to the project, from two manifests. Exits 1 on a breaking
 * finding so it can gate CI the way dbt's own contract check does; warnings alone exit 0.
 */
export const runImpactCommand: Command = flagCommand(
  IMPACT_USAGE,
  {
    base: { type: 'string' },
    new: { type: 'string' },
    'base-project': { type: 'string' },
    'new-project': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async (flags, out) => {
    const basePath = requireFlag(flags.base, '--base', IMPACT_USAGE)
    const newPath = requireFlag(flags.new, '--new', IMPACT_USAGE)
    const [base, next] = await Promise.all([readManifestGraph(basePath), readManifestGraph(newPath)])
    const projects = [flags['base-project'], flags['new-project']] as (string | undefined)[]
    if ((projects[0] === undefined) !== (projects[1] === undefined)) {
      throw new UsageError(`--base-project and --new-project go together\n${IMPACT_USAGE}`)
    }
    const vars =
      projects[0] !== undefined && projects[1] !== undefined
        ? { base: await readProjectVars(projects[0]), next: await readProjectVars(projects[1]) }
        : undefined
    const impact = computeImpact(base, next, vars ? { vars } : {})
    const findings = detectContractBreaks(base, next)
    const breaking = findings.filter((finding) => finding.severity === 'breaking').length
    out.write(
      flags.json
        ? `${JSON.stringify(impactJson(impact, findings), null, 2)}\n`
        : `${impactText(impact, findings)}\n`,
    )
    return breaking > 0 ? 1 : 0
  },
)

/** The impact and findings as JSON: for `--json` and the MCP server's `impact` tool. */
export function impactJson(impact: Impact, findings: readonly ContractFinding[]): Record<string, unknown> {
  const breaking = findings.filter((finding) => finding.severity === 'breaking').length
  return {
    summary: {
      changed: impact.changed.length,
      downstreamModels: impact.downstream.models.length,
      downstreamTests: impact.downstream.tests.length,
      exposures: impact.downstream.exposures.length,
      metrics: impact.downstream.metrics.length,
      breaking,
      warnings: findings.length - breaking,
    },
    changed: impact.changed,
    downstream: impact.downstream,
    /** What `dbt ls -s state:modified+` selects. */
    selected: stateModifiedPlus(impact),
    vars: impact.vars,
    findings,
    edges: impact.edges,
  }
}

function impactText(impact: Impact, findings: readonly ContractFinding[]): string {
  const report = { impact, findings: [...findings] }
  const lines = [impactSummaryLine(report)]
  if (impact.changed.length === 0) return `${lines[0]}\nNo dbt nodes changed between the two manifests.`
  lines.push('', 'Changed:', ...capped(impact.changed.map(changeLine)))
  const downstream = downstreamNodes(impact)
  lines.push('', 'Downstream:')
  lines.push(
    ...(downstream.length > 0
      ? capped(
          downstream.map(
            (node) =>
              `  ${node.kind} ${displayName(node.id)} (downstream of ${displayName(node.via)}, ${node.distance} step${node.distance === 1 ? '' : 's'} away)`,
          ),
        )
      : ['  (nothing downstream)']),
  )
  if (impact.downstream.tests.length > 0) lines.push(`  and ${impact.downstream.tests.length} test(s)`)
  if (impact.vars.readers.length > 0) {
    lines.push(
      '',
      `Read changed vars (${impact.vars.changed.join(', ')}; not selected by dbt's state:modified):`,
    )
    lines.push(
      ...capped(
        impact.vars.readers.map((node) => `  ${node.kind} ${displayName(node.id)}: ${node.vars.join(', ')}`),
      ),
    )
  }
  lines.push('', 'Contract findings:')
  if (findings.length === 0) lines.push('  none')
  const ordered = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'breaking' ? -1 : 1,
  )
  for (const finding of ordered) {
    lines.push(
      `  ${finding.severity.toUpperCase()} ${displayName(finding.node)} [${finding.rule}]: ${finding.message}`,
    )
    lines.push(`    what to do: ${finding.action}`)
  }
  return lines.join('\n')
}

function changeLine(change: NodeChange): string {
  const details: string[] = change.change === 'modified' ? [...change.why] : []
  const { added, removed, retyped } = change.columns
  if (added.length > 0) details.push(`columns added: ${added.join(', ')}`)
  if (removed.length > 0) details.push(`columns removed: ${removed.join(', ')}`)
  if (retyped.length > 0) {
    details.push(
      `columns retyped: ${retyped.map((c) => `${c.name} ${c.before ?? '?'} → ${c.after ?? '?'}`).join(', ')}`,
    )
  }
  const suffix = details.length > 0 ? ` — ${details.join('; ')}` : ''
  return `  ${change.change} ${change.kind} ${displayName(change.id)}${change.disabled ? ' (disabled)' : ''}${suffix}`
}

function capped(lines: string[]): string[] {
  return lines.length > MAX_LISTED
    ? [...lines.slice(0, MAX_LISTED), `  … and ${lines.length - MAX_LISTED} more (use --json for all)`]
    : lines
}
