/**
 * The shapes of the term map (as written in `rules/` and in a user's options) and of the
 * plugin's options. `schema/family.schema.json` is the same contract as JSON Schema.
 */
/** How sure a finding is: a warning is clear, info a prompt to look. */
export type Severity = 'warning' | 'info';
/**
 * Words or phrases. A word ending in `*` matches any word starting so, `*` alone any one
 * word, `a|b` either word, and `@name` includes a cue set from `rules/cues.yml`.
 */
export type Cues = string[];
/** A condition on the words around a match; every key given must hold. */
export interface ContextTest {
    precededBy?: Cues;
    followedBy?: Cues;
    wordsBefore?: Cues;
    wordsAfter?: Cues;
    window?: number;
    sentenceHas?: Cues;
    paragraphHas?: Cues;
    documentHas?: Cues;
    /** The document's profile (who is writing, for whom) is one of these (`rules/profiles.yml`). */
    documentIs?: string[];
    matchHas?: Cues;
    titleCase?: boolean;
    definedTerm?: boolean;
    /** Written with capitals in mid-sentence, with no capitalised word beside it: a writer's style (“each Resident”), not a name. */
    capitalised?: boolean;
    /**
     * The match stands in a heading in title capitals, in the writer's own words: a run of
     * capitalised words that opens its line or sentence with none of these words in it from the
     * match's last word on (the words that end a name: Services, Team, Charter, Standard…).
     */
    titleHeading?: Cues;
    plural?: boolean;
    /** The match ends in a possessive (the owner's, owners'): someone owning something, not a compound noun ("staff room"). */
    possessive?: boolean;
    alone?: boolean;
    /**
     * Elsewhere on the page, the rules read the family's words as people at least this many
     * times, and no less often than a rule sets them aside (a family's closing `always` rule
     * counts neither way): one sense per document, for a match nothing around it decides.
     */
    elsewhereFlagged?: number;
    always?: true;
    not?: ContextTest;
    any?: ContextTest[];
    /** Every one of these holds: for two tests of one kind, which one object cannot hold. */
    all?: ContextTest[];
    /**
     * A named condition holds: one of `conditions` in `rules/cues.yml` (or the `conditions`
     * option), for a test that many rules share (“in a social work setting”).
     */
    condition?: string;
}
export type Suggestion = string | {
    one: string;
    many: string;
    when?: ContextTest;
} | {
    text: string;
    when?: ContextTest;
};
export type PhraseDefinition = string | {
    text: string;
    head?: number;
    describe?: string;
    suggest?: Suggestion[];
    severity?: Severity;
    fixable?: boolean;
};
export interface SourceReference {
    /** An essay id from `rules/sources.yml`. */
    essay: string;
    /** A section of that essay. */
    section: string;
}
export type ContextOutcome = 'ignore' | Severity | {
    family: string;
};
export interface ContextRule {
    when: ContextTest;
    then: ContextOutcome;
    why: string;
    /** A sentence this rule decides, and no rule before it. */
    example?: string;
}
/** One family of wording: the unit people switch off, add or override. */
export interface FamilyDefinition {
    id: string;
    title: string;
    phrases: PhraseDefinition[];
    severity: Severity;
    describe: string;
    suggest: Suggestion[];
    explanation: string;
    source: SourceReference | SourceReference[];
    context?: ContextRule[];
    fixable?: boolean;
    url?: string;
    examples?: {
        flag?: string[];
        pass?: string[];
    };
}
export interface Essay {
    file: string;
    title: string;
    cite: string;
    sections: string[];
}
/**
 * One kind of writer a document can be read as (a firm writing about the people it sells to, a
 * public body, a care service...), scored once per document from its whole text.
 */
export interface ProfileDefinition {
    /** What a document of this profile is, for explanations. */
    describe: string;
    /** Words and phrases that count towards it, each occurrence once (a cue counts at most `cap` times). */
    cues: Cues;
    /** Phrases a writer uses of itself ("we are a water company", "authorised and regulated by"), each counting `strongWeight`. */
    strong?: Cues;
    /** The profile holds when its score is at least this... */
    minimum: number;
    /** ...and at least `ratio` times the score of each of these profiles. */
    beats?: string[];
    ratio?: number;
    /**
     * A lower minimum for a document in which none of the profiles it `beats` scores at all:
     * a short page whose every cue is of one kind (a firm's two paragraphs on bills and power
     * cuts, with no public body, care or support in them) is that kind of page.
     */
    minimumUnrivalled?: number;
    /**
     * A lower minimum for a document in which, of the profiles it `beats`, only these
     * `rivals` score at all, each beaten `ratio` times: a firm's page for people in
     * difficulty points them to debt advice or mental health support, words that score for
     * support without saying who is writing.
     */
    minimumBesides?: {
        minimum: number;
        rivals: string[];
        ratio: number;
    };
}
export interface Profiles {
    /** How many times one cue counts at most, so that one word repeated does not decide. */
    cap: number;
    strongWeight: number;
    profiles: Record<string, ProfileDefinition>;
}
/**
 * The example sentences of the built-in families, as generated from `rules/` into
 * `generated/examples.json` (kept out of the term map the plugin loads): each context rule's
 * example by its index, and each family's documented examples both ways.
 */
export interface RuleExamples {
    everywhere: string[];
    families: Record<string, {
        context: string[];
        flag: string[];
        pass: string[];
    }>;
}
/** The whole term map, as generated from `rules/` into `generated/term-map.json` (without the rules' examples). */
export interface TermMap {
    families: FamilyDefinition[];
    cues: Record<string, string[]>;
    /** Named conditions that context rules refer to as `{condition: name}`. */
    conditions: Record<string, ContextTest>;
    everywhere: ContextRule[];
    essays: Record<string, Essay>;
    profiles: Profiles;
}
declare module 'vfile-message' {
    interface VFileMessage {
        /**
         * Set by retext-public-service when the first of `expected` can be applied without
         * reading the sentence (the term map marks the phrase fixable, and the finding is a
         * clear one in the family that matched it).
         */
        fixable?: boolean;
        /**
         * Set by retext-public-service: the words of the sentence before and after the finding
         * (at most 160 characters each), as plain text. Reports show the sentence with it, and
         * a finding is known again by its words and these (baselines, SARIF fingerprints).
         */
        context?: {
            before: string;
            after: string;
        };
    }
}
/** Options of `retextPublicService`. */
export interface Options {
    /** Family ids to switch off. */
    disable?: string[] | null;
    /** Families to add, or to replace the built-in family with the same id. */
    families?: FamilyDefinition[] | null;
    /** Cue sets to add or replace, for use as `@name` in families' context rules. */
    cues?: Record<string, string[]> | null;
    /** Named conditions to add or replace, for use as `{condition: name}` in families' context rules. */
    conditions?: Record<string, ContextTest> | null;
}
