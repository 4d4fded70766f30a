import { spawn } from 'node:child_process'

/**
 * `POST /repos/{o}/{r}/pulls/{n}/reviews` as GitHub answers it: the event must be one GitHub knows, a
 * COMMENT or REQUEST_CHANGES review needs a body, nobody approves or requests changes on their own pull
 * request, and with a bare repository every line comment must be on a line of the pull request's diff
 * (`git diff base...head`: added lines and the three lines of context around them, on the RIGHT side), else
 * the whole review is refused with 422, as GitHub does. Each comment then lists under `GET …/comments`.
 */

export interface StoredReview {
  id: number
  pullNumber: number
  event: string
  body: string
  commitId: string
  comments: { path: string; line: number; side: string; body: string }[]
  user: string
  submitted_at: string
}

export interface ReviewContext {
  pull: { number: number; head: string; base: string; user: string; html_url: string }
  /** The bare repository the branches live in; without it lines are not checked. */
  gitDir?: string
  login: string
  api: string
  nextId: () => number
  headSha: string
}

export interface ReviewAnswer {
  status: number
  payload: unknown
  review?: StoredReview
}

const DOCS = 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request'
const EVENTS = new Set(['APPROVE', 'REQUEST_CHANGES', 'COMMENT'])

const refused = (errors: string[]): ReviewAnswer => ({
  status: 422,
  payload: { message: 'Unprocessable Entity', errors, documentation_url: DOCS, status: '422' },
})

export async function answerCreateReview(
  context: ReviewContext,
  body: Record<string, unknown>,
): Promise<ReviewAnswer> {
  const event = typeof body.event === 'string' ? body.event : 'PENDING'
  if (event !== 'PENDING' && !EVENTS.has(event)) return refused([`Invalid event: ${event}`])
  const text = typeof body.body === 'string' ? body.body : ''
  if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && text.trim() === '')
    return refused([`Review body is required when the event is ${event}`])
  if (context.pull.user === context.login && (event === 'APPROVE' || event === 'REQUEST_CHANGES')) {
    const verb = event === 'APPROVE' ? 'approve' : 'request changes on'
    return refused([`Can not ${verb} your own pull request`])
  }
  const raw = Array.isArray(body.comments) ? (body.comments as unknown[]) : []
  const comments: StoredReview['comments'] = []
  for (const entry of raw) {
    const comment = (entry ?? {}) as Record<string, unknown>
    const { path, line, side, body: commentBody } = comment
    if (typeof path !== 'string' || typeof commentBody !== 'string' || typeof line !== 'number')
      return refused(['Each comment needs `path`, `body` and `line`'])
    comments.push({ path, line, side: typeof side === 'string' ? side : 'RIGHT', body: commentBody })
  }
  if (context.gitDir && comments.length > 0) {
    const lines = await diffLines(context.gitDir, context.pull.base, context.pull.head)
    const outside = comments.filter(
      (comment) => comment.side !== 'RIGHT' || !lines.get(comment.path)?.has(comment.line),
    )
    if (outside.length > 0) return refused(['Pull request review thread line must be part of the diff'])
  }
  const review: StoredReview = {
    id: context.nextId(),
    pullNumber: context.pull.number,
    event:
      event === 'APPROVE'
        ? 'APPROVED'
        : event === 'REQUEST_CHANGES'
          ? 'CHANGES_REQUESTED'
          : event === 'COMMENT'
            ? 'COMMENTED'
            : 'PENDING',
    body: text,
    commitId: typeof body.commit_id === 'string' ? body.commit_id : context.headSha,
    comments,
    user: context.login,
    submitted_at: new Date().toISOString(),
  }
  return { status: 200, payload: reviewJson(review, context), review }
}

function reviewJson(review: StoredReview, context: ReviewContext): Record<string, unknown> {
  const html = `${context.pull.html_url}#pullrequestreview-${review.id}`
  return {
    id: review.id,
    node_id: `PRR_${Buffer.from(String(review.id)).toString('base64url')}`,
    user: { login: review.user, id: 41898282, type: review.user.endsWith('[bot]') ? 'Bot' : 'User' },
    body: review.body,
    state: review.event,
    html_url: html,
    pull_request_url: `${context.api}/pulls/${context.pull.number}`,
    author_association: 'CONTRIBUTOR',
    _links: { html: { href: html }, pull_request: { href: `${context.api}/pulls/${context.pull.number}` } },
    submitted_at: review.submitted_at,
    commit_id: review.commitId,
  }
}

/** Lines of each file's new side that a review comment may be on: in a hunk of `git diff -U3 base...head`. */
async function diffLines(gitDir: string, base: string, head: string): Promise<Map<string, Set<number>>> {
  const diff = await git(gitDir, ['diff', '--unified=3', '--no-color', '--no-renames', `${base}...${head}`])
  const files = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  let line = 0
  for (const text of diff.split('\n')) {
    if (text.startsWith('+++ ')) {
      const name = text.slice(4)
      current = name === '/dev/null' ? undefined : new Set()
      if (current) files.set(name.replace(/^b\//, ''), current)
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (hunk) {
      line = Number(hunk[1])
      continue
    }
    if (!current || text.startsWith('--- ') || text.startsWith('diff ') || text.startsWith('index ')) continue
    if (text.startsWith('+') || text.startsWith(' ')) current.add(line++)
  }
  return files
}

function git(gitDir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [`--git-dir=${gitDir}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`git ${args.join(' ')}: ${err}`)),
    )
  })
}
