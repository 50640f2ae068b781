import { decodeCharacterReferences } from '../term-map/compile.js';
import { normalizeWord } from './words.js';
const hyphens = new Set(['-', '\u2010', '\u2011']);
/** Marks after which a word starts a clause: a colon, or a list bullet run into the text. */
const clauseMarks = new Set([':', '\u2022', '\u25E6', '\u25AA', '\u25AB', '\u2023', '\u25CF', '\u25CB', '\u25A0', '\u25A1', '\u27A2', '\u25BA', '\u25B6', '\u2043', '\u00B7']);
const apostrophes = new Set(["'", '\u2019']);
/** Symbols that glue words into identifiers, addresses and paths, not prose. */
const gluing = new Set(['_', '@', '/', '\\', '=', '#', '<', '>', '{', '}', '|', '~']);
/** A word that is an identifier, such as `record_id` or `postCode`. */
function isIdentifier(word) {
    for (const child of word.children) {
        if (child.type === 'SymbolNode')
            return true;
        // Only a capital after the first letter can make camelCase; most words have none. A
        // capital run that closes the word is an acronym in mixed capitals (DoLS, CiN), read
        // as a word; camelCase goes on in small letters after its capitals (postCode, rowId).
        if (child.type === 'TextNode' && child.value.length > 1 && mayHaveCapitalAfterFirst(child.value) && /\p{Ll}\p{Lu}+\p{Ll}/u.test(child.value))
            return true;
    }
    return false;
}
/** Whether a letter after the first changes when lowercased, read without copying the word. */
function mayHaveCapitalAfterFirst(value) {
    for (let index = 1; index < value.length; index++) {
        const code = value.charCodeAt(index);
        if (code >= 65 && code <= 90)
            return true;
        if (code > 127)
            return value.slice(1) !== value.slice(1).toLowerCase();
    }
    return false;
}
/** Whether a word part holds a letter: most start with an ASCII one. */
function hasLetter(raw) {
    const code = raw.charCodeAt(0) | 0x20;
    return (code >= 97 && code <= 122) || /\p{L}/u.test(raw);
}
function glued(node) {
    return node !== undefined && (node.type === 'SymbolNode' || node.type === 'PunctuationNode') && gluing.has(node.value);
}
const lettersOnly = /^\p{L}+$/u;
/**
 * A slash between two plain words in prose ("staff/volunteers", "parent/carer", "parent/
 * representative", "parent / carer") offers alternatives; it is not a path, as long as
 * nothing else glues either word.
 */
function proseSlash(children, index) {
    const node = children[index];
    if (!node || node.type === 'WordNode' || node.type === 'WhiteSpaceNode' || node.value !== '/')
        return false;
    const plain = (word) => word?.type === 'WordNode' && word.children.every((part) => part.type === 'TextNode' && lettersOnly.test(part.value));
    const spaceBefore = children[index - 1]?.type === 'WhiteSpaceNode';
    const spaceAfter = children[index + 1]?.type === 'WhiteSpaceNode';
    // "a /b" is how a path starts ("open /docs"); "a/ b" and "a / b" are prose.
    if (spaceBefore && !spaceAfter)
        return false;
    const before = spaceBefore ? index - 2 : index - 1;
    const after = spaceAfter ? index + 2 : index + 1;
    return plain(children[before]) && plain(children[after]) && !glued(children[before - 1]) && !glued(children[after + 1]) && !dotted(children, before) && !dotted(children, after);
}
/** Whether the node at `index` glues the word beside it into an identifier or a path. */
function gluesAt(children, index) {
    return glued(children[index]) && !proseSlash(children, index);
}
/** A word directly attached to a dot and another word (`council.gov.uk`, `report.csv`). */
function dotted(children, index) {
    const next = children[index + 1];
    const after = children[index + 2];
    const previous = children[index - 1];
    const before = children[index - 2];
    const isDot = (node) => node !== undefined && node.type === 'PunctuationNode' && node.value === '.';
    return (isDot(next) && after?.type === 'WordNode') || (isDot(previous) && before?.type === 'WordNode');
}
/**
 * In markdown or HTML, markup between two words (`*a* b`, `a [b](…)`) is not in the
 * tree, only in the source: it still separates them, so it breaks a phrase.
 */
