import { describe, expect, it } from '@jest/globals'
import { nullResponder, oracleResponder } from '../../src/eval/scripted-agents.js'

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
const classifier = { tools: [{ name: 'classify_task' }], messages: [{ role: 'user', content: 'x' }] }

describe('oracleResponder', () => {
  const respond = oracleResponder({
    writes: [{ path: 'sql/a.sql', content: 'select 1\n' }],
    deletes: ['sql/old.sql'],
  })

  it('writes and deletes the reference files in its first turn, then finishes', () => {
    const first = respond(session(0))
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
    const second = respond(session(1))
    expect(second.content).toEqual([expect.objectContaining({ type: 'tool_use', name: 'finish' })])
  })

  it('declines a call that is not the agent session, with no tool call', () => {
    const answer = respond(classifier)
    expect(answer.stop_reason).toBe('end_turn')
    expect(answer.content.every((block) => block.type === 'text')).toBe(true)
  })
})

describe('nullResponder', () => {
  it('finishes the first turn of every session without a file tool', () => {
    const answer = nullResponder()(session(0))
    expect(answer.content).toEqual([expect.objectContaining({ type: 'tool_use', name: 'finish' })])
    expect(nullResponder()(classifier).stop_reason).toBe('end_turn')
  })
})
