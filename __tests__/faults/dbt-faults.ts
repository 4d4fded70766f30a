import { expect } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { FaultLedger } from './fault-ledger.js'
import { expectOutcome, type FaultStage } from './fault-stage.js'

export function dbtFaults(ledger: FaultLedger, stage: FaultStage): void {
  const nothingPublished = () => {
    expect(stage.remoteHead()).toBeUndefined()
    expect(stage.github.state.pulls).toHaveLength(0)
  }
  /** The base is parsed with the given dbt (no production manifest), so it fails before any model call. */
  const baseParseWith = async (executable: string, phrase: RegExp, inputs: Record<string, string> = {}) => {
    const run = await stage.run({ inputs: { 'dbt-executable': executable, 'state-manifest': '', ...inputs } })
    const status = expectOutcome(run, 'failed:dbt', phrase)
    expect(stage.anthropicProxy.requests).toHaveLength(0)
    nothingPublished()
    return { status, dataLost: await stage.lostWork(run) }
  }

  ledger.fault('dbt', 'executable missing', () =>
    baseParseWith('/nonexistent/bin/dbt', /Could not start dbt.*set input `dbt-executable`/),
  )
  ledger.fault('dbt', 'crashes (exit 139, traceback on stderr)', () =>
    baseParseWith(path.join(stage.bin, 'dbt-crash'), /dbt parse failed.*Segmentation fault/s),
  )
  // The stand-in sleeps 30 s; only the runner's timer ends it early, with this message.
  ledger.fault('dbt', 'hangs past dbt-timeout-minutes', () =>
    baseParseWith(path.join(stage.bin, 'dbt-hang'), /raise input `dbt-timeout-minutes`/, {
      'dbt-timeout-minutes': '0.01',
    }),
  )

  ledger.fault('sqlfluff', 'executable missing (lint on)', async () => {
    const run = await stage.run({
      inputs: { lint: 'true', 'sqlfluff-executable': '/nonexistent/bin/sqlfluff' },
    })
    const status = expectOutcome(run, 'failed:dbt', /Could not start sqlfluff.*or set `lint: false`/)
    // Found missing before the model spent anything, so no edit can be lost.
    expect(stage.anthropicProxy.requests).toHaveLength(0)
    nothingPublished()
    return { status, dataLost: await stage.lostWork(run) }
  })

  ledger.fault('filesystem', 'output folder not writable (under a regular file)', async () => {
    const file = path.join(stage.bin, 'not-a-folder')
    await writeFile(file, '')
    const run = await stage.run({ outDir: path.join(file, 'out') })
    expect(run.result).toBeUndefined()
    const message = run.thrown instanceof Error ? run.thrown.message : String(run.thrown)
    expect(stage.anthropicProxy.requests).toHaveLength(0)
    nothingPublished()
    const clear = /output-dir/.test(message)
    return {
      status: clear ? 'failed:config' : `thrown: ${message.split(':')[0] ?? ''}`,
      dataLost: false,
      survived: clear,
    }
  })
}
