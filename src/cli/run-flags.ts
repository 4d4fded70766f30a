import path from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { INPUT_ENVIRONMENT } from '../config/input-wording.js'
import { INPUTS, type InputSpec } from '../config/inputs.js'

// `run`'s flags are the Action's inputs, generated from INPUTS so the two cannot drift: `--<input>` for
// every input, `--<input>`/`--no-<input>` for the true/false ones, and the short names the CLI had first.

type Options = NonNullable<ParseArgsConfig['options']>

/** Inputs whose value is true or false: plain switches on a terminal. */
const SWITCHES = new Set(
  INPUTS.filter((input) => input.default === 'true' || input.default === 'false').map((input) => input.name),
)

/** Inputs that name a file or folder: relative values are from the current folder, as a shell reads them. */
const PATH_INPUTS = new Set(['project-dir', 'profiles-dir', 'state-manifest', 'policy-file', 'output-dir'])

/** The CLI's first flag names, kept as aliases of the inputs they set. */
export const RUN_ALIASES: Readonly<Record<string, string>> = {
  project: 'project-dir',
  target: 'dbt-target',
  dbt: 'dbt-executable',
  sqlfluff: 'sqlfluff-executable',
  out: 'output-dir',
}

export function runOptions(): Options {
  const options: Options = {}
  for (const input of INPUTS) {
    if (SWITCHES.has(input.name)) {
      options[input.name] = { type: 'boolean' }
      options[`no-${input.name}`] = { type: 'boolean' }
    } else options[input.name] = { type: 'string' }
  }
  for (const alias of Object.keys(RUN_ALIASES)) options[alias] = { type: 'string' }
  options['no-lint'] = { type: 'boolean' }
  options['schema-drift'] = { type: 'boolean' }
  return options
}

export type RunFlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>

/**
 * The inputs the flags set, with paths made relative to the repository as the settings expect them
 * (`repoDir`), after resolving them from `cwd`. A ticket that names a file under `cwd` becomes its
 * absolute path, since ticket files are otherwise read from the repository root.
 */
export function inputsFromFlags(
  values: RunFlagValues,
  options: { cwd: string; repoDir: string; ticketFileExists: (file: string) => boolean },
): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const [flag, value] of Object.entries(values)) {
    if (value === undefined || Array.isArray(value)) continue
    if (flag === 'schema-drift') {
      if (value === true) raw.mode = 'detect-schema-drift'
    } else if (flag === 'no-lint') {
      if (value === true) raw.lint = 'false'
    } else if (flag.startsWith('no-') && SWITCHES.has(flag.slice(3))) {
      if (value === true) raw[flag.slice(3)] = 'false'
    } else if (typeof value === 'boolean') {
      if (value) raw[flag] = 'true'
    } else raw[RUN_ALIASES[flag] ?? flag] = value
  }
  for (const name of PATH_INPUTS) {
    const value = raw[name]
    if (value === undefined || value.trim() === '') continue
    const absolute = path.resolve(options.cwd, value)
    raw[name] = name === 'output-dir' ? absolute : path.relative(options.repoDir, absolute) || '.'
  }
  const ticket = raw.ticket?.trim()
  if (ticket && !path.isAbsolute(ticket) && options.ticketFileExists(path.resolve(options.cwd, ticket)))
    raw.ticket = path.resolve(options.cwd, ticket)
  return raw
}

/** `run --help`: every input as its flag, with the environment variable that also sets it. */
export function runFlagsHelp(): string {
  const aliasOf = Object.fromEntries(Object.entries(RUN_ALIASES).map(([alias, input]) => [input, alias]))
  const lines = INPUTS.map((input) => {
    const alias = aliasOf[input.name]
    const flag = SWITCHES.has(input.name)
      ? `--${input.name}, --no-${input.name}`
      : `--${input.name} <value>${alias ? ` (or --${alias})` : ''}`
    const env = INPUT_ENVIRONMENT[input.name]
    return `  ${flag}\n      ${firstSentence(input)}${env ? ` Environment: ${env}.` : ''}${defaultOf(input)}`
  })
  return lines.join('\n')
}

function firstSentence(input: InputSpec): string {
  const match = /^(.*?\.)(?=\s+[A-Z]|$)/.exec(input.description)
  return (match?.[1] ?? input.description).replace(/`/g, '')
}

function defaultOf(input: InputSpec): string {
  if (input.default === undefined || input.default === '' || input.default.includes('${{')) return ''
  return ` Default: ${input.default}.`
}
