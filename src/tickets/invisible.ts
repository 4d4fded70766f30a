/**
 * Characters that render as nothing: zero-width, joiners, bidi embeddings/overrides/isolates, soft hyphen,
 * invisible operators, fillers, variation selectors and the Unicode "tag" block (used to smuggle ASCII that
 * renders as nothing); and control characters other than newline and tab.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
]

export function isInvisible(cp: number): boolean {
  for (const [low, high] of INVISIBLE) if (cp >= low && cp <= high) return true
  return false
}

function isControl(cp: number): boolean {
  if (cp === 0x0a || cp === 0x09) return false
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)
}

/** `text` without invisible and control characters; `note` hears which kinds went. */
export function stripInvisible(
  text: string,
  note: (kind: 'invisible-character' | 'control-character') => void,
): string {
  let out = ''
  let last = 0
  let index = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    const invisible = isInvisible(cp)
    if (invisible || isControl(cp)) {
      note(invisible ? 'invisible-character' : 'control-character')
      out += text.slice(last, index)
      last = index + ch.length
    }
    index += ch.length
  }
  return last === 0 ? text : out + text.slice(last)
}
