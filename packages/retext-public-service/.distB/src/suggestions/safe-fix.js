import { source } from '../matching/lint.js';
/**
 * Whether a finding's first suggestion can be applied without reading the sentence: the
 * plugin marks it `fixable` (a clear finding of a phrase the term map marks safe, not
 * moved to another family by context, not spanning words joined by "and" or "or").
 */
export function isSafeToApply(message) {
    return message.source === source && message.fatal === false && message.fixable === true && typeof message.actual === 'string' && Boolean(message.expected?.[0]);
}
//# sourceMappingURL=safe-fix.js.map