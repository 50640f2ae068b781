import { lint } from './matching/lint.js';
import { resolveTermMap } from './term-map/resolve.js';
/**
 * Check English prose for wording that frames people as buyers, files or units of a process.
 *
 * Each finding is a vfile message with `ruleId` (the family id), `actual`, `expected`
 * (ready-to-insert replacements), `note` (why, and the essay section it draws on) and
 * `url`; clear findings are warnings (`fatal: false`), uncertain ones informational.
 */
const retextPublicService = function (options) {
    const termMap = resolveTermMap(options);
    return function (tree, file) {
        lint(tree, file, termMap);
    };
};
export default retextPublicService;
export { builtInTermMap } from './term-map/resolve.js';
export { TermMapError } from './term-map/validate.js';
export { source } from './matching/lint.js';
//# sourceMappingURL=index.js.map