/**
 * GitHub's releases for the loopback server: `POST /repos/{o}/{r}/releases` and the asset upload, which
 * GitHub takes at another root named in the release's `upload_url` (`uploads.github.com`, or
 * `https://<host>/api/uploads` on GHES) with the file's bytes as the body.
 */

export interface StoredAsset {
  id: number
  name: string
  contentType: string
  content: Buffer
}

export interface StoredRelease {
  id: number
  tag_name: string
  name: string
  body: string
  draft: boolean
  assets: StoredAsset[]
}

export interface ReleaseAnswer {
  status: number
  payload: unknown
}

interface ReleaseContext {
  releases: StoredRelease[]
  nextId: () => number
  /** `http://127.0.0.1:port/api/v3/repos/o/r` (or without `/api/v3`). */
  api: string
  /** Where uploads go: `http://127.0.0.1:port/api/uploads` on GHES. */
  uploads: string
  htmlRepo: string
}

/** Answers `rest` (the path after `/repos/{o}/{r}`) when it is a releases call, else undefined. */
export function answerReleases(
  context: ReleaseContext,
  method: string,
  rest: string[],
  query: Record<string, string>,
  body: unknown,
  contentType: string,
): ReleaseAnswer | undefined {
  if (rest[0] !== 'releases') return undefined
  const json = (release: StoredRelease) => releaseJson(context, release)
  if (rest.length === 1 && method === 'POST') {
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
    const tag = fields['tag_name']
    if (typeof tag !== 'string' || tag === '') return validation('tag_name', 'missing_field')
    if (context.releases.some((r) => r.tag_name === tag)) return validation('tag_name', 'already_exists')
    const release: StoredRelease = {
      id: context.nextId(),
      tag_name: tag,
      name: typeof fields['name'] === 'string' ? fields['name'] : tag,
      body: typeof fields['body'] === 'string' ? fields['body'] : '',
      draft: fields['draft'] === true,
      assets: [],
    }
    context.releases.push(release)
    return { status: 201, payload: json(release) }
  }
  const release = context.releases.find((r) => r.id === Number(rest[1]))
  if (!release) return { status: 404, payload: { message: 'Not Found' } }
  if (rest.length === 2 && method === 'GET') return { status: 200, payload: json(release) }
  if (rest.length === 3 && rest[2] === 'assets' && method === 'POST') {
    const name = query['name']
    if (!name) return validation('name', 'missing_field')
    if (!Buffer.isBuffer(body)) return { status: 400, payload: { message: 'Bad Content-Type' } }
    if (release.assets.some((a) => a.name === name)) return validation('name', 'already_exists')
    const asset: StoredAsset = { id: context.nextId(), name, contentType: contentType, content: body }
    release.assets.push(asset)
    return { status: 201, payload: assetJson(context, release, asset) }
  }
  return undefined
}

function releaseJson(context: ReleaseContext, release: StoredRelease): Record<string, unknown> {
  const uploadsRepo = context.uploads + context.api.slice(context.api.indexOf('/repos/'))
  return {
    id: release.id,
    url: `${context.api}/releases/${release.id}`,
    html_url: `${context.htmlRepo}/releases/tag/${encodeURIComponent(release.tag_name)}`,
    upload_url: `${uploadsRepo}/releases/${release.id}/assets{?name,label}`,
    tag_name: release.tag_name,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: false,
    assets: release.assets.map((asset) => assetJson(context, release, asset)),
  }
}

function assetJson(
  context: ReleaseContext,
  release: StoredRelease,
  asset: StoredAsset,
): Record<string, unknown> {
  return {
    id: asset.id,
    url: `${context.api}/releases/assets/${asset.id}`,
    browser_download_url: `${context.htmlRepo}/releases/download/${encodeURIComponent(release.tag_name)}/${encodeURIComponent(asset.name)}`,
    name: asset.name,
    content_type: asset.contentType,
    size: asset.content.length,
    state: 'uploaded',
  }
}

function validation(field: string, code: string): ReleaseAnswer {
  return {
    status: 422,
    payload: { message: 'Validation Failed', errors: [{ resource: 'Release', field, code }], status: '422' },
  }
}
