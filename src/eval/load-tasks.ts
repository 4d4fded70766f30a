import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { ADE_TASK_FILE, readAdeTask } from './ade-task.js'
import { EvalTaskError, type EvalTask } from './eval-task.js'
import { readTaskFile, TASK_FILE } from './task-file.js'

export interface LoadOptions {
  /** Only these task ids, in this order; every one must exist. */
  only?: readonly string[]
  /** The ADE-bench checkout its tasks' projects and databases are in; default two folders above a task. */
  adeRoot?: string
  adePrompt?: string
}

/**
 * The tasks of a folder: the folder itself when it holds a task file, else each subfolder that does
 * (`task.yml` ours, `task.yaml` ADE-bench's), by name.
 */
export async function loadTasks(folder: string, options: LoadOptions = {}): Promise<EvalTask[]> {
  const root = path.resolve(folder)
  if (!existsSync(root))
    throw new EvalTaskError(`The tasks folder ${root} does not exist: pass --tasks <folder>.`)
  const dirs = isTaskDir(root)
    ? [root]
    : (await readdir(root, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && isTaskDir(path.join(root, entry.name)))
        .map((entry) => path.join(root, entry.name))
        .sort()
  if (dirs.length === 0) {
    throw new EvalTaskError(
      `${root} holds no task: each task is a folder with ${TASK_FILE} (see docs/eval.md) or ADE-bench's ${ADE_TASK_FILE}.`,
    )
  }
  const tasks: EvalTask[] = []
  for (const dir of dirs) {
    tasks.push(
      existsSync(path.join(dir, TASK_FILE))
        ? await readTaskFile(dir)
        : await readAdeTask(dir, {
            root: options.adeRoot ?? path.resolve(dir, '..', '..'),
            ...(options.adePrompt ? { prompt: options.adePrompt } : {}),
          }),
    )
  }
  const ids = new Set<string>()
  for (const task of tasks) {
    if (ids.has(task.id))
      throw new EvalTaskError(`Two tasks in ${root} have the id ${task.id}: give each its own.`)
    ids.add(task.id)
  }
  if (!options.only?.length) return tasks
  const missing = options.only.filter((id) => !ids.has(id))
  if (missing.length > 0) {
    throw new EvalTaskError(`No task ${missing.join(', ')} in ${root} (it has ${[...ids].join(', ')}).`)
  }
  return options.only.map((id) => tasks.find((task) => task.id === id)!)
}

function isTaskDir(dir: string): boolean {
  return existsSync(path.join(dir, TASK_FILE)) || existsSync(path.join(dir, ADE_TASK_FILE))
}
