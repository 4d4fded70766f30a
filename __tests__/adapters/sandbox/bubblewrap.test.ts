import { describe, expect, it } from '@jest/globals'
import { bubblewrapArgs } from '../../../src/adapters/sandbox/bubblewrap.js'
import type { SandboxSpec } from '../../../src/adapters/sandbox/sandbox-spec.js'

const spec = (writable: string[]): SandboxSpec => ({
  readOnly: [],
  hidden: [],
  writable,
  env: {},
  network: true,
})

/** The folders bound writable, in order. */
function binds(argv: string[]): string[] {
  return argv.flatMap((arg, i) => (arg === '--bind' ? [argv[i + 1] as string] : []))
}

describe('bubblewrapArgs', () => {
  it('binds a folder inside another writable folder only through the outer one, so dbt deps can empty it', () => {
    // `dbt deps`: the project is writable, and so (for every other dbt command) are its target and packages.
    const argv = bubblewrapArgs(
      spec(['/repo/shop/target', '/work/run', '/repo/shop/dbt_packages', '/repo/shop', '/work/run/']),
      'dbt',
      ['deps'],
      '/repo/shop',
    )
    expect(binds(argv)).toEqual(['/work/run', '/repo/shop'])
  })

  it('keeps sibling folders that only share a prefix', () => {
    const argv = bubblewrapArgs(spec(['/repo/shop', '/repo/shop-target']), 'dbt', ['build'], '/repo/shop')
    expect(binds(argv)).toEqual(['/repo/shop', '/repo/shop-target'])
  })
})
