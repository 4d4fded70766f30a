import { MIN_SECRET_LENGTH, PREFIXED_SHAPES, TOKEN_SHAPES } from '../shared/redact.js'
import { secretEncodings } from '../shared/secret-encodings.js'
import type { GuardConfig } from './config.js'
import { finding, type Finding, type GuardRule } from './violation.js'

/**
 * Shapes that are only detected here, on top of the redactor's: a change carrying one is refused, which is
 * cheaper to get wrong than redacting text that merely looks like one.
 */
const DETECTED_SHAPES: readonly RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
  /\bATATT[A-Za-z0-9_=-]{20,}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\b[sr]k_live_[0-9a-zA-Z]{16,}/g,
  /\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g,
]

/** Characters that render as nothing, which could split a token so no pattern matches it. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/**
 * Token shapes (the redactor's and a few more) and the run's own secret values, in `text`. Messages name
 * what was found, never the value.
 */
export function checkSecrets(
  path: string,
  text: string,
  config: Pick<GuardConfig, 'secretValues'>,
  rule: GuardRule = 'secret-in-diff',
): Finding[] {
  const findings: Finding[] = []
  const views = [text]
  const visible = text.replace(INVISIBLE, '')
  if (visible !== text) views.push(visible)
  for (const view of views) {
    for (const shape of [...TOKEN_SHAPES, ...PREFIXED_SHAPES, ...DETECTED_SHAPES]) {
      for (const match of view.matchAll(shape)) {
        findings.push(
          finding(
            rule,
            path,
            view,
            match.index,
            match[0],
            'This looks like an access token or credential. Remove it: credentials live in the warehouse profile and CI secrets, never in the repository or the pull request.',
          ),
        )
      }
    }
    // Compared without case: `upper()` in SQL, or a hex form in the other case, is still the value.
    const folded = view.toLowerCase()
    for (const secret of config.secretValues) {
      if (secret.trim().length < MIN_SECRET_LENGTH) continue
      for (const form of secretEncodings(secret)) {
        if (form.length < MIN_SECRET_LENGTH) continue
        const index = folded.indexOf(form.toLowerCase())
        if (index < 0) continue
        findings.push(
          finding(
            rule,
            path,
            view,
            index,
            form,
            "This is one of the run's own secret values (possibly encoded). Remove it; never copy tokens into files or summaries.",
          ),
        )
        break
      }
    }
  }
  return dedupe(findings)
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((item) => {
    const key = `${item.rule}\0${item.line}\0${item.evidence}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
