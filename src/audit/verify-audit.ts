import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { analyzeChain, ChainHeadSchema, sha256Hex, type AuditProblem, type ChainHead } from './audit-chain.js'
import { AUDIT_FILES, runJsonDigest, SEAL_MESSAGE, SEAL_STAGE, SealDataSchema } from './audit-bundle.js'
import { readIfPresent } from '../shared/read-if-present.js'

export type { AuditProblem } from './audit-chain.js'

export interface AuditVerification {
  ok: boolean
  /** Records found in events.jsonl that carry chain fields. */
  records: number
  problems: AuditProblem[]
  /** The head run.json records, when it has one. */
  finalHash?: string
}

export interface VerifyAuditOptions {
  /** The final hash the run printed in its job log; a bundle rewritten end to end only fails this check. */
  expectedFinalHash?: string
}

/** Not an audit bundle at all (missing folder, neither run.json nor events.jsonl): a usage problem. */
export class AuditBundleMissingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuditBundleMissingError'
  }
}

/** Checks the hash chain of events.jsonl, the head in run.json and the sealed digests of the other files. */
export async function verifyAudit(dir: string, options: VerifyAuditOptions = {}): Promise<AuditVerification> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new AuditBundleMissingError(
      `${dir} is not a folder: pass the audit bundle folder (it holds run.json)`,
    )
  }
  const runText = await readIfPresent(join(dir, AUDIT_FILES.run))
  const eventsText = await readIfPresent(join(dir, AUDIT_FILES.events))
  if (runText === undefined && eventsText === undefined) {
    throw new AuditBundleMissingError(
      `${dir} holds neither run.json nor events.jsonl: is it an Autopilot audit bundle? Download the run's \`autopilot-audit\` artifact and pass its folder`,
    )
  }

  const problems: AuditProblem[] = []
  const fileProblem = (file: string, kind: AuditProblem['kind'], message: string) =>
    problems.push({ file, line: 0, kind, message })

  let run: Record<string, unknown> | undefined
  if (runText === undefined) fileProblem(AUDIT_FILES.run, 'deleted', 'run.json is missing from the bundle')
  else {
    try {
      const json: unknown = JSON.parse(runText)
      if (typeof json === 'object' && json !== null && !Array.isArray(json))
        run = json as Record<string, unknown>
      else fileProblem(AUDIT_FILES.run, 'malformed', 'run.json is not a JSON object')
    } catch {
      fileProblem(AUDIT_FILES.run, 'malformed', 'run.json is not valid JSON')
    }
  }
  const runId = typeof run?.['runId'] === 'string' ? run['runId'] : ''
  if (run && runId === '') fileProblem(AUDIT_FILES.run, 'malformed', 'run.json has no runId')
  let head: ChainHead | undefined
  if (run && run['audit'] !== undefined) {
    const parsed = ChainHeadSchema.safeParse(run['audit'])
    if (parsed.success) head = parsed.data
    else
      fileProblem(
        AUDIT_FILES.run,
        'malformed',
        `run.json's audit head is not valid: ${z.prettifyError(parsed.error)}`,
      )
  }

  if (eventsText === undefined)
    fileProblem(AUDIT_FILES.events, 'deleted', 'events.jsonl is missing from the bundle')
  const analysis = analyzeChain(eventsText ?? '', runId, head)
  // Without run.json there is no head to miss; that problem is already reported.
  problems.push(
    ...analysis.problems.filter((problem) => run !== undefined || problem.file !== AUDIT_FILES.run),
  )

  if (head && options.expectedFinalHash !== undefined && options.expectedFinalHash !== head.finalHash) {
    fileProblem(
      AUDIT_FILES.run,
      'final-hash-mismatch',
      `run.json's final hash ${head.finalHash} differs from the expected ${options.expectedFinalHash}: the bundle is not the one the run wrote`,
    )
  }

  const last = analysis.chain.at(-1)
  const seal =
    last && last['stage'] === SEAL_STAGE && last['message'] === SEAL_MESSAGE
      ? SealDataSchema.safeParse(last['data'])
      : undefined
  if (seal?.success) await checkSeal(dir, run, seal.data.files, fileProblem)
  else if (analysis.problems.length === 0 && eventsText !== undefined) {
    fileProblem(
      AUDIT_FILES.events,
      'malformed',
      'events.jsonl does not end with the seal record that digests the other files',
    )
  }

  return { ok: problems.length === 0, records: analysis.records, problems, finalHash: head?.finalHash }
}

