import { afterEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../../src/adapters/github/github-client.js'
import { readGitHubFailure } from '../../../src/adapters/github/request-error.js'
import { MemoryLog } from '../../../src/shared/log.js'
import { startGitHubServer, type GitHubFake, type InjectedFailure } from '../../fakes/github-server.js'

// The one GitHub client against the loopback GitHub: how often a failing call is sent, counted on the fake.

const TOKEN = 'ghs_clienttoken'
const REPO = '/repos/acme/analytics'
let fake: GitHubFake | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function clientWith(failures: InjectedFailure[], log = new MemoryLog()) {
  fake = await startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKEN })
  fake.failures.push(...failures)
  const client = createGitHubClient({ token: TOKEN, apiUrl: fake.url, retry: { unitMs: 1 }, log })
  const server = fake
  const readRepo = () => client.rest.repos.get({ owner: 'acme', repo: 'analytics' })
  const sent = () => server.requests.filter((r) => r.path === REPO).length
  return { client, readRepo, sent, log }
}

const failure = (status: number, extra: Partial<InjectedFailure> = {}): InjectedFailure => ({
  method: 'GET',
  pathPrefix: REPO,
  status,
  body: { message: `Injected ${status}` },
  ...extra,
})
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  )
const inSeconds = (seconds: number) => String(Math.floor(Date.now() / 1000) + seconds)

describe('createGitHubClient', () => {
  it('retries a 5xx answer and returns the answer that follows', async () => {
    const { readRepo, sent } = await clientWith([failure(502), failure(503)])
    const { data } = await readRepo()
    expect(data.default_branch).toBe('main')
    expect(sent()).toBe(3)
  })

  it('gives up after two retries of a 5xx and says to retry the run', async () => {
    const { readRepo, sent } = await clientWith([failure(502), failure(502), failure(502), failure(502)])
    const error = await rejection(readRepo())
    expect(sent()).toBe(3)
    expect(
      readGitHubFailure(error, {
        action: 'reading the repository',
        repository: 'acme/analytics',
        permissions: '',
      }),
    ).toMatchObject({ kind: 'unavailable', status: 502, message: expect.stringMatching(/Retry the run\.$/) })
  })

  it.each([400, 401, 403, 404, 422])('sends a call GitHub answered %i once', async (status) => {
    const { readRepo, sent } = await clientWith([failure(status)])
    await rejection(readRepo())
    expect(sent()).toBe(1)
  })

  it('waits out a short secondary rate limit once, then succeeds', async () => {
    const limited = failure(403, {
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    })
    const { readRepo, sent, log } = await clientWith([limited])
    await readRepo()
    expect(sent()).toBe(2)
    expect(log.lines.join('\n')).toMatch(/secondary rate limit hit: retrying in 1 s/)
  })

  it('retries a rate limit at most once', async () => {
    const limited = failure(429, {
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    })
    const { readRepo, sent } = await clientWith([limited, limited, limited])
    const error = await rejection(readRepo())
    expect(sent()).toBe(2)
    expect(
      readGitHubFailure(error, {
        action: 'reading the repository',
        repository: 'acme/analytics',
        permissions: '',
      }),
    ).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 1000 })
  })

  it('does not wait for a primary rate limit that resets in an hour', async () => {
    const exhausted = failure(403, {
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inSeconds(3600) },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    })
    const { readRepo, sent } = await clientWith([exhausted])
    const error = await rejection(readRepo())
    expect(sent()).toBe(1)
    const read = readGitHubFailure(error, {
      action: 'reading the repository',
      repository: 'acme/analytics',
      permissions: '',
    })
    expect(read).toMatchObject({
      kind: 'rate-limited',
      message: expect.stringMatching(/Retry the run later\.$/),
    })
    expect(read.retryAfterMs).toBeGreaterThan(3_000_000)
  })

  it('retries a primary rate limit that has already reset', async () => {
    const exhausted = failure(403, {
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inSeconds(-5) },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    })
    const { readRepo, sent } = await clientWith([exhausted])
    await readRepo()
    expect(sent()).toBe(2)
  })
})
