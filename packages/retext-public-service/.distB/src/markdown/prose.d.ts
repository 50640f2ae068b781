/**
 * The remark steps, in order, that turn a markdown tree into the prose remark-retext hands
 * to the plugin: front matter's prose fields, table cells and raw HTML blocks become
 * paragraphs, and positions are mended where a block overlaps the one before. Every
 * markdown pipeline (the CLI's, the browser page's, the evaluation's) uses this one list,
 * after remark-parse, remark-frontmatter and remark-gfm, so they all read the same prose.
 */
import type { PluggableList } from 'unified';
export declare const remarkProse: PluggableList;
