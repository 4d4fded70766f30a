import { z } from 'zod'

/** A relation a SELECT reads, by the name in the parsed SQL (`__ref__orders` for `{{ ref('orders') }}`). */
const TableSchema = z.object({ name: z.string(), alias: z.string() })

/** The shape of one model's SQL as the parser saw it; lines are the source file's (1-based). */
export const SqlShapeSchema = z.object({
  /**
   * `*` or `alias.*` through which a relation outside the model reaches the outermost SELECT's columns (each
   * branch of a UNION), followed through CTEs: `select * from final` over listed columns is none.
   */
  finalStars: z.array(z.object({ line: z.number().int(), qualifier: z.string() })),
  joins: z.array(
    z.object({
      line: z.number().int(),
      table: z.string(),
      alias: z.string(),
      kind: z.string(),
      /** Columns of the joined side that the condition equates with the other side. */
      keys: z.array(z.string()),
      hasCondition: z.boolean(),
    }),
  ),
  /** Columns inside a function or cast in a WHERE, with the relations that SELECT reads. */
  filterFunctions: z.array(
    z.object({
      line: z.number().int(),
      column: z.string(),
      qualifier: z.string(),
      function: z.string(),
      tables: z.array(TableSchema),
    }),
  ),
  ctes: z.array(
    z.object({
      name: z.string(),
      line: z.number().int(),
      /** How many FROM and JOIN clauses read it. */
      reads: z.number().int(),
      /** Output names of its GROUP BY keys (`group by 1` and `group by all` resolved); null without GROUP BY or when a key has no name. */
      groupBy: z.array(z.string()).nullable(),
      distinct: z.boolean(),
      /** The one relation it reads, when it is a plain SELECT from one relation without GROUP BY. */
      from: z.string().nullable(),
    }),
  ),
})
export type SqlShape = z.infer<typeof SqlShapeSchema>

export type ShapeResult = SqlShape | { error: string }

export interface ShapeRequest {
  /** sqlglot's dialect name; undefined parses generic SQL. */
  dialect?: string
  models: { id: string; sql: string }[]
}

/** The port to the SQL parser: one result per model, in order, or why the parser could not run. */
export interface SqlShapeReader {
  read(request: ShapeRequest): Promise<{ results: ShapeResult[] } | { notRun: string }>
}
