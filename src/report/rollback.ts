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
  /** Changed models the change adds: the revert takes them out of the project, so there is nothing to rebuild. */
  addedModels?: string[]
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

  const added = [...new Set(input.addedModels ?? [])]
    .filter((model) => input.changedModels.includes(model))
    .sort()
  const models = [...new Set(input.changedModels)].filter((model) => !added.includes(model)).sort()
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
  if (added.length > 0) notes.push(droppedRelationsNote(added, known))
  if (models.length === 0)
    notes.push(
      added.length > 0
        ? 'No model that existed before changed, so nothing needs rebuilding after the revert.'
        : 'No dbt model changed, so nothing needs rebuilding after the revert.',
    )

  return {
    beforeMerge,
    afterMerge,
    rebuild,
    notes,
    markdown: renderRollback(beforeMerge, afterMerge, rebuild, notes),
  }
}

/** After the revert dbt no longer knows a new model, so nothing it runs removes what the merge built. */
function droppedRelationsNote(added: readonly string[], known: Record<string, string> | undefined): string {
  const what = added.map((model) => {
    const materialized = known?.[model]?.toLowerCase()
    const relation = materialized === 'view' ? 'view' : materialized === 'ephemeral' ? undefined : 'table'
    return relation ? `${code(model)} (its ${relation})` : undefined
  })
  const built = what.filter((item) => item !== undefined)
  if (built.length === 0)
    return `${added.map((model) => code(model)).join(', ')}: new and ephemeral, so nothing stays in the warehouse.`
  return (
    `${built.join(', ')} ${built.length === 1 ? 'is' : 'are'} new: the revert removes ${built.length === 1 ? 'it' : 'them'} from the project, ` +
    'but the relation a deploy built stays in the warehouse, and no dbt command drops it: drop it by hand once the revert is deployed.'
  )
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
