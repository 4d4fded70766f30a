import type { ScriptTurn } from '../../src/demo/scripted-messages-server.js'

/** Usage the scripted server reports for each turn: enough for budgets and prices to add up. */
export const TURN_USAGE = {
  input_tokens: 1000,
  output_tokens: 50,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
}

/** One scripted assistant turn that calls a tool. */
export const toolTurn = (name: string, input: Record<string, unknown>, id: string): ScriptTurn => ({
  content: [{ type: 'tool_use', id, name, input }],
  stop_reason: 'tool_use',
  usage: TURN_USAGE,
})
