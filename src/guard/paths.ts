import { globMatcher, type PathMatcher } from '../shared/glob.js'
import type { GuardConfig } from './config.js'
import type { Violation } from './violation.js'

/**
 * Folders refused at any depth whatever the configuration: version control, CI, build output, installed
 * packages, local environments and Autopilot's own policy. Compared case-insensitively, because on a
 * case-insensitive file system `.GitHub` is `.github`.
 */
const ALWAYS_DENIED_FOLDERS = new Set([
  '.github',
  'target',
  'dbt_packages',
  'dbt_modules',
  'logs',
  'node_modules',
  '.venv',
  'venv',
  '.autopilot',
  '.dbt',
  '.ssh',
  '.aws',
  '.config',
])

/** File names refused at any depth: credentials, dbt user config, ownership and Autopilot's config. */
const ALWAYS_DENIED_NAMES = new Set([
  'profiles.yml',
  'profiles.yaml',
  '.user.yml',
  '.autopilot.yml',
  '.autopilot.yaml',
  'codeowners',
  '.netrc',
  '.npmrc',
  '.pypirc',
])

/** Names that usually hold credentials; refused for reads as well as writes. */
const SECRET_FILE =
  /^(?:\.env(?:\..*)?|.*\.(?:pem|key|p12|pfx|keystore)|id_(?:rsa|dsa|ecdsa|ed25519)(?:\.pub)?|credentials(?:\..*)?|\.netrc|\.npmrc|\.pypirc)$/i

/** Every `.git*` name: the repository, `.gitattributes` filters, `.gitmodules`, `.gitignore`, `.github`. */
const GIT_NAME = /^\.git/i

/** Only plain names: no lookalike letters, zero-width or bidi characters, NTFS streams or 8.3 aliases. */
const SAFE_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9._-]*$/

/** Deeper or longer paths are no dbt project's layout; the file system refuses names over 255 bytes. */
const MAX_DEPTH = 32
const MAX_PATH_LENGTH = 1024

export interface ParsedPath {
  segments: string[]
  /** `segments` joined with `/`. */
  normalized: string
}

/** Splits a project-relative path; returns a violation message when its form alone is unsafe. */
export function parseProjectPath(raw: string): ParsedPath | string {
  if (raw.trim() === '') return 'the path is empty; pass a project-relative path such as models/orders.sql.'
  if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:/.test(raw) || raw.startsWith('\\')) {
    return 'absolute paths are refused; use a path relative to the dbt project root, e.g. models/orders.sql.'
  }
  if (raw.includes('\\')) return 'use `/` between folders, not `\\`.'
  const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.includes('..')) return '`..` is not allowed; only files inside the dbt project can be changed.'
  if (segments.length === 0) return 'the path names the project folder itself; pass a file path.'
  if (segments.length > MAX_DEPTH || raw.length > MAX_PATH_LENGTH || segments.some((s) => s.length > 255)) {
    return `the path is too long or too deep (at most ${MAX_DEPTH} folders, ${MAX_PATH_LENGTH} characters, 255 per name); use a shorter path.`
  }
  const bad = segments.find(
    (segment) => !SAFE_SEGMENT.test(segment) || segment.endsWith('.') || /~\d/.test(segment),
  )
  if (bad !== undefined) {
    return `the name ${JSON.stringify(bad)} has characters that are refused; use ASCII letters, digits, \`_\`, \`-\` and \`.\` (not at the end).`
  }
  return { segments, normalized: segments.join('/') }
}

/** True for files that usually hold credentials (`.env`, keys, `credentials.json`); never read or written. */
export function isSecretFile(raw: string): boolean {
  const name = raw.split(/[\\/]/).filter(Boolean).at(-1) ?? ''
  return SECRET_FILE.test(name)
}

/** Why `segments` is on the denylist, or undefined. */
export function deniedReason(
  segments: readonly string[],
  config: Pick<GuardConfig, 'deniedPaths'>,
): string | undefined {
  const fixed = fixedDeniedReason(segments)
  if (fixed) return fixed
  const joined = segments.join('/')
  for (const entry of config.deniedPaths) {
    if (matcherOf(entry, true)(joined))
      return `\`${entry}\` is on this repository's denylist (project settings, packages and dependencies are changed by people).`
  }
  return undefined
}

/**
 * Why the agent may not read, list or search `segments` (a path as given, or the real path behind a link),
 * or undefined: the fixed denylist and the folders dbt writes. The project's settings stay readable.
 */
export function readDeniedReason(
  segments: readonly string[],
  config: Pick<GuardConfig, 'unreadablePaths'>,
): string | undefined {
  if (segments.length === 0) return undefined
  const fixed = fixedDeniedReason(segments)
  if (fixed) return fixed
  const joined = segments.join('/')
  const folder = (config.unreadablePaths ?? []).find((entry) => {
    const matcher = matcherOf(entry, true)
    return matcher(joined) || matcher(`${joined}/_`)
  })
  return folder
    ? `\`${folder}\` is where dbt writes (build output, logs, installed packages); it is not part of the project's source.`
    : undefined
}

