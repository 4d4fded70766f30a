import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { crc32 } from 'node:zlib'
import {
  inputTokensOf,
  streamEvents,
  toMessage,
  type ScriptTurn,
} from '../../src/demo/scripted-messages-server.js'

// A loopback Amazon Bedrock runtime: `POST /model/{modelId}/invoke` (JSON) and
// `/model/{modelId}/invoke-with-response-stream` (AWS event-stream framing, each chunk a base64 Messages
// event), SigV4 checked against the credentials it is given, errors as Bedrock sends them (a JSON
// `{message}` body and the type in `x-amzn-ErrorType`; mid-stream, an `exception` frame).

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface BedrockFailure {
  status: number
  /** `ThrottlingException`, `AccessDeniedException`, … */
  type: string
  message: string
  /** Sent as an exception frame after the stream has started, instead of an HTTP error. */
  midStream?: boolean
}

export interface BedrockRequest {
  path: string
  modelId: string
  stream: boolean
  body: Record<string, unknown>
  /** The access key id the request was signed with, and whether the signature checked out. */
  signedBy?: string
  signatureValid: boolean
  sessionToken?: string
}

export interface FakeBedrock {
  url: string
  requests: BedrockRequest[]
  close(): Promise<void>
}

export interface FakeBedrockOptions {
  script: ScriptTurn[]
  region: string
  credentials: AwsCredentials
  failures?: BedrockFailure[]
}

