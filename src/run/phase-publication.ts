import type { PhasesStage } from '../phases/phase-record.js'
import type { PublishBranchResult } from '../publish/publish-branch.js'
import type { GuardedChange } from './make-change.js'
import { repositoryPaths } from './make-change.js'
import type { PhaseToCommit } from './publish-change.js'

/**
 * The committed phases as their commits are made: each phase's files, repository-relative, as it left them.
 * The record's phase files are named as the repository names them from here on.
 */
export function publishablePhases(
  stage: PhasesStage | undefined,
  guarded: GuardedChange,
  paths: { repoDir: string; root: string },
): PhaseToCommit[] {
  if (!stage) return []
  for (const entry of stage.phases) entry.files = repositoryPaths(paths.repoDir, paths.root, entry.files)
  if (!guarded.snapshots) return []
  return guarded.snapshots.map(({ phase, files }) => {
    const entry = stage.phases[phase - 1]
    return {
      number: phase,
      total: stage.phases.length,
      layer: entry?.layer ?? '',
      summary: entry?.summary ?? '',
      files: [...files].map(([file, content]) => ({
        path: repositoryPaths(paths.repoDir, paths.root, [file])[0] as string,
        content,
      })),
    }
  })
}

/** The failed phase's files, repository-relative, as it left them (absent unless a later phase failed). */
export function failedPhaseFiles(
  guarded: GuardedChange,
  paths: { repoDir: string; root: string },
): PhaseToCommit['files'] | undefined {
  if (!guarded.failedPhase) return undefined
  return [...guarded.failedPhase.files].map(([file, content]) => ({
    path: repositoryPaths(paths.repoDir, paths.root, [file])[0] as string,
    content,
  }))
}

/** Each committed phase's commit and its files as the repository names them, once published. */
export function notePhaseCommits(
  stage: PhasesStage | undefined,
  committed: readonly PhaseToCommit[],
  published: PublishBranchResult,
): void {
  if (!stage) return
  const commits =
    published.commits ?? (committed.length === 1 && published.commitSha ? [published.commitSha] : [])
  committed.forEach((phase, index) => {
    const entry = stage.phases[phase.number - 1]
    const sha = commits[index]
    if (entry && sha) entry.commitSha = sha
  })
}

/** Why a phased change that stopped is a draft: where it stopped, why, and what the branch holds. */
export function phaseDraftReason(stage: PhasesStage | undefined): string | undefined {
  if (!stage || stage.stoppedAt === undefined) return undefined
  const total = stage.phases.length
  const failed = stage.phases[stage.stoppedAt - 1]
  const committed = stage.phases.filter((phase) => phase.status === 'committed').map((phase) => phase.number)
  const notStarted = stage.phases
    .filter((phase) => phase.status === 'not-started')
    .map((phase) => phase.number)
  const holds =
    committed.length > 0
      ? `The branch holds phase${committed.length > 1 ? 's' : ''} ${committed.join(', ')} (validated); phase ${stage.stoppedAt}'s edits are not in it.`
      : `Phase ${stage.stoppedAt} is the first, so the branch holds its work as far as it got.`
  const rest =
    notStarted.length > 0
      ? ` Phase${notStarted.length > 1 ? 's' : ''} ${notStarted.join(', ')} did not start.`
      : ''
  return `The phased change stopped at phase ${stage.stoppedAt} of ${total} (${failed?.layer ?? '?'}): ${failed?.reason ?? 'it failed'}. ${holds}${rest}`
}
