import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback Jira Cloud (REST v3) speaking the real wire format, so jira.js itself is exercised.
 * Issues are stored as Jira returns them; every `self` points at this server (jira.js validates them as URLs).
 */

export type JiraIssueJson = {
  id: string
  key: string
  self?: string
  fields: Record<string, unknown>
  names?: Record<string, string>
  [extra: string]: unknown
}
export interface FakeJiraFailure {
  /** Path prefix, e.g. `/rest/api/3/issue/DATA-123`; the first matching entry is consumed. */
  path: string
  method?: string
  status: number
  headers?: Record<string, string>
  body?: unknown
}
export interface RecordedJiraRequest {
  method: string
  path: string
  query: Record<string, string[]>
  headers: Record<string, string | undefined>
  body: unknown
}
export interface FakeJiraComment {
  id: string
  body: unknown
  created: string
  /** Set by `PUT …/comment/{id}`; defaults to `created`. */
  updated?: string
  /** Who wrote it; comments the API creates are by the `autopilot` app user. */
  author?: { accountId: string; displayName: string; accountType: 'atlassian' | 'app' }
}
export interface FakeRemoteLink {
  id: number
  globalId?: string
  application?: unknown
  relationship?: string
  object: { url: string; title: string; [extra: string]: unknown }
}
export interface FakeTransition {
  id: string
  name: string
  /** Name of the status the issue moves to. */
  to: string
}
export type FakeJiraAuth = { email: string; token: string } | { bearer: string }
export interface FakeJira {
  url: string
  requests: RecordedJiraRequest[]
  issues: Record<string, JiraIssueJson>
  comments: Record<string, FakeJiraComment[]>
  remoteLinks: Record<string, FakeRemoteLink[]>
  failures: FakeJiraFailure[]
  close(): Promise<void>
}

/** The site the reference issue was captured from; its URLs are rewritten to the fake's own. */
export const REFERENCE_SITE = 'https://acme.atlassian.net'

/** A fresh copy of the captured Jira Cloud issue DATA-123 (see jira-issue.json). */
export function referenceJiraIssue(): JiraIssueJson {
  return JSON.parse(readFileSync(new URL('./jira-issue.json', import.meta.url), 'utf8')) as JiraIssueJson
}

const DEFAULT_TRANSITIONS: FakeTransition[] = [
  { id: '11', name: 'Start Progress', to: 'In Progress' },
  { id: '21', name: 'In Review', to: 'In Review' },
  { id: '31', name: 'Done', to: 'Done' },
]

const jiraError = (...errorMessages: string[]) => ({ errorMessages, errors: {} })

