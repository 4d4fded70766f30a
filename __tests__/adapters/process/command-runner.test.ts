import { describe, expect, it } from '@jest/globals'
import os from 'node:os'
import { SpawnCommandRunner, type CommandOptions } from '../../../src/adapters/process/command-runner.js'
import { OutputTail } from '../../../src/adapters/process/output-tail.js'

const node = process.execPath
const cwd = os.tmpdir()

/** Runs a Node script; `abortOn` aborts the run once that text has appeared in standard output. */
async function runScript(script: string, options: Partial<CommandOptions> & { abortOn?: string } = {}) {
  const { abortOn, ...rest } = options
  const controller = new AbortController()
  let seen = ''
  const result = await new SpawnCommandRunner().run(node, ['-e', script], {
    cwd,
    signal: abortOn === undefined ? undefined : controller.signal,
    onOutput: (chunk, stream) => {
      if (stream === 'stdout') seen += chunk
      if (abortOn !== undefined && seen.includes(abortOn)) controller.abort()
    },
    ...rest,
  })
  return result
}

/** Records SIGINT and keeps running, as a process that cannot cancel in time would. */
const IGNORES_SIGINT = `
process.on('SIGINT', () => process.stdout.write('got SIGINT\\n'))
process.stdout.write('ready\\n')
setInterval(() => {}, 1000)
`

describe('SpawnCommandRunner stopping a command', () => {
  it('sends SIGINT, waits the grace period, then SIGKILL', async () => {
    const result = await runScript(IGNORES_SIGINT, { abortOn: 'ready', graceMs: 200 })

    expect(result.stdout).toBe('ready\ngot SIGINT\n')
    expect(result.exitCode).toBe(128 + os.constants.signals.SIGKILL)
    expect(result).toMatchObject({ aborted: true, timedOut: false })
  })

  it('lets a command that cancels on SIGINT finish on its own, without waiting the grace period', async () => {
    const cancels = `
process.on('SIGINT', () => {
  process.stdout.write('cancelling queries\\n')
  setTimeout(() => process.exit(2), 50)
})
process.stdout.write('ready\\n')
setInterval(() => {}, 1000)
`
    // A grace period longer than jest's test timeout: the test passes only if SIGKILL is never awaited.
    const result = await runScript(cancels, { abortOn: 'ready', graceMs: 600_000 })

    expect(result.stdout).toBe('ready\ncancelling queries\n')
    expect(result.exitCode).toBe(2)
    expect(result.aborted).toBe(true)
  })

  it('interrupts a command that runs past its timeout with SIGINT', async () => {
    const result = await runScript('setInterval(() => {}, 1000)', { timeoutMs: 100, graceMs: 600_000 })

    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBe(128 + os.constants.signals.SIGINT)
    expect(result.aborted).toBeUndefined()
  })

  it('stops a command whose signal had already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const result = await new SpawnCommandRunner().run(node, ['-e', 'setInterval(() => {}, 1000)'], {
      cwd,
      signal: controller.signal,
      graceMs: 600_000,
    })

    expect(result.aborted).toBe(true)
    expect(result.exitCode).not.toBe(0)
  })

  it('returns once a stopped command is gone, though a process it started still holds its output open', async () => {
    const spawnsHolder = `
const { spawn } = require('node:child_process')
const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'inherit', 'inherit'] })
process.on('SIGINT', () => {})
process.stdout.write('holder ' + holder.pid + '\\n')
setInterval(() => {}, 1000)
`
    const result = await runScript(spawnsHolder, { abortOn: '\n', graceMs: 100 })
    const holder = Number(/holder (\d+)/.exec(result.stdout)?.[1])
    try {
      expect(result.exitCode).toBe(128 + os.constants.signals.SIGKILL)
      expect(holder).toBeGreaterThan(0)
    } finally {
      process.kill(holder, 'SIGKILL')
    }
  })
})

describe('SpawnCommandRunner output', () => {
  it('streams every chunk to onOutput and keeps the tail when output is over the limit', async () => {
    const chunks: string[] = []
    const lines =
      'for (let i = 0; i < 200; i++) console.log("line " + i); console.error("Database Error at the end")'
    const result = await new SpawnCommandRunner().run(node, ['-e', lines], {
      cwd,
      maxOutputChars: 100,
      onOutput: (chunk, stream) => {
        if (stream === 'stdout') chunks.push(chunk)
      },
    })

    const full = Array.from({ length: 200 }, (_, i) => `line ${i}\n`).join('')
    expect(chunks.join('')).toBe(full)
    expect(result.stdout).toBe(
      `[… ${full.length - 100} characters of output cut; the last 100 are kept …]\n${full.slice(-100)}`,
    )
    expect(result.stderr).toBe('Database Error at the end\n')
  })

  it('resolves a missing executable with exit code 127', async () => {
    const result = await new SpawnCommandRunner().run('autopilot-no-such-command', [], { cwd })
    expect(result.exitCode).toBe(127)
    expect(result.stderr).toContain('ENOENT')
  })
})

describe('OutputTail', () => {
  it('keeps the last characters across many pushes and says how many were cut', () => {
    const tail = new OutputTail(10)
    for (let i = 0; i < 100; i++) tail.push(`${i % 10}`)
    expect(tail.text()).toBe('[… 90 characters of output cut; the last 10 are kept …]\n0123456789')
  })

  it('returns short output unchanged', () => {
    const tail = new OutputTail(10)
    tail.push('ok\n')
    expect(tail.text()).toBe('ok\n')
  })
})
