import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readAdeTask } from '../../src/eval/ade-task.js'
import { EvalTaskError } from '../../src/eval/eval-task.js'
import { loadTasks } from '../../src/eval/load-tasks.js'

// An ADE-bench checkout as github.com/dbt-labs/ade-bench lays it out: tasks/<id>/ beside shared/projects/
// and shared/databases/. The project and tasks are our own.
let ade: string

async function tree(dir: string, files: Record<string, string>): Promise<string> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

const SETUP_PATCH =
  '--- a/models/rides.sql\n+++ b/models/rides.sql\n@@ -1 +1 @@\n-select 1 as ok\n+select 0 as ok\n'
const SOLUTION_PATCH =
  '--- a/models/rides.sql\n+++ b/models/rides.sql\n@@ -1 +1 @@\n-select 0 as ok\n+select 1 as ok\n'

const TASK_YAML = `task_id: bikes003
status: ready
description: Fix the rides model
prompts:
  - key: base
    prompt: |-
      rides says 0 where it should say 1.
      Fix it.
  - key: terse
    prompt: rides is wrong
test_setup: |-
  dbt run --select rides
variants:
- db_type: snowflake
  db_name: bikes
  project_type: dbt
  project_name: bikes
- db_type: duckdb
  db_name: bikes
  project_type: dbt
  project_name: bikes
`

function taskFiles(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'task.yaml': TASK_YAML,
    'setup.sh':
      '#!/bin/bash\nset -euo pipefail\npatch -p1 < /app/setup/changes.patch\n\nset +euo pipefail\ndbt deps\ndbt run\n',
    'setup/changes.patch': SETUP_PATCH,
    'solution.sh': '#!/bin/bash\n## put it back\npatch -p1 < /sage/solutions/changes.patch\n',
    'solutions/changes.patch': SOLUTION_PATCH,
    'tests/AUTO_rides_equality.sql': '-- depends_on: {{ ref("rides") }}\nselect 1 where false\n',
    'tests/rides_ok.sql': '-- db: duckdb snowflake\nselect * from {{ ref("rides") }} where ok <> 1\n',
    'tests/snowflake_only.sql': '-- db: snowflake\nselect 1\n',
    'tests/fusion_only.sql': '-- project-type: dbt-fusion\nselect 1\n',
    'seeds/solution__rides.csv': 'ok\n1\n',
    'seeds/_no-op.txt': '',
    ...overrides,
  }
}

beforeAll(async () => {
  ade = await mkdtemp(path.join(os.tmpdir(), 'eval-ade-'))
  await tree(path.join(ade, 'shared', 'projects', 'dbt', 'bikes'), {
    'dbt_project.yml': "name: bikes\nprofile: 'bikes-duckdb'\n",
    'models/rides.sql': 'select 1 as ok\n',
  })
  await tree(path.join(ade, 'shared', 'databases', 'duckdb'), { 'bikes.duckdb': 'not really a database' })
})
afterAll(async () => {
  await rm(ade, { recursive: true, force: true })
})

async function task(name: string, overrides: Record<string, string> = {}): Promise<string> {
  return tree(path.join(ade, 'tasks', name), taskFiles(overrides))
}

