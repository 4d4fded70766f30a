import { describe, expect, it } from '@jest/globals'
import { defaultInputs, parseSettings, redactSettings, SettingsError } from '../../src/config/settings.js'
import { DEFAULT_PRICES } from '../../src/config/prices.js'

const inputs = (overrides: Record<string, string>) => ({
  ...defaultInputs(),
  ticket: 'DATA-123',
  ...overrides,
})

describe('parseSettings', () => {
  it('turns the action.yml defaults into typed settings', () => {
    const settings = parseSettings(inputs({}))
    expect(settings.ticket).toEqual({ key: 'DATA-123', source: 'auto' })
    expect(settings.dbt).toMatchObject({
      projectDir: '.',
      executable: 'dbt',
      lint: 'auto',
      timeoutMs: 20 * 60_000,
    })
    expect(settings.budget).toEqual({
      maxTurns: 40,
      maxInputTokens: 1_500_000,
      maxOutputTokens: 60_000,
      maxCostUsd: 5,
      maxWallMs: 30 * 60_000,
    })
    expect(settings.onValidationFailure).toBe('draft')
    expect(settings.dryRun).toBe(false)
    expect(settings.anthropic.prices).toEqual(DEFAULT_PRICES)
  })

  it('classifies with a small model by default, with the main model when `classifier-model` is empty', () => {
    expect(parseSettings(inputs({})).anthropic).toMatchObject({
      model: 'claude-sonnet-5-5',
      classifierModel: 'claude-haiku-5-5',
    })
    expect(
      parseSettings(inputs({ model: 'claude-opus-5-5', 'classifier-model': ' ' })).anthropic.classifierModel,
    ).toBe('claude-opus-5-5')
  })

  it('reviews with the main model unless `review-model` names another', () => {
    expect(parseSettings(inputs({ model: 'claude-opus-5-5' })).anthropic.reviewModel).toBe('claude-opus-5-5')
    expect(
      parseSettings(inputs({ model: 'claude-opus-5-5', 'review-model': 'claude-haiku-5-5' })).anthropic
        .reviewModel,
    ).toBe('claude-haiku-5-5')
  })

  it('names the input and what is allowed when a value is bad', () => {
    expect(() => parseSettings(inputs({ 'dry-run': 'yes' }))).toThrow(
      new SettingsError('Invalid input: input `dry-run` must be `true` or `false`'),
    )
    expect(() => parseSettings(inputs({ 'on-validation-failure': 'ignore' }))).toThrow(
      /input `on-validation-failure` must be one of draft, fail, no-pr/,
    )
    expect(() => parseSettings(inputs({ 'max-turns': '0' }))).toThrow(/input `max-turns` must be at least 1/)
    expect(() => parseSettings(inputs({ 'max-cost-usd': 'lots' }))).toThrow(
      /input `max-cost-usd` must be a number/,
    )
    expect(() => parseSettings(inputs({ 'max-turns': '0x10' }))).toThrow(
      /input `max-turns` must be a whole number/,
    )
    expect(() => parseSettings(inputs({ 'repair-rounds': '' }))).toThrow(
      /input `repair-rounds` must be a whole number/,
    )
    expect(() => parseSettings(inputs({ 'jira-url': 'acme' }))).toThrow(/input `jira-url` must be a URL/)
  })

  it('reports every bad input at once', () => {
    expect(() => parseSettings(inputs({ lint: 'maybe', 'repair-rounds': '-1' }))).toThrow(
      /`lint` must be `auto`, `true` or `false`; input `repair-rounds` must be at least 0/,
    )
  })

  it('leaves the ticket to the event when the input is empty, and checks the mode', () => {
    expect(parseSettings(inputs({ ticket: '  ' })).ticket.key).toBe('')
    expect(() => parseSettings(inputs({ mode: 'nightly' }))).toThrow(
      /input `mode` must be one of run, plan-backlog, backlog/,
    )
  })

  it('reads trigger settings: logins are lists, case-insensitive', () => {
    const settings = parseSettings(inputs({ 'allowed-users': 'Ana-Data, bob\ncarol', 'allowed-bots': '' }))
    expect(settings.triggers).toMatchObject({
      label: 'autopilot',
      phrase: '/autopilot',
      allowedUsers: ['ana-data', 'bob', 'carol'],
      allowedBots: [],
      replyToUnauthorized: true,
    })
  })

  it('rejects unknown inputs', () => {
    expect(() => parseSettings(inputs({ 'max-dollars': '3' }))).toThrow(/unknown input\(s\) `max-dollars`/)
  })

  it('merges model prices over the built-in table and rejects malformed ones', () => {
    const custom = parseSettings(
      inputs({
        'model-prices': '{"my-model": {"input": 1, "output": 2, "cacheWrite": 1.25, "cacheRead": 0.1}}',
      }),
    )
    expect(custom.anthropic.prices['my-model']).toEqual({
      input: 1,
      output: 2,
      cacheWrite: 1.25,
      cacheRead: 0.1,
    })
    expect(custom.anthropic.prices['claude-sonnet-5-5']).toEqual(DEFAULT_PRICES['claude-sonnet-5-5'])
    expect(() => parseSettings(inputs({ 'model-prices': '{oops' }))).toThrow(
      /`model-prices` must be a JSON object/,
    )
    expect(() => parseSettings(inputs({ 'model-prices': '{"m": {"input": 1}}' }))).toThrow(
      /`model-prices` must map/,
    )
  })

  it('reads layers as a YAML list and says what shape is expected when it is not one', () => {
    const settings = parseSettings(
      inputs({ layers: '- {name: gold, paths: [models/marts/**]}\n- name: bronze\n  tags: [raw]\n' }),
    )
    expect(settings.layers).toEqual([
      { layer: 'gold', paths: ['models/marts/**'], tags: undefined },
      { layer: 'bronze', paths: undefined, tags: ['raw'] },
    ])
    expect(parseSettings(inputs({})).layers).toBeUndefined()
    expect(() => parseSettings(inputs({ layers: 'gold: models/marts' }))).toThrow(
      /input `layers` must be a YAML list of \{name, paths, tags\}/,
    )
    expect(() => parseSettings(inputs({ layers: '- {name: gold}' }))).toThrow(/needs at least one of `paths`/)
    expect(() => parseSettings(inputs({ layers: '- [unclosed' }))).toThrow(/input `layers` is not YAML/)
  })

  it('takes the production manifest artifact only with the workflow that uploads it', () => {
    expect(
      parseSettings(inputs({ 'state-artifact': 'dbt-manifest', 'state-workflow': 'deploy.yml' })).dbt
        .stateArtifact,
    ).toEqual({ name: 'dbt-manifest', workflow: 'deploy.yml' })
    expect(() => parseSettings(inputs({ 'state-artifact': 'dbt-manifest' }))).toThrow(
      /`state-artifact` and `state-workflow` go together/,
    )
    expect(parseSettings(inputs({ 'on-breaking-change': 'new-version' })).onBreakingChange).toBe(
      'new-version',
    )
    expect(parseSettings(inputs({ mode: 'detect-schema-drift', ticket: '' })).mode).toBe(
      'detect-schema-drift',
    )
  })

  it('commits through the GitHub API only when `commit-signing` is true', () => {
    const base = { ...defaultInputs(), ticket: 'DATA-1' }
    expect(parseSettings(base).commitSigning).toBe(false)
    expect(parseSettings({ ...base, 'commit-signing': 'true' }).commitSigning).toBe(true)
  })

  it('reads the commit author as a git identity, and leaves it unset by default', () => {
    const base = { ...defaultInputs(), ticket: 'DATA-1' }
    expect(parseSettings(base).commitAuthor).toBeUndefined()
    expect(parseSettings({ ...base, 'commit-author': ' Data Bot <data-bot@acme.io> ' }).commitAuthor).toEqual(
      {
        name: 'Data Bot',
        email: 'data-bot@acme.io',
      },
    )
  })

  it('takes `defer-target` as a second way to defer, never with a manifest or as the target builds go to', () => {
    expect(parseSettings(inputs({ 'defer-target': 'prod', 'dbt-target': 'ci' })).dbt).toMatchObject({
      deferTarget: 'prod',
      target: 'ci',
    })
    expect(parseSettings(inputs({})).dbt.deferTarget).toBeUndefined()
    expect(() =>
      parseSettings(inputs({ 'defer-target': 'prod', 'state-manifest': 'prod/manifest.json' })),
    ).toThrow(/`state-manifest` and `defer-target` are two ways to defer/)
    expect(() => parseSettings(inputs({ 'defer-target': 'prod', 'dbt-target': 'prod' }))).toThrow(
      /name the production target, so the change is never built over production's relations/,
    )
  })

  it('takes `progress-comment: github` or `gitlab` only on that code host', () => {
    const onGitLab = { 'code-host': 'gitlab', 'gitlab-project': 'data/analytics' }
    expect(parseSettings(inputs({ ...onGitLab, 'progress-comment': 'gitlab' })).progressComment).toBe(
      'gitlab',
    )
    expect(parseSettings(inputs({ 'progress-comment': 'github' })).progressComment).toBe('github')
    expect(() => parseSettings(inputs({ ...onGitLab, 'progress-comment': 'github' }))).toThrow(
      /Input `progress-comment` is `github`, but the merge request is on GitLab: use `gitlab`/,
    )
    expect(() => parseSettings(inputs({ 'progress-comment': 'gitlab' }), 'terminal')).toThrow(
      /`--progress-comment` is `gitlab`, but the run is not on GitLab: set `--code-host gitlab`/,
    )
    expect(() => parseSettings(inputs({ 'progress-comment': 'gitlab-issue' }))).toThrow(
      /must be one of auto, github, gitlab, jira, none/,
    )
  })

  it('needs the email with a Jira API token', () => {
    expect(() => parseSettings(inputs({ 'jira-api-token': 'secret' }))).toThrow(/`jira-email` is required/)
  })

  it('keeps secrets out of the redacted view', () => {
    const settings = parseSettings(
      inputs({
        'jira-email': 'a@b.c',
        'jira-api-token': 'jira-secret',
        'anthropic-api-key': 'sk-ant-xyz',
        'github-token': 'ghs_abc',
      }),
    )
    const text = JSON.stringify(redactSettings(settings))
    expect(text).not.toMatch(/jira-secret|sk-ant-xyz|ghs_abc/)
    expect(redactSettings(settings)).toMatchObject({ githubToken: true, anthropic: { apiKey: true } })
  })
})
