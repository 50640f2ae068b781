/**
 * remark plugin: text in markdown tables is prose readers see, but mdast-util-to-nlcst
 * (under remark-retext) always skips tables. Each table is replaced by one paragraph per
 * cell, in reading order and at the cell's place, so its words are checked too. Use it in
 * a checking pipeline only: the document is never re-serialised from this tree.
 */
import type {Paragraph, Parent, Root, RootContent} from 'mdast'

export default function remarkTableProse() {
  return function (tree: Root) {
    const visit = (parent: Parent) => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index] as RootContent
        if (child.type === 'table') {
          const cells: Paragraph[] = []
          for (const row of child.children) {
            for (const cell of row.children) {
              if (cell.children.length > 0) cells.push({type: 'paragraph', children: cell.children, position: cell.position})
            }
          }
          parent.children.splice(index, 1, ...cells)
          index += cells.length - 1
        } else if ('children' in child) {
          visit(child)
        }
      }
    }
    visit(tree)
  }
}
