import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { cloudSecretsFromEnvironment } from '../../src/config/cloud-secrets.js'
import { FaultStage, type FaultRun } from './fault-stage.js'

// A model error that echoes the runner's cloud credentials (a gateway quoting the signed request, an SDK
// message naming the token) must not carry them into the log or the audit bundle's run.json.

const ENVIRONMENT = {
  AWS_ACCESS_KEY_ID: 'ASIAQCLOUDSECRETS001',
  AWS_SECRET_ACCESS_KEY: 'cloud/secret/access/key/echoed/by/the/gateway',
  AWS_SESSION_TOKEN: 'sessionTokenEchoedByTheGateway',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidcRequestTokenEchoedByTheGateway',
  GOOGLE_OAUTH_ACCESS_TOKEN: 'googleAccessTokenEchoedByTheGateway',
}
const SECRETS = Object.values(ENVIRONMENT)

describe('cloud credentials from the environment are redacted', () => {
  const stage = new FaultStage()
  beforeAll(() => stage.start(), 30_000)
  afterAll(() => stage.stop())

  const runWithEcho = (settings: { cloudSecrets?: string[] }) =>
    stage.run({
      settings,
      beforeRun: () =>
        stage.anthropicProxy.faults.push({
          method: 'POST',
          path: '/v1/messages',
          action: {
            kind: 'reply',
            status: 400,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              type: 'error',
              error: {
                type: 'invalid_request_error',
                message: `rejected request signed with ${SECRETS.join(' ')}`,
              },
            }),
          },
        }),
    })
  const leaks = async (run: FaultRun) => {
    const runJson = await readFile(path.join(run.result?.auditDir ?? '', 'run.json'), 'utf8')
    const texts = [run.log.lines.join('\n'), runJson]
    return SECRETS.filter((secret) => texts.some((text) => text.includes(secret)))
  }

  it('leaves none in the log or run.json when the shell found them', async () => {
    const run = await runWithEcho({ cloudSecrets: cloudSecretsFromEnvironment(ENVIRONMENT) })
    if (run.thrown) throw run.thrown
    expect(run.result?.outcome.status).toBe('failed:model')
    expect(run.result?.outcome.message).toMatch(/rejected request signed with \*\*\*/)
    expect(await leaks(run)).toEqual([])
  }, 60_000)

  it('(control) the same error carries them when the shell found none', async () => {
    const run = await runWithEcho({})
    if (run.thrown) throw run.thrown
    expect(await leaks(run)).not.toEqual([])
  }, 60_000)
})
