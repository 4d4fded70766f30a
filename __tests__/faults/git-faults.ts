import { expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
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
    // Autopilot runs git with hooks switched off, so the race is staged by a `git` first on PATH that lets
    // the colleague push just before Autopilot's own push (after its fetch), once.
    const shim = await mkdtemp(path.join(tmpdir(), 'autopilot-git-shim-'))
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    await writeFile(
      path.join(shim, 'git'),
      [
        '#!/bin/sh',
        `for arg in "$@"; do`,
        `  if [ "$arg" = push ] && [ ! -e "${colleague}/.pushed" ]; then`,
        `    touch "${colleague}/.pushed"`,
        `    (unset $(${realGit} rev-parse --local-env-vars) GIT_CONFIG_COUNT; cd "${colleague}" && echo '-- colleague' >> models/legacy.sql && ${realGit} commit --quiet -am colleague && ${realGit} push --quiet origin ${BRANCH})`,
        '    break',
        '  fi',
        'done',
        `exec ${realGit} "$@"`,
      ].join('\n'),
    )
    await chmod(path.join(shim, 'git'), 0o755)
    const pathBefore = process.env.PATH
    process.env.PATH = `${shim}${path.delimiter}${pathBefore ?? ''}`
    const run = await stage.run().finally(() => {
      process.env.PATH = pathBefore
    })
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
