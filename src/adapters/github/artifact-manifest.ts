import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { checkManifestEnvelope } from '../../project/manifest.js'
import { listZipEntries, readZipEntry, ZipError, type ZipEntry } from './zip-reader.js'

/** A reason to stop looking for the production manifest; becomes `{ found: false, reason }`. */
export class ArtifactProblem extends Error {}

const manifestBodySchema = z.object({ nodes: z.record(z.string(), z.unknown()) })

/** Unzips dbt's manifest.json from an artifact into `destDir`, after checking that it is one. */
export async function writeManifest(zip: Buffer, destDir: string, source: string): Promise<string> {
  let bytes: Buffer
  try {
    const entry = manifestEntry(listZipEntries(zip), source)
    bytes = readZipEntry(zip, entry.name)
  } catch (error) {
    if (!(error instanceof ZipError)) throw error
    throw new ArtifactProblem(
      `The ${source} could not be unzipped: ${error.message}. Upload it with actions/upload-artifact, or set \`state-manifest\`.`,
    )
  }
  checkManifest(bytes, source)
  await mkdir(destDir, { recursive: true })
  const manifestPath = path.join(destDir, 'manifest.json')
  await writeFile(manifestPath, bytes)
  return manifestPath
}

/** `manifest.json` anywhere in the archive; the shallowest wins (`target/manifest.json` over a package's). */
function manifestEntry(entries: ZipEntry[], source: string): ZipEntry {
  const candidates = entries
    .filter((e) => e.name.split('/').at(-1) === 'manifest.json')
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length || a.name.length - b.name.length)
  const best = candidates[0]
  if (best) return best
  const files = entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name)
  const listing = files.length === 0 ? 'it is empty' : `it holds ${files.slice(0, 10).join(', ')}`
  throw new ArtifactProblem(
    `The ${source} has no manifest.json (${listing}${files.length > 10 ? ', …' : ''}): ` +
      "upload dbt's target/manifest.json in it after `dbt build` or `dbt parse`.",
  )
}

function checkManifest(bytes: Buffer, source: string): void {
  const problem = (why: string) =>
    new ArtifactProblem(
      `The manifest.json in the ${source} is not a dbt manifest (${why}): upload dbt's target/manifest.json.`,
    )
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw problem(`not JSON: ${(error as Error).message}`)
  }
  try {
    checkManifestEnvelope(json, 'it')
  } catch (error) {
    throw problem((error as Error).message)
  }
  if (!manifestBodySchema.safeParse(json).success) throw problem('it has no `nodes`')
}
