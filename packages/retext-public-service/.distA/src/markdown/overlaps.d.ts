/**
 * remark plugin: micromark gives a setext heading that follows link definitions in the
 * same block (`[a]: /x`, then `Title`, then `---`) a start at the first definition, so
 * the heading overlaps the definitions before it, and mdast-util-to-nlcst (under
 * remark-retext) fails on the file ("Invalid count value: -1"). A node that starts before
 * the sibling before it ends is made to start where its own first child starts (where its
 * text really begins), or else where that sibling ends. Use it in a checking pipeline only.
 */
import type { Root } from 'mdast';
export default function remarkSiblingOverlaps(): (tree: Root) => void;
