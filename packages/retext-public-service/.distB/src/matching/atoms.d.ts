/**
 * A sentence as a flat list of words ("atoms") the matcher and the context tests read.
 * Hyphenated words give one atom per part, so "well-being" and "well being" match the
 * same phrase; line breaks are white space, so a phrase may run across lines.
 */
import type { Paragraph, Root, Sentence } from 'nlcst';
import type { Point } from 'unist';
import { type DocumentProfile, type Profiler } from '../term-map/compile.js';
export interface Atom {
    /** Lowercased, straight apostrophe, possessive removed. */
    norm: string;
    /** The word part as written. */
    raw: string;
    /** Where the atom starts and ends in the file. */
    start: Point | undefined;
    end: Point | undefined;
    possessive: boolean;
    /**
     * Punctuation or a symbol stands between this atom and the previous one, or this is the
     * first atom of its sentence: the words of a paragraph or a document are read as one
     * list, and no cue may run from one sentence into the next.
     */
    breakBefore: boolean;
    /** First word of its sentence (an opening quote or bracket may come before it). */
    sentenceStart: boolean;
    /**
     * First word after a colon ("Referral criteria: Applicants must…") or a bullet glyph ("• Visitors
     * must…", common in text taken from web pages and PDFs), which may take a capital as a
     * sentence's first word does.
     */
    clauseStart: boolean;
    /**
     * First word after a line break inside the sentence. Text taken from a web page or a PDF
     * often runs a heading into the first line below it ("Terms of Use⏎Visitors must…").
     */
    lineStart: boolean;
    /** Index of the word node in `sentence.children`. */
    childIndex: number;
}
export declare function sentenceAtoms(sentence: Sentence): Atom[];
/** A blank line: where a writer's paragraph ends (the pre-scan splits text on it too). */
export declare const blankLine: RegExp;
/** Atoms per sentence, computed once and shared by the matcher and the context tests. */
export declare class AtomCache {
    #private;
    /**
     * `text` is the file's source; `shift` how far tree offsets lag behind it; `profiler`
     * reads who is writing from the whole text.
     */
    constructor(text?: string, shift?: () => number, profiler?: Profiler);
    /**
     * The document's profile, read once from the file's whole source: paragraphs a pre-scan
     * left out of the parse still count, as does a title in front matter.
     */
    profile(): DocumentProfile;
    /**
     * Whether the file's text holds a cue of `list` (its `occursIn` test, once per file and
     * list, on the raw text with character references decoded); undefined when there is no
     * text to read, and the words of the tree must decide.
     */
    documentHolds(list: {
        occursIn?: (text: string) => boolean;
    }): boolean | undefined;
    sentence(sentence: Sentence): Atom[];
    /**
     * The words of the block a paragraph belongs to. The English parser starts a new
     * paragraph node at every line break, but a writer's paragraph runs to the next blank
     * line: consecutive paragraph nodes apart only by single line breaks are one block.
     */
    paragraph(paragraph: Paragraph | undefined, fallback: Sentence, parent?: {
        children: ReadonlyArray<{
            type: string;
        }>;
    }): Atom[];
    document(tree: Root): Atom[];
}
