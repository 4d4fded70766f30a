import { code, codeBlock } from './markdown.js'

export interface RollbackInput {
  /** The commit Autopilot pushed, when there is one. */
  commitSha?: string
  branch: string
  /** Names of the dbt models whose files changed. */
  changedModels: string[]
  prNumber?: number
  /** model name → materialization (`table`, `view`, `incremental`...), when the manifest says. */
  materializations?: Record<string, string>
}

export interface RollbackPlan {
  /** Commands that withdraw the change while the PR is still open. */
  beforeMerge: string[]
  /** Commands that revert the change once it is merged. */
  afterMerge: string[]
  /** dbt commands that rebuild, from the reverted code, what the change touched. */
  rebuild: string[]
  notes: string[]
  markdown: string
}

/** Quotes a word for a POSIX shell when it holds anything beyond the characters model names use. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_.,:/@%+=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

function selection(models: readonly string[]): string {
  return models.map((model) => shellWord(`${model}+`)).join(' ')
}

export function rollbackPlan(input: RollbackInput): RollbackPlan {
  const branch = shellWord(input.branch)
  const beforeMerge =
    input.prNumber !== undefined
      ? [`gh pr close ${input.prNumber} --delete-branch`]
      : [`git push origin --delete ${branch}`]

  const afterMerge: string[] = []
  if (input.prNumber !== undefined) {
    const n = input.prNumber
    afterMerge.push(
      `git log --format='%H %s' --fixed-strings --grep='pull request #${n} from' --grep='(#${n})'`,
    )
  }
  afterMerge.push('git revert -m 1 <merge sha>')

  const models = [...new Set(input.changedModels)].sort()
  const known = input.materializations
  const incremental = known ? models.filter((model) => known[model]?.toLowerCase() === 'incremental') : []
  const others = models.filter((model) => !incremental.includes(model))
  const rebuild: string[] = []
  if (others.length > 0) rebuild.push(`dbt build --select ${selection(others)}`)
  if (incremental.length > 0) rebuild.push(`dbt build --select ${selection(incremental)} --full-refresh`)

  const notes: string[] = []
  if (input.commitSha)
    notes.push(`The change is commit ${code(input.commitSha.slice(0, 12))} on ${code(input.branch)}.`)
  notes.push(
    'For a squash or rebase merge, revert the commit that landed on the base branch with `git revert <sha>` (no `-m 1`).',
  )
  if (incremental.length > 0) {
    notes.push(
      `${incremental.map((model) => code(model)).join(', ')} ${incremental.length === 1 ? 'is' : 'are'} incremental: ` +
        'rows written by the reverted code stay in the table unless it is rebuilt with `--full-refresh`.',
    )
  }
  if (known) {
    const unknown = models.filter((model) => known[model] === undefined)
    if (unknown.length > 0) {
      notes.push(
        `Materialization unknown for ${unknown.map((model) => code(model)).join(', ')}: ` +
          `add \`--full-refresh\` if ${unknown.length === 1 ? 'it is' : 'any of them is'} incremental.`,
      )
    }
  }
  if (models.length === 0) notes.push('No dbt model changed, so nothing needs rebuilding after the revert.')

  return {
    beforeMerge,
    afterMerge,
    rebuild,
    notes,
    markdown: renderRollback(beforeMerge, afterMerge, rebuild, notes),
  }
}

function renderRollback(
  beforeMerge: string[],
  afterMerge: string[],
  rebuild: string[],
  notes: string[],
): string {
  const parts = [
    '**Before merge:** close the PR and delete the branch.',
    codeBlock(beforeMerge.join('\n'), 'sh'),
    '**After merge:** find the merge commit and revert it.',
    codeBlock(afterMerge.join('\n'), 'sh'),
  ]
  if (rebuild.length > 0) {
    parts.push('Then rebuild what changed, and everything downstream, from the reverted code:')
    parts.push(codeBlock(rebuild.join('\n'), 'sh'))
  }
  parts.push(notes.map((note) => `- ${note}`).join('\n'))
  return parts.join('\n\n')
}
