import { writeFileSync } from 'node:fs'
import { changedRowsQuery, profileQuery } from '../../src/evidence/profile-sql.js'
import type { EvidenceTarget } from '../../src/evidence/evidence-targets.js'
test('scratch', () => {
  const t: EvidenceTarget = {
    id: 'model.evp.orders', name: 'orders',
    relation: { relationName: '"dev"."main"."orders"', database: 'dev', schema: 'main', identifier: 'orders' },
    base: { kind: 'base-sql', rawCode: "{{ config(materialized='table') }}\nselect id, amount, status, 'x' as gone from {{ ref('raw') }};" },
    hints: ['amount'], notes: [],
  }
  writeFileSync('/tmp/evp/p1.sql', profileQuery(t, 12))
  writeFileSync('/tmp/evp/p2.sql', profileQuery({ ...t, base: { kind: 'production', relationName: '"dev"."main"."raw"', database: 'dev', schema: 'main', identifier: 'raw' } }, 2))
  writeFileSync('/tmp/evp/p3.sql', profileQuery({ ...t, base: { kind: 'production', relationName: '"dev"."main"."nope"', database: 'dev', schema: 'main', identifier: 'nope' } }, 12))
  const col = (n: string) => ({ base: n, new: n, sameType: true })
  writeFileSync('/tmp/evp/s1.sql', changedRowsQuery(t, [col('id')], [col('amount'), col('status')]))
})
