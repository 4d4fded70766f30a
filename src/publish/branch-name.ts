const MAX_KEY_LENGTH = 100

/**
 * The one branch a ticket's work lives on, so reruns update the same pull request:
 * with prefix `autopilot/`: `DATA-123` → `autopilot/DATA-123`, `#42` → `autopilot/issue-42`, any other key is reduced to
 * `[A-Za-z0-9._-]` with no `..`, no leading dot or dash and no trailing `.lock`.
 */
export function branchName(prefix: string, ticketKey: string): string {
  const issue = /^#(\d+)$/.exec(ticketKey.trim())
  const key = issue ? `issue-${issue[1]}` : sanitizeKey(ticketKey)
  if (!key) {
    throw new Error(
      `Ticket key "${ticketKey}" has no characters usable in a branch name: use a key with letters or digits.`,
    )
  }
  return `${sanitizePrefix(prefix)}${key}`
}

function sanitizeKey(key: string): string {
  let name = key
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_KEY_LENGTH)
  // Strip edge characters git refuses (leading `.`/`-`, trailing `.`) and `.lock`, until stable.
  for (let previous = ''; previous !== name;) {
    previous = name
    name = name
      .replace(/^[.-]+/, '')
      .replace(/\.lock$/i, '')
      .replace(/[.-]+$/, '')
  }
  return name
}

/** `a/b/` adds directories; a last piece without a slash (`autopilot-`) is glued to the key as given. */
function sanitizePrefix(prefix: string): string {
  const pieces = prefix.trim().split('/')
  const glued = (pieces.pop() ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '')
  const directories = pieces.map((piece) => sanitizeKey(piece)).filter((piece) => piece.length > 0)
  return directories.map((directory) => `${directory}/`).join('') + glued
}
