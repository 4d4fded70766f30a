import type { BacklogPlan } from './plan-backlog.js'

/**
 * The `plan-backlog` outputs. `matrix` is `{"include":[{"ticket":"DATA-1"},{"ticket":"#42"}]}` in ranked
 * order, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}` with `ticket: ${{ matrix.ticket }}`.
 * An empty `include` makes GitHub fail the fan-out job ("Matrix must define at least one vector"), so the
 * job is guarded with `if: needs.plan.outputs.count != '0'`; `count` is the number of tickets as a string.
 */
export interface BacklogMatrixOutputs {
  matrix: string
  count: string
}

export interface MatrixEntry {
  ticket: string
}

export function backlogMatrix(plan: BacklogPlan): BacklogMatrixOutputs {
  const include: MatrixEntry[] = plan.selected.map((item) => ({ ticket: item.key }))
  return { matrix: JSON.stringify({ include }), count: String(include.length) }
}
