import { describe, expect, it } from '@jest/globals'
import { parsePolicy, PolicyError } from '../../src/policy/parse-policy.js'

function errorOf(text: string): string {
  try {
    parsePolicy(text, '.autopilot/policy.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    return (error as Error).message
  }
  throw new Error('expected the policy to be rejected')
}

describe('parsePolicy', () => {
  it('reads a complete policy', () => {
    const policy = parsePolicy(
      [
        'extends: acme/.github/autopilot/policy.yml@v2',
        'locked: [guard.max_files_changed, approvals.draft]',
        'tasks: {allowed: [new_model, fix_test]}',
        'layers:',
        '  - {name: gold, paths: ["models/marts/**"]}',
        'protected_layers:',
        '  - {layer: gold, require: {draft: true, owner_review: true}}',
        'standards:',
        '  naming: {staging: "^stg_"}',
        '  new_models_require: [description, primary_key_test]',
        '  public_models_require_contract: true',
        'approvals: {labels: [data-review], reviewers: [octocat], team_reviewers: [analytics], draft: false}',
        'guard: {max_files_changed: 10, denied_paths: [macros/]}',
      ].join('\n'),
      'policy.yml',
    )
    expect(policy.extends).toBe('acme/.github/autopilot/policy.yml@v2')
    expect(policy.protected_layers).toEqual([{ layer: 'gold', require: { draft: true, owner_review: true } }])
    expect(policy.guard).toEqual({ max_files_changed: 10, denied_paths: ['macros/'] })
  })

  it('treats an empty file as an empty policy', () => {
    expect(parsePolicy('# nothing yet\n', 'policy.yml')).toEqual({})
  })

  it('names the line of an unknown key', () => {
    const message = errorOf('tasks:\n  allowed: [new_model]\nguard:\n  max_file_changed: 3\n')
    expect(message).toContain('.autopilot/policy.yml:4: guard: unknown key `max_file_changed`')
  })

  it('names the line of a value of the wrong type, nested in a list', () => {
    const message = errorOf('protected_layers:\n  - layer: gold\n    require:\n      draft: yes please\n')
    expect(message).toMatch(/\.autopilot\/policy\.yml:4: protected_layers\.0\.require\.draft: .*boolean/)
  })

  it('reports every problem at once, each on its own line', () => {
    const message = errorOf(
      'standards:\n  naming:\n    staging: "^stg_("\nlocked: [guard.max_everything]\nextends: not-a-ref\n',
    )
    expect(message).toContain(':3: standards.naming.staging: is not a valid regular expression')
    expect(message).toContain(':4: locked.0: is not a key that can be locked')
    expect(message).toContain(':5: extends: must look like owner/repo/path')
  })

  it('reports YAML syntax errors with their line', () => {
    const message = errorOf('tasks:\n  allowed: [a, b\nguard: {}\n')
    expect(message).toMatch(/is not valid YAML:\n\.autopilot\/policy\.yml:\d+:/)
    expect(message).not.toContain(':1:')
  })

  it('refuses a duplicated key instead of silently keeping the last one', () => {
    expect(errorOf('guard:\n  max_files_changed: 3\n  max_files_changed: 300\n')).toMatch(
      /:3: .*[Uu]nique|:3: .*duplicate/i,
    )
  })
})
