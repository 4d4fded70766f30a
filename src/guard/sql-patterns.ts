import type { GuardRule } from './violation.js'

/** A statement shape that is refused, and why. */
export interface SqlPattern {
  rule: GuardRule
  pattern: RegExp
  message: string
}

const OBJECTS =
  'table|view|schema|database|index|sequence|function|macro|type|secret|role|user|trigger|procedure|stage|stream|task|share|extension|tag|policy|materialized\\s+view'

const DDL_DML_MESSAGE =
  'models, macros and tests must be read-only SELECTs: dbt creates and replaces relations itself. Write the change as a select (an incremental model or a snapshot if data must accumulate).'

/** DDL, DML and grants, matched anywhere outside strings and comments. */
export const STATEMENT_PATTERNS: readonly SqlPattern[] = [
  {
    rule: 'sql-ddl-dml',
    pattern: new RegExp(
      `\\bcreate\\s+(?:or\\s+replace\\s+)?(?:(?:temp|temporary|transient|persistent|local|global|unique|secure|external|recursive|if\\s+not\\s+exists)\\s+)*(?:${OBJECTS})\\b`,
      'gi',
    ),
    message: `CREATE statement: ${DDL_DML_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern: new RegExp(`\\b(?:drop|undrop)\\s+(?:${OBJECTS}|column|owned)\\b`, 'gi'),
    message: `DROP statement: ${DDL_DML_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern: new RegExp(`\\balter\\s+(?:${OBJECTS}|system|session|warehouse)\\b`, 'gi'),
    message: `ALTER statement: ${DDL_DML_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern: /\btruncate\s+(?:table\b|[a-z_"][\w".]*\s*(?:;|$))/gi,
    message: `TRUNCATE statement: ${DDL_DML_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern:
      /\b(?:insert\s+(?:or\s+(?:replace|ignore)\s+)?(?:into|overwrite)|delete\s+from|merge\s+into|upsert\s+into|replace\s+into)\b/gi,
    message: `Data change (INSERT/DELETE/MERGE): ${DDL_DML_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern: /\bupdate\s+[a-z_"][\w".]*(?:\s+(?:as\s+)?[a-z_]\w*)?\s+set\b/gi,
    message: `UPDATE statement: ${DDL_DML_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern: /\b(?:grant\s+[\w\s,]+?\s+(?:on|to)|revoke\s+[\w\s,]+?\s+(?:on|from))\s/gi,
    message:
      'GRANT/REVOKE changes who can read data; access is managed by the warehouse owners, not by a model change.',
  },
  {
    rule: 'sql-ddl-dml',
    pattern:
      /\b(?:comment\s+on\s+(?:table|column|view|schema|database)|rename\s+table|refresh\s+materialized\s+view)\b/gi,
    message: `Catalog change: ${DDL_DML_MESSAGE} Put descriptions in the model's YAML.`,
  },
]

const ENGINE_MESSAGE =
  'reaches outside the warehouse (files, network, extensions or settings on the runner). Read data through ref() and source(); new data comes in as a seed.'

/** Statements that only count at the start of a statement: after the start of the text, a `;` or Jinja. */
export const LEADING_PATTERNS: readonly SqlPattern[] = [
  {
    rule: 'engine-escape',
    pattern:
      /(?:^|;)\s*((?:force\s+)?install|load|attach|detach|copy|export|import|set|reset|pragma|use|checkpoint)\b/gi,
    message: `This statement ${ENGINE_MESSAGE}`,
  },
  {
    rule: 'sql-ddl-dml',
    pattern: /(?:^|;)\s*(call|execute|exec|begin|commit|rollback)\b/gi,
    message: `Procedure calls and transaction control are refused: ${DDL_DML_MESSAGE}`,
  },
]

/** Engine features refused anywhere outside strings and comments. */
export const ENGINE_PATTERNS: readonly SqlPattern[] = [
  {
    rule: 'engine-escape',
    pattern:
      /\b(?:attach\s+(?:database\s+)?(?:if\s+not\s+exists\s+)?'|(?:force\s+)?install\s+[a-z_']|load\s+(?:httpfs|postgres\w*|mysql\w*|sqlite\w*|aws|azure|iceberg|delta|spatial|excel|\w+_scanner)\b|copy\s*\(|copy\s+[\w"'.]+\s+(?:to|from)\b)/gi,
    message: `ATTACH/INSTALL/LOAD/COPY ${ENGINE_MESSAGE}`,
  },
  {
    rule: 'engine-escape',
    pattern:
      /\b(?:read_\w+|parquet_\w+|sniff_csv|csv_scan|glob|iceberg_\w+|delta_scan|sqlite_scan|postgres_\w+|mysql_\w+|st_read|query_table|query|duckdb_secrets|which_secret|current_setting|duckdb_settings)\s*\(/gi,
    message: `This table function ${ENGINE_MESSAGE}`,
  },
  {
    rule: 'engine-escape',
    pattern: /\b(?:from|join)\s+'/gi,
    message: `Reading a file by its path ${ENGINE_MESSAGE}`,
  },
  {
    rule: 'env-var-not-allowed',
    pattern: /\bgetenv\s*\(/gi,
    message:
      "getenv() reads the runner's environment, which holds the run's tokens. Use var() for settings; ask a maintainer to allow a specific env_var().",
  },
  {
    rule: 'sql-ddl-dml',
    pattern: /;/g,
    message:
      'A `;` starts a second statement that dbt would run alongside the model. A model is a single select without `;`.',
  },
]

/** Patterns that also count inside strings (but not in comments): URLs and the network extension. */
export const STRING_PATTERNS: readonly SqlPattern[] = [
  {
    rule: 'engine-escape',
    pattern:
      /\b(?:https?|s3[an]?|gcs|gs|az|azure|abfss?|r2|hf|file|ftp|sftp|ssh|jdbc|postgres(?:ql)?|mysql):\/\/|\b(?:md|motherduck):[\w?]|\bhttpfs\b/gi,
    message: `A URL or remote location ${ENGINE_MESSAGE}`,
  },
  {
    rule: 'engine-escape',
    pattern:
      /\b(?:from|join)\s+"[^"\n]*(?:\/|\.(?:csv|tsv|txt|parquet|json|ndjson|jsonl|gz|zst|xlsx|db|duckdb|sqlite|arrow))[^"\n]*"/gi,
    message: `Reading a file by its path ${ENGINE_MESSAGE}`,
  },
]
