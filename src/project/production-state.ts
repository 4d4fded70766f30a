import path from 'node:path'
import type { CodeHost } from '../publish/code-host.js'
import {
  downloadProductionManifest,
  type ArtifactLocation,
  type ProductionManifest,
} from '../adapters/github/production-manifest-artifact.js'

/** Finds the production manifest to defer to; `found: false` says why the base is parsed instead. */
export type ProductionState = () => Promise<ProductionManifest>

/**
 * The `state-artifact` lookup: the default branch's latest successful `state-workflow` run. Everything that
 * can go wrong (no token, no run, expired artifact) becomes a reason, never an error: the run still
 * validates, only against the base branch parsed here.
 */
export function artifactProductionState(
  artifact: { name: string; workflow: string },
  github: (ArtifactLocation & { codeHost: CodeHost }) | undefined,
  destDir: string,
): ProductionState {
  return async () => {
    if (!github) {
      return {
        found: false,
        reason:
          '`state-artifact` needs `github-token` and GITHUB_REPOSITORY to download the production manifest.',
      }
    }
    let branch: string
    try {
      branch = await github.codeHost.getDefaultBranch()
    } catch (error) {
      return {
        found: false,
        reason: `Could not read the default branch to find the production manifest: ${error instanceof Error ? error.message : String(error)}`,
      }
    }
    return downloadProductionManifest(github, {
      workflow: artifact.workflow,
      artifactName: artifact.name,
      branch,
      destDir: path.join(destDir, 'production-artifact'),
    })
  }
}

/** One line for the PR body and the job summary: where the state that validation deferred to came from. */
export function describeProductionState(state: ProductionManifest): string {
  if (!state.found) return `Production state: not used. ${state.reason}`
  const when = state.createdAt ? ` (${state.createdAt.slice(0, 10)})` : ''
  return `Production state: \`manifest.json\` from artifact \`${state.artifactName}\` of [run ${state.runId}](${encodeURI(state.runUrl)})${when}.`
}
