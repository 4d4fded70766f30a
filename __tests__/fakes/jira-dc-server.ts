import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  flatHeaders,
  jqlMatcher,
  objectField,
  readJson,
  selectFields,
  send,
  type FakeJiraFailure,
  type FakeTransition,
  type JiraIssueJson,
  type RecordedJiraRequest,
} from './jira-server.js'

/**
 * A loopback Jira Data Center / Server speaking REST v2 as it does: `/rest/api/2/…`, a personal access
 * token as `Authorization: Bearer`, descriptions and comments as wiki-markup strings, users by `name`/`key`
 * (no account ids), search paged by `startAt`/`maxResults`/`total` with the server's own page cap, and
 * timestamps as `2026-11-30T10:15:00.000+0000`. It refuses a comment body that is not a string, as Jira
 * Data Center does an ADF document.
 */

export interface FakeDcComment {
  id: string
  body: string
  created: string
  updated?: string
  /** User name; comments the API creates are by the token's user. */
  author?: string
}
export interface FakeDcRemoteLink {
  id: number
  globalId?: string
  application?: unknown
  relationship?: string
  object: { url: string; title: string; [extra: string]: unknown }
}
export interface FakeJiraDc {
  url: string
  requests: RecordedJiraRequest[]
  issues: Record<string, JiraIssueJson>
  comments: Record<string, FakeDcComment[]>
  remoteLinks: Record<string, FakeDcRemoteLink[]>
  failures: FakeJiraFailure[]
  close(): Promise<void>
}

export interface FakeJiraDcOptions {
  issues?: Record<string, JiraIssueJson>
  /** The personal access token it accepts (default `dc-pat`). */
  token?: string
  /** The token's user. */
  user?: string
  transitions?: FakeTransition[]
  /** The most issues one search page returns, whatever `maxResults` asks (Jira's `jira.search.views.default.max`). */
  maxPageSize?: number
  deploymentType?: 'Server' | 'DataCenter'
  /** The context path Jira is served under (`/jira`), empty at the root. */
  contextPath?: string
}

const DEFAULT_TRANSITIONS: FakeTransition[] = [
  { id: '11', name: 'Start Progress', to: 'In Progress' },
  { id: '21', name: 'Send to review', to: 'In Review' },
  { id: '31', name: 'Resolve Issue', to: 'Resolved' },
]

const jiraError = (...errorMessages: string[]) => ({ errorMessages, errors: {} })
const timestamp = () => new Date().toISOString().replace('Z', '+0000')

/** A Data Center issue as REST v2 returns it: wiki-markup description, `name`d users. */
export function dcIssue(key: string, fields: Record<string, unknown>, names: Record<string, string> = {}) {
  const id = String(20_000 + Number(key.split('-')[1] ?? 0))
  return {
    id,
    key,
    fields: {
      summary: `Issue ${key}`,
      description: null,
      labels: [],
      priority: { name: 'Major', id: '3' },
      issuetype: { name: 'Story', id: '10001', subtask: false },
      status: { name: 'Open', id: '1' },
      created: '2026-11-20T09:00:00.000+0000',
      updated: '2026-11-30T10:15:00.000+0000',
      reporter: { name: 'ana.data', key: 'JIRAUSER10100', displayName: 'Ana Data', active: true },
      ...fields,
    },
    names,
  } satisfies JiraIssueJson
}

