import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { lintablePaths, readDbtProject } from '../../src/project/dbt-project.js'
import { DbtError } from '../../src/adapters/dbt/dbt-error.js'
import { shopProjectDir } from '../fakes/shop-copy.js'

async function projectWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-project-'))
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  return dir
}

describe('readDbtProject', () => {
  it('reads the example project with its paths and no packages', async () => {
    const project = await readDbtProject(shopProjectDir)
    expect(project).toMatchObject({
      name: 'shop',
      profile: 'shop',
      modelPaths: ['models'],
      targetDir: path.join(shopProjectDir, 'target'),
      declaresPackages: false,
    })
    expect(lintablePaths(project)).toEqual(['models', 'macros', 'tests', 'snapshots', 'analyses'])
  })

  it('fills dbt defaults and resolves a custom target path', async () => {
    const dir = await projectWith({
      'dbt_project.yml': 'name: acme\ntarget-path: build/dbt\nmodel-paths: [transform]\n',
    })
    const project = await readDbtProject(dir)
    expect(project.modelPaths).toEqual(['transform'])
    expect(project.macroPaths).toEqual(['macros'])
    expect(project.targetDir).toBe(path.join(dir, 'build', 'dbt'))
  })

  it('detects declared packages in packages.yml or dependencies.yml, ignoring empty lists', async () => {
    const base = 'name: acme\n'
    expect(
      (
        await readDbtProject(
          await projectWith({
            'dbt_project.yml': base,
            'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n',
          }),
        )
      ).declaresPackages,
    ).toBe(true)
    expect(
      (
        await readDbtProject(
          await projectWith({
            'dbt_project.yml': base,
            'dependencies.yml': 'packages:\n  - local: ../shared\n',
          }),
        )
      ).declaresPackages,
    ).toBe(true)
    expect(
      (await readDbtProject(await projectWith({ 'dbt_project.yml': base, 'packages.yml': 'packages: []\n' })))
        .declaresPackages,
    ).toBe(false)
  })

  it('tells the user which input to set when there is no dbt_project.yml', async () => {
    const dir = await projectWith({})
    const failure = readDbtProject(dir)
    await expect(failure).rejects.toThrow(DbtError)
    await expect(failure).rejects.toThrow(
      `No dbt_project.yml in ${dir}: set input \`project-dir\` to the folder of your dbt project`,
    )
  })

  it('says what is wrong with an invalid project file', async () => {
    await expect(readDbtProject(await projectWith({ 'dbt_project.yml': 'version: 2\n' }))).rejects.toThrow(
      /not a valid dbt project file.*name/s,
    )
    await expect(
      readDbtProject(await projectWith({ 'dbt_project.yml': 'name: [unclosed\n' })),
    ).rejects.toThrow(/not valid YAML/)
  })
})
