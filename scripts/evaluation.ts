/**
 * Scores the plugin against labelled prose: the fixtures in `fixtures/<family>/cases.yml`,
 * the held-out set, and real sentences from `../shared/corpus/` in `fixtures/real/`.
 * Used by `npm run evaluate` (prints) and by the tests (keep the figures from falling).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {dirname, extname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parse} from 'yaml'
import {remarkProse} from '../packages/retext-public-service/src/markdown/prose.js'
import retextPublicService from '../packages/retext-public-service/src/index.js'
import {loadPassages, loadSplit, locate, partOf, type LocatedLabel, type Part, type Passage} from './outside.js'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const corpusRoot = join(root, '..', 'shared', 'corpus')

export interface Finding {
  rule: string
  actual: string
  severity?: 'warning' | 'info'
}

export interface Case {
  text: string
  expect?: Finding[]
  allow?: Finding[]
}

export interface CaseFile {
  family: string
  cases: Case[]
}

export interface RealLabel {
  file: string
  line: number
  word: string
  text?: string
  label: 'flag' | 'pass' | 'either'
  rule?: string
  why?: string
}

export interface Tally {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

export interface Problem {
  kind: 'false alarm' | 'miss'
  rule: string
  actual: string
  where: string
  text: string
}

export interface Score {
  overall: Tally
  byFamily: Map<string, Tally>
  problems: Problem[]
}

const textProcessor = unified().use(retextEnglish).use(retextPublicService).freeze()

/** Parses and runs (no compiler needed) and returns the file's messages. */
function run(processor: {parse(file: VFile): unknown; runSync(tree: never, file: VFile): unknown}, file: VFile): VFileMessage[] {
  processor.runSync(processor.parse(file) as never, file)
  return file.messages
}

export function lintText(text: string): VFileMessage[] {
  return run(textProcessor, new VFile(text))
}

// remark-retext and rehype-retext type their destination as a processor with no transformers yet.
const retextForBridges = unified().use(retextEnglish).use(retextPublicService) as unknown as Processor<NlcstRoot>
const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkProse).use(remarkRetext, retextForBridges).freeze()
const htmlProcessor = unified().use(rehypeParse).use(rehypeRetext, retextForBridges).freeze()

/** Lints a document the way its format asks (markdown, HTML or plain text). */
export async function lintDocument(path: string, value: string): Promise<VFileMessage[]> {
  const extension = extname(path).toLowerCase()
  const file = new VFile({path, value})
  if (['.md', '.markdown', '.mdx'].includes(extension)) await markdownProcessor.run(markdownProcessor.parse(file), file)
  else if (['.html', '.htm'].includes(extension)) await htmlProcessor.run(htmlProcessor.parse(file), file)
  else await textProcessor.run(textProcessor.parse(file), file)
  return file.messages
}

function severityOf(message: VFileMessage): 'warning' | 'info' {
  return message.fatal === false ? 'warning' : 'info'
}

function overlaps(message: VFileMessage, finding: Finding): boolean {
  if (message.ruleId !== finding.rule) return false
  const found = String(message.actual ?? '').toLowerCase().replace(/\s+/g, ' ')
  const wanted = finding.actual.toLowerCase().replace(/\s+/g, ' ')
  if (!found.includes(wanted) && !wanted.includes(found)) return false
  return finding.severity === undefined || finding.severity === severityOf(message)
}

function tally(map: Map<string, Tally>, rule: string): Tally {
  let entry = map.get(rule)
  if (!entry) {
    entry = {truePositives: 0, falsePositives: 0, falseNegatives: 0}
    map.set(rule, entry)
  }
  return entry
}

export function emptyScore(): Score {
  return {overall: {truePositives: 0, falsePositives: 0, falseNegatives: 0}, byFamily: new Map(), problems: []}
}

function count(score: Score, rule: string, key: keyof Tally) {
  score.overall[key]++
  tally(score.byFamily, rule)[key]++
}

