import { afterEach, describe, expect, it } from '@jest/globals'
import { AnthropicModel } from '../../src/adapters/anthropic/anthropic-model.js'
import { BudgetTracker } from '../../src/agent/budget.js'
import { DEFAULT_PRICES } from '../../src/config/prices.js'
import type { Budget } from '../../src/config/settings.js'
import {
  startScriptedMessagesServer,
  type ScriptedMessagesServer,
  type ScriptTurn,
} from '../../src/demo/scripted-messages-server.js'
import { diffFile } from '../../src/review/diff-lines.js'
import { reviewWithModel } from '../../src/review/model-review.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { TaskSpec } from '../../src/task/task-spec.js'
import { ticket } from '../task/tickets.js'

// The review call through the real SDK against the loopback Messages API: budgeted, recorded, validated.

const MODEL = 'claude-sonnet-5-5'
const roomy: Budget = {
  maxTurns: 20,
  maxInputTokens: 1_000_000,
  maxOutputTokens: 100_000,
  maxCostUsd: 10,
  maxWallMs: 600_000,
}
const spec: TaskSpec = {
  kind: 'add-column',
  risk: 'low',
  targets: ['orders'],
  acceptanceCriteria: ['orders has a shipped_at column'],
  openQuestions: [],
  blockingQuestions: [],
  instructions: [],
  suggestedSteps: [],
  decidedBy: { kind: 'rule', rule: 'builtin:add-column' },
}
const request = {
  ticket: ticket({ title: 'Add shipped_at to orders', body: 'We need the ship date.' }),
  spec,
  diffs: [diffFile('models/orders.sql', 'select id\nfrom x\n', 'select id, shipped_at\nfrom x\n')],
  staticFindings: [],
}
const review = (input: Record<string, unknown>, id = 'toolu_rv'): ScriptTurn => ({
  content: [{ type: 'tool_use', id, name: 'record_review', input }],
  stop_reason: 'tool_use',
})

let server: ScriptedMessagesServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function setup(script: ScriptTurn[], budget: Partial<Budget> = {}) {
  server = await startScriptedMessagesServer({ script, apiKey: 'k' })
  return {
    model: new AnthropicModel({ apiKey: 'k', model: MODEL, baseURL: server.url, maxRetries: 0 }),
    budget: new BudgetTracker({ ...roomy, ...budget }, DEFAULT_PRICES, MODEL),
    record: new RunRecord('run-1'),
  }
}

describe('reviewWithModel', () => {
  it('sends the ticket, criteria and numbered diff, and returns the validated answer, recording the call', async () => {
    const options = await setup([
      review({
        verdict: 'approve',
        summary: 'Adds the column.',
        findings: [
          { file: 'models/orders.sql', line: 1, severity: 'suggestion', text: 'Cast it to a date.' },
        ],
      }),
    ])
    const result = await reviewWithModel(request, options)
    expect(result).toMatchObject({ ok: true, answer: { findings: [{ line: 1, severity: 'suggestion' }] } })
    const sent = JSON.stringify(server!.messageRequests[0]?.body)
    expect(sent).toContain('orders has a shipped_at column')
    expect(sent).toContain('+    1 | select id, shipped_at')
    expect(options.record.modelCalls).toHaveLength(1)
    expect(options.budget.totals.turns).toBe(1)
  })

  it('asks once more after an answer that does not fit the schema, then gives up with the reason', async () => {
    const options = await setup([
      review({ verdict: 'maybe', summary: 'x' }, 'toolu_a'),
      review(
        { verdict: 'approve', summary: 'x', findings: [{ file: 'a', severity: 'urgent', text: 't' }] },
        'toolu_b',
      ),
    ])
    const result = await reviewWithModel(request, options)
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/no valid answer in 2 attempts/) })
    expect(server!.messageRequests).toHaveLength(2)
    expect(JSON.stringify(server!.messageRequests[1]?.body)).toContain(
      'Refused: invalid `record_review` input',
    )
  })

  it('makes no call when the budget has no turn left, and says so', async () => {
    const options = await setup([review({ verdict: 'approve', summary: 'x' })], { maxTurns: 0 })
    const result = await reviewWithModel(request, options)
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/budget left no room for the review/) })
    expect(server!.messageRequests).toHaveLength(0)
  })
})
