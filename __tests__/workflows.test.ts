import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { z } from 'zod'
import { INPUTS } from '../src/config/inputs.js'

/**
 * The example workflows (and the reusable workflow we ship) are what users copy, so they are checked
 * against the action itself: every input they pass exists, required inputs are given, permissions are the
 * least that work, each run is serialised per ticket, and the trigger matches the file's purpose.
 */

const ACTION = /^autopilot-dev\/autopilot@v\d+$/
const REUSABLE = /^autopilot-dev\/autopilot\/\.github\/workflows\/autopilot\.yml@v\d+$/
const MODES = ['run', 'plan-backlog', 'backlog', 'detect-schema-drift']

const StepSchema = z.looseObject({
  id: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.unknown()).optional(),
})
type Step = z.infer<typeof StepSchema>
const PermissionsSchema = z.union([z.record(z.string(), z.string()), z.enum(['read-all', 'write-all'])])
const JobSchema = z.looseObject({
  if: z.string().optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  permissions: PermissionsSchema.optional(),
  concurrency: z.object({ group: z.string(), 'cancel-in-progress': z.boolean() }).optional(),
  'timeout-minutes': z.number().optional(),
  strategy: z.looseObject({ matrix: z.unknown(), 'max-parallel': z.number().optional() }).optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  steps: z.array(StepSchema).optional(),
  uses: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  secrets: z.union([z.record(z.string(), z.string()), z.literal('inherit')]).optional(),
})
type Job = z.infer<typeof JobSchema>
const WorkflowSchema = z.looseObject({
  name: z.string(),
  on: z.record(z.string(), z.unknown()),
  permissions: PermissionsSchema.optional(),
  jobs: z.record(z.string(), JobSchema),
})
type Workflow = z.infer<typeof WorkflowSchema>
const ActionYamlSchema = z.object({
  inputs: z.record(
    z.string(),
    z.object({ required: z.boolean().optional(), default: z.string().optional() }),
  ),
  outputs: z.record(z.string(), z.unknown()),
})
const CallSchema = z.object({
  inputs: z.record(z.string(), z.looseObject({ required: z.boolean().optional(), default: z.unknown() })),
  secrets: z.record(z.string(), z.looseObject({ required: z.boolean().optional() })),
})

const root = new URL('../', import.meta.url)
const examplesDir = new URL('examples/workflows/', root)
const exampleNames = (await readdir(examplesDir)).filter((name) => name.endsWith('.yml')).sort()
const REUSABLE_FILE = '.github/workflows/autopilot.yml'

async function load(url: URL): Promise<Workflow> {
  return WorkflowSchema.parse(parse(await readFile(url, 'utf8')))
}
const workflows: Record<string, Workflow> = {}
for (const name of exampleNames) workflows[name] = await load(new URL(name, examplesDir))
workflows[REUSABLE_FILE] = await load(new URL(REUSABLE_FILE, root))
const call = () => CallSchema.parse(workflows[REUSABLE_FILE]?.on['workflow_call'])
const action = ActionYamlSchema.parse(parse(await readFile(new URL('action.yml', root), 'utf8')))

// The issue-3 inputs are used by the examples before action.yml has them: the report names each missing
// place, so the failure says exactly what to add where.
const specInputs = new Map(INPUTS.map((input) => [input.name, input]))
const actionInputs = action.inputs

function actionSteps(job: Job): Step[] {
  return (job.steps ?? []).filter((step) => step.uses !== undefined && ACTION.test(step.uses))
}
function eachActionStep(fn: (file: string, jobName: string, job: Job, step: Step) => void): void {
  for (const [file, workflow] of Object.entries(workflows))
    for (const [jobName, job] of Object.entries(workflow.jobs))
      for (const step of actionSteps(job)) fn(file, jobName, job, step)
}
const modeOf = (step: Step) => String(step.with?.['mode'] ?? 'run')

