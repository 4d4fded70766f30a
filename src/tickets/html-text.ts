/**
 * What a reader sees of a raw HTML block in a ticket: the text between tags. Tags go with their attributes
 * (`title`, `alt`, `data-*` render as nothing), as do comments, declarations (`<!DOCTYPE …>`), processing
 * instructions, CDATA and the content of elements GitHub never shows (`script`, `style`, …). The content of
 * `<details>` stays: it is one click away, so a reader can see it. `<img>` becomes `(image)`.
 *
 * One pass with `indexOf` and sticky expressions that stop at the next angle bracket: linear time.
 */

export interface HtmlText {
  text: string
  comment: boolean
  image: boolean
}

// Attribute values exclude `<` and `>` so every attempt stops at the next angle bracket.
const TAG =
  /<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>/y

/** Elements whose content a reader never sees. */
const HIDDEN_CONTENT = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'noscript',
  'iframe',
  'xmp',
])

export function htmlVisibleText(html: string): HtmlText {
  const out: string[] = []
  let comment = false
  let image = false
  let i = 0
  const lower = html.toLowerCase()
  const skipTo = (terminator: string, from: number): number => {
    const end = html.indexOf(terminator, from)
    return end < 0 ? html.length : end + terminator.length
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      out.push(html.slice(i))
      break
    }
    out.push(html.slice(i, lt))
    if (html.startsWith('<!--', lt)) {
      comment = true
      // `<!-->` and `<!--->` are complete comments (CommonMark 0.31).
      const rest = html.slice(lt + 4, lt + 6)
      i = rest.startsWith('>') ? lt + 5 : rest === '->' ? lt + 6 : skipTo('-->', lt + 4)
      continue
    }
    if (html.startsWith('<![CDATA[', lt)) {
      i = skipTo(']]>', lt + 9)
      continue
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = skipTo('>', lt + 2)
      continue
    }
    TAG.lastIndex = lt
    const tag = TAG.exec(html)
    if (!tag) {
      out.push('<')
      i = lt + 1
      continue
    }
    const name = (tag[1] ?? '').toLowerCase()
    i = lt + tag[0].length
    if (name === 'img') {
      image = true
      out.push(' (image) ')
    } else out.push(' ')
    if (!tag[0].startsWith('</') && HIDDEN_CONTENT.has(name)) {
      const close = lower.indexOf(`</${name}`, i)
      i = close < 0 ? html.length : skipTo('>', close)
    }
  }
  return { text: out.join(''), comment, image }
}
