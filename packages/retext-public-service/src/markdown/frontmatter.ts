/**
 * remark plugin: a page's title, description and other text fields in YAML front matter
 * are prose that readers see (as the page heading, in search results, as a lead), so they
 * are checked too: single-line values of the prose fields, and block scalars (`key: |` or
 * `key: >`, several lines of text) of any field but code. The front matter node is
 * replaced by one paragraph per such value, positioned on the value, for remark-retext to
 * pass on (nodes must stay in document order, so they cannot sit beside the block they
 * come from). Use it in a checking pipeline only: the document itself is never
 * re-serialised from this tree.
 */
import type {Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'
import {positionsIn} from './position.js'

export interface FrontmatterProseOptions {
  /**
   * Front-matter keys whose single-line values are prose (default: title, description,
   * summary, subtitle, excerpt, lead, lede, intro, introduction, abstract, standfirst,
   * teaser, strapline, tagline, caption, leading_text). Block scalars are prose whatever
   * their key, unless the key names code (script, style, css, javascript, html, code).
   */
  fields?: string[]
}

const defaultFields = [
  'title', 'description', 'summary', 'subtitle', 'excerpt', 'lead', 'lede', 'intro', 'introduction', 'abstract',
  'standfirst', 'teaser', 'strapline', 'tagline', 'caption', 'leading_text'
]
const codeFields = new Set(['script', 'scripts', 'style', 'styles', 'css', 'js', 'javascript', 'html', 'code', 'template'])

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
    const position = positionsIn(file)
    const addValue = (start: number, end: number) => {
      const place = position(start, end)
      paragraphs.push({type: 'paragraph', children: [{type: 'text', value: source.slice(start, end), position: place}], position: {...place}})
    }
    const lines = first.value.split('\n')
    let lineStart = valueStart
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index].replace(/\r$/, '')
      const block = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*[|>][+-]?[1-9]?[ \t]*$/.exec(line)
      if (block) {
        // The block's text is every following line that is indented or blank; its source,
        // line breaks and indentation included, is its value, so positions stay true.
        let contentStart: number | undefined
        let contentEnd = 0
        let cursor = lineStart + lines[index].length + 1
        let next = index + 1
        for (; next < lines.length && (/^[ \t]/.test(lines[next]) || lines[next].trim() === ''); next++) {
          const raw = lines[next].replace(/\r$/, '')
          if (raw.trim()) {
            contentStart ??= cursor + (raw.length - raw.trimStart().length)
            contentEnd = cursor + raw.length
          }
          cursor += lines[next].length + 1
        }
        if (contentStart !== undefined && !codeFields.has(block[1].toLowerCase())) addValue(contentStart, contentEnd)
        lineStart = cursor
        index = next - 1
        continue
      }
      // `key: value` with a plain, single- or double-quoted value on one line, no escapes.
      const field = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(?:"([^"\\]*)"|'([^']*)'|([^"'#|>[{&*!%@`\s][^#]*?))[ \t]*$/.exec(line)
      if (field && fields.has(field[1].toLowerCase())) {
        const value = field[2] ?? field[3] ?? field[4] ?? ''
        const offset = lineStart + line.indexOf(value, field[1].length + 1)
        if (value.trim() && source.slice(offset, offset + value.length) === value) addValue(offset, offset + value.length)
      }
      lineStart += lines[index].length + 1
    }
    tree.children.splice(0, 1, ...paragraphs)
  }
}
