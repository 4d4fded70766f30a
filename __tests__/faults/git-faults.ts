import { expect } from '@jest/globals'
import { chmod, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { sh, write } from '../publish/git-fixture.js'
import type { FaultLedger } from './fault-ledger.js'
import { BRANCH, expectOutcome, type FaultStage } from './fault-stage.js'

async function hook(dir: string, name: string, body: string): Promise<void> {
  const file = path.join(dir, 'hooks', name)
  await writeFile(file, `#!/bin/sh\n${body}\n`)
  await chmod(file, 0o755)
}

export function gitFaults(ledger: FaultLedger, stage: FaultStage): void {
  ledger.fault('git', 'push rejected: the branch moved (concurrent push)', async () => {
    // An earlier run's branch exists; a colleague pushes to it right after Autopilot fetched it.
    const colleague = stage.repo.clone('colleague')
    sh(colleague, 'checkout', '--quiet', '-b', BRANCH)
    await write(colleague, 'models/orders.sql', 'select 1 as id -- earlier run\n')
    sh(colleague, 'commit', '--quiet', '-am', 'earlier run')
    sh(colleague, 'push', '--quiet', 'origin', BRANCH)
    // Fires when the fetch updates origin's tracking ref: between Autopilot's fetch and its push.
    await hook(
      path.join(stage.repo.work, '.git'),
      'reference-transaction',
      [
        `[ "$1" = committed ] || exit 0`,
        `grep -q 'refs/remotes/origin/${BRANCH}$' || exit 0`,
        `[ -e "${colleague}/.pushed" ] && exit 0`,
        `touch "${colleague}/.pushed"`,
        `unset $(git rev-parse --local-env-vars)`,
        `cd "${colleague}" && echo '-- colleague' >> models/legacy.sql && git commit --quiet -am colleague && git push --quiet origin ${BRANCH}`,
      ].join('\n'),
    )
    const run = await stage.run()
    const colleagueHead = sh(colleague, 'rev-parse', 'HEAD')
    const status = expectOutcome(
      run,
      'failed:publish',
      /changed on "origin" while Autopilot was publishing.*re-run/,
    )
    expect(stage.remoteHead()).toBe(colleagueHead)
    expect(stage.github.state.pulls).toHaveLength(0)
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('git', 'push rejected: protected branch (pre-receive hook)', async () => {
    await hook(
      stage.repo.remote,
      'pre-receive',
      `echo "remote: error: GH006: Protected branch update failed for refs/heads/${BRANCH}." >&2\nexit 1`,
    )
    const run = await stage.run()
    const status = expectOutcome(run, 'failed:publish', /was rejected.*choose another `branch-prefix`/s)
    expect(stage.remoteHead()).toBeUndefined()
    expect(stage.github.state.pulls).toHaveLength(0)
    return { status, dataLost: await stage.lostWork(run) }
  })
}
