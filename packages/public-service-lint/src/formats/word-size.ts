/**
 * How much text a Word document holds, read from its zip archive's own directory before
 * anything is unpacked, so that a small file that would unpack to gigabytes (a zip bomb)
 * is refused at no cost. Plain bytes in, no Node API: the command line and the browser
 * page both use it. (The command line also bounds the actual unpacking: a declared size
 * can lie.)
 */

/** The most text a file may hold by default: 50 MB (a Word document's text parts, unpacked). */
export const defaultMaxSize = 50 * 1024 * 1024

export interface ZipEntry {
  name: string
  /** 8 for deflate, 0 for stored. */
  method: number
  compressedSize: number
  /** As declared; 0xFFFFFFFF stands for a Zip64 size of four gigabytes or more. */
  uncompressedSize: number
  localOffset: number
}

const endOfCentralDirectory = 0x06054b50
const centralDirectoryHeader = 0x02014b50

/** The archive's directory, or undefined when the bytes are not a zip archive this can read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record lies in the last 22 bytes plus at most a 65,535-byte comment.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at
      break
    }
  }
  if (end < 0) return undefined
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const list: ZipEntry[] = []
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralDirectoryHeader) return undefined
    const nameLength = view.getUint16(at + 28, true)
    list.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return list
}

/** Parts of a .docx whose text is read: the body, notes, comments, headers and footers. */
export function isWordTextPart(name: string): boolean {
  return /^word\/[^/]+\.xml$/i.test(name)
}

/** The bytes the text parts declare they unpack to; undefined when the archive cannot be read. */
export function declaredWordTextSize(bytes: Uint8Array): number | undefined {
  const list = zipEntries(bytes)
  if (!list) return undefined
  let total = 0
  for (const entry of list) if (isWordTextPart(entry.name)) total += entry.uncompressedSize
  return total
}

/** "50 MB", "1.2 GB": a size for people. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return (bytes / 1024 ** 3).toFixed(1).replace(/\.0$/, '') + ' GB'
  if (bytes >= 1024 ** 2) return (bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '') + ' MB'
  return Math.ceil(bytes / 1024) + ' kB'
}
