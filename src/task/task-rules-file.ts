import { AutopilotError } from '../shared/autopilot-error.js'
import { isNode, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import { TaskRulesConfigSchema, type TaskRulesConfig } from './task-rules.js'

/** The task-rules configuration cannot be used; the message names the place and what to change. */
export class TaskRulesError extends AutopilotError {
  constructor(message: string) {
    super('failed:config', message)
  }
}

/**
 * Reads task rules from YAML or JSON text (JSON is YAML). `origin` names the file in messages. Each problem
 * is reported with its line, so the author can find it.
 */
export function parseTaskRules(text: string, origin: string): TaskRulesConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const at = lines.linePos(error.pos[0])
      return `${origin}${at ? `:${at.line}:${at.col}` : ''}: ${error.message.split('\n')[0]}`
    })
    throw new TaskRulesError(`Task rules are not valid YAML or JSON; fix:\n${problems.join('\n')}`)
  }
  const parsed = TaskRulesConfigSchema.safeParse(doc.toJS() ?? {})
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const line = lineOf(doc, lines, issue)
    const where = issue.path.length > 0 ? ` \`${issue.path.join('.')}\`` : ''
    return `${origin}${line ? `:${line}` : ''}:${where} ${issue.message}`
  })
  throw new TaskRulesError(
    `Task rules in ${origin} are invalid; fix:\n${problems.join('\n')}\n(Expected { builtinRules?: boolean, rules: [{ name, when: { labels?, components?, issueType?, text? }, then: { kind?, risk?, instructions? } }] }.)`,
  )
}

/** The line of the node an issue is about, or of its nearest parent that exists in the document. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  issue: z.core.$ZodIssue,
): number | undefined {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  for (let length = path.length; length >= 0; length -= 1) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true)
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line
  }
  return undefined
}
