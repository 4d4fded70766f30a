import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { OUTPUTS } from '../../src/config/inputs.js'
import { isKnownStatus, STATUSES, statusesDoc, statusOutputDescription } from '../../src/shared/statuses.js'

const root = new URL('../../', import.meta.url).pathname
const catalogFile = 'src/shared/statuses.ts'

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return sourceFiles(path)
      return Promise.resolve(entry.name.endsWith('.ts') ? [path] : [])
    }),
  )
  return nested.flat()
}

const sources = await Promise.all(
  (await sourceFiles(join(root, 'src'))).map(async (path) => ({
    file: relative(root, path),
    text: await readFile(path, 'utf8'),
  })),
)

/** `file: status` for every place a status is spelled out, outside the catalog itself. */
function statusesUsed(): string[] {
  const used: string[] = []
  for (const { file, text } of sources) {
    if (file === catalogFile) continue
    for (const match of text.matchAll(/['"`]((?:failed|skipped):[a-z][a-z-]*)['"`]/g))
      used.push(`${file}: ${match[1]}`)
    // A skip reason becomes `skipped:<reason>` (skipStatus).
    for (const match of text.matchAll(/\bskip\(\s*'([a-z-]+)'/g)) used.push(`${file}: skipped:${match[1]}`)
  }
  return used
}

/** Each class that extends AutopilotError (directly or through another) and the statuses it can end in. */
function errorClasses(): { name: string; file: string; statuses: string[] }[] {
  const classes = new Map<string, { file: string; base: string; body: string }>()
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/class (\w+) extends (\w+) \{([\s\S]*?)\n\}/g)) {
      classes.set(match[1]!, { file, base: match[2]!, body: match[3]! })
    }
  }
  const isAutopilotError = (name: string): boolean => {
    const found = classes.get(name)
    return found !== undefined && (found.base === 'AutopilotError' || isAutopilotError(found.base))
  }
  const result: { name: string; file: string; statuses: string[] }[] = []
  for (const [name, { file, base, body }] of classes) {
    if (!isAutopilotError(name)) continue
    const own = [...body.matchAll(/super\(\s*'([a-z]+:[a-z-]+)'/g)].map((m) => m[1]!)
    // A class that takes its status as an argument (RunStop): the statuses its callers pass.
    const passed = sources.flatMap(({ text }) =>
      [...text.matchAll(new RegExp(`new ${name}\\(\\s*'([a-z]+:[a-z-]+)'`, 'g'))].map((m) => m[1]!),
    )
    const statuses = [...own, ...passed]
    result.push({ name, file, statuses: statuses.length > 0 ? statuses : [`inherited from ${base}`] })
  }
  return result
}

describe('the status catalog', () => {
  it('holds every status the source spells out', () => {
    const used = statusesUsed()
    // The scan finds the statuses it should (a scan that finds nothing proves nothing).
    expect(used).toEqual(expect.arrayContaining([expect.stringMatching(/: failed:validation$/)]))
    expect(used).toEqual(expect.arrayContaining([expect.stringMatching(/: skipped:unauthorized$/)]))
    const missing = used.filter((entry) => !isKnownStatus(entry.split(': ')[1]!))
    expect(missing).toEqual([])
  })

  it('holds the status of every AutopilotError subclass, and gives each a cause and a fix', () => {
    const classes = errorClasses()
    expect(classes.map((c) => c.name)).toEqual(
      expect.arrayContaining(['RunStop', 'DbtError', 'CatalogError', 'SettingsError', 'GitError']),
    )
    const missing = classes.flatMap(({ name, file, statuses }) =>
      statuses
        .filter((status) => !status.startsWith('inherited') && !isKnownStatus(status))
        .map((status) => `${file}: ${name} → ${status}`),
    )
    expect(missing).toEqual([])
    for (const { name, statuses } of classes) expect([name, statuses.length]).not.toEqual([name, 0])
    for (const [status, entry] of Object.entries(STATUSES)) {
      expect([status, entry.cause.length > 10, entry.fix.length > 5]).toEqual([status, true, true])
      expect(status.startsWith(`${entry.kind}:`) || entry.kind === 'success').toBe(true)
    }
  })

  it('is what docs/statuses.md says (run `npm run docs:statuses` after editing the catalog)', async () => {
    expect(await readFile(join(root, 'docs/statuses.md'), 'utf8')).toBe(statusesDoc())
    for (const status of Object.keys(STATUSES)) expect(statusesDoc()).toContain(`| \`${status}\` |`)
  })

  it("is what the `status` output's description in action.yml lists (run `npm run metadata`)", async () => {
    const action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as {
      outputs: Record<string, { description: string }>
    }
    expect(action.outputs['status']?.description).toBe(statusOutputDescription())
    expect(OUTPUTS.find((output) => output.name === 'status')?.description).toBe(statusOutputDescription())
    for (const status of Object.keys(STATUSES)) expect(statusOutputDescription()).toContain(`\`${status}\``)
  })
})