/**
 * Least permissions per job. The GITHUB_TOKEN gets only what is listed once any permission is listed, so
 * each workflow denies everything at the top (`permissions: {}`) and grants per job:
 * - a job that runs a ticket (dispatch, label, comment, matrix entry, one-job backlog, reusable) pushes the
 *   ticket's branch (contents: write), opens or updates its PR (pull-requests: write), and keeps the
 *   tracking comment or replies on the GitHub issue/PR thread (issues: write);
 * - the plan job writes nothing: it lists labelled issues and reads clarifying-question state
 *   (issues: read), lists open PRs to skip tickets that have one (pull-requests: read), and checks out
 *   the repository for its configuration and run history (contents: read).
 */
const RUN = { contents: 'write', 'pull-requests': 'write', issues: 'write' }
const PLAN = { contents: 'read', issues: 'read', 'pull-requests': 'read' }
const PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'comment-command.yml': { autopilot: RUN },
  'dispatch.yml': { autopilot: RUN },
  // Also the OIDC token configure-aws-credentials exchanges for the Bedrock role.
  'enterprise-server.yml': { autopilot: { ...RUN, 'id-token': 'write' } },
  'issue-label.yml': { autopilot: RUN },
  'nightly-matrix.yml': { plan: PLAN, ticket: RUN },
  'nightly-one-job.yml': { backlog: RUN },
  'reusable-call.yml': { autopilot: RUN },
  // Also downloads the deploy workflow's manifest artifact (`state-artifact`).
  'schema-drift.yml': { drift: { ...RUN, actions: 'read' } },
  [REUSABLE_FILE]: { autopilot: RUN },
}

/**
 * One group per ticket, shared by every trigger (`#42` for issues, so a dispatch of `#42` and a label on
 * issue 42 queue behind each other). The one-job backlog cannot name a ticket, so it serialises nightly
 * runs; the reusable workflow leaves the group to its caller (the same group on both sides deadlocks).
 */
const CONCURRENCY: Record<string, Record<string, string | undefined>> = {
  'comment-command.yml': { autopilot: 'autopilot-#${{ github.event.issue.number }}' },
  'dispatch.yml': { autopilot: 'autopilot-${{ inputs.ticket }}' },
  'enterprise-server.yml': { autopilot: 'autopilot-${{ inputs.ticket }}' },
  'issue-label.yml': { autopilot: 'autopilot-#${{ github.event.issue.number }}' },
  'nightly-matrix.yml': { plan: 'autopilot-backlog-plan', ticket: 'autopilot-${{ matrix.ticket }}' },
  'nightly-one-job.yml': { backlog: 'autopilot-backlog' },
  'reusable-call.yml': { autopilot: 'autopilot-${{ inputs.ticket }}' },
  'schema-drift.yml': { drift: 'autopilot-schema-drift' },
  [REUSABLE_FILE]: { autopilot: undefined },
}

/** The events each file is for, with the activity types where they matter. */
const TRIGGERS: Record<string, Record<string, unknown>> = {
  'comment-command.yml': { issue_comment: { types: ['created'] } },
  'dispatch.yml': { workflow_dispatch: expect.anything() },
  'enterprise-server.yml': { workflow_dispatch: expect.anything() },
  'issue-label.yml': { issues: { types: ['opened', 'labeled'] } },
  'nightly-matrix.yml': { schedule: [{ cron: expect.any(String) }] },
  'nightly-one-job.yml': { schedule: [{ cron: expect.any(String) }] },
  'reusable-call.yml': { workflow_dispatch: expect.anything() },
  'schema-drift.yml': { schedule: [{ cron: expect.any(String) }] },
  [REUSABLE_FILE]: { workflow_call: expect.anything() },
}

