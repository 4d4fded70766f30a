import type { CodeHost } from '../publish/code-host.js'
import { PublishError } from '../publish/publish-error.js'
import { findingComment } from '../report/review-markdown.js'
import { commentableLines } from '../review/patch-lines.js'
import type { Log } from '../shared/log.js'
import type { RunRecord } from './run-record.js'

/** GitHub takes many comments in one review; past this many the rest stay in the body. */
const MAX_LINE_COMMENTS = 50

/**
 * Settles where each review finding goes before the PR body is written: on its line only when the
 * commit's own patch (what GitHub diffs) has that line and the code host takes line comments; otherwise in
 * the body, so nothing is lost.
 */
export function placeOnPatch(record: RunRecord, patch: string, host: CodeHost | undefined): void {
  const stage = record.stages.review
  if (!stage) return
  const lines = commentableLines(patch)
  let onLines = 0
  for (const finding of stage.findings) {
    if (finding.placement !== 'line') continue
    const inDiff = finding.line !== undefined && lines.get(finding.path)?.has(finding.line) === true
    if (inDiff && host?.postReview && onLines < MAX_LINE_COMMENTS) onLines++
    else finding.placement = 'body'
  }
}

/**
 * Posts the line findings as one review on the pull request. A refusal only warns: the findings are in
 * the audit bundle, and the run's result (the PR) stands.
 */
export async function postReviewComments(options: {
  codeHost: CodeHost | undefined
  number: number
  commitSha?: string
  record: RunRecord
  log: Log
}): Promise<void> {
  const { codeHost, record, log } = options
  const stage = record.stages.review
  const onLines = stage?.findings.filter((finding) => finding.placement === 'line') ?? []
  if (!stage || onLines.length === 0 || !codeHost?.postReview) return
  const body =
    stage.model.status === 'reviewed'
      ? `Autopilot's review (${stage.model.by}): ${onLines.length} comment(s) on the changed lines; the PR description has the rest.`
      : `Autopilot's SQL checks: ${onLines.length} comment(s) on the changed lines.`
  try {
    const posted = await codeHost.postReview(options.number, {
      body,
      comments: onLines.map((finding) => ({
        path: finding.path,
        line: finding.line ?? 1,
        body: findingComment(finding),
      })),
      ...(options.commitSha ? { commitSha: options.commitSha } : {}),
    })
    stage.posted = { comments: onLines.length, url: posted.url }
    log.info(`Posted ${onLines.length} review comment(s): ${posted.url}`)
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    stage.posted = { comments: 0, error: error.message }
    log.warn(`The review comments were not posted (they are in the audit bundle): ${error.message}`)
  }
}
