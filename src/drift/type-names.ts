/**
 * Whether a declared `data_type` and the warehouse's type name the same type. Warehouses spell types
 * differently from the YAML people write (`int` vs `INTEGER`, `text` vs `VARCHAR`, `varchar(256)`), so both
 * sides are reduced to a canonical name first; numeric precision and scale still count.
 */
export function sameType(declared: string, warehouse: string): boolean {
  return canonicalType(declared) === canonicalType(warehouse)
}

const ALIASES: Readonly<Record<string, string>> = {
  int: 'integer',
  int4: 'integer',
  signed: 'integer',
  int8: 'bigint',
  long: 'bigint',
  int64: 'bigint',
  int2: 'smallint',
  short: 'smallint',
  int1: 'tinyint',
  text: 'string',
  varchar: 'string',
  'character varying': 'string',
  char: 'string',
  character: 'string',
  bpchar: 'string',
  nvarchar: 'string',
  float8: 'double',
  'double precision': 'double',
  float64: 'double',
  float4: 'real',
  bool: 'boolean',
  'timestamp without time zone': 'timestamp',
  timestamp_ntz: 'timestamp',
  datetime: 'timestamp',
  'timestamp with time zone': 'timestamptz',
  timestamp_tz: 'timestamptz',
  decimal: 'numeric',
  number: 'numeric',
}

/** Lower case, single spaces, aliases resolved; a string type's length is dropped (it is not a contract). */
export function canonicalType(type: string): string {
  const text = type.trim().toLowerCase().replace(/\s+/g, ' ')
  const match = /^([a-z_ ]*[a-z0-9_]*?)\s*(\(.*\))?$/.exec(text)
  const base = (match?.[1] ?? text).trim()
  const params = (match?.[2] ?? '').replace(/\s+/g, '')
  const name = ALIASES[base] ?? base
  return name === 'string' ? name : `${name}${params}`
}
