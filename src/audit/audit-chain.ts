import { createHash } from 'node:crypto'
import { z } from 'zod'

/**
 * The hash chain over `events.jsonl`. Each record carries `seq` (its position), `prev` (sha256 of the
 * previous record's exact line; the first record uses the run's genesis hash) and `hash` (sha256 of its
 * canonical JSON without `hash`). `run.json` carries the count and the sha256 of the last line, so an edit,
 * a deletion, an insertion or a reordering shows up as a broken link, a seq gap or a wrong head.
 *
 * A chain only proves that the bundle is the one whose head hash you trust: someone who rewrites every
 * record and `run.json` makes a new consistent chain. Compare the head with the one the run printed in its
 * job log (`--expect`), which the artifact's readers cannot change.
 */

export const CHAIN_ALGORITHM = 'sha256-chain-v1'

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The `prev` of the first record: ties the chain to one run, so records cannot be moved between runs. */
export function genesisHash(runId: string): string {
  return sha256Hex(`autopilot-audit-genesis:${CHAIN_ALGORITHM}:${runId}`)
}

/** JSON with object keys sorted at every level, so a hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key])
  return sorted
}

export interface ChainHead {
  algorithm: typeof CHAIN_ALGORITHM
  /** Records in events.jsonl. */
  records: number
  /** sha256 of the last line of events.jsonl (the genesis hash when there are none). */
  finalHash: string
}

export interface ChainedLines {
  lines: string[]
  head: ChainHead
}

/** Serialises JSON-safe event objects as chained lines, in order. */
export function chainLines(runId: string, events: readonly Record<string, unknown>[]): ChainedLines {
  const lines: string[] = []
  let prev = genesisHash(runId)
  events.forEach((event, seq) => {
    const unsigned = { ...withoutKeys(event, ['hash', 'prev', 'seq']), seq, prev }
    const line = JSON.stringify({ ...unsigned, hash: sha256Hex(canonicalJson(unsigned)) })
    lines.push(line)
    prev = sha256Hex(line)
  })
  return { lines, head: { algorithm: CHAIN_ALGORITHM, records: lines.length, finalHash: prev } }
}

/** A shallow copy without the named keys. */
export function withoutKeys(
  value: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)))
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)

export const ChainFieldsSchema = z.looseObject({
  seq: z.number().int().nonnegative(),
  prev: hex64,
  hash: hex64,
})

export const ChainHeadSchema = z.object({
  algorithm: z.literal(CHAIN_ALGORITHM),
  records: z.number().int().nonnegative(),
  finalHash: hex64,
})

export type ProblemKind =
  'edited' | 'deleted' | 'inserted' | 'reordered' | 'truncated' | 'final-hash-mismatch' | 'malformed'

export interface AuditProblem {
  /** 1-based line of events.jsonl; 0 when the problem is with a whole file. */
  line: number
  kind: ProblemKind
  message: string
  /** The file the problem is in (default events.jsonl). */
  file?: string
}

interface ChainRecord {
  line: number
  text: string
  lineHash: string
  seq: number
  prev: string
  selfOk: boolean
  object: Record<string, unknown>
}

export interface ChainAnalysis {
  problems: AuditProblem[]
  /** Records that parsed and carry chain fields. */
  records: number
  /** The authentic records in chain order (inserted ones left out), as parsed objects. */
  chain: Record<string, unknown>[]
}

/**
 * Checks chained lines against the run id and the head `run.json` recorded. Problems are classified by
 * what explains them best: a record whose own hash fails was edited; a missing seq was deleted (at the end:
 * truncated); a duplicate or out-of-range seq, or a line without chain fields, was inserted; records out of
 * seq order were reordered; a link that breaks between consecutive records means the earlier one was
 * rewritten with a fresh hash.
 */
export function analyzeChain(text: string, runId: string, head: ChainHead | undefined): ChainAnalysis {
  const problems: AuditProblem[] = []
  const records: ChainRecord[] = []
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return
    const line = index + 1
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      problems.push({ line, kind: 'malformed', message: `line ${line} is not JSON` })
      return
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      problems.push({ line, kind: 'malformed', message: `line ${line} is not a JSON object` })
      return
    }
    const fields = ChainFieldsSchema.safeParse(json)
    if (!fields.success) {
      problems.push({
        line,
        kind: 'inserted',
        message: `line ${line} has no valid seq/prev/hash: it was not written by the run`,
      })
      return
    }
    const { hash } = fields.data
    const unsigned = withoutKeys(fields.data, ['hash'])
    records.push({
      line,
      text: raw,
      lineHash: sha256Hex(raw),
      seq: fields.data.seq,
      prev: fields.data.prev,
      selfOk: sha256Hex(canonicalJson(unsigned)) === hash,
      object: fields.data,
    })
  })

  for (const record of records.filter((r) => !r.selfOk)) {
    problems.push({
      line: record.line,
      kind: 'edited',
      message: `line ${record.line} (record #${record.seq}) was changed after it was written: its content no longer matches its hash`,
    })
  }

  const referenced = new Set(records.map((record) => record.prev))
  if (head) referenced.add(head.finalHash)
  const kept = dropInserted(records, head, referenced, problems)
  const ordered = reportReordered(kept, problems)
  checkLinks(ordered, runId, problems)
  if (head) checkHead(ordered, head, problems)
  else {
    problems.push({
      line: 0,
      file: 'run.json',
      kind: 'malformed',
      message:
        'run.json has no `audit` head (records and final hash): the bundle predates the hash chain or the head was removed',
    })
  }
  problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line)
  return { problems, records: records.length, chain: ordered.map((record) => record.object) }
}