describe('readAdeTask', () => {
  it('maps prompt, duckdb variant, setup patch, solution and tests onto an eval task', async () => {
    const dir = await task('bikes003')
    const mapped = await readAdeTask(dir, { root: ade })
    expect(mapped).toMatchObject({
      id: 'bikes003',
      format: 'ade-bench',
      project: path.join(ade, 'shared', 'projects', 'dbt', 'bikes'),
      ticket: {
        kind: 'text',
        key: 'BIKES003',
        title: 'Fix the rides model',
        body: 'rides says 0 where it should say 1.\nFix it.',
      },
      database: {
        source: path.join(ade, 'shared', 'databases', 'duckdb', 'bikes.duckdb'),
        name: 'bikes.duckdb',
      },
      setupPatch: SETUP_PATCH,
      reference: SOLUTION_PATCH,
    })
    expect(mapped.referenceProblem).toBeUndefined()
    // Only the tests that run on DuckDB with dbt Core, and the answer seeds (not the placeholder file).
    expect(mapped.check?.files.map((file) => `${file.into}:${path.basename(file.source)}`)).toEqual([
      'tests:AUTO_rides_equality.sql',
      'tests:rides_ok.sql',
      'seeds:solution__rides.csv',
    ])
    expect(mapped.check?.command).toBe(
      'dbt seed --select "path:$EVAL_SEEDS" && dbt run --select rides && dbt test --select "path:$EVAL_TESTS"',
    )
  })

  it('takes another prompt when asked, and names the prompts it has when the one asked for is missing', async () => {
    const dir = await task('bikes004')
    expect((await readAdeTask(dir, { root: ade, prompt: 'terse' })).ticket).toMatchObject({
      body: 'rides is wrong',
    })
    await expect(readAdeTask(dir, { root: ade, prompt: 'hard' })).rejects.toThrow(
      /has no prompt `hard` \(it has `base`, `terse`\)/,
    )
  })

  it('keeps a task whose solution it cannot replay, saying why the oracle cannot solve it', async () => {
    const dir = await task('bikes005', {
      'solution.sh': '#!/bin/bash\ncp /sage/solutions/rides.sql models/\n',
    })
    const mapped = await readAdeTask(dir, { root: ade })
    expect(mapped.reference).toBeUndefined()
    expect(mapped.referenceProblem).toMatch(
      /runs `cp \/sage\/solutions\/rides.sql models\/`, which eval does not replay/,
    )
  })

  it.each([
    [
      'only Snowflake and Fusion variants',
      {
        'task.yaml': TASK_YAML.replace(
          /- db_type: duckdb[\s\S]*$/,
          '- db_type: duckdb\n  project_type: dbt-fusion\n  project_name: bikes\n',
        ),
      },
      /no duckdb \+ dbt variant \(only snowflake \+ dbt, duckdb \+ dbt-fusion\).*not supported/,
    ],
    [
      'a setup script that runs Python',
      { 'setup.sh': '#!/bin/bash\npython3 /app/setup/mutate.py\n' },
      /setup.sh runs `python3 \/app\/setup\/mutate.py`, which eval does not replay/,
    ],
    [
      'no test for DuckDB',
      {
        'tests/AUTO_rides_equality.sql': '-- db: snowflake\nselect 1\n',
        'tests/rides_ok.sql': '-- db: snowflake\nselect 1\n',
      },
      /holds no dbt test that runs on DuckDB/,
    ],
    [
      'a project it cannot find',
      { 'task.yaml': TASK_YAML.replaceAll('project_name: bikes', 'project_name: trams') },
      /project trams is not at .*--ade-root/,
    ],
    [
      'a database it cannot find',
      { 'task.yaml': TASK_YAML.replaceAll('db_name: bikes', 'db_name: trams') },
      /trams.duckdb is not in .*gh release download databases/,
    ],
    [
      'no prompts',
      { 'task.yaml': TASK_YAML.replace(/prompts:[\s\S]*?test_setup/, 'prompts: []\ntest_setup') },
      /`prompts` must hold at least the `base` prompt/,
    ],
  ])('refuses a task with %s, saying what is not supported', async (_case, overrides, message) => {
    const dir = await task(`broken-${Math.random().toString(36).slice(2)}`, overrides)
    await expect(readAdeTask(dir, { root: ade })).rejects.toThrow(EvalTaskError)
    await expect(readAdeTask(dir, { root: ade })).rejects.toThrow(message)
  })

  it('is what loadTasks reads from a task.yaml, with the checkout two folders up unless --ade-root says', async () => {
    const tasksDir = path.join(ade, 'copies', 'tasks')
    await tree(path.join(tasksDir, 'bikes010'), taskFiles())
    await expect(loadTasks(tasksDir)).rejects.toThrow(/project bikes is not at/)
    const [loaded] = await loadTasks(tasksDir, { adeRoot: ade })
    expect(loaded).toMatchObject({ id: 'bikes003', format: 'ade-bench' })
  })
})
