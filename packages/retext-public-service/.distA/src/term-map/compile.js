import { normalizeWord, splitPhrase, wordForms } from '../matching/words.js';
function indexCues(patterns) {
    const byWord = new Map();
    const byPrefix = new Map();
    const anyWord = [];
    const add = (map, key, pattern) => {
        const list = map.get(key);
        if (list) {
            if (!list.includes(pattern))
                list.push(pattern);
        }
        else
            map.set(key, [pattern]);
    };
    for (const pattern of patterns) {
        const first = pattern[0];
        if (first.any)
            anyWord.push(pattern);
        for (const word of first.exact)
            add(byWord, word, pattern);
        for (const prefix of first.prefixes) {
            // A one-letter prefix would need every two-letter bucket it starts; treat it as a wildcard.
            if (prefix.length < 2)
                anyWord.push(pattern);
            else
                add(byPrefix, prefix.slice(0, 2), pattern);
        }
    }
    return { byWord, byPrefix, anyWord, longest: Math.max(0, ...patterns.map((pattern) => pattern.length)), patterns };
}
function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const characterReference = /&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/i;
/** Most files hold no `&` at all, which a plain search finds far faster than the expression. */
function hasCharacterReference(text) {
    return text.includes('&') && characterReference.test(text);
}
/** A regular expression source matching exactly this word (an apostrophe either way). */
function wordSource(word) {
    const escaped = escapeRegExp(word);
    return escaped.includes("'") ? escaped.replaceAll("'", "['\u2019]") : escaped;
}
/** A regular expression source matching exactly these words, shared prefixes factored out. */
function trieSource(words) {
    // One word has nothing to share: most calls, and the tails of most branches.
    if (words.length === 1)
        return wordSource(words[0]);
    const groups = new Map();
    let endsHere = false;
    for (const word of words) {
        if (word === '') {
            endsHere = true;
            continue;
        }
        const group = groups.get(word[0]);
        if (group)
            group.push(word.slice(1));
        else
            groups.set(word[0], [word.slice(1)]);
    }
    const branches = [...groups].map(([first, rests]) => wordSource(first) + trieSource(rests));
    if (branches.length === 0)
        return '';
    const body = branches.length === 1 ? branches[0] : '(?:' + branches.join('|') + ')';
    return endsHere ? '(?:' + body + ')?' : body;
}
/**
 * Any of these words whole, or the letters of any of these prefixes. As for anchors and
 * cues, `\b` follows only a word that ends in an ASCII letter or digit: after “café” it
 * never holds, so such a word is matched as a prefix is.
 */
function wordsSource(exact, prefixes = []) {
    const bounded = [];
    const open = [...prefixes];
    for (const word of exact)
        (/\w$/.test(word) ? bounded : open).push(word);
    return [bounded.length > 0 ? '(?:' + trieSource(bounded.sort()) + ')\\b' : '', open.length > 0 ? trieSource(open.sort()) : ''].filter(Boolean).join('|');
}
/**
 * `\b` before a word where every word it may be starts with an ASCII letter or digit, and
 * nothing where one does not: `\b` before “é” never holds.
 */
function boundBefore(starts) {
    return [...starts].every((start) => /^\w/.test(start)) ? '\\b' : '';
}
/**
 * Anchors as whole words. `\b` is ASCII-only, so the test can only say yes more often
 * than the tokeniser would (never less): a word glued to `_` is an identifier anyway.
 */
function anchorPattern(anchors, flags) {
    return new RegExp('\\b' + trieSource([...anchors].sort()) + '\\b', flags);
}
/**
 * Whether raw text could hold a match: an anchor stands in it as a whole word, and so does
 * every other word of some phrase holding that anchor. An anchor is its phrase's least
 * common usable word, yet some are common in prose on their own: a two-word phrase whose
 * other word is too common to anchor on is anchored on a word that GOV.UK and NHS pages use
 * in every other paragraph (a third of the corpus's parsed text held that anchor and no
 * phrase). A text without the phrase's other word cannot match, so it is not parsed. The
 * other words are read as loosely as the anchor (whole words, any capitals, anywhere in the
 * text), so the test can only say yes more often than matching would, never less.
 */
