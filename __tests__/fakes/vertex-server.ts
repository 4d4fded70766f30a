import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  inputTokensOf,
  streamEvents,
  toMessage,
  type ScriptTurn,
} from '../../src/demo/scripted-messages-server.js'

// A loopback Google Cloud for Claude on Vertex AI, with the credential flow google-github-actions/auth
// sets up for Workload Identity Federation: the runner's OIDC token (the Actions ID token endpoint), the
// STS exchange, the service account impersonation, then `:rawPredict` / `:streamRawPredict` /
// `count-tokens:rawPredict` on the publisher model with the impersonated access token. Errors in Google's
// shape (`{error: {code, message, status}}`).

export const ACTIONS_REQUEST_TOKEN = 'actions-id-token-request-token'
const OIDC_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.github-oidc-subject-token.signature'
const FEDERATED_TOKEN = 'federated-sts-access-token'
export const SERVICE_ACCOUNT_TOKEN = 'ya29.impersonated-service-account-token'

export interface VertexFailure {
  status: number
  /** Google's status, e.g. RESOURCE_EXHAUSTED, PERMISSION_DENIED, NOT_FOUND. */
  googleStatus: string
  message: string
}

export interface VertexRequest {
  path: string
  project: string
  location: string
  model: string
  method: 'rawPredict' | 'streamRawPredict' | 'count-tokens'
  authorization?: string
  body: Record<string, unknown>
}

export interface FakeVertex {
  url: string
  /** The `/v1` base URL the SDK is given. */
  baseURL: string
  requests: VertexRequest[]
  /** Every request of the credential flow, in order: the OIDC token, the STS exchange, the impersonation. */
  auth: Array<{ step: 'oidc' | 'sts' | 'impersonate'; ok: boolean }>
  /** Writes the external_account credentials file google-github-actions/auth would write; returns its path. */
  writeCredentials(dir: string, serviceAccount: string): Promise<string>
  close(): Promise<void>
}

export async function startFakeVertex(options: {
  script: ScriptTurn[]
  failures?: VertexFailure[]
}): Promise<FakeVertex> {
  const turns = [...options.script]
  const failures = [...(options.failures ?? [])]
  const requests: VertexRequest[] = []
  const auth: FakeVertex['auth'] = []
  let served = 0

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => sendError(res, 500, 'INTERNAL', String(error)))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://fake')
    if (url.pathname === '/actions-token') {
      const ok =
        req.headers['authorization'] === `Bearer ${ACTIONS_REQUEST_TOKEN}` && url.searchParams.has('audience')
      auth.push({ step: 'oidc', ok })
      return ok
        ? sendJson(res, 200, { value: OIDC_TOKEN })
        : sendError(res, 401, 'UNAUTHENTICATED', 'bad request token')
    }
    if (url.pathname === '/sts/v1/token') {
      const form = new URLSearchParams(raw)
      const ok =
        form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:token-exchange' &&
        form.get('subject_token') === OIDC_TOKEN &&
        (form.get('audience') ?? '').startsWith('//iam.googleapis.com/projects/')
      auth.push({ step: 'sts', ok })
      if (!ok) return sendJson(res, 400, { error: 'invalid_grant', error_description: 'bad subject token' })
      return sendJson(res, 200, {
        access_token: FEDERATED_TOKEN,
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        token_type: 'Bearer',
        expires_in: 3600,
      })
    }
    if (
      /^\/iamcredentials\/v1\/projects\/-\/serviceAccounts\/[^/]+:generateAccessToken$/.test(url.pathname)
    ) {
      const ok = req.headers['authorization'] === `Bearer ${FEDERATED_TOKEN}`
      auth.push({ step: 'impersonate', ok })
      if (!ok) return sendError(res, 403, 'PERMISSION_DENIED', 'iam.serviceAccounts.getAccessToken denied')
      return sendJson(res, 200, {
        accessToken: SERVICE_ACCOUNT_TOKEN,
        expireTime: new Date(Date.now() + 3_600_000).toISOString(),
      })
    }
    const match =
      /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/anthropic\/models\/([^/:]+):(rawPredict|streamRawPredict)$/.exec(
        decodeURIComponent(url.pathname),
      )
    if (req.method !== 'POST' || !match)
      return sendError(res, 404, 'NOT_FOUND', `No route ${req.method} ${url.pathname}`)
    const body = JSON.parse(raw || '{}') as Record<string, unknown>
    const [, project, location, model, method] = match as unknown as string[]
    const record: VertexRequest = {
      path: url.pathname,
      project: project!,
      location: location!,
      model: model === 'count-tokens' ? String(body['model']) : model!,
      method: model === 'count-tokens' ? 'count-tokens' : (method as 'rawPredict' | 'streamRawPredict'),
      ...(typeof req.headers['authorization'] === 'string'
        ? { authorization: req.headers['authorization'] }
        : {}),
      body,
    }
    requests.push(record)
    if (record.authorization !== `Bearer ${SERVICE_ACCOUNT_TOKEN}`) {
      return sendError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.')
    }
    const failure = failures.shift()
    if (failure) return sendError(res, failure.status, failure.googleStatus, failure.message)
    if (record.method === 'count-tokens') {
      const counted = { ...body }
      delete counted['model']
      return sendJson(res, 200, { input_tokens: inputTokensOf(counted) })
    }
    const turn = turns.shift()
    if (!turn) return sendError(res, 500, 'INTERNAL', 'script exhausted')
    served += 1
    const message = toMessage(turn, served, record.model, inputTokensOf(body))
    if (record.method === 'rawPredict') return sendJson(res, 200, message)
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    for (const event of streamEvents(message))
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
    res.end()
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    auth,
    async writeCredentials(dir, serviceAccount) {
      await mkdir(dir, { recursive: true })
      const file = path.join(dir, 'gha-creds-fake.json')
      const audience =
        '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/autopilot'
      await writeFile(
        file,
        JSON.stringify({
          type: 'external_account',
          audience,
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          token_url: `${url}/sts/v1/token`,
          service_account_impersonation_url: `${url}/iamcredentials/v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
          credential_source: {
            url: `${url}/actions-token?api-version=2.0&audience=${encodeURIComponent(`https:${audience}`)}`,
            headers: { Authorization: `Bearer ${ACTIONS_REQUEST_TOKEN}` },
            format: { type: 'json', subject_token_field_name: 'value' },
          },
        }),
      )
      return file
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    req.on('data', (part: Buffer) => parts.push(part))
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function sendError(res: ServerResponse, status: number, googleStatus: string, message: string): void {
  if (res.headersSent) {
    res.end()
    return
  }
  sendJson(res, status, { error: { code: status, message, status: googleStatus } })
}
