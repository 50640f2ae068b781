/**
 * `npm run evaluate`: precision and recall of the plugin on every labelled set. The sealed
 * part of the set from outside the corpus comes first and shows figures only, never its
 * text: rules are tuned on the tuning part's false alarms and misses, which follow, then
 * the corpus sentences, the fixtures and the held-out sentences.
 *
 *   npm run evaluate [-- --summary] [-- --no-sealed]
 *   (--summary: figures only, no false alarms or misses; --no-sealed: leave the sealed part
 *   out, for runs made while tuning)
 */
import {formatScore, loadCaseFiles, loadHeldOut, loadRealLabels, precision, recall, scoreCases, scoreOutside, scoreReal, type OutsideScores, type Tally} from './evaluation.js'

const quiet = process.argv.includes('--summary')
// While tuning rules, leave the sealed part out altogether: not even its figures guide a change.
const withSealed = !process.argv.includes('--no-sealed')
const figures = (tally: Tally) => 'P ' + precision(tally).toFixed(3) + '  R ' + recall(tally).toFixed(3)

function describe(name: string, scores: OutsideScores): string {
  return name + ': ' + scores.documents + ' documents, ' + scores.occurrences + ' labelled occurrences; ' +
    scores.otherFamily + ' flags found under another family than the label’s (counted as found)'
}

const sealed = withSealed ? await scoreOutside('sealed') : undefined
const tuning = await scoreOutside('tuning')
const labels = loadRealLabels()
const real = await scoreReal(labels)
const fixtures = scoreCases(loadCaseFiles())
const heldOut = scoreCases(loadHeldOut())

console.log('Side by side (precision P, recall R):')
if (sealed) console.log('  outside the corpus, sealed part      passages ' + figures(sealed.passages.overall) + '   whole documents ' + figures(sealed.whole.overall))
console.log('  outside the corpus, tuning part      passages ' + figures(tuning.passages.overall) + '   whole documents ' + figures(tuning.whole.overall))
console.log('  corpus sentences (fixtures/real)              ' + figures(real.overall))
console.log('  fixtures                                      ' + figures(fixtures.overall))
console.log('  held-out sentences                            ' + figures(heldOut.overall))
console.log()
if (sealed) {
  console.log(describe('Sealed part (never read while tuning: figures only)', sealed))
  console.log(formatScore('Sealed part, every passage', sealed.passages, false))
  console.log(formatScore('Sealed part, whole documents', sealed.whole, false))
  console.log()
}
console.log(describe('Tuning part', tuning))
console.log(formatScore('Tuning part, every passage', tuning.passages, !quiet))
console.log(formatScore('Tuning part, whole documents', tuning.whole, false))
console.log()
console.log(formatScore('Real corpus sentences (fixtures/real/labels.yml, ' + labels.length + ' labelled occurrences)', real, !quiet))
console.log()
console.log(formatScore('Fixtures (fixtures/<family>/cases.yml)', fixtures, !quiet))
console.log()
console.log(formatScore('Held-out sentences (fixtures/heldout/sentences.yml)', heldOut, !quiet))