function phraseTest(anchors, phrases) {
    const pattern = anchorPattern(anchors, 'gi');
    const wordTests = new Map();
    const wordTest = (forms) => {
        const key = [...forms.keys()].sort().join('|');
        let test = wordTests.get(key);
        if (!test) {
            test = new RegExp(boundBefore(forms.keys()) + '(?:' + wordsSource(forms.keys()) + ')', 'i');
            wordTests.set(key, test);
        }
        return test;
    };
    // For each anchor form, the other words of each phrase that holds it; none for a phrase
    // that is the anchor alone, which needs nothing more.
    const companions = new Map();
    for (const anchor of anchors) {
        const lists = [];
        for (const phrase of phrases) {
            const at = phrase.words.findIndex((forms) => forms.has(anchor));
            if (at >= 0)
                lists.push(phrase.words.filter((_, index) => index !== at).map(wordTest));
        }
        companions.set(anchor, lists.some((list) => list.length === 0) ? [[]] : lists);
    }
    return (text) => {
        if (hasCharacterReference(text))
            return true;
        const seen = new Map();
        const holds = (test) => {
            let found = seen.get(test);
            if (found === undefined) {
                found = test.test(text);
                seen.set(test, found);
            }
            return found;
        };
        const checked = new Set();
        pattern.lastIndex = 0;
        let found;
        while ((found = pattern.exec(text))) {
            const anchor = found[0].toLowerCase();
            if (checked.has(anchor))
                continue;
            checked.add(anchor);
            // An anchor whose form the table lacks (a capital the lower-casing missed) is trusted.
            const lists = companions.get(anchor);
            if (!lists || lists.some((list) => list.every(holds)))
                return true;
        }
        return false;
    };
}
function anchorFinder(anchors) {
    const pattern = anchorPattern(anchors, 'gi');
    return (text) => {
        if (hasCharacterReference(text))
            return undefined;
        const offsets = [];
        pattern.lastIndex = 0;
        let found;
        while ((found = pattern.exec(text)))
            offsets.push(found.index);
        return offsets;
    };
}
/** Every cue list of a `documentHas` test, in rules, suggestions and the rules tried everywhere. */
function documentCueLists(families, everywhere) {
    const lists = new Set();
    const collect = (test) => {
        if (!test)
            return;
        if (test.documentHas)
            lists.add(test.documentHas);
        collect(test.not);
        for (const inner of test.any ?? [])
            collect(inner);
        for (const inner of test.all ?? [])
            collect(inner);
    };
    for (const family of families) {
        for (const rule of family.rules)
            collect(rule.when);
        for (const suggestion of family.suggest)
            collect(suggestion.when);
    }
    for (const rule of everywhere)
        collect(rule.when);
    return lists;
}
// Between two words of a cue there can only be white space or a hyphen (anything else
// breaks the cue); a backslash too, as markdown's escaped hyphen (`care\-home`) is a
// hyphen once parsed.
const cueSeparator = '[\\s\\\\\\-\\u2010\\u2011]+';
/** Any character of a word: not white space, not a hyphen. */
const cueWordCharacter = '[^\\s\\-\\u2010\\u2011]';
// A word may carry a possessive ending.
const possessiveEnding = "(?:['\u2019]s?)?";
/** Each way one cue word can be written: the letters to match, and what must follow them. */
function cueWordForms(pattern) {
    if (pattern.any)
        return [['', cueWordCharacter + '+' + possessiveEnding]];
    return [
        // As for anchors, `\b` only where the word has an ASCII letter or digit to bound.
        ...[...pattern.exact].map((exact) => [exact, (/\w$/.test(exact) ? '\\b' : '') + possessiveEnding]),
        ...pattern.prefixes.map((prefix) => [prefix, cueWordCharacter + '*' + possessiveEnding])
    ];
}
function cueWordSource(pattern) {
    return '(?:' + cueWordForms(pattern).map(([letters, tail]) => wordSource(letters) + tail).join('|') + ')';
}
/**
 * Alternatives written as letters and what follows them, as one expression with the letters'
 * shared beginnings factored out. An expression of many alternatives is tried one
 * alternative after another at every place in the text; factored, a place whose letter
 * starts none of them is passed over at once.
 */
