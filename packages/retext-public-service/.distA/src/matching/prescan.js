/**
 * Cheap tests on raw text that tell where a phrase could match, so a caller can skip the
 * natural-language parse of text that holds none of the term map's words: whole files,
 * and the paragraphs of files that do hold one.
 *
 * Every phrase needs all its words, so one word per phrase (its anchor) is enough to
 * look for; the tests are necessary conditions and never change findings. Character
 * references (`&#99;`) could spell a word the raw text hides, so text with any of them
 * is always parsed. The plugin makes the same test on a file's text before walking it.
 *
 * A paragraph is kept for the parse when it may hold an anchor or an inline comment
 * (`keepAlso`); the tests that read beyond a match's paragraph (`documentHas`, document
 * profiles) read the file's raw text, so they do not need its paragraphs parsed. Skipped paragraphs keep their place: in markdown and
 * HTML their node stays, emptied, so comments that switch off "the next node" still
 * reach the same one; in plain text their characters become spaces, so offsets hold.
 */
import { blankLine } from './atoms.js';
import { resolveTermMap } from '../term-map/resolve.js';
export function prescanFor(termMap) {
    return termMap.mayMatch;
}
const cache = new WeakMap();
/** The pre-scan for the term map these plugin options give. */
export function createPrescan(options) {
    const termMap = resolveTermMap(options);
    let prescan = cache.get(termMap);
    if (!prescan) {
        prescan = prescanFor(termMap);
        cache.set(termMap, prescan);
    }
    return prescan;
}
/** Whether a paragraph's raw text must go to the natural-language parse. */
export function paragraphTest(termMap, keepAlso) {
    return (text) => termMap.mayMatch(text) || (keepAlso !== undefined && keepAlso(text));
}
// The same notion of a paragraph as the plugin's: a block of lines up to a blank line.
const blankLines = new RegExp(blankLine.source, 'g');
const notCarriageReturn = /[^\r]/g;
/** Spaces for every character but line breaks (a run of spaces is cheap to make). */
function blank(text) {
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        lines[index] = line.includes('\r') ? line.replace(notCarriageReturn, ' ') : ' '.repeat(line.length);
    }
    return lines.join('\n');
}
/**
 * Plain text with every paragraph that `keep` rejects turned into spaces (line breaks
 * kept), so every offset in the text stays where it was.
 */
export function blankParagraphs(text, keep, skipped) {
    const parts = [];
    let start = 0;
    const add = (end) => {
        const paragraph = text.slice(start, end);
        if (keep(paragraph) || paragraph.trim() === '') {
            parts.push(paragraph);
            return;
        }
        parts.push(blank(paragraph));
        if (skipped) {
            skipped.paragraphs++;
            skipped.characters += paragraph.length;
        }
    };
    blankLines.lastIndex = 0;
    let found;
    while ((found = blankLines.exec(text))) {
        add(found.index);
        parts.push(found[0]);
        start = found.index + found[0].length;
        // The next paragraph may begin on this match's last line break.
        blankLines.lastIndex = start;
    }
    add(text.length);
    return parts.join('');
}
/** Nodes that hold one paragraph's prose (or a few), in mdast and in hast. */
const paragraphLike = {
    mdast: (node) => node.type === 'paragraph' || node.type === 'heading',
    hast: (node) => node.type === 'element' && node.tagName !== undefined && prosyElements.has(node.tagName)
};
const prosyElements = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption']);
/**
 * Empties, in place, the paragraph nodes of a markdown (`mdast`) or HTML (`hast`) tree
 * whose source text `keep` rejects. The nodes stay, so the tree's shape is the same for
 * everything but the parse of their words.
 */
export function emptyParagraphs(tree, source, keep, syntax, skipped) {
    const isParagraph = paragraphLike[syntax];
    const visit = (node) => {
        if (!node.children)
            return;
        for (const child of node.children) {
            const start = child.position?.start.offset;
            const end = child.position?.end.offset;
            if (isParagraph(child) && start !== undefined && end !== undefined) {
                const text = source.slice(start, end);
                if (!keep(text)) {
                    child.children = [];
                    if (skipped) {
                        skipped.paragraphs++;
                        skipped.characters += text.length;
                    }
                    continue;
                }
            }
            visit(child);
        }
    };
    visit(tree);
}
//# sourceMappingURL=prescan.js.map