/**
 * How words are normalised, the same way for the text, for phrases and for cues, so that
 * one lookup decides a match.
 */
import pluralize from 'pluralize';
const curlyApostrophe = /\u2019/g;
/** Lowercased, straight apostrophe, no possessive ending. */
export function normalizeWord(value) {
    let norm = value.toLowerCase();
    if (norm.includes('\u2019'))
        norm = norm.replace(curlyApostrophe, "'");
    let possessive = false;
    if (norm.length > 2 && norm.endsWith("'s")) {
        norm = norm.slice(0, -2);
        possessive = true;
    }
    else if (norm.length > 1 && norm.endsWith("'")) {
        norm = norm.slice(0, -1);
        possessive = true;
    }
    return { norm, possessive };
}
/** Splits a phrase or cue as written in the term map into words (spaces and hyphens). */
export function splitPhrase(text) {
    return text
        .trim()
        .split(/[\s\-\u2010\u2011]+/)
        .filter(Boolean);
}
/** Every form a phrase word matches: itself, singular and plural; value says if plural. */
export function wordForms(word) {
    const forms = new Map();
    for (const alternative of word.split('|')) {
        const { norm } = normalizeWord(alternative);
        if (!norm)
            continue;
        const singular = pluralize.singular(norm);
        const plural = pluralize.plural(singular);
        if (!forms.has(norm))
            forms.set(norm, norm !== singular && norm === plural);
        if (!forms.has(singular))
            forms.set(singular, false);
        if (!forms.has(plural))
            forms.set(plural, plural !== singular);
    }
    return forms;
}
//# sourceMappingURL=words.js.map