/**
 * Which rule decided each match in a text: for people tuning `rules/`, and for the test
 * that checks every context rule against its own example.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Point} from 'unist'
import {AtomCache} from '../matching/atoms.js'
import type {CompiledRule, CompiledTermMap} from '../term-map/compile.js'
import {ruleHolds, type MatchContext, type PageReading} from './context.js'
import {pageReadings, sentenceMatches} from '../matching/lint.js'
import type {ContextOutcome} from '../term-map/types.js'

export interface Explanation {
  /** The family whose phrase matched. */
  family: string
  /** The words matched, as the tree has them. */
  words: string
  /** `everywhere` (rules/cues.yml), `family` (the family's own), or `default` (no rule held). */
  scope: 'everywhere' | 'family' | 'default'
  /** Index of the deciding rule in its list. */
  index: number
  outcome: ContextOutcome
  /** How the rest of the page reads the family, where the deciding rule asked (`elsewhereFlagged`). */
  page?: PageReading
  /** Where the matched words start in the text, when the tree has positions. */
  start: Point | undefined
}

/**
 * `document` is the whole text the profile is read from (who is writing), when `text` is
 * only a part of it (a paragraph); by default the profile is read from `text`.
 */
export function explain(tree: Root, termMap: CompiledTermMap, text = '', document = text): Explanation[] {
  const cache = new AtomCache(text, undefined, () => termMap.profiler(document))
  const results: Explanation[] = []
  const readings = pageReadings(tree, termMap, cache)
  const walk = (node: Root | Paragraph | Sentence, paragraph: Paragraph | undefined, block: Root | Paragraph | undefined) => {
    if (node.type === 'SentenceNode') {
      const atoms = cache.sentence(node)
      for (const {start, match: found} of sentenceMatches(atoms, termMap)) {
        const context: MatchContext = {atoms, start, end: found.end, plural: found.plural, sentence: node, paragraph, block, tree, cache, elsewhere: () => readings(found.phrase.family)}
        const family = found.phrase.family
        const words = atoms.slice(start, found.end).map((atom) => atom.raw).join(' ')
        results.push({family: family.id, words, start: atoms[start].start, ...decidingRule(termMap, family.rules, found.phrase.severity, context)})
      }
      return
    }
    for (const child of node.children) {
      if (child.type === 'ParagraphNode') walk(child, child, node)
      else if (child.type === 'SentenceNode') walk(child, paragraph, block)
    }
  }
  walk(tree, undefined, undefined)
  return results
}

/**
 * The first rule that holds, the rules tried everywhere before the family's own, in the
 * order `settle` in ./context.ts tries them; that one returns only the outcome.
 */
function decidingRule(
  termMap: CompiledTermMap,
  familyRules: readonly CompiledRule[],
  severity: ContextOutcome,
  context: MatchContext
): Pick<Explanation, 'scope' | 'index' | 'outcome' | 'page'> {
  const holds = (rule: CompiledRule) => ruleHolds(rule, context) === true
  const page = (rule: CompiledRule) => (rule.onPage !== undefined && context.elsewhere ? {page: context.elsewhere()} : {})
  const everywhere = termMap.everywhere.findIndex(holds)
  if (everywhere >= 0) return {scope: 'everywhere', index: everywhere, outcome: termMap.everywhere[everywhere].then, ...page(termMap.everywhere[everywhere])}
  const own = familyRules.findIndex(holds)
  if (own >= 0) return {scope: 'family', index: own, outcome: familyRules[own].then, ...page(familyRules[own])}
  return {scope: 'default', index: -1, outcome: severity}
}
