// Renders the demo's PR body and job summary (a passing and a failing run) as GitHub would, and takes
// screenshots with headless Chromium into docs/screenshots/. Run after `npm run build`:
//   node scripts/screenshots.mjs            (needs `chromium`: apt-get install chromium)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = path.join(root, 'docs', 'screenshots')
const scratch = mkdtempSync(path.join(os.tmpdir(), 'autopilot-shots-'))
const chromium = process.env.CHROMIUM ?? 'chromium'

const runs = [
  { name: 'demo', script: 'examples/demo/script.json' },
  { name: 'failing', script: 'examples/demo/script-failing.json' },
]

const css = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:900px;margin:24px auto;padding:0 24px}
h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h3{margin-top:24px}
table{border-collapse:collapse;display:block;overflow:auto;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}
tr:nth-child(2n){background:#f6f8fa}code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}
pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto;font-size:85%}pre code{background:none;padding:0}
blockquote{border-left:.25em solid #d1d9e0;color:#59636e;margin:0;padding:0 1em}
.alert{border-left:.25em solid;padding:8px 16px;margin:8px 0}.alert.note{border-color:#0969da}.alert.warning{border-color:#9a6700}
.alert-title{font-weight:600}.alert.note .alert-title{color:#0969da}.alert.warning .alert-title{color:#9a6700}
sub{color:#59636e}details{margin:8px 0}summary{cursor:pointer;font-weight:600}`

/** GitHub's alert blocks (`> [!NOTE]`), which GFM itself does not know. */
function alerts(html) {
  return html.replace(
    /<blockquote>\n<p>\[!(NOTE|WARNING)\]\n?/g,
    (_, kind) =>
      `<blockquote class="alert ${kind.toLowerCase()}"><p><span class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</span><br>`,
  )
}

function shoot(markdown, file, title) {
  const body = alerts(
    micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  )
  const html = path.join(scratch, `${file}.html`)
  // The page writes its own height into the DOM, so the screenshot is as tall as the page.
  const measure =
    '<script>addEventListener("load",()=>document.body.dataset.height=document.documentElement.scrollHeight)</script>'
  writeFileSync(
    html,
    `<!doctype html><meta charset="utf-8"><title>${title}</title><style>${css}</style>${measure}${body.replace(/<details>/g, '<details open>')}`,
  )
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars']
  const dom = execFileSync(chromium, [...flags, '--window-size=1000,800', '--dump-dom', `file://${html}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 3000)
  const png = path.join(out, `${file}.png`)
  execFileSync(
    chromium,
    [...flags, `--screenshot=${png}`, `--window-size=1000,${height + 24}`, `file://${html}`],
    { stdio: 'ignore' },
  )
  console.log(`wrote ${path.relative(root, png)}`)
}

for (const run of runs) {
  const dir = path.join(scratch, run.name)
  execFileSync(
    'node',
    [path.join(root, 'dist', 'index.js'), 'demo', '--script', path.join(root, run.script), '--out', dir],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ANTHROPIC_API_KEY: '' },
    },
  )
  shoot(readFileSync(path.join(dir, 'audit', 'pr-body.md'), 'utf8'), `${run.name}-pr-body`, 'Pull request')
  shoot(readFileSync(path.join(dir, 'summary.md'), 'utf8'), `${run.name}-job-summary`, 'Job summary')
}
