import type { GuardConfig } from './config.js'
import { computedStrings, constantsOf, foldedCode } from './jinja-constants.js'
import { ENGINE_PATTERNS, STATEMENT_PATTERNS, type SqlPattern } from './sql-patterns.js'
import { checkHookSql } from './sql-safety.js'
import { jinjaRegions, jinjaStrings, withoutJinjaComments } from './sql-text.js'
import { finding, type Finding, type GuardRule } from './violation.js'

interface JinjaRule {
  rule: GuardRule
  pattern: RegExp
  message: string
}

/** dbt macros that execute statements themselves (each ends in `{% call statement %}` or `adapter.*`). */
const EXECUTING_MACROS = [
  'drop_relation(?:_if_exists)?',
  'truncate_relation',
  'rename_relation',
  'create_schema',
  'drop_schema(?:_named)?',
  'alter_column_type',
  'alter_relation_add_remove_columns',
  'alter_column_comment',
  'alter_relation_comment',
  'persist_docs',
  'apply_grants',
  'load_csv_rows',
  'create_csv_table',
  'reset_csv_table',
  'create_indexes',
  'run_hooks',
].join('|')

const JINJA_RULES: readonly JinjaRule[] = [
  {
    rule: 'jinja-run-query',
    pattern: /\brun_query\b/g,
    message:
      '`run_query` runs SQL against the warehouse while dbt compiles. Select the data in the model with ref()/source() instead.',
  },
  {
    rule: 'jinja-run-query',
    pattern:
      /\bcontext\s*(?:\[|\.\s*get\b)|\|\s*attr\b|__\w+__|\b(?:builtins|modules)\s*\[|\b(?:execute_macro|run_hooks|load_result|submit_python_job|load_agate_table)\b/g,
    message:
      'Dynamic lookups (`context[...]`, `|attr`, `__dunder__`) and internal dbt functions can reach SQL execution. Call macros by name.',
  },
  {
    rule: 'jinja-statement',
    pattern: /\bcall\s+(?:noop_)?statement\b|\bstatement\s*\(|\{%[-+]?\s*materialization\b/g,
    message:
      '`{% call statement %}` and custom materializations run SQL outside the model. Express the change as the model select.',
  },
  {
    rule: 'jinja-statement',
    pattern:
      /\{%[-+]?\s*macro\s+(?:\w+__)?(?:create_|drop_|alter_|truncate_|rename_|get_create_|get_drop_|get_replace_|get_delete_|get_merge_|get_insert_|get_incremental_|get_grant|get_revoke|apply_grants|persist_docs|run_hooks|statement|load_csv_rows|make_temp_relation|snapshot_merge|post_snapshot|handle_existing_table|materialization_)\w*\s*\(/g,
    message:
      "This macro overrides one of dbt's built-in SQL macros, which changes the statements dbt runs for every model. Give the macro its own name.",
  },
  {
    rule: 'adapter-execute',
    pattern:
      /\badapter\s*(?:\.\s*|\[\s*['"])(?:execute|drop_\w*|create_\w*|rename_\w*|truncate_\w*|alter_\w*|add_query|expand_\w*|commit|begin|rollback\w*|submit_\w*)\b/g,
    message:
      '`adapter.execute` and the adapter methods that change relations run SQL outside the model. Express the change as the model select.',
  },
  {
    rule: 'adapter-execute',
    pattern: new RegExp(
      `\\b(?:${EXECUTING_MACROS})\\s*\\(|\\badapter\\s*\\.\\s*dispatch\\s*\\(\\s*(?:(?!['"][A-Za-z_]\\w*['"]\\s*[,)])|['"](?:${EXECUTING_MACROS}|run_query|statement)['"])`,
      'g',
    ),
    message:
      "dbt's macros that drop, create, rename, truncate or alter relations (`drop_relation`, `create_schema`, …) run SQL outside the model, directly or through `adapter.dispatch`. Express the change as the model select.",
  },
  {
    rule: 'grant-config',
    pattern: /(?:\b|['"])\+?grants['"]?\s*[=:]/g,
    message:
      '`grants` changes who can read data; access is managed by the warehouse owners. Leave grants out of the change.',
  },
  {
    rule: 'engine-escape',
    pattern: /\bmaterialized\s*[=:]\s*['"]external['"]|\b(?:external_location|plugins)\s*[=:]/g,
    message:
      'External materializations and locations write or read files outside the warehouse. Use a table, view or incremental model.',
  },
]

/** Rules on the code with its strings blanked: names used as values, not called by name. */
const NAME_RULES: readonly JinjaRule[] = [
  {
    rule: 'jinja-run-query',
    pattern: /(?<![.\w])context\b|(?<![.\w])adapter\b(?!\s*\.)/g,
    message:
      '`context` and `adapter` passed around as values (`context.items()`, `{% set db = adapter %}`) reach SQL execution by another name. Call macros and adapter methods by name.',
  },
]

const HOOK_KEY = /(?:\b|['"])\+?(pre[-_]hook|post[-_]hook|sql_header)['"]?\s*[=:]/g

/** Attributes of `target` that carry no credentials. */
const SAFE_TARGET_NAMES =
  'name|schema|database|type|threads|profile_name|target_name|dbname|path|warehouse|role|user|account|project|dataset|catalog|location|host|port'
/** `.name`, or `['name']` closed right after the name: `target['name'[:0] ~ 'password']` is not `name`. */
const SAFE_TARGET_ATTRIBUTE = new RegExp(
  `^\\s*(?:\\.\\s*(?:${SAFE_TARGET_NAMES})\\b|\\[\\s*(['"])(?:${SAFE_TARGET_NAMES})\\1\\s*\\])`,
)

/** Strings in Jinja whose content is SQL or an escape that hides it. */
const SUSPICIOUS_STRING: readonly SqlPattern[] = [
  ...STATEMENT_PATTERNS,
  // COPY/ATTACH/INSTALL/LOAD, table functions that read files, getenv (the bare `;` rule is below).
  ...ENGINE_PATTERNS.filter((rule) => rule.pattern.source !== ';'),
  {
    rule: 'engine-escape',
    pattern:
      /^\s*(?:(?:export|import)\s+database\b|pragma\s+\w|(?:set|reset)\s+(?:global\s+|session\s+|local\s+)?[a-z_]\w*\s*(?:=|\bto\b))/gi,
    message:
      'A Jinja string that is an EXPORT, PRAGMA or SET statement changes the engine or writes files. Leave engine settings to the profile.',
  },
  {
    rule: 'sql-ddl-dml',
    pattern: /;|\\(?:x|u|U|N|[0-7])|%c|\{:c\}/g,
    message:
      'A Jinja string with `;` or an escape sequence can smuggle a second statement into the model. Write the SQL in the model itself.',
  },
]

/**
 * The Jinja rules for any file dbt renders (SQL, YAML, Markdown docs): execution sinks, env_var reads,
 * target credentials, hooks given anything but checkable literal SQL, and SQL hidden in strings.
 */
export function checkJinja(path: string, raw: string, config: GuardConfig): Finding[] {
  const text = withoutJinjaComments(raw)
  const constants = constantsOf(raw)
  const findings: Finding[] = []
  for (const region of jinjaRegions(text)) {
    const { code, start } = region
    const codeWithoutStrings = blankStrings(code)
    // Strings are scanned too: `context['run_query']` reaches the sink through one.
    for (const rule of JINJA_RULES) {
      for (const match of code.matchAll(rule.pattern)) {
        findings.push(finding(rule.rule, path, text, start + match.index, match[0], rule.message))
      }
    }
    for (const rule of NAME_RULES) {
      for (const match of codeWithoutStrings.matchAll(rule.pattern)) {
        findings.push(finding(rule.rule, path, text, start + match.index, match[0], rule.message))
      }
    }
    // What the code builds from literals (`'run_' ~ 'query'`, `['dr', 'op table x']|join`) counts as written.
    const computed = computedStrings(code, constants)
    if (computed.length > 0) {
      const folded = foldedCode(code, computed)
      for (const rule of JINJA_RULES) {
        for (const match of folded.matchAll(rule.pattern)) {
          findings.push(finding(rule.rule, path, text, start, match[0], rule.message))
        }
      }
      for (const { value } of computed) {
        for (const rule of SUSPICIOUS_STRING) {
          for (const match of value.matchAll(rule.pattern)) {
            findings.push(finding(rule.rule, path, text, start, match[0], rule.message))
          }
        }
      }
    }
    findings.push(...checkEnvVars(path, text, region, config))
    for (const match of codeWithoutStrings.matchAll(/(?<![.\w])target\b/g)) {
      if (SAFE_TARGET_ATTRIBUTE.test(code.slice(match.index + match[0].length))) continue
      findings.push(
        finding(
          'target-credentials',
          path,
          text,
          start + match.index,
          code.slice(match.index, match.index + 40),
          'Only `target.name`, `target.schema`, `target.database`, `target.type` and similar are allowed: other attributes of `target` can hold the warehouse credentials.',
        ),
      )
    }
    findings.push(...checkHooks(path, text, region.start, code))
    for (const literal of jinjaStrings(code)) {
      for (const rule of SUSPICIOUS_STRING) {
        for (const match of literal.value.matchAll(rule.pattern)) {
          findings.push(finding(rule.rule, path, text, start + literal.index, match[0], rule.message))
        }
      }
    }
  }
  return findings
}

function checkEnvVars(
  path: string,
  text: string,
  region: { start: number; code: string },
  config: GuardConfig,
): Finding[] {
  const findings: Finding[] = []
  for (const match of blankStrings(region.code).matchAll(/\benv_var\b/g)) {
    const call = /^env_var\s*\(\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\1\s*[,)]/.exec(
      region.code.slice(match.index),
    )
    const name = call?.[2]
    if (name && config.allowedEnvVars.includes(name) && !/^DBT_ENV_SECRET/i.test(name)) continue
    const message = name
      ? `env_var('${name}') is not on the allowlist: the runner's environment holds the run's tokens. Use var() for settings, or ask a maintainer to allow ${name}.`
      : 'env_var() must name one allowed variable as a plain string literal.'
    findings.push(
      finding('env-var-not-allowed', path, text, region.start + match.index, name ?? 'env_var', message),
    )
  }
  return findings
}

/** Hooks and SQL headers must be string literals, and those strings must not change data or grants. */
function checkHooks(path: string, text: string, offset: number, code: string): Finding[] {
  const findings: Finding[] = []
  for (const match of code.matchAll(HOOK_KEY)) {
    const valueStart = match.index + match[0].length
    const value = argumentAt(code, valueStart)
    const literals = jinjaStrings(value)
    let rest = value
    for (const literal of literals) rest = rest.replace(literal.value, '')
    const structure = rest.replace(/['"]/g, '').replace(/\b(?:sql|transaction|true|false|none)\b/gi, '')
    if (!/^[\s[\]{}(),:]*$/.test(structure)) {
      findings.push(
        finding(
          'hook-mutation',
          path,
          text,
          offset + match.index,
          match[0] + value,
          `\`${match[1]}\` must be literal SQL so it can be checked; a variable or macro call is refused. Most changes need no hook at all.`,
        ),
      )
      continue
    }
    for (const literal of literals) {
      for (const hit of checkHookSql(path, literal.value)) {
        findings.push(
          finding(
            hit.rule,
            path,
            text,
            offset + valueStart + literal.index,
            hit.evidence,
            `\`${match[1]}\` runs this SQL after dbt builds the model. ${hit.message}`,
          ),
        )
      }
    }
  }
  return findings
}

/** The text of one argument or value starting at `start`: up to a `,` or closing bracket at depth 0. */
function argumentAt(code: string, start: number): string {
  let depth = 0
  let quote: string | undefined
  for (let i = start; i < code.length; i++) {
    const char = code[i]!
    if (quote) {
      if (char === '\\') i++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") quote = char
    else if ('([{'.includes(char)) depth++
    else if (')]}'.includes(char)) {
      if (depth === 0) return code.slice(start, i)
      depth--
    } else if (char === ',' && depth === 0) return code.slice(start, i)
    else if (
      (char === '%' || char === '-') &&
      depth === 0 &&
      code.startsWith('%}', i + (char === '-' ? 1 : 0))
    )
      return code.slice(start, i)
  }
  return code.slice(start)
}

function blankStrings(code: string): string {
  return code.replace(
    /'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*"/g,
    (literal) => literal[0] + ' '.repeat(literal.length - 2) + literal[0],
  )
}
