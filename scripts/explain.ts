/**
 * Shows every phrase matched in a text and which context rule decided it:
 * `npx tsx scripts/explain.ts "Some sentence."`, `… path/to/file.md:12` (the paragraph
 * around that line) or `… path/to/file.md` (the whole file), with the document's profile
 * (who is writing, and the cues that say so). For people tuning rules/.
 */
import {existsSync, readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {explain} from '../packages/retext-public-service/src/context/explain.js'
import {builtInTermMap, resolveTermMap} from '../packages/retext-public-service/src/term-map/resolve.js'

const termMap = resolveTermMap(undefined)
const whyOf = new Map(builtInTermMap.families.map((family) => [family.id, (family.context ?? []).map((rule) => rule.why)]))

/**
 * `path:line` stands for the paragraph around that line of a file, `path` for the whole
 * file; either way the document's profile is read from the whole file.
 */
function textOf(argument: string): {text: string; document: string; firstLine: number} {
  const reference = /^(.+):(\d+)$/.exec(argument)
  if (!reference) {
    const whole = existsSync(argument) ? readFileSync(argument, 'utf8') : argument
    return {text: whole, document: whole, firstLine: 1}
  }
  const document = readFileSync(reference[1], 'utf8')
  const lines = document.split('\n')
  let first = Number(reference[2]) - 1
  let last = first
  while (first > 0 && lines[first - 1].trim() !== '') first--
  while (last < lines.length - 1 && lines[last + 1].trim() !== '') last++
  return {text: lines.slice(first, last + 1).join('\n'), document, firstLine: first + 1}
}

for (const {text, document, firstLine} of process.argv.slice(2).map(textOf)) {
  console.log('> ' + (text.length > 400 ? text.slice(0, 400) + '…' : text))
  const profile = termMap.profiler(document)
  const scored = Object.entries(profile.scores).filter(([, score]) => score > 0)
  console.log(
    '  document profile: ' + (profile.holds.size > 0 ? [...profile.holds].join(', ') : 'none holds') +
      (scored.length > 0 ? ' (' + scored.map(([name, score]) => name + ' ' + score + ': ' + profile.cues[name].slice(0, 6).join(', ')).join('; ') + ')' : '')
  )
  const tree = unified().use(retextEnglish).parse(text) as Root
  for (const result of explain(tree, termMap, text, document)) {
    const why =
      result.scope === 'everywhere'
        ? builtInTermMap.everywhere[result.index].why
        : result.scope === 'family'
          ? whyOf.get(result.family)?.[result.index]
          : 'no rule held: the phrase’s own severity'
    const place = result.start ? result.start.line + firstLine - 1 + ':' + result.start.column + ' ' : ''
    const page = result.page ? ' [the rest of the page: ' + result.page.flagged + ' flagged, ' + result.page.setAside + ' set aside]' : ''
    console.log('  ' + place + '[' + result.family + '] "' + result.words + '" -> ' + result.scope + (result.index >= 0 ? ' rule ' + result.index : '') + ' (' + JSON.stringify(result.outcome) + '): ' + why + page)
  }
}
