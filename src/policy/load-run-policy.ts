import type { Settings } from '../config/settings.js'
import type { CommandRunner } from '../adapters/process/command-runner.js'
import { RunStop } from '../run/run-stop.js'
import { loadPolicy } from './load-policy.js'
import type { ResolvedPolicy } from './merge-policy.js'
import { PolicyError } from './parse-policy.js'
import { GitPolicySource } from './policy-source.js'

/** The repository's policy, following `extends` to other repositories; no file means no policy. */
export async function loadRunPolicy(
  settings: Settings,
  context: { repoDir: string; pushToken?: string; serverUrl?: string },
  commands: CommandRunner,
): Promise<ResolvedPolicy> {
  const source = new GitPolicySource(commands, {
    serverUrl: context.serverUrl ?? 'https://github.com',
    token: context.pushToken,
  })
  try {
    return await loadPolicy({ repoDir: context.repoDir, file: settings.policyFile, source })
  } catch (error) {
    if (error instanceof PolicyError) throw new RunStop('failed:config', error.message)
    throw error
  }
}
