import remarkFrontmatterProse from './frontmatter.js';
import remarkHtmlProse from './html-blocks.js';
import remarkSiblingOverlaps from './overlaps.js';
import remarkTableProse from './tables.js';
export const remarkProse = [remarkFrontmatterProse, remarkTableProse, remarkHtmlProse, remarkSiblingOverlaps];
//# sourceMappingURL=prose.js.map