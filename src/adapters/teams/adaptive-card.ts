import type { Notification } from '../../notify/notification.js'

// A Teams message holds at most about 28 KB: the card's text is kept well below it.
const TEXT_MAX = 3000
const ROW_TEXT_MAX = 8000

export type CardElement =
  | {
      type: 'TextBlock'
      text: string
      wrap: true
      size?: 'Small' | 'Medium' | 'Large'
      weight?: 'Bolder'
      color?: 'Good' | 'Warning' | 'Attention'
      isSubtle?: boolean
      spacing?: 'Small' | 'Medium'
    }
  | { type: 'FactSet'; facts: { title: string; value: string }[] }

export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json'
  type: 'AdaptiveCard'
  version: '1.4'
  body: CardElement[]
  actions?: { type: 'Action.OpenUrl'; title: string; url: string }[]
  msteams: { width: 'Full' }
}

/** What a Teams workflow webhook ("When a Teams webhook request is received") takes. */
export interface TeamsMessage {
  type: 'message'
  attachments: {
    contentType: 'application/vnd.microsoft.card.adaptive'
    contentUrl: null
    content: AdaptiveCard
  }[]
}

const COLOR: Record<Notification['tone'], 'Good' | 'Warning' | 'Attention'> = {
  good: 'Good',
  warning: 'Warning',
  attention: 'Attention',
}

/**
 * Plain text for a TextBlock or a fact, whose markdown (a CommonMark subset: bold, italic, lists, links)
 * honours backslash escapes: each character that could start markup is escaped, so the ticket's words
 * stay words. `<` and `>` too, for autolinks and `<at>` mentions.
 */
export function escapeCardText(text: string): string {
  return (
    text
      .replace(/[\\*_[\]<>]/g, '\\$&')
      // A line that starts like a list item would become one.
      .replace(
        /^(\s*)([-+]|\d+\.)(?=\s)/gm,
        (_match, space: string, marker: string) => `${space}${marker.replace(/([-+.])$/, '\\$1')}`,
      )
  )
}

/** The notification as an Adaptive Card 1.4 inside the workflow webhook's message envelope. */
export function teamsMessage(notification: Notification): TeamsMessage {
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: escapeCardText(notification.title),
      wrap: true,
      size: 'Large',
      weight: 'Bolder',
      color: COLOR[notification.tone],
    },
    // A single newline is no break in a TextBlock's markdown: each line is its own paragraph.
    {
      type: 'TextBlock',
      text: clip(escapeCardText(notification.text).split(/\r?\n/).join('\n\n'), TEXT_MAX),
      wrap: true,
    },
  ]
  if (notification.fields.length > 0) {
    body.push({
      type: 'FactSet',
      facts: notification.fields.map((field) => ({
        title: escapeCardText(field.label),
        value: field.link ? cardLink(field.value, field.link) : clip(escapeCardText(field.value), TEXT_MAX),
      })),
    })
  }
  const rows = notification.rows ?? []
  if (rows.length > 0) {
    const lines = rows.map(
      (row) =>
        `- ${row.url ? cardLink(row.key, row.url) : `**${escapeCardText(row.key)}**`} ${escapeCardText(row.text)}`,
    )
    const more = notification.omittedRows ?? 0
    body.push({
      type: 'TextBlock',
      text: clip([...lines, ...(more > 0 ? [`…and ${more} more`] : [])].join('\r'), ROW_TEXT_MAX),
      wrap: true,
    })
  }
  const { footer } = notification
  body.push({
    type: 'TextBlock',
    text: footer.link
      ? `${escapeCardText(footer.text)} · ${cardLink(footer.link.label, footer.link.url)}`
      : escapeCardText(footer.text),
    wrap: true,
    size: 'Small',
    isSubtle: true,
    spacing: 'Medium',
  })
  const action = notification.action
  const card: AdaptiveCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    ...(action && isWebUrl(action.url)
      ? { actions: [{ type: 'Action.OpenUrl' as const, title: action.label, url: action.url }] }
      : {}),
    msteams: { width: 'Full' },
  }
  return {
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  }
}

/** `[label](url)` for web URLs; a space or parenthesis in the URL would end it early. */
function cardLink(label: string, url: string): string {
  if (!isWebUrl(url)) return escapeCardText(label)
  return `[${escapeCardText(label)}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url)
}

/** Cuts at `max` characters, never after a lone backslash (which would escape the ellipsis). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, max - 1).replace(/\\$/, '')}…`
}
