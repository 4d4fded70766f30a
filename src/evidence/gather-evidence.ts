import type { DbtShowInvocation, DbtShowRunner } from '../adapters/dbt/dbt-cli.js'
import type { NodeChange } from '../impact/impact.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Log } from '../shared/log.js'
import { deadlineAfter, type TimeBudget } from '../shared/time-budget.js'
import type { BuildMode, Validation } from '../validate/validation.js'
import {
  DEFAULT_EVIDENCE_LIMITS,
  type BaseSide,
  type EvidenceLimits,
  type EvidenceStage,
  type ModelEvidence,
} from './evidence.js'
import { evidenceTargets, type EvidenceTarget } from './evidence-targets.js'
import {
  EvidenceParseError,
  parseChangedRows,
  parseProfile,
  parseProfileColumns,
  type ProfileColumns,
} from './profile-rows.js'
import { changedRowsQuery, profileQuery, type SampleColumn } from './profile-sql.js'

/** What the evidence is gathered from: the validated change as the run knows it. */
export interface EvidenceInput {
  baseGraph: ManifestGraph | undefined
  /** The change's manifest (the last validation round's). */
  graph: ManifestGraph | undefined
  mode: BuildMode
  validations: readonly Validation[]
  /** The changed nodes, base manifest against the change's. */
  changed: readonly NodeChange[]
}

/** The evidence port the pipeline sees; undefined when there is nothing to compare (the section stays out). */
export interface EvidenceGatherer {
  readonly limits: EvidenceLimits
  gather(input: EvidenceInput): Promise<EvidenceStage | undefined>
}

export interface DbtEvidenceOptions {
  /** Where `dbt show` writes its target files (a folder of the run's own). */
  targetPath: string
  /** The run's remaining wall time: the evidence takes at most half of it, and at most `maxMs`. */
  budget?: TimeBudget
  maxMs?: number
  limits?: EvidenceLimits
}

const DEFAULT_MAX_MS = 5 * 60_000
/** Below this much time left, a `dbt show` is not started (it would only be stopped). */
const MIN_LAUNCH_MS = 10_000

/**
 * The data evidence through `dbt show --inline`, in the sandbox validation ran in: one query per changed
 * model for row counts and column profiles of both sides, and one for a sample of changed rows when the
 * model declares a primary key. Bounded by `limits` and a time budget; a model whose query fails gets its
 * error, the others go on.
 */
export class DbtEvidence implements EvidenceGatherer {
  readonly limits: EvidenceLimits

  constructor(
    private readonly dbt: DbtShowRunner,
    private readonly options: DbtEvidenceOptions,
    private readonly log: Log,
  ) {
    this.limits = options.limits ?? DEFAULT_EVIDENCE_LIMITS
  }

  async gather(input: EvidenceInput): Promise<EvidenceStage | undefined> {
    const { baseGraph, graph } = input
    if (!baseGraph || !graph || input.mode === 'full') return undefined
    const { targets, notCompared } = evidenceTargets({ ...input, baseGraph, graph, limits: this.limits })
    if (targets.length === 0) return undefined
    const left = this.options.budget?.remainingMs() ?? Number.POSITIVE_INFINITY
    const budgetMs = Math.floor(Math.min(this.options.maxMs ?? DEFAULT_MAX_MS, left / 2))
    const budget = deadlineAfter(budgetMs)
    const stage: EvidenceStage = {
      status: 'gathered',
      models: [],
      limits: this.limits,
      modelsNotCompared: notCompared,
      modelsOutOfTime: [],
      launches: 0,
    }
    const show = async (query: string, limit: number): Promise<DbtShowInvocation | undefined> => {
      if (budget.remainingMs() < MIN_LAUNCH_MS) return undefined
      stage.launches++
      return this.dbt.show(query, { limit, targetPath: this.options.targetPath, timeBudget: budget })
    }
    for (const target of targets) {
      const evidence = await this.model(target, show, budgetMs)
      if (!evidence) {
        stage.modelsOutOfTime = targets.slice(targets.indexOf(target)).map((t) => t.name)
        break
      }
      stage.models.push(evidence)
      this.log.info(`Data evidence for ${target.name}: ${summary(evidence)}`)
      if (evidence.error && budget.remainingMs() < MIN_LAUNCH_MS) {
        stage.modelsOutOfTime = targets.slice(targets.indexOf(target) + 1).map((t) => t.name)
        break
      }
    }
    const failed = stage.models.filter((model) => model.error).length + stage.modelsOutOfTime.length
    const outOfTime = `the time budget for data evidence (${Math.round(budgetMs / 1000)} s) ran out`
    if (failed === 0) return stage
    const done = stage.models.length - stage.models.filter((model) => model.error).length
    stage.status = done > 0 ? 'partial' : 'not-gathered'
    const firstError = stage.models.find((model) => model.error)?.error
    stage.reason = stage.modelsOutOfTime.length > 0 ? outOfTime : `dbt show failed: ${firstError ?? ''}`
    return stage
  }

