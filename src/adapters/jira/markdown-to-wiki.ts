/**
 * The short markdown Autopilot writes in ticket comments → Jira wiki markup (Data Center / Server).
 *
 * Headings, `-`/`1.` lists, `>` quotes, fenced code, `**bold**`, `_em_`, `` `code` ``, `[text](https://…)`
 * and bare URLs become their wiki forms. Every other character that wiki markup would read as markup
 * (`*`, `[`, `{`, `|`, `!`, …) is escaped, so text that came from the ticket or the model mentions no one,
 * embeds no image and opens no macro. Autopilot's `<!-- autopilot:… -->` markers, which wiki markup cannot
 * hide, become a small monospace mark (the question-marker parser reads both forms back).
 */

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)\s*$/
const HEADING = /^(#{1,6})\s+(.*)$/
const BULLET = /^(\s*)[-*+]\s+(.*)$/
const NUMBERED = /^(\s*)\d+[.)]\s+(.*)$/
const QUOTE = /^>\s?(.*)$/

export function markdownToWiki(markdown: string): string {
  const lines = visibleMarkers(markdown).replace(/\r\n?/g, '\n').split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const fence = FENCE.exec(line)
    if (fence) {
      const marker = fence[1] ?? '```'
      const body: string[] = []
      let j = i + 1
      while (j < lines.length && !(lines[j] ?? '').trim().startsWith(marker)) body.push(lines[j++] ?? '')
      // Inside {noformat} nothing is markup, except its own closing tag.
      out.push(
        '{noformat}',
        ...body.map((text) => text.replace(/\{noformat\}/gi, '{ noformat}')),
        '{noformat}',
      )
      i = j
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      out.push(`h${heading[1]?.length ?? 1}. ${inline(heading[2] ?? '')}`)
      continue
    }
    const bullet = BULLET.exec(line) ?? NUMBERED.exec(line)
    if (bullet) {
      const level = Math.min(6, Math.floor((bullet[1]?.length ?? 0) / 2) + 1)
      out.push(`${(NUMBERED.test(line) ? '#' : '*').repeat(level)} ${inline(bullet[2] ?? '')}`)
      continue
    }
    const quoted = QUOTE.exec(line)
    if (quoted) {
      out.push(quoted[1]?.trim() ? `bq. ${inline(quoted[1])}` : '')
      continue
    }
    // `---` alone is a rule in both; a line that only looks like wiki block syntax is escaped by `inline`.
    out.push(/^\s*-{3,}\s*$/.test(line) ? '----' : inline(line.replace(/\\$/, '')))
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function visibleMarkers(markdown: string): string {
  return markdown.replace(/<!--\s*(autopilot:[^<>`]*?)\s*-->/g, '`$1`')
}

// Order matters, as in the ADF writer: escapes and entities are characters; a label may sit inside bold;
// a bare URL is tried last so `[t](u)` wins.
const INLINE =
  /\\(?<escaped>[!-/:-@[-`{-~])|&(?<entity>amp|lt|gt|quot|#39);|\*\*(?<bold>[^\n]+?)\*\*|(?<![\p{L}\p{N}])_(?<em>[^_\n]+?)_(?![\p{L}\p{N}])|\[(?<label>[^\]\n]+)\]\((?<href>https?:\/\/[^\s)]+)\)|`(?<code>[^`\n]+)`|(?<url>https?:\/\/[^\s<>()[\]|{}]+[^\s<>()[\]|{}.,;:!?'"])/gu

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

function inline(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const groups = match.groups ?? {}
    out += escapeWiki(text.slice(last, match.index), last === 0)
    last = match.index + match[0].length
    if (groups['escaped'] !== undefined) out += escapeWiki(groups['escaped'], false)
    else if (groups['entity'] !== undefined) out += escapeWiki(ENTITIES[groups['entity']] ?? '', false)
    else if (groups['bold'] !== undefined) out += `*${inline(groups['bold'])}*`
    else if (groups['em'] !== undefined) out += `_${inline(groups['em'])}_`
    else if (groups['label'] !== undefined && groups['href'] !== undefined)
      out += `[${escapeWiki(unescape(groups['label']), false)}|${groups['href']}]`
    else if (groups['code'] !== undefined) out += `{{${escapeWiki(groups['code'], false)}}}`
    else if (groups['url'] !== undefined) out += groups['url']
  }
  return out + escapeWiki(text.slice(last), last === 0)
}

function unescape(text: string): string {
  return text.replace(
    /\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot|#39);/g,
    (_, escaped?: string, entity?: string) => escaped ?? ENTITIES[entity ?? ''] ?? '',
  )
}

/**
 * A backslash before every character wiki markup may read as markup; at a line's start also what would
 * open a block (`h1.`, `bq.`, `#`, `*`, `-`).
 */
function escapeWiki(text: string, lineStart: boolean): string {
  const escaped = text.replace(/[\\*_{}[\]|!^~+-]|\?\?/g, (found) => found.replace(/./g, '\\$&'))
  if (!lineStart) return escaped
  return escaped.replace(/^(\s*)(h[1-6]\.|bq\.|#)/, '$1\\$2')
}
