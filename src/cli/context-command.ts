import path from 'node:path'
import { selectContext, DEFAULT_CONTEXT_BUDGET, type ContextSelection } from '../context/select-context.js'
import { FileTicketSource } from '../tickets/file-source.js'
import { sanitizeTicket } from '../tickets/sanitize.js'
import { TicketError, type Ticket } from '../tickets/ticket.js'
import { flagCommand, readManifestGraph, requireFlag, UsageError, type Command } from './command-io.js'

export const CONTEXT_USAGE = `Usage: dbt-autopilot context --manifest <manifest.json> --ticket <file.md|file.json> [--budget <tokens>]
                             [--depth <steps>] [--project <dir>] [--json]
  Shows what the agent would be given for the ticket: the ranked models with the reasons, then the text.
  --budget defaults to ${DEFAULT_CONTEXT_BUDGET} tokens, --depth to 1; --project (for SQL files) defaults to
  the folder above target/. Exit codes: 0 shown, 2 usage or input error.`

/** `dbt-autopilot context`: the context selection for a ticket file against a manifest, and why. */
export const runContextCommand: Command = flagCommand(
  CONTEXT_USAGE,
  {
    manifest: { type: 'string' },
    ticket: { type: 'string' },
    budget: { type: 'string' },
    depth: { type: 'string' },
    project: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async (flags, out) => {
    const manifestPath = requireFlag(flags.manifest, '--manifest', CONTEXT_USAGE)
    const ticketPath = requireFlag(flags.ticket, '--ticket', CONTEXT_USAGE)
    const budgetTokens = wholeNumber(flags.budget, '--budget', DEFAULT_CONTEXT_BUDGET)
    const depth = wholeNumber(flags.depth, '--depth', 1)
    const projectDir = path.resolve(flags.project ?? projectDirOf(manifestPath))
    const [graph, ticket] = await Promise.all([readManifestGraph(manifestPath), readTicket(ticketPath)])
    const selection = await selectContext(ticket, graph, projectDir, { budgetTokens, depth })
    out.write(
      flags.json
        ? `${JSON.stringify({ ticket: ticket.key, budgetTokens, depth, ...selection }, null, 2)}\n`
        : `${contextText(ticket, selection, budgetTokens)}\n`,
    )
    return 0
  },
)

/** The ticket as the pipeline hands it to the agent: read from the file, hidden content removed. */
async function readTicket(file: string): Promise<Ticket> {
  try {
    return sanitizeTicket(await new FileTicketSource().fetch(path.resolve(file))).ticket
  } catch (error) {
    if (error instanceof TicketError) throw new UsageError(error.message)
    throw error
  }
}

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${flag} must be a whole number, got "${value}".\n${CONTEXT_USAGE}`)
  return Number(value)
}

/** `…/project/target/manifest.json` → `…/project`: where dbt wrote it from. */
export function projectDirOf(manifestPath: string): string {
  const dir = path.dirname(path.resolve(manifestPath))
  return path.basename(dir) === 'target' ? path.dirname(dir) : dir
}

function contextText(ticket: Ticket, selection: ContextSelection, budgetTokens: number): string {
  const ranked = selection.items.filter((item) => item.score > 0)
  const mapOnly = selection.items.length - ranked.length
  const lines = [
    `Context for ${ticket.key}: ${ticket.title}`,
    `${selection.tokens} of ${budgetTokens} tokens; ${selection.items.filter((item) => item.detail === 'full').length} in full, ${selection.items.length - selection.items.filter((item) => item.detail === 'full').length} as map lines.`,
    '',
    'Ranked (score, detail, why):',
  ]
  if (ranked.length === 0) lines.push('  nothing in the ticket matched a model, source, seed or snapshot')
  ranked.forEach((item, index) => {
    lines.push(`  ${index + 1}. ${item.id}  ${item.score}  ${item.detail}`)
    for (const reason of item.why) lines.push(`       - ${reason}`)
  })
  if (mapOnly > 0) lines.push(`  + ${mapOnly} other node(s) listed in the project map`)
  lines.push('', '--- text shown to the agent ---', selection.text)
  return lines.join('\n')
}
