/**
 * `npm run evaluate`: precision and recall of the plugin on the fixtures, the held-out
 * sentences and the labelled real corpus sentences, with every false alarm and miss.
 */
import {formatScore, loadCaseFiles, loadHeldOut, loadRealLabels, scoreCases, scoreReal} from './evaluation.js'

const quiet = process.argv.includes('--summary')
console.log(formatScore('Fixtures (fixtures/<family>/cases.yml)', scoreCases(loadCaseFiles()), !quiet))
console.log()
console.log(formatScore('Held-out sentences (fixtures/heldout/sentences.yml)', scoreCases(loadHeldOut()), !quiet))
console.log()
const labels = loadRealLabels()
console.log(formatScore('Real corpus sentences (fixtures/real/labels.yml, ' + labels.length + ' labelled occurrences)', await scoreReal(labels), !quiet))
