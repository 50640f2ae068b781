/**
 * Parsing one large markdown document in pieces. micromark's work grows faster than the
 * text in one very long document (its event list is spliced over and over), so a 2 MB file
 * took four times as long as two of 1 MB. The document is cut at blank lines where a new
 * top-level block starts for certain (not inside fenced code, front matter or an HTML block
 * that runs over blank lines; never before an indented line, which may belong to a list item
 * above, nor before a `---` line, which would open front matter at the start of a piece),
 * each piece is parsed on its own, and the pieces' trees are joined into one
 * root with positions in the whole document's terms. Later steps (the pre-scan, the bridge
 * to retext, inline comments) see the same tree as from one parse.
 *
 * Link reference definitions hold for the whole document, so every piece is parsed with the
 * definitions it names after it, and the nodes they make are dropped again.
 */
import type {Root, RootContent} from 'mdast'
import type {Node} from 'unist'
import {VFile} from 'vfile'

export interface Piece {
  start: number
  end: number
}

const blank = /^[ \t]*$/
const fence = /^ {0,3}(`{3,}|~{3,})/
const htmlBlocks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]
const definition = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:[ \t]*\S/

interface Scan {
  /** Offsets of lines where a new piece may start. */
  boundaries: number[]
  /** The document's link reference definitions (outside code), one per line. */
  definitions: string[]
}

function scan(text: string): Scan {
  const boundaries: number[] = []
  const definitions: string[] = []
  let open: {marker: string} | undefined
  let htmlEnd: RegExp | undefined
  let previousBlank = false
  let canStartDefinition = true
  let offset = 0
  let first = true
  let frontMatter = false
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const next = newline === -1 ? text.length : newline + 1
    const line = text.slice(offset, newline === -1 ? text.length : newline).replace(/\r$/, '')
    if (first && /^(?:---|\+\+\+)[ \t]*$/.test(line)) {
      frontMatter = true
    } else if (frontMatter) {
      if (/^(?:---|\+\+\+|\.\.\.)[ \t]*$/.test(line)) frontMatter = false
    } else if (open) {
      const close = fence.exec(line)
      if (close && close[1][0] === open.marker[0] && close[1].length >= open.marker.length && /^[ \t]*$/.test(line.slice(close[0].length))) open = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else {
      // A piece that began with `---` or `+++` would read it as front matter.
      // Nor before a list item: it may be the next item of the list above, and an inline
      // comment before a list applies to the whole of it.
      const starts = !blank.test(line) && !/^[ \t]/.test(line) && !/^(?:---|\+\+\+)[ \t]*$/.test(line) && !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)
      if (starts && previousBlank && offset > 0) boundaries.push(offset)
      const opening = fence.exec(line)
      if (opening) {
        open = {marker: opening[1]}
      } else {
        for (const [start, end] of htmlBlocks) {
          if (start.test(line)) {
            if (!end.test(line.slice(line.search(/</) + 1))) htmlEnd = end
            break
          }
        }
        // A definition cannot interrupt a paragraph: a line like one there is the paragraph's.
        if (definition.test(line) && canStartDefinition) definitions.push(line)
      }
    }
    previousBlank = blank.test(line) && !open && !htmlEnd && !frontMatter
    canStartDefinition = previousBlank || (!open && !htmlEnd && !frontMatter && (definition.test(line) || /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/.test(line)))
    first = false
    offset = next
  }
  return {boundaries, definitions}
}

/** Where to cut `text` into pieces of at least `size` characters (the last may be shorter). */
export function markdownPieces(text: string, size: number): Piece[] {
  return piecesAt(scan(text).boundaries, text.length, size)
}

function piecesAt(boundaries: readonly number[], length: number, size: number): Piece[] {
  const pieces: Piece[] = []
  let start = 0
  for (const boundary of boundaries) {
    if (boundary - start >= size) {
      pieces.push({start, end: boundary})
      start = boundary
    }
  }
  pieces.push({start, end: length})
  return pieces
}

function newlinesIn(text: string, start: number, end: number): number {
  let count = 0
  for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++
  return count
}

/** A reference label as CommonMark matches it: case and runs of white space do not count. */
function normalLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim()
}

interface Point {
  line: number
  column: number
  offset?: number
}

function shift(node: Node, lines: number, offset: number): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end] as Point[]) {
      point.line += lines
      if (point.offset !== undefined) point.offset += offset
    }
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shift(child, lines, offset)
}

/**
 * Parses markdown `text` with `parse`, in pieces of at least `size` characters when it is
 * longer than that; `skip(piece)` true leaves a piece unparsed, standing as one empty
 * paragraph over its span (a piece with nothing to find and no inline comment).
 */
export function parseMarkdownInPieces(text: string, size: number, parse: (file: VFile) => Node, file: VFile, skip?: (piece: string) => boolean): Node {
  if (text.length <= size) return parse(file)
  const scanned = scan(text)
  const pieces = piecesAt(scanned.boundaries, text.length, size)
  if (pieces.length === 1) return parse(file)
  const definitions = scanned.definitions.map((line) => ({line, label: normalLabel(/\[((?:[^\]\\]|\\.)+)\]/.exec(line)?.[1] ?? '')}))
  const children: RootContent[] = []
  // Lines before the piece at hand.
  let line = 0
  for (const piece of pieces) {
    const value = text.slice(piece.start, piece.end)
    const lines = newlinesIn(text, piece.start, piece.end)
    if (skip?.(value)) {
      const lastLine = line + lines
      const lastLineStart = text.lastIndexOf('\n', piece.end - 1) + 1
      children.push({
        type: 'paragraph',
        children: [],
        position: {start: {line: line + 1, column: 1, offset: piece.start}, end: {line: lastLine + 1, column: piece.end - Math.max(lastLineStart, piece.start) + 1, offset: piece.end}}
      })
      line += lines
      continue
    }
    // Only the definitions the piece may use: their label stands in it in brackets.
    const normal = definitions.length > 0 ? normalLabel(value) : ''
    const used = definitions.filter(({label}) => label !== '' && normal.includes('[' + label + ']'))
    const trailer = used.length > 0 ? '\n\n' + used.map(({line}) => line).join('\n') + '\n' : ''
    const tree = parse(new VFile({path: file.path, value: value + trailer})) as Root
    for (const child of tree.children) {
      // Nodes of the definitions appended after the piece are not the piece's.
      if ((child.position?.start.offset ?? 0) >= value.length) continue
      shift(child, line, piece.start)
      children.push(child)
    }
    line += lines
  }
  const lastLineStart = text.lastIndexOf('\n', text.length - 1) + 1
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: line + 1, column: text.length - lastLineStart + 1, offset: text.length}}
  } as Root
}
