import { z } from 'zod'
import type { ApiCommit, ApiCommitRequest, CommitApi } from '../../publish/commit-api.js'
import { PublishError } from '../../publish/publish-error.js'
import type { GitHubRepo } from './github-client.js'
import { RepoAdapter } from './repo-adapter.js'

const CONTENTS_WRITE = '`contents: write` (set `permissions:` in the workflow)'

const shaSchema = z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) })
const commitSchema = shaSchema.extend({
  verification: z.object({ verified: z.boolean(), reason: z.string() }).loose().optional(),
})
const refSchema = z.object({ object: shaSchema })

/**
 * `CommitApi` through GitHub's Git Data API: a blob per changed file, a tree on the base tree, a commit
 * with no author or committer (GitHub then signs it as the token's identity), and the branch ref.
 */
export class OctokitCommitApi extends RepoAdapter implements CommitApi {
  constructor(github: GitHubRepo) {
    super(github, CONTENTS_WRITE)
  }

  async createCommit(request: ApiCommitRequest): Promise<ApiCommit> {
    const { branch } = request
    const tree: { path: string; mode: '100644' | '100755' | '120000'; type: 'blob'; sha: string | null }[] =
      []
    for (const file of request.files) {
      if ('deleted' in file) {
        tree.push({ path: file.path, mode: '100644', type: 'blob', sha: null })
        continue
      }
      const blob = await this.call(`uploading ${file.path}`, () =>
        this.octokit.rest.git.createBlob({
          ...this.repo,
          content: file.content.toString('base64'),
          encoding: 'base64',
        }),
      )
      tree.push({
        path: file.path,
        mode: file.mode,
        type: 'blob',
        sha: parse(shaSchema, blob.data, 'blob').sha,
      })
    }
    const created = await this.call('creating the tree', () =>
      this.octokit.rest.git.createTree({
        ...this.repo,
        base_tree: request.baseTree,
        // An entry with `sha: null` removes the path from the base tree.
        tree,
      }),
    )
    const commit = await this.call('creating the commit', () =>
      this.octokit.rest.git.createCommit({
        ...this.repo,
        message: request.message,
        tree: parse(shaSchema, created.data, 'tree').sha,
        parents: [request.baseSha],
      }),
    )
    const made = parse(commitSchema, commit.data, 'commit')
    await this.moveBranch(branch, made.sha, request)
    return {
      sha: made.sha,
      verified: made.verification?.verified ?? false,
      reason: made.verification?.reason ?? 'unknown',
    }
  }

  /** Creates the branch, or moves it when it is still where this run saw it (the API has no lease). */
  private async moveBranch(branch: string, sha: string, request: ApiCommitRequest): Promise<void> {
    const moved = new PublishError(
      'branch-moved',
      `Branch "${branch}" changed on GitHub while Autopilot was publishing (someone else pushed to it). ` +
        'Nothing was pushed; re-run Autopilot to rebuild the branch from the latest state.',
    )
    const raced = (pattern: RegExp) => (error: unknown) => {
      if (error instanceof PublishError && error.status === 422 && pattern.test(error.message)) throw moved
      throw error
    }
    if (request.previousSha === undefined) {
      await this.call(`creating branch "${branch}"`, () =>
        this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha }),
      ).catch(raced(/already exists/i))
      return
    }
    const current = await this.call(`reading branch "${branch}"`, () =>
      this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` }),
    ).catch((error: unknown) => {
      if (error instanceof PublishError && error.status === 404) throw moved
      throw error
    })
    if (parse(refSchema, current.data, 'ref').object.sha !== request.previousSha) throw moved
    await this.call(`updating branch "${branch}"`, () =>
      this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: request.force }),
    ).catch(raced(/fast forward/i))
  }
}

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  throw new PublishError(
    'unavailable',
    `GitHub answered creating the ${what} without what Autopilot needs: ${JSON.stringify(data).slice(0, 300)}. Retry the run.`,
  )
}