function factoredSource(alternatives) {
    const ends = new Set();
    const byLetter = new Map();
    for (const [letters, tail] of alternatives) {
        if (letters === '') {
            ends.add(tail);
            continue;
        }
        const group = byLetter.get(letters[0]);
        if (group)
            group.push([letters.slice(1), tail]);
        else
            byLetter.set(letters[0], [[letters.slice(1), tail]]);
    }
    const branches = [...byLetter].map(([letter, rests]) => wordSource(letter) + factoredSource(rests));
    // Nothing more to match: the rest is optional, as it cannot change whether the text holds one.
    if (ends.has(''))
        return branches.length > 0 ? '(?:' + branches.join('|') + ')?' : '';
    const all = [...ends, ...branches];
    return all.length === 1 ? all[0] : '(?:' + all.join('|') + ')';
}
/**
 * A test on a document's raw text, its character references decoded: whether a cue of these
 * lists stands in it as whole words (capitals or not; the words of a phrase separated by
 * white space or hyphens only, so never across a sentence's full stop). `documentHas` is
 * decided on the raw text, once per file and list, so a paragraph the pre-scan leaves out
 * of the parse still counts, and the pre-scan need not keep paragraphs for their cues.
 */
function cueTextTest(lists) {
    // The cues that start with each way of writing a first word: what may follow it.
    const followers = new Map();
    for (const list of lists) {
        for (const pattern of list.patterns) {
            if (pattern[0].any)
                return () => true;
            const rest = pattern.slice(1).map(cueWordSource).join(cueSeparator);
            for (const [letters, tail] of cueWordForms(pattern[0])) {
                const key = letters + '\u0000' + tail;
                const entry = followers.get(key) ?? { letters, tail, alone: false, rests: new Set() };
                // A cue of one word is enough on its own: longer cues from the same word add nothing.
                if (rest === '')
                    entry.alone = true;
                else
                    entry.rests.add(rest);
                followers.set(key, entry);
            }
        }
    }
    if (followers.size === 0)
        return () => false;
    const bounded = [];
    const unbounded = [];
    for (const { letters, tail, alone, rests } of followers.values()) {
        const whole = alone ? tail : tail + cueSeparator + '(?:' + [...rests].join('|') + ')';
        // `\b` before a word that starts with an ASCII letter or digit only: before “é” it never holds.
        if (/^\w/.test(letters))
            bounded.push([letters, whole]);
        else
            unbounded.push([letters, whole]);
    }
    const sources = [bounded.length > 0 ? '\\b' + factoredSource(bounded) : '', unbounded.length > 0 ? factoredSource(unbounded) : ''];
    const expression = new RegExp('(?:' + sources.filter(Boolean).join('|') + ')', 'i');
    return (text) => expression.test(text);
}
const namedReferences = { amp: '&', nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', apos: "'", quot: '"', ldquo: '\u201C', rdquo: '\u201D', ndash: '\u2013', mdash: '\u2014', hyphen: '-', shy: '' };
/** The text with its character references (`&amp;`, `&#8217;`) decoded, as a reader sees it. */
export function decodeCharacterReferences(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(new RegExp(characterReference.source, 'gi'), (reference) => {
        const body = reference.slice(1, -1);
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
        }
        return namedReferences[body.toLowerCase()] ?? ' ';
    });
}
/**
 * Profiles are scored on the raw text, once per document, in one pass over its words: each
 * cue is found as whole words (capitals or not; white space or hyphens between the words of
 * a phrase, no other punctuation), counted at most `cap` times, a writer's description of
 * itself `strongWeight` times. A profile holds when its score reaches its minimum (or its
 * `minimumUnrivalled` when no profile it must beat scores at all, or the minimum of its
 * `minimumBesides` when only that field's rivals score, each beaten by its ratio) and beats
 * each profile it must beat by its ratio.
 */