export async function startFakeBedrock(options: FakeBedrockOptions): Promise<FakeBedrock> {
  const turns = [...options.script]
  const failures = [...(options.failures ?? [])]
  const requests: BedrockRequest[] = []
  let served = 0

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) =>
      sendError(res, 500, 'InternalServerException', String(error)),
    )
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const rawPath = (req.url ?? '/').split('?')[0]!
    const match = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/.exec(rawPath)
    if (req.method !== 'POST' || !match) {
      return sendError(res, 404, 'UnknownOperationException', `No operation ${req.method} ${rawPath}`)
    }
    const body = JSON.parse(raw || '{}') as Record<string, unknown>
    const signature = checkSignature(req, rawPath, raw, options)
    const record: BedrockRequest = {
      path: rawPath,
      modelId: decodeURIComponent(match[1]!),
      stream: match[2] === 'invoke-with-response-stream',
      body,
      signatureValid: signature.valid,
      ...(signature.accessKeyId ? { signedBy: signature.accessKeyId } : {}),
      ...(typeof req.headers['x-amz-security-token'] === 'string'
        ? { sessionToken: req.headers['x-amz-security-token'] }
        : {}),
    }
    requests.push(record)
    if (!signature.valid) {
      return sendError(
        res,
        403,
        signature.accessKeyId === options.credentials.accessKeyId
          ? 'InvalidSignatureException'
          : 'UnrecognizedClientException',
        signature.accessKeyId === options.credentials.accessKeyId
          ? 'The request signature we calculated does not match the signature you provided.'
          : 'The security token included in the request is invalid.',
      )
    }
    const failure = failures.shift()
    if (failure && !failure.midStream) return sendError(res, failure.status, failure.type, failure.message)
    const turn = turns.shift()
    if (!turn) return sendError(res, 500, 'InternalServerException', 'script exhausted')
    served += 1
    const message = toMessage(turn, served, record.modelId.replace(/^.*anthropic\./, ''), inputTokensOf(body))
    if (!record.stream) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': `req-${served}` })
      res.end(JSON.stringify(message))
      return
    }
    res.writeHead(200, {
      'content-type': 'application/vnd.amazon.eventstream',
      'x-amzn-bedrock-content-type': 'application/json',
      'x-amzn-requestid': `req-${served}`,
    })
    const events = streamEvents(message)
    for (const [index, event] of events.entries()) {
      if (failure?.midStream && index === 2) {
        res.write(
          eventStreamMessage(
            {
              ':message-type': 'exception',
              ':exception-type': failure.type.charAt(0).toLowerCase() + failure.type.slice(1),
              ':content-type': 'application/json',
            },
            JSON.stringify({ message: failure.message }),
          ),
        )
        res.end()
        return
      }
      const payload =
        event.type === 'message_stop'
          ? {
              ...event,
              'amazon-bedrock-invocationMetrics': {
                inputTokenCount: message.usage.input_tokens,
                outputTokenCount: message.usage.output_tokens,
                invocationLatency: 10,
                firstByteLatency: 5,
              },
            }
          : event
      const chunk = JSON.stringify({
        bytes: Buffer.from(JSON.stringify(payload)).toString('base64'),
        p: 'abcd',
      })
      res.write(
        eventStreamMessage(
          { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' },
          chunk,
        ),
      )
    }
    res.end()
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** One message of the AWS event-stream encoding: prelude, its CRC, string headers, payload, message CRC. */
export function eventStreamMessage(headers: Record<string, string>, payload: string): Buffer {
  const headerBytes = Buffer.concat(
    Object.entries(headers).map(([name, value]) => {
      const nameBytes = Buffer.from(name)
      const valueBytes = Buffer.from(value)
      const head = Buffer.alloc(1 + nameBytes.length + 1 + 2)
      head.writeUInt8(nameBytes.length, 0)
      nameBytes.copy(head, 1)
      head.writeUInt8(7, 1 + nameBytes.length) // 7: string
      head.writeUInt16BE(valueBytes.length, 2 + nameBytes.length)
      return Buffer.concat([head, valueBytes])
    }),
  )
  const body = Buffer.from(payload)
  const total = 12 + headerBytes.length + body.length + 4
  const prelude = Buffer.alloc(8)
  prelude.writeUInt32BE(total, 0)
  prelude.writeUInt32BE(headerBytes.length, 4)
  const preludeCrc = Buffer.alloc(4)
  preludeCrc.writeUInt32BE(crc32(prelude), 0)
  const withoutCrc = Buffer.concat([prelude, preludeCrc, headerBytes, body])
  const messageCrc = Buffer.alloc(4)
  messageCrc.writeUInt32BE(crc32(withoutCrc), 0)
  return Buffer.concat([withoutCrc, messageCrc])
}

/**
 * Recomputes the request's SigV4 signature (service `bedrock`, the fake's region) with the secret of the
 * credentials the fake knows, as AWS does: the access key must be the fake's and the signature must match.
 */
function checkSignature(
  req: IncomingMessage,
  rawPath: string,
  body: string,
  options: FakeBedrockOptions,
): { valid: boolean; accessKeyId?: string } {
  const auth = req.headers['authorization'] ?? ''
  const parsed =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$/.exec(
      auth,
    )
  if (!parsed) return { valid: false }
  const [, accessKeyId, date, region, service, signedHeaders, signature] = parsed as unknown as string[]
  if (accessKeyId !== options.credentials.accessKeyId || region !== options.region || service !== 'bedrock') {
    return { valid: false, accessKeyId: accessKeyId! }
  }
  const names = signedHeaders!.split(';')
  const canonicalHeaders = names.map((name) => `${name}:${headerValue(req, name)}\n`).join('')
  const payloadHash = createHash('sha256').update(body).digest('hex')
  // Services other than S3 sign the path encoded once more.
  const canonicalUri = rawPath
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/')
  const canonicalRequest = [req.method, canonicalUri, '', canonicalHeaders, signedHeaders, payloadHash].join(
    '\n',
  )
  const amzDate = headerValue(req, 'x-amz-date')
  const scope = `${date}/${region}/${service}/aws4_request`
  const toSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n')
  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest()
  let key = hmac(`AWS4${options.credentials.secretAccessKey}`, date!)
  for (const part of [region!, service!, 'aws4_request']) key = hmac(key, part)
  const expected = createHmac('sha256', key).update(toSign).digest('hex')
  const tokenOk =
    options.credentials.sessionToken === undefined ||
    req.headers['x-amz-security-token'] === options.credentials.sessionToken
  return { valid: expected === signature && tokenOk, accessKeyId: accessKeyId! }
}

function headerValue(req: IncomingMessage, name: string): string {
  const value = req.headers[name]
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ')
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    req.on('data', (part: Buffer) => parts.push(part))
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')))
    req.on('error', reject)
  })
}

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  if (res.headersSent) {
    res.end()
    return
  }
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    'x-amzn-requestid': 'req-error',
  })
  res.end(JSON.stringify({ message }))
}
