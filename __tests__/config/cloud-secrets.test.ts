import { describe, expect, it } from '@jest/globals'
import { cloudSecretsFromEnvironment } from '../../src/config/cloud-secrets.js'
import { defaultInputs, parseSettings, redactSettings, secretsOf } from '../../src/config/settings.js'

describe('cloud credentials in the environment', () => {
  const env = {
    AWS_SECRET_ACCESS_KEY: 'aws-secret',
    AWS_SESSION_TOKEN: 'aws-session',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request',
    AWS_REGION: 'us-east-1',
    GOOGLE_CLOUD_PROJECT: 'analytics-prod',
  }

  it('are the secrets among the variables, not the region or the project', () => {
    expect(cloudSecretsFromEnvironment(env).sort()).toEqual(['aws-secret', 'aws-session', 'oidc-request'])
  })

  it('reach the redactor through the settings and stay out of the audit bundle’s settings', () => {
    const settings = {
      ...parseSettings({ ...defaultInputs(), ticket: 'DATA-1' }),
      cloudSecrets: cloudSecretsFromEnvironment(env),
    }
    expect(secretsOf(settings)).toEqual(expect.arrayContaining(['aws-secret', 'aws-session', 'oidc-request']))
    expect(JSON.stringify(redactSettings(settings))).not.toMatch(/aws-secret|aws-session|oidc-request/)
    expect(redactSettings(settings)['cloudSecrets']).toBe(3)
  })
})
