import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback GitLab REST API v4: the project, its merge requests (list with `state`/`source_branch`/
 * `target_branch` filters, create, show, update with `add_labels` and `reviewer_ids`), notes on merge
 * requests and issues, and users by `username`. Answers as GitLab does: `PRIVATE-TOKEN` or a Bearer token
 * (else 401 `{"message":"401 Unauthorized"}`), a project by its URL-encoded path or id (else 404
 * `{"message":"404 Project Not Found"}`), 409 for a second open merge request from one source branch, draft
 * from the `Draft:` title prefix, and the offset pagination headers.
 */

export interface StoredMergeRequest {
  id: number
  iid: number
  project_id: number
  title: string
  description: string | null
  state: 'opened' | 'closed' | 'merged'
  draft: boolean
  work_in_progress: boolean
  source_branch: string
  target_branch: string
  labels: string[]
  reviewers: { id: number; username: string }[]
  web_url: string
  created_at: string
  updated_at: string
}

export interface StoredNote {
  id: number
  noteable: 'merge_requests' | 'issues'
  noteable_iid: number
  body: string
  /** Set on notes a test adds as someone else (the reporter's answer); Autopilot's own are the bot's. */
  author?: { id: number; username: string; name: string }
  created_at?: string
  system?: boolean
}

/** An issue as `GET /projects/:id/issues/:iid` answers it (the fields Autopilot reads, in GitLab's shape). */
export interface StoredIssue {
  id: number
  iid: number
  project_id: number
  title: string
  description: string | null
  state: 'opened' | 'closed'
  labels: string[]
  author: { id: number; username: string; name: string }
  assignees: { id: number; username: string; name: string }[]
  milestone: { id: number; title: string } | null
  web_url: string
  created_at: string
  updated_at: string
}

export interface RecordedGitLabRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | undefined>
  body: unknown
}

export interface FakeGitLab {
  /** The instance URL (what `gitlab-url` / CI_SERVER_URL holds). */
  url: string
  projectPath: string
  projectId: number
  mergeRequests: StoredMergeRequest[]
  /** Add issues here; `addIssue` fills in GitLab's fields. */
  issues: StoredIssue[]
  addIssue(issue: Pick<StoredIssue, 'iid' | 'title' | 'description'> & Partial<StoredIssue>): StoredIssue
  notes: StoredNote[]
  requests: RecordedGitLabRequest[]
  /** The next n requests answer with this status (e.g. 429 with Retry-After, 500, 403). */
  failNext(times: number, status: number, message?: string): void
  close(): Promise<void>
}

const DRAFT = /^\s*(?:\[draft\]|\(draft\)|draft:|draft\s-\s)/i

