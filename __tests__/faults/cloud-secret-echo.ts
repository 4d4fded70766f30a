import { execFileSync } from 'node:child_process'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { copyShopProject } from '../fakes/shop-copy.js'

// A shop whose profile names AWS_SESSION_TOKEN (so the sandbox would pass it in, were it not a known secret)
// and one model that fails dbt's parse with what dbt sees in it: `token unset` when the sandbox kept it out,
// the value itself otherwise. Every shell that parses a project says dbt's error, so each can be asked.

export const ECHOED_VARIABLE = 'AWS_SESSION_TOKEN'
export const CLOUD_SECRET = 'sessionTokenOfTheRunnersCloudRole'
export const KEPT_OUT = 'token unset'

/**
 * The echoing shop: a git repository with the echo `committed`, or with it as the working tree's change
 * (`uncommitted`), or a plain folder (`none`).
 */
export async function echoingShop(echo: 'committed' | 'uncommitted' | 'none'): Promise<string> {
  const dir = await copyShopProject()
  const profile = path.join(dir, 'profiles.yml')
  await writeFile(
    profile,
    (await readFile(profile, 'utf8')).replace(
      'path: target/shop.duckdb',
      `path: "{{ 'target/shop.duckdb' if env_var('${ECHOED_VARIABLE}', '') else 'target/shop.duckdb' }}"`,
    ),
  )
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@x.test', ...args], { cwd: dir })
  if (echo !== 'none') git('init', '-q', '-b', 'main')
  if (echo === 'uncommitted') {
    git('add', '-A')
    git('commit', '-q', '-m', 'shop')
  }
  await appendFile(
    path.join(dir, 'models', 'marts', 'customers.sql'),
    `\n{{ exceptions.raise_compiler_error('token ' ~ env_var('${ECHOED_VARIABLE}', 'unset')) }}\n`,
  )
  if (echo === 'committed') {
    git('add', '-A')
    git('commit', '-q', '-m', 'shop')
  }
  return dir
}
