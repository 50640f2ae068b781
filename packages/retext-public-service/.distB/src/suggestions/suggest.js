import { testHolds } from '../context/context.js';
function matchCase(actual, replacement) {
    const letters = actual.replace(/[^\p{L}]/gu, '');
    if (letters.length > 1 && letters === letters.toUpperCase())
        return replacement.toUpperCase();
    if (/^\p{Lu}/u.test(actual))
        return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    return replacement;
}
/** Pronouns take their own possessive form, never an apostrophe (“your”, not “you's”). */
const possessivePronouns = { you: 'your', they: 'their', we: 'our', he: 'his', she: 'her', it: 'its', i: 'my' };
function makePossessive(replacement, plural, apostrophe) {
    const pronoun = possessivePronouns[replacement.toLowerCase()];
    if (pronoun)
        return pronoun;
    if (plural && /s$/i.test(replacement))
        return replacement + apostrophe;
    return replacement + apostrophe + 's';
}
export function adaptSuggestions(suggestions, actual, possessive, context) {
    let chosen = suggestions
        .filter((suggestion) => !suggestion.when || testHolds(suggestion.when, context))
        .map((suggestion) => (context.plural ? suggestion.many : suggestion.one));
    if (possessive) {
        // A possessive on a long phrase reads badly ("people who use services's"): keep single words where any exist.
        const single = chosen.filter((text) => !/\s/.test(text));
        if (single.length > 0)
            chosen = single;
        const apostrophe = actual.includes('\u2019') ? '\u2019' : "'";
        chosen = chosen.map((text) => makePossessive(text, context.plural, apostrophe));
    }
    return [...new Set(chosen.map((text) => matchCase(actual, text)))];
}
/** "a" or "an" before a word, by its first sound as far as spelling tells. */
export function articleFor(word) {
    const lower = word.toLowerCase();
    if (/^(hour|honest|honou?r|heir)/.test(lower))
        return 'an';
    if (/^(u[bcfhjkqrstn][aeiou]|use|usu|eu|one|once|uni)/.test(lower))
        return 'a';
    return /^[aeiou]/.test(lower) ? 'an' : 'a';
}
//# sourceMappingURL=suggest.js.map