import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { answerGitData } from './github-git-data.js'
import { answerGraphql } from './github-graphql.js'
import { answerCreateReview, type StoredReview } from './github-reviews.js'

/**
 * A loopback GitHub REST server: the paths, JSON shapes, status codes and headers that Octokit and our
 * adapters rely on, backed by in-memory state that tests can seed and inspect. `POST /graphql` (and the
 * GHES `POST /api/graphql`) serves the draft-state mutations, see `github-graphql.ts`. With `gitDir`, the
 * Git Data API (`/git/blobs`, `/git/trees`, `/git/commits`, `/git/refs`) writes to that bare repository,
 * see `github-git-data.ts`.
 */

export interface FakeIssue {
  number: number
  title: string
  body: string | null
  labels: string[]
  state?: 'open' | 'closed'
  html_url?: string
  /** Defaults to `updated_at`. */
  created_at?: string
  updated_at?: string
  pull_request?: boolean
}

export interface RecordedRequest {
  method: string
  /** Path without the query string and without a GHES `/api/v3` prefix; GHES `/api/graphql` is `/graphql`. */
  path: string
  /** Path as received, prefixes included. */
  rawPath: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  /** Parsed JSON body; the raw text when it is not JSON; undefined when empty. */
  body: unknown
}

/** The next request matching `method` and `pathPrefix` (a recorded `path`, e.g. `/graphql`) gets this answer. */
export interface InjectedFailure {
  method: string
  pathPrefix: string
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface StoredIssue {
  id: number
  number: number
  title: string
  body: string | null
  labels: string[]
  state: 'open' | 'closed'
  html_url: string
  created_at: string
  updated_at: string
  user: string
  /** A seeded issue that stands for a pull request (its PR is not modelled in `pulls`). */
  pull_request: boolean
}

export interface StoredPull {
  id: number
  /** GraphQL global id, as REST's `node_id`; the GraphQL mutations find the PR by it. */
  node_id: string
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  head: string
  base: string
  labels: string[]
  /** Logins and team slugs asked to review, through `POST …/pulls/{n}/requested_reviewers`. */
  requested_reviewers?: string[]
  requested_teams?: string[]
  html_url: string
  created_at: string
  updated_at: string
  user: string
}

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  user: string
  created_at: string
  updated_at: string
}

/** A review comment on a pull request's diff (`GET /pulls/{n}/comments`). */
export interface StoredReviewComment {
  id: number
  pullNumber: number
  path: string
  /** Null when the comment is outdated (its line no longer exists in the diff). */
  line: number | null
  original_line?: number
  body: string
  user: string
  created_at: string
  updated_at?: string
  /** Defaults to `MEMBER`. */
  author_association?: string
  in_reply_to_id?: number
}

/** A commit of a pull request (`GET /pulls/{n}/commits`); logins are the linked GitHub accounts, if any. */
export interface StoredCommit {
  sha: string
  message: string
  author: string | null
  committer: string | null
  /** Author and committer date. */
  date: string
}

/** A workflow file under `.github/workflows`; runs are listed by its file name or its id. */
export interface StoredWorkflow {
  id: number
  /** File name, e.g. `deploy.yml`. */
  file: string
  name: string
}

export interface StoredWorkflowRun {
  id: number
  workflowId: number
  /** Head branch of the run. */
  branch: string
  status: 'completed' | 'in_progress' | 'queued'
  conclusion: 'success' | 'failure' | 'cancelled' | null
  created_at: string
}

/** An artifact of a workflow run; its zip is served through a 302 to `/_blobs/artifacts/{id}.zip`. */
export interface StoredArtifact {
  id: number
  runId: number
  name: string
  expired: boolean
  created_at: string
  zip: Buffer
}

