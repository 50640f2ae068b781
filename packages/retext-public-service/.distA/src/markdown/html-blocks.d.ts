import type { Root } from 'mdast';
import type { VFile } from 'vfile';
/** A run of text found in an HTML block: its value, as long as its source, and where that stands. */
interface TextRun {
    value: string;
    start: number;
    end: number;
}
/**
 * Splits raw HTML into paragraphs of text runs. Tags, comments, declarations and the
 * content of code-like elements are left out; each run's value is as long as its source,
 * so positions stay true.
 */
export declare function htmlTextRuns(html: string): TextRun[][];
export default function remarkHtmlProse(): (tree: Root, file: VFile) => void;
export {};
