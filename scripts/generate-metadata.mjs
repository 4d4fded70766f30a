// Writes action.yml and the README's inputs/outputs tables from src/config/inputs.ts (the one source of
// truth; __tests__/metadata.test.ts fails when they drift). Node 24 strips the types of inputs.ts.
import './ts-imports.mjs'
import { readFile, writeFile } from 'node:fs/promises'
import { stringify } from 'yaml'

const { INPUTS, OUTPUTS } = await import('../src/config/inputs.ts')

const action = {
  name: 'dbt Autopilot',
  description:
    'Turn a Jira or GitHub ticket into a validated dbt pull request: Claude edits, dbt and sqlfluff check, a PR opens.',
  author: 'Autopilot',
  branding: { icon: 'git-pull-request', color: 'orange' },
  inputs: Object.fromEntries(
    INPUTS.map((i) => [
      i.name,
      {
        description: i.description,
        required: Boolean(i.required),
        ...(i.default !== undefined ? { default: i.default } : {}),
      },
    ]),
  ),
  outputs: Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }])),
  runs: { using: 'node24', main: 'dist/index.js' },
}
await writeFile(new URL('../action.yml', import.meta.url), stringify(action, { lineWidth: 0 }))

const cell = (text) => text.replaceAll('|', '\\|')
const tables = [
  '| input | default | description |',
  '| --- | --- | --- |',
  ...INPUTS.map(
    (i) =>
      `| \`${i.name}\` | ${i.required ? '**required**' : i.default ? `\`${i.default}\`` : ''} | ${cell(i.description)}${i.secret ? ' Secret: masked in the log.' : ''} |`,
  ),
  '',
  '## Outputs',
  '',
  '| output | description |',
  '| --- | --- |',
  ...OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
].join('\n')
const readmeUrl = new URL('../README.md', import.meta.url)
const readme = await readFile(readmeUrl, 'utf8')
const updated = readme.replace(
  /<!-- metadata:start -->[\s\S]*<!-- metadata:end -->/,
  `<!-- metadata:start -->\n${tables}\n<!-- metadata:end -->`,
)
await writeFile(readmeUrl, updated)
