export default function remarkSiblingOverlaps() {
    return function (tree) {
        mend(tree);
    };
}
function mend(parent) {
    let previousEnd;
    for (const child of parent.children) {
        const position = child.position;
        if (position && previousEnd && position.start.offset !== undefined && previousEnd.offset !== undefined && position.start.offset < previousEnd.offset) {
            const firstStart = child.children?.[0]?.position?.start;
            const start = firstStart?.offset !== undefined && firstStart.offset >= previousEnd.offset ? firstStart : previousEnd;
            child.position = { start: { ...start }, end: position.end };
        }
        if (isParent(child))
            mend(child);
        if (child.position)
            previousEnd = child.position.end;
    }
}
function isParent(node) {
    return Array.isArray(node.children);
}
//# sourceMappingURL=overlaps.js.map