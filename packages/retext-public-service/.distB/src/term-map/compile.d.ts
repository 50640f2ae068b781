/**
 * Turns the term map into what matching needs, once per processor: a map from a word to
 * the phrases that can start with it, and context tests with their cues expanded.
 */
import type { ContextOutcome, ContextTest, Cues, Essay, FamilyDefinition, Profiles, Severity, SourceReference } from './types.js';
/** One word of a cue: any word, one of some words, or words starting so. */
export interface WordPattern {
    any: boolean;
    exact: ReadonlySet<string>;
    prefixes: readonly string[];
}
export type CuePattern = readonly WordPattern[];
/**
 * Cue patterns indexed by their first word, so a context test costs one look-up per
 * position rather than one comparison per pattern.
 */
export interface CueList {
    byWord: ReadonlyMap<string, CuePattern[]>;
    /** Patterns whose first word is a prefix (`council*`), by the prefix's first two letters. */
    byPrefix: ReadonlyMap<string, CuePattern[]>;
    /** Patterns whose first word is `*`. */
    anyWord: CuePattern[];
    /** Length of the longest pattern, for tests that look right before or after a match. */
    longest: number;
    patterns: CuePattern[];
    /**
     * Set on the lists of `documentHas` tests: whether a document's raw text (character
     * references decoded) holds one of the cues, as whole words.
     */
    occursIn?: (text: string) => boolean;
}
export interface CompiledTest {
    precededBy?: CueList;
    followedBy?: CueList;
    wordsBefore?: CueList;
    wordsAfter?: CueList;
    window: number;
    sentenceHas?: CueList;
    paragraphHas?: CueList;
    documentHas?: CueList;
    documentIs?: readonly string[];
    matchHas?: CueList;
    titleCase?: boolean;
    definedTerm?: boolean;
    capitalised?: boolean;
    titleHeading?: CueList;
    plural?: boolean;
    possessive?: boolean;
    alone?: boolean;
    always?: boolean;
    not?: CompiledTest;
    any?: CompiledTest[];
    /** The test's own `all`, and the named condition it refers to. */
    all?: CompiledTest[];
}
export interface CompiledRule {
    /** The rule's test, apart from how the rest of the page reads the family (`onPage`). */
    when: CompiledTest;
    then: ContextOutcome;
    /**
     * `elsewhereFlagged`: the rule holds only where the rules read the family's other matches
     * on the page as people at least this many times, and no less often than they set them aside.
     */
    onPage?: number;
}
export interface CompiledSuggestion {
    one: string;
    many: string;
    when?: CompiledTest;
}
export interface CompiledFamily {
    id: string;
    definition: FamilyDefinition;
    severity: Severity;
    describe: string;
    suggest: CompiledSuggestion[];
    rules: CompiledRule[];
    note: string;
    url: string;
    fixable: boolean;
}
export interface CompiledPhrase {
    family: CompiledFamily;
    text: string;
    /** Per word: each form it matches, and whether that form is plural. */
    words: ReadonlyArray<ReadonlyMap<string, boolean>>;
    head: number;
    describe: string;
    suggest: CompiledSuggestion[];
    severity: Severity;
    fixable: boolean;
}
export interface CompiledTermMap {
    /** Word form to the phrases starting with it, longest first. */
    index: ReadonlyMap<string, CompiledPhrase[]>;
    families: ReadonlyMap<string, CompiledFamily>;
    everywhere: CompiledRule[];
    /**
     * One word per phrase (its longest, usually its rarest), in every form: no phrase can
     * match in text that holds none of them, so text without them is skipped unread.
     */
    anchors: ReadonlySet<string>;
    anchorLengths: ReadonlySet<number>;
    /**
     * Whether raw text could hold a match: some anchor as a whole word, or a character
     * reference (`&#99;`) that could spell one once decoded. False means no finding.
     */
    mayMatch: (text: string) => boolean;
    /**
     * Offsets of every anchor in raw text, in order; undefined when the text has character
     * references, whose decoded words the raw offsets cannot show.
     */
    anchorOffsets: (text: string) => number[] | undefined;
    /** Reads who is writing from a document's whole text (`rules/profiles.yml`). */
    profiler: Profiler;
}
/** A document's profile: each profile's score, the cues that scored, and those that hold. */
export interface DocumentProfile {
    scores: Record<string, number>;
    cues: Record<string, string[]>;
    holds: ReadonlySet<string>;
}
export type Profiler = (text: string) => DocumentProfile;
/** The text with its character references (`&amp;`, `&#8217;`) decoded, as a reader sees it. */
export declare function decodeCharacterReferences(text: string): string;
/**
 * Profiles are scored on the raw text, once per document, in one pass over its words: each
 * cue is found as whole words (capitals or not; white space or hyphens between the words of
 * a phrase, no other punctuation), counted at most `cap` times, a writer's description of
 * itself `strongWeight` times. A profile holds when its score reaches its minimum (or its
 * `minimumUnrivalled` when no profile it must beat scores at all, or the minimum of its
 * `minimumBesides` when only that field's rivals score, each beaten by its ratio) and beats
 * each profile it must beat by its ratio.
 */
export declare function compileProfiler(definition: Profiles | undefined, cues: CueCompiler): Profiler;
export declare class CueCompiler {
    #private;
    constructor(sets: Readonly<Record<string, string[]>>, conditions?: Readonly<Record<string, ContextTest>>);
    /** A named condition, compiled once however many rules refer to it. */
    condition(name: string): CompiledTest;
    /** Expands `@name` (also inside a phrase: "of @commercial") into plain cue strings. */
    expand(cue: string, seen?: ReadonlySet<string>): string[];
    patterns(cues: Cues | undefined): CueList | undefined;
    test(test: ContextTest): CompiledTest;
}
/** "Source: …" sentence naming the essay and section of each source. */
export declare function citeSources(sources: SourceReference | SourceReference[], essays: Readonly<Record<string, Essay>>): string;
export declare function compileTermMap(families: readonly FamilyDefinition[], everywhere: readonly {
    when: ContextTest;
    then: ContextOutcome;
}[], cueSets: Readonly<Record<string, string[]>>, essays: Readonly<Record<string, Essay>>, profiles?: Profiles, conditions?: Readonly<Record<string, ContextTest>>): CompiledTermMap;
