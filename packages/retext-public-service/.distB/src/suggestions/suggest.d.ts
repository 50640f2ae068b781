/**
 * Makes suggestions ready to insert: the writer's number, possessive and capitals kept
 * (a plural possessive stays a plural possessive, a capital stays a capital).
 */
import type { CompiledSuggestion } from '../term-map/compile.js';
import { type MatchContext } from '../context/context.js';
export declare function adaptSuggestions(suggestions: readonly CompiledSuggestion[], actual: string, possessive: boolean, context: MatchContext): string[];
/** "a" or "an" before a word, by its first sound as far as spelling tells. */
export declare function articleFor(word: string): 'a' | 'an';
