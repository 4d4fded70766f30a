import { z } from 'zod'
import { DbtError } from '../adapters/dbt/dbt-error.js'

/** What we read of dbt's catalog.json (`dbt docs generate`): the warehouse's columns of each source. */
const CatalogTableSchema = z.object({
  metadata: z.object({
    database: z.string().nullish(),
    schema: z.string(),
    name: z.string(),
  }),
  columns: z.record(
    z.string(),
    z.object({ name: z.string(), type: z.string().nullish(), index: z.number().nullish() }),
  ),
})

const CatalogSchema = z.object({
  metadata: z.object({ dbt_schema_version: z.string() }),
  sources: z.record(z.string(), CatalogTableSchema),
  errors: z.array(z.string()).nullish(),
})

export interface WarehouseColumn {
  name: string
  type?: string
}

export interface WarehouseTable {
  relation: string
  /** In the warehouse's order. */
  columns: WarehouseColumn[]
}

export interface WarehouseCatalog {
  /** Source tables the warehouse answered for, by unique_id. */
  sources: ReadonlyMap<string, WarehouseTable>
  /** Errors dbt met while reading the warehouse's information schema. */
  errors: string[]
}

/** A DbtError, so the run ends `failed:dbt` with this message rather than as an internal error. */
export class CatalogError extends DbtError {
  constructor(message: string) {
    super(message)
    this.name = 'CatalogError'
  }
}

export function parseCatalog(text: string, where: string): WarehouseCatalog {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CatalogError(`${where} is not JSON: was \`dbt docs generate\` interrupted?`)
  }
  const parsed = CatalogSchema.safeParse(json)
  if (!parsed.success) {
    throw new CatalogError(
      `${where} is not a dbt catalog (${z.prettifyError(parsed.error).split('\n')[0]}): it should come from \`dbt docs generate\`.`,
    )
  }
  const sources = new Map<string, WarehouseTable>()
  for (const [id, table] of Object.entries(parsed.data.sources)) {
    const { database, schema, name } = table.metadata
    const columns = Object.values(table.columns)
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
      .map((column) => ({ name: column.name, ...(column.type ? { type: column.type } : {}) }))
    sources.set(id, { relation: [database, schema, name].filter(Boolean).join('.'), columns })
  }
  return { sources, errors: parsed.data.errors ?? [] }
}
