import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bedrockModel } from '../../../src/adapters/bedrock/bedrock-model.js'
import type { ModelRequest } from '../../../src/agent/language-model.js'
import { startFakeBedrock, type FakeBedrock } from '../../fakes/bedrock-server.js'
import { startFakeSts, type FakeSts } from '../../fakes/sts-server.js'

// Bedrock from a runner with only an OIDC token (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN, as EKS and
// configure-aws-credentials' `web-identity-token-file` leave them): the real AWS credential chain trades
// it at STS (AWS_ENDPOINT_URL_STS points it at the loopback fake) and Bedrock sees the assumed role's keys.

const REGION = 'us-east-1'
const ROLE_ARN = 'arn:aws:iam::123456789012:role/autopilot-bedrock'
const OIDC_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYW5hbHl0aWNzIn0.c2lnbmF0dXJl'
const ASSUMED = {
  accessKeyId: 'ASIAASSUMEDROLEKEY01',
  secretAccessKey: 'assumed/role/secret/from/web/identity',
  sessionToken: 'IQoJb3JpZ2luX2VjEAssumedRoleSessionToken==',
}
const VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_REGION',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_ENDPOINT_URL_STS',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
]
const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]))
const request: ModelRequest = {
  system: 'You are a careful analytics engineer.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Say hello.' }] }],
  tools: [],
  maxTokens: 256,
  timeoutMs: 20_000,
}

let sts: FakeSts
let bedrock: FakeBedrock
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'autopilot-web-identity-'))
  await writeFile(path.join(dir, 'token'), OIDC_TOKEN)
  sts = await startFakeSts({ roleArn: ROLE_ARN, token: OIDC_TOKEN, credentials: ASSUMED })
  bedrock = await startFakeBedrock({
    script: [{ content: [{ type: 'text', text: 'Hello.' }], stop_reason: 'end_turn' }],
    region: REGION,
    credentials: ASSUMED,
  })
  for (const name of VARIABLES) delete process.env[name]
  Object.assign(process.env, {
    AWS_REGION: REGION,
    AWS_WEB_IDENTITY_TOKEN_FILE: path.join(dir, 'token'),
    AWS_ROLE_ARN: ROLE_ARN,
    AWS_ROLE_SESSION_NAME: 'autopilot-run',
    AWS_ENDPOINT_URL_STS: sts.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
  })
})

afterEach(async () => {
  await Promise.all([sts.close(), bedrock.close()])
  await rm(dir, { recursive: true, force: true })
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('Bedrock with web identity credentials', () => {
  it('assumes the role with the OIDC token at STS and signs the Bedrock call with the assumed keys', async () => {
    const model = bedrockModel({
      model: 'claude-sonnet-5-5',
      region: REGION,
      baseURL: bedrock.url,
      maxRetries: 0,
    })
    const response = await model.complete(request)
    expect(JSON.stringify(response)).toContain('Hello.')
    expect(sts.calls).toEqual([
      {
        action: 'AssumeRoleWithWebIdentity',
        roleArn: ROLE_ARN,
        roleSessionName: 'autopilot-run',
        webIdentityToken: OIDC_TOKEN,
      },
    ])
    expect(bedrock.requests).toHaveLength(1)
    expect(bedrock.requests[0]).toMatchObject({
      signedBy: ASSUMED.accessKeyId,
      signatureValid: true,
      sessionToken: ASSUMED.sessionToken,
    })
  }, 30_000)

  it('fails as rejected credentials, with nothing sent to Bedrock, when STS refuses the token', async () => {
    await writeFile(path.join(dir, 'token'), 'a-token-for-another-audience')
    const model = bedrockModel({
      model: 'claude-sonnet-5-5',
      region: REGION,
      baseURL: bedrock.url,
      maxRetries: 0,
    })
    const error = await model.complete(request).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'auth' })
    expect((error as Error).message).toMatch(
      /No AWS credentials for Amazon Bedrock \(.*Incorrect token audience/,
    )
    expect(sts.calls).toHaveLength(1)
    expect(bedrock.requests).toHaveLength(0)
  }, 30_000)
})
