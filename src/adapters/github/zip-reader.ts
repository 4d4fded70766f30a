import { unzipSync, type UnzipFileInfo } from 'fflate'

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number
  compressedSize: number
  uncompressedSize: number
}

/** The archive cannot be read; the message names what is wrong with it. */
export class ZipError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ZipError'
  }
}

const STORED = 0
const DEFLATE = 8

/** Lists the files of an in-memory zip from its central directory, reading none of them. */
export function listZipEntries(zip: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = []
  unzip(zip, (file) => {
    entries.push(entryOf(file))
    return false
  })
  return entries
}

/**
 * The bytes of the entry named `name`. An entry whose central directory gives it more than `maxBytes` is
 * refused before it is inflated, and inflating never writes past that declared size, so a zip bomb
 * cannot take the memory. fflate does not check CRC-32: a short or damaged entry is refused by its size
 * or by deflate itself.
 */
export function readZipEntry(zip: Uint8Array, name: string, maxBytes = 1024 ** 3): Buffer {
  let found: ZipEntry | undefined
  const files = unzip(zip, (file) => {
    if (file.name !== name || found) return false
    const entry = entryOf(file)
    if (entry.method !== STORED && entry.method !== DEFLATE) {
      throw new ZipError(
        `${name} uses compression method ${entry.method}; only stored (0) and deflate (8) are supported, as written by actions/upload-artifact`,
      )
    }
    if (entry.uncompressedSize > maxBytes) {
      throw new ZipError(`${name} is ${entry.uncompressedSize} bytes, over the limit of ${maxBytes}`)
    }
    found = entry
    return true
  })
  const data = files[name]
  if (!found || !data) throw new ZipError(`the archive has no entry ${name}`)
  if (data.length !== found.uncompressedSize) {
    throw new ZipError(
      `${name} has ${data.length} of its ${found.uncompressedSize} bytes; the download is truncated or corrupt`,
    )
  }
  return Buffer.from(data.buffer, data.byteOffset, data.length)
}

function entryOf(file: UnzipFileInfo): ZipEntry {
  return {
    name: file.name,
    method: file.compression,
    compressedSize: file.size,
    uncompressedSize: file.originalSize,
  }
}

function unzip(zip: Uint8Array, filter: (file: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(zip, { filter })
  } catch (error) {
    if (error instanceof ZipError) throw error
    const message = (error as Error).message
    if (message === 'invalid zip data') {
      throw new ZipError('it is not a zip archive (no end of central directory record)', { cause: error })
    }
    throw new ZipError(`it could not be unzipped (${message}); the download is truncated or corrupt`, {
      cause: error,
    })
  }
}
