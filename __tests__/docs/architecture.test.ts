import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const root = path.resolve(import.meta.dirname, '../..')
const map = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8')

/** Every `src/…` path the map names in backticks or in its diagram. */
function namedPaths(text: string): string[] {
  const paths = new Set<string>()
  for (const match of text.matchAll(/\bsrc\/[\w./-]*[\w/]/g)) paths.add(match[0].replace(/\/$/, ''))
  return [...paths]
}

describe('docs/architecture.md', () => {
  const named = namedPaths(map)

  it('names the folders of src', () => {
    expect(named.length).toBeGreaterThan(30)
    for (const entry of ['src/run', 'src/modes', 'src/adapters', 'src/shared']) expect(named).toContain(entry)
  })

  it.each(named)('%s exists', (named) => {
    expect(existsSync(path.join(root, named))).toBe(true)
  })

  it('lists every folder of src in its folder map', () => {
    const folders = ['src', 'src/adapters']
      .flatMap((dir) => readdirs(path.join(root, dir)).map((name) => `${dir}/${name}`))
      .filter((folder) => folder !== 'src/adapters')
    const missing = folders.filter((folder) => !named.some((p) => p === folder || p.startsWith(`${folder}/`)))
    expect(missing).toEqual([])
  })
})

describe('the docs', () => {
  const pages = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((page) => page.endsWith('.md'))
      .map((page) => `docs/${page}`),
  ]
  const named = pages.flatMap((page) =>
    namedPaths(readFileSync(path.join(root, page), 'utf8')).map((p): [string, string] => [page, p]),
  )

  it.each(named)('%s names %s, which exists', (_page, named) => {
    expect(existsSync(path.join(root, named))).toBe(true)
  })
})

function readdirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
}
