import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

const scripts = new URL('../../scripts/', import.meta.url).pathname
const SLUG = 'autopilot-dev/autopilot'

let repo: string
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
const read = (file: string) => readFile(path.join(repo, file), 'utf8')
function script(name: string, ...args: string[]) {
  const result = spawnSync('node', [path.join(scripts, name), ...args], { cwd: repo, encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}
async function commit(subject: string, file = 'notes.txt') {
  await writeFile(path.join(repo, file), `${subject}\n`, { flag: 'a' })
  git('add', '-A')
  git('commit', '-q', '-m', subject)
}

const README = `# x\n\n      - uses: actions/checkout@v5\n      - uses: ${SLUG}@v1\n`
const WORKFLOW = `jobs:\n  a:\n    uses: ${SLUG}/.github/workflows/autopilot.yml@v1\n`

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'release-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 't@example.com')
  git('config', 'user.name', 'T')
  const pkg = { name: 'x-release', version: '1.0.0', license: 'MIT', repository: `github:${SLUG}` }
  await writeFile(path.join(repo, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  const lock = {
    name: 'x-release',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': pkg },
  }
  await writeFile(path.join(repo, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`)
  await writeFile(path.join(repo, 'README.md'), README)
  await mkdir(path.join(repo, 'examples'))
  await writeFile(path.join(repo, 'examples/call.yml'), WORKFLOW)
  await commit('Add the first feature')
  await commit('wip: half of the second')
  await commit('Merge wt-second: The second feature')
})
afterAll(() => rm(repo, { recursive: true, force: true }))

describe('scripts/release.mjs', () => {
  it('releases package.json’s version as the first release, with every user-facing commit', async () => {
    const prepared = script('release.mjs', 'prepare', 'patch')
    expect(prepared).toMatchObject({ code: 0 })
    expect(prepared.out).toContain('no release yet → v1.0.0')
    const changelog = await read('CHANGELOG.md')
    expect(changelog).toMatch(
      /## v1\.0\.0 \(\d{4}-\d\d-\d\d\)\n\n- The second feature\n- Add the first feature\n/,
    )
    expect(changelog).not.toContain('wip')
    expect(await read('README.md')).toBe(README)

    expect(script('release.mjs', 'tag')).toMatchObject({ code: 0 })
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.0.0')
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'))
  })

  it('bumps from the last tag, points uses: lines at the new major and moves only that major tag', async () => {
    const v1 = git('rev-parse', 'v1^{commit}')
    await commit('Fix the third thing')
    const output = path.join(repo, '..', `${path.basename(repo)}-output`)
    expect(script('release.mjs', 'prepare', 'major', '--github-output', output)).toMatchObject({ code: 0 })
    expect(await readFile(output, 'utf8')).toBe('version=2.0.0\nmajor=2\ntag=v2.0.0\n')
    await rm(output)

    expect(JSON.parse(await read('package.json')).version).toBe('2.0.0')
    expect(JSON.parse(await read('package-lock.json')).packages[''].version).toBe('2.0.0')
    expect(await read('README.md')).toBe(README.replace(`${SLUG}@v1`, `${SLUG}@v2`))
    expect(await read('examples/call.yml')).toBe(WORKFLOW.replace('@v1', '@v2'))
    const changelog = await read('CHANGELOG.md')
    expect(changelog.indexOf('## v2.0.0')).toBeLessThan(changelog.indexOf('## v1.0.0'))
    expect(script('release.mjs', 'notes', '2.0.0').out.trim()).toBe('- Fix the third thing')

    expect(script('release.mjs', 'tag')).toMatchObject({ code: 0 })
    expect(git('rev-parse', 'v2^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1^{commit}')).toBe(v1)
  })

  it('refuses a version that is not after the last release, and a dirty tree, changing nothing', async () => {
    const before = git('rev-parse', 'HEAD')
    expect(script('release.mjs', 'prepare', '1.5.0')).toMatchObject({
      code: 1,
      err: expect.stringContaining('1.5.0 is not after the last release 2.0.0'),
    })
    expect(script('release.mjs', 'prepare', 'sideways')).toMatchObject({
      code: 1,
      err: expect.stringContaining('"sideways" is not patch, minor, major'),
    })
    await writeFile(path.join(repo, 'notes.txt'), 'dirty\n', { flag: 'a' })
    expect(script('release.mjs', 'prepare', 'patch')).toMatchObject({
      code: 1,
      err: expect.stringContaining('working tree has changes'),
    })
    git('checkout', '--', 'notes.txt')
    expect(git('rev-parse', 'HEAD')).toBe(before)
    expect(JSON.parse(await read('package.json')).version).toBe('2.0.0')
  })
})

describe('scripts/check-marketplace.mjs', () => {
  const action = (icon: string) =>
    `name: X\ndescription: Does x.\nruns:\n  using: node24\n  main: dist/index.js\nbranding:\n  icon: ${icon}\n  color: orange\n`

  it('passes this repository', () => {
    const result = spawnSync('node', [path.join(scripts, 'check-marketplace.mjs')], {
      cwd: path.join(scripts, '..'),
      encoding: 'utf8',
    })
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(
      /action\.yml is listable; \d+ uses: lines name autopilot-dev\/autopilot@v\d+/,
    )
  })

  it('names an icon GitHub omits and a uses: line at the wrong major', async () => {
    await writeFile(path.join(repo, 'action.yml'), action('git-pull-request'))
    git('add', '-A')
    expect(script('check-marketplace.mjs')).toMatchObject({ code: 0 })

    await writeFile(path.join(repo, 'action.yml'), action('smile'))
    await writeFile(path.join(repo, 'examples/call.yml'), WORKFLOW)
    const result = script('check-marketplace.mjs')
    expect(result.code).toBe(1)
    expect(result.err).toContain('branding.icon "smile" is not an icon the Marketplace offers')
    expect(result.err).toContain(
      `examples/call.yml: ${SLUG}/.github/workflows/autopilot.yml@v1 should be @v2`,
    )
  })
})

describe('the release workflow', () => {
  it('tests, checks the listing, versions, rebuilds, tags, then publishes with provenance', async () => {
    const text = await readFile(new URL('../../.github/workflows/release.yml', import.meta.url), 'utf8')
    const { parse } = await import('yaml')
    const workflow = parse(text) as {
      permissions: Record<string, string>
      jobs: { release: { steps: Array<{ run?: string }> } }
    }
    expect(workflow.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    const runs = workflow.jobs.release.steps.flatMap((step) => (step.run ? [step.run] : []))
    const order = [
      'npm test',
      'check-marketplace.mjs',
      'release.mjs prepare',
      'npm run build',
      'check-dist.sh',
      'release.mjs tag',
      'npm publish --provenance',
      'gh release create',
    ].map((command) => runs.findIndex((run) => run.includes(command)))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})
