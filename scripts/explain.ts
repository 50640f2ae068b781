/**
 * Shows, for each sentence given, every phrase matched and which context rule decided
 * it: `npx tsx scripts/explain.ts "Some sentence."` (for people tuning rules/).
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {AtomCache} from '../src/atoms.js'
import {testHolds, type MatchContext} from '../src/context.js'
import {matchAt} from '../src/lint.js'
import {builtInTermMap, resolveTermMap} from '../src/term-map.js'

const termMap = resolveTermMap(undefined)
const whyOf = new Map(builtInTermMap.families.map((family) => [family.id, (family.context ?? []).map((rule) => rule.why)]))
const everywhereWhy = builtInTermMap.everywhere.map((rule) => rule.why)

import {readFileSync} from 'node:fs'

/** `path:line` stands for the paragraph around that line of a file. */
function textOf(argument: string): string {
  const reference = /^(.+):(\d+)$/.exec(argument)
  if (!reference) return argument
  const lines = readFileSync(reference[1], 'utf8').split('\n')
  let first = Number(reference[2]) - 1
  let last = first
  while (first > 0 && lines[first - 1].trim() !== '') first--
  while (last < lines.length - 1 && lines[last + 1].trim() !== '') last++
  return lines.slice(first, last + 1).join('\n')
}

for (const text of process.argv.slice(2).map(textOf)) {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const cache = new AtomCache()
  console.log('> ' + text)
  visit(tree, 'SentenceNode', (sentence: Sentence, _index, parent) => {
    const atoms = cache.sentence(sentence)
    for (let position = 0; position < atoms.length; position++) {
      const candidates = termMap.index.get(atoms[position].norm)
      const found = candidates ? matchAt(atoms, position, candidates) : undefined
      if (!found) continue
      const end = found.end
      const context: MatchContext = {atoms, start: position, end, plural: found.plural, sentence, paragraph: parent as Paragraph, block: tree, tree, cache}
      const family = found.phrase.family
      const everywhere = termMap.everywhere.findIndex((rule) => testHolds(rule.when, context))
      const own = family.rules.findIndex((rule) => testHolds(rule.when, context))
      const decided =
        everywhere >= 0
          ? 'everywhere rule ' + everywhere + ' (' + termMap.everywhere[everywhere].then + '): ' + everywhereWhy[everywhere]
          : own >= 0
            ? 'rule ' + own + ' (' + JSON.stringify(family.rules[own].then) + '): ' + whyOf.get(family.id)?.[own]
            : 'no rule: default ' + found.phrase.severity
      console.log('  [' + family.id + '] "' + atoms.slice(position, end).map((atom) => atom.raw).join(' ') + '" -> ' + decided)
      position = end - 1
    }
  })
}
