import { createHash } from 'node:crypto'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  GUIDANCE_FILES,
  MAX_CONVENTIONS_CHARS,
  MAX_GUIDANCE_CHARS,
  MAX_GUIDANCE_FILE_BYTES,
  type ConventionSection,
  type ConventionsReader,
  type GuidanceRecord,
  type LintRulesSource,
  type ProjectConventions,
} from './conventions.js'

export interface RepositoryConventionsOptions {
  repoDir: string
  /** The dbt project's folder; its guidance files are read too when it is not the repository root. */
  projectDir: string
  /** The `custom-instructions` input. */
  customInstructions?: string
  /** Absent when lint is off. */
  lintRules?: LintRulesSource
}

type Found = { text: string; sha256: string; bytes: number } | { skipped: string }

/**
 * The repository's own guidance (`.autopilot/instructions.md`, `AGENTS.md`, `CLAUDE.md` at the dbt project
 * root, then at the repository root), the `custom-instructions` input before them, and the linter's
 * effective rules. Bounded per file and in total; what is cut is said in the prompt and the record.
 */
export class RepositoryConventions implements ConventionsReader {
  constructor(private readonly options: RepositoryConventionsOptions) {}

  async read(): Promise<ProjectConventions> {
    const guidance: ConventionSection[] = []
    const records: GuidanceRecord[] = []
    let room = MAX_CONVENTIONS_CHARS
    const take = (source: string, found: Found) => {
      if ('skipped' in found) {
        records.push({ source, shownChars: 0, cut: found.skipped })
        return
      }
      const clean = visibleText(found.text)
      const { text, cut } = bounded(clean.text, Math.min(MAX_GUIDANCE_CHARS, room))
      room -= text.length
      records.push({
        source,
        sha256: found.sha256,
        bytes: found.bytes,
        shownChars: text.length,
        ...(cut ? { cut } : {}),
        ...(clean.removed.length > 0 ? { removed: clean.removed } : {}),
      })
      if (text) guidance.push({ source, text: cut ? `${text}\n[${cut}]` : text })
    }
    const custom = this.options.customInstructions?.trim()
    if (custom) take('custom-instructions', digest(custom))
    for (const file of await this.guidanceFiles()) take(file.source, file.found)
    const lint = await this.options.lintRules?.rules()
    return {
      guidance,
      ...(lint && 'rules' in lint ? { lint } : {}),
      record: {
        guidance: records,
        ...(lint
          ? {
              lint:
                'rules' in lint
                  ? {
                      config: lint.config,
                      dialect: lint.rules.dialect,
                      templater: lint.rules.templater,
                      rules: lint.rules.rules.length,
                    }
                  : lint,
            }
          : {}),
      },
    }
  }

  /** Existing guidance files, nearest the project first; a file linked from several names counts once. */
  private async guidanceFiles(): Promise<{ source: string; found: Found }[]> {
    const { repoDir, projectDir } = this.options
    const root = await realpath(repoDir)
    const dirs = [...new Set([path.resolve(projectDir), path.resolve(repoDir)])]
    const seen = new Map<string, string>()
    const files: { source: string; found: Found }[] = []
    for (const dir of dirs) {
      for (const name of GUIDANCE_FILES) {
        const file = path.join(dir, name)
        const source = toPosix(path.relative(repoDir, file))
        const real = await realpath(file).catch(() => undefined)
        if (!real) continue
        const earlier = seen.get(real)
        if (earlier) {
          files.push({ source, found: { skipped: `the same file as ${earlier}` } })
          continue
        }
        seen.set(real, source)
        files.push({ source, found: await readGuidance(real, root) })
      }
    }
    return files
  }
}

async function readGuidance(real: string, root: string): Promise<Found> {
  const inside = path.relative(root, real)
  if (inside.startsWith('..') || path.isAbsolute(inside))
    return { skipped: 'a link to outside the repository: not read' }
  const info = await stat(real)
  if (!info.isFile()) return { skipped: 'not a file' }
  if (info.size > MAX_GUIDANCE_FILE_BYTES)
    return {
      skipped: `${info.size.toLocaleString('en-US')} bytes, over the ${MAX_GUIDANCE_FILE_BYTES / 1024} KiB read: not read`,
    }
  const content = await readFile(real)
  return { text: content.toString('utf8'), sha256: sha256(content), bytes: content.length }
}

function digest(text: string): Found {
  const content = Buffer.from(text, 'utf8')
  return { text, sha256: sha256(content), bytes: content.length }
}

/**
 * The text a reader of the file sees: HTML comments and invisible characters (zero-width, bidi controls,
 * tag characters) are where instructions hide from a reviewer, so they are removed. Everything else stays
 * as written: guidance is markdown with `<placeholders>` that a ticket's sanitizer would take for HTML.
 */
export function visibleText(raw: string): { text: string; removed: string[] } {
  const removed: string[] = []
  let text = raw.replace(/\r\n?/g, '\n')
  const uncommented = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
  if (uncommented !== text) removed.push('html-comment')
  text = uncommented
  const visible = text.replace(/[\p{Cf}\p{Co}]|[^\P{Cc}\n\t]/gu, '')
  if (visible !== text) removed.push('invisible-character')
  return { text: visible.trim(), removed }
}

/** The text up to `max` characters, cut at a line end, and what was cut. */
function bounded(text: string, max: number): { text: string; cut?: string } {
  if (text.length <= max) return { text }
  if (max <= 0)
    return {
      text: '',
      cut: `left out: the ${MAX_CONVENTIONS_CHARS.toLocaleString('en-US')}-character room for guidance was used`,
    }
  const lineEnd = text.lastIndexOf('\n', max)
  const shown = text.slice(0, lineEnd > max / 2 ? lineEnd : max).trimEnd()
  return {
    text: shown,
    cut: `cut: ${shown.length.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters shown`,
  }
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
