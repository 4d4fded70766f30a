import type { AgentRunResult } from '../agent/agent-session.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Validation } from '../validate/validation.js'

/**
 * How a criterion is known to hold. `tested` only when dbt ran the named test in the last round and it
 * passed; a test the model named that dbt did not run, or that failed, makes the criterion `not-verified`.
 */
export type CriterionState = 'tested' | 'inspected' | 'not-verified'

export interface CriterionVerdict {
  criterion: string
  state: CriterionState
  /** The test that checks it, when `tested`. */
  test?: string
  /** The change added the test (it is not in the base manifest). */
  newTest?: boolean
  /** The model's own note (untrusted), or why its claim did not hold. */
  note?: string
}

export interface AcceptanceRecord {
  criteria: CriterionVerdict[]
  openQuestions: string[]
  assumptions: string[]
}

const PASSED = new Set(['pass', 'success'])

/**
 * The task's acceptance criteria with what is known of each: the model's account from its last `finish`
 * that gave one, with every claimed test checked against the final manifest and the last round's results.
 */
export function judgeAcceptance(options: {
  criteria: readonly string[]
  openQuestions: readonly string[]
  rounds: readonly AgentRunResult[]
  baseGraph?: ManifestGraph
  graph?: ManifestGraph
  lastValidation?: Validation
}): AcceptanceRecord {
  const account = [...options.rounds].reverse().find((round) => round.criteria?.length)?.criteria ?? []
  const assumptions = [...options.rounds].reverse().find((round) => round.assumptions?.length)?.assumptions
  const criteria = options.criteria.map((criterion, index): CriterionVerdict => {
    const claim = account.find((entry) => entry.number === index + 1)
    if (!claim) return { criterion, state: 'not-verified', note: 'The model gave no account of it.' }
    const note = claim.note?.trim() ? { note: claim.note.trim() } : {}
    if (claim.state !== 'tested') return { criterion, state: claim.state, ...note }
    return { criterion, ...checkTest(claim.test, options) }
  })
  return { criteria, openQuestions: [...options.openQuestions], assumptions: assumptions ?? [] }
}

function checkTest(
  name: string | undefined,
  options: { baseGraph?: ManifestGraph; graph?: ManifestGraph; lastValidation?: Validation },
): Omit<CriterionVerdict, 'criterion'> {
  if (!name?.trim()) return { state: 'not-verified', note: 'The model said a test checks it but named none.' }
  const test = findTest(options.graph, name.trim())
  if (!test)
    return { state: 'not-verified', note: `The model named test \`${name}\`; the project has no such test.` }
  const result = options.lastValidation?.dbt.results.find((node) => node.uniqueId === test)
  if (!result) return { state: 'not-verified', note: `dbt did not run \`${name}\` in the last round.` }
  if (!PASSED.has(result.status.toLowerCase()))
    return { state: 'not-verified', note: `\`${name}\` ended ${result.status} in the last round.` }
  return { state: 'tested', test: name.trim(), newTest: !options.baseGraph?.get(test) }
}

/** A data or unit test by its name or unique id. */
function findTest(graph: ManifestGraph | undefined, name: string): string | undefined {
  if (!graph) return undefined
  const direct = graph.get(name)
  if (direct && (direct.kind === 'test' || direct.kind === 'unit_test')) return direct.id
  for (const node of graph.nodes.values()) {
    if ((node.kind === 'test' || node.kind === 'unit_test') && node.name === name) return node.id
  }
  return undefined
}
