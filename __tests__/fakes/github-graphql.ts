import type { StoredPull } from './github-server.js'

/**
 * GitHub's GraphQL endpoint, as far as Autopilot uses it: the two mutations that flip a pull request's
 * draft state. Like GitHub, it answers HTTP 200 with an `errors` array for anything it cannot resolve.
 */

const DRAFT_MUTATIONS = {
  markPullRequestReadyForReview: false,
  convertPullRequestToDraft: true,
} as const

type DraftMutation = keyof typeof DRAFT_MUTATIONS

interface GraphqlError {
  message: string
  type?: string
  path?: string[]
  extensions?: Record<string, unknown>
}

export type GraphqlAnswer = { data: Record<string, unknown> } | { data?: unknown; errors: GraphqlError[] }

const PULL_FIELDS: Record<string, (pull: StoredPull) => unknown> = {
  id: (pull) => pull.node_id,
  number: (pull) => pull.number,
  isDraft: (pull) => pull.draft,
  url: (pull) => pull.html_url,
  title: (pull) => pull.title,
}

const MUTATION = /^\s*mutation\b[^{]*\{\s*(\w+)\s*\(([^)]*)\)\s*\{([\s\S]*)\}\s*\}\s*$/

/** Answers one GraphQL request body (`{ query, variables }`) against the fake's pull requests. */
export function answerGraphql(body: unknown, pulls: StoredPull[]): GraphqlAnswer {
  const request = asRecord(body)
  if (typeof request.query !== 'string') {
    return fail({ message: 'A query attribute must be specified and must be a string.' })
  }
  const variables = asRecord(request.variables)
  const match = MUTATION.exec(request.query)
  if (!match) {
    return fail({
      message: `This fake serves only the mutations ${Object.keys(DRAFT_MUTATIONS).join(' and ')}.`,
    })
  }
  const [, field = '', args = '', selection = ''] = match
  if (!isDraftMutation(field)) {
    return fail({
      message: `Field '${field}' doesn't exist on type 'Mutation'`,
      path: ['mutation', field],
      extensions: { code: 'undefinedField', typeName: 'Mutation', fieldName: field },
    })
  }
  const fields = pullRequestSelection(selection)
  const unknown = fields.find((name) => !(name in PULL_FIELDS))
  if (unknown !== undefined) {
    return fail({
      message: `Field '${unknown}' doesn't exist on type 'PullRequest'`,
      extensions: { code: 'undefinedField', typeName: 'PullRequest', fieldName: unknown },
    })
  }
  const id = pullRequestId(args, variables)
  if (id === undefined) {
    return fail({
      message: `Argument 'pullRequestId' on InputObject '${capitalize(field)}Input' is required.`,
      extensions: { code: 'missingRequiredInputObjectAttribute', argumentName: 'pullRequestId' },
    })
  }
  const pull = pulls.find((p) => p.node_id === id)
  if (!pull) {
    return {
      data: { [field]: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: [field],
          message: `Could not resolve to a node with the global id of '${id}'.`,
        },
      ],
    }
  }
  pull.draft = DRAFT_MUTATIONS[field]
  pull.updated_at = new Date().toISOString()
  const pullRequest = Object.fromEntries(fields.map((name) => [name, PULL_FIELDS[name]?.(pull)]))
  return { data: { [field]: fields.length > 0 ? { pullRequest } : {} } }
}

function isDraftMutation(field: string): field is DraftMutation {
  return field in DRAFT_MUTATIONS
}

/** The field names under `pullRequest { … }` in the mutation's selection set. */
function pullRequestSelection(selection: string): string[] {
  const inner = /\bpullRequest\s*\{([^}]*)\}/.exec(selection)?.[1] ?? ''
  return inner.split(/[\s,]+/).filter(Boolean)
}

/** `input: { pullRequestId: $var }`, `input: { pullRequestId: "literal" }` or `input: $var`. */
function pullRequestId(args: string, variables: Record<string, unknown>): string | undefined {
  const direct = /\bpullRequestId\s*:\s*(?:\$(\w+)|"([^"]*)")/.exec(args)
  if (direct) {
    const value = direct[1] !== undefined ? variables[direct[1]] : direct[2]
    return typeof value === 'string' ? value : undefined
  }
  const whole = /\binput\s*:\s*\$(\w+)/.exec(args)
  const value = whole?.[1] !== undefined ? asRecord(variables[whole[1]]).pullRequestId : undefined
  return typeof value === 'string' ? value : undefined
}

function fail(error: GraphqlError): GraphqlAnswer {
  return { errors: [error] }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