export async function startGitLabServer(options: {
  projectPath: string
  token: string
  defaultBranch?: string
  users?: string[]
}): Promise<FakeGitLab> {
  const projectId = 4242
  const users = (options.users ?? []).map((username, index) => ({ id: 100 + index, username }))
  const mergeRequests: StoredMergeRequest[] = []
  const notes: StoredNote[] = []
  const issues: StoredIssue[] = []
  const requests: RecordedGitLabRequest[] = []
  let failures: { times: number; status: number; message: string } = { times: 0, status: 500, message: '' }
  let url = ''
  let nextId = 1

  const projectJson = () => ({
    id: projectId,
    path_with_namespace: options.projectPath,
    default_branch: options.defaultBranch ?? 'main',
    web_url: `${url}/${options.projectPath}`,
  })

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const parsed = new URL(req.url ?? '/', 'http://localhost')
      const body = parseBody(raw, req.headers['content-type'])
      requests.push({
        method: req.method ?? '',
        path: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([key, value]) => [
            key,
            Array.isArray(value) ? value.join(',') : value,
          ]),
        ),
        body,
      })
      if (failures.times > 0) {
        failures.times -= 1
        if (failures.status === 429) res.setHeader('retry-after', '0')
        return json(res, failures.status, { message: failures.message || `${failures.status} Error` })
      }
      const auth = req.headers['private-token'] ?? req.headers.authorization?.replace(/^Bearer /, '')
      if (auth !== options.token) return json(res, 401, { message: '401 Unauthorized' })

      const route = /^\/api\/v4\/projects\/([^/]+)(\/.*)?$/.exec(parsed.pathname)
      if (parsed.pathname === '/api/v4/users' && req.method === 'GET') {
        const wanted = parsed.searchParams.get('username')?.toLowerCase()
        return list(
          res,
          users.filter((user) => !wanted || user.username.toLowerCase() === wanted),
        )
      }
      if (!route) return json(res, 404, { message: '404 Not Found' })
      const project = decodeURIComponent(route[1] ?? '')
      if (project !== options.projectPath && project !== String(projectId))
        return json(res, 404, { message: '404 Project Not Found' })
      const rest = route[2] ?? ''
      const fields = (body ?? {}) as Record<string, unknown>

      if (rest === '' && req.method === 'GET') return json(res, 200, projectJson())
      if (rest === '/merge_requests' && req.method === 'GET') {
        const q = parsed.searchParams
        return list(
          res,
          mergeRequests.filter(
            (mr) =>
              (!q.get('state') || q.get('state') === 'all' || mr.state === q.get('state')) &&
              (!q.get('source_branch') || mr.source_branch === q.get('source_branch')) &&
              (!q.get('target_branch') || mr.target_branch === q.get('target_branch')),
          ),
        )
      }
      if (rest === '/merge_requests' && req.method === 'POST') {
        const source = String(fields.source_branch ?? '')
        const target = String(fields.target_branch ?? '')
        const title = String(fields.title ?? '')
        if (!source || !target || !title)
          return json(res, 400, { message: 'source_branch, target_branch, title are missing' })
        const open = mergeRequests.find((mr) => mr.state === 'opened' && mr.source_branch === source)
        if (open)
          return json(res, 409, {
            message: [`Another open merge request already exists for this source branch: !${open.iid}`],
          })
        const now = new Date().toISOString()
        const iid = mergeRequests.length + 1
        const mr: StoredMergeRequest = {
          id: nextId++,
          iid,
          project_id: projectId,
          title,
          description: typeof fields.description === 'string' ? fields.description : null,
          state: 'opened',
          draft: DRAFT.test(title),
          work_in_progress: DRAFT.test(title),
          source_branch: source,
          target_branch: target,
          labels: splitLabels(fields.labels),
          reviewers: [],
          web_url: `${url}/${options.projectPath}/-/merge_requests/${iid}`,
          created_at: now,
          updated_at: now,
        }
        mergeRequests.push(mr)
        return json(res, 201, mr)
      }
      const one = /^\/merge_requests\/(\d+)(\/notes)?$/.exec(rest)
      if (rest === '/issues' && req.method === 'GET') {
        const q = parsed.searchParams
        const wanted = splitLabels(q.get('labels') ?? '')
        return list(
          res,
          issues.filter(
            (issue) =>
              (!q.get('state') || q.get('state') === 'all' || issue.state === q.get('state')) &&
              wanted.every((label) => issue.labels.includes(label)),
          ),
        )
      }
      const issueRoute = /^\/issues\/(\d+)(?:\/notes(?:\/(\d+))?)?$/.exec(rest)
      if (issueRoute) return issueEndpoint(req, res, rest, Number(issueRoute[1]), fields, issueRoute[2])
      if (!one) return json(res, 404, { message: '404 Not Found' })
      const mr = mergeRequests.find((candidate) => candidate.iid === Number(one[1]))
      if (!mr) return json(res, 404, { message: '404 Not found' })
      if (one[2] && req.method === 'POST') return addNote(res, 'merge_requests', mr.iid, fields)
      if (req.method === 'GET') return json(res, 200, mr)
      if (req.method === 'PUT') {
        if (typeof fields.title === 'string') {
          mr.title = fields.title
          mr.draft = mr.work_in_progress = DRAFT.test(fields.title)
        }
        if (typeof fields.description === 'string') mr.description = fields.description
        if (fields.labels !== undefined) mr.labels = splitLabels(fields.labels)
        for (const label of splitLabels(fields.add_labels))
          if (!mr.labels.includes(label)) mr.labels.push(label)
        if (Array.isArray(fields.reviewer_ids)) {
          const ids = fields.reviewer_ids.map(Number)
          mr.reviewers = users.filter((user) => ids.includes(user.id))
        }
        mr.updated_at = new Date().toISOString()
        return json(res, 200, mr)
      }
      return json(res, 405, { message: '405 Method Not Allowed' })
    })
  })

  function issueEndpoint(
    req: IncomingMessage,
    res: ServerResponse,
    rest: string,
    iid: number,
    fields: Record<string, unknown>,
    noteId: string | undefined,
  ): void {
    const issue = issues.find((candidate) => candidate.iid === iid)
    if (!issue) return json(res, 404, { message: '404 Issue Not Found' })
    if (!rest.includes('/notes')) return req.method === 'GET' ? json(res, 200, issue) : json(res, 405, {})
    if (noteId === undefined && req.method === 'POST') return addNote(res, 'issues', iid, fields)
    if (noteId === undefined && req.method === 'GET')
      return list(
        res,
        notes.filter((note) => note.noteable === 'issues' && note.noteable_iid === iid).map(noteJson),
      )
    const note = notes.find((candidate) => candidate.id === Number(noteId) && candidate.noteable_iid === iid)
    if (!note) return json(res, 404, { message: '404 Note Not Found' })
    if (req.method === 'PUT' && typeof fields.body === 'string') {
      note.body = fields.body
      return json(res, 200, noteJson(note))
    }
    return json(res, 405, { message: '405 Method Not Allowed' })
  }

  function noteJson(note: StoredNote) {
    return {
      id: note.id,
      body: note.body,
      author: note.author ?? {
        id: 1,
        username: `project_${projectId}_bot_5f3a`,
        name: 'Autopilot',
        state: 'active',
        web_url: `${url}/project_${projectId}_bot_5f3a`,
      },
      created_at: note.created_at ?? '2026-12-01T10:00:00.000Z',
      updated_at: note.created_at ?? '2026-12-01T10:00:00.000Z',
      system: note.system ?? false,
      noteable_id: note.noteable_iid,
      noteable_type: note.noteable === 'issues' ? 'Issue' : 'MergeRequest',
      noteable_iid: note.noteable_iid,
      project_id: projectId,
      resolvable: false,
    }
  }

  function addNote(
    res: ServerResponse,
    noteable: StoredNote['noteable'],
    iid: number,
    fields: Record<string, unknown>,
  ): void {
    if (typeof fields.body !== 'string' || fields.body === '')
      return json(res, 400, { message: { body: ["can't be blank"] } })
    const note: StoredNote = { id: nextId++, noteable, noteable_iid: iid, body: fields.body }
    notes.push(note)
    json(res, 201, noteJson(note))
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    projectPath: options.projectPath,
    projectId,
    mergeRequests,
    issues,
    addIssue(partial) {
      const issue: StoredIssue = {
        id: nextId++,
        project_id: projectId,
        state: 'opened',
        labels: [],
        author: { id: 7, username: 'reporter', name: 'Rita Reporter' },
        assignees: [],
        milestone: null,
        web_url: `${url}/${options.projectPath}/-/issues/${partial.iid}`,
        created_at: '2026-12-01T09:00:00.000Z',
        updated_at: '2026-12-01T09:30:00.000Z',
        ...partial,
      }
      issues.push(issue)
      return issue
    },
    notes,
    requests,
    failNext(times, status, message = '') {
      failures = { times, status, message }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function splitLabels(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : []
  return items.map((label) => label.trim()).filter(Boolean)
}

function list(res: ServerResponse, items: unknown[]): void {
  res.setHeader('x-page', '1')
  res.setHeader('x-per-page', '20')
  res.setHeader('x-total', String(items.length))
  res.setHeader('x-total-pages', '1')
  res.setHeader('x-next-page', '')
  json(res, 200, items)
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined
  if (contentType?.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(raw))
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
