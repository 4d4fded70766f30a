import { AutopilotError } from '../shared/autopilot-error.js'

/**
 * The run cannot go on without the reporter's answer: the classifier found a blocking question or the model
 * asked one. Neutral, not a failure: the question goes on the ticket and an answer there resumes the work.
 */
export class NeedsClarification extends AutopilotError {
  constructor(
    readonly questions: readonly string[],
    readonly askedBy: 'classifier' | 'agent',
  ) {
    super(
      'skipped:needs-clarification',
      `Autopilot needs an answer from the reporter before it can change anything: ${questions.join(' ')} The question is on the ticket; answer there (or comment \`/autopilot <answer>\`) to resume.`,
    )
  }
}
