import { createHash } from 'node:crypto'
import { readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiFileChange } from './commit-api.js'
import { PublishError } from './publish-error.js'

/** The part of the git adapter this needs: commands at the repository's top level. */
export interface RepoReader {
  top: string
  output(args: string[]): Promise<string>
}

/**
 * The files `commitSha` changes against `baseSha`, with the bytes git staged. Git's output is text, so
 * the bytes are read from the working tree and checked against the staged blob's id: what the API
 * commit records is exactly the local commit.
 */
export async function apiFileChanges(
  repo: RepoReader,
  baseSha: string,
  commitSha: string,
): Promise<ApiFileChange[]> {
  const raw = await repo.output([
    'diff-tree',
    '-r',
    '-z',
    '--no-renames',
    '--no-commit-id',
    baseSha,
    commitSha,
  ])
  // -z: ":<old mode> <new mode> <old id> <new id> <status>\0<path>\0" per file.
  const fields = raw.split('\0').filter(Boolean)
  const changes: ApiFileChange[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, newMode = '', , newId = '', status = ''] = (fields[i] ?? '').replace(/^:/, '').split(' ')
    const path = fields[i + 1] ?? ''
    if (status === 'D') {
      changes.push({ path, deleted: true })
      continue
    }
    if (newMode !== '100644' && newMode !== '100755' && newMode !== '120000') {
      throw new PublishError(
        'invalid-paths',
        `Cannot commit "${path}" through the API: git mode ${newMode} (a submodule?) is not a file. Set \`commit-signing: false\` or leave it out of the change.`,
      )
    }
    const file = join(repo.top, path)
    const content = newMode === '120000' ? Buffer.from(await readlink(file), 'utf8') : await readFile(file)
    if (blobId(content) !== newId) {
      throw new PublishError(
        'invalid-paths',
        `"${path}" on disk differs from what git staged (a filter or line-ending conversion in .gitattributes?), so the signed commit would not hold the validated change. Set \`commit-signing: false\`, or remove the conversion for this file.`,
      )
    }
    changes.push({ path, mode: newMode, content })
  }
  return changes
}

/** Git's object id of a blob with these bytes (SHA-1: the object format GitHub serves). */
function blobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}