export async function startJiraDcServer(options: FakeJiraDcOptions = {}): Promise<FakeJiraDc> {
  const requests: RecordedJiraRequest[] = []
  const failures: FakeJiraFailure[] = []
  const issues = options.issues ?? {}
  const comments: Record<string, FakeDcComment[]> = {}
  const remoteLinks: Record<string, FakeDcRemoteLink[]> = {}
  const transitions = options.transitions ?? DEFAULT_TRANSITIONS
  const token = options.token ?? 'dc-pat'
  const user = options.user ?? 'svc-autopilot'
  const context = options.contextPath ?? ''
  const maxPageSize = options.maxPageSize ?? 1000
  let origin = ''
  let nextId = 30_000
  const base = () => `${origin}${context}`

  const findIssue = (keyOrId: string) =>
    Object.values(issues).find(
      (issue) => issue.key.toUpperCase() === keyOrId.toUpperCase() || issue.id === keyOrId,
    )
  const userView = (name: string) => ({
    self: `${base()}/rest/api/2/user?username=${encodeURIComponent(name)}`,
    name,
    key: name === user ? 'JIRAUSER10500' : `JIRAUSER-${name}`,
    displayName: name,
    active: true,
    timeZone: 'Europe/Berlin',
  })
  const status = (name: string) => ({
    self: `${base()}/rest/api/2/status/${name.length}`,
    name,
    id: String(name.length),
    statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' },
  })
  const issueView = (issue: JiraIssueJson, fields: string[] | undefined, expand: string[]) => {
    const ids = fields === undefined ? Object.keys(issue.fields) : selectFields(issue.fields, fields)
    return {
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: issue.id,
      self: `${base()}/rest/api/2/issue/${issue.id}`,
      key: issue.key,
      fields: Object.fromEntries(ids.map((id) => [id, issue.fields[id] ?? null])),
      ...(expand.includes('names')
        ? { names: Object.fromEntries(ids.map((id) => [id, issue.names?.[id] ?? id])) }
        : {}),
    }
  }
  const commentView = (comment: FakeDcComment, issue: JiraIssueJson) => ({
    self: `${base()}/rest/api/2/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author: userView(comment.author ?? user),
    body: comment.body,
    updateAuthor: userView(comment.author ?? user),
    created: comment.created,
    updated: comment.updated ?? comment.created,
  })

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const parsed = new URL(req.url ?? '/', origin)
    const method = req.method ?? 'GET'
    const query: Record<string, string[]> = {}
    for (const [key, value] of parsed.searchParams) (query[key] ??= []).push(value)
    const body = await readJson(req)
    requests.push({ method, path: parsed.pathname, query, headers: flatHeaders(req), body: body.value })

    const failureIndex = failures.findIndex(
      (failure) => parsed.pathname.startsWith(failure.path) && (!failure.method || failure.method === method),
    )
    const [failure] = failureIndex >= 0 ? failures.splice(failureIndex, 1) : []
    if (failure)
      return send(
        res,
        failure.status,
        failure.body ?? jiraError(`Injected failure ${failure.status}`),
        failure.headers,
      )

    if (!parsed.pathname.startsWith(`${context}/rest/api/2/`)) {
      // Data Center has no REST v3 at all: the Cloud client would get this.
      return send(res, 404, '<html><body><h1>404 Not Found</h1></body></html>')
    }
    const path = parsed.pathname.slice(`${context}/rest/api/2`.length)
    if (path === '/serverInfo' && method === 'GET') {
      return send(res, 200, {
        baseUrl: base(),
        version: '9.12.15',
        versionNumbers: [9, 12, 15],
        deploymentType: options.deploymentType ?? 'DataCenter',
        buildNumber: 9120015,
        serverTitle: 'Acme Jira',
      })
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      // Jira Data Center answers a bad token with 401 and an HTML-ish or empty JSON body, not the Cloud shape.
      return send(
        res,
        401,
        { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'] },
        {
          'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED',
          'WWW-Authenticate': 'OAuth realm="https%3A%2F%2Fjira.acme.local"',
        },
      )
    }
    if (!body.ok) return send(res, 400, jiraError('Unexpected character in the request body.'))
    const list = (name: string) =>
      (query[name] ?? [])
        .flatMap((value) => value.split(','))
        .map((v) => v.trim())
        .filter(Boolean)

    if (path === '/myself' && method === 'GET') return send(res, 200, userView(user))
    if (path === '/search' && (method === 'GET' || method === 'POST')) {
      const input =
        method === 'POST'
          ? (body.value as Record<string, unknown>)
          : {
              jql: query['jql']?.[0],
              startAt: query['startAt']?.[0],
              maxResults: query['maxResults']?.[0],
              fields: list('fields'),
            }
      const matcher = jqlMatcher(typeof input['jql'] === 'string' ? input['jql'] : '')
      if (typeof matcher === 'string') return send(res, 400, jiraError(matcher))
      const startAt = Math.max(0, Number(input['startAt'] ?? 0) || 0)
      const size = Math.min(maxPageSize, Math.max(0, Number(input['maxResults'] ?? 50)))
      const matched = Object.values(issues).filter(matcher)
      const fields = Array.isArray(input['fields']) ? input['fields'].map(String) : ['*navigable']
      return send(res, 200, {
        expand: 'schema,names',
        startAt,
        maxResults: size,
        total: matched.length,
        issues: matched.slice(startAt, startAt + size).map((issue) => issueView(issue, fields, [])),
      })
    }

    const single = /^\/issue\/([^/]+)\/comment\/([^/]+)$/.exec(path)
    if (single) {
      const issue = findIssue(decodeURIComponent(single[1] ?? ''))
      if (!issue) return send(res, 404, jiraError('Issue Does Not Exist'))
      const comment = (comments[issue.key] ?? []).find((c) => c.id === single[2])
      if (!comment) return send(res, 404, jiraError('Can not find a comment for the provided id.'))
      if (method === 'PUT') {
        const text = (body.value as Record<string, unknown> | undefined)?.['body']
        if (typeof text !== 'string')
          return send(res, 400, { errorMessages: [], errors: { comment: 'Comment body can not be empty!' } })
        comment.body = text
        comment.updated = timestamp()
        return send(res, 200, commentView(comment, issue))
      }
      if (method === 'GET') return send(res, 200, commentView(comment, issue))
    }

    const match = /^\/issue\/([^/]+)(?:\/(comment|transitions|remotelink))?$/.exec(path)
    if (!match)
      return send(res, 404, jiraError(`The fake Jira Data Center has no route for ${method} ${path}`))
    const issue = findIssue(decodeURIComponent(match[1] ?? ''))
    if (!issue) return send(res, 404, jiraError('Issue Does Not Exist'))
    const resource = match[2]
    if (!resource && method === 'GET') {
      return send(res, 200, issueView(issue, query['fields'] ? list('fields') : undefined, list('expand')))
    }
    if (resource === 'comment') {
      const existing = (comments[issue.key] ??= [])
      if (method === 'GET') {
        const startAt = Number(query['startAt']?.[0] ?? 0)
        const maxResults = Math.min(Number(query['maxResults']?.[0] ?? 1000), 1000)
        return send(res, 200, {
          startAt,
          maxResults,
          total: existing.length,
          comments: existing.slice(startAt, startAt + maxResults).map((c) => commentView(c, issue)),
        })
      }
      if (method === 'POST') {
        const text = (body.value as Record<string, unknown> | undefined)?.['body']
        if (typeof text !== 'string' || text.trim() === '')
          return send(res, 400, { errorMessages: [], errors: { comment: 'Comment body can not be empty!' } })
        const comment = { id: String(nextId++), body: text, created: timestamp() }
        existing.push(comment)
        return send(res, 201, commentView(comment, issue))
      }
    }
    if (resource === 'transitions') {
      if (method === 'GET') {
        return send(res, 200, {
          expand: 'transitions',
          transitions: transitions.map((t) => ({ id: t.id, name: t.name, to: status(t.to) })),
        })
      }
      if (method === 'POST') {
        const id = objectField(body.value, 'transition')?.['id']
        const transition = transitions.find((t) => t.id === String(id))
        if (!transition)
          return send(res, 400, {
            errorMessages: [],
            errors: { transition: `Transition id '${String(id)}' is not valid for this issue.` },
          })
        issue.fields['status'] = status(transition.to)
        return send(res, 204)
      }
    }
    if (resource === 'remotelink') {
      const links = (remoteLinks[issue.key] ??= [])
      const linkSelf = (link: FakeDcRemoteLink) =>
        `${base()}/rest/api/2/issue/${issue.key}/remotelink/${link.id}`
      if (method === 'GET')
        return send(
          res,
          200,
          links.map((link) => ({ ...link, self: linkSelf(link) })),
        )
      if (method === 'POST') {
        const fieldsIn = (body.value ?? {}) as Record<string, unknown>
        const object = objectField(fieldsIn, 'object')
        if (typeof object?.['url'] !== 'string' || typeof object['title'] !== 'string')
          return send(res, 400, {
            errorMessages: [],
            errors: { title: 'Title is required.', url: 'URL is required.' },
          })
        const globalId = typeof fieldsIn['globalId'] === 'string' ? fieldsIn['globalId'] : undefined
        const link: FakeDcRemoteLink = {
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
          return send(res, 200, { id: existing.id, self: linkSelf(existing) })
        }
        links.push(link)
        return send(res, 201, { id: link.id, self: linkSelf(link) })
      }
    }
    return send(res, 405, jiraError(`The fake Jira Data Center does not support ${method} ${path}`))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, 500, jiraError(`Fake Jira crashed: ${String(error)}`)),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base(),
    requests,
    issues,
    comments,
    remoteLinks,
    failures,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
