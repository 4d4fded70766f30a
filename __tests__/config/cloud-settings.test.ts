import { describe, expect, it } from '@jest/globals'
import { UnknownModelPriceError, BudgetTracker } from '../../src/agent/budget.js'
import { BEDROCK_PRICES, DEFAULT_PRICES, VERTEX_PRICES } from '../../src/config/prices.js'
import { bedrockModelId, vertexModelId, vertexPriceKey } from '../../src/config/platform-models.js'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'
import { readRunEnvironment } from '../../src/config/run-environment.js'
import { openAuditStores } from '../../src/run/compose.js'
import { BranchAuditStore, ReleaseAuditStore } from '../../src/adapters/github/audit-fallback.js'

function settings(inputs: Record<string, string>) {
  return parseSettings({ ...defaultInputs(), ticket: 'DATA-1', ...inputs })
}

const budget = { maxTurns: 1, maxInputTokens: 1, maxOutputTokens: 1, maxCostUsd: 1, maxWallMs: 1 }

describe('model-provider inputs', () => {
  it('leave the Claude API settings as they were by default', () => {
    expect(settings({}).anthropic).not.toHaveProperty('provider')
  })

  it('parse Bedrock and Vertex with their region and project', () => {
    expect(settings({ 'model-provider': 'Bedrock', 'aws-region': 'eu-central-1' }).anthropic).toMatchObject({
      provider: 'bedrock',
      awsRegion: 'eu-central-1',
    })
    expect(
      settings({ 'model-provider': 'vertex', 'vertex-project-id': 'analytics-prod' }).anthropic,
    ).toMatchObject({
      provider: 'vertex',
      vertexProjectId: 'analytics-prod',
      vertexRegion: 'global',
    })
  })

  it('refuse what no platform accepts, naming the input', () => {
    expect(() => settings({ 'model-provider': 'azure' })).toThrow(
      /`model-provider` must be one of anthropic, bedrock, vertex/,
    )
    expect(() => settings({ 'model-provider': 'bedrock', 'aws-region': 'Frankfurt' })).toThrow(
      /`aws-region` must be an AWS region such as us-east-1/,
    )
    expect(() => settings({ 'model-provider': 'vertex', 'vertex-region': 'us east' })).toThrow(
      /`vertex-region`/,
    )
  })
})

describe('platform model ids and prices', () => {
  it('map our names to the platforms’ ids and pass their own ids through', () => {
    expect(bedrockModelId('claude-opus-5-5')).toBe('global.anthropic.claude-opus-5-5')
    expect(bedrockModelId('eu.anthropic.claude-sonnet-5-5')).toBe('eu.anthropic.claude-sonnet-5-5')
    expect(vertexModelId('claude-haiku-4-5')).toBe('claude-haiku-4-5@20251001')
    expect(vertexModelId('claude-sonnet-4@20250514')).toBe('claude-sonnet-4@20250514')
  })

  it('price global endpoints at list price and regional ones at the premium', () => {
    expect(BEDROCK_PRICES['global.anthropic.claude-sonnet-5-5']).toEqual(DEFAULT_PRICES['claude-sonnet-5-5'])
    expect(BEDROCK_PRICES['us.anthropic.claude-sonnet-5-5']).toEqual({
      input: 3.3,
      output: 16.5,
      cacheWrite: 4.125,
      cacheRead: 0.33,
    })
    expect(VERTEX_PRICES[vertexPriceKey('claude-opus-5-5', 'global')]).toEqual(
      DEFAULT_PRICES['claude-opus-5-5'],
    )
    expect(VERTEX_PRICES[vertexPriceKey('claude-opus-5-5', 'europe-west1')]!.input).toBe(5.5)
    // Every price the budget can be asked for is in the default table.
    for (const key of [...Object.keys(BEDROCK_PRICES), ...Object.keys(VERTEX_PRICES)])
      expect(() => new BudgetTracker(budget, DEFAULT_PRICES, key)).not.toThrow()
  })

  it('ask for a price for a platform id it does not know', () => {
    expect(
      () =>
        new BudgetTracker(
          budget,
          DEFAULT_PRICES,
          'arn:aws:bedrock:us-east-1:1:application-inference-profile/x',
        ),
    ).toThrow(UnknownModelPriceError)
  })
})

describe('audit-fallback', () => {
  const environment = readRunEnvironment({
    GITHUB_REPOSITORY: 'acme/analytics',
    GITHUB_API_URL: 'https://ghes.acme.internal/api/v3',
    GITHUB_SERVER_URL: 'https://ghes.acme.internal',
  })

  it('opens the fallback the input names, only with a repository and a token', () => {
    const token = { 'github-token': 'ghs_token' }
    expect(openAuditStores(settings(token), environment).fallback).toBeUndefined()
    expect(
      openAuditStores(settings({ ...token, 'audit-fallback': 'branch' }), environment).fallback,
    ).toBeInstanceOf(BranchAuditStore)
    expect(
      openAuditStores(settings({ ...token, 'audit-fallback': 'release' }), environment).fallback,
    ).toBeInstanceOf(ReleaseAuditStore)
    expect(openAuditStores(settings({ 'audit-fallback': 'branch' }), environment).fallback).toBeUndefined()
    expect(() => settings({ 'audit-fallback': 'gist' })).toThrow(
      /`audit-fallback` must be one of branch, release, none/,
    )
  })
})
