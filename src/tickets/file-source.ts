import { readFile, stat } from 'node:fs/promises'
import { basename, extname, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { limitTicketBody } from './limit-body.js'
import { TicketError, type Ticket, type TicketSource } from './ticket.js'

const MAX_FILE_BYTES = 1024 * 1024

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String)

const TicketFileSchema = z
  .looseObject({
    key: scalar.pipe(z.string().trim().min(1, 'must not be empty')).optional(),
    title: z.string().trim().min(1, 'must not be empty').optional(),
    labels: z
      .union([z.array(scalar), z.string().transform((text) => text.split(','))], {
        error: 'must be a list of strings',
      })
      .transform((labels) => labels.map((label) => label.trim()).filter(Boolean))
      .default([]),
    url: z.url({ error: 'must be a URL' }).optional(),
    updated: scalar.optional(),
    body: z.string({ error: 'must be a string of markdown' }).optional(),
  })
  .transform(({ key, title, labels, url, updated, body, ...rest }) => ({
    key,
    title,
    labels,
    url,
    updated,
    body,
    rest,
  }))

const KNOWN_FIELDS = new Set(['key', 'title', 'labels', 'url', 'updated', 'body'])

/** A ticket kept in the repository: markdown with YAML front matter, or JSON with the same fields and `body`. */
export class FileTicketSource implements TicketSource {
  /** @param baseDir paths are resolved against it (the repository checkout). */
  constructor(private readonly baseDir: string = process.cwd()) {}

  async fetch(path: string): Promise<Ticket> {
    const extension = extname(path).toLowerCase()
    if (extension !== '.md' && extension !== '.json') {
      throw new TicketError(
        'invalid',
        `Ticket file ${path} must end in .md (markdown with front matter) or .json`,
      )
    }
    const absolute = resolve(this.baseDir, path)
    const info = await stat(absolute).catch(() => undefined)
    if (!info?.isFile()) {
      throw new TicketError(
        'not-found',
        `Ticket file ${path} does not exist (looked at ${absolute}): check the \`ticket\` input; paths are relative to the repository root`,
      )
    }
    if (info.size > MAX_FILE_BYTES) {
      throw new TicketError('invalid', `Ticket file ${path} is ${info.size} bytes; keep tickets under 1 MiB`)
    }
    const text = await readFile(absolute, 'utf8')
    const raw = extension === '.json' ? parseJsonTicket(path, text) : parseMarkdownTicket(path, text)
    return toTicket(path, raw)
  }
}

function parseJsonTicket(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new TicketError(
      'invalid',
      `Ticket file ${path} is not valid JSON (${messageOf(error)}): fix the syntax`,
    )
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

function parseMarkdownTicket(path: string, text: string): unknown {
  const match = FRONT_MATTER.exec(text)
  const markdown = match ? text.slice(match[0].length) : text
  let data: unknown = {}
  if (match) {
    try {
      data = parseYaml(match[1] ?? '') ?? {}
    } catch (error) {
      const reason = messageOf(error).split('\n')[0]
      throw new TicketError(
        'invalid',
        `Ticket file ${path} has front matter that is not valid YAML (${reason}): fix it between the \`---\` lines`,
      )
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TicketError(
      'invalid',
      `Ticket file ${path} front matter must be a mapping such as \`title: Add order counts\``,
    )
  }
  if ('body' in data) {
    throw new TicketError(
      'invalid',
      `Ticket file ${path} sets \`body\` in its front matter: in a .md ticket the body is the text after the front matter`,
    )
  }
  return { ...data, body: markdown }
}

function toTicket(path: string, raw: unknown): Ticket {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TicketError('invalid', `Ticket file ${path} must hold an object with at least \`title\``)
  }
  const parsed = TicketFileSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `\`${issue.path.join('.') || 'file'}\` ${issue.message}`,
    )
    throw new TicketError('invalid', `Ticket file ${path} is not valid: ${problems.join('; ')}`)
  }
  const { key, labels, url, updated, rest } = parsed.data
  let body = (parsed.data.body ?? '').replace(/^\s*\n/, '').trimEnd()
  let title = parsed.data.title
  if (title === undefined) {
    // A markdown ticket without a title may open with a `# Heading`; that heading is the title.
    const heading = /^#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(body)
    if (!heading?.[1]) {
      throw new TicketError(
        'invalid',
        `Ticket file ${path} has no \`title\`: add \`title: …\` (front matter or JSON) or start the body with a \`# Heading\``,
      )
    }
    title = heading[1]
    body = body
      .slice(heading[0].length)
      .replace(/^\s*\n/, '')
      .trimEnd()
  }
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(rest)) {
    if (KNOWN_FIELDS.has(name) || value === null || value === undefined) continue
    fields[name] = fieldText(value)
  }
  return {
    key: key ?? basename(path, extname(path)).toUpperCase(),
    source: 'file',
    title,
    body: limitTicketBody(body),
    labels,
    url,
    fields,
    updated,
  }
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
    return value.map(String).join(', ')
  }
  return JSON.stringify(value)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
