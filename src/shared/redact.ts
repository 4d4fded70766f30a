import { secretEncodings } from './secret-encodings.js'

/**
 * The one redaction function for every surface that leaves the process: PR body, comments, job summary,
 * annotations, audit files and error messages. Registered secrets are found in their common encodings too
 * (`secretEncodings`).
 */
export type Redactor = (text: string) => string

export const REDACTED = '***'

/** Shorter values are too likely to occur by chance (`true`, `main`) to be replaced everywhere. */
export const MIN_SECRET_LENGTH = 4

/** Token shapes that are secret whoever registered them. */
export const TOKEN_SHAPES: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{16,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
  /\bsk-ant-[A-Za-z0-9_-]{8,}/g,
  /\bxox[bapre]-[A-Za-z0-9-]{8,}/g,
]

/** Shapes whose secret part follows a prefix that stays readable. */
export const PREFIXED_SHAPES: readonly RegExp[] = [
  // Authorization headers, also as JSON (`"authorization": "Bearer …"`) or curl arguments.
  /(authorization["']?\s*[:=]\s*["']?\s*(?:bearer|basic|token)\s+)[^\s"',;]+/gi,
  // Credentials in URLs: https://x-access-token:TOKEN@github.com, https://user:pass@host.
  /(x-access-token:)[^@\s"'<>]+(?=@)/gi,
  /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"'<>]+:)[^@\s/"'<>]+(?=@)/gi,
]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const literals = [
    ...new Set(secrets.flatMap((secret) => (secret && secret.trim() ? secretEncodings(secret) : []))),
  ].filter((value) => value.length >= MIN_SECRET_LENGTH)
  // Longest first, so a secret that contains another is replaced whole.
  literals.sort((a, b) => b.length - a.length)
  // Without case, as the guard's secret scan: an upper-cased or other-case hex form is still the value.
  const registered = literals.length > 0 ? new RegExp(literals.map(escapeRegExp).join('|'), 'gi') : undefined

  return (text: string): string => {
    let result = registered ? text.replace(registered, REDACTED) : text
    for (const shape of TOKEN_SHAPES) result = result.replace(shape, REDACTED)
    for (const shape of PREFIXED_SHAPES) result = result.replace(shape, `$1${REDACTED}`)
    return result
  }
}

/** Redacts every string (keys included) in a JSON-safe value; other values pass through unchanged. */
export function redactDeep<T>(value: T, redactor: Redactor): T {
  return walk(value, redactor) as T
}

function walk(value: unknown, redactor: Redactor): unknown {
  if (typeof value === 'string') return redactor(value)
  if (Array.isArray(value)) return value.map((item) => walk(item, redactor))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[redactor(key)] = walk(item, redactor)
    return out
  }
  return value
}

/** The message of anything thrown, redacted, for logs, `setFailed` and comments. */
export function redactedErrorMessage(error: unknown, redactor: Redactor): string {
  const message = error instanceof Error ? error.message : String(error)
  return redactor(message)
}