describe('example workflows', () => {
  it('are the eight documented ones', () => {
    expect(exampleNames).toEqual([
      'comment-command.yml',
      'dispatch.yml',
      'enterprise-server.yml',
      'issue-label.yml',
      'nightly-matrix.yml',
      'nightly-one-job.yml',
      'reusable-call.yml',
      'schema-drift.yml',
    ])
  })

  it('pass only inputs the action declares, in action.yml and in src/config/inputs.ts', () => {
    const problems: string[] = []
    eachActionStep((file, jobName, _job, step) => {
      for (const key of Object.keys(step.with ?? {})) {
        const missing = [
          ...(actionInputs[key] ? [] : ['action.yml']),
          ...(specInputs.has(key) ? [] : ['INPUTS in src/config/inputs.ts']),
        ]
        if (missing.length > 0)
          problems.push(`${file} (${jobName}) passes \`${key}\`, missing from ${missing.join(' and ')}`)
      }
    })
    expect(problems).toEqual([])
  })

  it('give every required input', () => {
    const required = Object.entries(actionInputs)
      .filter(([, input]) => input.required === true && input.default === undefined)
      .map(([name]) => name)
    const problems: string[] = []
    eachActionStep((file, jobName, _job, step) => {
      for (const name of required)
        if (step.with?.[name] === undefined)
          problems.push(
            `${file} (${jobName}) does not pass required input \`${name}\` (mode ${modeOf(step)})`,
          )
    })
    expect(problems).toEqual([])
  })

  it('read only outputs the action declares', () => {
    const problems: string[] = []
    for (const [file, workflow] of Object.entries(workflows)) {
      const ids = new Set(
        Object.values(workflow.jobs).flatMap((job) =>
          actionSteps(job).flatMap((step) => (step.id ? [step.id] : [])),
        ),
      )
      const text = JSON.stringify(workflow)
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (id && output && ids.has(id) && !(output in action.outputs))
          problems.push(`${file} reads output \`${output}\`, missing from action.yml`)
      }
    }
    expect(problems).toEqual([])
  })

  it('use a known mode with the inputs that mode needs', () => {
    eachActionStep((file, jobName, _job, step) => {
      const mode = modeOf(step)
      const where = `${file} (${jobName})`
      expect([where, MODES.includes(mode) || /^\$\{\{.*\}\}$/.test(mode)]).toEqual([where, true])
      if (mode === 'plan-backlog' || mode === 'backlog') {
        expect([where, typeof step.with?.['backlog-query']]).toEqual([where, 'string'])
        expect([where, step.with?.['ticket']]).toEqual([where, undefined])
      }
      if (mode === 'backlog') {
        for (const name of ['max-tickets', 'backlog-max-cost-usd', 'backlog-max-minutes'])
          expect([where, name, step.with?.[name] !== undefined]).toEqual([where, name, true])
      }
    })
  })

  it('grant the least permissions that work, denying the rest at the top', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      if (file !== REUSABLE_FILE) expect([file, workflow.permissions]).toEqual([file, {}])
      const granted = Object.fromEntries(
        Object.entries(workflow.jobs).map(([name, job]) => [name, job.permissions ?? workflow.permissions]),
      )
      expect([file, granted]).toEqual([file, PERMISSIONS[file]])
    }
  })

  it('serialise runs per ticket without cancelling one in progress', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      const groups = Object.fromEntries(
        Object.entries(workflow.jobs).map(([name, job]) => [name, job.concurrency?.group]),
      )
      expect([file, groups]).toEqual([file, CONCURRENCY[file]])
      for (const job of Object.values(workflow.jobs))
        if (job.concurrency) expect([file, job.concurrency['cancel-in-progress']]).toEqual([file, false])
    }
  })

  it('trigger on the event each file is for', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      expect([file, workflow.on]).toEqual([file, TRIGGERS[file]])
    }
    const dispatch = z
      .object({ inputs: z.object({ ticket: z.object({ required: z.literal(true) }) }) })
      .safeParse(workflows['dispatch.yml']?.on['workflow_dispatch'])
    expect(dispatch.success).toBe(true)
  })

  it('filter the label and the comment phrase before a runner starts', () => {
    expect(workflows['issue-label.yml']?.jobs['autopilot']?.if).toContain(
      "github.event.label.name == 'autopilot'",
    )
    expect(workflows['comment-command.yml']?.jobs['autopilot']?.if).toBe(
      "startsWith(github.event.comment.body, '/autopilot')",
    )
  })

  it('check out the repository, and install dbt and sqlfluff wherever tickets run', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        if (job.uses) continue
        const steps = job.steps ?? []
        const where = `${file} (${jobName})`
        expect([where, steps[0]?.uses]).toEqual([where, 'actions/checkout@v5'])
        if (!actionSteps(job).some((step) => modeOf(step) !== 'plan-backlog')) continue
        expect([where, steps.some((s) => s.uses === 'actions/setup-python@v6')]).toEqual([where, true])
        const install = steps.find((s) => s.run?.includes('pip install'))
        // The reusable workflow installs `python-packages`, whose default is the list.
        const defaults = file === REUSABLE_FILE ? JSON.stringify(call().inputs['python-packages']) : ''
        const packages = `${install?.run ?? ''} ${JSON.stringify(install?.env ?? {})} ${defaults}`
        expect([where, /dbt-core dbt-duckdb sqlfluff/.test(packages)]).toEqual([where, true])
      }
    }
  })

  it('never splice expressions into shell scripts (issue titles and comments are untrusted)', () => {
    for (const [file, workflow] of Object.entries(workflows))
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? [])
          expect([file, step.run ?? '']).not.toEqual([file, expect.stringContaining('${{')])
  })
})

