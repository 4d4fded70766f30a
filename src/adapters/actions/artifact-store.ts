import { DefaultArtifactClient } from '@actions/artifact'

export interface UploadResult {
  uploaded: boolean
  /** Why nothing was uploaded; shown to the user as a warning. */
  reason?: string
  id?: number
  /** Where the bundle went: the workflow's artifacts, or a fallback (`audit-fallback`). */
  where?: 'artifact' | 'branch' | 'release'
  /** Where a reader finds it, when the store knows (a fallback does; an artifact's URL is built from its id). */
  url?: string
}

/** Where the audit bundle goes after the run. An upload never throws: a failed upload must not fail a good run. */
export interface ArtifactStore {
  upload(name: string, files: string[], rootDir: string, retentionDays: number): Promise<UploadResult>
}

/** The part of `DefaultArtifactClient` we use, so tests can hand in another implementation. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number }>
}

/** Characters artifact names may not contain, plus whitespace and control characters. */
const FORBIDDEN = /[":<>|*?\\/\r\n\s]/g

/** `autopilot-audit-DATA-123` or `autopilot-audit-DATA-123-2`: unique per run attempt, safe for the service. */
export function artifactName(ticketKey: string, runAttempt?: number | string): string {
  const key =
    ticketKey
      .replace(FORBIDDEN, '-')
      .replace(/#/g, 'issue-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 100) || 'ticket'
  const attempt =
    runAttempt === undefined || String(runAttempt).trim() === '' ? '' : `-${String(runAttempt).trim()}`
  return `autopilot-audit-${key}${attempt.replace(FORBIDDEN, '')}`
}

/** `@actions/artifact` v6 (the artifacts v4 service); not available on GHES or outside Actions. */
export class ActionsArtifactStore implements ArtifactStore {
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly client: () => ArtifactUploader = () => new DefaultArtifactClient(),
  ) {}

  async upload(name: string, files: string[], rootDir: string, retentionDays: number): Promise<UploadResult> {
    if (!this.env['ACTIONS_RUNTIME_TOKEN']) {
      return {
        uploaded: false,
        reason: `not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN); the bundle stays in ${rootDir}`,
      }
    }
    if (!this.env['ACTIONS_RESULTS_URL']) {
      return {
        uploaded: false,
        reason:
          'the artifact service is not available on this runner (no ACTIONS_RESULTS_URL; GitHub Enterprise Server ' +
          `does not support artifacts v4); the bundle stays in ${rootDir}`,
      }
    }
    try {
      const options = retentionDays > 0 ? { retentionDays } : {}
      const response = await this.client().uploadArtifact(name, files, rootDir, options)
      return { uploaded: true, where: 'artifact', ...(response.id !== undefined ? { id: response.id } : {}) }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return {
        uploaded: false,
        reason: `uploading artifact ${name} failed (${message}); the bundle stays in ${rootDir}`,
      }
    }
  }
}
