/**
 * Walks an nlcst tree and reports each match that its context does not cancel.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Atom } from './atoms.js';
import type { CompiledPhrase, CompiledTermMap } from '../term-map/compile.js';
export declare const source = "retext-public-service";
/**
 * The phrase matched at `position`, longest first: its end (one past its last atom) and
 * whether its head is plural. Between a phrase's first two words one coordinated word
 * may stand ("staff and visitor parking" reads as two phrases sharing their noun).
 */
export declare function matchAt(atoms: readonly Atom[], position: number, candidates: readonly CompiledPhrase[]): {
    phrase: CompiledPhrase;
    end: number;
    plural: boolean;
} | undefined;
type Match = NonNullable<ReturnType<typeof matchAt>>;
/**
 * A phrase that starts inside the match at `position` and runs past its end is the more
 * specific wording (a possessive label followed by a longer compound that owns the same
 * noun). Only phrases overlapping the first match compete, so the choice does not chain
 * on; two phrases of one family that overlap are one finding over both.
 */
export declare function selectMatch(atoms: readonly Atom[], position: number, found: Match, termMap: CompiledTermMap): {
    start: number;
    match: Match;
};
export declare function lint(tree: Root, file: VFile, termMap: CompiledTermMap): void;
export {};