describe('nightly backlog workflows', () => {
  const matrix = workflows['nightly-matrix.yml']
  const plan = matrix?.jobs['plan']
  const fanOut = matrix?.jobs['ticket']

  it('fan the plan job’s matrix out one ticket per job, skipping an empty plan', () => {
    const planStep = actionSteps(plan ?? {}).at(0)
    expect(planStep?.with?.['mode']).toBe('plan-backlog')
    expect(plan?.outputs).toEqual({
      matrix: `\${{ steps.${planStep?.id}.outputs.matrix }}`,
      count: `\${{ steps.${planStep?.id}.outputs.count }}`,
    })
    expect(fanOut?.needs).toBe('plan')
    expect(fanOut?.if).toBe("needs.plan.outputs.count != '0'")
    expect(fanOut?.strategy?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}')
    expect(fanOut?.strategy?.['max-parallel']).toBeGreaterThan(0)
    expect(actionSteps(fanOut ?? {}).at(0)?.with?.['ticket']).toBe('${{ matrix.ticket }}')
  })

  it('give the one-job backlog a job timeout above its own minute budget, so it stops cleanly first', () => {
    const job = workflows['nightly-one-job.yml']?.jobs['backlog']
    const minutes = Number(actionSteps(job ?? {}).at(0)?.with?.['backlog-max-minutes'])
    expect(minutes).toBeGreaterThan(0)
    expect(job?.['timeout-minutes']).toBeGreaterThan(minutes)
  })
})

describe('reusable workflow', () => {
  const reusable = workflows[REUSABLE_FILE]
  const caller = workflows['reusable-call.yml']?.jobs['autopilot']

  it('documents every input and secret', () => {
    for (const [name, spec] of [...Object.entries(call().inputs), ...Object.entries(call().secrets)])
      expect([name, typeof spec['description']]).toEqual([name, 'string'])
  })

  it('is called with declared inputs and secrets, the required ones included', () => {
    expect(caller?.uses).toMatch(REUSABLE)
    expect(Object.keys(caller?.with ?? {}).filter((key) => !(key in call().inputs))).toEqual([])
    const secrets = caller?.secrets === 'inherit' ? {} : (caller?.secrets ?? {})
    expect(Object.keys(secrets).filter((key) => !(key in call().secrets))).toEqual([])
    for (const [name, spec] of Object.entries(call().secrets))
      if (spec.required) expect([name, name in secrets]).toEqual([name, true])
    for (const [name, spec] of Object.entries(call().inputs))
      if (spec.required) expect([name, name in (caller?.with ?? {})]).toEqual([name, true])
  })

  it('runs the published action, not the caller’s checkout, and passes every workflow input on', () => {
    const step = actionSteps(reusable?.jobs['autopilot'] ?? {}).at(0)
    expect(step?.uses).toMatch(ACTION)
    const text = JSON.stringify(reusable?.jobs)
    const unused = Object.keys(call().inputs).filter((name) => !text.includes(`inputs.${name}`))
    expect(unused).toEqual([])
  })

  it('asks for no permission its caller does not grant', () => {
    const asked = reusable?.jobs['autopilot']?.permissions
    expect(asked).toEqual(caller?.permissions)
  })
})
