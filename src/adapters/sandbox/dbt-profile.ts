import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml, stringify } from 'yaml'
import { z } from 'zod'

/**
 * Where dbt finds profiles.yml, in dbt's own order: `--profiles-dir` (input `profiles-dir`),
 * `DBT_PROFILES_DIR`, the project folder (dbt's working directory), `~/.dbt`. Undefined when none holds
 * one (dbt then fails with its own message).
 */
export function locateProfilesDir(
  configured: string | undefined,
  projectDir: string,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const candidates = [
    configured,
    env.DBT_PROFILES_DIR,
    projectDir,
    env.HOME && path.join(env.HOME, '.dbt'),
  ].filter((dir): dir is string => Boolean(dir))
  return candidates.find((dir) => existsSync(path.join(dir, 'profiles.yml')))
}

const OutputSchema = z.looseObject({ type: z.string().optional(), path: z.string().optional() })
const ProfilesSchema = z.record(
  z.string(),
  z.looseObject({ target: z.string().optional(), outputs: z.record(z.string(), OutputSchema).optional() }),
)
export type ProfileOutput = z.infer<typeof OutputSchema>

/** The parsed profiles.yml and the output (target) dbt will use. */
export interface ProfileTarget {
  profiles: z.infer<typeof ProfilesSchema>
  output: ProfileOutput
}

/** Finds the output dbt uses: the project's profile, the given target or the profile's default. */
export function profileTarget(
  text: string,
  profileName: string | undefined,
  target: string | undefined,
): ProfileTarget | undefined {
  let parsed: unknown
  try {
    parsed = parseYaml(text)
  } catch {
    return undefined
  }
  const profiles = ProfilesSchema.safeParse(parsed)
  if (!profiles.success || !profileName) return undefined
  const profile = profiles.data[profileName]
  const outputName = target ?? profile?.target
  const output = outputName ? profile?.outputs?.[outputName] : undefined
  return output ? { profiles: profiles.data, output } : undefined
}

/** A DuckDB file on this machine (not MotherDuck, not in memory): SQL needs no network. */
export function isLocalDuckdb(output: ProfileOutput): boolean {
  const file = output.path ?? ':memory:'
  return output.type === 'duckdb' && !/^(md|motherduck):/i.test(file) && !file.includes('{{')
}

/** Profile keys that make DuckDB load code or reach files and servers: external access stays on. */
const NEEDS_EXTERNAL_ACCESS = ['extensions', 'plugins', 'attach', 'filesystems', 'secrets', 'module_paths']

/** Why SQL's own file access must stay on for this DuckDB output; undefined when it can be switched off. */
export function externalAccessNeed(output: ProfileOutput): string | undefined {
  const declared = NEEDS_EXTERNAL_ACCESS.filter((key) => output[key] !== undefined)
  if (declared.length > 0) return `the profile declares ${declared.map((key) => `\`${key}\``).join(', ')}`
  const settings = output.settings
  if (settings && typeof settings === 'object' && 'enable_external_access' in settings)
    return 'the profile sets `enable_external_access` itself'
  return undefined
}

export const LOCKDOWN_MODULE = 'autopilot_duckdb_lockdown'

// A dbt-duckdb plugin: it runs once on the database connection before any cursor, which per-cursor
// `settings:` cannot do (DuckDB refuses to set `allowed_directories` again once access is off).
const LOCKDOWN_PLUGIN = `"""Written by Autopilot for one run: DuckDB's own file and network access off, seed folders excepted."""
from dbt.adapters.duckdb.plugins import BasePlugin


def _literal(text):
    return "'" + str(text).replace("'", "''") + "'"


class Plugin(BasePlugin):
    def initialize(self, plugin_config):
        self.allowed = [str(folder) for folder in plugin_config.get("allowed_directories", [])]

    def configure_connection(self, conn):
        if self.allowed:
            conn.execute("SET allowed_directories = [" + ", ".join(_literal(d) for d in self.allowed) + "]")
        conn.execute("SET enable_external_access = false")
`

/**
 * Writes the run's copy of profiles.yml into `dir`: the user's file as it is, except that a local DuckDB
 * output gets the lockdown plugin (file access from SQL off; `allowedDirectories`, the seed folders, stay
 * readable because dbt-duckdb loads seeds with `COPY … FROM`).
 */
export async function writeSandboxProfile(options: {
  dir: string
  text: string
  target: ProfileTarget | undefined
  lockdown: boolean
  allowedDirectories: string[]
}): Promise<void> {
  await mkdir(options.dir, { recursive: true })
  let text = options.text
  if (options.lockdown && options.target) {
    const { output, profiles } = options.target
    output.module_paths = [options.dir]
    output.plugins = [
      {
        module: LOCKDOWN_MODULE,
        config: { allowed_directories: options.allowedDirectories.map((d) => `${d.replace(/\/+$/, '')}/`) },
      },
    ]
    text = stringify(profiles, { lineWidth: 0 })
    await writeFile(path.join(options.dir, `${LOCKDOWN_MODULE}.py`), LOCKDOWN_PLUGIN)
  }
  await writeFile(path.join(options.dir, 'profiles.yml'), text)
}
