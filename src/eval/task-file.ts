import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { EvalTaskError, type EvalTask } from './eval-task.js'

/** Our own task file, `task.yml`: paths are relative to the task's folder. */
export const TASK_FILE = 'task.yml'

const relativePath = z.string().trim().min(1, 'must be a path relative to the task folder')

const TaskFileSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]+$/, 'may hold only letters, digits, `.`, `_` and `-`')
    .optional(),
  project: relativePath,
  ticket: relativePath.default('ticket.md'),
  reference: relativePath.optional(),
  check: z.string().trim().min(1, 'must be a shell command, e.g. `dbt test --select my_model`').optional(),
})

/** Reads `<dir>/task.yml` into a task; every problem is an `EvalTaskError` naming the file and field. */
export async function readTaskFile(dir: string): Promise<EvalTask> {
  const file = path.join(dir, TASK_FILE)
  let data: unknown
  try {
    data = parseYaml(await readFile(file, 'utf8'))
  } catch (error) {
    throw new EvalTaskError(`${file} is not YAML (${firstLine(error)}): fix its syntax.`)
  }
  const parsed = TaskFileSchema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `\`${issue.path.join('.') || 'file'}\` ${issue.message}`,
    )
    throw new EvalTaskError(`${file} is not a task: ${problems.join('; ')}.`)
  }
  const task = parsed.data
  if (!task.reference && !task.check) {
    throw new EvalTaskError(
      `${file} says neither \`reference\` (a patch of the correct change) nor \`check\` (a command that exits 0 on a correct change): a task needs at least one to be scored.`,
    )
  }
  const project = path.resolve(dir, task.project)
  if (!existsSync(path.join(project, 'dbt_project.yml'))) {
    throw new EvalTaskError(
      `${file}: \`project\` ${task.project} has no dbt_project.yml (looked in ${project}).`,
    )
  }
  const ticket = existing(file, dir, 'ticket', task.ticket)
  return {
    id: task.id ?? path.basename(dir),
    dir,
    format: 'autopilot',
    project,
    ticket: { kind: 'file', path: ticket },
    ...(task.reference
      ? { reference: await readFile(existing(file, dir, 'reference', task.reference), 'utf8') }
      : {}),
    ...(task.check ? { check: { command: task.check, files: [] } } : {}),
  }
}

function existing(file: string, dir: string, field: string, relative: string): string {
  const absolute = path.resolve(dir, relative)
  if (!existsSync(absolute))
    throw new EvalTaskError(`${file}: \`${field}\` ${relative} does not exist (looked at ${absolute}).`)
  return absolute
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
