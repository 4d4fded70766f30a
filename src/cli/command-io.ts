import { readFile } from 'node:fs/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { loadManifestGraph, type ManifestGraph } from '../project/graph.js'

/** Where a command writes: process.stdout, or a buffer in tests. */
export interface Output {
  write(text: string): unknown
}

/** The command cannot run as asked (bad flags, unreadable input): exit code 2 with this message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/** Flags parsed strictly; unknown flags and stray arguments are usage errors naming the usage line. */
export function parseFlags<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`)
  }
}

export function requireFlag(value: string | undefined, flag: string, usage: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required.\n${usage}`)
  return value
}

/** A manifest.json as a graph; a missing file or unsupported schema is a usage error saying what to do. */
export async function readManifestGraph(file: string): Promise<ManifestGraph> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new UsageError(
      `Cannot read ${file} (${code}): pass the path of a manifest.json that \`dbt parse\` wrote (target/manifest.json).`,
    )
  }
  try {
    return loadManifestGraph(text, file)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Runs a command body; usage errors print to `errors` and exit 2. */
export async function withUsageErrors(errors: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    errors.write(`dbt-autopilot: ${error.message}\n`)
    return 2
  }
}

/** A command as the CLI calls it: its arguments, where to write, where usage errors go. */
export type Command = (args: string[], out: Output, errors?: Output) => Promise<number>

/** A command whose flags are parsed strictly against `usage`; usage errors print and exit 2. */
export function flagCommand<T extends Options>(
  usage: string,
  options: T,
  body: (flags: ReturnType<typeof parseFlags<T>>, out: Output) => Promise<number>,
): Command {
  return (args, out, errors = process.stderr) =>
    withUsageErrors(errors, () => body(parseFlags(args, options, usage), out))
}
