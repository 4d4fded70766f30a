import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ScriptSchema, turnContent, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { repoRoot } from './shop-copy.js'

export const DEMO_SCRIPT_FILE = path.join(repoRoot, 'examples', 'demo', 'script.json')

/** The demo's scripted turns as the demo plays them: a first change that fails `dbt build`, then its repair. */
export async function demoTurns(): Promise<ScriptTurn[]> {
  return ScriptSchema.parse(JSON.parse(await readFile(DEMO_SCRIPT_FILE, 'utf8'))).turns
}

const isFinish = (turn: ScriptTurn) =>
  turnContent(turn).some((block) => block.type === 'tool_use' && block.name === 'finish')

/**
 * The demo's change made right the first time: the turns up to the first `finish`, with each edit the repair
 * round makes folded into the edit it corrects. One round means one `dbt build`, for tests whose subject is
 * not repair.
 */
export async function oneRoundDemoTurns(): Promise<ScriptTurn[]> {
  const turns = await demoTurns()
  const firstFinish = turns.findIndex(isFinish)
  if (firstFinish < 0) throw new Error(`${DEMO_SCRIPT_FILE} has no finish turn`)
  const repairs = new Map<string, unknown>()
  for (const turn of turns.slice(firstFinish + 1))
    for (const block of turnContent(turn))
      if (block.type === 'tool_use' && block.name === 'edit_file' && typeof block.input.old === 'string')
        repairs.set(block.input.old, block.input.new)
  const folds = new Set<unknown>()
  const folded = turns.slice(0, firstFinish + 1).map((turn) =>
    'output' in turn
      ? turn
      : {
          ...turn,
          content: turn.content.map((block) =>
            block.type === 'tool_use' && block.name === 'edit_file' && typeof block.input.new === 'string'
              ? { ...block, input: { ...block.input, new: fold(block.input.new) } }
              : block,
          ),
        },
  )
  if (folds.size !== repairs.size)
    throw new Error(`${DEMO_SCRIPT_FILE}: a repair edit no longer matches the edit it corrects`)
  return folded

  function fold(text: string): unknown {
    if (!repairs.has(text)) return text
    folds.add(text)
    return repairs.get(text)
  }
}
