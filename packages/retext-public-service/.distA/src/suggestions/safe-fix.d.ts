/**
 * The one decision every face makes the same way: may a finding's first suggestion be
 * written into the text without a person reading the sentence? The CLI's `--fix`, the
 * language server's quick fixes and the processor's fix count all ask here.
 */
import type { VFileMessage } from 'vfile-message';
/**
 * Whether a finding's first suggestion can be applied without reading the sentence: the
 * plugin marks it `fixable` (a clear finding of a phrase the term map marks safe, not
 * moved to another family by context, not spanning words joined by "and" or "or").
 */
export declare function isSafeToApply(message: VFileMessage): boolean;
