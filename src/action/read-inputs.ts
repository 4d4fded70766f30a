import * as core from '@actions/core'
import { INPUTS } from '../config/inputs.js'
import { withCloudSecrets } from '../config/cloud-secrets.js'
import { parseSettings, type Settings } from '../config/settings.js'

/** The only place that calls `core.getInput`. Secrets are masked before anything else sees them. */
export function readActionSettings(): Settings {
  const raw: Record<string, string> = {}
  for (const input of INPUTS) {
    const value = core.getInput(input.name)
    if (input.secret && value) core.setSecret(value)
    raw[input.name] = value
  }
  const settings = withCloudSecrets(parseSettings(raw), process.env)
  for (const secret of settings.cloudSecrets ?? []) core.setSecret(secret)
  return settings
}
