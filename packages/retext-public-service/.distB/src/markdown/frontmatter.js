import { positionsIn } from './position.js';
const defaultFields = [
    'title', 'description', 'summary', 'subtitle', 'excerpt', 'lead', 'lede', 'intro', 'introduction', 'abstract',
    'standfirst', 'teaser', 'strapline', 'tagline', 'caption', 'leading_text'
];
const codeFields = new Set(['script', 'scripts', 'style', 'styles', 'css', 'js', 'javascript', 'html', 'code', 'template']);
export default function remarkFrontmatterProse(options) {
    const fields = new Set((options?.fields ?? defaultFields).map((field) => field.toLowerCase()));
    return function (tree, file) {
        const source = String(file.value ?? '');
        const first = tree.children[0];
        if (!first || first.type !== 'yaml' || first.position?.start.offset === undefined)
            return;
        const blockStart = first.position.start.offset;
        const valueStart = source.indexOf(first.value, blockStart);
        if (valueStart < 0)
            return;
        const paragraphs = [];
        const position = positionsIn(file);
        const addValue = (start, end) => {
            const place = position(start, end);
            paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: source.slice(start, end), position: place }], position: { ...place } });
        };
        const lines = first.value.split('\n');
        let lineStart = valueStart;
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index].replace(/\r$/, '');
            const block = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*[|>][+-]?[1-9]?[ \t]*$/.exec(line);
            if (block) {
                // The block's text is every following line that is indented or blank; its source,
                // line breaks and indentation included, is its value, so positions stay true.
                let contentStart;
                let contentEnd = 0;
                let cursor = lineStart + lines[index].length + 1;
                let next = index + 1;
                for (; next < lines.length && (/^[ \t]/.test(lines[next]) || lines[next].trim() === ''); next++) {
                    const raw = lines[next].replace(/\r$/, '');
                    if (raw.trim()) {
                        contentStart ??= cursor + (raw.length - raw.trimStart().length);
                        contentEnd = cursor + raw.length;
                    }
                    cursor += lines[next].length + 1;
                }
                if (contentStart !== undefined && !codeFields.has(block[1].toLowerCase()))
                    addValue(contentStart, contentEnd);
                lineStart = cursor;
                index = next - 1;
                continue;
            }
            // `key: value` with a plain, single- or double-quoted value on one line, no escapes.
            const field = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(?:"([^"\\]*)"|'([^']*)'|([^"'#|>[{&*!%@`\s][^#]*?))[ \t]*$/.exec(line);
            if (field && fields.has(field[1].toLowerCase())) {
                const value = field[2] ?? field[3] ?? field[4] ?? '';
                const offset = lineStart + line.indexOf(value, field[1].length + 1);
                if (value.trim() && source.slice(offset, offset + value.length) === value)
                    addValue(offset, offset + value.length);
            }
            lineStart += lines[index].length + 1;
        }
        tree.children.splice(0, 1, ...paragraphs);
    };
}
//# sourceMappingURL=frontmatter.js.map