/**
 * Shows every phrase matched in a text and which context rule decided it:
 * `npx tsx scripts/explain.ts "Some sentence."` or `… path/to/file.md:12` (the paragraph
 * around that line). For people tuning rules/.
 */
import {readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {explain} from '../src/explain.js'
import {builtInTermMap, resolveTermMap} from '../src/term-map.js'

const termMap = resolveTermMap(undefined)
const whyOf = new Map(builtInTermMap.families.map((family) => [family.id, (family.context ?? []).map((rule) => rule.why)]))

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
  console.log('> ' + text)
  const tree = unified().use(retextEnglish).parse(text) as Root
  for (const result of explain(tree, termMap, text)) {
    const why =
      result.scope === 'everywhere'
        ? builtInTermMap.everywhere[result.index].why
        : result.scope === 'family'
          ? whyOf.get(result.family)?.[result.index]
          : 'no rule held: the phrase’s own severity'
    console.log('  [' + result.family + '] "' + result.words + '" -> ' + result.scope + (result.index >= 0 ? ' rule ' + result.index : '') + ' (' + JSON.stringify(result.outcome) + '): ' + why)
  }
}
