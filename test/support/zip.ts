/**
 * Word documents built byte by byte for the tests of size limits: a zip archive whose
 * `word/document.xml` holds `size` bytes of one repeated character, deflated as a stream
 * (a gigabyte costs a few megabytes of memory), with the size it declares settable apart
 * from the real one, as a hostile archive would.
 */
import {createDeflateRaw} from 'node:zlib'

async function deflated(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({level: 9})
  const chunks: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  const block = Buffer.alloc(1024 * 1024, 0x20)
  for (let written = 0; written < size; written += block.length) {
    const part = written + block.length <= size ? block : block.subarray(0, size - written)
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return Buffer.concat(chunks)
}

export async function zipBomb(size: number, declared = size): Promise<Buffer> {
  const name = Buffer.from('word/document.xml')
  const data = await deflated(size)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(0, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(Math.min(declared, 0xffffffff), 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(Math.min(declared, 0xffffffff), 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(0, 42)
  const directoryOffset = local.length + name.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(directoryOffset, 16)
  return Buffer.concat([local, name, data, central, name, end])
}