  /** One model's evidence; undefined when the budget left no time to start its query. */
  private async model(
    target: EvidenceTarget,
    show: (query: string, limit: number) => Promise<DbtShowInvocation | undefined>,
    budgetMs: number,
  ): Promise<ModelEvidence | undefined> {
    const evidence: ModelEvidence = {
      id: target.id,
      name: target.name,
      relation: target.relation.relationName,
      base: baseSide(target),
      columns: [],
      unprofiledColumns: 0,
      ...(target.primaryKey ? { primaryKey: target.primaryKey } : {}),
      notes: [...target.notes],
    }
    const profile = await show(profileQuery(target, this.limits.columns), 2)
    if (!profile) return undefined
    let columns: ProfileColumns
    try {
      if (profile.exitCode !== 0 || !profile.rows) throw new Error(failure(profile, budgetMs))
      columns = parseProfileColumns(profile.logged)
      Object.assign(evidence, parseProfile(columns, profile.rows))
    } catch (error) {
      evidence.error = message(error)
      return evidence
    }
    if (target.base.kind === 'production' && columns.base === null) {
      evidence.base = {
        kind: 'none',
        reason: `the production relation ${target.base.relationName} does not exist`,
      }
    }
    if (!target.primaryKey || columns.base === null) return evidence
    const plan = samplePlan(target.primaryKey, columns)
    if ('skipped' in plan) {
      evidence.sampleSkipped = plan.skipped
      return evidence
    }
    const sample = await show(changedRowsQuery(target, plan.key, plan.compared), this.limits.sampleRows)
    if (!sample) {
      evidence.sampleSkipped = 'the time budget ran out before the changed rows were read'
      return evidence
    }
    try {
      if (sample.exitCode !== 0 || !sample.rows) throw new Error(failure(sample, budgetMs))
      evidence.sample = parseChangedRows(plan.key, plan.compared, sample.rows, this.limits.sampleRows)
    } catch (error) {
      evidence.sampleSkipped = `the changed-rows query failed: ${message(error)}`
    }
    return evidence
  }
}

function baseSide(target: EvidenceTarget): BaseSide {
  const { base } = target
  if (base.kind === 'production') return { kind: 'production', relation: base.relationName }
  if (base.kind === 'base-sql') return { kind: 'base-sql' }
  return base
}

/** The key and the compared columns as each side names them, or why there is no sample to take. */
function samplePlan(
  primaryKey: readonly string[],
  columns: ProfileColumns,
): { key: SampleColumn[]; compared: SampleColumn[] } | { skipped: string } {
  const find = (list: ProfileColumns['new'] | null, name: string) =>
    (list ?? []).find(([column]) => column.toLowerCase() === name.toLowerCase())
  const pair = (name: string): SampleColumn | undefined => {
    const next = find(columns.new, name)
    const base = find(columns.base, name)
    if (!next || !base) return undefined
    return { new: next[0], base: base[0], sameType: next[1].toLowerCase() === base[1].toLowerCase() }
  }
  const key: SampleColumn[] = []
  for (const name of primaryKey) {
    const column = pair(name)
    if (!column) return { skipped: `the key column \`${name}\` is not on both sides` }
    key.push(column)
  }
  const keyNames = new Set(key.map((column) => column.new.toLowerCase()))
  const compared = columns.profiled
    .filter((name) => !keyNames.has(name.toLowerCase()))
    .map(pair)
    .filter((column): column is SampleColumn => column !== undefined)
  if (compared.length === 0) return { skipped: 'no profiled column besides the key is on both sides' }
  return { key, compared }
}

function failure(invocation: DbtShowInvocation, budgetMs: number): string {
  if (invocation.timedOut)
    return `dbt show was stopped when the time budget for data evidence (${Math.round(budgetMs / 1000)} s) ran out`
  const detail = invocation.errors.join('\n').trim() || `dbt show exited with code ${invocation.exitCode}`
  return detail.length > 500 ? `${detail.slice(0, 500)}…` : detail
}

function message(error: unknown): string {
  if (error instanceof EvidenceParseError) return `dbt's answer was not understood: ${error.message}`
  return error instanceof Error ? error.message : String(error)
}

function summary(evidence: ModelEvidence): string {
  if (evidence.error) return `not gathered (${evidence.error.split('\n')[0] ?? ''})`
  const rows = evidence.rows
  const counts = rows ? `${rows.base ?? '–'} → ${rows.new} rows` : ''
  const changed = evidence.sample ? `, ${evidence.sample.changedRows} changed row(s)` : ''
  return `${counts}${changed}`
}
