import { location } from 'vfile-location';
/** A function from a start and an end offset in `file` to a unist position. */
export function positionsIn(file) {
    const place = location(String(file.value ?? ''));
    return (start, end) => ({ start: place.toPoint(start), end: place.toPoint(end) });
}
//# sourceMappingURL=position.js.map