/** Events people start from an issue or a comment: the actor must be authorized, the text is untrusted. */
export const UNTRUSTED_EVENTS: ReadonlySet<string> = new Set(['issues', 'issue_comment'])
