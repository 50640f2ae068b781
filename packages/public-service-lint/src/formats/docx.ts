/**
 * Word documents: converted to HTML with mammoth and checked as HTML. Offsets then point
 * into HTML the writer never sees, so each finding is placed by paragraph instead: its
 * line is the paragraph's number in the document and its column the character in that
 * paragraph, and its reason says so. Loaded only when a `.docx` file is checked.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {inflateRawSync} from 'node:zlib'
import type {Element, Root, RootContent} from 'hast'
import mammoth from 'mammoth'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {emptyParagraphs} from 'retext-public-service/engine'
import type {Runner} from './processor.js'
import {defaultMaxSize, formatSize, isWordTextPart, zipEntries} from './word-size.js'

/** Elements mammoth makes from Word paragraphs (table cells hold paragraphs of their own). */
const paragraphElements = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'])

interface Paragraph {
  number: number
  start: number
  end: number
  /** Text nodes in order: where each starts in the HTML and how many characters it holds. */
  texts: Array<{start: number; end: number; length: number}>
}

/**
 * `prescan` is left out to parse everything; with it, a document that cannot hold a match
 * is not parsed, nor are the paragraphs that cannot (`keepParagraph` rejects them).
 */
export async function checkWordDocument(
  file: VFile,
  html: Runner,
  prescan: {prescan: (text: string) => boolean; keepParagraph: (text: string) => boolean} | undefined,
  maxSize = defaultMaxSize
): Promise<void> {
  const where = file.path ? '`' + file.path + '`' : 'standard input'
  if (!file.path || file.data.unifiedEngineStreamIn) {
    file.fail('Cannot read a Word document from standard input: give the path of the .docx file')
  }
  const bytes = await readFile(path.resolve(file.cwd, file.path))
  const unpacked = wordTextSize(bytes, maxSize)
  if (unpacked > maxSize) {
    const size = unpacked === Number.POSITIVE_INFINITY ? 'more than the ' + formatSize(maxSize) + ' of text a file may hold' : formatSize(unpacked) + ' of text, more than the ' + formatSize(maxSize) + ' a file may hold'
    file.fail(where + ' would unpack to ' + size + ': it was not unpacked (split it, or raise the limit with --max-size)')
  }
  let converted: string
  try {
    // Empty paragraphs are kept so that paragraph numbers count what Word counts.
    converted = (await mammoth.convertToHtml({buffer: bytes}, {ignoreEmptyParagraphs: false})).value
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0]
    const zip = /central directory|zip/i.test(reason)
    return file.fail(where + ' is not a readable Word document' + (zip ? ' (not a valid .docx zip archive)' : ': ' + reason))
  }
  if (prescan && !prescan.prescan(converted)) return

  const inner = new VFile({path: file.path, cwd: file.cwd, value: converted})
  const tree = html.parse(inner)
  // Emptied paragraphs keep their element, so paragraph numbers still count every one.
  if (prescan) emptyParagraphs(tree, converted, prescan.keepParagraph, 'hast')
  await html.run(tree, inner)
  const paragraphs = collectParagraphs(tree as Root)
  for (const message of inner.messages) file.messages.push(placeByParagraph(message, file, paragraphs, converted))
  file.data.publicServiceParagraphs = true
}

/**
 * What the text parts of a Word document unpack to: the sizes its archive declares, then,
 * as a declared size can lie, each part inflated with a ceiling just past the limit
 * (Infinity once past it). An archive this cannot read is left to mammoth to explain.
 */
export function wordTextSize(bytes: Uint8Array, limit: number): number {
  const entries = zipEntries(bytes)
  if (!entries) return 0
  const parts = entries.filter((entry) => isWordTextPart(entry.name))
  const declared = parts.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (declared > limit) return declared
  let unpacked = 0
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (const entry of parts) {
    if (entry.method !== 8 || entry.localOffset + 30 > view.length) {
      unpacked += entry.compressedSize
      continue
    }
    const start = entry.localOffset + 30 + view.readUInt16LE(entry.localOffset + 26) + view.readUInt16LE(entry.localOffset + 28)
    try {
      unpacked += inflateRawSync(view.subarray(start, start + entry.compressedSize), {maxOutputLength: limit - unpacked + 1}).length
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return Number.POSITIVE_INFINITY
      return unpacked
    }
    if (unpacked > limit) return unpacked
  }
  return unpacked
}

function collectParagraphs(tree: Root): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const visit = (node: Root | RootContent, open: Paragraph[]) => {
    let inside = open
    if (node.type === 'element' && paragraphElements.has((node as Element).tagName) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const paragraph: Paragraph = {number: paragraphs.length + 1, start: node.position.start.offset, end: node.position.end.offset, texts: []}
      paragraphs.push(paragraph)
      inside = [...open, paragraph]
    }
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      for (const paragraph of inside) paragraph.texts.push({start: node.position.start.offset, end: node.position.end.offset, length: node.value.length})
    }
    if ('children' in node) for (const child of node.children) visit(child, inside)
  }
  visit(tree, [])
  return paragraphs
}

/** Characters the reader sees in raw HTML: a character reference is one. */
function visibleLength(raw: string): number {
  return raw.replace(/&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/gi, '&').length
}

function locate(paragraphs: Paragraph[], html: string, offset: number): {line: number; column: number} | undefined {
  // The innermost paragraph holding the offset comes last in document order.
  let found: Paragraph | undefined
  for (const paragraph of paragraphs) if (paragraph.start <= offset && offset <= paragraph.end) found = paragraph
  if (!found) return undefined
  let column = 1
  for (const text of found.texts) {
    if (offset <= text.end && offset >= text.start) return {line: found.number, column: column + visibleLength(html.slice(text.start, offset))}
    if (text.end <= offset) column += text.length
  }
  return {line: found.number, column}
}

function placeByParagraph(message: VFileMessage, file: VFile, paragraphs: Paragraph[], html: string): VFileMessage {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset !== undefined ? locate(paragraphs, html, place.start.offset) : undefined
  const end = place?.end.offset !== undefined ? locate(paragraphs, html, place.end.offset) : undefined
  const reason = start ? message.reason + ' (Word document: paragraph ' + start.line + ')' : message.reason
  const moved = file.message(reason, {
    place: start ? {start, end: end && end.line === start.line ? end : start} : undefined,
    ruleId: message.ruleId,
    source: message.source
  })
  moved.fatal = message.fatal
  moved.actual = message.actual
  moved.expected = message.expected
  moved.note = message.note
  moved.url = message.url
  moved.context = message.context
  if (message.fixable) moved.fixable = true
  // `file.message` added it already; the caller pushes it in order.
  file.messages.pop()
  return moved
}
