import type { CommandOptions, CommandResult, CommandRunner } from '../process/command-runner.js'
import { bubblewrapArgs, probeBubblewrap } from './bubblewrap.js'
import { SandboxError, type SandboxReport, type SandboxSpec } from './sandbox-spec.js'

/** The spec of the run's sandbox, prepared once before the first command (it reads the profile). */
export interface PreparedSandbox {
  spec: SandboxSpec
  externalAccess?: SandboxReport['externalAccess']
}

export interface SandboxOptions {
  mode: 'auto' | 'required'
  /** The bwrap executable: a name on PATH or a path. */
  executable: string
  prepare: () => Promise<PreparedSandbox>
  /** Told once, before the first command runs, how the run's commands are contained. */
  onReport?: (report: SandboxReport) => void
}

/** Differences for one kind of command, e.g. `dbt deps` needs the network to fetch packages. */
export interface SandboxVariant {
  network?: boolean
  writable?: string[]
}

interface Ready {
  spec: SandboxSpec
  contained: boolean
}

/**
 * The run's sandbox: probes bubblewrap and prepares the spec once, then hands out `CommandRunner`s that
 * run each command inside it. Unsandboxed (`auto` without a working bwrap) a command still gets only the
 * allow-listed environment.
 */
export class Sandbox {
  private ready?: Promise<Ready>

  constructor(
    private readonly inner: CommandRunner,
    private readonly options: SandboxOptions,
  ) {}

  runner(variant: SandboxVariant = {}): CommandRunner {
    return { run: (command, args, options) => this.run(variant, command, args, options) }
  }

  private async run(
    variant: SandboxVariant,
    command: string,
    args: string[],
    options: CommandOptions,
  ): Promise<CommandResult> {
    const ready = await (this.ready ??= this.start())
    const spec: SandboxSpec = {
      ...ready.spec,
      env: { ...ready.spec.env, ...options.env },
      network: variant.network ?? ready.spec.network,
      writable: [...ready.spec.writable, ...(variant.writable ?? [])],
    }
    // Everything but the environment passes through: the allow-list replaces what the command inherits.
    const run: CommandOptions = { ...options, env: spec.env, inheritEnv: false }
    if (!ready.contained) return this.inner.run(command, args, run)
    const result = await this.inner.run(
      this.options.executable,
      bubblewrapArgs(spec, command, args, options.cwd),
      run,
    )
    // bwrap's own "execvp dbt: No such file or directory" is the command missing, as without a sandbox.
    const missing = result.exitCode === 1 && /^bwrap: execvp .*No such file or directory/m.test(result.stderr)
    return { ...result, command, args, exitCode: missing ? 127 : result.exitCode }
  }

  private async start(): Promise<Ready> {
    const { mode, executable } = this.options
    const prepared = await this.options.prepare()
    const probe = await probeBubblewrap(this.inner, executable, prepared.spec.env.PATH ?? '')
    if (!probe.ok && mode === 'required') {
      throw new SandboxError(
        `Input \`sandbox: required\`, but ${probe.reason}: install it (\`sudo apt-get install -y bubblewrap\`) or set \`sandbox: auto\`. Nothing model-written was run.`,
      )
    }
    const report: SandboxReport = {
      mode,
      contained: probe.ok,
      ...(probe.ok ? { network: prepared.spec.network } : { reason: probe.reason }),
      ...(prepared.externalAccess ? { externalAccess: prepared.externalAccess } : {}),
    }
    this.options.onReport?.(report)
    return { spec: prepared.spec, contained: probe.ok }
  }
}
