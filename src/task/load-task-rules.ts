import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { BUILTIN_TASK_RULES, orderedTaskRules, type TaskRule } from './task-rules.js'
import { parseTaskRules } from './task-rules-file.js'

export const DEFAULT_TASK_RULES_FILE = '.autopilot/task-rules.yml'

/** The repository's classification rules (when it has the file), then the built-in ones. */
export async function loadTaskRules(
  repoDir: string,
  file = DEFAULT_TASK_RULES_FILE,
): Promise<readonly TaskRule[]> {
  const text = await readFile(path.join(repoDir, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  return text === undefined ? BUILTIN_TASK_RULES : orderedTaskRules(parseTaskRules(text, file))
}
