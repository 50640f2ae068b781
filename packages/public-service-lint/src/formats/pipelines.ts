/**
 * The markdown and HTML pipelines and the inline comments that switch findings off, shared
 * by the CLI's processor (Node) and the checker page (browser): nothing here touches the
 * file system, so both get the same findings from the same code.
 */
import type {Root as NlcstRoot} from 'nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified, type PluggableList, type Processor} from 'unified'
import {messageControl, type Marker} from 'unified-message-control'
import type {Node, Parent} from 'unist'
import type {VFile} from 'vfile'
import {remarkProse, source} from 'retext-public-service/engine'

/** Name of inline comments: `<!--public-service disable customer-->`. */
export const markerName = 'public-service'

/** What the pipelines need of a processor: parse, then run the transformers. */
export interface Runner {
  parse(file: VFile): Node
  run(tree: Node, file: VFile): Promise<Node>
}

/**
 * The remark plugins before the bridge to retext: GFM, front matter, and the front
 * matter's title, the tables' cells and the text of raw HTML blocks as prose, and positions
 * mended where micromark lets a block overlap the one before. `syntax` adds parser extensions (MDX).
 */
export function markdownRunner(retext: Processor<NlcstRoot>, syntax: PluggableList = []): Runner {
  return unified()
    .use(remarkParse)
    .use(syntax)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
    .use(remarkProse)
    .use(remarkRetext, retext)
    .freeze() as unknown as Runner
}

const commentBody = {
  html: /^\s*<!--([\s\S]*?)-->\s*$/,
  expression: /^\s*\/\*([\s\S]*?)\*\/\s*$/
}
const markerWords = /^\s*([a-zA-Z\d-]+)(?:\s+([\s\S]*?))?\s*$/

/** Reads `<!--public-service disable customer-->` (or `{/* … *\/}` in MDX) as a marker. */
export function commentMarker(node: Node): Marker | undefined {
  const value = (node as {value?: unknown}).value
  if (typeof value !== 'string') return undefined
  let body: string | undefined
  if (node.type === 'comment') body = value
  else if (node.type === 'html') body = commentBody.html.exec(value)?.[1]
  else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') body = commentBody.expression.exec(value)?.[1]
  const words = body === undefined ? undefined : markerWords.exec(body)
  return words ? {name: words[1], attributes: words[2] ?? ''} : undefined
}

const markerTypes: Record<'markdown' | 'mdx' | 'html', string[]> = {
  markdown: ['html'],
  mdx: ['html', 'mdxFlowExpression', 'mdxTextExpression'],
  html: ['comment']
}

/** Applies the document's inline comments to the file's messages; `known` are the family ids comments may name. */
export function controlMessages(tree: Node, file: VFile, format: 'markdown' | 'mdx' | 'html', known: string[]): void {
  const types = markerTypes[format]
  messageControl(format === 'html' ? withoutInterElementWhitespace(tree) : tree, {
    file,
    name: markerName,
    marker: commentMarker,
    test: (node: Node) => types.includes(node.type),
    known,
    source
  })
}

/**
 * `ignore` applies to the node after the comment; in HTML that is mostly the line break
 * before the next element, so the comment would ignore nothing. Message control gets a
 * copy of the tree without white space between elements.
 */
function withoutInterElementWhitespace(node: Node): Node {
  if (!('children' in node)) return node
  const children = (node as Parent).children
    .filter((child) => !(child.type === 'text' && /^[ \t\n\f\r]*$/.test((child as {value?: string}).value ?? '')))
    .map(withoutInterElementWhitespace)
  return {...node, children} as Node
}
