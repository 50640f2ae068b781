/**
 * remark plugin: micromark gives a setext heading that follows link definitions in the
 * same block (`[a]: /x`, then `Title`, then `---`) a start at the first definition, so
 * the heading overlaps the definitions before it, and mdast-util-to-nlcst (under
 * remark-retext) fails on the file ("Invalid count value: -1"). A node that starts before
 * the sibling before it ends is made to start where its own first child starts (where its
 * text really begins), or else where that sibling ends. Use it in a checking pipeline only.
 */
import type {Root} from 'mdast'
import type {Node, Parent, Point} from 'unist'

export default function remarkSiblingOverlaps() {
  return function (tree: Root) {
    mend(tree)
  }
}

function mend(parent: Parent): void {
  let previousEnd: Point | undefined
  for (const child of parent.children) {
    const position = child.position
    if (position && previousEnd && position.start.offset !== undefined && previousEnd.offset !== undefined && position.start.offset < previousEnd.offset) {
      const firstStart = (child as Partial<Parent>).children?.[0]?.position?.start
      const start = firstStart?.offset !== undefined && firstStart.offset >= previousEnd.offset ? firstStart : previousEnd
      child.position = {start: {...start}, end: position.end}
    }
    if (isParent(child)) mend(child)
    if (child.position) previousEnd = child.position.end
  }
}

function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children)
}
