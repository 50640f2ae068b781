export default function remarkTableProse() {
    return function (tree) {
        const visit = (parent) => {
            for (let index = 0; index < parent.children.length; index++) {
                const child = parent.children[index];
                if (child.type === 'table') {
                    const cells = [];
                    for (const row of child.children) {
                        for (const cell of row.children) {
                            if (cell.children.length > 0)
                                cells.push({ type: 'paragraph', children: cell.children, position: cell.position });
                        }
                    }
                    parent.children.splice(index, 1, ...cells);
                    index += cells.length - 1;
                }
                else if ('children' in child) {
                    visit(child);
                }
            }
        };
        visit(tree);
    };
}
//# sourceMappingURL=tables.js.map