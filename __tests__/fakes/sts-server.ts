import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AwsCredentials } from './bedrock-server.js'

// A loopback AWS STS that answers AssumeRoleWithWebIdentity as STS does: a form-encoded query POST in,
// the 2011-06-15 XML response out (or STS's XML error when the token or the role is not the expected one).

export interface StsCall {
  action: string
  roleArn: string
  roleSessionName: string
  webIdentityToken: string
}

export interface FakeSts {
  url: string
  calls: StsCall[]
  close(): Promise<void>
}

export interface FakeStsOptions {
  roleArn: string
  /** The OIDC token the runner must present. */
  token: string
  /** The assumed role's session credentials. */
  credentials: Required<AwsCredentials>
}

export async function startFakeSts(options: FakeStsOptions): Promise<FakeSts> {
  const calls: StsCall[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      const form = new URLSearchParams(body)
      const call: StsCall = {
        action: form.get('Action') ?? '',
        roleArn: form.get('RoleArn') ?? '',
        roleSessionName: form.get('RoleSessionName') ?? '',
        webIdentityToken: form.get('WebIdentityToken') ?? '',
      }
      calls.push(call)
      res.setHeader('content-type', 'text/xml')
      if (call.action !== 'AssumeRoleWithWebIdentity' || call.roleArn !== options.roleArn) {
        res.statusCode = 403
        res.end(stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
        return
      }
      if (call.webIdentityToken !== options.token) {
        res.statusCode = 400
        res.end(stsError('InvalidIdentityToken', 'Incorrect token audience'))
        return
      }
      res.end(assumed(call, options))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function assumed(call: StsCall, options: FakeStsOptions): string {
  const expiration = new Date(Date.now() + 3_600_000).toISOString()
  const role = options.roleArn.split('/').pop() ?? 'role'
  return `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>repo:acme/analytics:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <Audience>sts.amazonaws.com</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/${role}/${call.roleSessionName}</Arn>
      <AssumedRoleId>AROAEXAMPLEROLEID0001:${call.roleSessionName}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${options.credentials.sessionToken}</SessionToken>
      <SecretAccessKey>${options.credentials.secretAccessKey}</SecretAccessKey>
      <Expiration>${expiration}</Expiration>
      <AccessKeyId>${options.credentials.accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>token.actions.githubusercontent.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`
}

function stsError(code: string, message: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>
  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c8</RequestId>
</ErrorResponse>`
}
