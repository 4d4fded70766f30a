import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { DbtInvocation } from '../../src/adapters/dbt/dbt-cli.js'
import { readDbtProject } from '../../src/project/dbt-project.js'
import { depsFailure, packagesToInstall } from '../../src/validate/package-install.js'

let dir: string

async function project(files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(dir, 'project-'))
  const projectDir = path.join(root, 'proj')
  const all = { 'proj/dbt_project.yml': "name: proj\nversion: '1.0'\nprofile: proj\n", ...files }
  for (const [file, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
  for (const [link, target] of Object.entries(links)) {
    await mkdir(path.dirname(path.join(root, link)), { recursive: true })
    await symlink(path.join(root, target), path.join(root, link))
  }
  return projectDir
}

const utils = {
  'proj/packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: [">=1.0.0", "<2.0.0"]\n',
  'proj/package-lock.yml':
    'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n    name: dbt_utils\nsha1_hash: abc\n',
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-packages-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('packagesToInstall', () => {
  it('skips dbt deps when every package the lock file pins is installed', async () => {
    const projectDir = await project({
      ...utils,
      'proj/dbt_packages/dbt_utils/dbt_project.yml': "name: dbt_utils\nversion: '0.1.0'\n",
    })
    expect(await packagesToInstall(await readDbtProject(projectDir))).toBeUndefined()
  })

  it('runs it without a lock file, for a package the lock does not pin, or one not installed', async () => {
    const noLock = await project({ 'proj/packages.yml': utils['proj/packages.yml'] })
    expect(await packagesToInstall(await readDbtProject(noLock))).toMatch(/no package-lock\.yml/)

    const unpinned = await project({
      ...utils,
      'proj/dependencies.yml': 'packages:\n  - package: calogica/dbt_expectations\n    version: 0.10.0\n',
      'proj/dbt_packages/dbt_utils/dbt_project.yml': 'name: dbt_utils\n',
    })
    expect(await packagesToInstall(await readDbtProject(unpinned))).toBe(
      'package-lock.yml does not pin `calogica/dbt_expectations`',
    )

    const missing = await project(utils)
    expect(await packagesToInstall(await readDbtProject(missing))).toBe(
      '`dbt-labs/dbt_utils` is not installed in dbt_packages',
    )
  })

  it("accepts a `local:` package only as dbt's link to its folder, in the configured install path", async () => {
    const files = {
      'proj/dbt_project.yml': "name: proj\nversion: '1.0'\nprofile: proj\npackages-install-path: vendor\n",
      'proj/packages.yml': 'packages:\n  - local: ../pkg\n',
      'proj/package-lock.yml': 'packages:\n  - local: ../pkg\n    name: pkg\n',
      'pkg/dbt_project.yml': 'name: pkg\n',
    }
    const linked = await project(files, { 'proj/vendor/pkg': 'pkg' })
    expect(await packagesToInstall(await readDbtProject(linked))).toBeUndefined()

    const copied = await project({ ...files, 'proj/vendor/pkg/dbt_project.yml': 'name: pkg\n' })
    expect(await packagesToInstall(await readDbtProject(copied))).toBe(
      'vendor/pkg is not a link to the local package ../pkg',
    )
  })
})

describe('depsFailure', () => {
  const invocation = (errors: string[]): DbtInvocation => ({
    commandLine: 'dbt deps',
    exitCode: 2,
    timedOut: false,
    errors,
  })

  it('names the unreachable hub and the way out, without the traceback', () => {
    // dbt 1.12's own messages when hub.getdbt.com does not resolve.
    const message = depsFailure(
      invocation([
        "Encountered an error:\nExternal connection exception occurred: HTTPSConnectionPool(host='hub.getdbt.com', port=443): Max retries exceeded with url: /api/v1/index.json",
        'Traceback (most recent call last):\n  File "/venv/lib/python3.11/site-packages/urllib3/connection.py", line 239',
      ]),
    )
    expect(message).toMatch(/the dbt package hub \(hub\.getdbt\.com\) is unreachable from this runner/)
    expect(message).toContain('declare it as a `local:` package')
    expect(message).not.toContain('Traceback')
  })

  it('passes on any other failure with what to fix', () => {
    const message = depsFailure(
      invocation(['Encountered an error:\nPackage dbt-labs/nope was not found in the package index']),
    )
    expect(message).toMatch(/^dbt deps failed: Encountered an error:\nPackage dbt-labs\/nope was not found/)
    expect(message).toContain('Fix packages.yml or dependencies.yml')
  })
})
