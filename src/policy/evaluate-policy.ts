import type { GuardConfig } from '../guard/config.js'
import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { NodeChange } from '../impact/impact.js'
import { projectLayers, type Layers } from '../project/layers.js'
import { ownersOf, type OwnerOptions } from '../project/owners.js'
import { hasDescription, matchesNaming, primaryKeyColumn } from './model-standards.js'
import { addOnce, reviewersFromOwners } from './owner-reviewers.js'
import { policyGuardOverrides } from './policy-guard.js'
import type { Policy } from './policy-schema.js'

export type CheckResult = 'pass' | 'fail' | 'warn'

export interface PolicyCheck {
  /** The policy key that was checked, e.g. `standards.naming.staging`. */
  rule: string
  result: CheckResult
  detail: string
}

export interface PolicyEvaluationInput {
  /** The task kind the ticket was classified as; undefined when unknown. */
  taskKind?: string
  /** `Impact.changed`: nodes added, modified or removed by the change. */
  changedNodes: readonly NodeChange[]
  /** The graph of the change's manifest. */
  graph: ManifestGraph
  /** The base manifest's graph, to place removed nodes in their layer. */
  baseGraph?: ManifestGraph
  /** The project's layers as `projectLayers` resolved them; absent: the policy's `layers:`, else dbt's folders. */
  layers?: Layers
  /** CODEOWNERS and the project folder, for owners beyond `meta.owner` and groups. */
  owners?: OwnerOptions
}

export interface PolicyEvaluation {
  checks: PolicyCheck[]
  /** The PR must be a draft: the policy asks for it, a protected layer changed, or a check failed. */
  draft: boolean
  draftReasons: string[]
  /** Logins to request reviews from (policy reviewers and owners of protected changes). */
  reviewers: string[]
  /** Team slugs to request reviews from. */
  teamReviewers: string[]
  labels: string[]
  /** Guard settings the policy asks for; apply on top of the action's defaults. */
  guard: Partial<GuardConfig>
}

const NOT_CHECKED = new Set(['test', 'unit_test'])

/** Checks a change against the policy. Pure: everything it needs is in `policy` and `input`. */
export function evaluatePolicy(policy: Policy, input: PolicyEvaluationInput): PolicyEvaluation {
  const evaluation: PolicyEvaluation = {
    checks: [],
    draft: false,
    draftReasons: [],
    reviewers: [...(policy.approvals?.reviewers ?? [])],
    teamReviewers: [...(policy.approvals?.team_reviewers ?? [])],
    labels: [...(policy.approvals?.labels ?? [])],
    guard: policyGuardOverrides(policy),
  }
  const layers = input.layers ?? projectLayers(policy.layers)
  const changed = input.changedNodes
    .filter((change) => !NOT_CHECKED.has(change.kind))
    .map((change) => ({ change, node: nodeOf(change, input) }))
  const layerOf = (node: GraphNode | undefined): string | undefined =>
    node ? layers.layerOf(node) : undefined

  const taskCheck = checkTaskKind(policy, input.taskKind)
  if (taskCheck) evaluation.checks.push(taskCheck)

  for (const rule of protectedLayers(policy)) {
    const hits = changed.filter(({ node }) => layerOf(node) === rule.layer)
    const name = `protected_layers.${rule.layer}`
    if (hits.length === 0) {
      evaluation.checks.push({ rule: name, result: 'pass', detail: `No change in the ${rule.layer} layer.` })
      continue
    }
    const touched = hits.map(({ change }) => change.name).join(', ')
    const notes: string[] = []
    let result: CheckResult = 'warn'
    if (rule.draft) {
      evaluation.draftReasons.push(`The change touches the protected ${rule.layer} layer (${touched}).`)
      notes.push('the pull request is a draft')
    }
    if (rule.ownerReview) {
      const owners = hits.flatMap(({ change, node }) =>
        node ? ownersOf(node, graphOf(change, input), input.owners) : [],
      )
      const request = reviewersFromOwners(owners)
      for (const login of request.reviewers) addOnce(evaluation.reviewers, login)
      for (const team of request.teamReviewers) addOnce(evaluation.teamReviewers, team)
      const asked = [
        ...request.reviewers.map((r) => `@${r}`),
        ...request.teamReviewers.map((t) => `team ${t}`),
      ]
      if (asked.length > 0) notes.push(`review requested from the owners: ${asked.join(', ')}`)
      else {
        result = 'fail'
        notes.push(
          'no owner GitHub can be asked to review: set `meta.owner` to a @login or @org/team, a group, or a CODEOWNERS rule',
        )
      }
      if (request.unrequestable.length > 0) {
        notes.push(`owners without a GitHub login, to ask by hand: ${request.unrequestable.join(', ')}`)
      }
    }
    evaluation.checks.push({
      rule: name,
      result,
      detail: `Changed: ${touched}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`,
    })
  }

  const added = changed.filter(({ change, node }) => change.change === 'added' && node?.kind === 'model')
  for (const [layer, pattern] of Object.entries(policy.standards?.naming ?? {})) {
    const inLayer = added.filter(({ node }) => layerOf(node) === layer)
    const wrong = inLayer.filter(({ node }) => !matchesNaming(node?.name ?? '', pattern))
    evaluation.checks.push({
      rule: `standards.naming.${layer}`,
      result: wrong.length > 0 ? 'fail' : 'pass',
      detail:
        wrong.length > 0
          ? `New ${layer} model(s) ${wrong.map(({ change }) => change.name).join(', ')} do not match ${pattern}: rename them.`
          : `${inLayer.length} new ${layer} model(s) match ${pattern}.`,
    })
  }

  const requirements = policy.standards?.new_models_require ?? []
  if (requirements.length > 0) {
    const missing: string[] = []
    for (const { node } of added) {
      if (!node) continue
      const lacks: string[] = []
      if (requirements.includes('description') && !hasDescription(node)) lacks.push('a description')
      if (requirements.includes('primary_key_test') && primaryKeyColumn(node, input.graph) === undefined) {
        lacks.push('a primary-key test (unique and not_null on one column)')
      }
      if (lacks.length > 0) missing.push(`${node.name} needs ${lacks.join(' and ')}`)
    }
    evaluation.checks.push({
      rule: 'standards.new_models_require',
      result: missing.length > 0 ? 'fail' : 'pass',
      detail:
        missing.length > 0
          ? `${missing.join('; ')}: add them in the model's YAML.`
          : `${added.length} new model(s) have ${requirements.join(' and ').replaceAll('_', ' ')}.`,
    })
  }

  if (policy.standards?.public_models_require_contract) {
    const publicModels = changed.filter(
      ({ change, node }) => change.change !== 'removed' && node?.kind === 'model' && node.access === 'public',
    )
    const uncontracted = publicModels.filter(({ node }) => !node?.contractEnforced)
    evaluation.checks.push({
      rule: 'standards.public_models_require_contract',
      result: uncontracted.length > 0 ? 'fail' : 'pass',
      detail:
        uncontracted.length > 0
          ? `Public model(s) ${uncontracted.map(({ change }) => change.name).join(', ')} have no enforced contract: set \`contract: {enforced: true}\` and declare column data types.`
          : `${publicModels.length} changed public model(s) have enforced contracts.`,
    })
  }

  if (policy.approvals) {
    if (policy.approvals.draft)
      evaluation.draftReasons.push('The policy opens every pull request as a draft.')
    evaluation.checks.push({ rule: 'approvals', result: 'pass', detail: approvalDetail(evaluation, policy) })
  }

  const failed = evaluation.checks.filter((check) => check.result === 'fail')
  if (failed.length > 0) {
    evaluation.draftReasons.push(`Policy check(s) failed: ${failed.map((check) => check.rule).join(', ')}.`)
  }
  evaluation.draft = evaluation.draftReasons.length > 0
  return evaluation
}

