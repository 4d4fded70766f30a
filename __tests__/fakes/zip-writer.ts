import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipFileSpec {
  name: string
  data: string | Buffer
  /** `stored` (method 0), `deflate` (8, the default), or another method number written as-is (data stored). */
  method?: 'stored' | 'deflate' | number
}

export interface ZipOptions {
  /**
   * Write sizes and CRC in a data descriptor after each entry and zeros in the local header, as streaming
   * writers (actions/upload-artifact's archiver) do. Default true.
   */
  dataDescriptor?: boolean
  /** Mark the archive as zip64 (a zip64 end record and locator, 0xFFFF… in the classic end record). */
  zip64?: boolean
}

/** A small zip writer for test artifacts: the layout of APPNOTE 6.3, no zip64 sizes, no encryption. */
export function buildZip(files: readonly ZipFileSpec[], options: ZipOptions = {}): Buffer {
  const descriptor = options.dataDescriptor ?? true
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const data = typeof file.data === 'string' ? Buffer.from(file.data) : file.data
    const method =
      file.method === 'stored' ? 0 : file.method === 'deflate' || file.method === undefined ? 8 : file.method
    const body = method === 8 ? deflateRawSync(data) : data
    const name = Buffer.from(file.name)
    const crc = crc32(data)
    const flags = 0x0800 | (descriptor ? 0x0008 : 0)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(0x5a210000, 10) // 2025-01-01 00:00, DOS time and date
    local.writeUInt32LE(descriptor ? 0 : crc, 14)
    local.writeUInt32LE(descriptor ? 0 : body.length, 18)
    local.writeUInt32LE(descriptor ? 0 : data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    parts.push(local, name, body)
    let written = local.length + name.length + body.length
    if (descriptor) {
      const trailer = Buffer.alloc(16)
      trailer.writeUInt32LE(0x08074b50, 0)
      trailer.writeUInt32LE(crc, 4)
      trailer.writeUInt32LE(body.length, 8)
      trailer.writeUInt32LE(data.length, 12)
      parts.push(trailer)
      written += trailer.length
    }

    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(0x031e, 4) // made by: unix, 3.0
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(flags, 8)
    header.writeUInt16LE(method, 10)
    header.writeUInt32LE(0x5a210000, 12)
    header.writeUInt32LE(crc, 16)
    header.writeUInt32LE(body.length, 20)
    header.writeUInt32LE(data.length, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42)
    central.push(header, name)
    offset += written
  }
  const directory = Buffer.concat(central)
  const tail: Buffer[] = []
  if (options.zip64) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeUInt16LE(45, 12)
    record.writeUInt16LE(45, 14)
    record.writeBigUInt64LE(BigInt(files.length), 24)
    record.writeBigUInt64LE(BigInt(files.length), 32)
    record.writeBigUInt64LE(BigInt(directory.length), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8)
    locator.writeUInt32LE(1, 16)
    tail.push(record, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(options.zip64 ? 0xffff : files.length, 8)
  end.writeUInt16LE(options.zip64 ? 0xffff : files.length, 10)
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12)
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16)
  return Buffer.concat([...parts, directory, ...tail, end])
}
