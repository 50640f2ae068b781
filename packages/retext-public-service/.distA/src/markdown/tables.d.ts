/**
 * remark plugin: text in markdown tables is prose readers see, but mdast-util-to-nlcst
 * (under remark-retext) always skips tables. Each table is replaced by one paragraph per
 * cell, in reading order and at the cell's place, so its words are checked too. Use it in
 * a checking pipeline only: the document is never re-serialised from this tree.
 */
import type { Root } from 'mdast';
export default function remarkTableProse(): (tree: Root) => void;
