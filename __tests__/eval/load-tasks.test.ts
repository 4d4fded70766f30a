import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { EvalTaskError } from '../../src/eval/eval-task.js'
import { loadTasks } from '../../src/eval/load-tasks.js'

let root: string

/** A folder of files, from a map of relative paths to contents. */
async function tree(dir: string, files: Record<string, string>): Promise<string> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

const PATCH = '--- a/pipelines/x.sql\n+++ b/pipelines/x.sql\n@@ -1 +1 @@\n-select 1\n+select 2\n'

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'eval-load-'))
  await tree(path.join(root, 'projects', 'warehouse'), {
    'dbt_project.yml': 'name: warehouse\nmodel-paths: [pipelines]\n',
  })
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function tasksFolder(name: string, tasks: Record<string, Record<string, string>>): Promise<string> {
  const dir = path.join(root, name)
  for (const [task, files] of Object.entries(tasks)) await tree(path.join(dir, task), files)
  return dir
}

describe('loadTasks (task.yml)', () => {
  it('reads each task folder by name: project, ticket, reference and check', async () => {
    const dir = await tasksFolder('good', {
      'b-second': {
        'task.yml': 'project: ../../projects/warehouse\ncheck: dbt test --select x\n',
        'ticket.md': '# Second\n',
      },
      'a-first': {
        'task.yml':
          'id: first\nproject: ../../projects/warehouse\nticket: story.json\nreference: fix.patch\n',
        'story.json': '{"title": "First"}',
        'fix.patch': PATCH,
      },
      'not-a-task': { 'notes.txt': 'ignored' },
    })
    const tasks = await loadTasks(dir)
    expect(tasks.map((task) => task.id)).toEqual(['first', 'b-second'])
    expect(tasks[0]).toMatchObject({
      format: 'autopilot',
      project: path.join(root, 'projects', 'warehouse'),
      ticket: { kind: 'file', path: path.join(dir, 'a-first', 'story.json') },
      reference: PATCH,
    })
    expect(tasks[0]?.check).toBeUndefined()
    expect(tasks[1]).toMatchObject({ check: { command: 'dbt test --select x', files: [] } })
    expect(tasks[1]?.reference).toBeUndefined()
  })

  it('keeps the order of --task and refuses an id it does not have, listing those it has', async () => {
    const dir = await tasksFolder('only', {
      one: { 'task.yml': 'project: ../../projects/warehouse\ncheck: "true"\n', 'ticket.md': '# One\n' },
      two: { 'task.yml': 'project: ../../projects/warehouse\ncheck: "true"\n', 'ticket.md': '# Two\n' },
    })
    expect((await loadTasks(dir, { only: ['two', 'one'] })).map((task) => task.id)).toEqual(['two', 'one'])
    await expect(loadTasks(dir, { only: ['three'] })).rejects.toThrow(/No task three .*it has one, two/)
  })

  it.each([
    [
      'neither a reference nor a check',
      'project: ../../projects/warehouse\n',
      /neither `reference`.*nor `check`/,
    ],
    [
      'a project without dbt_project.yml',
      'project: ../..\ncheck: "true"\n',
      /`project` \.\.\/\.\. has no dbt_project.yml/,
    ],
    [
      'a missing reference',
      'project: ../../projects/warehouse\nreference: gone.patch\n',
      /`reference` gone.patch does not exist/,
    ],
    [
      'an unknown field',
      'project: ../../projects/warehouse\ncheck: "true"\nrefrence: x\n',
      /is not a task: .*refrence/,
    ],
    ['YAML that does not parse', 'project: [unclosed\n', /is not YAML/],
  ])('refuses a task with %s, naming the file', async (_case, taskYml, message) => {
    const dir = await tasksFolder(`bad-${Math.random().toString(36).slice(2)}`, {
      broken: { 'task.yml': taskYml, 'ticket.md': '# T\n' },
    })
    const loading = loadTasks(dir)
    await expect(loading).rejects.toThrow(EvalTaskError)
    await expect(loadTasks(dir)).rejects.toThrow(message)
    await expect(loadTasks(dir)).rejects.toThrow(path.join(dir, 'broken', 'task.yml'))
  })

  it('refuses two tasks with one id, and a folder with no task at all', async () => {
    const dir = await tasksFolder('twins', {
      a: { 'task.yml': 'id: same\nproject: ../../projects/warehouse\ncheck: "true"\n', 'ticket.md': '# A\n' },
      b: { 'task.yml': 'id: same\nproject: ../../projects/warehouse\ncheck: "true"\n', 'ticket.md': '# B\n' },
    })
    await expect(loadTasks(dir)).rejects.toThrow(/Two tasks .* have the id same/)
    await expect(loadTasks(path.join(root, 'projects'))).rejects.toThrow(/holds no task/)
    await expect(loadTasks(path.join(root, 'nowhere'))).rejects.toThrow(/does not exist: pass --tasks/)
  })
})