/** Records past the recorded count, or a second record claiming a seq another authentic record holds. */
function dropInserted(
  records: ChainRecord[],
  head: ChainHead | undefined,
  referenced: Set<string>,
  problems: AuditProblem[],
): ChainRecord[] {
  const bySeq = new Map<number, ChainRecord[]>()
  for (const record of records) bySeq.set(record.seq, [...(bySeq.get(record.seq) ?? []), record])
  const inserted = new Set<ChainRecord>()
  for (const group of bySeq.values()) {
    if (group.length < 2) continue
    // The authentic one is linked to by its successor (or is the head); prefer the earliest line otherwise.
    const authentic = group.find((record) => referenced.has(record.lineHash) && record.selfOk) ?? group[0]!
    for (const record of group) if (record !== authentic) inserted.add(record)
  }
  if (head) {
    for (const record of records) if (record.seq >= head.records) inserted.add(record)
  }
  for (const record of inserted) {
    problems.push({
      line: record.line,
      kind: 'inserted',
      message: `line ${record.line} claims record #${record.seq}, which ${head && record.seq >= head.records ? `is past the ${head.records} records run.json counts` : 'another record holds'}: it was added after the run`,
    })
  }
  return records.filter((record) => !inserted.has(record))
}

/** Lines outside the longest run of increasing seq were moved; returns the records in seq order. */
function reportReordered(records: ChainRecord[], problems: AuditProblem[]): ChainRecord[] {
  const inOrder = new Set(longestIncreasing(records))
  const sorted = [...records].sort((a, b) => a.seq - b.seq)
  for (const record of records) {
    if (inOrder.has(record)) continue
    const index = sorted.indexOf(record)
    const before = sorted[index - 1]
    const place = before ? `after line ${before.line} (record #${before.seq})` : 'at the start'
    problems.push({
      line: record.line,
      kind: 'reordered',
      message: `line ${record.line} (record #${record.seq}) was moved: it belongs ${place}`,
    })
  }
  return sorted
}

/** Patience sorting: the longest subsequence of records whose seq increases, in O(n log n). */
function longestIncreasing(records: ChainRecord[]): ChainRecord[] {
  const tails: number[] = []
  const parent: number[] = []
  records.forEach((record, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (records[tails[mid]!]!.seq < record.seq) low = mid + 1
      else high = mid
    }
    parent[index] = low > 0 ? tails[low - 1]! : -1
    tails[low] = index
  })
  const result: ChainRecord[] = []
  for (let index = tails.at(-1) ?? -1; index >= 0; index = parent[index]!) result.unshift(records[index]!)
  return result
}

function checkLinks(records: ChainRecord[], runId: string, problems: AuditProblem[]): void {
  const genesis = genesisHash(runId)
  records.forEach((record, index) => {
    const before = records[index - 1]
    const expectedSeq = before ? before.seq + 1 : 0
    if (record.seq > expectedSeq) {
      const missing =
        record.seq - expectedSeq === 1 ? `#${expectedSeq}` : `#${expectedSeq}–#${record.seq - 1}`
      problems.push({
        line: record.line,
        kind: 'deleted',
        message: `record(s) ${missing} are missing before line ${record.line}: they were deleted`,
      })
      return
    }
    const expectedPrev = before ? before.lineHash : genesis
    if (record.prev === expectedPrev) return
    if (!before) {
      problems.push({
        line: record.line,
        kind: 'edited',
        message: `line ${record.line} (record #0) does not start a chain for run ${runId}: it was edited or comes from another run`,
      })
      return
    }
    // A record that fails its own hash already explains the broken link after it.
    if (!before.selfOk) return
    problems.push({
      line: before.line,
      kind: 'edited',
      message: `line ${before.line} (record #${before.seq}) was rewritten with a fresh hash: record #${record.seq} (line ${record.line}) no longer links to it`,
    })
  })
}

function checkHead(records: ChainRecord[], head: ChainHead, problems: AuditProblem[]): void {
  const last = records.at(-1)
  const lastSeq = last ? last.seq : -1
  if (lastSeq < head.records - 1) {
    const from = lastSeq + 1
    const missing = head.records - 1 === from ? `#${from}` : `#${from}–#${head.records - 1}`
    problems.push({
      line: last ? last.line : 0,
      kind: 'truncated',
      message: `events.jsonl ends early: run.json counts ${head.records} records; record(s) ${missing} at the end are missing`,
    })
    return
  }
  const finalHash = last ? last.lineHash : undefined
  if (finalHash === head.finalHash || (last === undefined && head.records === 0)) return
  if (last && !last.selfOk) return
  if (last && problems.some((problem) => problem.kind === 'edited' && problem.line === last.line)) return
  problems.push({
    line: 0,
    file: 'run.json',
    kind: 'final-hash-mismatch',
    message: `run.json's final hash ${head.finalHash.slice(0, 12)}… does not match the last record${last ? ` (line ${last.line})` : ''}: run.json or the last record was changed`,
  })
}
