import type { ModelCoverage, ProposedTest, TestStrategyStage } from '../test-strategy/test-strategy.js'
import { RULE_WORDS } from '../test-strategy/test-strategy.js'
import { cell, codeCell, limited, moreLine, plural, table } from './markdown.js'

const LIST_LIMIT = 30

/**
 * The "Tests" section: coverage of the changed models before and after (columns with a data test of all
 * the relation's columns), then each test added with the rule that proposed it and the figures behind it,
 * and the ones the data ruled out. Undefined when the stage did not run.
 */
export function testStrategyMarkdown(stage: TestStrategyStage | undefined): string | undefined {
  if (!stage || stage.status === 'not-run') return undefined
  const parts = ['### Tests']
  parts.push(statusLine(stage))
  if (stage.coverage.length > 0) {
    parts.push(
      table(
        ['Model', 'Columns with tests (before → after)', 'Unit tests (before → after)'],
        stage.coverage.map((model) => [
          `${codeCell(model.model)}${model.added ? ' (new)' : ''}`,
          `${ratio(model, 'testedBefore')} → ${ratio(model, 'testedAfter')}`,
          `${model.unitTestsBefore} → ${model.unitTestsAfter}`,
        ]),
      ),
    )
  }
  if (stage.status === 'added' && stage.proposed.length > 0) {
    const { shown, omitted } = limited(stage.proposed, LIST_LIMIT)
    const rows = shown.map((test) => [
      codeCell(test.model),
      codeCell(test.column),
      codeCell(describe(test)),
      cell(RULE_WORDS[test.rule]),
      cell(test.because),
    ])
    if (omitted > 0) rows.push([moreLine(omitted), '', '', '', ''])
    parts.push(`Added tests:\n\n${table(['Model', 'Column', 'Test', 'Proposed by', 'Data'], rows)}`)
  }
  if (stage.status === 'added' && stage.unitTests.length > 0) {
    const lines = stage.unitTests.map(
      (test) =>
        `- ${codeCell(test.name)} on ${codeCell(test.model)} (${cell(RULE_WORDS[test.rule])}: ${cell(test.because)})`,
    )
    parts.push(
      `Added unit tests (each pins current behaviour; check the expected rows):\n\n${lines.join('\n')}`,
    )
  }
  if (stage.declined.length > 0) {
    const { shown, omitted } = limited(stage.declined, LIST_LIMIT)
    const lines = shown.map(
      (test) =>
        `- ${codeCell(test.test)} on ${codeCell(`${test.model}.${test.column}`)} (${cell(RULE_WORDS[test.rule])}): ${cell(test.reason)}`,
    )
    if (omitted > 0) lines.push(`- ${moreLine(omitted)}`)
    parts.push(
      `<details><summary>Not added: ${plural(stage.declined.length, 'test')} the data or the project ruled out</summary>\n\n${lines.join('\n')}\n\n</details>`,
    )
  }
  if (stage.unitTestsDeclined.length > 0) {
    const lines = stage.unitTestsDeclined.map((d) => `- ${codeCell(d.model)}: ${cell(d.reason)}`)
    parts.push(
      `<details><summary>No unit test: ${plural(stage.unitTestsDeclined.length, 'model')}</summary>\n\n${lines.join('\n')}\n\n</details>`,
    )
  }
  if (stage.skipped.length > 0) {
    parts.push(
      `Not looked at: ${stage.skipped.map((skip) => `${codeCell(skip.model)} (${cell(skip.reason)})`).join(', ')}.`,
    )
  }
  return parts.join('\n\n')
}

function statusLine(stage: TestStrategyStage): string {
  switch (stage.status) {
    case 'added':
      return `Autopilot added ${addedWords(stage)} to ${stage.files.map((file) => codeCell(file)).join(', ')}, checked against the data first (\`dbt show\`) and passed by dbt in validation round ${stage.round ?? '?'}.`
    case 'removed-after-failure':
      return `> [!WARNING]\n> The proposed tests were taken out again: ${cell(stage.reason ?? 'their validation failed')}. The change is as its last passing round validated it.`
    case 'nothing-to-add':
      return 'No test to add: the changed models already have the tests the rules propose, or the data rules them out.'
    case 'not-run':
      return ''
  }
}

function addedWords(stage: TestStrategyStage): string {
  const words = [
    ...(stage.proposed.length > 0 ? [plural(stage.proposed.length, 'test')] : []),
    ...(stage.unitTests.length > 0 ? [plural(stage.unitTests.length, 'unit test')] : []),
  ]
  return words.join(' and ') || 'no test'
}

function ratio(model: ModelCoverage, key: 'testedBefore' | 'testedAfter'): string {
  if (key === 'testedBefore' && model.added) return '–'
  const percent = model.columns > 0 ? Math.round((model[key] / model.columns) * 100) : 0
  return `${model[key]}/${model.columns} (${percent}%)`
}

function describe(test: ProposedTest): string {
  if (test.test === 'relationships' && test.to) return `relationships → ${test.to.model}.${test.to.field}`
  if (test.test === 'accepted_values' && test.values) return `accepted_values: ${test.values.join(', ')}`
  return test.test
}
