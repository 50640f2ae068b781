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
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
export interface FrontmatterProseOptions {
    /**
     * Front-matter keys whose single-line values are prose (default: title, description,
     * summary, subtitle, excerpt, lead, lede, intro, introduction, abstract, standfirst,
     * teaser, strapline, tagline, caption, leading_text). Block scalars are prose whatever
     * their key, unless the key names code (script, style, css, javascript, html, code).
     */
    fields?: string[];
}
export default function remarkFrontmatterProse(options?: FrontmatterProseOptions | null): (tree: Root, file: VFile) => void;
