import { AtomCache } from '../matching/atoms.js';
import { testHolds } from './context.js';
import { matchAt, selectMatch } from '../matching/lint.js';
/**
 * `document` is the whole text the profile is read from (who is writing), when `text` is
 * only a part of it (a paragraph); by default the profile is read from `text`.
 */
export function explain(tree, termMap, text = '', document = text) {
    const cache = new AtomCache(text, undefined, () => termMap.profiler(document));
    const results = [];
    const walk = (node, paragraph, block) => {
        if (node.type === 'SentenceNode') {
            const atoms = cache.sentence(node);
            for (let position = 0; position < atoms.length; position++) {
                const candidates = termMap.index.get(atoms[position].norm);
                const first = candidates ? matchAt(atoms, position, candidates) : undefined;
                if (!first)
                    continue;
                const { start, match: found } = selectMatch(atoms, position, first, termMap);
                const context = { atoms, start, end: found.end, plural: found.plural, sentence: node, paragraph, block, tree, cache };
                const family = found.phrase.family;
                const words = atoms.slice(start, found.end).map((atom) => atom.raw).join(' ');
                results.push({ family: family.id, words, start: atoms[start].start, ...decidingRule(termMap, family.rules, found.phrase.severity, context) });
                position = found.end - 1;
            }
            return;
        }
        for (const child of node.children) {
            if (child.type === 'ParagraphNode')
                walk(child, child, node);
            else if (child.type === 'SentenceNode')
                walk(child, paragraph, block);
        }
    };
    walk(tree, undefined, undefined);
    return results;
}
/**
 * The first rule that holds, the rules tried everywhere before the family's own, in the
 * order `decide` in ./context.ts tries them; that one returns only the outcome.
 */
function decidingRule(termMap, familyRules, severity, context) {
    const everywhere = termMap.everywhere.findIndex((rule) => testHolds(rule.when, context));
    if (everywhere >= 0)
        return { scope: 'everywhere', index: everywhere, outcome: termMap.everywhere[everywhere].then };
    const own = familyRules.findIndex((rule) => testHolds(rule.when, context));
    if (own >= 0)
        return { scope: 'family', index: own, outcome: familyRules[own].then };
    return { scope: 'default', index: -1, outcome: severity };
}
//# sourceMappingURL=explain.js.map