export interface GitHubState {
  owner: string
  repo: string
  defaultBranch: string
  issues: StoredIssue[]
  pulls: StoredPull[]
  comments: StoredComment[]
  reviewComments: StoredReviewComment[]
  /** Commits by pull request number, oldest first as GitHub lists them. */
  pullCommits: Record<number, StoredCommit[]>
  /** Collaborator permission by login (`admin` | `maintain` | `write` | `triage` | `read` | `none`); default `read`. */
  permissions: Record<string, string>
  /** Head commit sha by branch name; PRs report it as `head.sha`. Unknown branches get a stable made-up sha. */
  branchShas: Record<string, string>
  workflows: StoredWorkflow[]
  /** Listed newest first (by `created_at`), as GitHub does. */
  workflowRuns: StoredWorkflowRun[]
  artifacts: StoredArtifact[]
  /** Reviews created through `POST …/pulls/{n}/reviews` (see `github-reviews.ts`). */
  reviews: StoredReview[]
  /** The login that authored created comments and pull requests. */
  login: string
  nextNumber: number
  nextId: number
}

export interface GitHubFake {
  url: string
  requests: RecordedRequest[]
  state: GitHubState
  failures: InjectedFailure[]
  close(): Promise<void>
}

export interface GitHubServerOptions {
  owner?: string
  repo?: string
  /** When set, requests must carry `authorization: token <token>` or `Bearer <token>`. */
  token?: string
  issues?: FakeIssue[]
  defaultBranch?: string
  /** A bare repository the Git Data API endpoints create objects and refs in; without it they answer 404. */
  gitDir?: string
}

const DOCS = 'https://docs.github.com/rest'
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly payload: Record<string, unknown>,
  ) {
    super(String(payload.message))
  }
}

const notFound = (): HttpError =>
  new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
