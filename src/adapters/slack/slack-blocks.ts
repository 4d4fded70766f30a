import type { Notification, NotificationLink } from '../../notify/notification.js'

// Block Kit limits (docs.slack.dev/reference/block-kit/blocks): a header's plain text 150 characters, a
// section's text 3000, each of at most 10 fields 2000, a button's text 75 and its URL 3000.
const HEADER_MAX = 150
const SECTION_MAX = 3000
const FIELD_MAX = 2000
const FIELDS_MAX = 10
const BUTTON_TEXT_MAX = 75
const URL_MAX = 3000

export interface PlainText {
  type: 'plain_text'
  text: string
  emoji?: boolean
}

export interface Mrkdwn {
  type: 'mrkdwn'
  text: string
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text?: Mrkdwn; fields?: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | {
      type: 'actions'
      elements: {
        type: 'button'
        text: PlainText
        url: string
        action_id: string
        style?: 'primary' | 'danger'
      }[]
    }

/** What `chat.postMessage` and an incoming webhook take: blocks, and `text` for the notification itself. */
export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
}

const HEADER_EMOJI: Record<Notification['tone'], string> = {
  good: ':large_green_circle:',
  warning: ':large_yellow_circle:',
  attention: ':red_circle:',
}

/** The three characters Slack reads as control sequences in mrkdwn; `<` opens links and mentions. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The notification as Block Kit: a header, the text, its fields, the rows, the footer and the button. */
export function slackMessage(notification: Notification): SlackMessage {
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: clip(`${HEADER_EMOJI[notification.tone]} ${notification.title}`, HEADER_MAX),
        emoji: true,
      },
    },
    { type: 'section', text: mrkdwn(escapeMrkdwn(notification.text), SECTION_MAX) },
  ]
  const fields = notification.fields.slice(0, FIELDS_MAX).map((field) => {
    const value = field.link ? link({ label: field.value, url: field.link }) : escapeMrkdwn(field.value)
    return mrkdwn(`*${escapeMrkdwn(field.label)}*\n${value}`, FIELD_MAX)
  })
  if (fields.length > 0) blocks.push({ type: 'section', fields })
  const rows = notification.rows ?? []
  if (rows.length > 0) {
    const lines = rows.map((row) => {
      const key = row.url ? link({ label: row.key, url: row.url }) : `*${escapeMrkdwn(row.key)}*`
      return `• ${key} ${escapeMrkdwn(row.text)}`
    })
    blocks.push({
      type: 'section',
      text: mrkdwn(fitLines(lines, notification.omittedRows ?? 0, SECTION_MAX), SECTION_MAX),
    })
  }
  const footer = notification.footer
  blocks.push({
    type: 'context',
    elements: [
      mrkdwn(
        footer.link ? `${escapeMrkdwn(footer.text)} · ${link(footer.link)}` : escapeMrkdwn(footer.text),
        SECTION_MAX,
      ),
    ],
  })
  const action = notification.action
  if (action && isWebUrl(action.url) && action.url.length <= URL_MAX) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: clip(action.label, BUTTON_TEXT_MAX) },
          url: action.url,
          action_id: 'autopilot-open',
          ...(notification.tone === 'attention' ? {} : { style: 'primary' as const }),
        },
      ],
    })
  }
  // The fallback text shows in the desktop notification and where blocks cannot be shown.
  return { text: clip(escapeMrkdwn(`${notification.title}: ${notification.text}`), SECTION_MAX), blocks }
}

function mrkdwn(text: string, max: number): Mrkdwn {
  return { type: 'mrkdwn', text: clip(text, max) }
}

/** `<url|label>`, for web URLs only; the label is escaped and `|`/`>` cannot end the URL early. */
function link(target: NotificationLink): string {
  if (!isWebUrl(target.url)) return escapeMrkdwn(target.label)
  const url = target.url.replace(/[|<>]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;')
  return `<${url}|${escapeMrkdwn(target.label).replace(/\|/g, '¦')}>`
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url)
}

/** Whole lines up to `max` characters, so a link or an entity is never cut in half; then how many are not shown. */
function fitLines(lines: string[], omitted: number, max: number): string {
  const kept: string[] = []
  let length = 0
  for (const line of lines) {
    if (length + line.length + 1 > max - 40) break
    kept.push(line)
    length += line.length + 1
  }
  const more = omitted + lines.length - kept.length
  return [...kept, ...(more > 0 ? [`…and ${more} more`] : [])].join('\n')
}

/** Cuts at `max` characters, never inside an `&amp;`-style entity. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.replace(/&[a-z]*$/, '')}…`
}
