import { z } from 'zod'
import { DbtError } from '../adapters/dbt/dbt-error.js'
import type { NodeResult } from './validation.js'

const RunResultSchema = z.looseObject({
  unique_id: z.string(),
  status: z.string(),
  message: z.string().nullish(),
  failures: z.number().nullish(),
  execution_time: z.number().default(0),
})

/** The part of dbt's run_results.json (schema v6; older versions share it) that validation reads. */
const RunResultsSchema = z.looseObject({
  metadata: z.looseObject({ dbt_schema_version: z.string().optional() }).optional(),
  results: z.array(RunResultSchema),
})

/** Parses run_results.json text into node results; `fileOf` adds each node's project-relative file. */
export function parseRunResults(
  text: string,
  fileOf: (uniqueId: string) => string | undefined = () => undefined,
): NodeResult[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new DbtError(`dbt wrote a run_results.json that is not JSON (${(error as Error).message})`, {
      cause: error,
    })
  }
  const parsed = RunResultsSchema.safeParse(json)
  if (!parsed.success) {
    throw new DbtError(`dbt's run_results.json has an unexpected shape: ${z.prettifyError(parsed.error)}`)
  }
  return parsed.data.results.map((result) => {
    const node: NodeResult = {
      uniqueId: result.unique_id,
      status: result.status,
      executionTimeS: result.execution_time,
    }
    if (result.message) node.message = result.message
    if (typeof result.failures === 'number') node.failures = result.failures
    const file = fileOf(result.unique_id)
    if (file) node.file = file
    return node
  })
}

const FAILED_STATUSES = new Set(['error', 'fail', 'runtime error'])

/** A node that makes the build fail: an error, a failed test or unit test. Warnings and skips do not. */
export function isFailure(result: NodeResult): boolean {
  return FAILED_STATUSES.has(result.status)
}
