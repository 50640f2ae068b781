/**
 * remark plugin: words inside raw HTML blocks in markdown (`<p class="govuk-body">…</p>`,
 * as sites built with Jekyll or the GOV.UK Design System often write them) are prose
 * readers see, but mdast-util-to-nlcst (under remark-retext) skips `html` nodes. Each such
 * block is replaced by one `htmlProse` node holding a paragraph per block-level element,
 * made of its text runs at their exact places in the file, so their words are checked and
 * reported where they stand. Blocks that are only comments stay as they are, so inline
 * comments (`<!--public-service disable-->`) still work. Use it in a checking pipeline
 * only: the document is never re-serialised from this tree.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { positionsIn } from './position.js';
/** Elements whose content is code, markup or data, never prose. */
const skippedElements = new Set(['script', 'style', 'pre', 'code', 'textarea', 'svg', 'math', 'template', 'noscript', 'kbd', 'samp', 'var']);
/** Elements that end the paragraph before them: text on either side is not one sentence. */
const blockElements = new Set([
    'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main',
    'nav', 'ol', 'option', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
]);
const apostrophes = new Set(["'", '\u2019']);
/**
 * Splits raw HTML into paragraphs of text runs. Tags, comments, declarations and the
 * content of code-like elements are left out; each run's value is as long as its source,
 * so positions stay true.
 */
export function htmlTextRuns(html) {
    const paragraphs = [];
    let current = [];
    const endParagraph = () => {
        if (current.some((run) => run.value.trim() !== ''))
            paragraphs.push(current);
        current = [];
    };
    const addText = (from, to) => {
        // A character reference becomes its character padded with spaces to the reference's
        // length, so every offset in the run is its offset in the file. An apostrophe becomes
        // spaces only: a finding then ends before the reference (“the tenants” in
        // “the tenants&#39; views”), so its words, and any fix, are the file's own.
        const value = html.slice(from, to).replace(/&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});/g, (reference, body) => {
            const decoded = decodeReference(body);
            if (decoded === undefined || decoded.length > reference.length)
                return reference;
            return (apostrophes.has(decoded) ? '' : decoded).padEnd(reference.length, ' ');
        });
        current.push({ value, start: from, end: to });
    };
    let index = 0;
    let textStart = 0;
    while (index < html.length) {
        if (html[index] !== '<') {
            index++;
            continue;
        }
        const tag = /^<(\/?)([A-Za-z][A-Za-z\d-]*)/.exec(html.slice(index, index + 40));
        const isComment = html.startsWith('<!--', index);
        const isDeclaration = !isComment && /^<[!?]/.test(html.slice(index, index + 2));
        if (!tag && !isComment && !isDeclaration) {
            index++;
            continue;
        }
        if (index > textStart)
            addText(textStart, index);
        let after;
        if (isComment) {
            const close = html.indexOf('-->', index + 4);
            after = close < 0 ? html.length : close + 3;
        }
        else {
            after = endOfTag(html, index);
        }
        if (tag) {
            const name = tag[2].toLowerCase();
            if (blockElements.has(name))
                endParagraph();
            if (!tag[1] && skippedElements.has(name) && html[after - 2] !== '/') {
                const close = html.toLowerCase().indexOf('</' + name, after);
                after = close < 0 ? html.length : endOfTag(html, close);
                endParagraph();
            }
        }
        index = after;
        textStart = after;
    }
    if (html.length > textStart)
        addText(textStart, html.length);
    endParagraph();
    return paragraphs;
}
/** The index just past the `>` that closes the tag at `start`, skipping quoted attribute values. */
function endOfTag(html, start) {
    let quote;
    for (let index = start + 1; index < html.length; index++) {
        const character = html[index];
        if (quote) {
            if (character === quote)
                quote = undefined;
        }
        else if (character === '"' || character === "'")
            quote = character;
        else if (character === '>')
            return index + 1;
    }
    return html.length;
}
function decodeReference(body) {
    if (body.startsWith('#')) {
        const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10_ff_ff && !(code >= 0xd8_00 && code <= 0xdf_ff) ? String.fromCodePoint(code) : undefined;
    }
    const decoded = decodeNamedCharacterReference(body);
    return decoded === false ? undefined : decoded;
}
export default function remarkHtmlProse() {
    return function (tree, file) {
        const source = String(file.value ?? '');
        const position = positionsIn(file);
        const visit = (parent) => {
            for (let index = 0; index < parent.children.length; index++) {
                const child = parent.children[index];
                if (child.type === 'html') {
                    const offset = child.position?.start.offset;
                    const end = child.position?.end.offset;
                    // The node's value is its source, unless it sits in a container (a list item or
                    // a block quote) whose markers markdown took out; those are left alone.
                    if (offset === undefined || end === undefined || source.slice(offset, end) !== child.value)
                        continue;
                    const paragraphs = htmlTextRuns(child.value).map((runs) => {
                        const children = runs.map((run) => ({ type: 'text', value: run.value, position: position(offset + run.start, offset + run.end) }));
                        return { type: 'paragraph', children, position: position(offset + runs[0].start, offset + runs.at(-1).end) };
                    });
                    if (paragraphs.length === 0)
                        continue;
                    // One node in the block's place, spanning it, so nodes stay in document order (the
                    // bridge to retext counts line breaks between siblings) and an inline comment's
                    // `ignore` before the block still covers all of it.
                    const prose = { type: 'htmlProse', children: paragraphs, position: child.position };
                    parent.children.splice(index, 1, prose);
                }
                else if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') {
                    visit(child);
                }
            }
        };
        visit(tree);
    };
}
//# sourceMappingURL=html-blocks.js.map