/**
 * The forms a secret value takes once something has encoded it, so the redactor and the guard's secret scan
 * find it in those forms too: as is, JSON-escaped, URL-encoded (`encodeURIComponent`, form encoding and
 * every byte percent-encoded, either hex case), base64 and base64url at each of the three alignments, hex
 * in either case, and reversed. Encryption, compression, other encodings and a value assembled from pieces
 * at run time are out of reach (docs/security.md).
 */
export function secretEncodings(secret: string): string[] {
  const value = secret.trim()
  if (!value) return []
  const bytes = Buffer.from(value, 'utf8')
  const hex = bytes.toString('hex')
  const percent = hex.replace(/../g, '%$&')
  return [
    ...new Set([
      value,
      JSON.stringify(value).slice(1, -1),
      encodeURIComponent(value),
      encodeURIComponent(value).replace(/%20/g, '+'),
      percent,
      percent.toUpperCase(),
      ...base64Aligned(bytes, 'base64'),
      ...base64Aligned(bytes, 'base64url'),
      hex,
      hex.toUpperCase(),
      [...value].reverse().join(''),
    ]),
  ]
}

/**
 * Base64 of `bytes` wherever they sit in a larger encoded string: with 0, 1 or 2 bytes before them, the
 * characters that depend only on `bytes` (each character carries 6 bits; those mixing in a neighbour's bits
 * are left off at both ends).
 */
function base64Aligned(bytes: Buffer, encoding: 'base64' | 'base64url'): string[] {
  const forms: string[] = []
  for (let prefix = 0; prefix < 3; prefix++) {
    const encoded = Buffer.concat([Buffer.alloc(prefix), bytes]).toString(encoding)
    const start = Math.ceil((prefix * 8) / 6)
    const end = Math.floor(((prefix + bytes.length) * 8) / 6)
    if (end > start) forms.push(encoded.slice(start, end))
  }
  return forms
}
