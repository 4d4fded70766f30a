import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * A loopback proxy in front of a fake that injects what the fakes themselves cannot: a reset socket, a
 * server that never answers, a malformed body, or a side effect (a concurrent run) just before a request
 * reaches the fake. Everything not matched by a queued fault is forwarded unchanged.
 */

export type FaultAction =
  | { kind: 'reply'; status: number; headers?: Record<string, string>; body: string }
  /** Closes the socket without an HTTP answer (ECONNRESET / "socket hang up" on the client). */
  | { kind: 'reset' }
  /** Reads the request and never answers. */
  | { kind: 'hang' }
  /** Runs `before`, then forwards: for races, where something changes between two of our requests. */
  | { kind: 'forward'; before: () => Promise<void> }

export interface QueuedFault {
  method: string
  /** Exact request path without the query string. */
  path: string
  action: FaultAction
}

export interface ProxiedRequest {
  method: string
  path: string
  /** Milliseconds since the epoch when the request arrived: how retry waits are measured. */
  at: number
  /** What answered: a fault kind, or `forwarded`. */
  answer: FaultAction['kind'] | 'forwarded'
}

export interface FaultProxy {
  url: string
  requests: ProxiedRequest[]
  /** Consumed first-match-first, each once. */
  faults: QueuedFault[]
  close(): Promise<void>
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream)
  const requests: ProxiedRequest[] = []
  const faults: QueuedFault[] = []
  const sockets = new Set<Socket>()

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const method = req.method ?? 'GET'
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const index = faults.findIndex((fault) => fault.method === method && fault.path === path)
    const action = index >= 0 ? faults.splice(index, 1)[0]?.action : undefined
    requests.push({
      method,
      path,
      at: Date.now(),
      answer: action && action.kind !== 'forward' ? action.kind : 'forwarded',
    })
    if (action?.kind === 'reset') return void req.socket.destroy()
    if (action?.kind === 'hang') return
    if (action?.kind === 'reply') {
      res.writeHead(action.status, action.headers ?? { 'content-type': 'application/json' })
      return void res.end(action.body)
    }
    if (action?.kind === 'forward') await action.before()
    await forward(req, res, body)
  }

  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    return new Promise((resolve) => {
      const upstreamRequest = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (upstreamResponse) => {
          res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
          upstreamResponse.pipe(res)
          upstreamResponse.on('end', resolve)
        },
      )
      upstreamRequest.on('error', () => {
        res.destroy()
        resolve()
      })
      upstreamRequest.end(body)
    })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    req.on('data', (part: Buffer) => parts.push(part))
    req.on('end', () => resolve(Buffer.concat(parts)))
    req.on('error', reject)
  })
}