const validationFailed = (resource: string, field: string, code: string, message?: string): HttpError =>
  new HttpError(422, {
    message: 'Validation Failed',
    errors: [message === undefined ? { resource, field, code } : { resource, code, message }],
    documentation_url: DOCS,
    status: '422',
  })

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubFake> {
  const owner = options.owner ?? 'acme'
  const repo = options.repo ?? 'analytics'
  const now = new Date().toISOString()
  const seeded = options.issues ?? []
  const state: GitHubState = {
    owner,
    repo,
    defaultBranch: options.defaultBranch ?? 'main',
    issues: seeded.map((issue) => ({
      id: 1000 + issue.number,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      labels: [...issue.labels],
      state: issue.state ?? 'open',
      html_url:
        issue.html_url ??
        `https://github.com/${owner}/${repo}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`,
      created_at: issue.created_at ?? issue.updated_at ?? now,
      updated_at: issue.updated_at ?? now,
      user: 'octocat',
      pull_request: issue.pull_request ?? false,
    })),
    pulls: [],
    comments: [],
    reviewComments: [],
    reviews: [],
    pullCommits: {},
    permissions: {},
    branchShas: {},
    workflows: [],
    workflowRuns: [],
    artifacts: [],
    login: 'github-actions[bot]',
    nextNumber: Math.max(0, ...seeded.map((issue) => issue.number)) + 1,
    nextId: 5000,
  }
  const requests: RecordedRequest[] = []
  const failures: InjectedFailure[] = []

  const server = createServer((req, res) => {
    void handle(req, res)
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1')
    // GraphQL lives at /graphql, or /api/graphql on GHES (not under /api/v3, which stays a REST 404).
    const graphql = parsed.pathname === '/graphql' || parsed.pathname === '/api/graphql'
    const path = graphql ? '/graphql' : parsed.pathname.replace(/^\/api\/v3(?=\/|$)/, '') || '/'
    const query = Object.fromEntries(parsed.searchParams.entries())
    const raw = await readBody(req)
    const method = (req.method ?? 'GET').toUpperCase()
    let body: unknown = undefined
    let malformed = false
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
        malformed = true
      }
    }
    requests.push({ method, path, rawPath: parsed.pathname, query, headers: req.headers, body })

    const failureIndex = failures.findIndex(
      (f) => f.method.toUpperCase() === method && path.startsWith(f.pathPrefix),
    )
    if (failureIndex >= 0) {
      const [failure] = failures.splice(failureIndex, 1)
      if (failure) {
        send(
          res,
          failure.status,
          failure.body ?? { message: 'Injected failure', documentation_url: DOCS },
          failure.headers,
        )
        return
      }
    }

    // Like GitHub's signed storage URLs, the blob path needs no token, only the signature it was issued with.
    const blob = /^\/_blobs\/artifacts\/(\d+)\.zip$/.exec(path)
    if (blob && method === 'GET') {
      const artifact = state.artifacts.find((x) => x.id === Number(blob[1]))
      if (!artifact || query.sig !== blobSignature(artifact.id)) {
        res.writeHead(403, { 'content-type': 'application/xml' })
        res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>')
        return
      }
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) })
      res.end(artifact.zip)
      return
    }

    try {
      authorize(req.headers.authorization)
      if (malformed) {
        throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' })
      }
      if (graphql && method === 'POST') {
        send(res, 200, answerGraphql(body, state.pulls))
        return
      }
      const base = `http://${req.headers.host ?? '127.0.0.1'}${parsed.pathname.startsWith('/api/v3') ? '/api/v3' : ''}`
      const segments = path.split('/').filter(Boolean).map(decodeURIComponent)
      const gitPrefix = ['repos', owner, repo, 'git']
      if (options.gitDir && gitPrefix.every((part, i) => segments[i] === part)) {
        const answer = await answerGitData(
          {
            gitDir: options.gitDir,
            api: `${base}/repos/${owner}/${repo}`,
            htmlRepo: `https://github.com/${owner}/${repo}`,
            login: state.login,
            onBranch: (branch, sha) => {
              state.branchShas[branch] = sha
            },
          },
          method,
          segments.slice(gitPrefix.length),
          asRecord(body),
        )
        if (answer) {
          send(res, answer.status, answer.payload)
          return
        }
      }
      const review = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path)
      const reviewed = review && state.pulls.find((p) => p.number === Number(review[1]))
      if (reviewed && method === 'POST') {
        const answer = await answerCreateReview(
          {
            pull: reviewed,
            ...(options.gitDir ? { gitDir: options.gitDir } : {}),
            login: state.login,
            api: `${base}/repos/${owner}/${repo}`,
            nextId: () => state.nextId++,
            headSha: state.branchShas[reviewed.head] ?? fakeSha(reviewed.head),
          },
          asRecord(body),
        )
        if (answer.review) {
          state.reviews.push(answer.review)
          for (const comment of answer.review.comments) {
            const at = answer.review.submitted_at
            const entry = { id: state.nextId++, pullNumber: reviewed.number, path: comment.path }
            state.reviewComments.push({
              ...entry,
              line: comment.line,
              body: comment.body,
              user: state.login,
              created_at: at,
            })
          }
        }
        send(res, answer.status, answer.payload)
        return
      }
      const result = route(method, path, query, asRecord(body), base)
      const headers: Record<string, string> = {}
      if (result.link) headers.link = result.link
      Object.assign(headers, result.headers)
      send(res, result.status, result.payload, headers)
    } catch (error) {
      if (error instanceof HttpError) send(res, error.status, error.payload)
      else send(res, 500, { message: error instanceof Error ? error.message : String(error) })
    }
  }

  function authorize(header: string | undefined): void {
    if (!header) {
      throw new HttpError(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' })
    }
    if (options.token === undefined) return
    const match = /^(?:token|bearer)\s+(.+)$/i.exec(header.trim())
    if (!match || match[1] !== options.token) {
      throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' })
    }
  }

  interface RouteResult {
    status: number
    payload: unknown
    link?: string
    headers?: Record<string, string>
  }

  function route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Record<string, unknown>,
    base: string,
  ): RouteResult {
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent)
    if (segments[0] !== 'repos' || segments[1] !== owner || segments[2] !== repo) throw notFound()
    const rest = segments.slice(3)
    const api = `${base}/repos/${owner}/${repo}`
    const ok = (payload: unknown, status = 200): RouteResult => ({ status, payload })
    const [a, b, c] = rest

    if (rest.length === 0 && method === 'GET') return ok(repositoryJson(api))

    if (a === 'issues') {
      if (rest.length === 1 && method === 'GET') {
        const all = allIssues().filter((i) => matchesIssueQuery(i, query))
        return paginate(
          all.map((i) => i.json(api)),
          query,
          `${api}/issues`,
        )
      }
      if (b === 'comments' && c !== undefined && rest.length === 3 && method === 'PATCH') {
        const comment = state.comments.find((x) => x.id === Number(c))
        if (!comment) throw notFound()
        comment.body = requireString(body, 'body', 'IssueComment')
        comment.updated_at = new Date().toISOString()
        return ok(commentJson(comment, api))
      }
      const number = Number(b)
      if (!Number.isInteger(number)) throw notFound()
      const target = findIssue(number)
      if (rest.length === 2 && method === 'GET') return ok(target.json(api))
      if (c === 'comments' && rest.length === 3) {
        if (method === 'GET') {
          const list = state.comments.filter((x) => x.issueNumber === number).map((x) => commentJson(x, api))
          return paginate(list, query, `${api}/issues/${number}/comments`)
        }
        if (method === 'POST') {
          const created = new Date().toISOString()
          const comment: StoredComment = {
            id: state.nextId++,
            issueNumber: number,
            body: requireString(body, 'body', 'IssueComment'),
            user: state.login,
            created_at: created,
            updated_at: created,
          }
          state.comments.push(comment)
          return ok(commentJson(comment, api), 201)
        }
      }
      if (c === 'labels' && rest.length === 3 && method === 'POST') {
        const names = Array.isArray(body.labels) ? body.labels : []
        if (!names.every((n): n is string => typeof n === 'string'))
          throw validationFailed('Label', 'name', 'invalid')
        for (const name of names) if (!target.labels.includes(name)) target.labels.push(name)
        target.touch()
        return ok(target.labels.map(labelJson))
      }
    }

    if (a === 'pulls') {
      if (rest.length === 1 && method === 'GET') {
        const wanted = query.state ?? 'open'
        const list = state.pulls.filter(
          (p) =>
            (wanted === 'all' || p.state === wanted) &&
            (query.head === undefined || `${owner}:${p.head}` === query.head) &&
            (query.base === undefined || p.base === query.base),
        )
        return paginate(
          list.map((p) => pullJson(p, api)),
          query,
          `${api}/pulls`,
        )
      }
      if (rest.length === 1 && method === 'POST') return ok(pullJson(createPull(body), api), 201)
      const pull = state.pulls.find((p) => p.number === Number(b))
      if (pull && c === 'requested_reviewers' && rest.length === 3 && method === 'POST') {
        return ok(pullJson(requestReviews(pull, body), api), 201)
      }
      if (pull && rest.length === 3 && method === 'GET' && c === 'comments') {
        const list = state.reviewComments
          .filter((x) => x.pullNumber === pull.number)
          .map((x) => reviewCommentJson(x, pull, api))
        return paginate(list, query, `${api}/pulls/${pull.number}/comments`)
      }
      if (pull && rest.length === 3 && method === 'GET' && c === 'commits') {
        const list = (state.pullCommits[pull.number] ?? []).map((x) => commitJson(x, api))
        return paginate(list, query, `${api}/pulls/${pull.number}/commits`)
      }
      if (!pull || rest.length !== 2) throw notFound()
      if (method === 'GET') return ok(pullJson(pull, api))
      if (method === 'PATCH') {
        if (typeof body.title === 'string') pull.title = body.title
        if (typeof body.body === 'string' || body.body === null) pull.body = body.body
        if (body.state === 'open' || body.state === 'closed') pull.state = body.state
        if (typeof body.base === 'string') pull.base = body.base
        pull.updated_at = new Date().toISOString()
        return ok(pullJson(pull, api))
      }
    }

    if (
      a === 'collaborators' &&
      b !== undefined &&
      c === 'permission' &&
      rest.length === 3 &&
      method === 'GET'
    ) {
      const permission = state.permissions[b] ?? 'read'
      return ok({ permission, role_name: permission, user: { login: b, id: loginId(b), type: 'User' } })
    }

    if (a === 'actions' && method === 'GET') {
      const origin = base.replace(/\/api\/v3$/, '')
      const actions = answerActions(rest, query, api, origin)
      if (actions) return actions
    }

    if (WRITE_METHODS.has(method) || method === 'GET') throw notFound()
    throw new HttpError(405, { message: 'Method Not Allowed', documentation_url: DOCS })
  }

  /** Workflow runs, run artifacts and the artifact zip download (a 302 to the blob path). */
  function answerActions(
    rest: string[],
    query: Record<string, string>,
    api: string,
    origin: string,
  ): RouteResult | undefined {
    const [, kind, id, sub, format] = rest
    if (kind === 'workflows' && id !== undefined && sub === 'runs' && rest.length === 4) {
      const workflow = state.workflows.find((w) => w.file === id || String(w.id) === id)
      if (!workflow) throw notFound()
      const runs = state.workflowRuns
        .filter(
          (run) =>
            run.workflowId === workflow.id &&
            (query.branch === undefined || run.branch === query.branch) &&
            (query.status === undefined || run.status === query.status || run.conclusion === query.status),
        )
        .sort((x, y) => y.created_at.localeCompare(x.created_at) || y.id - x.id)
      const page = paginate(
        runs.map((run) => workflowRunJson(run, workflow, api)),
        query,
        `${api}/actions/workflows/${id}/runs`,
      )
      return { ...page, payload: { total_count: runs.length, workflow_runs: page.payload } }
    }
    if (kind === 'runs' && id !== undefined && sub === 'artifacts' && rest.length === 4) {
      const run = state.workflowRuns.find((r) => r.id === Number(id))
      if (!run) throw notFound()
      const artifacts = state.artifacts.filter(
        (x) => x.runId === run.id && (query.name === undefined || x.name === query.name),
      )
      const page = paginate(
        artifacts.map((x) => artifactJson(x, run, api)),
        query,
        `${api}/actions/runs/${id}/artifacts`,
      )
      return { ...page, payload: { total_count: artifacts.length, artifacts: page.payload } }
    }
    if (
      kind === 'artifacts' &&
      id !== undefined &&
      sub === 'zip' &&
      rest.length === 4 &&
      format === undefined
    ) {
      const artifact = state.artifacts.find((x) => x.id === Number(id))
      if (!artifact) throw notFound()
      if (artifact.expired)
        throw new HttpError(410, { message: 'Artifact has expired', documentation_url: DOCS, status: '410' })
      const location = `${origin}/_blobs/artifacts/${artifact.id}.zip?sig=${blobSignature(artifact.id)}`
      return { status: 302, payload: undefined, headers: { location } }
    }
    return undefined
  }

  function workflowRunJson(
    run: StoredWorkflowRun,
    workflow: StoredWorkflow,
    api: string,
  ): Record<string, unknown> {
    const sha = state.branchShas[run.branch] ?? fakeSha(`run:${run.id}`)
    return {
      id: run.id,
      name: workflow.name,
      node_id: nodeId('WFR_', run.id),
      head_branch: run.branch,
      head_sha: sha,
      path: `.github/workflows/${workflow.file}`,
      run_number: run.id % 1000,
      event: 'push',
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: workflow.id,
      url: `${api}/actions/runs/${run.id}`,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/${run.id}`,
      created_at: run.created_at,
      updated_at: run.created_at,
      run_started_at: run.created_at,
      run_attempt: 1,
      jobs_url: `${api}/actions/runs/${run.id}/jobs`,
      artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
      workflow_url: `${api}/actions/workflows/${workflow.id}`,
      head_commit: { id: sha, tree_id: fakeSha(`tree:${sha}`), message: 'Deploy', timestamp: run.created_at },
      repository: repositoryJson(api),
    }
  }

  function artifactJson(
    artifact: StoredArtifact,
    run: StoredWorkflowRun,
    api: string,
  ): Record<string, unknown> {
    const expires = new Date(Date.parse(artifact.created_at) + 90 * 86_400_000).toISOString()
    return {
      id: artifact.id,
      node_id: nodeId('MDg6QXJ0aWZhY3', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: `${api}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${api}/actions/artifacts/${artifact.id}/zip`,
      expired: artifact.expired,
      digest: `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`,
      created_at: artifact.created_at,
      updated_at: artifact.created_at,
      expires_at: artifact.expired ? artifact.created_at : expires,
      workflow_run: {
        id: run.id,
        repository_id: 424242,
        head_repository_id: 424242,
        head_branch: run.branch,
        head_sha: state.branchShas[run.branch] ?? fakeSha(`run:${run.id}`),
      },
    }
  }

  /** GitHub refuses the author and anyone without access (seed `permissions[login] = 'none'`). */
  function requestReviews(pull: StoredPull, body: Record<string, unknown>): StoredPull {
    const logins = Array.isArray(body.reviewers) ? body.reviewers : []
    const teams = Array.isArray(body.team_reviewers) ? body.team_reviewers : []
    if (![...logins, ...teams].every((x): x is string => typeof x === 'string')) {
      throw validationFailed('PullRequest', 'reviewers', 'invalid')
    }
    if (logins.includes(pull.user)) {
      throw validationFailed(
        'PullRequest',
        'reviewers',
        'custom',
        'Review cannot be requested from pull request author.',
      )
    }
    if (logins.some((login) => state.permissions[login] === 'none')) {
      throw validationFailed(
        'PullRequest',
        'reviewers',
        'custom',
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${owner}/${repo} repository.`,
      )
    }
    const reviewers = (pull.requested_reviewers ??= [])
    const requestedTeams = (pull.requested_teams ??= [])
    for (const login of logins) if (!reviewers.includes(login)) reviewers.push(login)
    for (const team of teams) if (!requestedTeams.includes(team)) requestedTeams.push(team)
    pull.updated_at = new Date().toISOString()
    return pull
  }

  function createPull(body: Record<string, unknown>): StoredPull {
    const title = requireString(body, 'title', 'PullRequest')
    const headRaw = requireString(body, 'head', 'PullRequest')
    const baseRef = requireString(body, 'base', 'PullRequest')
    const head = headRaw.includes(':') ? headRaw.slice(headRaw.indexOf(':') + 1) : headRaw
    if (headRaw.includes(':') && headRaw.slice(0, headRaw.indexOf(':')) !== owner) {
      throw validationFailed('PullRequest', 'head', 'invalid')
    }
    if (head === baseRef) {
      throw validationFailed('PullRequest', 'base', 'custom', `No commits between ${baseRef} and ${head}`)
    }
    if (state.pulls.some((p) => p.state === 'open' && p.head === head && p.base === baseRef)) {
      throw validationFailed(
        'PullRequest',
        'head',
        'custom',
        `A pull request already exists for ${owner}:${head}.`,
      )
    }
    const created = new Date().toISOString()
    const number = state.nextNumber++
    const id = state.nextId++
    const pull: StoredPull = {
      id,
      node_id: nodeId('PR_', id),
      number,
      title,
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      draft: body.draft === true,
      head,
      base: baseRef,
      labels: [],
      requested_reviewers: [],
      requested_teams: [],
      html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      created_at: created,
      updated_at: created,
      user: state.login,
    }
    state.pulls.push(pull)
    return pull
  }

  interface IssueView {
    number: number
    labels: string[]
    state: 'open' | 'closed'
    isPull: boolean
    touch(): void
    json(api: string): Record<string, unknown>
  }

  function allIssues(): IssueView[] {
    const views: IssueView[] = [
      ...state.issues.map((issue) => issueView(issue)),
      ...state.pulls.map((pull) => pullAsIssueView(pull)),
    ]
    return views.sort((x, y) => y.number - x.number)
  }

  function findIssue(number: number): IssueView {
    const view = allIssues().find((i) => i.number === number)
    if (!view) throw notFound()
    return view
  }

  function issueView(issue: StoredIssue): IssueView {
    return {
      number: issue.number,
      labels: issue.labels,
      state: issue.state,
      isPull: issue.pull_request,
      touch: () => {
        issue.updated_at = new Date().toISOString()
      },
      json: (api) => ({
        ...issueCommon(issue.id, issue.number, api, issue),
        comments: state.comments.filter((c) => c.issueNumber === issue.number).length,
        ...(issue.pull_request ? { pull_request: pullLinks(api, issue.number, issue.html_url) } : {}),
      }),
    }
  }

  function pullAsIssueView(pull: StoredPull): IssueView {
    return {
      number: pull.number,
      labels: pull.labels,
      state: pull.state,
      isPull: true,
      touch: () => {
        pull.updated_at = new Date().toISOString()
      },
      json: (api) => ({
        ...issueCommon(pull.id, pull.number, api, pull),
        draft: pull.draft,
        comments: state.comments.filter((c) => c.issueNumber === pull.number).length,
        pull_request: pullLinks(api, pull.number, pull.html_url),
      }),
    }
  }

  function issueCommon(
    id: number,
    number: number,
    api: string,
    item: Pick<
      StoredIssue,
      'title' | 'body' | 'labels' | 'state' | 'html_url' | 'created_at' | 'updated_at' | 'user'
    >,
  ): Record<string, unknown> {
    return {
      id,
      node_id: nodeId('I_', id),
      number,
      url: `${api}/issues/${number}`,
      repository_url: api,
      comments_url: `${api}/issues/${number}/comments`,
      html_url: item.html_url,
      title: item.title,
      body: item.body,
      state: item.state,
      locked: false,
      labels: item.labels.map(labelJson),
      user: userJson(item.user),
      assignees: [],
      created_at: item.created_at,
      updated_at: item.updated_at,
      closed_at: item.state === 'closed' ? item.updated_at : null,
      author_association: 'MEMBER',
    }
  }

  function matchesIssueQuery(issue: IssueView, query: Record<string, string>): boolean {
    const wanted = query.state ?? 'open'
    if (wanted !== 'all' && issue.state !== wanted) return false
    if (query.labels) {
      const required = query.labels.split(',').map((l) => l.trim())
      if (!required.every((l) => issue.labels.includes(l))) return false
    }
    return true
  }

  function pullJson(pull: StoredPull, api: string): Record<string, unknown> {
    const sha = state.branchShas[pull.head] ?? fakeSha(pull.head)
    const baseSha = state.branchShas[pull.base] ?? fakeSha(pull.base)
    return {
      id: pull.id,
      node_id: pull.node_id,
      number: pull.number,
      url: `${api}/pulls/${pull.number}`,
      html_url: pull.html_url,
      diff_url: `${pull.html_url}.diff`,
      issue_url: `${api}/issues/${pull.number}`,
      state: pull.state,
      locked: false,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      user: userJson(pull.user),
      labels: pull.labels.map(labelJson),
      requested_reviewers: (pull.requested_reviewers ?? []).map(userJson),
      requested_teams: (pull.requested_teams ?? []).map((slug) => ({
        id: parseInt(fakeSha(`team:${slug}`).slice(0, 7), 16),
        name: slug,
        slug,
        html_url: `https://github.com/orgs/${owner}/teams/${slug}`,
      })),
      head: {
        label: `${owner}:${pull.head}`,
        ref: pull.head,
        sha,
        user: userJson(owner),
        repo: repositoryJson(api),
      },
      base: {
        label: `${owner}:${pull.base}`,
        ref: pull.base,
        sha: baseSha,
        user: userJson(owner),
        repo: repositoryJson(api),
      },
      merged: false,
      merged_at: null,
      created_at: pull.created_at,
      updated_at: pull.updated_at,
      closed_at: pull.state === 'closed' ? pull.updated_at : null,
      author_association: 'NONE',
    }
  }

  function commentJson(comment: StoredComment, api: string): Record<string, unknown> {
    const item = allIssues().find((i) => i.number === comment.issueNumber)
    const kind = item?.isPull ? 'pull' : 'issues'
    return {
      id: comment.id,
      node_id: nodeId('IC_', comment.id),
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${repo}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: userJson(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: 'NONE',
    }
  }

  function reviewCommentJson(
    comment: StoredReviewComment,
    pull: StoredPull,
    api: string,
  ): Record<string, unknown> {
    const sha = state.branchShas[pull.head] ?? fakeSha(pull.head)
    const html = `${pull.html_url}#discussion_r${comment.id}`
    return {
      url: `${api}/pulls/comments/${comment.id}`,
      pull_request_review_id: comment.id + 1,
      id: comment.id,
      node_id: nodeId('PRRC_', comment.id),
      diff_hunk: '@@ -1,3 +1,4 @@',
      path: comment.path,
      position: comment.line,
      original_position: comment.original_line ?? comment.line ?? 1,
      commit_id: sha,
      original_commit_id: sha,
      ...(comment.in_reply_to_id === undefined ? {} : { in_reply_to_id: comment.in_reply_to_id }),
      user: userJson(comment.user),
      body: comment.body,
      created_at: comment.created_at,
      updated_at: comment.updated_at ?? comment.created_at,
      html_url: html,
      pull_request_url: `${api}/pulls/${pull.number}`,
      author_association: comment.author_association ?? 'MEMBER',
      _links: {
        self: { href: `${api}/pulls/comments/${comment.id}` },
        html: { href: html },
        pull_request: { href: `${api}/pulls/${pull.number}` },
      },
      start_line: null,
      original_start_line: null,
      start_side: null,
      line: comment.line,
      original_line: comment.original_line ?? comment.line ?? 1,
      side: 'RIGHT',
      subject_type: 'line',
    }
  }

  function commitJson(commit: StoredCommit, api: string): Record<string, unknown> {
    const person = (login: string | null) => ({
      name: login ?? 'Dana Analyst',
      email:
        login === 'github-actions[bot]'
          ? '41898282+github-actions[bot]@users.noreply.github.com'
          : 'dana@example.com',
      date: commit.date,
    })
    return {
      sha: commit.sha,
      node_id: nodeId('C_', parseInt(commit.sha.slice(0, 7), 16) || 1),
      commit: {
        author: person(commit.author),
        committer: person(commit.committer),
        message: commit.message,
        tree: {
          sha: fakeSha(`tree:${commit.sha}`),
          url: `${api}/git/trees/${fakeSha(`tree:${commit.sha}`)}`,
        },
        url: `${api}/git/commits/${commit.sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      },
      url: `${api}/commits/${commit.sha}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      author: commit.author === null ? null : userJson(commit.author),
      committer: commit.committer === null ? null : userJson(commit.committer),
      parents: [],
    }
  }

  function repositoryJson(api: string): Record<string, unknown> {
    return {
      id: 424242,
      node_id: nodeId('R_', 424242),
      name: repo,
      full_name: `${owner}/${repo}`,
      private: true,
      owner: userJson(owner),
      html_url: `https://github.com/${owner}/${repo}`,
      url: api,
      default_branch: state.defaultBranch,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    }
  }

  function pullLinks(api: string, number: number, htmlUrl: string): Record<string, unknown> {
    return { url: `${api}/pulls/${number}`, html_url: htmlUrl, diff_url: `${htmlUrl}.diff`, merged_at: null }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  let closing: Promise<void> | undefined
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    failures,
    // Idempotent, so a test may stop the server early and still share an afterEach that closes it.
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })),
  }
}

