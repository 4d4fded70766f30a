import { describe, expect, it } from '@jest/globals'
import type { PhasesStage } from '../../src/phases/phase-record.js'
import { phasesMarkdown } from '../../src/report/phases-markdown.js'
import { phaseDraftReason } from '../../src/run/phase-publication.js'
import type { Validation } from '../../src/validate/validation.js'

const round = (number: number, ok: boolean): Validation => ({
  round: number,
  ok,
  dbt: { ok, mode: 'with-parents', command: 'dbt build', exitCode: ok ? 0 : 1, results: [] },
  lint: { ok: true, files: [], violations: [] },
  changedModels: [],
})

function stopped(): PhasesStage {
  return {
    reason: 'the models span 3 layers (bronze → silver → gold), ordered by the DAG',
    stoppedAt: 2,
    failedPatch: '--- a/models/silver/s.sql\n+++ b/models/silver/s.sql\n+    max(x) as y\n',
    phases: [
      {
        number: 1,
        layer: 'bronze',
        models: ['b'],
        status: 'committed',
        files: ['models/bronze/b.sql'],
        rounds: [1],
        commitSha: 'a'.repeat(40),
      },
      {
        number: 2,
        layer: 'silver',
        models: ['s'],
        status: 'failed',
        files: ['models/silver/s.sql'],
        rounds: [2, 3],
        reason: 'validation still fails after 1 repair round(s) (round 3)',
      },
      { number: 3, layer: 'gold', models: ['g|h'], status: 'not-started', files: [], rounds: [] },
    ],
  }
}

describe('the phases section', () => {
  it('is empty for a change without phases', () => {
    expect(phasesMarkdown(undefined, [])).toBe('')
    expect(phaseDraftReason(undefined)).toBeUndefined()
  })

  it('lists each phase with its rounds, verdict, status and commit, and where the change stopped', () => {
    const markdown = phasesMarkdown(stopped(), [round(1, true), round(2, false), round(3, false)])
    expect(markdown).toContain(
      '| 1 | bronze | b | passed (round 1): `models/bronze/b.sql` | ✅ committed | `aaaaaaaaaaaa` |',
    )
    expect(markdown).toContain(
      '| 2 | silver | s | failed (rounds 2–3): `models/silver/s.sql` | ❌ stopped here |  |',
    )
    // A model name with a pipe cannot break the table.
    expect(markdown).toContain('| 3 | gold | g\\|h | — | ⏸ not started |  |')
    expect(markdown).toContain(
      '**Stopped at phase 2 (silver):** validation still fails after 1 repair round(s)',
    )
    expect(markdown).toMatch(
      /<details><summary>Phase 2's edits, not in this branch<\/summary>\n\n```+diff\n--- a\/models\/silver/,
    )
  })

  it('says in the draft reason where the change stopped and what the branch holds', () => {
    expect(phaseDraftReason(stopped())).toBe(
      "The phased change stopped at phase 2 of 3 (silver): validation still fails after 1 repair round(s) (round 3). The branch holds phase 1 (validated); phase 2's edits are not in it. Phase 3 did not start.",
    )
    const first = stopped()
    first.stoppedAt = 1
    first.phases[0]!.status = 'failed'
    first.phases[0]!.reason = 'the model stopped at a limit: max-turns'
    first.phases[1]!.status = 'not-started'
    expect(phaseDraftReason(first)).toBe(
      'The phased change stopped at phase 1 of 3 (bronze): the model stopped at a limit: max-turns. Phase 1 is the first, so the branch holds its work as far as it got. Phases 2, 3 did not start.',
    )
  })
})