async function checkSeal(
  dir: string,
  run: Record<string, unknown> | undefined,
  digests: Record<string, string>,
  fileProblem: (file: string, kind: AuditProblem['kind'], message: string) => void,
): Promise<void> {
  for (const name of [AUDIT_FILES.run, AUDIT_FILES.diff, AUDIT_FILES.prBody]) {
    const sealed = digests[name]
    if (name === AUDIT_FILES.run) {
      if (run && sealed !== runJsonDigest(run)) {
        fileProblem(
          name,
          'edited',
          'run.json was changed after the run: its content differs from the sealed digest',
        )
      }
      continue
    }
    const text = await readIfPresent(join(dir, name))
    if (sealed === undefined && text !== undefined) {
      fileProblem(name, 'inserted', `${name} was added after the run: the seal does not list it`)
    } else if (sealed !== undefined && text === undefined) {
      fileProblem(name, 'deleted', `${name} is missing: the run wrote it`)
    } else if (sealed !== undefined && sha256Hex(text ?? '') !== sealed) {
      fileProblem(
        name,
        'edited',
        `${name} was changed after the run: its content differs from the sealed digest`,
      )
    }
  }
}

export const VERIFY_AUDIT_USAGE = `Usage: dbt-autopilot verify-audit <bundle-dir> [--expect <final-hash>]

Checks an audit bundle (run.json, events.jsonl, diff.patch, pr-body.md) for edits, deletions,
insertions and reordering. --expect compares the final hash with the one the run printed in its log.
Exit code: 0 intact, 1 tampered, 2 usage error or no bundle at the path.`

/** `dbt-autopilot verify-audit <dir>`: prints each problem; exit 0 intact, 1 tampered, 2 usage or missing bundle. */
export async function runVerifyAudit(args: string[], out: NodeJS.WritableStream): Promise<number> {
  let dir: string
  let expected: string | undefined
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { expect: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help) {
      out.write(`${VERIFY_AUDIT_USAGE}\n`)
      return 0
    }
    if (positionals.length !== 1) throw new Error('pass exactly one bundle folder')
    dir = resolve(positionals[0]!)
    expected = values.expect?.trim().toLowerCase()
    if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
      throw new Error('--expect must be a sha256 hex digest (64 characters), as printed by the run')
    }
  } catch (error) {
    out.write(`dbt-autopilot verify-audit: ${(error as Error).message}\n${VERIFY_AUDIT_USAGE}\n`)
    return 2
  }

  let result: AuditVerification
  try {
    result = await verifyAudit(dir, { expectedFinalHash: expected })
  } catch (error) {
    if (error instanceof AuditBundleMissingError) {
      out.write(`dbt-autopilot verify-audit: ${error.message}\n`)
      return 2
    }
    throw error
  }
  const hash = result.finalHash ? `, final hash ${result.finalHash}` : ''
  if (result.ok) {
    out.write(`Audit bundle ${dir}: intact (${result.records} records${hash}).\n`)
    if (expected === undefined) {
      out.write("Compare the final hash with the one in the run's log, or pass it with --expect.\n")
    }
    return 0
  }
  const lines = [
    `Audit bundle ${dir}: TAMPERED — ${result.problems.length} problem(s) in ${result.records} records${hash}.`,
    ...result.problems.map((problem) => {
      const where = `${problem.file ?? AUDIT_FILES.events}${problem.line > 0 ? `:${problem.line}` : ''}`
      return `  ${problem.kind.padEnd(19)} ${where.padEnd(18)} ${problem.message}`
    }),
  ]
  out.write(`${lines.join('\n')}\n`)
  return 1
}
