import { expect } from '@jest/globals'
import type { FaultAction } from './fault-proxy.js'
import type { FaultLedger } from './fault-ledger.js'
import {
  EDIT,
  expectOutcome,
  finishTurn,
  renameTurn,
  toolTurn,
  type FaultStage,
  type RunOptions,
} from './fault-stage.js'

const MESSAGES = '/v1/messages'

const apiError = (status: number, type: string, headers: Record<string, string> = {}): FaultAction => ({
  kind: 'reply',
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ type: 'error', error: { type, message: `injected ${type}` } }),
})

export function anthropicFaults(ledger: FaultLedger, stage: FaultStage): void {
  const inject = (...actions: FaultAction[]) => {
    for (const action of actions) stage.anthropicProxy.faults.push({ method: 'POST', path: MESSAGES, action })
  }
  const messageCalls = () => stage.anthropicProxy.requests.filter((r) => r.path === MESSAGES)
  /** The run starts the scripted server itself; faults are queued once its proxy exists. */
  const runWith = (actions: FaultAction[], options: RunOptions = {}) =>
    stage.run({ ...options, beforeRun: () => inject(...actions) })
  const nothingPublished = () => {
    expect(stage.remoteHead()).toBeUndefined()
    expect(stage.github.state.pulls).toHaveLength(0)
  }

  ledger.fault('Anthropic', '429 with retry-after: 1, then success (SDK retry)', async () => {
    const run = await runWith([apiError(429, 'rate_limit_error', { 'retry-after': '1' })])
    const status = expectOutcome(run, 'pr-opened', /Opened PR/)
    const [first, second] = messageCalls()
    expect(first?.answer).toBe('reply')
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
    expect(messageCalls()).toHaveLength(3)
    expect(stage.github.state.pulls).toHaveLength(1)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('Anthropic', '500, then success (SDK retry)', async () => {
    const run = await runWith([apiError(500, 'api_error', { 'retry-after-ms': '10' })])
    const status = expectOutcome(run, 'pr-opened', /Opened PR/)
    expect(messageCalls()).toHaveLength(3)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('Anthropic', '529 overloaded on every attempt (retries exhausted)', async () => {
    const overloaded = apiError(529, 'overloaded_error', { 'retry-after-ms': '10' })
    const run = await runWith([overloaded, overloaded, overloaded, overloaded])
    const status = expectOutcome(run, 'failed:model', /overloaded even after retries: run the workflow again/)
    expect(messageCalls()).toHaveLength(3)
    nothingPublished()
    return { status, dataLost: false }
  })

  ledger.fault(
    'Anthropic',
    'no answer (call timeout bounded by max-minutes)',
    async () => {
      // The fake never answers: only the call timeout ends the run, with this message.
      const run = await runWith([{ kind: 'hang' }], { inputs: { 'max-minutes': '0.1' } })
      const status = expectOutcome(run, 'failed:model', /timed out.*raise input `max-minutes`/)
      nothingPublished()
      return { status, dataLost: false }
    },
    30_000,
  )

  ledger.fault('Anthropic', 'malformed body after the first edit (work kept)', async () => {
    const malformed: FaultAction = {
      kind: 'reply',
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: 'event: message_start\ndata: {"type":"message_start","message":{not json\n\n',
    }
    const run = await runWith([{ kind: 'forward', before: async () => undefined }, malformed])
    const status = expectOutcome(run, 'pr-opened', /Opened draft PR/)
    expect(run.result?.record.stages.change?.draftReason).toMatch(/model API failed/)
    expect(stage.github.state.pulls).toMatchObject([{ draft: true }])
    expect(stage.remoteModel()).toBe(EDIT)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('Anthropic', 'tool input that fails validation (error back to the model)', async () => {
    const bad = toolTurn('edit_file', { path: 42, old: [], new: null }, 'toolu_bad')
    const run = await stage.run({ script: [bad, renameTurn, finishTurn] })
    const status = expectOutcome(run, 'pr-opened', /Opened PR/)
    const [rejected] = run.audit?.run.toolCalls ?? []
    expect(rejected).toMatchObject({ name: 'edit_file', ok: false })
    expect(rejected?.error).toMatch(/path/)
    expect(stage.remoteModel()).toBe(EDIT)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('Anthropic', 'max_tokens stop after an edit (draft PR says why)', async () => {
    const cut = {
      content: [{ type: 'text' as const, text: 'Now I will' }],
      stop_reason: 'max_tokens' as const,
    }
    const run = await stage.run({ script: [renameTurn, cut] })
    const status = expectOutcome(run, 'pr-opened', /Opened draft PR/)
    expect(run.result?.record.stages.change?.draftReason).toMatch(/stopped without finishing \(max_tokens\)/)
    expect(stage.github.state.pulls).toMatchObject([{ draft: true }])
    return { status, dataLost: await stage.lostWork(run) }
  })
}