function paginate(
  items: unknown[],
  query: Record<string, string>,
  url: string,
): { status: number; payload: unknown; link?: string } {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30))
  const page = Math.max(1, Number(query.page ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const payload = items.slice((page - 1) * perPage, page * perPage)
  if (last === 1) return { status: 200, payload }
  const pageUrl = (p: number): string => {
    const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(p) })
    return `<${url}?${params.toString()}>`
  }
  const links: string[] = []
  if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`)
  if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`)
  return { status: 200, payload, link: links.join(', ') }
}

function send(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  const text = status === 204 || status === 302 ? '' : JSON.stringify(payload)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': createHash('sha1')
      .update(String(Math.random()))
      .digest('hex')
      .slice(0, 16)
      .toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...headers,
  })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (text += chunk))
    req.on('end', () => resolve(text))
    req.on('error', reject)
  })
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function requireString(body: Record<string, unknown>, field: string, resource: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value.length === 0)
    throw validationFailed(resource, field, 'missing_field')
  return value
}

function labelJson(name: string): Record<string, unknown> {
  const id = parseInt(fakeSha(`label:${name}`).slice(0, 8), 16)
  return { id, node_id: nodeId('LA_', id), name, color: 'ededed', default: false, description: null }
}

function userJson(login: string): Record<string, unknown> {
  const bot = login.endsWith('[bot]')
  return {
    login,
    id: loginId(login),
    node_id: nodeId(bot ? 'BOT_' : 'U_', loginId(login)),
    type: bot ? 'Bot' : 'User',
    html_url: `https://github.com/${login}`,
  }
}

function loginId(login: string): number {
  return login === 'github-actions[bot]' ? 41898282 : parseInt(fakeSha(`user:${login}`).slice(0, 7), 16)
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}${Buffer.from(String(id)).toString('base64url')}`
}

function blobSignature(artifactId: number): string {
  return fakeSha(`blob:${artifactId}`).slice(0, 20)
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}
