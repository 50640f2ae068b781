/**
 * retext-public-service: finds transactional and distancing wording about people in
 * public-service writing and says why another word serves better.
 */
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { Options } from './term-map/types.js';
/**
 * Check English prose for wording that frames people as buyers, files or units of a process.
 *
 * Each finding is a vfile message with `ruleId` (the family id), `actual`, `expected`
 * (ready-to-insert replacements), `note` (why, and the essay section it draws on) and
 * `url`; clear findings are warnings (`fatal: false`), uncertain ones informational.
 */
declare const retextPublicService: Plugin<[(Options | null | undefined)?], Root>;
export default retextPublicService;
export { builtInTermMap } from './term-map/resolve.js';
export { TermMapError } from './term-map/validate.js';
export { source } from './matching/lint.js';
export type { ContextOutcome, ContextRule, ContextTest, Cues, Essay, FamilyDefinition, Options, PhraseDefinition, Severity, SourceReference, Suggestion, TermMap } from './term-map/types.js';
