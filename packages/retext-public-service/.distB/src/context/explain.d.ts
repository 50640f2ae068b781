/**
 * Which rule decided each match in a text: for people tuning `rules/`, and for the test
 * that checks every context rule against its own example.
 */
import type { Root } from 'nlcst';
import type { Point } from 'unist';
import type { CompiledTermMap } from '../term-map/compile.js';
import type { ContextOutcome } from '../term-map/types.js';
export interface Explanation {
    /** The family whose phrase matched. */
    family: string;
    /** The words matched, as the tree has them. */
    words: string;
    /** `everywhere` (rules/cues.yml), `family` (the family's own), or `default` (no rule held). */
    scope: 'everywhere' | 'family' | 'default';
    /** Index of the deciding rule in its list. */
    index: number;
    outcome: ContextOutcome;
    /** Where the matched words start in the text, when the tree has positions. */
    start: Point | undefined;
}
/**
 * `document` is the whole text the profile is read from (who is writing), when `text` is
 * only a part of it (a paragraph); by default the profile is read from `text`.
 */
export declare function explain(tree: Root, termMap: CompiledTermMap, text?: string, document?: string): Explanation[];