export async function startJiraServer(
  options: {
    issues?: Record<string, JiraIssueJson>
    auth?: FakeJiraAuth
    transitions?: FakeTransition[]
  } = {},
): Promise<FakeJira> {
  const requests: RecordedJiraRequest[] = []
  const failures: FakeJiraFailure[] = []
  const issues: Record<string, JiraIssueJson> = options.issues ?? { 'DATA-123': referenceJiraIssue() }
  const comments: Record<string, FakeJiraComment[]> = {}
  const remoteLinks: Record<string, FakeRemoteLink[]> = {}
  const transitions = options.transitions ?? DEFAULT_TRANSITIONS
  let url = ''
  let nextId = 10_000

  const rebase = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value.startsWith(REFERENCE_SITE) ? url + value.slice(REFERENCE_SITE.length) : value
    if (Array.isArray(value)) return value.map(rebase)
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rebase(inner)]))
    }
    return value
  }
  const findIssue = (keyOrId: string): JiraIssueJson | undefined =>
    Object.values(issues).find(
      (issue) => issue.key.toUpperCase() === keyOrId.toUpperCase() || issue.id === keyOrId,
    )
  const status = (name: string) => ({
    self: `${url}/rest/api/3/status/${encodeURIComponent(name)}`,
    description: '',
    iconUrl: `${url}/images/icons/statuses/generic.png`,
    name,
    id: String(10_000 + name.length),
    statusCategory: {
      self: `${url}/rest/api/3/statuscategory/4`,
      id: 4,
      key: 'indeterminate',
      colorName: 'yellow',
      name: 'In Progress',
    },
  })
  const issueView = (issue: JiraIssueJson, fields: string[] | undefined, expand: string[]) => {
    const all = issue.fields
    const ids = fields === undefined ? Object.keys(all) : selectFields(all, fields)
    const view: Record<string, unknown> = {
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: issue.id,
      self: issue.self ?? `${url}/rest/api/3/issue/${issue.id}`,
      key: issue.key,
      fields: Object.fromEntries(ids.map((id) => [id, all[id] ?? null])),
    }
    if (expand.includes('names')) {
      view['names'] = Object.fromEntries(
        ids.map((id) => [id, issue.names?.[id] ?? id.charAt(0).toUpperCase() + id.slice(1)]),
      )
    }
    return rebase(view)
  }
  const authorized = (header: string | undefined): boolean => {
    const auth = options.auth
    if (!auth) return true
    if ('bearer' in auth) return header === `Bearer ${auth.bearer}`
    return header === `Basic ${Buffer.from(`${auth.email}:${auth.token}`).toString('base64')}`
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const parsed = new URL(req.url ?? '/', url)
    const method = req.method ?? 'GET'
    const query: Record<string, string[]> = {}
    for (const [key, value] of parsed.searchParams) (query[key] ??= []).push(value)
    const body = await readJson(req)
    requests.push({ method, path: parsed.pathname, query, headers: flatHeaders(req), body: body.value })

    const failureIndex = failures.findIndex(
      (failure) => parsed.pathname.startsWith(failure.path) && (!failure.method || failure.method === method),
    )
    if (failureIndex >= 0) {
      const [failure] = failures.splice(failureIndex, 1)
      if (failure)
        return send(
          res,
          failure.status,
          failure.body ?? jiraError(`Injected failure ${failure.status}`),
          failure.headers,
        )
    }
    if (!authorized(req.headers.authorization)) {
      return send(
        res,
        401,
        jiraError('You are not authenticated. Authentication required to perform this operation.'),
      )
    }
    if (!body.ok)
      return send(res, 400, jiraError('Unexpected character in the request body: it must be JSON.'))
    const list = (name: string) =>
      (query[name] ?? [])
        .flatMap((value) => value.split(','))
        .map((v) => v.trim())
        .filter(Boolean)
    const path = parsed.pathname

    if (path === '/rest/api/2/serverInfo' || path === '/rest/api/3/serverInfo') {
      return send(res, 200, {
        baseUrl: url,
        displayUrl: url,
        version: '1001.0.0-SNAPSHOT',
        versionNumbers: [1001, 0, 0],
        deploymentType: 'Cloud',
        buildNumber: 100_289,
        serverTitle: 'Jira',
        defaultLocale: { locale: 'en_US' },
      })
    }
    if (path === '/rest/api/3/search') {
      return send(
        res,
        410,
        jiraError('The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.'),
      )
    }
    if (path === '/rest/api/3/search/jql' && (method === 'GET' || method === 'POST')) {
      const input =
        method === 'POST'
          ? searchBody(body.value)
          : {
              jql: query['jql']?.[0],
              nextPageToken: query['nextPageToken']?.[0],
              maxResults: query['maxResults']?.[0],
              fields: list('fields'),
              expand: list('expand'),
            }
      const matcher = jqlMatcher(input.jql ?? '')
      if (typeof matcher === 'string') return send(res, 400, jiraError(matcher))
      const offset = input.nextPageToken
        ? Number(Buffer.from(input.nextPageToken, 'base64url').toString())
        : 0
      if (!Number.isInteger(offset) || offset < 0)
        return send(res, 400, jiraError('The provided next page token is invalid or expired.'))
      const size = Math.min(5000, Math.max(1, Number(input.maxResults ?? 50) || 50))
      const matched = Object.values(issues).filter(matcher)
      const page = matched.slice(offset, offset + size)
      const isLast = offset + size >= matched.length
      return send(res, 200, {
        issues: page.map((issue) =>
          input.fields.length === 0 ? { id: issue.id } : issueView(issue, input.fields, input.expand),
        ),
        ...(isLast ? {} : { nextPageToken: Buffer.from(String(offset + size)).toString('base64url') }),
        isLast,
      })
    }

    const single = /^\/rest\/api\/3\/issue\/([^/]+)\/comment\/([^/]+)$/.exec(path)
    if (single) {
      const issue = findIssue(decodeURIComponent(single[1] ?? ''))
      if (!issue)
        return send(res, 404, jiraError('Issue does not exist or you do not have permission to see it.'))
      const comment = (comments[issue.key] ?? []).find((c) => c.id === decodeURIComponent(single[2] ?? ''))
      if (!comment) return send(res, 404, jiraError('Can not find a comment for the provided id.'))
      if (method === 'GET') return send(res, 200, commentView(comment, issue))
      if (method === 'PUT') {
        const doc = objectField(body.value, 'body')
        if (!doc || doc['type'] !== 'doc')
          return send(res, 400, { errorMessages: [], errors: { comment: 'Comment body is not valid!' } })
        comment.body = doc
        comment.updated = new Date().toISOString().replace('Z', '+0000')
        return send(res, 200, commentView(comment, issue))
      }
      return send(res, 405, jiraError(`The fake Jira does not support ${method} ${path}`))
    }

    const match = /^\/rest\/api\/3\/issue\/([^/]+)(?:\/(comment|transitions|remotelink))?$/.exec(path)
    if (!match) return send(res, 404, jiraError(`The fake Jira has no route for ${method} ${path}`))
    const issue = findIssue(decodeURIComponent(match[1] ?? ''))
    if (!issue)
      return send(res, 404, jiraError('Issue does not exist or you do not have permission to see it.'))
    const resource = match[2]

    if (!resource && method === 'GET') {
      return send(res, 200, issueView(issue, query['fields'] ? list('fields') : undefined, list('expand')))
    }
    if (resource === 'comment') {
      const existing = (comments[issue.key] ??= [])
      if (method === 'GET') {
        // Jira pages comments (`startAt`, `maxResults`, at most 5000), oldest first by default.
        const startAt = Number(query['startAt']?.[0] ?? 0)
        const maxResults = Math.min(Number(query['maxResults']?.[0] ?? 5000), 5000)
        return send(res, 200, {
          startAt,
          maxResults,
          total: existing.length,
          comments: existing.slice(startAt, startAt + maxResults).map((c) => commentView(c, issue)),
        })
      }
      if (method === 'POST') {
        const doc = objectField(body.value, 'body')
        if (!doc || doc['type'] !== 'doc')
          return send(res, 400, { errorMessages: [], errors: { comment: 'Comment body is not valid!' } })
        const comment = {
          id: String(nextId++),
          body: doc,
          created: new Date().toISOString().replace('Z', '+0000'),
        }
        existing.push(comment)
        return send(res, 201, commentView(comment, issue))
      }
    }
    if (resource === 'transitions') {
      if (method === 'GET') {
        return send(res, 200, {
          expand: 'transitions',
          transitions: transitions.map((t) => ({
            id: t.id,
            name: t.name,
            to: status(t.to),
            hasScreen: false,
            isGlobal: true,
            isInitial: false,
            isAvailable: true,
            isConditional: false,
            isLooped: false,
          })),
        })
      }
      if (method === 'POST') {
        const id = objectField(body.value, 'transition')?.['id']
        const transition = transitions.find((t) => t.id === String(id))
        if (!transition)
          return send(res, 400, jiraError(`Transition id '${String(id)}' is not valid for this issue.`))
        issue.fields['status'] = status(transition.to)
        return send(res, 204)
      }
    }
    if (resource === 'remotelink') {
      const links = (remoteLinks[issue.key] ??= [])
      if (method === 'GET')
        return send(
          res,
          200,
          links.map((link) => ({ ...link, self: linkSelf(issue, link) })),
        )
      if (method === 'POST') {
        const object = objectField(body.value, 'object')
        if (typeof object?.['url'] !== 'string' || typeof object['title'] !== 'string') {
          return send(res, 400, {
            errorMessages: [],
            errors: { title: 'Title is required.', url: 'URL is required.' },
          })
        }
        const fieldsIn = body.value as Record<string, unknown>
        const globalId = typeof fieldsIn['globalId'] === 'string' ? fieldsIn['globalId'] : undefined
        const link: FakeRemoteLink = {
          id: nextId++,
          globalId,
          application: fieldsIn['application'],
          relationship: typeof fieldsIn['relationship'] === 'string' ? fieldsIn['relationship'] : undefined,
          object: { ...object, url: object['url'], title: object['title'] },
        }
        const index = globalId === undefined ? -1 : links.findIndex((l) => l.globalId === globalId)
        const existing = links[index]
        if (existing) {
          links[index] = { ...link, id: existing.id }
          return send(res, 200, { id: existing.id, self: linkSelf(issue, existing) })
        }
        links.push(link)
        return send(res, 201, { id: link.id, self: linkSelf(issue, link) })
      }
    }
    return send(res, 405, jiraError(`The fake Jira does not support ${method} ${path}`))
  }

  const commentView = (comment: FakeJiraComment, issue: JiraIssueJson) => {
    const who = comment.author ?? { accountId: 'autopilot', displayName: 'Autopilot', accountType: 'app' }
    const author = {
      self: `${url}/rest/api/3/user?accountId=${who.accountId}`,
      accountId: who.accountId,
      displayName: who.displayName,
      active: true,
      accountType: who.accountType,
    }
    return {
      self: `${url}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
      id: comment.id,
      author,
      body: comment.body,
      updateAuthor: author,
      created: comment.created,
      updated: comment.updated ?? comment.created,
      jsdPublic: true,
    }
  }
  const linkSelf = (issue: JiraIssueJson, link: FakeRemoteLink) =>
    `${url}/rest/api/3/issue/${issue.key}/remotelink/${link.id}`

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, 500, jiraError(`Fake Jira crashed: ${String(error)}`)),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    issues,
    comments,
    remoteLinks,
    failures,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

export function selectFields(all: Record<string, unknown>, requested: string[]): string[] {
  const wantsAll = requested.includes('*all') || requested.includes('*navigable')
  const ids = new Set(wantsAll ? Object.keys(all) : [])
  for (const id of requested) {
    if (id.startsWith('-')) ids.delete(id.slice(1))
    else if (!id.startsWith('*')) ids.add(id)
  }
  return [...ids]
}

/** A tiny JQL subset: `field = v`, `field != v`, `field in (a, b)` joined by AND, with ORDER BY ignored. */
export function jqlMatcher(jql: string): ((issue: JiraIssueJson) => boolean) | string {
  const where = jql
    .replace(/\s+order\s+by\s+.*$/is, '')
    .replace(/^\s*order\s+by\s+.*$/is, '')
    .trim()
  if (where === '') return () => true
  const tests: ((issue: JiraIssueJson) => boolean)[] = []
  for (const clause of where.split(/\s+AND\s+/i)) {
    const parts = /^\s*(\w+)\s*(=|!=|\bin\b)\s*(.+?)\s*$/i.exec(clause)
    const field = parts?.[1]?.toLowerCase()
    if (
      !parts ||
      !field ||
      !['project', 'key', 'labels', 'status', 'issuetype', 'type', 'priority'].includes(field)
    ) {
      return `Error in the JQL Query: the fake Jira does not understand '${clause.trim()}'.`
    }
    const op = (parts[2] ?? '').toLowerCase()
    const raw = parts[3] ?? ''
    const values = (op === 'in' ? raw.replace(/^\(|\)$/g, '').split(',') : [raw]).map((v) =>
      v
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase(),
    )
    tests.push((issue) => {
      const actual = issueValues(issue, field).map((v) => v.toLowerCase())
      const hit = values.some((value) => actual.includes(value))
      return op === '!=' ? !hit : hit
    })
  }
  return (issue) => tests.every((test) => test(issue))
}

function issueValues(issue: JiraIssueJson, field: string): string[] {
  const name = (value: unknown) =>
    typeof value === 'object' && value !== null && 'name' in value ? [String(value.name)] : []
  switch (field) {
    case 'project':
      return [issue.key.split('-')[0] ?? '']
    case 'key':
      return [issue.key]
    case 'labels':
      return Array.isArray(issue.fields['labels']) ? issue.fields['labels'].map(String) : []
    case 'issuetype':
    case 'type':
      return name(issue.fields['issuetype'])
    default:
      return name(issue.fields[field])
  }
}

function searchBody(value: unknown) {
  const input = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : [])
  return {
    jql: typeof input['jql'] === 'string' ? input['jql'] : undefined,
    nextPageToken: typeof input['nextPageToken'] === 'string' ? input['nextPageToken'] : undefined,
    maxResults: input['maxResults'] === undefined ? undefined : String(input['maxResults']),
    fields: strings(input['fields']),
    expand: typeof input['expand'] === 'string' ? input['expand'].split(',') : strings(input['expand']),
  }
}

export function objectField(value: unknown, name: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const inner = (value as Record<string, unknown>)[name]
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined
}

export async function readJson(req: IncomingMessage): Promise<{ ok: boolean; value: unknown }> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, value: text }
  }
}

export function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value]),
  )
}

export function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined) {
    res.writeHead(status, headers).end()
    return
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const type = typeof body === 'string' ? 'text/plain;charset=UTF-8' : 'application/json;charset=UTF-8'
  res.writeHead(status, { 'Content-Type': type, ...headers }).end(text)
}
