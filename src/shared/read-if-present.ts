import { readFile } from 'node:fs/promises'

/**
 * A text file's contents, or undefined when there is no such file (nothing there, a file where a folder
 * was expected on the way, or a folder); any other error is thrown.
 */
export async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined
    throw error
  }
}