export function scoreCases(files: Array<{path: string; data: CaseFile}>): Score {
  const score = emptyScore()
  for (const {path, data} of files) {
    for (const item of data.cases) {
      const messages = lintText(item.text)
      const used = new Set<VFileMessage>()
      for (const expected of item.expect ?? []) {
        const hit = messages.find((message) => !used.has(message) && overlaps(message, expected))
        if (hit) {
          used.add(hit)
          count(score, expected.rule, 'truePositives')
        } else {
          count(score, expected.rule, 'falseNegatives')
          score.problems.push({kind: 'miss', rule: expected.rule, actual: expected.actual, where: path, text: item.text})
        }
      }
      for (const message of messages) {
        if (used.has(message)) continue
        if ((item.allow ?? []).some((allowed) => overlaps(message, allowed))) continue
        const rule = message.ruleId ?? '?'
        count(score, rule, 'falsePositives')
        score.problems.push({kind: 'false alarm', rule, actual: String(message.actual), where: path, text: item.text})
      }
    }
  }
  return score
}

export function loadCaseFiles(): Array<{path: string; data: CaseFile}> {
  const fixtures = join(root, 'fixtures')
  const files: Array<{path: string; data: CaseFile}> = []
  for (const name of readdirSync(fixtures).sort()) {
    const path = join(fixtures, name, 'cases.yml')
    if (existsSync(path)) files.push({path: 'fixtures/' + name + '/cases.yml', data: parse(readFileSync(path, 'utf8')) as CaseFile})
  }
  return files
}

export function loadHeldOut(): Array<{path: string; data: CaseFile}> {
  const path = join(root, 'fixtures', 'heldout', 'sentences.yml')
  return existsSync(path) ? [{path: 'fixtures/heldout/sentences.yml', data: parse(readFileSync(path, 'utf8')) as CaseFile}] : []
}

export function loadRealLabels(): RealLabel[] {
  const path = join(root, 'fixtures', 'real', 'labels.yml')
  return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as RealLabel[]) : []
}

/** Scores real corpus sentences: each labelled occurrence against the findings on its line. */
export async function scoreReal(labels: RealLabel[]): Promise<Score> {
  const score = emptyScore()
  const byFile = new Map<string, RealLabel[]>()
  for (const label of labels) byFile.set(label.file, [...(byFile.get(label.file) ?? []), label])
  for (const [file, list] of byFile) {
    const value = readFileSync(join(corpusRoot, file), 'utf8')
    const messages = await lintDocument(file, value)
    const lines = value.split('\n')
    const used = new Set<VFileMessage>()
    const seen = new Map<string, number>()
    for (const label of list) {
      const word = label.word.toLowerCase()
      // Find the occurrence through the label's sentence; the k-th label of the same word
      // in the same sentence is its k-th occurrence there.
      const lineText = (lines[label.line - 1] ?? '').toLowerCase()
      const sentence = (label.text ?? '').toLowerCase().replace(/^\u2026/, '').slice(0, 40)
      const sentenceAt = sentence ? lineText.indexOf(sentence) : -1
      const key = label.line + '\u0000' + word + '\u0000' + sentenceAt
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      let column = Math.max(sentenceAt, 0) - 1
      for (let index = 0; index <= occurrence; index++) column = lineText.indexOf(word, column + 1)
      const onLine = messages.filter((message) => {
        if (message.line !== label.line) return false
        const actual = String(message.actual ?? '').toLowerCase().replace(/\s+/g, ' ')
        if (!actual.includes(word) && !word.includes(actual)) return false
        if (column < 0) return true
        const start = (message.column ?? 1) - 1
        return start < column + word.length && start + actual.length > column
      })
      const where = file + ':' + label.line
      const text = label.text ?? ''
      if (label.label === 'flag') {
        const hit = onLine.find((message) => message.ruleId === label.rule && !used.has(message))
        if (hit) {
          used.add(hit)
          count(score, label.rule ?? '?', 'truePositives')
        } else {
          count(score, label.rule ?? '?', 'falseNegatives')
          score.problems.push({kind: 'miss', rule: label.rule ?? '?', actual: label.word, where, text})
        }
      } else if (label.label === 'pass') {
        for (const message of onLine) {
          if (used.has(message)) continue
          used.add(message)
          count(score, message.ruleId ?? '?', 'falsePositives')
          score.problems.push({kind: 'false alarm', rule: message.ruleId ?? '?', actual: String(message.actual), where, text})
        }
      } else {
        for (const message of onLine) used.add(message)
      }
    }
  }
  return score
}

