import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import { SpawnCommandRunner } from '../adapters/process/command-runner.js'
import { Git } from '../adapters/git/git.js'
import { GitHistoryStore } from '../adapters/git/git-history-store.js'
import type { HistoryStore } from './history-store.js'

/** The run history on the `autopilot-history` branch, when the run can push to the repository. */
export function openHistory(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
): HistoryStore | undefined {
  if (!environment.repository || !settings.githubToken || settings.dryRun) return undefined
  const git = new Git(
    new SpawnCommandRunner(),
    environment.workspace ?? process.cwd(),
    settings.githubToken,
    {
      serverUrl: environment.serverUrl,
    },
  )
  return new GitHistoryStore({ git, log })
}
