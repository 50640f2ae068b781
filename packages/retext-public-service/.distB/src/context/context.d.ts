/**
 * Decides what a match means from the words around it: the one engine step in which
 * sense is settled, driven entirely by the rules in `rules/`.
 */
import type { Root } from 'nlcst';
import type { Atom, AtomCache } from '../matching/atoms.js';
import type { CompiledFamily, CompiledRule, CompiledTermMap, CompiledTest } from '../term-map/compile.js';
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
    /**
     * How the rules read the matches of this match's family across the page, where it is
     * known before the match is decided (in `explain`). Without it, a rule that asks
     * (`elsewhereFlagged`) is left for the caller to settle once the page is read.
     */
    elsewhere?: () => PageReading;
}
/** How the rules read a family's matches across one page. */
export interface PageReading {
    /** Matches a rule flags (a warning or a note). */
    flagged: number;
    /** Matches a rule sets aside, other than a family's closing `always` rule. */
    setAside: number;
}
export declare function testHolds(test: CompiledTest, context: MatchContext): boolean;
export interface Decision {
    family: CompiledFamily;
    severity: Severity;
}
/** How one match counts toward its family's reading of the page. */
export type Reading = 'flagged' | 'set aside' | undefined;
export interface Settlement {
    /** The decision of the first rule that holds without asking how the page reads. */
    decision: Decision | undefined;
    /**
     * Flagged or set aside by a rule; neither when a family's closing `always` rule or no
     * rule decides, or the match is handed to another family.
     */
    reading: Reading;
    /** The first rule that holds but for the page's reading, left to settle once the page is read. */
    onPage?: {
        rule: CompiledRule;
        family: CompiledFamily;
    };
}
/** Whether the page reads the family as people often enough for a rule that asks `atLeast`. */
export declare function pageReads(reading: PageReading, atLeast: number): boolean;
/**
 * The rules tried before every family, then the family's own, in order; the first that
 * holds decides. A rule may hand the match to another family, whose own rules then
 * decide (once: a family it hands to cannot hand it on). A rule that asks how the rest of
 * the page reads the family holds at once where `context.elsewhere` says; without it, the
 * first such rule is handed back in `onPage` and the rules after it decide for now.
 */
export declare function settle(termMap: CompiledTermMap, family: CompiledFamily, severity: Severity, context: MatchContext): Settlement;
/** The decision once the page is read: a rule that asked how the page reads may now hold. */
export declare function settled(settlement: Settlement, readingOf: (family: CompiledFamily) => PageReading): Decision | undefined;
/**
 * Whether the match stands inside quotation marks in its paragraph: a quoted title,
 * someone's words, or a word held up as a word. nlcst-is-literal also treats commas and
 * dashes as delimiters, which would hide real uses in lists, so quotes are tracked here.
 */
export declare function isQuoted(paragraph: Paragraph | undefined, sentence: Sentence, firstChild: number, lastChild: number): boolean;
