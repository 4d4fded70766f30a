import { z } from 'zod'

/** A relation a node may write: its own (dbt's `__dbt_tmp` and `__dbt_backup` relations for it too). */
export interface OwnRelation {
  database?: string
  schema?: string
  identifier: string
}

/** One statement for the SQL verdict: what dbt ran, or a node's compiled SQL. */
export interface VerdictStatement {
  /** The node's unique id; absent for dbt's own statements (schemas, catalog queries). */
  node?: string
  resourceType?: string
  relation?: OwnRelation
  /** Seeds: the project-relative file the seed's `COPY … FROM` may read. */
  seedFile?: string
  source: 'executed' | 'compiled'
  sql: string
}

const NodeInfoSchema = z.looseObject({
  unique_id: z.string(),
  resource_type: z.string().optional(),
  node_name: z.string().optional(),
  node_path: z.string().optional(),
  node_relation: z
    .looseObject({
      database: z.string().nullish(),
      schema: z.string().nullish(),
      alias: z.string().nullish(),
    })
    .nullish(),
})
type NodeInfo = z.infer<typeof NodeInfoSchema>

const EventSchema = z.looseObject({
  info: z.looseObject({ name: z.string(), invocation_id: z.string().optional() }),
  data: z.looseObject({ sql: z.string().optional(), node_info: NodeInfoSchema.nullish() }).optional(),
})

export interface ExecutedLog {
  statements: VerdictStatement[]
  /** The adapter dbt registered (`duckdb`, `postgres`…), which names the SQL dialect. */
  adapter?: string
}

/**
 * The statements one dbt invocation ran, from dbt's JSON log file (`SQLQuery` debug events) with the node
 * each ran for. `seedFile` maps a seed's file name (relative to its seed folder) to the project-relative
 * file its `COPY` may read.
 */
export function executedStatements(
  logText: string,
  invocationId: string,
  seedFile: (nodePath: string) => string | undefined,
): ExecutedLog {
  const statements: VerdictStatement[] = []
  let adapter: string | undefined
  for (const line of logText.split('\n')) {
    if (!line.startsWith('{') || !line.includes(invocationId)) continue
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      continue
    }
    const event = EventSchema.safeParse(json)
    if (!event.success || event.data.info.invocation_id !== invocationId) continue
    const { name } = event.data.info
    if (name === 'AdapterRegistered') {
      const registered = (event.data.data as { adapter_name?: unknown } | undefined)?.adapter_name
      if (typeof registered === 'string') adapter = registered
    }
    const sql = event.data.data?.sql
    if (name !== 'SQLQuery' || sql === undefined) continue
    const info = event.data.data?.node_info
    statements.push({ ...(info ? nodeFields(info, seedFile) : {}), source: 'executed', sql })
  }
  return { statements, ...(adapter ? { adapter } : {}) }
}

function nodeFields(
  info: NodeInfo,
  seedFile: (nodePath: string) => string | undefined,
): Omit<VerdictStatement, 'source' | 'sql'> {
  const relation = info.node_relation
  // A unit test has no relation of its own: its temporary tables are named after the test.
  const identifier = relation?.alias || info.node_name
  const file = info.resource_type === 'seed' && info.node_path ? seedFile(info.node_path) : undefined
  return {
    node: info.unique_id,
    ...(info.resource_type ? { resourceType: info.resource_type } : {}),
    ...(identifier
      ? {
          relation: {
            identifier,
            ...(relation?.database ? { database: relation.database } : {}),
            ...(relation?.schema ? { schema: relation.schema } : {}),
          },
        }
      : {}),
    ...(file ? { seedFile: file } : {}),
  }
}

const CompiledSchema = z.looseObject({
  results: z.array(z.looseObject({ unique_id: z.string(), compiled_code: z.string().nullish() })),
})

/** Each node's compiled SQL from run_results.json (seeds have none). */
export function compiledStatements(runResultsText: string): VerdictStatement[] {
  let json: unknown
  try {
    json = JSON.parse(runResultsText)
  } catch {
    return []
  }
  const parsed = CompiledSchema.safeParse(json)
  if (!parsed.success) return []
  return parsed.data.results.flatMap((result) =>
    result.compiled_code?.trim()
      ? [
          {
            node: result.unique_id,
            resourceType: result.unique_id.split('.')[0] ?? '',
            source: 'compiled' as const,
            sql: result.compiled_code,
          },
        ]
      : [],
  )
}