export function precision(tally: Tally): number {
  const found = tally.truePositives + tally.falsePositives
  return found === 0 ? 1 : tally.truePositives / found
}

export function recall(tally: Tally): number {
  const wanted = tally.truePositives + tally.falseNegatives
  return wanted === 0 ? 1 : tally.truePositives / wanted
}

export function formatScore(title: string, score: Score, showProblems = true): string {
  const lines = [
    title,
    '  overall: precision ' + precision(score.overall).toFixed(3) + ', recall ' + recall(score.overall).toFixed(3) +
      ' (' + score.overall.truePositives + ' found, ' + score.overall.falsePositives + ' false alarms, ' + score.overall.falseNegatives + ' missed)',
    '  family                  precision  recall   found  false  missed'
  ]
  for (const [rule, entry] of [...score.byFamily].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      '  ' + rule.padEnd(24) + precision(entry).toFixed(3).padStart(9) + recall(entry).toFixed(3).padStart(8) +
        String(entry.truePositives).padStart(8) + String(entry.falsePositives).padStart(7) + String(entry.falseNegatives).padStart(8)
    )
  }
  if (showProblems && score.problems.length > 0) {
    lines.push('  problems:')
    for (const problem of score.problems) {
      lines.push('    ' + problem.kind + ' [' + problem.rule + '] "' + problem.actual + '" at ' + problem.where + ': ' + problem.text.replace(/\s+/g, ' ').slice(0, 200))
    }
  }
  return lines.join('\n')
}

export interface OutsideScores {
  /** Every passage of the part. */
  passages: Score
  /** Only the documents labelled whole. */
  whole: Score
  /** Flags found under another family than the label's (counted as found). */
  otherFamily: number
  documents: number
  occurrences: number
}

function passageProblemText(text: string, start: number, end: number): string {
  return (start > 80 ? '…' : '') + text.slice(Math.max(0, start - 80), end + 80) + (end + 80 < text.length ? '…' : '')
}

/**
 * Lints a labelled passage as the CLI would read its document, and says where each message
 * stands in the passage's own text (an offset before it means the title).
 */
