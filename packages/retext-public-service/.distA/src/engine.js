/**
 * Pieces of the engine that the CLI, language server and browser page share, beyond the
 * plugin itself (`retext-public-service/engine`): the pre-scan that skips paragraphs with
 * nothing to find, the term map as compiled, the safe-fix decision and the source name
 * every finding carries.
 */
export { blankParagraphs, createPrescan, emptyParagraphs, paragraphTest } from './matching/prescan.js';
export { source } from './matching/lint.js';
export { resolveTermMap, builtInTermMap } from './term-map/resolve.js';
export { TermMapError } from './term-map/validate.js';
export { isSafeToApply } from './suggestions/safe-fix.js';
export { default as remarkFrontmatterProse } from './markdown/frontmatter.js';
export { default as remarkTableProse } from './markdown/tables.js';
export { default as remarkHtmlProse, htmlTextRuns } from './markdown/html-blocks.js';
export { default as remarkSiblingOverlaps } from './markdown/overlaps.js';
export { remarkProse } from './markdown/prose.js';
//# sourceMappingURL=engine.js.map