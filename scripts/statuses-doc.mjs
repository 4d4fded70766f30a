// Writes docs/statuses.md from the status catalog (src/shared/statuses.ts); a test fails when they differ.
import './ts-imports.mjs'
import { writeFile } from 'node:fs/promises'

const { statusesDoc } = await import('../src/shared/statuses.ts')
await writeFile(new URL('../docs/statuses.md', import.meta.url), statusesDoc())
