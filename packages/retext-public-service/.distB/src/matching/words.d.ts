/** Lowercased, straight apostrophe, no possessive ending. */
export declare function normalizeWord(value: string): {
    norm: string;
    possessive: boolean;
};
/** Splits a phrase or cue as written in the term map into words (spaces and hyphens). */
export declare function splitPhrase(text: string): string[];
/** Every form a phrase word matches: itself, singular and plural; value says if plural. */
export declare function wordForms(word: string): Map<string, boolean>;
