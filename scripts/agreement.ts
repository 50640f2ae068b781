/**
 * `npm run agreement`: how far a second, blind reading of tuning passages agrees with the
 * labels recorded in the set, and how the linter scores against each reading.
 *
 * The second reading (fixtures/outside/second-reading/labels.tsv) was made by readers who saw
 * only the labelling guide and the passages, with every search word numbered in order of
 * appearance; they never saw the recorded labels or ran the linter. A recorded label that
 * covers several search words ("customer journey") counts as flagged by the second reading
 * when any of its words is flagged there.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lintPassage} from './evaluation.js'
import {listOutsideFiles, loadPassages, locate, outsideRoot, searchWords, type OutsideLabel} from './outside.js'

type Label = OutsideLabel['label']

interface Unit {
  first: Label
  second: Label
  linted: boolean
}

const secondReading = new Map<string, Label>()
const table = readFileSync(join(outsideRoot, 'second-reading', 'labels.tsv'), 'utf8').split('\n').slice(1)
for (const line of table) {
  const [passage, occurrence, label] = line.split('\t')
  if (!passage || !occurrence) continue
  if (label !== 'flag' && label !== 'pass' && label !== 'either') throw new Error('second-reading/labels.tsv: `' + label + '` is not flag, pass or either (' + passage + ' #' + occurrence + ')')
  secondReading.set(passage + '#' + occurrence, label)
}
const passagesRead = new Set([...secondReading.keys()].map((key) => key.slice(0, key.lastIndexOf('#'))))

const units: Unit[] = []
for (const {file, passages} of loadPassages(listOutsideFiles())) {
  for (const [index, passage] of passages.entries()) {
    const key = file.split('/').pop() + '#' + index
    if (!passagesRead.has(key)) continue
    const words = [...passage.text.matchAll(searchWords)].map((match, order) => ({order: order + 1, start: match.index, end: match.index + match[0].length}))
    // The passage is linted as `npm run evaluate` lints it: its title first, in its own format.
    const {messages, span} = await lintPassage(passage)
    const spans = messages.map(span)
    for (const label of passage.labels) {
      const at = locate(passage.text, label)
      if (!at) continue
      const readings = words.filter((word) => word.start < at.end && word.end > at.start).map((word) => secondReading.get(key + '#' + word.order))
      if (readings.some((reading) => reading === undefined)) throw new Error('second-reading/labels.tsv has no line for a search word in ' + key + ' (' + label.word + ')')
      const second: Label = readings.includes('flag') ? 'flag' : readings.includes('either') ? 'either' : 'pass'
      units.push({first: label.label, second, linted: spans.some((span) => span.start < at.end && span.end > at.start)})
    }
  }
}

function score(pairs: Array<[truth: boolean, predicted: boolean]>): string {
  const found = pairs.filter(([truth, predicted]) => truth && predicted).length
  const falseAlarms = pairs.filter(([truth, predicted]) => !truth && predicted).length
  const missed = pairs.filter(([truth, predicted]) => truth && !predicted).length
  return 'P ' + (found / (found + falseAlarms)).toFixed(3) + '  R ' + (found / (found + missed)).toFixed(3) + '  (' + found + ' found, ' + falseAlarms + ' false alarms, ' + missed + ' missed)'
}

const firm = units.filter((unit) => unit.first !== 'either' && unit.second !== 'either')
const agreeing = firm.filter((unit) => unit.first === unit.second).length
const flaggedFirst = firm.filter((unit) => unit.first === 'flag').length / firm.length
const flaggedSecond = firm.filter((unit) => unit.second === 'flag').length / firm.length
const chance = flaggedFirst * flaggedSecond + (1 - flaggedFirst) * (1 - flaggedSecond)
const observed = agreeing / firm.length
const crossings = new Map<string, number>()
for (const unit of units) crossings.set(unit.first + ' → ' + unit.second, (crossings.get(unit.first + ' → ' + unit.second) ?? 0) + 1)

console.log('Second, blind reading of ' + passagesRead.size + ' tuning passages: ' + units.length + ' labelled occurrences')
console.log('  recorded label → second reading: ' + [...crossings].sort().map(([pair, count]) => pair + ' ' + count).join(', '))
console.log('  where both readings are flag or pass (' + firm.length + '): agreement ' + observed.toFixed(3) + ', Cohen’s kappa ' + ((observed - chance) / (1 - chance)).toFixed(3))
console.log('  the second reading scored against the recorded labels: ' + score(firm.map((unit) => [unit.first === 'flag', unit.second === 'flag'])))
console.log('  the linter against the recorded labels:                ' + score(firm.map((unit) => [unit.first === 'flag', unit.linted])))
console.log('  the linter against the second reading:                 ' + score(firm.map((unit) => [unit.second === 'flag', unit.linted])))
