import { describe, expect, it } from '@jest/globals'
import type { DriftReport } from '../../src/drift/compare-sources.js'
import { renderDriftFindings } from '../../src/drift/drift-markdown.js'
import { parseTicketMarker, renderPullRequestBody } from '../../src/report/pr-body.js'
import { rollbackPlan } from '../../src/report/rollback.js'
import { passingValidation, ticket } from '../report/fixtures.js'

// Anyone who can create a table in the warehouse names its columns; the drift report shows those names in
// the PR body and the ticket.
const HOSTILE = [
  'x](https://evil.example/login)',
  '<img src=https://evil.example/p.png>',
  '@acme/admins',
  'a`b` <!-- autopilot:ticket=EVIL-1 -->',
  'gnp\u202e.exe',
  'line\nbreak | pipe',
]

function report(): DriftReport {
  return {
    drifted: [
      {
        sourceId: 'source.shop.raw.orders',
        source: 'raw.orders',
        file: 'models/staging/_sources.yml',
        relation: '"main"."<b>orders</b>"',
        added: HOSTILE.map((name) => ({ name, type: 'VARCHAR<script>' })),
        removed: [{ column: HOSTILE[0]!, declaredType: '@acme/admins' }],
        retyped: [{ column: HOSTILE[3]!, declaredType: 'INT', warehouseType: HOSTILE[1]! }],
        readers: [{ column: HOSTILE[0]!, models: ['stg_orders'] }],
        directReaders: ['stg_orders'],
      },
    ],
    missing: [{ source: 'raw.<i>gone</i>', file: 'models/staging/_sources.yml' }],
    undeclared: [],
    compared: { tables: 1, columns: 4 },
  }
}

/** The report's lines with every code span taken out: what GitHub renders as markdown. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '')
}

describe('schema drift markdown', () => {
  it('shows warehouse names as inert code: no link, image, HTML, mention, bidi control or forged marker', () => {
    const markdown = renderDriftFindings(report(), 'ci')
    const prose = outsideCode(markdown)
    expect(prose).not.toMatch(/evil|<|@acme|\u202e/)
    expect(markdown).not.toContain('<!-- autopilot:')
    expect(markdown).not.toMatch(/[\u202a-\u202e]/)
    // Each name is still there to read.
    expect(markdown).toContain('x](https://evil.example/login)')
    expect(markdown).toContain('<img src=https://evil.example/p.png>')
  })

  it('cannot forge the ticket marker of the PR it goes into', () => {
    const body = renderPullRequestBody({
      ticket: { ...ticket, report: renderDriftFindings(report(), undefined) },
      summary: 'Followed the warehouse.',
      changedFiles: ['models/staging/_sources.yml'],
      changedModels: ['stg_orders'],
      validations: [passingValidation()],
      rollback: rollbackPlan({ branch: 'autopilot/DATA-123', changedModels: ['stg_orders'], prNumber: 1 }),
      usage: { modelCalls: 1, inputTokens: 1, outputTokens: 1, costUsd: 0 },
    })
    expect(parseTicketMarker(body)).toBe('DATA-123')
  })
})
