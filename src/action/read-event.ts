import { readFile } from 'node:fs/promises'
import { TriggerError } from '../triggers/trigger-error.js'

/**
 * The event payload GitHub wrote for this job (`GITHUB_EVENT_PATH`), or `{}` outside Actions. Read here
 * rather than through `@actions/github`'s context, which reads the environment at import time.
 */
export async function readEventPayload(env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return {}
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new TriggerError(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error instanceof Error ? error.message : String(error)}. Unset GITHUB_EVENT_PATH when running outside GitHub Actions.`,
    )
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new TriggerError(`The event payload at GITHUB_EVENT_PATH=${path} is not JSON.`)
  }
}
