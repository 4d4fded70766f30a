/**
 * The part of a pull request description Autopilot writes, between two hidden markers. A person may write
 * above or below it; a later run replaces only what is between the markers, so their words survive.
 */
export const REGION_START =
  '<!-- autopilot:begin (this part is rewritten by every run; write above or below it) -->'
export const REGION_END = '<!-- autopilot:end -->'

/** GitHub's limit on a pull request body. */
const BODY_LIMIT = 65_536

/** Autopilot's text as the region a new pull request's description holds. */
export function ownedRegion(text: string): string {
  return `${REGION_START}\n${text}\n${REGION_END}`
}

/**
 * The description after a run: `text` in place of the region in `current`, what a person wrote around it
 * kept. A description without the region (written before regions, or a person removed a marker) is replaced
 * whole: there is no telling Autopilot's text from theirs. When the whole would pass GitHub's limit, the
 * person's text is cut, never the region.
 */
export function replaceOwnedRegion(current: string, text: string, limit = BODY_LIMIT): string {
  const region = ownedRegion(text)
  const start = current.indexOf(REGION_START)
  const end = current.indexOf(REGION_END, start)
  if (start < 0 || end < 0) return region
  let before = current.slice(0, start)
  let after = current.slice(end + REGION_END.length)
  const room = limit - region.length
  if (before.length + after.length > room) {
    after = after.slice(0, Math.max(0, room - before.length))
    before = before.slice(0, Math.max(0, room))
  }
  return `${before}${region}${after}`
}
