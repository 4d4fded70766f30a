import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionsArtifactStore, artifactName } from '../../../src/adapters/actions/artifact-store.js'
import {
  fakeRuntimeToken,
  startFakeResultsService,
  type FakeResultsService,
} from '../../fakes/results-service.js'

const RUNTIME_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RETENTION_DAYS',
] as const

async function bundleDir(): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'bundle-'))
  const files = [join(dir, 'run.json'), join(dir, 'diff.patch')]
  await writeFile(files[0]!, JSON.stringify({ runId: '1' }))
  await writeFile(files[1]!, '+select 1\n')
  return { dir, files }
}

describe('artifactName', () => {
  it('is unique per attempt and free of characters the service rejects', () => {
    expect(artifactName('DATA-123')).toBe('autopilot-audit-DATA-123')
    expect(artifactName('DATA-123', 2)).toBe('autopilot-audit-DATA-123-2')
    expect(artifactName('#42', '1')).toBe('autopilot-audit-issue-42-1')
    expect(artifactName('tickets/fix: a*b?"c"<d>|e\\f.md')).toMatch(/^autopilot-audit-[^\\/:*?"<>|\s]+$/)
    expect(artifactName('')).toBe('autopilot-audit-ticket')
  })
})

describe('ActionsArtifactStore', () => {
  const saved: Partial<Record<(typeof RUNTIME_ENV)[number], string>> = {}
  let service: FakeResultsService | undefined

  beforeEach(() => {
    for (const name of RUNTIME_ENV) {
      saved[name] = process.env[name]
      delete process.env[name]
    }
  })
  afterEach(async () => {
    for (const name of RUNTIME_ENV) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
    await service?.close()
    service = undefined
  })

  it('explains, without throwing, that a local run keeps the bundle on disk', async () => {
    const { dir, files } = await bundleDir()
    const result = await new ActionsArtifactStore().upload('autopilot-audit-DATA-1', files, dir, 7)
    expect(result).toEqual({
      uploaded: false,
      reason: `not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN); the bundle stays in ${dir}`,
    })
  })

  it('names GHES as the reason when the results service is missing or unsupported', async () => {
    const { dir, files } = await bundleDir()
    process.env['ACTIONS_RUNTIME_TOKEN'] = fakeRuntimeToken()
    const missing = await new ActionsArtifactStore().upload('autopilot-audit-DATA-1', files, dir, 7)
    expect(missing.uploaded).toBe(false)
    expect(missing.reason).toContain('no ACTIONS_RESULTS_URL')

    process.env['ACTIONS_RESULTS_URL'] = 'http://127.0.0.1:9/'
    process.env['GITHUB_SERVER_URL'] = 'https://github.acme.test'
    const ghes = await new ActionsArtifactStore().upload('autopilot-audit-DATA-1', files, dir, 7)
    expect(ghes.uploaded).toBe(false)
    expect(ghes.reason).toMatch(/not currently supported on GHES/)
  })

  it('uploads through the results service and returns the artifact id', async () => {
    service = await startFakeResultsService()
    process.env['ACTIONS_RUNTIME_TOKEN'] = fakeRuntimeToken()
    process.env['ACTIONS_RESULTS_URL'] = `${service.url}/`
    const { dir, files } = await bundleDir()

    const result = await new ActionsArtifactStore().upload('autopilot-audit-DATA-1-1', files, dir, 7)

    expect(result).toEqual({ uploaded: true, where: 'artifact', id: 4242 })
    const create = service.requests.find((r) => r.url.endsWith('/CreateArtifact'))
    const request = JSON.parse(create?.body.toString() ?? '{}') as { name?: string; expires_at?: string }
    expect(request.name).toBe('autopilot-audit-DATA-1-1')
    const days = (Date.parse(request.expires_at ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThan(7.1)
    expect(service.blobBytes()).toBeGreaterThan(0)
  })

  it('leaves retention to the repository setting when retentionDays is 0', async () => {
    service = await startFakeResultsService()
    process.env['ACTIONS_RUNTIME_TOKEN'] = fakeRuntimeToken()
    process.env['ACTIONS_RESULTS_URL'] = service.url
    const { dir, files } = await bundleDir()
    await new ActionsArtifactStore().upload('autopilot-audit-DATA-2', files, dir, 0)
    const create = service.requests.find((r) => r.url.endsWith('/CreateArtifact'))
    expect(JSON.parse(create?.body.toString() ?? '{}')).not.toHaveProperty('expires_at')
  })

  it('turns a rejected upload into a visible reason instead of an exception', async () => {
    service = await startFakeResultsService({ createStatus: 409 })
    process.env['ACTIONS_RUNTIME_TOKEN'] = fakeRuntimeToken()
    process.env['ACTIONS_RESULTS_URL'] = service.url
    const { dir, files } = await bundleDir()
    const result = await new ActionsArtifactStore().upload('autopilot-audit-DATA-3', files, dir, 1)
    expect(result.uploaded).toBe(false)
    expect(result.reason).toContain('uploading artifact autopilot-audit-DATA-3 failed')
    expect(result.reason).toContain('already exists')
    expect(result.reason).toContain(`the bundle stays in ${dir}`)
  })
})
