import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { assessImpact } from '../../src/impact/assess-impact.js'
import { loadManifestGraph, type ManifestGraph } from '../../src/project/graph.js'
import { projectLayers } from '../../src/project/layers.js'
import { parseSettings, defaultInputs } from '../../src/config/settings.js'
import { parseShop, replaceIn, type ParsedShop } from '../context/shop-manifest.js'

// The `layers` input decides how severe a contract break on an unversioned, non-public model is: the
// shop's `orders` mart is breaking in the default marts layer and a warning when the team calls it silver.

describe('layers from the input, the policy or the convention', () => {
  let base: ParsedShop
  let renamed: ParsedShop
  let baseGraph: ManifestGraph
  let renamedGraph: ManifestGraph

  beforeAll(async () => {
    ;[base, renamed] = await Promise.all([
      parseShop(),
      parseShop(async (dir) => {
        await replaceIn(dir, 'models/marts/orders.sql', 'as is_paid', 'as is_fully_paid')
        await replaceIn(dir, 'models/marts/_marts.yml', '- name: is_paid', '- name: is_fully_paid')
      }),
    ])
    baseGraph = loadManifestGraph(base.manifestText, base.manifestPath)
    renamedGraph = loadManifestGraph(renamed.manifestText, renamed.manifestPath)
  }, 240_000)
  afterAll(() => Promise.all([base.cleanup(), renamed.cleanup()]))

  const severity = async (layers: ReturnType<typeof projectLayers>) =>
    assessImpact(baseGraph, renamedGraph, { layers })?.findings.map((f) => [f.rule, f.severity])

  it('reports the renamed contracted column as breaking in the default marts layer', async () => {
    expect(await severity(projectLayers(undefined, undefined))).toContainEqual(['column-removed', 'breaking'])
  })

  it('follows the layers input: the same change in a silver layer is a warning', async () => {
    const settings = parseSettings({
      ...defaultInputs(),
      layers: '- {name: bronze, paths: [models/staging/**]}\n- {name: silver, paths: [models/marts/**]}',
    })
    expect(await severity(projectLayers(undefined, settings.layers))).toContainEqual([
      'column-removed',
      'warning',
    ])
  })

  it("lets the policy's layers win over the input", async () => {
    const settings = parseSettings({
      ...defaultInputs(),
      layers: '- {name: silver, paths: [models/marts/**]}',
    })
    const layers = projectLayers([{ name: 'gold', paths: ['models/marts/**'] }], settings.layers)
    expect(await severity(layers)).toContainEqual(['column-removed', 'breaking'])
  })
})
