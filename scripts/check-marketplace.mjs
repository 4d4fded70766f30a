// Checks what GitHub Marketplace requires of action.yml before a release can be listed: at the repository
// root, a name, a description, `runs` on a supported Node, and branding whose icon is one of Feather 4.28's
// (less the ones GitHub omits) and whose color is one of the nine GitHub offers. The listing itself is a box
// ticked on the release page, once, by a maintainer who accepted the Marketplace agreement.
// It also checks that the docs' `uses:` lines name this repository at the package version's major tag.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { execFileSync } from 'node:child_process'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const FEATHER = Object.keys(require('feather-icons/dist/icons.json'))
// https://docs.github.com/actions/reference/metadata-syntax-for-github-actions#brandingicon
const OMITTED = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon',
]
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
const RUNTIMES = ['node20', 'node24']

const problems = []
const action = parse(readFileSync('action.yml', 'utf8'))
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

if (typeof action.name !== 'string' || !action.name.trim())
  problems.push('action.yml needs a `name` (unique on the Marketplace)')
if (typeof action.description !== 'string' || !action.description.trim())
  problems.push('action.yml needs a `description`')
else if (action.description.length > 125)
  problems.push(`the description is ${action.description.length} characters; the Marketplace shows 125`)
if (!RUNTIMES.includes(action.runs?.using))
  problems.push(`runs.using is ${action.runs?.using}; use one of ${RUNTIMES.join(', ')}`)
const icon = action.branding?.icon
if (!FEATHER.includes(icon) || OMITTED.includes(icon))
  problems.push(
    `branding.icon "${icon}" is not an icon the Marketplace offers (Feather 4.28 less ${OMITTED.join(', ')})`,
  )
const color = action.branding?.color
if (!COLORS.includes(color)) problems.push(`branding.color "${color}" is not one of ${COLORS.join(', ')}`)

const slug = /github:([\w.-]+\/[\w.-]+)$/.exec(pkg.repository ?? '')?.[1]
if (!slug) problems.push('package.json needs "repository": "github:<owner>/<name>"')
else {
  const major = Number(pkg.version.split('.')[0])
  const files = execFileSync('git', ['ls-files', '*.md', '*.yml', '*.yaml'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  const pattern = new RegExp(
    `${slug.replace(/[.]/g, '\\.')}(?:/\\.github/workflows/[\\w.-]+)?@v(\\d+)\\b`,
    'g',
  )
  let uses = 0
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      uses += 1
      if (Number(match[1]) !== major)
        problems.push(`${file}: ${match[0]} should be @v${major} (package.json is ${pkg.version})`)
    }
  }
  if (!readFileSync('README.md', 'utf8').includes(`uses: ${slug}@v${major}`))
    problems.push(`README.md has no \`uses: ${slug}@v${major}\` line`)
  if (problems.length === 0)
    console.log(`check-marketplace: action.yml is listable; ${uses} uses: lines name ${slug}@v${major}`)
}

if (problems.length) {
  for (const problem of problems) console.error(`check-marketplace: ${problem}`)
  process.exit(1)
}