function markBreaksInSource(atoms, text, shift) {
    for (let index = 1; index < atoms.length; index++) {
        const atom = atoms[index];
        const previous = atoms[index - 1];
        if (atom.breakBefore || atom.childIndex === previous.childIndex)
            continue;
        const from = previous.end?.offset;
        const to = atom.start?.offset;
        if (from === undefined || to === undefined)
            continue;
        if (/\S/.test(text.slice(from + shift, to + shift)))
            atom.breakBefore = true;
    }
}
/** A number, or one already read with its thousands separators ("1,250"). */
const groupedNumber = /^\d{1,3}(?:,\d{3})*$/;
/** A word of exactly three digits, as follows a thousands separator. */
function digitGroup(node) {
    return node?.type === 'WordNode' && node.children.length === 1 && node.children[0].type === 'TextNode' && /^\d{3}$/.test(node.children[0].value);
}
export function sentenceAtoms(sentence) {
    const atoms = [];
    const children = sentence.children;
    let pendingBreak = false;
    let afterClauseMark = false;
    let seenWord = false;
    let afterLineBreak = false;
    let joinNumber = false;
    // The last word node read into a number with its separators ("1,250,000").
    let numberEnd = -1;
    for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child.type === 'WhiteSpaceNode') {
            if (child.value.includes('\n'))
                afterLineBreak = true;
            continue;
        }
        if (child.type !== 'WordNode') {
            const last = atoms[atoms.length - 1];
            // A lone apostrophe after a word ending in s is a plural possessive (residents').
            if (child.type === 'PunctuationNode' &&
                apostrophes.has(child.value) &&
                last &&
                last.childIndex === index - 1 &&
                /s$/i.test(last.raw) &&
                !(children[index + 1] && children[index + 1].type === 'WordNode')) {
                last.possessive = true;
                last.end = child.position?.end ?? last.end;
                // Part of the word, as in "resident's": "patients' records" reads on as one phrase.
                continue;
            }
            if (child.type === 'PunctuationNode' && child.value === ',' && last && (last.childIndex === index - 1 || numberEnd === index - 1) && groupedNumber.test(last.raw) && digitGroup(children[index + 1])) {
                // A thousands separator ("14,845 families"): the number reads on as one word.
                joinNumber = true;
                continue;
            }
            pendingBreak = true;
            if ((child.type === 'PunctuationNode' || child.type === 'SymbolNode') && clauseMarks.has(child.value))
                afterClauseMark = true;
            continue;
        }
        if (joinNumber) {
            joinNumber = false;
            const last = atoms[atoms.length - 1];
            const group = child.children[0].value;
            last.raw += ',' + group;
            // An identifier's number stays unmatched.
            if (last.norm !== '')
                last.norm += ',' + group;
            last.end = child.children[0].position?.end ?? last.end;
            numberEnd = index;
            continue;
        }
        const identifier = isIdentifier(child) || gluesAt(children, index - 1) || gluesAt(children, index + 1) || dotted(children, index);
        // A word part is a run of the word's text and apostrophes, from `first` to the hyphen or
        // symbol that ends it (or the word's end). Most words are one text node, one part.
        const parts = child.children;
        let first = -1;
        let partBreak = pendingBreak;
        for (let inner = 0; inner <= parts.length; inner++) {
            const node = parts[inner];
            if (node && (node.type === 'TextNode' || (node.type === 'PunctuationNode' && apostrophes.has(node.value)))) {
                if (first < 0)
                    first = inner;
                continue;
            }
            if (first >= 0) {
                const raw = inner - first === 1 ? parts[first].value : parts.slice(first, inner).map((part) => part.value).join('');
                const { norm, possessive } = normalizeWord(raw);
                const letter = hasLetter(raw);
                atoms.push({
                    // An identifier keeps its place (so neighbours do not join across it) but never matches.
                    norm: identifier ? '' : norm,
                    raw,
                    start: parts[first].position?.start,
                    end: parts[inner - 1].position?.end,
                    possessive,
                    breakBefore: partBreak,
                    sentenceStart: !seenWord && letter,
                    clauseStart: afterClauseMark && seenWord && letter,
                    lineStart: afterLineBreak && seenWord && letter,
                    childIndex: index
                });
                afterClauseMark = false;
                afterLineBreak = false;
                if (letter)
                    seenWord = true;
                first = -1;
                partBreak = false;
            }
            // Symbols inside a word (already an identifier) end the part and break a phrase; a hyphen only ends it.
            if (node && !(node.type === 'PunctuationNode' && hyphens.has(node.value)))
                partBreak = true;
        }
        pendingBreak = false;
    }
    if (atoms.length > 0)
        atoms[0].breakBefore = true;
    return atoms;
}
/** A blank line: where a writer's paragraph ends (the pre-scan splits text on it too). */
export const blankLine = /\n[^\S\n]*\n/;
/** The paragraph nodes around `paragraph` with no blank line or other node between them. */
function blockOf(siblings, paragraph) {
    const index = siblings.indexOf(paragraph);
    if (index < 0)
        return [paragraph];
    const joins = (node) => node !== undefined && node.type === 'WhiteSpaceNode' && !blankLine.test(node.value ?? '');
    let first = index;
    while (first >= 2 && joins(siblings[first - 1]) && siblings[first - 2].type === 'ParagraphNode')
        first -= 2;
    let last = index;
    while (last + 2 < siblings.length && joins(siblings[last + 1]) && siblings[last + 2].type === 'ParagraphNode')
        last += 2;
    return siblings.slice(first, last + 1).filter((node) => node.type === 'ParagraphNode');
}
/** Atoms per sentence, computed once and shared by the matcher and the context tests. */
export class AtomCache {
    #sentences = new WeakMap();
    #paragraphs = new WeakMap();
    #document;
    #rawTests = new Map();
    #text;
    #decoded;
    #shift;
    #profiler;
    #profile;
    /**
     * `text` is the file's source; `shift` how far tree offsets lag behind it; `profiler`
     * reads who is writing from the whole text.
     */
    constructor(text = '', shift = () => 0, profiler) {
        this.#text = text;
        this.#shift = shift;
        this.#profiler = profiler;
    }
    /**
     * The document's profile, read once from the file's whole source: paragraphs a pre-scan
     * left out of the parse still count, as does a title in front matter.
     */
    profile() {
        this.#profile ??= this.#profiler ? this.#profiler(this.#text) : { scores: {}, cues: {}, holds: new Set() };
        return this.#profile;
    }
    /**
     * Whether the file's text holds a cue of `list` (its `occursIn` test, once per file and
     * list, on the raw text with character references decoded); undefined when there is no
     * text to read, and the words of the tree must decide.
     */
    documentHolds(list) {
        if (!list.occursIn || !this.#text)
            return undefined;
        let holds = this.#rawTests.get(list);
        if (holds === undefined) {
            this.#decoded ??= decodeCharacterReferences(this.#text);
            holds = list.occursIn(this.#decoded);
            this.#rawTests.set(list, holds);
        }
        return holds;
    }
    sentence(sentence) {
        let atoms = this.#sentences.get(sentence);
        if (!atoms) {
            atoms = sentenceAtoms(sentence);
            if (this.#text)
                markBreaksInSource(atoms, this.#text, this.#shift());
            this.#sentences.set(sentence, atoms);
        }
        return atoms;
    }
    /**
     * The words of the block a paragraph belongs to. The English parser starts a new
     * paragraph node at every line break, but a writer's paragraph runs to the next blank
     * line: consecutive paragraph nodes apart only by single line breaks are one block.
     */
    paragraph(paragraph, fallback, parent) {
        if (!paragraph)
            return this.sentence(fallback);
        let atoms = this.#paragraphs.get(paragraph);
        if (!atoms) {
            const block = parent ? blockOf(parent.children, paragraph) : [paragraph];
            atoms = [];
            for (const member of block) {
                for (const child of member.children) {
                    if (child.type === 'SentenceNode')
                        atoms.push(...this.sentence(child));
                }
            }
            for (const member of block)
                this.#paragraphs.set(member, atoms);
        }
        return atoms;
    }
    document(tree) {
        if (!this.#document) {
            const atoms = [];
            const walk = (node) => {
                if (node.type === 'SentenceNode')
                    atoms.push(...this.sentence(node));
                else if ('children' in node)
                    for (const child of node.children)
                        walk(child);
            };
            walk(tree);
            this.#document = atoms;
        }
        return this.#document;
    }
}
//# sourceMappingURL=atoms.js.map