import { parseTriggerPhrase } from '../triggers/trigger-phrase.js'
import { answersTo, latestQuestion, type ThreadComment } from './question-comment.js'

/**
 * The reporter's answer to Autopilot's latest question on the ticket: the comments after it by anyone but
 * Autopilot and bots, oldest first; a `/autopilot <answer>` comment counts as its text. Undefined when no
 * question was asked or nobody answered yet. The text is untrusted: the pipeline sanitizes it.
 */
export function findReporterAnswer(comments: readonly ThreadComment[], phrase: string): string | undefined {
  const last = latestQuestion(comments)
  if (!last) return undefined
  const texts = answersTo(last.question, last.after)
    .map((comment) => {
      const command = parseTriggerPhrase(comment.body, phrase)
      return (command ?? comment.body).trim()
    })
    .filter((text) => text !== '')
  return texts.length > 0 ? texts.join('\n\n') : undefined
}
