import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  editablePackages,
  folderHint,
  ownerOf,
  projectFolders,
  readProjectLayout,
} from '../../src/project/project-layout.js'
import { guardConfigForProject } from '../../src/guard/config.js'
import { checkPath } from '../../src/guard/paths.js'

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'autopilot-layout-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), text)
  }
  return root
}

describe('readProjectLayout', () => {
  it("uses dbt's defaults: no analyses unless configured, docs in every resource folder", async () => {
    const root = await tree({ 'dbt_project.yml': 'name: acme\n' })
    const layout = await readProjectLayout(root)
    expect(layout.root).toBe(root)
    expect(layout.project.folders).toEqual({
      models: ['models/'],
      tests: ['tests/'],
      seeds: ['seeds/'],
      macros: ['macros/'],
      snapshots: ['snapshots/'],
      analyses: [],
      docs: ['models/', 'seeds/', 'tests/', 'macros/', 'snapshots/'],
    })
    expect(layout.generated).toEqual(['target/', 'dbt_packages/'])
  })

  it('takes a package developed with an integration-test project as its root (`local: ../`) as editable', async () => {
    const repo = await tree({
      'dbt_project.yml': "name: pkg\nmacro-paths: ['macros', 'shared_macros']\n",
      'integration_tests/dbt_project.yml':
        "name: pkg_integration_tests\nmodel-paths: ['./models/']\npackages-install-path: deps\n",
      'integration_tests/packages.yml': 'packages:\n  - local: ../\n  - package: dbt-labs/dbt_utils\n',
    })
    const layout = await readProjectLayout(path.join(repo, 'integration_tests'), repo)

    expect(layout.root).toBe(repo)
    expect(layout.project).toMatchObject({ name: 'pkg_integration_tests', dir: 'integration_tests/' })
    expect(layout.project.folders.models).toEqual(['integration_tests/models/'])
    expect(layout.localPackages).toEqual([
      expect.objectContaining({
        name: 'pkg',
        dir: '',
        folders: expect.objectContaining({ macros: ['macros/', 'shared_macros/'] }),
      }),
    ])
    expect(layout.generated).toEqual(['integration_tests/target/', 'integration_tests/deps/'])
    expect(editablePackages(layout)).toEqual(
      new Map([
        ['pkg_integration_tests', 'integration_tests/'],
        ['pkg', ''],
      ]),
    )
    expect(ownerOf(layout, 'integration_tests/models/a.sql')).toMatchObject({
      file: 'models/a.sql',
      package: { name: 'pkg_integration_tests' },
    })
    expect(ownerOf(layout, 'macros/m.sql')).toMatchObject({ file: 'macros/m.sql', package: { name: 'pkg' } })

    const guard = guardConfigForProject(projectFolders(layout))
    expect(checkPath('shared_macros/m.sql', guard)).toEqual([])
    expect(checkPath('integration_tests/models/a.sql', guard)).toEqual([])
    expect(checkPath('integration_tests/deps/pkg/macros/m.sql', guard)[0]?.rule).toBe('path-denied')
  })

  it('leaves out a local package outside the repository', async () => {
    const outside = await tree({ 'dbt_project.yml': 'name: elsewhere\n' })
    const repo = await tree({
      'dbt_project.yml': 'name: acme\n',
      'packages.yml': `packages:\n  - local: ${outside}\n`,
    })
    const layout = await readProjectLayout(repo, repo)
    expect(layout.localPackages).toEqual([])
    expect(layout.root).toBe(repo)
  })

  it("names the project's real folder for a file under dbt's default one", async () => {
    const root = await tree({ 'dbt_project.yml': "name: acme\ntest-paths: ['data-tests']\n" })
    const layout = await readProjectLayout(root)
    expect(folderHint(layout, 'tests/x.sql')).toBe(
      "this project's test-paths `data-tests/` (from dbt_project.yml)",
    )
  })
})
