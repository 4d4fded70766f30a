import type { Notification } from '../../src/notify/notification.js'

/** A pull request notification whose ticket title is hostile markup for every far end. */
export function hostileNotification(
  title = 'Fix <!channel> & *bold* [x](https://evil.test) _it_',
): Notification {
  return {
    event: 'pr',
    tone: 'good',
    title: 'DATA-123: pull request #7 opened, awaiting review',
    text: title,
    fields: [
      { label: 'Pull request', value: '#7', link: 'https://github.com/acme/analytics/pull/7' },
      { label: 'State', value: 'Ready for review' },
      { label: 'Ticket', value: 'DATA-123 <@U123>', link: 'https://acme.atlassian.net/browse/DATA-123' },
    ],
    action: { label: 'Review the pull request', url: 'https://github.com/acme/analytics/pull/7' },
    footer: {
      text: 'dbt Autopilot',
      link: { label: 'workflow run', url: 'https://github.com/acme/analytics/actions/runs/1' },
    },
  }
}
