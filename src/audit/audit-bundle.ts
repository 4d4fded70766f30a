import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { canonicalJson, chainLines, ChainHeadSchema, sha256Hex, withoutKeys } from './audit-chain.js'
import { redactDeep, type Redactor } from '../shared/redact.js'
import type { RunRecord } from '../run/run-record.js'
import { readIfPresent } from '../shared/read-if-present.js'
import { usageByStage } from '../agent/usage-by-stage.js'

export const AUDIT_SCHEMA_VERSION = 1

export const AUDIT_FILES = {
  run: 'run.json',
  events: 'events.jsonl',
  diff: 'diff.patch',
  prBody: 'pr-body.md',
} as const

const UsageSchema = z.object({
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheCreationInputTokens: z.number(),
  cacheReadInputTokens: z.number(),
})

const TicketSchema = z.object({
  key: z.string(),
  source: z.enum(['jira', 'github', 'gitlab', 'file', 'schema-drift']),
  title: z.string(),
  body: z.string(),
  labels: z.array(z.string()),
  url: z.string().optional(),
  fields: z.record(z.string(), z.string()),
  updated: z.string().optional(),
  report: z.string().optional(),
})

export const RunEventSchema = z.object({
  at: z.string(),
  stage: z.string(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
})

/** The shape of `run.json`; tests and later tools (history, re-runs) read bundles through it. */
export const AuditRunSchema = z.object({
  schemaVersion: z.literal(AUDIT_SCHEMA_VERSION),
  runId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  status: z.string().optional(),
  statusMessage: z.string().optional(),
  /** Actor, repository, workflow run and the like, as the trigger stage recorded them. */
  context: z.record(z.string(), z.unknown()),
  /** Settings with every secret reduced to whether it was set. */
  settings: z.record(z.string(), z.unknown()),
  ticket: z.object({ snapshot: TicketSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  modelCalls: z.array(
    z.object({
      turn: z.number(),
      model: z.string(),
      usage: UsageSchema,
      costUsd: z.number(),
      stopReason: z.string(),
      durationMs: z.number(),
      stage: z.enum(['classifier', 'agent', 'review']).optional(),
      inputEstimate: z.object({ tokens: z.number(), counted: z.boolean() }).optional(),
    }),
  ),
  /** The model calls by stage: models, tokens, the share of input read from the cache, cost. */
  modelUsage: z
    .array(
      z.object({
        stage: z.string(),
        models: z.array(z.string()),
        calls: z.number(),
        inputTokens: z.number(),
        cacheReadInputTokens: z.number(),
        cacheCreationInputTokens: z.number(),
        outputTokens: z.number(),
        cacheReadShare: z.number(),
        costUsd: z.number(),
        countedCalls: z.number(),
      }),
    )
    .optional(),
  toolCalls: z.array(
    z.object({
      turn: z.number(),
      name: z.string(),
      input: z.record(z.string(), z.unknown()),
      ok: z.boolean(),
      error: z.string().optional(),
      durationMs: z.number().optional(),
      outcome: z.string().optional(),
      summary: z.string().optional(),
    }),
  ),
  commands: z.array(
    z.object({
      command: z.string(),
      args: z.array(z.string()),
      cwd: z.string(),
      exitCode: z.number(),
      durationMs: z.number(),
      timedOut: z.boolean(),
    }),
  ),
  /** Stage results by name (validation rounds, impact, publish...). */
  stages: z.record(z.string(), z.unknown()),
  costUsd: z.number(),
  diff: z.string(),
  commitSha: z.string().optional(),
  prUrl: z.string().optional(),
  prNumber: z.number().optional(),
  branch: z.string().optional(),
  /** Head of the hash chain over events.jsonl; absent in bundles written before the chain existed. */
  audit: ChainHeadSchema.optional(),
})

/** The last record of events.jsonl: digests of the other files, so the chain covers them too. */
export const SEAL_STAGE = 'audit'
export const SEAL_MESSAGE = 'sealed'

export const SealDataSchema = z.object({
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
})

/** The digest the seal holds for run.json: its canonical JSON without the `audit` head (which covers the seal). */
export function runJsonDigest(run: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(withoutKeys(run, ['audit'])))
}

export type AuditRun = z.infer<typeof AuditRunSchema>

export interface AuditBundleInput {
  record: RunRecord
  /** Already reduced by `redactSettings`; the redactor runs over it again. */
  settings: Record<string, unknown>
  diff: string
  prBody?: string
  redactor: Redactor
}

type RunEvent = z.infer<typeof RunEventSchema>

export interface AuditBundle {
  run: AuditRun
  /** The run's events, without the chain fields and without the closing seal record. */
  events: RunEvent[]
  diff: string
  prBody?: string
}

function runJson(input: AuditBundleInput): AuditRun {
  const { record } = input
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    runId: record.runId,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    status: record.status,
    statusMessage: record.statusMessage,
    context: record.context,
    settings: input.settings,
    ticket: record.ticket,
    modelCalls: record.modelCalls,
    modelUsage: usageByStage(record.modelCalls),
    toolCalls: record.toolCalls,
    commands: record.commands,
    stages: record.stages,
    costUsd: record.costUsd,
    diff: input.diff,
    commitSha: record.commitSha,
    prUrl: record.prUrl,
    prNumber: record.prNumber,
    branch: record.branch,
  }
}

export interface WrittenAuditBundle {
  /** Paths of the files written. */
  files: string[]
  /**
   * The chain's head (`run.json`'s `audit.finalHash`): printed in the job log and summary and set as an
   * output, where the artifact's readers cannot change it, so `verify-audit --expect` can check a download.
   */
  finalHash: string
}

/**
 * Writes the run's audit files into `dir`. Every string passes the redactor before it is serialised, so a
 * secret cannot reach the artifact in any encoding we know of.
 */
export async function writeAuditBundle(dir: string, input: AuditBundleInput): Promise<WrittenAuditBundle> {
  const { redactor } = input
  await mkdir(dir, { recursive: true })
  // A JSON round-trip drops undefined fields and anything that is not JSON (a stray Date becomes a string).
  const run = redactDeep(JSON.parse(JSON.stringify(runJson(input))) as AuditRun, redactor)
  const diff = redactor(input.diff)
  const prBody = input.prBody === undefined ? undefined : redactor(input.prBody)

  const digests: Record<string, string> = {
    [AUDIT_FILES.run]: runJsonDigest(run),
    [AUDIT_FILES.diff]: sha256Hex(diff),
  }
  if (prBody !== undefined) digests[AUDIT_FILES.prBody] = sha256Hex(prBody)
  const events = [
    ...input.record.events.map(
      (event) => JSON.parse(JSON.stringify(redactDeep(event, redactor))) as RunEvent,
    ),
    { at: new Date().toISOString(), stage: SEAL_STAGE, message: SEAL_MESSAGE, data: { files: digests } },
  ]
  const chained = chainLines(run.runId, events)
  run.audit = chained.head

  const files: [string, string][] = [
    [AUDIT_FILES.run, `${JSON.stringify(run, null, 2)}\n`],
    [AUDIT_FILES.events, `${chained.lines.join('\n')}\n`],
    [AUDIT_FILES.diff, diff],
  ]
  if (prBody !== undefined) files.push([AUDIT_FILES.prBody, prBody])

  const paths: string[] = []
  for (const [name, content] of files) {
    const path = join(dir, name)
    await writeFile(path, content, 'utf8')
    paths.push(path)
  }
  return { files: paths, finalHash: chained.head.finalHash }
}

/**
 * Reads a bundle written by `writeAuditBundle`; throws with the file and the problem when it is not one.
 * It does not check the hash chain: `verifyAudit` does.
 */
export async function readAuditBundle(dir: string): Promise<AuditBundle> {
  const runPath = join(dir, AUDIT_FILES.run)
  const text = await readIfPresent(runPath)
  if (text === undefined) throw new Error(`${runPath} not found: is ${dir} an Autopilot audit bundle?`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`${runPath} is not valid JSON (${(error as Error).message})`, { cause: error })
  }
  const run = AuditRunSchema.safeParse(parsed)
  if (!run.success)
    throw new Error(`${runPath} does not match the audit schema: ${z.prettifyError(run.error)}`)

  const eventsText = (await readIfPresent(join(dir, AUDIT_FILES.events))) ?? ''
  const events = eventsText
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      let json: unknown
      try {
        json = JSON.parse(line)
      } catch (error) {
        throw new Error(`${AUDIT_FILES.events} line ${index + 1} is not valid JSON`, { cause: error })
      }
      const event = RunEventSchema.safeParse(json)
      if (!event.success) {
        throw new Error(`${AUDIT_FILES.events} line ${index + 1}: ${z.prettifyError(event.error)}`)
      }
      return event.data
    })
    .filter(
      (event, index, all) =>
        !(index === all.length - 1 && event.stage === SEAL_STAGE && event.message === SEAL_MESSAGE),
    )

  return {
    run: run.data,
    events,
    diff: (await readIfPresent(join(dir, AUDIT_FILES.diff))) ?? '',
    prBody: await readIfPresent(join(dir, AUDIT_FILES.prBody)),
  }
}
