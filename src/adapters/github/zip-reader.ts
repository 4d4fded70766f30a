import { crc32, inflateRawSync } from 'node:zlib'

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number
  compressedSize: number
  uncompressedSize: number
  crc32: number
  localHeaderOffset: number
  encrypted: boolean
}

/** The archive cannot be read; the message names what is wrong with it. */
export class ZipError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ZipError'
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const ZIP64_END_LOCATOR = 0x07064b50
const CENTRAL_DIRECTORY_HEADER = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff
const STORED = 0
const DEFLATE = 8

/**
 * Lists the files of an in-memory zip from its central directory (the local headers of streamed zips,
 * like the ones actions/upload-artifact writes, carry no sizes). Zip64 archives are refused: a dbt
 * manifest never needs one, and reading their extra fields right is more code than it is worth here.
 */
export function listZipEntries(zip: Buffer): ZipEntry[] {
  const end = findEndRecord(zip)
  const total = zip.readUInt16LE(end + 10)
  const directorySize = zip.readUInt32LE(end + 12)
  const directoryOffset = zip.readUInt32LE(end + 16)
  const zip64Locator = end >= 20 && zip.readUInt32LE(end - 20) === ZIP64_END_LOCATOR
  if (zip64Locator || total === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipError(
      'it is a zip64 archive, which is not supported; upload a smaller artifact (under 4 GB)',
    )
  }
  if (directoryOffset + directorySize > end) {
    throw new ZipError('its central directory lies outside the file; the download is truncated or corrupt')
  }
  const entries: ZipEntry[] = []
  let at = directoryOffset
  for (let i = 0; i < total; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_HEADER) {
      throw new ZipError(`central directory entry ${i + 1} of ${total} is damaged`)
    }
    const flags = zip.readUInt16LE(at + 8)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc32: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    }
    if ([entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].includes(0xffffffff)) {
      throw new ZipError(`${entry.name} is stored as zip64, which is not supported`)
    }
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The bytes of one entry, checked against its CRC-32; refuses entries that would exceed `maxBytes`. */
export function readZipEntry(zip: Buffer, entry: ZipEntry, maxBytes = 1024 ** 3): Buffer {
  if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`)
  if (entry.method !== STORED && entry.method !== DEFLATE) {
    throw new ZipError(
      `${entry.name} uses compression method ${entry.method}; only stored (0) and deflate (8) are supported, as written by actions/upload-artifact`,
    )
  }
  if (entry.uncompressedSize > maxBytes) {
    throw new ZipError(`${entry.name} is ${entry.uncompressedSize} bytes, over the limit of ${maxBytes}`)
  }
  const local = entry.localHeaderOffset
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) {
    throw new ZipError(`the local header of ${entry.name} is missing; the archive is corrupt`)
  }
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  if (start + entry.compressedSize > zip.length) {
    throw new ZipError(`${entry.name} runs past the end of the archive; the download is truncated`)
  }
  const raw = zip.subarray(start, start + entry.compressedSize)
  let data: Buffer
  try {
    data = entry.method === STORED ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: maxBytes })
  } catch (error) {
    throw new ZipError(`${entry.name} could not be inflated (${(error as Error).message})`, { cause: error })
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw new ZipError(`${entry.name} fails its CRC-32 or size check; the archive is corrupt`)
  }
  return data
}

function findEndRecord(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT)
  for (let at = zip.length - END_RECORD_SIZE; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at
  }
  throw new ZipError('it is not a zip archive (no end of central directory record)')
}
