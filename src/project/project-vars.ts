import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { DbtError } from '../adapters/dbt/dbt-error.js'
import { isRecord } from './graph.js'

/** The `vars:` block of a project's dbt_project.yml (empty when it has none). */
export async function readProjectVars(dir: string): Promise<Record<string, unknown>> {
  const file = path.join(dir, 'dbt_project.yml')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new DbtError(`Cannot read ${file}: pass the folder that holds the project's dbt_project.yml`, {
      cause: error,
    })
  }
  let json: unknown
  try {
    json = parseYaml(text)
  } catch (error) {
    throw new DbtError(`${file} is not valid YAML (${(error as Error).message})`, { cause: error })
  }
  return isRecord(json) && isRecord(json.vars) ? json.vars : {}
}
