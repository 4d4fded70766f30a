// dist/build-stamp.json records what a build was made from (a hash of src/, the lock file and tsconfig)
// and what it made (a hash of every file in dist/). `write` stamps a fresh build; `check` fails when the
// sources changed since, or when dist/ holds a file the build did not make, lacks one, or one differs.
// That is what "dist/ is stale" means, without bundling again (`check-dist.sh --rebuild` does that).
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const STAMP = 'build-stamp.json'

async function filesUnder(dir) {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex')

async function sourcesHash() {
  const hash = createHash('sha256')
  // The bundle carries package.json's version (`--version`) and its module type, nothing else of it.
  const { type = '', version = '' } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
  hash.update(`package.json#type=${type}#version=${version}\0`)
  for (const file of ['package-lock.json', 'tsconfig.json', ...(await filesUnder('src'))])
    hash
      .update(`${file}\0`)
      .update(await readFile(path.join(root, file)))
      .update('\0')
  return hash.digest('hex')
}

async function outputs(distDir) {
  const files = {}
  for (const file of await filesUnder(distDir)) {
    const name = file.slice(distDir.length + 1)
    if (name !== STAMP) files[name] = sha256(await readFile(path.join(root, file)))
  }
  return files
}

async function write(distDir) {
  const stamp = { sources: await sourcesHash(), files: await outputs(distDir) }
  await writeFile(path.join(root, distDir, STAMP), `${JSON.stringify(stamp, null, 2)}\n`)
}

async function check(distDir) {
  let stamp
  try {
    stamp = JSON.parse(await readFile(path.join(root, distDir, STAMP), 'utf8'))
  } catch {
    return [`${distDir}/${STAMP} is missing or unreadable`]
  }
  const problems = []
  if (stamp.sources !== (await sourcesHash()))
    problems.push('src/, package-lock.json or tsconfig.json changed since the build')
  const actual = await outputs(distDir)
  for (const [name, digest] of Object.entries(stamp.files ?? {}))
    if (actual[name] === undefined) problems.push(`${distDir}/${name} is missing`)
    else if (actual[name] !== digest) problems.push(`${distDir}/${name} differs from the build`)
  for (const name of Object.keys(actual))
    if (!(name in (stamp.files ?? {}))) problems.push(`${distDir}/${name} is not from the build`)
  return problems
}

const [mode, distDir = 'dist'] = process.argv.slice(2)
if (mode === 'write') await write(distDir)
else if (mode === 'check') {
  const problems = await check(distDir)
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-dist: ${problem}`)
    console.error("check-dist: dist/ is stale. Run 'npm run build' and commit all of dist/.")
    process.exit(1)
  }
  console.log('check-dist: dist/ was built from these sources and is as the build left it')
} else {
  console.error('usage: node scripts/dist-stamp.mjs write|check [dist-dir]')
  process.exit(2)
}
