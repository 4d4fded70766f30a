import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { BranchAuditStore, ReleaseAuditStore } from '../../../src/adapters/github/audit-fallback.js'
import { githubRepo } from '../../fakes/github-client.js'
import { startGitHubServer, type GitHubFake } from '../../fakes/github-server.js'
import { makeRepo, sh, type RepoFixture } from '../../publish/git-fixture.js'

// The audit bundle's fallbacks on GitHub Enterprise Server: the API at https://<host>/api/v3, release
// assets at https://<host>/api/uploads. Every call must land on the GHES server, none anywhere else.

const TOKEN = 'ghs_app_installation_token'
const SERVER = 'https://ghes.acme.internal'

let repo: RepoFixture
let fake: GitHubFake
let bundleDir: string
let files: string[]

beforeEach(async () => {
  repo = await makeRepo()
  fake = await startGitHubServer({ token: TOKEN, gitDir: repo.remote })
  bundleDir = await mkdtemp(path.join(tmpdir(), 'autopilot-audit-'))
  await mkdir(path.join(bundleDir, 'validation'), { recursive: true })
  const contents: Record<string, string> = {
    'run.json': '{"status":"pr-opened"}\n',
    'events.jsonl': '{"hash":"a1"}\n{"hash":"b2"}\n',
    'change.patch': 'diff --git a/models/orders.sql b/models/orders.sql\n',
    'validation/round-1.json': '{"passed":true}\n',
  }
  for (const [name, text] of Object.entries(contents)) await writeFile(path.join(bundleDir, name), text)
  files = Object.keys(contents).map((name) => path.join(bundleDir, name))
})

afterEach(async () => {
  await fake.close()
  await repo.remove()
  await rm(bundleDir, { recursive: true, force: true })
})

const ghes = () => githubRepo(`${fake.url}/api/v3`, TOKEN)

describe('branch fallback', () => {
  it('commits each bundle into its own folder on autopilot-audit, through the GHES API only', async () => {
    const store = new BranchAuditStore(ghes(), { serverUrl: SERVER })
    const first = await store.upload('autopilot-audit-DATA-7-1', files, bundleDir, 0)
    const second = await store.upload('autopilot-audit-DATA-8-1', files.slice(0, 1), bundleDir, 0)

    expect(first).toEqual({
      uploaded: true,
      where: 'branch',
      url: `${SERVER}/acme/analytics/tree/autopilot-audit/autopilot-audit-DATA-7-1`,
    })
    expect(second.uploaded).toBe(true)
    // The bare repository holds both bundles on the branch, the second commit on top of the first.
    const listing = sh(repo.remote, 'ls-tree', '-r', '--name-only', 'autopilot-audit')
    expect(listing.split('\n').filter(Boolean)).toEqual([
      'autopilot-audit-DATA-7-1/change.patch',
      'autopilot-audit-DATA-7-1/events.jsonl',
      'autopilot-audit-DATA-7-1/run.json',
      'autopilot-audit-DATA-7-1/validation/round-1.json',
      'autopilot-audit-DATA-8-1/run.json',
    ])
    expect(sh(repo.remote, 'show', 'autopilot-audit:autopilot-audit-DATA-7-1/events.jsonl')).toBe(
      '{"hash":"a1"}\n{"hash":"b2"}',
    )
    expect(sh(repo.remote, 'rev-list', '--count', 'autopilot-audit')).toBe('2')
    // It is an orphan history: nothing of main is in it.
    expect(() => sh(repo.remote, 'merge-base', 'main', 'autopilot-audit')).toThrow()
    // Every request went to the GHES REST root.
    expect(fake.requests.length).toBeGreaterThan(0)
    expect(fake.requests.every((r) => r.rawPath.startsWith('/api/v3/repos/acme/analytics/git/'))).toBe(true)
  }, 30_000)

  it('reports a failure as a reason, never as an exception', async () => {
    const store = new BranchAuditStore(githubRepo(`${fake.url}/api/v3`, 'wrong-token'), { serverUrl: SERVER })
    const result = await store.upload('autopilot-audit-DATA-7-1', files, bundleDir, 0)
    expect(result.uploaded).toBe(false)
    expect(result.reason).toMatch(
      /^branch fallback failed: GitHub rejected the token .*`github-token`.*; the bundle stays in /,
    )
  })
})

describe('release fallback', () => {
  it('uploads the bundle as a zip asset of a draft release, at the GHES uploads root', async () => {
    const store = new ReleaseAuditStore(ghes(), { serverUrl: SERVER })
    const result = await store.upload('autopilot-audit-DATA-7-1', files, bundleDir, 0)

    expect(result).toMatchObject({ uploaded: true, where: 'release' })
    expect(result.url).toMatch(
      /\/releases\/download\/autopilot-audit-DATA-7-1\/autopilot-audit-DATA-7-1\.zip$/,
    )
    const [release] = fake.state.releases
    expect(release).toMatchObject({ tag_name: 'autopilot-audit-DATA-7-1', draft: true })
    expect(release!.assets.map((a) => [a.name, a.contentType])).toEqual([
      ['autopilot-audit-DATA-7-1.zip', 'application/zip'],
    ])
    // The asset is the bundle, byte for byte.
    const unzipped = unzipSync(new Uint8Array(release!.assets[0]!.content))
    expect(Object.keys(unzipped).sort()).toEqual([
      'autopilot-audit-DATA-7-1/change.patch',
      'autopilot-audit-DATA-7-1/events.jsonl',
      'autopilot-audit-DATA-7-1/run.json',
      'autopilot-audit-DATA-7-1/validation/round-1.json',
    ])
    expect(Buffer.from(unzipped['autopilot-audit-DATA-7-1/run.json']!).toString()).toBe(
      '{"status":"pr-opened"}\n',
    )
    expect(fake.requests.map((r) => [r.method, r.rawPath])).toEqual([
      ['POST', '/api/v3/repos/acme/analytics/releases'],
      ['POST', `/api/uploads/repos/acme/analytics/releases/${release!.id}/assets`],
    ])
  })
})