/** The task-kind rule alone, to refuse a ticket before any model call. Undefined when the policy sets none. */
export function checkTaskKind(policy: Policy, taskKind: string | undefined): PolicyCheck | undefined {
  const allowed = policy.tasks?.allowed
  if (!allowed) return undefined
  if (taskKind === undefined) {
    return {
      rule: 'tasks.allowed',
      result: 'warn',
      detail: `The task kind is unknown; allowed: ${allowed.join(', ')}.`,
    }
  }
  return allowed.includes(taskKind)
    ? { rule: 'tasks.allowed', result: 'pass', detail: `Task kind ${taskKind} is allowed.` }
    : {
        rule: 'tasks.allowed',
        result: 'fail',
        detail: `Task kind ${taskKind} is not allowed by the policy (allowed: ${allowed.join(', ') || 'none'}).`,
      }
}

/** Protected layers with their requirements combined: a layer listed twice gets the stricter of both. */
function protectedLayers(policy: Policy): { layer: string; draft: boolean; ownerReview: boolean }[] {
  const byLayer = new Map<string, { layer: string; draft: boolean; ownerReview: boolean }>()
  for (const entry of policy.protected_layers ?? []) {
    const current = byLayer.get(entry.layer) ?? { layer: entry.layer, draft: false, ownerReview: false }
    current.draft ||= entry.require?.draft === true
    current.ownerReview ||= entry.require?.owner_review === true
    byLayer.set(entry.layer, current)
  }
  return [...byLayer.values()]
}

function approvalDetail(evaluation: PolicyEvaluation, policy: Policy): string {
  const parts: string[] = []
  if (evaluation.labels.length > 0) parts.push(`labels ${evaluation.labels.join(', ')}`)
  if (evaluation.reviewers.length > 0)
    parts.push(`reviewers ${evaluation.reviewers.map((r) => `@${r}`).join(', ')}`)
  if (evaluation.teamReviewers.length > 0) parts.push(`teams ${evaluation.teamReviewers.join(', ')}`)
  const draft = policy.approvals?.draft ? ' The pull request opens as a draft.' : ''
  return `${parts.length > 0 ? `Requested: ${parts.join('; ')}.` : 'No labels or reviewers requested.'}${draft}`
}

function nodeOf(change: NodeChange, input: PolicyEvaluationInput): GraphNode | undefined {
  return change.change === 'removed' ? input.baseGraph?.get(change.id) : input.graph.get(change.id)
}

function graphOf(change: NodeChange, input: PolicyEvaluationInput): ManifestGraph {
  return change.change === 'removed' && input.baseGraph ? input.baseGraph : input.graph
}
