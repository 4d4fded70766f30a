import { describe, expect, it } from '@jest/globals'
import { createRedactor, redactDeep, redactedErrorMessage } from '../../src/shared/redact.js'
import { encodedSamples } from './encoded-secrets.js'

// Built at runtime so no token-shaped literal sits in the repository.
const fake = (prefix: string, length = 36) =>
  `${prefix}${'aB3x'.repeat(Math.ceil(length / 4)).slice(0, length)}`

describe('createRedactor', () => {
  const redact = createRedactor([])

  it.each([
    ['classic PAT', fake('ghp_')],
    ['OAuth token', fake('gho_')],
    ['installation token', fake('ghs_')],
    ['fine-grained PAT', fake('github_pat_', 60)],
    ['Anthropic key', fake('sk-ant-api03-', 40)],
    ['Slack bot token', `xoxb-1234567890-${fake('', 24)}`],
    ['Slack app token', `xoxa-${fake('', 24)}`],
    ['Slack user token', `xoxp-${fake('', 24)}`],
  ])('replaces a %s found in text', (_name, token) => {
    const out = redact(`push failed with token ${token} (see log)`)
    expect(out).toBe('push failed with token *** (see log)')
  })

  it('keeps the header name and scheme but hides the credential', () => {
    expect(redact('Authorization: Bearer abc.def.ghi')).toBe('Authorization: Bearer ***')
    expect(redact('authorization: basic dXNlcjpwYXNz\nnext')).toBe('authorization: basic ***\nnext')
    expect(redact('{"Authorization":"Bearer abc123"}')).toBe('{"Authorization":"Bearer ***"}')
  })

  it('hides credentials embedded in git remote URLs', () => {
    expect(redact('fatal: https://x-access-token:s3cr3tvalue@github.com/acme/shop.git')).toBe(
      'fatal: https://x-access-token:***@github.com/acme/shop.git',
    )
    expect(redact('https://bob:hunter22@example.com/x')).toBe('https://bob:***@example.com/x')
  })

  it('replaces registered secrets, including their JSON- and URL-encoded forms', () => {
    const secret = 'pa$s "word"/1'
    const redactSecret = createRedactor([secret])
    expect(redactSecret(`token=${secret}.`)).toBe('token=***.')
    expect(redactSecret(JSON.stringify({ token: secret }))).toBe('{"token":"***"}')
    expect(redactSecret(`?t=${encodeURIComponent(secret)}`)).toBe('?t=***')
  })

  it('finds registered secrets base64-encoded at any alignment, as base64url, hex, percent-encoded, reversed', () => {
    const secret = 'run-secret-Qx7!/value 42'
    const redactSecret = createRedactor([secret])
    for (const sample of encodedSamples(secret)) {
      expect([sample.name, sample.decode(sample.text).includes(secret)]).toEqual([sample.name, true])
      expect([sample.name, sample.decode(redactSecret(sample.text)).includes(secret)]).toEqual([
        sample.name,
        false,
      ])
    }
  })

  it('ignores empty and too-short secrets so ordinary words survive', () => {
    const redactShort = createRedactor(['', '   ', 'abc', undefined, 'longer-secret'])
    expect(redactShort('abc is fine, longer-secret is not')).toBe('abc is fine, *** is not')
  })

  it('replaces a secret that contains another one whole', () => {
    const redactBoth = createRedactor(['secret', 'secret-and-more'])
    expect(redactBoth('x secret-and-more y secret')).toBe('x *** y ***')
  })
})

describe('redactDeep', () => {
  it('redacts strings at any depth, in arrays and keys, and leaves other values alone', () => {
    const redact = createRedactor(['jira-token-value'])
    const token = fake('ghs_')
    const value = {
      settings: { jira: { url: 'https://acme.atlassian.net', apiToken: true }, retries: 3 },
      toolCalls: [{ input: { content: `curl -H "Authorization: Bearer ${token}"` } }],
      nested: [[{ note: 'used jira-token-value' }], null],
      ['jira-token-value']: 'key',
    }
    const out = redactDeep(value, redact)
    expect(JSON.stringify(out)).not.toContain('jira-token-value')
    expect(JSON.stringify(out)).not.toContain(token)
    expect(out.settings).toEqual({ jira: { url: 'https://acme.atlassian.net', apiToken: true }, retries: 3 })
    expect(out.nested).toEqual([[{ note: 'used ***' }], null])
    expect(out.toolCalls[0]?.input.content).toBe('curl -H "Authorization: Bearer ***"')
    // the original is untouched
    expect(value.nested[0]).toEqual([{ note: 'used jira-token-value' }])
  })

  it('redacts error messages', () => {
    const redact = createRedactor(['hunter2-secret'])
    expect(redactedErrorMessage(new Error('login failed for hunter2-secret'), redact)).toBe(
      'login failed for ***',
    )
    expect(redactedErrorMessage('plain hunter2-secret', redact)).toBe('plain ***')
  })
})
