/**
 * Markdown and HTML pipelines for the page, loaded the first time such a file is opened.
 * Same parsers, plugins and order as the CLI's processor (src/processor.ts), and the same
 * inline comments (`<!--public-service disable customer-->`), so a file gets the same
 * findings on the page as on the command line.
 */
import type {Root as NlcstRoot} from 'nlcst'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified, type Processor} from 'unified'
import {messageControl, type Marker} from 'unified-message-control'
import type {Node, Parent} from 'unist'
import type {VFile} from 'vfile'
import {builtInTermMap, remarkFrontmatterProse, remarkTableProse} from '../src/engine.js'
import {source} from '../src/index.js'
import type {MarkupChecker, Runner} from './check.js'

const markerName = 'public-service'
const knownFamilies = builtInTermMap.families.map((family) => family.id)

export function createMarkupChecker(retext: Processor<NlcstRoot>): MarkupChecker {
  return {
    markdown: unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .use(remarkGfm)
      .use(remarkFrontmatterProse)
      .use(remarkTableProse)
      .use(remarkRetext, retext)
      .freeze() as unknown as Runner,
    html: unified().use(rehypeParse).use(rehypeRetext, retext).freeze() as unknown as Runner,
    controlMessages
  }
}

const htmlComment = /^\s*<!--([\s\S]*?)-->\s*$/
const markerWords = /^\s*([a-zA-Z\d-]+)(?:\s+([\s\S]*?))?\s*$/

function commentMarker(node: Node): Marker | undefined {
  const value = (node as {value?: unknown}).value
  if (typeof value !== 'string') return undefined
  const body = node.type === 'comment' ? value : node.type === 'html' ? htmlComment.exec(value)?.[1] : undefined
  const words = body === undefined ? undefined : markerWords.exec(body)
  return words ? {name: words[1], attributes: words[2] ?? ''} : undefined
}

function controlMessages(tree: Node, file: VFile, format: 'markdown' | 'html'): void {
  const commentType = format === 'html' ? 'comment' : 'html'
  messageControl(format === 'html' ? withoutInterElementWhitespace(tree) : tree, {
    file,
    name: markerName,
    marker: commentMarker,
    test: (node: Node) => node.type === commentType,
    known: knownFamilies,
    source
  })
}

/**
 * `ignore` applies to the node after the comment; in HTML that is mostly the line break
 * before the next element, so message control gets a copy of the tree without it.
 */
function withoutInterElementWhitespace(node: Node): Node {
  if (!('children' in node)) return node
  const children = (node as Parent).children
    .filter((child) => !(child.type === 'text' && /^[ \t\n\f\r]*$/.test((child as {value?: string}).value ?? '')))
    .map(withoutInterElementWhitespace)
  return {...node, children} as Node
}
