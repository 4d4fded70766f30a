/**
 * What became of each phase: `committed` (validated and on the branch), `no-change` (the model left its
 * layer as it was), `failed` (validation still failed after repair, or the model stopped: the run stopped
 * here), `not-started` (after a failure).
 */
export type PhaseStatus = 'committed' | 'no-change' | 'failed' | 'not-started'

export interface PhaseRecord {
  number: number
  layer: string
  models: string[]
  status: PhaseStatus
  /** Files this phase changed (relative to the workspace root until published, then to the repository). */
  files: string[]
  /** The validation rounds that checked this phase (the last decides). */
  rounds: number[]
  /** The model's summary of the phase. */
  summary?: string
  /** Why the phase failed. */
  reason?: string
  /** The phase's commit on the branch, once published. */
  commitSha?: string
}

/** `RunStages.phases`: the plan and each phase's outcome; `stoppedAt` is the phase that failed. */
export interface PhasesStage {
  reason: string
  phases: PhaseRecord[]
  stoppedAt?: number
  /** The patch of the failed phase's edits, which were taken out of the published change. */
  failedPatch?: string
}
