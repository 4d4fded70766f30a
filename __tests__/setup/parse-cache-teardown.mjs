// Global teardown of the integration project: removes the folder parse-cache-setup.mjs made.
import { rm } from 'node:fs/promises'

export default async function teardown() {
  const dir = process.env.AUTOPILOT_TEST_PARSE_CACHE
  if (dir) await rm(dir, { recursive: true, force: true })
}
