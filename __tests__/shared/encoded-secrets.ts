/** A secret hidden in larger text in each encoding the redactor and the guard must see through. */
export interface EncodedSample {
  name: string
  text: string
  /** Back to readable text, so a test can check the secret is (or is no longer) in there. */
  decode: (text: string) => string
}

export function encodedSamples(secret: string): EncodedSample[] {
  const samples: EncodedSample[] = []
  for (const encoding of ['base64', 'base64url'] as const) {
    for (const prefix of ['', 'x', 'xy']) {
      samples.push({
        name: `${encoding} at offset ${prefix.length}`,
        text: `data: ${Buffer.from(`${prefix}${secret} and more bytes after it`).toString(encoding)}`,
        decode: (text) => Buffer.from(text.replace(/^data: /, ''), encoding).toString('latin1'),
      })
    }
  }
  const hex = Buffer.from(`k=${secret};`).toString('hex')
  const fromHex = (text: string) =>
    Buffer.from(text.replace(/^0x/, '').replace(/[^0-9a-f]/gi, ''), 'hex').toString('latin1')
  samples.push({ name: 'hex', text: `0x${hex}`, decode: fromHex })
  samples.push({ name: 'HEX', text: `0x${hex.toUpperCase()}`, decode: fromHex })
  const unescape = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '))
    } catch {
      return text
    }
  }
  samples.push({ name: 'URL-encoded', text: `?t=${encodeURIComponent(secret)}&x=1`, decode: unescape })
  samples.push({
    name: 'every byte percent-encoded',
    text: `?t=${hex.replace(/../g, '%$&')}`,
    decode: unescape,
  })
  const reverse = (text: string) => [...text].reverse().join('')
  samples.push({ name: 'reversed', text: `value: ${reverse(secret)}!`, decode: reverse })
  return samples
}
