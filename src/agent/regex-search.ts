import { Worker } from 'node:worker_threads'

/** One searched file's text, by the name the caller shows. */
export interface SearchText {
  file: string
  text: string
}

/** A matching line: index into the texts, 0-based line. */
export interface LineMatch {
  text: number
  line: number
}

export type RegexSearchResult = { matches: LineMatch[] } | { timedOut: true }

// Plain CommonJS run by `eval`, so the bundled action needs no second file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const regex = new RegExp(workerData.source, workerData.flags)
const matches = []
outer: for (let t = 0; t < workerData.texts.length; t++) {
  const lines = workerData.texts[t].split('\\n')
  for (let i = 0; i < lines.length; i++) {
    regex.lastIndex = 0
    if (!regex.test(lines[i])) continue
    matches.push({ text: t, line: i })
    if (matches.length >= workerData.max) break outer
  }
}
parentPort.postMessage(matches)
`

/**
 * Runs a model-supplied regular expression over `texts` in a worker thread, stopped after `timeoutMs`: a
 * pattern with catastrophic backtracking (`(a+)+$`) would otherwise stall the whole run, and there is no
 * linear-time engine to use instead. At most `max` matches.
 */
export async function searchWithRegex(
  source: string,
  texts: readonly SearchText[],
  options: { max: number; timeoutMs: number; flags?: string },
): Promise<RegexSearchResult> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      source,
      flags: options.flags ?? '',
      texts: texts.map((item) => item.text),
      max: options.max,
    },
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  })
  let timer: NodeJS.Timeout | undefined
  try {
    return await new Promise<RegexSearchResult>((resolve, reject) => {
      // The clock starts when the worker runs: starting a thread on a loaded machine is not the pattern's time.
      worker.once('online', () => {
        timer = setTimeout(() => resolve({ timedOut: true }), options.timeoutMs)
      })
      worker.once('message', (matches: LineMatch[]) => resolve({ matches }))
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`the search worker exited with code ${code}`)))
    })
  } finally {
    clearTimeout(timer)
    await worker.terminate()
  }
}
