// Global setup of the integration project: one folder for the suite's dbt-parsed manifests (see parseShop in
// __tests__/context/shop-manifest.ts), so examples/shop is parsed once per suite, not once per test file.
// Plain JavaScript: Jest loads global setup outside the TypeScript transform.
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export default async function setup() {
  process.env.AUTOPILOT_TEST_PARSE_CACHE = await mkdtemp(path.join(os.tmpdir(), 'autopilot-parse-cache-'))
}