export function compileProfiler(definition, cues) {
    const all = [];
    const names = Object.keys(definition?.profiles ?? {});
    const strongWeight = definition?.strongWeight ?? 3;
    let groupCount = 0;
    for (const [name, profile] of Object.entries(definition?.profiles ?? {})) {
        const add = (list, weight) => {
            const group = groupCount++;
            for (const cue of (list ?? []).flatMap((entry) => cues.expand(entry)))
                all.push({ profile: name, cue, weight, pattern: splitPhrase(cue).map(compileWordPattern), group });
        };
        add(profile.cues, 1);
        add(profile.strong, strongWeight);
    }
    // The same lists as a context test's: one look-up per word, prefixes by their first two letters.
    const byPattern = new Map(all.map((entry) => [entry.pattern, entry]));
    const index = indexCues(all.map((entry) => entry.pattern));
    const cap = definition?.cap ?? 3;
    // Where a cue can start: its first word (or prefix) found by one regular expression over
    // the raw text, which skips the words that start none (most of them) at little cost; and
    // how many words to read there: the longest cue's length. (rules/profiles.yml has no cue
    // that starts with `*` or a one-letter prefix, which any word could start; the build checks.)
    const exactFirst = new Set();
    const prefixFirst = new Set();
    const wordsToRead = new Map();
    // A first word that starts only longer cues ("in" of "in-store", "our" of "our fees") is
    // among the commonest words of any text: where that is so, the expression also looks
    // ahead for a second word some cue can go on with, so the hundreds of other "in"s and
    // "our"s of a document are skipped with the rest. `null`: a cue of one word starts here,
    // or one whose second word is any word, so every occurrence must be read.
    const secondWords = new Map();
    for (const entry of all) {
        const { exact, prefixes } = entry.pattern[0];
        for (const start of [...exact, ...prefixes])
            wordsToRead.set(start, Math.max(wordsToRead.get(start) ?? 1, entry.pattern.length));
        for (const word of exact)
            exactFirst.add(word);
        for (const prefix of prefixes)
            prefixFirst.add(prefix);
        const second = entry.pattern[1];
        for (const word of exact) {
            if (secondWords.get(word) === null)
                continue;
            if (!second || second.any) {
                secondWords.set(word, null);
                continue;
            }
            const words = secondWords.get(word) ?? { exact: new Set(), prefixes: new Set() };
            for (const next of second.exact)
                words.exact.add(next);
            for (const next of second.prefixes)
                words.prefixes.add(next);
            secondWords.set(word, words);
        }
    }
    const alone = [...exactFirst].filter((word) => !secondWords.get(word)).sort();
    const leading = [...exactFirst].filter((word) => secondWords.get(word)).sort();
    // One look-ahead for all of them (the second words of every such cue together): one
    // branch per word would cost more at every position than it saves.
    const next = { exact: new Set(leading.flatMap((word) => [...secondWords.get(word).exact])), prefixes: new Set(leading.flatMap((word) => [...secondWords.get(word).prefixes])) };
    // Between the words of a cue, after a possessive ending on the first word: the separator
    // cues are read with.
    const lookAhead = '(?=' + possessiveEnding + cueSeparator + '(?:' + wordsSource(next.exact, next.prefixes) + '))';
    const alternatives = [wordsSource(alone), leading.length > 0 ? '(?:' + wordsSource(leading) + ')' + lookAhead : '', wordsSource([], prefixFirst)];
    const starts = new RegExp('\\b(?:' + (alternatives.filter(Boolean).join('|') || '(?!)') + ')', 'gi');
    return (text) => {
        // Counted by the words as written (each form of a cue apart: "bill" and "bills"), and
        // at one place at most once for each profile and weight: the longest cue there.
        const times = new Map();
        // Where the last cue of each profile and weight ended: a cue inside a longer one that
        // was counted ("social care" in "adult social care") is not counted again.
        const coveredUntil = new Array(groupCount).fill(-1);
        // The longest cue found at the place being read, for each profile and weight.
        const best = new Array(groupCount).fill(undefined);
        const touched = [];
        const consider = (patterns, words) => {
            if (!patterns)
                return;
            for (const pattern of patterns) {
                if (!wordsMatch(pattern, words, 0))
                    continue;
                const entry = byPattern.get(pattern);
                if (coveredUntil[entry.group] > words[0].start)
                    continue;
                const other = best[entry.group];
                if (!other)
                    touched.push(entry.group);
                if (!other || other.pattern.length < entry.pattern.length)
                    best[entry.group] = entry;
            }
        };
        /** Counts the cues that start at the first of `words`. */
        const tallyAt = (words) => {
            touched.length = 0;
            consider(index.byWord.get(words[0].norm), words);
            if (index.byPrefix.size > 0)
                consider(index.byPrefix.get(words[0].norm.slice(0, 2)), words);
            if (index.anyWord.length > 0)
                consider(index.anyWord, words);
            for (const group of touched) {
                const entry = best[group];
                best[group] = undefined;
                const length = entry.pattern.length;
                coveredUntil[group] = words[length - 1].end;
                const written = length === 1 ? words[0].norm : words.slice(0, length).map((word) => word.norm).join(' ');
                const key = group + '\u0000' + written;
                const tally = times.get(key);
                if (tally)
                    tally.many++;
                else
                    times.set(key, { profile: entry.profile, weight: entry.weight, words: written, many: 1 });
            }
        };
        starts.lastIndex = 0;
        for (let hit = starts.exec(text); hit; hit = starts.exec(text)) {
            // The expression matched a whole first word, or just a prefix's letters, as the cues
            // spell them: lowercased, it is the key.
            const words = profileWords(text, hit.index, wordsToRead.get(hit[0].toLowerCase()) ?? 1);
            if (words.length > 0)
                tallyAt(words);
        }
        const scores = {};
        const found = {};
        for (const name of names) {
            scores[name] = 0;
            found[name] = [];
        }
        for (const { profile, weight, words, many } of times.values()) {
            scores[profile] += weight * Math.min(many, cap);
            found[profile].push(many > 1 ? words + ' ×' + many : words);
        }
        const holds = new Set();
        for (const name of names) {
            const profile = definition.profiles[name];
            const score = scores[name];
            const unrivalled = (profile.beats ?? []).every((rival) => (scores[rival] ?? 0) === 0);
            const besides = profile.minimumBesides;
            const onlyWeakRivals = besides !== undefined &&
                score >= besides.minimum &&
                (profile.beats ?? []).every((rival) => (besides.rivals.includes(rival) ? score >= besides.ratio * (scores[rival] ?? 0) : (scores[rival] ?? 0) === 0));
            if (!onlyWeakRivals && score < (unrivalled ? (profile.minimumUnrivalled ?? profile.minimum) : profile.minimum))
                continue;
            if ((profile.beats ?? []).every((rival) => score >= (profile.ratio ?? 1) * (scores[rival] ?? 0)))
                holds.add(name);
        }
        return { scores, cues: found, holds };
    };
}
// A word: letters and digits, with apostrophes and dots inside (children's, gov.uk). Not a
// Unicode expression (slower): any character from U+00C0 up counts as a letter.
const profileWord = /[0-9A-Za-z\u00C0-\uFFFF]+(?:['\u2019.][0-9A-Za-z\u00C0-\uFFFF]+)*['\u2019]?/g;
/**
 * The first `most` words of the raw text from `from`, lowercased, possessives off, as far
 * as punctuation other than a hyphen (a cue does not run across it).
 */
function profileWords(text, from, most) {
    const words = [];
    profileWord.lastIndex = from;
    for (let match = profileWord.exec(text); match; match = profileWord.exec(text)) {
        if (words.length > 0) {
            // Only white space and hyphens between this word and the last.
            wordGap.lastIndex = words[words.length - 1].end;
            wordGap.test(text);
            if (wordGap.lastIndex !== match.index)
                break;
        }
        words.push({ norm: normalizeWord(match[0]).norm, start: match.index, end: match.index + match[0].length });
        if (words.length === most)
            break;
    }
    return words;
}
// The separator cues are read with, or nothing.
const wordGap = new RegExp('(?:' + cueSeparator + ')?', 'y');
function wordsMatch(pattern, words, from) {
    if (from + pattern.length > words.length)
        return false;
    for (let offset = 0; offset < pattern.length; offset++) {
        const word = words[from + offset];
        const test = pattern[offset];
        if (test.any || test.exact.has(word.norm))
            continue;
        if (!test.prefixes.some((prefix) => word.norm.startsWith(prefix)))
            return false;
    }
    return true;
}
const docsBase = 'https://github.com/retext-public-service/retext-public-service/blob/main/packages/retext-public-service/docs/rules/';
function compileWordPattern(word) {
    if (word === '*')
        return { any: true, exact: new Set(), prefixes: [] };
    const exact = new Set();
    const prefixes = [];
    for (const alternative of word.toLowerCase().replace(/\u2019/g, "'").split('|')) {
        if (alternative.endsWith('*') && alternative.length > 1)
            prefixes.push(alternative.slice(0, -1));
        else if (alternative)
            exact.add(alternative.replace(/'s$/, ''));
    }
    return { any: false, exact, prefixes };
}
export class CueCompiler {
    #sets;
    #expanded = new Map();
    #conditions;
    #compiledConditions = new Map();
    #compiling = new Set();
    constructor(sets, conditions = {}) {
        this.#sets = sets;
        this.#conditions = conditions;
    }
    /** A named condition, compiled once however many rules refer to it. */
    condition(name) {
        let compiled = this.#compiledConditions.get(name);
        if (compiled)
            return compiled;
        const definition = this.#conditions[name];
        if (!definition)
            throw new Error('unknown condition `' + name + '`');
        if (this.#compiling.has(name))
            throw new Error('condition `' + name + '` refers to itself');
        this.#compiling.add(name);
        compiled = this.test(definition);
        this.#compiling.delete(name);
        this.#compiledConditions.set(name, compiled);
        return compiled;
    }
    /** Expands `@name` (also inside a phrase: "of @commercial") into plain cue strings. */
    expand(cue, seen = new Set()) {
        const reference = /@([\w-]+)/.exec(cue);
        if (!reference)
            return [cue];
        const name = reference[1];
        if (seen.has(name))
            throw new Error('cue set `@' + name + '` includes itself');
        const members = this.#members(name, new Set([...seen, name]));
        return members.flatMap((member) => this.expand(cue.replace(reference[0], member), seen));
    }
    #members(name, seen) {
        let members = this.#expanded.get(name);
        if (!members) {
            members = (this.#sets[name] ?? []).flatMap((entry) => this.expand(entry, seen));
            this.#expanded.set(name, members);
        }
        return members;
    }
    patterns(cues) {
        if (!cues)
            return undefined;
        return indexCues(cues.flatMap((cue) => this.expand(cue)).map((cue) => splitPhrase(cue).map(compileWordPattern)));
    }
    test(test) {
        return {
            precededBy: this.patterns(test.precededBy),
            followedBy: this.patterns(test.followedBy),
            wordsBefore: this.patterns(test.wordsBefore),
            wordsAfter: this.patterns(test.wordsAfter),
            window: test.window ?? Number.POSITIVE_INFINITY,
            sentenceHas: this.patterns(test.sentenceHas),
            paragraphHas: this.patterns(test.paragraphHas),
            documentHas: this.patterns(test.documentHas),
            documentIs: test.documentIs,
            matchHas: this.patterns(test.matchHas),
            titleCase: test.titleCase,
            definedTerm: test.definedTerm,
            capitalised: test.capitalised,
            titleHeading: this.patterns(test.titleHeading),
            plural: test.plural,
            possessive: test.possessive,
            alone: test.alone,
            always: test.always,
            not: test.not ? this.test(test.not) : undefined,
            any: test.any?.map((inner) => this.test(inner)),
            all: this.#all(test)
        };
    }
    #all(test) {
        const all = (test.all ?? []).map((inner) => this.test(inner));
        if (test.condition !== undefined)
            all.push(this.condition(test.condition));
        return all.length > 0 ? all : undefined;
    }
}
function compileSuggestions(list, cues) {
    return list.map((suggestion) => {
        if (typeof suggestion === 'string')
            return { one: suggestion, many: suggestion };
        const when = suggestion.when ? cues.test(suggestion.when) : undefined;
        if ('text' in suggestion)
            return { one: suggestion.text, many: suggestion.text, when };
        return { one: suggestion.one, many: suggestion.many, when };
    });
}
/** "Source: …" sentence naming the essay and section of each source. */
export function citeSources(sources, essays) {
    const list = Array.isArray(sources) ? sources : [sources];
    const cites = list.map((source) => {
        const essay = essays[source.essay];
        return essay ? essay.cite.replace('{section}', source.section) : source.essay + ', ' + source.section;
    });
    return 'Source: ' + cites.join('; ') + '.';
}
export function compileTermMap(families, everywhere, cueSets, essays, profiles, conditions = {}) {
    const cues = new CueCompiler(cueSets, conditions);
    const compiledFamilies = new Map();
    const index = new Map();
    for (const definition of families) {
        const family = {
            id: definition.id,
            definition,
            severity: definition.severity,
            describe: definition.describe,
            suggest: compileSuggestions(definition.suggest, cues),
            rules: (definition.context ?? []).map((rule) => ({ when: cues.test(rule.when), then: rule.then })),
            note: definition.explanation.trim().replace(/\s+/g, ' ') + ' ' + citeSources(definition.source, essays),
            url: definition.url ?? docsBase + definition.id + '.md',
            fixable: definition.fixable ?? false
        };
        compiledFamilies.set(family.id, family);
        for (const phrase of definition.phrases) {
            const spec = typeof phrase === 'string' ? { text: phrase } : phrase;
            const words = splitPhrase(spec.text).map(wordForms);
            const compiled = {
                family,
                text: spec.text,
                words,
                head: Math.min(spec.head ?? words.length - 1, words.length - 1),
                describe: spec.describe ?? family.describe,
                suggest: spec.suggest ? compileSuggestions(spec.suggest, cues) : family.suggest,
                severity: spec.severity ?? family.severity,
                fixable: spec.fixable ?? family.fixable
            };
            for (const form of words[0].keys()) {
                const list = index.get(form) ?? [];
                list.push(compiled);
                index.set(form, list);
            }
        }
    }
    for (const list of index.values())
        list.sort((a, b) => b.words.length - a.words.length);
    // Words that are phrases on their own must be anchors anyway; a longer phrase holding
    // one needs no other. Otherwise its longest word not too common to anchor on.
    const anchors = new Set();
    const tooCommon = new Set(cueSets['too-common-to-anchor'] ?? []);
    const phrases = [...new Set([...index.values()].flat())].sort((a, b) => a.words.length - b.words.length);
    for (const phrase of phrases) {
        if (phrase.words.some((forms) => [...forms.keys()].some((form) => anchors.has(form))))
            continue;
        const shortest = (forms) => Math.min(...[...forms.keys()].map((form) => form.length));
        const usable = phrase.words.filter((forms) => ![...forms.keys()].some((form) => tooCommon.has(form)));
        let anchor = (usable.length > 0 ? usable : phrase.words)[0];
        for (const forms of usable)
            if (shortest(forms) > shortest(anchor))
                anchor = forms;
        for (const form of anchor.keys())
            anchors.add(form);
    }
    const everywhereRules = everywhere.map((rule) => ({ when: cues.test(rule.when), then: rule.then }));
    const documentCues = documentCueLists(compiledFamilies.values(), everywhereRules);
    for (const list of documentCues)
        list.occursIn = cueTextTest([list]);
    return {
        index,
        families: compiledFamilies,
        everywhere: everywhereRules,
        anchors,
        anchorLengths: new Set([...anchors].map((anchor) => anchor.length)),
        mayMatch: phraseTest(anchors, phrases),
        anchorOffsets: anchorFinder(anchors),
        profiler: compileProfiler(profiles, cues)
    };
}
//# sourceMappingURL=compile.js.map