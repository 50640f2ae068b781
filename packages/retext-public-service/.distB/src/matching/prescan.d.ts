import type { CompiledTermMap } from '../term-map/compile.js';
import type { Options } from '../term-map/types.js';
export type Prescan = (text: string) => boolean;
export declare function prescanFor(termMap: CompiledTermMap): Prescan;
/** The pre-scan for the term map these plugin options give. */
export declare function createPrescan(options?: Options | null): Prescan;
/** Whether a paragraph's raw text must go to the natural-language parse. */
export declare function paragraphTest(termMap: CompiledTermMap, keepAlso?: (text: string) => boolean): Prescan;
/** What a paragraph pre-scan left out of the parse, for benchmarks and tests. */
export interface ParagraphsSkipped {
    paragraphs: number;
    characters: number;
}
/**
 * Plain text with every paragraph that `keep` rejects turned into spaces (line breaks
 * kept), so every offset in the text stays where it was.
 */
export declare function blankParagraphs(text: string, keep: Prescan, skipped?: ParagraphsSkipped): string;
interface TreeNode {
    type: string;
    tagName?: string;
    children?: TreeNode[];
    position?: {
        start: {
            offset?: number;
        };
        end: {
            offset?: number;
        };
    };
}
/**
 * Empties, in place, the paragraph nodes of a markdown (`mdast`) or HTML (`hast`) tree
 * whose source text `keep` rejects. The nodes stay, so the tree's shape is the same for
 * everything but the parse of their words.
 */
export declare function emptyParagraphs(tree: TreeNode, source: string, keep: Prescan, syntax: 'mdast' | 'hast', skipped?: ParagraphsSkipped): void;
export {};
