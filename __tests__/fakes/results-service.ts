import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
}

export interface FakeResultsService {
  url: string
  requests: RecordedRequest[]
  /** Bytes received by the fake blob store. */
  blobBytes(): number
  close(): Promise<void>
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService'

/**
 * The Actions results service (twirp JSON) plus the blob store its signed URL points at, on loopback.
 * `createStatus` lets a test answer CreateArtifact with an error, as the service does for a duplicate name.
 */
export async function startFakeResultsService(
  options: { createStatus?: number } = {},
): Promise<FakeResultsService> {
  const requests: RecordedRequest[] = []
  const blocks = new Map<string, number>()
  let base = ''
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      const url = new URL(req.url ?? '/', base)
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
      }
      if (url.pathname === `${SERVICE}/CreateArtifact`) {
        if (options.createStatus && options.createStatus !== 200) {
          json(options.createStatus, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          })
          return
        }
        json(200, { ok: true, signedUploadUrl: `${base}/blob/container/artifact.zip?sig=fake-signature` })
        return
      }
      if (url.pathname === `${SERVICE}/FinalizeArtifact`) {
        json(200, { ok: true, artifactId: '4242' })
        return
      }
      if (url.pathname.startsWith('/blob/') && req.method === 'PUT') {
        const comp = url.searchParams.get('comp')
        if (comp === 'block') blocks.set(url.searchParams.get('blockid') ?? '', body.length)
        const headers = {
          'x-ms-request-id': 'fake',
          'x-ms-version': '2025-01-05',
          'x-ms-request-server-encrypted': 'true',
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'content-length': '0',
        }
        if (!comp) blocks.set('single', body.length)
        res.writeHead(201, headers).end()
        return
      }
      json(404, { code: 'bad_route', msg: `no handler for ${req.method} ${url.pathname}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    requests,
    blobBytes: () => [...blocks.values()].reduce((sum, n) => sum + n, 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A runtime token whose claims carry the run and job ids, as the runner's does (the service checks the signature, the client does not). */
export function fakeRuntimeToken(): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const scp =
    'Actions.ExampleScope Actions.Results:11111111-2222-3333-4444-555555555555:66666666-7777-8888-9999-000000000000'
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp })}.signature`
}
