import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  downloadProductionManifest,
  RUNS_SEARCHED,
  type ProductionManifest,
} from '../../../src/adapters/github/production-manifest-artifact.js'
import { listZipEntries, readZipEntry, ZipError } from '../../../src/adapters/github/zip-reader.js'
import { startGitHubServer, type GitHubFake } from '../../fakes/github-server.js'
import { githubRepo } from '../../fakes/github-client.js'
import { buildZip, type ZipFileSpec } from '../../fakes/zip-writer.js'
import { manifest, model } from '../../project/manifests/build.js'

const TOKEN = 'ghs_artifact_reader_secret'
const ARTIFACT = 'dbt-manifest'

/** A small v12 manifest whose single model names where it came from. */
const manifestFrom = (label: string): string => JSON.stringify(manifest({ nodes: [model(label)] }))

interface SeededRun {
  branch?: string
  conclusion?: 'success' | 'failure'
  artifacts?: { name?: string; files?: ZipFileSpec[]; zip?: Buffer; expired?: boolean }[]
}

let fake: GitHubFake | undefined
const dirs: string[] = []
afterEach(async () => {
  await fake?.close()
  fake = undefined
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fake with workflow `deploy.yml` (id 77) whose runs are given newest first. */
async function deployRuns(runs: SeededRun[]): Promise<GitHubFake> {
  fake = await startGitHubServer({ token: TOKEN })
  fake.state.workflows.push({ id: 77, file: 'deploy.yml', name: 'Deploy' })
  runs.forEach((run, index) => {
    const id = 9000 - index
    const created = new Date(Date.UTC(2026, 10, 20, 12) - index * 86_400_000).toISOString()
    fake?.state.workflowRuns.push({
      id,
      workflowId: 77,
      branch: run.branch ?? 'main',
      status: 'completed',
      conclusion: run.conclusion ?? 'success',
      created_at: created,
    })
    for (const artifact of run.artifacts ?? []) {
      fake?.state.artifacts.push({
        id: id * 10 + (fake?.state.artifacts.length ?? 0),
        runId: id,
        name: artifact.name ?? ARTIFACT,
        expired: artifact.expired ?? false,
        created_at: created,
        zip: artifact.zip ?? buildZip(artifact.files ?? []),
      })
    }
  })
  return fake
}

const withManifest = (label: string, name = 'target/manifest.json') => ({
  files: [{ name, data: manifestFrom(label) }],
})

async function download(
  server: GitHubFake,
  overrides: { workflow?: string; artifactName?: string; token?: string; apiUrl?: string } = {},
): Promise<{ result: ProductionManifest; destDir: string }> {
  const destDir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-state-'))
  dirs.push(destDir)
  const result = await downloadProductionManifest(
    githubRepo(overrides.apiUrl ?? server.url, overrides.token ?? TOKEN),
    {
      workflow: overrides.workflow ?? 'deploy.yml',
      artifactName: overrides.artifactName ?? ARTIFACT,
      branch: 'main',
      destDir,
    },
  )
  expect(JSON.stringify(result)).not.toContain(TOKEN)
  return { result, destDir }
}

async function modelsIn(file: string): Promise<string[]> {
  const json = JSON.parse(await readFile(file, 'utf8')) as { nodes: Record<string, unknown> }
  return Object.keys(json.nodes)
}

function reasonOf(result: ProductionManifest): string {
  if (result.found) throw new Error(`expected no manifest, got ${result.manifestPath}`)
  return result.reason
}

describe('downloadProductionManifest through real Octokit and the loopback GitHub', () => {
  it("uses the newest successful run on the branch, not an older run's manifest", async () => {
    const server = await deployRuns([
      { conclusion: 'failure', artifacts: [withManifest('from_failed_run')] },
      { branch: 'feature', artifacts: [withManifest('from_feature_branch')] },
      { artifacts: [withManifest('newest_on_main')] },
      { artifacts: [withManifest('older_on_main')] },
    ])

    const { result, destDir } = await download(server)

    expect(result).toEqual({
      found: true,
      manifestPath: path.join(destDir, 'manifest.json'),
      runId: 8998,
      runUrl: 'https://github.com/acme/analytics/actions/runs/8998',
      artifactName: ARTIFACT,
      createdAt: '2026-11-18T12:00:00.000Z',
    })
    expect(await modelsIn(path.join(destDir, 'manifest.json'))).toEqual(['model.shop.newest_on_main'])
    const runsRequest = server.requests.find((r) => r.path.endsWith('/actions/workflows/deploy.yml/runs'))
    expect(runsRequest?.query).toMatchObject({ branch: 'main', status: 'success' })
    expect(runsRequest?.headers.authorization).toBe(`token ${TOKEN}`)
    // The zip came through GitHub's redirect to storage, and only one artifact was downloaded.
    expect(server.requests.filter((r) => r.path.startsWith('/_blobs/')).map((r) => r.path)).toEqual([
      `/_blobs/artifacts/${server.state.artifacts[2]?.id}.zip`,
    ])
  })

  it('skips a newer successful run without the artifact', async () => {
    const server = await deployRuns([
      { artifacts: [{ name: 'coverage', ...withManifest('wrong_artifact') }] },
      {},
      { artifacts: [withManifest('third_run')] },
    ])

    const { result, destDir } = await download(server)

    expect(result).toMatchObject({ found: true, runId: 8998 })
    expect(await modelsIn(path.join(destDir, 'manifest.json'))).toEqual(['model.shop.third_run'])
  })

  it('skips an expired artifact, and one that expires between listing and download (410)', async () => {
    const server = await deployRuns([
      { artifacts: [{ ...withManifest('expired'), expired: true }] },
      { artifacts: [withManifest('gone_on_download')] },
      { artifacts: [withManifest('still_there')] },
    ])
    server.failures.push({
      method: 'GET',
      pathPrefix: `/repos/acme/analytics/actions/artifacts/${server.state.artifacts[1]?.id}/zip`,
      status: 410,
      body: { message: 'Artifact has expired' },
    })

    const { result, destDir } = await download(server)

    expect(result).toMatchObject({ found: true, runId: 8998 })
    expect(await modelsIn(path.join(destDir, 'manifest.json'))).toEqual(['model.shop.still_there'])
  })

  it('says the artifact expired when every run has only an expired one', async () => {
    const server = await deployRuns([{ artifacts: [{ ...withManifest('old'), expired: true }] }, {}])

    const { result, destDir } = await download(server)

    expect(reasonOf(result)).toBe(
      'The artifact `dbt-manifest` has expired in the last 2 successful run(s) of `deploy.yml` on `main` ' +
        '(newest: https://github.com/acme/analytics/actions/runs/9000), and 1 of them lack it: ' +
        'run the workflow again on main, or raise `retention-days` of its upload-artifact step.',
    )
    expect(await readdir(destDir)).toEqual([])
  })

  it(`gives up after the last ${RUNS_SEARCHED} successful runs lack the artifact`, async () => {
    const runs: SeededRun[] = Array.from({ length: RUNS_SEARCHED }, () => ({}))
    const server = await deployRuns([...runs, { artifacts: [withManifest('too_old')] }])

    const { result } = await download(server)

    expect(reasonOf(result)).toBe(
      `No artifact \`dbt-manifest\` in the last ${RUNS_SEARCHED} successful run(s) of \`deploy.yml\` on \`main\` ` +
        '(newest: https://github.com/acme/analytics/actions/runs/9000): set `state-artifact` to the `name:` ' +
        "that workflow's actions/upload-artifact step uses, or upload target/manifest.json there.",
    )
    expect(server.requests.filter((r) => r.path.endsWith('/artifacts'))).toHaveLength(RUNS_SEARCHED)
  })

  it('says to run the workflow when it never succeeded on the branch', async () => {
    const server = await deployRuns([{ conclusion: 'failure', artifacts: [withManifest('failed')] }])

    const { result } = await download(server)

    expect(reasonOf(result)).toBe(
      'No successful run of workflow `deploy.yml` on branch `main` in acme/analytics: run it on `main` ' +
        "(it must upload the artifact `dbt-manifest` with dbt's manifest.json), or set `state-manifest`.",
    )
  })

  it('names the input to fix when the workflow does not exist (404)', async () => {
    const server = await deployRuns([{ artifacts: [withManifest('deployed')] }])

    const { result } = await download(server, { workflow: 'deploy-prod.yml' })

    expect(reasonOf(result)).toBe(
      'No workflow `deploy-prod.yml` in acme/analytics (GitHub answered 404): set `state-workflow` to the file ' +
        'name under .github/workflows (e.g. deploy.yml) or the workflow id, and check that the token can read the repository.',
    )
  })

  it('asks for `actions: read` when GitHub refuses the token (403)', async () => {
    const server = await deployRuns([{ artifacts: [withManifest('deployed')] }])
    server.failures.push({
      method: 'GET',
      pathPrefix: '/repos/acme/analytics/actions/runs/',
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
    })

    const { result } = await download(server)

    expect(reasonOf(result)).toBe(
      'GitHub refused listing the artifacts of run https://github.com/acme/analytics/actions/runs/9000 in acme/analytics ' +
        '(403 Resource not accessible by integration). The token needs `actions: read` (set `permissions:` in the job).',
    )
  })

  it('points at `github-token` for a rejected token and never repeats it', async () => {
    const server = await deployRuns([{ artifacts: [withManifest('deployed')] }])

    const { result } = await download(server, { token: 'ghs_revoked_token' })

    expect(reasonOf(result)).toMatch(
      /^GitHub rejected the token .*\(401 Bad credentials\)\. Check the `github-token` input/,
    )
    expect(reasonOf(result)).not.toContain('ghs_revoked_token')
  })

  it('lists what the artifact holds when it has no manifest.json', async () => {
    const server = await deployRuns([
      {
        artifacts: [
          {
            files: [
              { name: 'target/run_results.json', data: '{}' },
              { name: 'logs/dbt.log', data: 'ok' },
            ],
          },
        ],
      },
    ])

    const { result, destDir } = await download(server)

    expect(reasonOf(result)).toBe(
      'The artifact `dbt-manifest` of run https://github.com/acme/analytics/actions/runs/9000 has no manifest.json ' +
        "(it holds target/run_results.json, logs/dbt.log): upload dbt's target/manifest.json in it after `dbt build` or `dbt parse`.",
    )
    expect(await readdir(destDir)).toEqual([])
  })

  it.each([
    ['deflated', 'deflate' as const],
    ['stored', 'stored' as const],
  ])('reads a %s manifest.json and prefers the shallowest one', async (_label, method) => {
    const server = await deployRuns([
      {
        artifacts: [
          {
            files: [
              { name: 'dbt_packages/util/target/manifest.json', data: manifestFrom('package_copy'), method },
              { name: 'manifest.json', data: manifestFrom('top_level'), method },
            ],
          },
        ],
      },
    ])

    const { result, destDir } = await download(server)

    expect(result.found).toBe(true)
    expect(await modelsIn(path.join(destDir, 'manifest.json'))).toEqual(['model.shop.top_level'])
  })

  it.each([
    [
      'JSON that is not a manifest',
      '{"rows": []}',
      /is not a dbt manifest \(it has no manifest schema version;/,
    ],
    [
      'a manifest without nodes',
      JSON.stringify({
        metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
      }),
      /is not a dbt manifest \(it has no `nodes`\)/,
    ],
    ['text that is not JSON', 'not json at all', /is not a dbt manifest \(not JSON: /],
  ])('refuses %s', async (_label, data, reason) => {
    const server = await deployRuns([{ artifacts: [{ files: [{ name: 'target/manifest.json', data }] }] }])

    const { result, destDir } = await download(server)

    expect(reasonOf(result)).toMatch(reason)
    expect(reasonOf(result)).toContain("upload dbt's target/manifest.json")
    expect(await readdir(destDir)).toEqual([])
  })

  it.each([
    [
      'LZMA',
      buildZip([{ name: 'manifest.json', data: manifestFrom('x'), method: 14 }]),
      /compression method 14/,
    ],
    ['not a zip', Buffer.from('<html>Service unavailable</html>'), /not a zip archive/],
  ])('explains a %s archive it cannot read', async (_label, zip, detail) => {
    const server = await deployRuns([{ artifacts: [{ zip }] }])

    const { result } = await download(server)

    expect(reasonOf(result)).toMatch(/^The artifact `dbt-manifest` of run .* could not be unzipped: /)
    expect(reasonOf(result)).toMatch(detail)
  })

  it('downloads a large manifest byte for byte, by workflow id, on GHES', async () => {
    // Hundreds of models with non-ASCII descriptions: several compressed blocks, multi-byte characters.
    const text = JSON.stringify(
      manifest({
        nodes: Array.from({ length: 400 }, (_, i) =>
          model(`mart_${i}`, { columns: { id: { type: 'integer' }, straße: {}, 顧客: { type: 'varchar' } } }),
        ),
      }),
      null,
      2,
    )
    const server = await deployRuns([
      { artifacts: [{ files: [{ name: 'target/manifest.json', data: text }] }] },
    ])

    const { result, destDir } = await download(server, {
      workflow: '77',
      apiUrl: `${server.url}/api/v3`,
    })

    expect(result).toMatchObject({ found: true, runId: 9000 })
    expect(await readFile(path.join(destDir, 'manifest.json'), 'utf8')).toBe(text)
    expect(server.requests.map((r) => r.rawPath)).toContain(
      '/api/v3/repos/acme/analytics/actions/workflows/77/runs',
    )
  })

  it('accepts the workflow as a .github/workflows path', async () => {
    const server = await deployRuns([{ artifacts: [withManifest('deployed')] }])

    const { result } = await download(server, { workflow: '.github/workflows/deploy.yml' })

    expect(result).toMatchObject({ found: true, runId: 9000 })
  })
})

describe('zip reader', () => {
  const zip = buildZip([
    { name: 'a.txt', data: 'alpha '.repeat(50) },
    { name: 'b.txt', data: 'beta', method: 'stored' },
  ])

  it('lists entries from the central directory and reads them back', () => {
    const entries = listZipEntries(zip)
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, 300],
      ['b.txt', 0, 4],
    ])
    expect(entries.map((e) => readZipEntry(zip, e.name).toString())).toEqual(['alpha '.repeat(50), 'beta'])
  })

  it('reads zips written with sizes in the local header too', () => {
    const plain = buildZip([{ name: 'c.txt', data: 'gamma' }], { dataDescriptor: false })
    expect(readZipEntry(plain, 'c.txt').toString()).toBe('gamma')
  })

  it('reads a zip64 archive', () => {
    const zip64 = buildZip([{ name: 'd.txt', data: 'delta' }], { zip64: true })
    expect(readZipEntry(zip64, 'd.txt').toString()).toBe('delta')
  })

  it.each([
    ['stored', 'stored' as const],
    ['deflated', 'deflate' as const],
  ])('refuses a %s entry shorter than its central directory says', (_label, method) => {
    const damaged = buildZip([{ name: 'b.txt', data: 'beta', method }])
    const directory = damaged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    damaged.writeUInt32LE(100_000, directory + 20)
    damaged.writeUInt32LE(100_000, directory + 24)
    expect(() => readZipEntry(damaged, 'b.txt')).toThrow(
      /^b.txt has \d+ of its 100000 bytes; the download is truncated or corrupt$/,
    )
  })

  it('refuses an entry larger than the limit before inflating it', () => {
    expect(() => readZipEntry(zip, 'a.txt', 100)).toThrow(
      new ZipError('a.txt is 300 bytes, over the limit of 100'),
    )
  })

  it('refuses a zip bomb by the size its central directory declares', () => {
    const bomb = buildZip([{ name: 'manifest.json', data: Buffer.alloc(4 * 1024 * 1024) }])
    expect(bomb.length).toBeLessThan(10_000)
    expect(() => readZipEntry(bomb, 'manifest.json', 1024 * 1024)).toThrow(/over the limit of 1048576/)
  })

  it('never inflates more than the declared size', () => {
    // A deflate stream of 4 MiB under a central directory that declares 10 bytes yields at most 10.
    const lying = buildZip([{ name: 'x.bin', data: Buffer.alloc(4 * 1024 * 1024) }])
    const directory = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    lying.writeUInt32LE(10, directory + 24)
    let read: Buffer | undefined
    try {
      read = readZipEntry(lying, 'x.bin')
    } catch (error) {
      expect(error).toBeInstanceOf(ZipError)
    }
    expect(read?.length ?? 0).toBeLessThanOrEqual(10)
  })

  it('refuses a truncated download', () => {
    expect(() => listZipEntries(zip.subarray(0, zip.length - 30))).toThrow(ZipError)
  })
})
