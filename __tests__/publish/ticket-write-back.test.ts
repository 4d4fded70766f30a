import { describe, expect, it } from '@jest/globals'
import { chooseTransition, remoteLinkBody } from '../../src/publish/ticket-write-back.js'

const offered = [
  { id: '11', name: 'Start Progress', to: 'In Progress' },
  { id: '21', name: 'Send to review', to: 'In Review' },
  { id: '31', name: 'In  review', to: 'Peer Review' },
]

describe('chooseTransition', () => {
  it('prefers a transition of that name, then one leading to a status of that name', () => {
    expect(chooseTransition(offered, 'in review', 'Open')).toMatchObject({ id: '31' })
    expect(chooseTransition(offered.slice(0, 2), 'In Review', 'Open')).toMatchObject({ id: '21' })
  })

  it('leaves a ticket already in that status, and lists what is on offer when nothing matches', () => {
    expect(chooseTransition(offered, 'In Review', 'in review')).toEqual({
      kind: 'already',
      status: 'in review',
    })
    expect(chooseTransition(offered, 'QA', 'Open')).toEqual({
      kind: 'missing',
      available: ['Start Progress → In Progress', 'Send to review → In Review', 'In  review → Peer Review'],
    })
  })
})

describe('remoteLinkBody', () => {
  const base = { number: 7, title: 'Net revenue', globalId: 'dbt-autopilot:x:autopilot/OPS-7', draft: true }
  it('links a GitHub pull request as GitHub', () => {
    expect(remoteLinkBody({ ...base, url: 'https://github.com/acme/analytics/pull/7' })).toMatchObject({
      globalId: base.globalId,
      application: { type: 'com.github', name: 'GitHub' },
      object: { title: 'PR #7: Net revenue', summary: 'Draft pull request opened by Autopilot' },
    })
  })

  it('links a GitLab merge request as GitLab, with its own instance icon', () => {
    expect(
      remoteLinkBody({
        ...base,
        draft: false,
        url: 'https://gitlab.acme.com/data/analytics/-/merge_requests/7',
      }),
    ).toMatchObject({
      application: { type: 'com.gitlab', name: 'GitLab' },
      object: {
        title: 'MR !7: Net revenue',
        summary: 'Merge request opened by Autopilot',
        icon: { url16x16: 'https://gitlab.acme.com/favicon.ico' },
      },
    })
  })
})
