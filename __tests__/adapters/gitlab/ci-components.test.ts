import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments } from 'yaml'
import { z } from 'zod'
import { runOptions } from '../../../src/cli/run-flags.js'

// The GitLab CI/CD components in templates/: GitLab's layout (a `spec:` document, then the job), every
// `$[[ inputs.x ]]` declared, and every flag they pass one the CLI's `run` knows.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

const Spec = z.object({
  spec: z.object({
    inputs: z.record(z.string(), z.object({ default: z.string().optional(), description: z.string() })),
  }),
})
const Job = z.record(
  z.string(),
  z.object({
    stage: z.string(),
    image: z.string(),
    rules: z.array(z.object({ if: z.string() })).min(1),
    before_script: z.array(z.string()),
    script: z.array(z.string()).length(1),
    artifacts: z.object({ when: z.literal('always'), paths: z.array(z.string()) }),
  }),
)

async function component(name: string) {
  const text = await readFile(path.join(ROOT, 'templates', `${name}.yml`), 'utf8')
  const documents = parseAllDocuments(text)
  expect(documents).toHaveLength(2)
  const [spec, job] = documents.map((document) => document.toJS() as unknown)
  return { text, spec: Spec.parse(spec), job: Job.parse(job) }
}

describe.each(['ticket', 'backlog'])('templates/%s.yml', (name) => {
  it('declares every input it interpolates, and uses every input it declares', async () => {
    const { text, spec } = await component(name)
    const body = text.slice(text.indexOf('\n---\n'))
    const used = new Set([...body.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((match) => match[1]))
    expect([...used].sort()).toEqual(Object.keys(spec.spec.inputs).sort())
  })

  it('runs the npm CLI with flags the CLI has, on GitLab, keeping the audit bundle', async () => {
    const { job } = await component(name)
    const [entry] = Object.values(job)
    const script = entry?.script[0] ?? ''
    expect(script).toMatch(/^npx --yes dbt-autopilot@\$\[\[ inputs\.version \]\] run /)
    const flags = [...script.matchAll(/--([a-z][\w-]*)/g)]
      .map((match) => match[1] ?? '')
      .filter((flag) => flag !== 'yes')
    const known = Object.keys(runOptions())
    expect(flags.filter((flag) => !known.includes(flag))).toEqual([])
    expect(flags).toEqual(expect.arrayContaining(['code-host', 'output-dir', 'base-branch']))
    expect(entry?.artifacts.paths).toEqual(['autopilot-out/'])
    expect(entry?.before_script.join('\n')).toContain('git remote set-url origin "$CI_PROJECT_URL.git"')
  })
})

describe('the components with GitLab issues as tickets', () => {
  it('takes a GitLab issue as the ticket, and a label backlog of GitLab issues', async () => {
    const ticket = await component('ticket')
    expect(ticket.spec.spec.inputs['ticket']?.description).toMatch(/a GitLab issue like #12/)
    expect(ticket.text).toContain('AUTOPILOT_TICKET=#12')
    const backlog = await component('backlog')
    expect(backlog.spec.spec.inputs['backlog-query']?.description).toMatch(/`label:<name>.*GitLab issues/)
    // The example the header shows is a label query, and it needs no Jira variables.
    expect(backlog.text).toMatch(/^#\s+backlog-query: 'label:autopilot'$/m)
    expect(backlog.text).toMatch(/plus JIRA_URL, JIRA_EMAIL and JIRA_API_TOKEN for a JQL backlog/)
  })
})
