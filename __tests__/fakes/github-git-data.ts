import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * GitHub's Git Data API (`/repos/{o}/{r}/git/…`: blobs, trees, commits, refs) with GitHub's JSON shapes
 * and status codes, backed by a real bare repository, so what a client creates through it can be fetched
 * with git afterwards. Commits are answered as GitHub signs them: `verification.verified: true`.
 */

export interface GitDataResult {
  status: number
  payload: unknown
}

export interface GitDataOptions {
  /** The bare repository the API writes to (the same one tests use as `origin`). */
  gitDir: string
  /** `…/repos/{owner}/{repo}`, for the `url` fields. */
  api: string
  htmlRepo: string
  /** The token's identity: GitHub records it as the author of a commit created without one. */
  login: string
  /** Told when a branch ref is created or moved. */
  onBranch?: (branch: string, sha: string) => void
}

const DOCS = 'https://docs.github.com/rest/git'
const FAKE_SIGNATURE =
  '-----BEGIN PGP SIGNATURE-----\n\nwsFcBAABCAAQBQJmAAAAAAkQ4AUTOPENGHYAAP0AAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n=fake\n-----END PGP SIGNATURE-----\n'

class GitDataError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const unprocessable = (message: string): GitDataError => new GitDataError(422, message)

/** Answers a `git/…` request (`rest` is the path after `/repos/{o}/{r}/git`), or undefined for another path. */
export async function answerGitData(
  options: GitDataOptions,
  method: string,
  rest: string[],
  body: Record<string, unknown>,
): Promise<GitDataResult | undefined> {
  try {
    return await route(options, method, rest, body)
  } catch (error) {
    if (!(error instanceof GitDataError)) throw error
    return {
      status: error.status,
      payload: { message: error.message, documentation_url: DOCS, status: String(error.status) },
    }
  }
}

async function route(
  options: GitDataOptions,
  method: string,
  rest: string[],
  body: Record<string, unknown>,
): Promise<GitDataResult | undefined> {
  const [kind, ...ref] = rest
  const git = (args: string[], more: RunOptions = {}) => run(options.gitDir, args, more)
  const created = (payload: unknown): GitDataResult => ({ status: 201, payload })

  if (kind === 'blobs' && ref.length === 0 && method === 'POST') {
    const content = stringField(body, 'content')
    const encoding = body.encoding ?? 'utf-8'
    if (encoding !== 'base64' && encoding !== 'utf-8')
      throw unprocessable(`encoding ${String(encoding)} is not supported`)
    const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8')
    const sha = await git(['hash-object', '-w', '--stdin'], { input: bytes })
    return created({ sha, url: `${options.api}/git/blobs/${sha}` })
  }

  if (kind === 'trees' && ref.length === 0 && method === 'POST') {
    const sha = await writeTree(git, body)
    const entries = await git(['ls-tree', sha])
    return created({
      sha,
      url: `${options.api}/git/trees/${sha}`,
      tree: entries
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [meta = '', path = ''] = line.split('\t')
          const [mode, type, id] = meta.split(' ')
          return { path, mode, type, sha: id, url: `${options.api}/git/${type}s/${id}` }
        }),
      truncated: false,
    })
  }

  if (kind === 'commits' && ref.length === 0 && method === 'POST') {
    const message = stringField(body, 'message')
    const tree = stringField(body, 'tree')
    const parents = Array.isArray(body.parents) ? body.parents : []
    if (!parents.every((p): p is string => typeof p === 'string'))
      throw unprocessable('Invalid request.\n\n"parents" must be strings')
    if ((await objectType(git, tree)) !== 'tree') throw unprocessable('Tree SHA does not exist')
    for (const parent of parents) {
      if ((await objectType(git, parent)) !== 'commit')
        throw unprocessable('Parent SHA does not exist or is not a commit object')
    }
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const author = { name: options.login, email: `41898282+${options.login}@users.noreply.github.com`, date }
    const committer = { name: 'GitHub', email: 'noreply@github.com', date }
    const sha = await git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], {
      input: Buffer.from(message, 'utf8'),
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: date,
      },
    })
    return created({
      sha,
      node_id: `C_${sha.slice(0, 20)}`,
      url: `${options.api}/git/commits/${sha}`,
      html_url: `${options.htmlRepo}/commit/${sha}`,
      author,
      committer,
      tree: { sha: tree, url: `${options.api}/git/trees/${tree}` },
      message,
      parents: parents.map((p) => ({
        sha: p,
        url: `${options.api}/git/commits/${p}`,
        html_url: `${options.htmlRepo}/commit/${p}`,
      })),
      verification: {
        verified: true,
        reason: 'valid',
        signature: FAKE_SIGNATURE,
        payload: await git(['cat-file', 'commit', sha]),
        verified_at: date,
      },
    })
  }

  if (kind === 'commits' && ref.length === 1 && method === 'GET') {
    const sha = ref[0]!
    if ((await objectType(git, sha)) !== 'commit') throw new GitDataError(404, 'Not Found')
    const [tree = '', ...parents] = (await git(['log', '-1', '--format=%T %P', sha]))
      .split(' ')
      .filter(Boolean)
    return {
      status: 200,
      payload: {
        sha,
        url: `${options.api}/git/commits/${sha}`,
        html_url: `${options.htmlRepo}/commit/${sha}`,
        tree: { sha: tree, url: `${options.api}/git/trees/${tree}` },
        message: await git(['log', '-1', '--format=%B', sha]),
        parents: parents.map((p) => ({ sha: p, url: `${options.api}/git/commits/${p}` })),
      },
    }
  }

  // GET /git/ref/{ref} reads one ref; POST /git/refs creates one; PATCH /git/refs/{ref} moves one.
  if (kind === 'ref' && ref.length > 0 && method === 'GET') {
    const name = `refs/${ref.join('/')}`
    const sha = await resolveRef(git, name)
    if (!sha) throw new GitDataError(404, 'Not Found')
    return { status: 200, payload: refJson(options, name, sha) }
  }
  if (kind === 'refs' && ref.length === 0 && method === 'POST') {
    const name = stringField(body, 'ref')
    const sha = stringField(body, 'sha')
    if (!/^refs\/.+/.test(name)) throw unprocessable('Reference name must start with refs/')
    if ((await objectType(git, sha)) !== 'commit') throw unprocessable('Object does not exist')
    const done = await tryRun(options.gitDir, ['update-ref', name, sha, ''])
    if (!done) throw unprocessable('Reference already exists')
    notify(options, name, sha)
    return created(refJson(options, name, sha))
  }
  if (kind === 'refs' && ref.length > 0 && method === 'PATCH') {
    const name = `refs/${ref.join('/')}`
    const sha = stringField(body, 'sha')
    const current = await resolveRef(git, name)
    if (!current) throw unprocessable('Reference does not exist')
    if ((await objectType(git, sha)) !== 'commit') throw unprocessable('Object does not exist')
    const fastForward = await tryRun(options.gitDir, ['merge-base', '--is-ancestor', current, sha])
    if (body.force !== true && !fastForward) throw unprocessable('Update is not a fast forward')
    if (!(await tryRun(options.gitDir, ['update-ref', name, sha, current])))
      throw unprocessable('Reference cannot be updated')
    notify(options, name, sha)
    return { status: 200, payload: refJson(options, name, sha) }
  }
  return undefined
}

