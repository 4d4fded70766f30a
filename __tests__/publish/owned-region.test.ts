import { describe, expect, it } from '@jest/globals'
import { ownedRegion, REGION_END, REGION_START, replaceOwnedRegion } from '../../src/publish/owned-region.js'

describe('the region of the PR description Autopilot owns', () => {
  it("replaces only its own region: a reviewer's notes above and below survive", () => {
    const current = `Reviewer: please check the join.\n\n${ownedRegion('round 1 body')}\n\nQA: signed off.`
    expect(replaceOwnedRegion(current, 'round 2 body')).toBe(
      `Reviewer: please check the join.\n\n${REGION_START}\nround 2 body\n${REGION_END}\n\nQA: signed off.`,
    )
  })

  it('replaces a description without the region whole (an older PR, or a marker a person removed)', () => {
    expect(replaceOwnedRegion('old body, no markers', 'new')).toBe(ownedRegion('new'))
    expect(replaceOwnedRegion(`${REGION_END} then ${REGION_START}`, 'new')).toBe(ownedRegion('new'))
  })

  it("cuts the person's text, never the region, to stay under GitHub's limit", () => {
    const current = `${'a'.repeat(500)}${ownedRegion('x')}${'b'.repeat(500)}`
    const merged = replaceOwnedRegion(current, 'y'.repeat(100), 400)
    expect(merged.length).toBeLessThanOrEqual(400)
    expect(merged).toContain(ownedRegion('y'.repeat(100)))
  })
})
