import { describe, expect, it } from '@jest/globals'
import { turnContent, type ContentTurn, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { nullResponder, oracleResponder } from '../../src/eval/scripted-agents.js'

/** A content turn (tool calls or text), failing the test on a structured answer. */
function content(turn: ScriptTurn): ContentTurn {
  if ('output' in turn) throw new Error(`expected a content turn, got ${JSON.stringify(turn)}`)
  return turn
}

const agentTools = [{ name: 'read_file' }, { name: 'write_file' }, { name: 'finish' }]
const session = (assistantTurns: number) => ({
  tools: agentTools,
  messages: [
    { role: 'user', content: 'the ticket' },
    ...Array.from({ length: assistantTurns }, () => [
      { role: 'assistant', content: [] },
      { role: 'user', content: [] },
    ]).flat(),
  ],
})
const classifier = {
  output_config: { format: { type: 'json_schema', schema: { type: 'object' } } },
  messages: [{ role: 'user', content: 'x' }],
}
const review = { tools: [{ name: 'record_review' }], messages: [{ role: 'user', content: 'x' }] }

describe('oracleResponder', () => {
  const respond = oracleResponder({
    writes: [{ path: 'sql/a.sql', content: 'select 1\n' }],
    deletes: ['sql/old.sql'],
  })

  it('writes and deletes the reference files in its first turn, then finishes', () => {
    const first = content(respond(session(0)))
    expect(first.stop_reason).toBe('tool_use')
    expect(first.content.filter((block) => block.type === 'tool_use')).toEqual([
      {
        type: 'tool_use',
        id: 'toolu_oracle_w0',
        name: 'write_file',
        input: { path: 'sql/a.sql', content: 'select 1\n' },
      },
      { type: 'tool_use', id: 'toolu_oracle_d0', name: 'delete_file', input: { path: 'sql/old.sql' } },
    ])
    const second = content(respond(session(1)))
    expect(second.content).toEqual([expect.objectContaining({ type: 'tool_use', name: 'finish' })])
  })

  it('answers the classifier as a model that knows nothing: a task of kind other', () => {
    expect(JSON.parse(JSON.stringify(turnContent(respond(classifier))))).toEqual([
      { type: 'text', text: JSON.stringify({ kind: 'other', risk: 'medium' }) },
    ])
  })

  it('declines any other call that is not the agent session, with no tool call', () => {
    const answer = content(respond(review))
    expect(answer.stop_reason).toBe('end_turn')
    expect(answer.content.every((block) => block.type === 'text')).toBe(true)
  })
})

describe('nullResponder', () => {
  it('finishes the first turn of every session without a file tool', () => {
    const answer = content(nullResponder()(session(0)))
    expect(answer.content).toEqual([expect.objectContaining({ type: 'tool_use', name: 'finish' })])
    expect(content(nullResponder()(review)).stop_reason).toBe('end_turn')
    expect('output' in nullResponder()(classifier)).toBe(true)
  })
})
