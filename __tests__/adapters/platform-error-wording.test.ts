import { describe, expect, it } from '@jest/globals'
import { bedrockModel, explainBedrockError } from '../../src/adapters/bedrock/bedrock-model.js'
import { explainVertexError } from '../../src/adapters/vertex/vertex-model.js'
import type { ModelRequest } from '../../src/agent/language-model.js'

// The platforms' advice names inputs as the reader set them: `with:` keys in a workflow, flags and
// environment variables on the CLI.

const request: ModelRequest = {
  system: 'You edit dbt projects.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
  tools: [],
  maxTokens: 100,
  timeoutMs: 1_000,
}
const bedrockWhere = { model: 'global.anthropic.claude-sonnet-5-5', region: 'eu-central-1' }
const vertexWhere = { model: 'claude-sonnet-5-5', region: 'us-east5', project: 'analytics-prod' }
const profile = "Invocation of model ID x with on-demand throughput isn't supported."

describe('cloud platform errors in the words of their surface', () => {
  it('names `with:` inputs in a workflow', () => {
    const bedrock = explainBedrockError(400, profile, 'ValidationException', bedrockWhere)
    expect(bedrock.advice).toMatch(/set input `model` to our name/)
    const unknown = explainBedrockError(404, 'nope', 'ResourceNotFoundException', bedrockWhere)
    expect(unknown.advice).toMatch(/check input `model` and input `aws-region`/)
    const quota = explainVertexError(429, 'Quota exceeded', 'RESOURCE_EXHAUSTED', vertexWhere)
    expect(quota.advice).toMatch(/use `with: vertex-region: global`/)
    const refused = explainVertexError(400, 'bad', 'INVALID_ARGUMENT', vertexWhere)
    expect(refused.advice).toMatch(/check input `model`, input `vertex-region` and input `vertex-project-id`/)
  })

  it('names flags on the CLI, and no `with:` input', () => {
    const cli = { surface: 'terminal' } as const
    const advice = [
      explainBedrockError(400, profile, 'ValidationException', { ...bedrockWhere, ...cli }).advice,
      explainBedrockError(404, 'nope', 'ResourceNotFoundException', { ...bedrockWhere, ...cli }).advice,
      explainBedrockError(504, 'slow', 'ModelTimeoutException', { ...bedrockWhere, ...cli }).advice,
      explainVertexError(429, 'Quota exceeded', 'RESOURCE_EXHAUSTED', { ...vertexWhere, ...cli }).advice,
      explainVertexError(400, 'bad', 'INVALID_ARGUMENT', { ...vertexWhere, ...cli }).advice,
      explainVertexError(404, 'Publisher Model not found', 'NOT_FOUND', { ...vertexWhere, ...cli }).advice,
    ]
    expect(advice[0]).toMatch(/set `--model` to our name/)
    expect(advice[1]).toMatch(/check `--model` and `--aws-region`/)
    expect(advice[2]).toMatch(/raise `--max-minutes`/)
    expect(advice[3]).toMatch(/use `--vertex-region global`/)
    expect(advice[4]).toMatch(/check `--model`, `--vertex-region` and `--vertex-project-id`/)
    expect(advice[5]).toMatch(/with `--vertex-region`.*check `--model`/)
    for (const text of advice) expect(text).not.toMatch(/\binputs? `|with: /)
  })

  it('asks for a region by the flag on the CLI and by the input in a workflow', async () => {
    const action = bedrockModel({ model: 'claude-sonnet-5-5', env: {} })
    await expect(action.complete(request)).rejects.toThrow(/set `with: aws-region: us-east-1`/)
    const cli = bedrockModel({ model: 'claude-sonnet-5-5', env: {}, surface: 'terminal' })
    await expect(cli.complete(request)).rejects.toThrow(/set `--aws-region us-east-1`, or AWS_REGION/)
  })
})
