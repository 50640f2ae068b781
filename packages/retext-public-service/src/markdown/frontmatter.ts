/**
 * remark plugin: a page's title and description in YAML front matter are prose that
 * readers see (as the page heading and in search results), so they are checked too.
 * The front matter node is replaced by one paragraph per such field, positioned on the
 * field's value, for remark-retext to pass on (nodes must stay in document order, so
 * they cannot sit beside the block they come from). Use it in a checking pipeline only:
 * the document itself is never re-serialised from this tree.
 */
import type {Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'

export interface FrontmatterProseOptions {
  /** Front-matter keys whose values are prose (default: title, description, summary, subtitle). */
  fields?: string[]
}

const defaultFields = ['title', 'description', 'summary', 'subtitle']

export default function remarkFrontmatterProse(options?: FrontmatterProseOptions | null) {
  const fields = new Set((options?.fields ?? defaultFields).map((field) => field.toLowerCase()))
  return function (tree: Root, file: VFile) {
    const source = String(file.value ?? '')
    const first = tree.children[0]
    if (!first || first.type !== 'yaml' || first.position?.start.offset === undefined) return
    const blockStart = first.position.start.offset
    const valueStart = source.indexOf(first.value, blockStart)
    if (valueStart < 0) return

    const paragraphs: Paragraph[] = []
    let lineStart = valueStart
    for (const line of first.value.split('\n')) {
      // `key: value` with a plain, single- or double-quoted value on one line, no escapes.
      const field = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(?:"([^"\\]*)"|'([^']*)'|([^"'#|>[{&*!%@`\s][^#]*?))[ \t]*$/.exec(line.replace(/\r$/, ''))
      if (field && fields.has(field[1].toLowerCase())) {
        const value = field[2] ?? field[3] ?? field[4] ?? ''
        const offset = lineStart + line.indexOf(value, field[1].length + 1)
        if (value.trim() && source.slice(offset, offset + value.length) === value) {
          paragraphs.push({
            type: 'paragraph',
            children: [{type: 'text', value, position: position(source, offset, offset + value.length)}],
            position: position(source, offset, offset + value.length)
          })
        }
      }
      lineStart += line.length + 1
    }
    tree.children.splice(0, 1, ...paragraphs)
  }
}

function position(source: string, start: number, end: number) {
  const point = (offset: number) => {
    const before = source.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    return {line, column, offset}
  }
  return {start: point(start), end: point(end)}
}
