import { sqlFinding, type SqlCheck } from './sql-check.js'

/** A CTE read more than once: many warehouses compute it once per read, so its scan runs twice or more. */
export const repeatedCte: SqlCheck = (model) =>
  model.shape.ctes
    .filter((cte) => cte.reads > 1)
    .map((cte) =>
      sqlFinding(
        model,
        'repeated-cte',
        cte.line,
        `CTE \`${cte.name}\` is read ${cte.reads} times: the warehouse may scan it once per read. Read it once (join or aggregate once and reuse the result), or make it a model of its own.`,
      ),
    )
