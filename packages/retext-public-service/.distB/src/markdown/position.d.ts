/**
 * Positions for nodes the remark helpers build from offsets in the file, through
 * vfile-location, which counts lines only as far as the offsets asked for.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
/** A function from a start and an end offset in `file` to a unist position. */
export declare function positionsIn(file: VFile | {
    value?: unknown;
}): (start: number, end: number) => Position;
