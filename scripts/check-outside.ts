/**
 * Checks the labelled set from outside the corpus (`fixtures/outside/*.yml`) without running
 * the linter: every label found in its text, every search word labelled, fields valid, ids
 * unique; then counts by kind. `--write-split` records the tuning/sealed split.
 *
 *   npx tsx scripts/check-outside.ts [file …] [--write-split]
 */
import {writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {stringify} from 'yaml'
import termMap from '../generated/term-map.json' with {type: 'json'}
import {fileKind, kinds, listOutsideFiles, loadPassages, locate, outsideRoot, splitDocuments, unlabelled, type LocatedLabel, type Passage} from './outside.js'

const args = process.argv.slice(2)
const writeSplit = args.includes('--write-split')
const named = args.filter((arg) => !arg.startsWith('--')).map((arg) => resolve(arg))
const loaded = loadPassages(named.length > 0 ? named : listOutsideFiles())

const families = new Set(termMap.families.map((family) => family.id))
const problems: string[] = []
const docKinds = new Map<string, string>()
const wholeDocs = new Map<string, number>()
const labels = ['flag', 'pass', 'either']

for (const {file, passages} of loaded) {
  passages.forEach((passage, index) => {
    const where = file.replace(/^.*fixtures\//, 'fixtures/') + ' #' + (index + 1) + ' (' + String(passage.doc) + ')'
    for (const field of ['doc', 'kind', 'source', 'text'] as const) {
      if (typeof passage[field] !== 'string' || passage[field] === '') problems.push(where + ': `' + field + '` missing')
    }
    if (typeof passage.text !== 'string') return
    if (!(kinds as readonly string[]).includes(passage.kind)) problems.push(where + ': unknown kind `' + passage.kind + '`')
    else if (fileKind(file) !== passage.kind && (kinds as readonly string[]).includes(fileKind(file))) problems.push(where + ': kind `' + passage.kind + '` in ' + fileKind(file) + '.yml')
    if (typeof passage.doc === 'string' && !passage.doc.startsWith(passage.kind + '/')) problems.push(where + ': doc id should start with `' + passage.kind + '/`')
    const earlier = docKinds.get(passage.doc)
    if (earlier && earlier !== passage.kind) problems.push(where + ': doc id also used for kind ' + earlier)
    docKinds.set(passage.doc, passage.kind)
    if (passage.whole) wholeDocs.set(passage.doc, (wholeDocs.get(passage.doc) ?? 0) + 1)
    if (!Array.isArray(passage.labels)) {
      problems.push(where + ': `labels` must be a list')
      return
    }
    const located: LocatedLabel[] = []
    for (const label of passage.labels) {
      if (!labels.includes(label.label)) problems.push(where + ': label `' + String(label.label) + '` for "' + label.word + '"')
      if (label.label === 'flag' && !families.has(label.rule ?? '')) problems.push(where + ': flag "' + label.word + '" needs a family in `rule` (got `' + String(label.rule) + '`)')
      if (label.rule !== undefined && !families.has(label.rule)) problems.push(where + ': unknown rule `' + label.rule + '`')
      const found = typeof label.word === 'string' ? locate(passage.text, label) : undefined
      if (!found) problems.push(where + ': "' + String(label.word) + '" (nth ' + (label.nth ?? 1) + ') not in text')
      else if (located.some((other) => other.start === found.start && other.end === found.end)) problems.push(where + ': "' + label.word + '" labelled twice at the same place (use nth)')
      else located.push(found)
    }
    for (const missing of unlabelled(passage.text, located)) {
      problems.push(where + ': "' + missing.word + '" not labelled: …' + passage.text.slice(Math.max(0, missing.start - 40), missing.start + 40).replace(/\s+/g, ' ') + '…')
    }
  })
}
for (const [doc, count] of wholeDocs) if (count > 1) problems.push(doc + ': a whole document must be one passage (found ' + count + ')')

const all: Passage[] = loaded.flatMap(({passages}) => passages).filter((passage) => typeof passage.text === 'string')
console.log('kind                     passages  docs  whole   flag   pass  either')
const total = {passages: 0, docs: 0, whole: 0, flag: 0, pass: 0, either: 0}
for (const kind of kinds) {
  const mine = all.filter((passage) => passage.kind === kind)
  if (mine.length === 0) continue
  const row = {
    passages: mine.length,
    docs: new Set(mine.map((passage) => passage.doc)).size,
    whole: mine.filter((passage) => passage.whole).length,
    flag: 0,
    pass: 0,
    either: 0
  }
  for (const passage of mine) for (const label of passage.labels ?? []) if (label.label in row) row[label.label]++
  for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += row[key]
  console.log(kind.padEnd(24) + [row.passages, row.docs, row.whole, row.flag, row.pass, row.either].map((n) => String(n).padStart(7)).join(''))
}
console.log('all'.padEnd(24) + [total.passages, total.docs, total.whole, total.flag, total.pass, total.either].map((n) => String(n).padStart(7)).join(''))
console.log('publishers: ' + new Set(all.map((passage) => passage.publisher ?? passage.source)).size)

if (writeSplit) {
  const parts = splitDocuments(all)
  const split = {
    sealed: [...parts].filter(([, part]) => part === 'sealed').map(([doc]) => doc).sort(),
    tuning: [...parts].filter(([, part]) => part === 'tuning').map(([doc]) => doc).sort()
  }
  writeFileSync(
    join(outsideRoot, 'split.yml'),
    '# Fixed before any rule was tuned on this set (scripts/outside.ts: splitDocuments). Never move a document.\n' + stringify(split)
  )
  console.log('split written: ' + split.sealed.length + ' sealed, ' + split.tuning.length + ' tuning documents')
}

if (problems.length > 0) {
  console.log('\n' + problems.length + ' problems:')
  for (const problem of problems) console.log('  ' + problem)
  process.exitCode = 1
} else {
  console.log('\nno problems')
}
