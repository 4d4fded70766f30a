/**
 * The instruction after `phrase` when `body` starts with it (leading whitespace ignored, case-sensitive),
 * or undefined when the comment is not a command. `/autopilotx` is not `/autopilot`.
 */
export function parseTriggerPhrase(body: string, phrase: string): string | undefined {
  const text = body.trimStart()
  if (!text.startsWith(phrase)) return undefined
  const rest = text.slice(phrase.length)
  if (rest !== '' && !/^\s/.test(rest)) return undefined
  return rest.trim()
}
