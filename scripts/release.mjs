// Cuts a release in two steps, so the bundle can be rebuilt between them (it carries the version):
//   node scripts/release.mjs prepare <patch|minor|major|X.Y.Z>
//     bumps package.json and the lock file, points every `uses: <repository>@vN` line in the docs and example
//     workflows at the new major, and writes the CHANGELOG.md section from the commits since the last release;
//   node scripts/release.mjs tag
//     commits that as "Release vX.Y.Z", tags vX.Y.Z and moves the major tag vX onto it (pushing is the caller's).
//   node scripts/release.mjs notes [X.Y.Z]    prints a version's changelog section (the GitHub release's notes)
// With no release tag yet, `prepare` releases package.json's version as it is: that is the first release.
// `--github-output <file>` appends version=, major=, tag= for the workflow's later steps.
import { execFileSync } from 'node:child_process'
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import semver from 'semver'

const TAG_PATTERN = 'v[0-9]*.[0-9]*.[0-9]*'
const CHANGELOG = 'CHANGELOG.md'
const CHANGELOG_HEAD =
  '# Changelog\n\nEvery release of the dbt Autopilot Action and the `dbt-autopilot` npm package.\n'
/** Commits that say nothing to a user of the release. */
const NOISE = /^(wip\b|dist rebuilt|prettier$|release v\d)/i

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const fail = (message) => {
  console.error(`release: ${message}`)
  process.exit(1)
}

function readPackage() {
  return JSON.parse(readFileSync('package.json', 'utf8'))
}

/** `autopilot-dev/autopilot` from package.json's repository (a `github:` shorthand or a GitHub URL). */
function repositorySlug(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  const slug = /(?:github:|github\.com[/:])([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url ?? '')?.[1]
  if (!slug)
    fail('package.json needs "repository": "github:<owner>/<name>" (the name users write in `uses:`)')
  return slug
}

function lastReleaseTag() {
  try {
    return git('describe', '--tags', '--abbrev=0', '--match', TAG_PATTERN)
  } catch {
    return undefined
  }
}

function nextVersion(request, pkg, lastTag) {
  if (!lastTag) return pkg.version
  const last = semver.clean(lastTag)
  const next = ['patch', 'minor', 'major'].includes(request)
    ? semver.inc(last, request)
    : semver.clean(request ?? '')
  if (!next) fail(`"${request}" is not patch, minor, major or a version like 1.2.3`)
  if (!semver.gt(next, last)) fail(`${next} is not after the last release ${last}`)
  return next
}

function userFacingCommits(lastTag) {
  const range = lastTag ? [`${lastTag}..HEAD`] : ['HEAD']
  return git('log', '--first-parent', '--format=%s', ...range)
    .split('\n')
    .map((subject) => subject.replace(/^Merge wt-[\w-]+: /, '').trim())
    .filter((subject) => subject && !NOISE.test(subject))
}

function writeChangelog(version, commits) {
  let text
  try {
    text = readFileSync(CHANGELOG, 'utf8')
  } catch {
    text = CHANGELOG_HEAD
  }
  if (text.includes(`\n## v${version} `)) fail(`${CHANGELOG} already has a section for v${version}`)
  const date = new Date().toISOString().slice(0, 10)
  const items = commits.length ? commits.map((subject) => `- ${subject}`).join('\n') : '- Maintenance.'
  const section = `## v${version} (${date})\n\n${items}\n`
  const at = text.indexOf('\n## ')
  writeFileSync(
    CHANGELOG,
    at === -1
      ? `${text.trimEnd()}\n\n${section}`
      : `${text.slice(0, at + 1)}${section}\n${text.slice(at + 1)}`,
  )
}

/** Every `uses: owner/name@vN` and `uses: owner/name/.github/workflows/x.yml@vN` in tracked docs and examples. */
function pointUsesAtMajor(slug, major) {
  const files = git('ls-files', '*.md', '*.yml', '*.yaml').split('\n').filter(Boolean)
  const pattern = new RegExp(
    `(${slug.replace(/[.]/g, '\\.')}(?:/\\.github/workflows/[\\w.-]+)?)@v\\d+\\b`,
    'g',
  )
  const changed = []
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const next = text.replace(pattern, `$1@v${major}`)
    if (next !== text) {
      writeFileSync(file, next)
      changed.push(file)
    }
  }
  return changed
}

function report(outputFile, version) {
  const values = { version, major: String(semver.major(version)), tag: `v${version}` }
  if (outputFile)
    appendFileSync(
      outputFile,
      Object.entries(values)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    )
  console.log(`release: v${version}`)
}

function prepare(request, outputFile) {
  if (git('status', '--porcelain')) fail('the working tree has changes; release from a clean checkout')
  const pkg = readPackage()
  const slug = repositorySlug(pkg)
  const lastTag = lastReleaseTag()
  const version = nextVersion(request, pkg, lastTag)
  if (git('tag', '--list', `v${version}`)) fail(`tag v${version} exists already`)
  if (version !== pkg.version)
    execFileSync('npm', ['version', version, '--no-git-tag-version', '--allow-same-version'], {
      stdio: 'ignore',
    })
  writeChangelog(version, userFacingCommits(lastTag))
  const pointed = pointUsesAtMajor(slug, semver.major(version))
  console.log(
    `release: ${lastTag ?? 'no release yet'} → v${version}; uses: lines in ${pointed.length} file(s) at v${semver.major(version)}`,
  )
  report(outputFile, version)
}

function tag(outputFile) {
  const version = readPackage().version
  if (!readFileSync(CHANGELOG, 'utf8').includes(`## v${version} `))
    fail(`run "prepare" first: ${CHANGELOG} has no v${version}`)
  git('add', '-A')
  git('commit', '--quiet', '-m', `Release v${version}`)
  git('tag', '-a', `v${version}`, '-m', `v${version}`)
  git('tag', '-f', '-a', `v${semver.major(version)}`, '-m', `v${version}`)
  report(outputFile, version)
}

function notes(version = readPackage().version) {
  const text = readFileSync(CHANGELOG, 'utf8')
  const start = text.indexOf(`## v${version} `)
  if (start === -1) fail(`${CHANGELOG} has no section for v${version}`)
  const end = text.indexOf('\n## ', start + 1)
  console.log(text.slice(text.indexOf('\n', start) + 1, end === -1 ? undefined : end).trim())
}

const args = process.argv.slice(2)
const outputAt = args.indexOf('--github-output')
const outputFile = outputAt === -1 ? undefined : args.splice(outputAt, 2)[1]
const [command, value] = args
if (command === 'prepare') prepare(value ?? 'patch', outputFile)
else if (command === 'tag') tag(outputFile)
else if (command === 'notes') notes(value)
else
  fail('usage: release.mjs prepare <patch|minor|major|X.Y.Z> | tag | notes [X.Y.Z] [--github-output <file>]')
