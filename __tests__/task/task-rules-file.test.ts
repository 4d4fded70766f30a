import { describe, it, expect } from '@jest/globals'
import { TaskRulesError, parseTaskRules } from '../../src/task/task-rules-file.js'

describe('parseTaskRules', () => {
  it('reads YAML rules and keeps the built-in ones by default', () => {
    const config = parseTaskRules(
      [
        'rules:',
        '  - name: finance-bugs',
        '    when: { labels: [finance], issueType: [Bug], text: "revenue|margin" }',
        '    then:',
        '      kind: fix-bug',
        '      risk: high',
        '      instructions: [Reconcile against the finance dashboard.]',
      ].join('\n'),
      'task-rules.yml',
    )
    expect(config.builtinRules).toBe(true)
    expect(config.rules).toEqual([
      {
        name: 'finance-bugs',
        when: { labels: ['finance'], issueType: ['Bug'], text: 'revenue|margin' },
        then: { kind: 'fix-bug', risk: 'high', instructions: ['Reconcile against the finance dashboard.'] },
      },
    ])
  })

  it('reads JSON, and an empty file as no rules of its own', () => {
    expect(parseTaskRules('{"builtinRules": false, "rules": []}', 'rules.json')).toEqual({
      builtinRules: false,
      rules: [],
    })
    expect(parseTaskRules('', 'rules.yml')).toEqual({ builtinRules: true, rules: [] })
  })

  const problem = (text: string): string => {
    try {
      parseTaskRules(text, 'rules.yml')
    } catch (error) {
      expect(error).toBeInstanceOf(TaskRulesError)
      return (error as Error).message
    }
    throw new Error('expected a TaskRulesError')
  }

  it('names the line and the key of a wrong value, an unknown key and a bad regular expression', () => {
    const message = problem(
      [
        'rules:',
        '  - name: one',
        '    when: { text: "(unclosed" }',
        '    then: { kind: migration }',
        '  - name: two',
        '    when: { label: [x] }',
        '    then: { risk: low }',
      ].join('\n'),
    )
    expect(message).toMatch(
      /rules\.yml:3: `rules\.0\.when\.text` is not a valid JavaScript regular expression/,
    )
    expect(message).toMatch(/rules\.yml:4: `rules\.0\.then\.kind` must be one of add-column, new-model/)
    expect(message).toMatch(/rules\.yml:6: `rules\.1\.when`.*label/)
  })

  it('refuses a rule that decides nothing and two rules with one name', () => {
    const message = problem(
      'rules:\n  - { name: a, when: {}, then: {} }\n  - { name: a, when: {}, then: { kind: other } }',
    )
    expect(message).toContain('set at least one of `kind`, `risk` or `instructions`')
    expect(message).toMatch(/rules\.yml:3: `rules\.1\.name` rule name "a" is used twice/)
  })

  it('reports YAML syntax errors with line and column', () => {
    expect(problem('rules:\n  - name: a\n   when: [')).toMatch(/rules\.yml:\d+:\d+: /)
  })
})
