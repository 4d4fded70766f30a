import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  SpawnCommandRunner,
  type CommandResult,
  type CommandRunner,
} from '../../../src/adapters/process/command-runner.js'
import { authConfigEnv, Git, GitError } from '../../../src/adapters/git/git.js'
import { makeRepo, sh, type RepoFixture } from '../../publish/git-fixture.js'

const TOKEN = 'ghs_wire_secret'
const EXPECTED_HEADER = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`

let repo: RepoFixture
let server: Server
let authorizations: string[][]
let serverUrl: string

beforeEach(async () => {
  repo = await makeRepo()
  authorizations = []
  server = createServer((req, res) => {
    const values: string[] = []
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i]?.toLowerCase() === 'authorization') values.push(req.rawHeaders[i + 1] ?? '')
    }
    authorizations.push(values)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Repository not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await repo.remove()
})

describe('Git adapter credentials on the wire', () => {
  it('sends exactly one Authorization header, replacing one persisted by actions/checkout', async () => {
    // What actions/checkout leaves behind with persist-credentials: a stale header for the same server.
    sh(repo.work, 'config', '--local', `http.${serverUrl}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU=')
    const git = new Git(new SpawnCommandRunner(), repo.work, TOKEN, { serverUrl })

    const result = await git.run(['ls-remote', `${serverUrl}/acme/analytics.git`], { allowFailure: true })

    expect(result.exitCode).not.toBe(0)
    expect(authorizations.length).toBeGreaterThan(0)
    expect(authorizations[0]).toEqual([EXPECTED_HEADER])
  })

  it('sends no header to other servers', async () => {
    const git = new Git(new SpawnCommandRunner(), repo.work, TOKEN, {
      serverUrl: 'https://github.example.com',
    })

    await git.run(['ls-remote', `${serverUrl}/acme/analytics.git`], { allowFailure: true })

    expect(authorizations[0]).toEqual([])
  })

  it('redacts the token from git errors', async () => {
    const git = new Git(new SpawnCommandRunner(), repo.work, TOKEN, { serverUrl })

    const error = await git.run(['show', `${TOKEN}:README.md`]).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(GitError)
    expect((error as GitError).message).toContain('***')
    expect((error as GitError).message).not.toContain(TOKEN)
  })
})

describe('Git adapter environment', () => {
  it('runs without a shell with identity, no prompts and the auth entries appended after inherited ones', async () => {
    const calls: { command: string; env?: Record<string, string> }[] = []
    const runner: CommandRunner = {
      run: async (command, args, options): Promise<CommandResult> => {
        calls.push({ command, env: options.env })
        return {
          command,
          args,
          cwd: options.cwd,
          exitCode: 0,
          stdout: 'ok\n',
          stderr: '',
          durationMs: 1,
          timedOut: false,
        }
      },
    }
    const git = new Git(runner, '/repo', TOKEN, {
      serverUrl: 'https://ghe.example.com/',
      author: { name: 'Dana', email: 'dana@example.com' },
    })

    await expect(git.output(['status'])).resolves.toBe('ok')

    expect(calls[0]?.command).toBe('git')
    expect(calls[0]?.env).toMatchObject({
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'Dana',
      GIT_COMMITTER_NAME: 'github-actions[bot]',
      GIT_CONFIG_KEY_1: 'http.https://ghe.example.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: ${EXPECTED_HEADER}`,
    })
    expect(authConfigEnv(TOKEN, 'https://github.com', { GIT_CONFIG_COUNT: '2' })).toMatchObject({
      GIT_CONFIG_COUNT: '4',
      GIT_CONFIG_KEY_2: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_2: '',
    })
    expect(authConfigEnv(undefined, 'https://github.com', {})).toEqual({})
  })
})