export async function lintPassage(passage: Passage): Promise<{messages: VFileMessage[]; span: (message: VFileMessage) => {start: number; end: number}}> {
  // A markdown file from a repository is read as markdown, and text stored with its HTML
  // tags as HTML, as the CLI would read them.
  const extension = /\.(md|markdown)(?:[?#].*)?$/i.test(passage.source) ? '.md' : /<(?:p|div|h[1-6]|li|ul|ol|br|strong|summary|details|table)\b[^>]*>/i.test(passage.text) ? '.html' : '.txt'
  // The title goes first, so the linter can read who is writing; but a markdown file's own
  // front matter must stay at its top to be read as front matter, and it names the title.
  const prefix = passage.title && !(extension === '.md' && /^(?:---|\+\+\+)\r?\n/.test(passage.text)) ? passage.title.replace(/\s+/g, ' ').trim() + '\n\n' : ''
  const messages = await lintDocument(passage.doc.replace(/\//g, '_') + extension, prefix + passage.text)
  const span = (message: VFileMessage) => {
    const start = (message.place && 'start' in message.place ? message.place.start.offset : undefined) ?? -1
    const end = (message.place && 'end' in message.place ? message.place.end.offset : undefined) ?? start
    return {start: start - prefix.length, end: end - prefix.length}
  }
  return {messages, span}
}

/**
 * Scores the set from outside the corpus, per part of the split. Each passage is linted
 * as a document whose first line is its title (so the title can tell who is writing), then
 * every finding is held against the labels it overlaps: a flag needs a finding (of any
 * family: the writer is shown the words), a pass must have none, either is not scored, and
 * a finding over no label is a false alarm.
 */
export async function scoreOutside(part: Part, files?: string[]): Promise<OutsideScores> {
  const split = loadSplit()
  const passages = loadPassages(files).flatMap(({passages}) => passages).filter((passage) => partOf(split, passage.doc) === part)
  const scores: OutsideScores = {passages: emptyScore(), whole: emptyScore(), otherFamily: 0, documents: new Set(passages.map((passage) => passage.doc)).size, occurrences: 0}
  for (const passage of passages) {
    const {messages, span} = await lintPassage(passage)
    const located = passage.labels.map((label) => locate(passage.text, label)).filter((label) => label !== undefined)
    scores.occurrences += located.length
    const targets = passage.whole ? [scores.passages, scores.whole] : [scores.passages]
    scores.otherFamily += judgeFindings(passage, located, messages, span, targets)
  }
  return scores
}

/**
 * Holds one passage's findings against its labels and counts each into `targets`: a flag
 * needs a finding over it (of any family), a pass must have none, either is not scored, and
 * a finding over no label is a false alarm. Returns how many flags were found by a family
 * other than the label's.
 */
export function judgeFindings(passage: Passage, located: LocatedLabel[], messages: VFileMessage[], span: (message: VFileMessage) => {start: number; end: number}, targets: Score[]): number {
  let otherFamily = 0
  const inText = messages.filter((message) => span(message).end > 0)
  const overlapping = (label: LocatedLabel) =>
    inText.filter((message) => {
      const {start, end} = span(message)
      return start < label.end && end > label.start
    })
  const used = new Set<VFileMessage>()
  const where = passage.doc + ' (' + passage.kind + ')'
  for (const label of located) {
    const found = overlapping(label)
    if (label.label === 'flag') {
      const rule = label.rule ?? '?'
      const hit = found.find((message) => !used.has(message) && message.ruleId === rule) ?? found.find((message) => !used.has(message))
      for (const score of targets) {
        if (hit) count(score, rule, 'truePositives')
        else {
          count(score, rule, 'falseNegatives')
          score.problems.push({kind: 'miss', rule, actual: label.word, where, text: passageProblemText(passage.text, label.start, label.end)})
        }
      }
      if (hit) {
        if (hit.ruleId !== rule) otherFamily++
        // The label covers every search word inside its phrase: a second finding on a
        // word within a flagged phrase ("customers" in "dealing with customers") is on
        // wording the reader was right to be shown, not a false alarm.
        for (const message of found) used.add(message)
      }
    } else if (label.label === 'pass') {
      for (const message of found) {
        if (used.has(message)) continue
        used.add(message)
        for (const score of targets) {
          count(score, message.ruleId ?? '?', 'falsePositives')
          score.problems.push({kind: 'false alarm', rule: message.ruleId ?? '?', actual: String(message.actual), where, text: passageProblemText(passage.text, label.start, label.end)})
        }
      }
    } else for (const message of found) used.add(message)
  }
  for (const message of inText) {
    if (used.has(message)) continue
    const {start, end} = span(message)
    for (const score of targets) {
      count(score, message.ruleId ?? '?', 'falsePositives')
      score.problems.push({kind: 'false alarm', rule: message.ruleId ?? '?', actual: String(message.actual) + ' (unlabelled)', where, text: passageProblemText(passage.text, start, end)})
    }
  }
  return otherFamily
}