function fixedDeniedReason(segments: readonly string[]): string | undefined {
  const lower = segments.map((segment) => segment.toLowerCase())
  const git = segments.find((segment) => GIT_NAME.test(segment))
  if (git) return `\`${git}\` is version control or CI configuration, which Autopilot never changes.`
  const folder = lower.slice(0, -1).find((segment) => ALWAYS_DENIED_FOLDERS.has(segment))
  if (folder)
    return `\`${folder}/\` is build output, installed packages, local environment or Autopilot's own configuration.`
  const name = lower.at(-1)!
  if (ALWAYS_DENIED_FOLDERS.has(name)) return `\`${name}\` is a reserved folder.`
  if (ALWAYS_DENIED_NAMES.has(name) || SECRET_FILE.test(name)) {
    return `\`${segments.at(-1)}\` holds credentials, ownership or Autopilot configuration and is never read or changed.`
  }
  return undefined
}

/** True when `normalized` matches one of the allowed patterns (`models/`, `seeds/*.csv`), case-sensitively. */
export function isAllowedPath(normalized: string, config: Pick<GuardConfig, 'allowedPaths'>): boolean {
  return config.allowedPaths.some((entry) => matcherOf(entry, false)(normalized))
}

/** Compiled patterns by entry: the guard checks every file the agent lists, reads or writes. */
const matchers = new Map<string, PathMatcher>()

function matcherOf(pattern: string, caseInsensitive: boolean): PathMatcher {
  const key = `${caseInsensitive ? 'i' : 's'}:${pattern}`
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = globMatcher(pattern, { caseInsensitive })
    matchers.set(key, matcher)
  }
  return matcher
}

/**
 * Path rules for one file the agent wants to write: the form of the path, the fixed and configured
 * denylist, then the allowlist. `realPath`, when the file or a parent is a link, is checked the same way.
 */
export function checkPath(raw: string, config: GuardConfig, realPath?: string): Violation[] {
  const parsed = parseProjectPath(raw)
  if (typeof parsed === 'string') return [{ rule: 'path-denied', path: raw, message: `Refused: ${parsed}` }]
  const violations = checkParsed(raw, parsed, config)
  if (violations.length > 0 || realPath === undefined || realPath === parsed.normalized) return violations
  const real = parseProjectPath(realPath)
  if (typeof real === 'string') {
    return [
      {
        rule: 'path-denied',
        path: raw,
        message: `Refused: it is a link to ${JSON.stringify(realPath)}, whose name is refused: ${real}`,
      },
    ]
  }
  if (isProjectFile(real.normalized, config)) {
    return [
      {
        rule: 'path-denied',
        path: raw,
        message: `Refused: it is a link to ${real.normalized}; edit ${real.normalized} itself, where its settings rules apply.`,
      },
    ]
  }
  return checkParsed(raw, real, config).map((violation) => ({
    ...violation,
    message: `It is a link to ${real.normalized}. ${violation.message}`,
  }))
}

/** True for the project's own dbt_project.yml files, whose edits the settings rules check. */
export function isProjectFile(normalized: string, config: Pick<GuardConfig, 'projectFiles'>): boolean {
  return (config.projectFiles ?? ['dbt_project.yml']).includes(normalized)
}

function checkParsed(raw: string, parsed: ParsedPath, config: GuardConfig): Violation[] {
  const name = parsed.segments.at(-1)!.toLowerCase()
  if (
    (name === 'dbt_project.yml' || name === 'dbt_project.yaml') &&
    !isProjectFile(parsed.normalized, config)
  ) {
    const own = (config.projectFiles ?? ['dbt_project.yml']).map((f) => `\`${f}\``).join(', ')
    return [
      {
        rule: 'path-denied',
        path: raw,
        message: `Refused: only this project's own dbt_project.yml (${own}) may change; dbt reads no other.`,
      },
    ]
  }
  const denied = deniedReason(parsed.segments, config)
  if (denied)
    return [
      {
        rule: 'path-denied',
        path: raw,
        message: `Refused: ${denied} Change files under ${config.allowedPaths.join(', ')} instead.`,
      },
    ]
  if (!isAllowedPath(parsed.normalized, config)) {
    const hint = folderHint(parsed.segments, config)
    return [
      {
        rule: 'path-not-allowed',
        path: raw,
        message: `Refused: ${hint}Autopilot may only change files under ${config.allowedPaths.join(', ')}. Put the change in one of those folders, or ask a maintainer to change ${parsed.normalized}.`,
      },
    ]
  }
  return []
}

/** Singular names of the first folder a model may reach for by habit (`tests/`), by resource kind. */
const HABITS: Readonly<Record<string, string>> = {
  models: 'models',
  tests: 'tests',
  data_tests: 'tests',
  seeds: 'seeds',
  data: 'seeds',
  macros: 'macros',
  snapshots: 'snapshots',
  analyses: 'analyses',
  analysis: 'analyses',
}

/** "dbt does not read `tests/` in this project; its tests live in `data-tests/`. " when the project says so. */
function folderHint(segments: readonly string[], config: Pick<GuardConfig, 'resourceFolders'>): string {
  const kind = HABITS[segments[0]?.toLowerCase() ?? '']
  const folders = kind ? config.resourceFolders?.[kind] : undefined
  if (!kind || !folders) return ''
  const where =
    folders.length > 0
      ? `its ${kind} live in ${folders.map((f) => `\`${f}\``).join(', ')}`
      : `it has no ${kind} folder`
  return `dbt does not read \`${segments[0]}/\` in this project (dbt_project.yml); ${where}. `
}
