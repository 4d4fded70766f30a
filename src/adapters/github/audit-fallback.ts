import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { zipSync } from 'fflate'
import { z } from 'zod'
import type { ArtifactStore, UploadResult } from '../actions/artifact-store.js'
import type { GitHubRepo } from './github-client.js'
import { RepoAdapter } from './repo-adapter.js'

// Where the audit bundle goes when the artifact service cannot take it (GitHub Enterprise Server, where
// `@actions/artifact` v2+ does not work): a commit on a branch of its own, or an asset of a draft release.
// Both go through the REST API at GITHUB_API_URL with the run's token, so they work wherever the PR does.

export type AuditFallback = 'branch' | 'release' | 'none'

/** The branch the `branch` fallback commits to: one folder per bundle, never merged anywhere. */
export const AUDIT_BRANCH = 'autopilot-audit'

const CONTENTS_WRITE = '`contents: write` (set `permissions:` in the workflow)'
const shaSchema = z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) })
const refSchema = z.object({ object: shaSchema })
const commitSchema = z.object({ sha: z.string(), tree: shaSchema })
const releaseSchema = z.object({ id: z.number(), html_url: z.string(), upload_url: z.string() })
const assetSchema = z.object({ browser_download_url: z.string() })

export interface FallbackOptions {
  /** GITHUB_SERVER_URL, for the link the summary shows. */
  serverUrl: string
  /** `audit-fallback-branch`, default `autopilot-audit`. */
  branch?: string
}

/** Never throws: like the artifact upload, a failed fallback is a warning, not a failed run. */
abstract class FallbackStore extends RepoAdapter implements ArtifactStore {
  protected constructor(
    github: GitHubRepo,
    protected readonly options: FallbackOptions,
  ) {
    super(github, CONTENTS_WRITE)
  }

  async upload(
    name: string,
    files: string[],
    rootDir: string,
    _retentionDays?: number,
  ): Promise<UploadResult> {
    try {
      return await this.store(name, await readBundle(files, rootDir))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return {
        uploaded: false,
        reason: `${this.kind} fallback failed: ${message}; the bundle stays in ${rootDir}`,
      }
    }
  }

  protected abstract readonly kind: AuditFallback
  protected abstract store(name: string, bundle: BundleFile[]): Promise<UploadResult>
}

interface BundleFile {
  /** Relative to the bundle's folder, with `/`. */
  path: string
  content: Buffer
}

async function readBundle(files: string[], rootDir: string): Promise<BundleFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      path: path.relative(rootDir, path.resolve(rootDir, file)).split(path.sep).join('/'),
      content: await readFile(path.resolve(rootDir, file)),
    })),
  )
}

/**
 * The bundle as a commit on `autopilot-audit` (created as an orphan branch the first time), in a folder
 * named like the artifact would be: the files stay readable and `verify-audit` runs on a checkout of it.
 */
export class BranchAuditStore extends FallbackStore {
  protected readonly kind = 'branch'

  constructor(github: GitHubRepo, options: FallbackOptions) {
    super(github, options)
  }

  protected async store(name: string, bundle: BundleFile[]): Promise<UploadResult> {
    const branch = this.options.branch ?? AUDIT_BRANCH
    const head = await this.branchHead(branch)
    const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = []
    for (const file of bundle) {
      const blob = await this.call(`uploading ${file.path} of the audit bundle`, () =>
        this.octokit.rest.git.createBlob({
          ...this.repo,
          content: file.content.toString('base64'),
          encoding: 'base64',
        }),
      )
      tree.push({
        path: `${name}/${file.path}`,
        mode: '100644',
        type: 'blob',
        sha: shaSchema.parse(blob.data).sha,
      })
    }
    const created = await this.call('creating the audit tree', () =>
      this.octokit.rest.git.createTree({ ...this.repo, tree, ...(head ? { base_tree: head.tree } : {}) }),
    )
    const commit = await this.call('committing the audit bundle', () =>
      this.octokit.rest.git.createCommit({
        ...this.repo,
        message: `Audit bundle ${name}`,
        tree: shaSchema.parse(created.data).sha,
        parents: head ? [head.sha] : [],
      }),
    )
    const sha = shaSchema.parse(commit.data).sha
    if (head) {
      await this.call(`moving branch "${branch}"`, () =>
        this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: false }),
      )
    } else {
      await this.call(`creating branch "${branch}"`, () =>
        this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha }),
      )
    }
    const server = this.options.serverUrl.replace(/\/+$/, '')
    return {
      uploaded: true,
      where: 'branch',
      url: `${server}/${this.repo.owner}/${this.repo.repo}/tree/${encodeURIComponent(branch)}/${encodeURIComponent(name)}`,
    }
  }

  private async branchHead(branch: string): Promise<{ sha: string; tree: string } | undefined> {
    const ref = await this.call(`reading branch "${branch}"`, () =>
      this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` }).catch((error: unknown) => {
        // No branch yet: the first bundle starts it.
        if ((error as { status?: number }).status === 404) return undefined
        throw error
      }),
    )
    if (!ref) return undefined
    const sha = refSchema.parse(ref.data).object.sha
    const commit = await this.call(`reading branch "${branch}"`, () =>
      this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: sha }),
    )
    return { sha, tree: commitSchema.parse(commit.data).tree.sha }
  }
}

/**
 * The bundle as one zip asset of a draft release: a draft creates no tag, notifies no watcher and is seen
 * only by those who can push, the same people who can read the workflow's artifacts.
 */
export class ReleaseAuditStore extends FallbackStore {
  protected readonly kind = 'release'

  constructor(github: GitHubRepo, options: FallbackOptions) {
    super(github, options)
  }

  protected async store(name: string, bundle: BundleFile[]): Promise<UploadResult> {
    const zip = Buffer.from(
      zipSync(
        Object.fromEntries(bundle.map((file) => [`${name}/${file.path}`, new Uint8Array(file.content)])),
      ),
    )
    const release = await this.call('creating the audit release', () =>
      this.octokit.rest.repos.createRelease({
        ...this.repo,
        tag_name: name,
        name: `Autopilot audit bundle ${name}`,
        body: 'The audit bundle of one Autopilot run (this server has no workflow artifacts). Verify it with `npx dbt-autopilot verify-audit <folder> --expect <hash>`.',
        draft: true,
      }),
    )
    const { id, html_url: htmlUrl } = releaseSchema.parse(release.data)
    const asset = await this.call('uploading the audit bundle to the release', () =>
      this.octokit.rest.repos.uploadReleaseAsset({
        ...this.repo,
        release_id: id,
        name: `${name}.zip`,
        // Octokit sends a Buffer as it is; its type asks for a string.
        data: zip as unknown as string,
        headers: { 'content-type': 'application/zip', 'content-length': zip.length },
        baseUrl: uploadBase(releaseSchema.parse(release.data).upload_url),
      }),
    )
    return {
      uploaded: true,
      where: 'release',
      url: assetSchema.parse(asset.data).browser_download_url || htmlUrl,
    }
  }
}

/**
 * Octokit's `uploadReleaseAsset` posts to `{baseUrl}/repos/…/releases/{id}/assets`; the release names its
 * upload root (`https://uploads.github.com`, or `https://<host>/api/uploads` on GHES) in `upload_url`.
 */
function uploadBase(uploadUrl: string): string {
  const root = uploadUrl
    .replace(/\{[^}]*\}$/, '')
    .replace(/\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/, '')
  return root
}
