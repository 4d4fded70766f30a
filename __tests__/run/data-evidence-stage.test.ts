import { describe, expect, it } from '@jest/globals'
import { DEFAULT_EVIDENCE_LIMITS, type EvidenceStage } from '../../src/evidence/evidence.js'
import type { EvidenceGatherer, EvidenceInput } from '../../src/evidence/gather-evidence.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { gatherEvidence, type GuardedChange } from '../../src/run/make-change.js'
import { RunRecord } from '../../src/run/run-record.js'
import { MemoryLog } from '../../src/shared/log.js'
import type { Validation } from '../../src/validate/validation.js'
import { manifest } from '../project/manifests/build.js'

const graph = manifestGraphOf(manifest({}))
const stage: EvidenceStage = {
  status: 'gathered',
  models: [],
  limits: DEFAULT_EVIDENCE_LIMITS,
  modelsNotCompared: [],
  modelsOutOfTime: [],
  launches: 1,
}

function change(ok: boolean): GuardedChange {
  const validation = { round: 1, ok } as Validation
  return {
    validations: [validation],
    assessment: { impact: { changed: [] }, findings: [], graph },
  } as unknown as GuardedChange
}

class Gatherer implements EvidenceGatherer {
  readonly limits = DEFAULT_EVIDENCE_LIMITS
  readonly asked: EvidenceInput[] = []
  constructor(private readonly answer: () => Promise<EvidenceStage | undefined>) {}
  gather(input: EvidenceInput): Promise<EvidenceStage | undefined> {
    this.asked.push(input)
    return this.answer()
  }
}

const base = { mode: 'deferred', stateDir: '/state', graph } as const
const run = async (gatherer: EvidenceGatherer | undefined, ok: boolean) => {
  const record = new RunRecord('run-1')
  const redact = (text: string) => text.replaceAll('s3cret', '***')
  await gatherEvidence(gatherer, { change: change(ok), base, log: new MemoryLog(), record, redact })
  return record.stages.evidence
}

describe('gatherEvidence (the stage)', () => {
  it('records the evidence of a passing validation, redacted', async () => {
    const gatherer = new Gatherer(() => Promise.resolve({ ...stage, reason: 'token s3cret' }))
    expect(await run(gatherer, true)).toEqual({ ...stage, reason: 'token ***' })
    expect(gatherer.asked[0]).toMatchObject({ mode: 'deferred', baseGraph: graph, graph })
  })

  it('asks nothing when validation failed or the input is off', async () => {
    const gatherer = new Gatherer(() => Promise.resolve(stage))
    expect(await run(gatherer, false)).toBeUndefined()
    expect(gatherer.asked).toHaveLength(0)
    expect(await run(undefined, true)).toBeUndefined()
  })

  it('never ends the run: a failure is recorded as evidence not gathered', async () => {
    const gatherer = new Gatherer(() => Promise.reject(new Error('Could not start dbt')))
    expect(await run(gatherer, true)).toMatchObject({ status: 'not-gathered', reason: 'Could not start dbt' })
  })
})
