/**
 * Decides what a match means from the words around it: the one engine step in which
 * sense is settled, driven entirely by the rules in `rules/`.
 */
import type { Root } from 'nlcst';
import type { Atom, AtomCache } from '../matching/atoms.js';
import type { CompiledFamily, CompiledTermMap, CompiledTest } from '../term-map/compile.js';
import type { Paragraph, Sentence } from 'nlcst';
import type { Severity } from '../term-map/types.js';
export interface MatchContext {
    atoms: Atom[];
    /** First atom of the match and one past its last. */
    start: number;
    end: number;
    plural: boolean;
    sentence: Sentence;
    paragraph: Paragraph | undefined;
    /** The node holding the paragraph (to find the rest of its block). */
    block?: {
        children: ReadonlyArray<{
            type: string;
        }>;
    };
    tree: Root;
    cache: AtomCache;
}
export declare function testHolds(test: CompiledTest, context: MatchContext): boolean;
export interface Decision {
    family: CompiledFamily;
    severity: Severity;
}
/**
 * The rules tried before every family, then the family's own, in order; the first that
 * holds decides. A rule may hand the match to another family, whose own rules then
 * decide (once: a family it hands to cannot hand it on).
 */
export declare function decide(termMap: CompiledTermMap, family: CompiledFamily, severity: Severity, context: MatchContext): Decision | undefined;
/**
 * Whether the match stands inside quotation marks in its paragraph: a quoted title,
 * someone's words, or a word held up as a word. nlcst-is-literal also treats commas and
 * dashes as delimiters, which would hide real uses in lists, so quotes are tracked here.
 */
export declare function isQuoted(paragraph: Paragraph | undefined, sentence: Sentence, firstChild: number, lastChild: number): boolean;