type Git = (args: string[], more?: RunOptions) => Promise<string>

/** base_tree plus the entries, through a scratch index: nested paths get their subtrees for free. */
async function writeTree(git: Git, body: Record<string, unknown>): Promise<string> {
  const entries = Array.isArray(body.tree) ? (body.tree as unknown[]) : undefined
  if (!entries) throw unprocessable('Invalid request.\n\n"tree" wasn\'t supplied.')
  const scratch = await mkdtemp(join(tmpdir(), 'fake-github-tree-'))
  try {
    // update-index wants a work tree even for index-only edits; an empty one will do.
    const env = { GIT_INDEX_FILE: join(scratch, 'index'), GIT_WORK_TREE: scratch }
    const base = body.base_tree
    if (typeof base === 'string') {
      if ((await objectType(git, base)) !== 'tree') throw unprocessable('base_tree is not a valid tree oid')
      await git(['read-tree', base], { env })
    } else {
      await git(['read-tree', '--empty'], { env })
    }
    for (const raw of entries) {
      const entry = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
      const { path, mode, type, sha } = entry
      if (typeof path !== 'string' || !path || path.startsWith('/'))
        throw unprocessable('tree.path is invalid')
      if (type !== 'blob' || (mode !== '100644' && mode !== '100755' && mode !== '120000')) {
        throw unprocessable(`tree.mode ${String(mode)} / tree.type ${String(type)} is not supported here`)
      }
      if (sha === null) {
        await git(['update-index', '--force-remove', '--', path], { env })
        continue
      }
      if (typeof sha !== 'string' || (await objectType(git, sha)) !== 'blob')
        throw unprocessable('Invalid tree info')
      await git(['update-index', '--add', '--cacheinfo', `${mode},${sha},${path}`], { env })
    }
    return await git(['write-tree'], { env })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

function refJson(options: GitDataOptions, name: string, sha: string): Record<string, unknown> {
  return {
    ref: name,
    node_id: `REF_${Buffer.from(name).toString('base64')}`,
    url: `${options.api}/git/${name}`,
    object: { type: 'commit', sha, url: `${options.api}/git/commits/${sha}` },
  }
}

function notify(options: GitDataOptions, name: string, sha: string): void {
  const branch = /^refs\/heads\/(.+)$/.exec(name)?.[1]
  if (branch) options.onBranch?.(branch, sha)
}

function stringField(body: Record<string, unknown>, field: string): string {
  const value = body[field]
  if (typeof value !== 'string') throw unprocessable(`Invalid request.\n\n"${field}" wasn't supplied.`)
  return value
}

async function objectType(git: Git, sha: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return undefined
  return git(['cat-file', '-t', sha]).catch(() => undefined)
}

async function resolveRef(git: Git, name: string): Promise<string | undefined> {
  return git(['rev-parse', '--verify', '-q', `${name}^{commit}`]).catch(() => undefined)
}

interface RunOptions {
  input?: Buffer
  env?: Record<string, string>
}

async function tryRun(gitDir: string, args: string[]): Promise<boolean> {
  return run(gitDir, args).then(
    () => true,
    () => false,
  )
}

/** git on the bare repository, as GitHub's storage would; stdout without its trailing newline. */
function run(gitDir: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [`--git-dir=${gitDir}`, ...args], {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8').replace(/\n$/, ''))
      else reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8')}`))
    })
    // git exits without reading stdin for most commands: a closed pipe is not an error here.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}
