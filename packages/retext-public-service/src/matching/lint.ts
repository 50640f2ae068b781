/**
 * Walks an nlcst tree and reports each match that its context does not cancel.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {AtomCache, type Atom} from './atoms.js'
import type {CompiledFamily, CompiledPhrase, CompiledTermMap} from '../term-map/compile.js'
import {isQuoted, settle, settled, type Decision, type MatchContext, type PageReading, type Settlement} from '../context/context.js'
import {adaptSuggestions, articleFor} from '../suggestions/suggest.js'

export const source = 'retext-public-service'

/** Cheap check: does the sentence hold any phrase's anchor word? One lookup per word part. */
function sentenceMayMatch(sentence: Sentence, anchors: ReadonlySet<string>, lengths: ReadonlySet<number>): boolean {
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    for (const part of child.children) {
      // Most words have a length no anchor has: skip them before lowercasing.
      if (part.type === 'TextNode' && lengths.has(part.value.length) && anchors.has(part.value.toLowerCase())) return true
    }
  }
  return false
}

const coordinators = new Set(['and', 'or'])
// A determiner after "and" starts a new noun phrase, so the noun after it stands alone and
// shares nothing with the word before "and" ("the staff and its visitors").
const notModifiers = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'your', 'my', 'this', 'that', 'these', 'those', 'all', 'other', 'some', 'any', 'each', 'every', 'many', 'most', 'no', 'both'])
// Replacements that take no article: they bring their own determiner, or are mass nouns.
const determiner = /^(the|a|an|your|their|our|his|her|its|this|that|these|those|some|any|each|every|people|you|support|help|advice|information)\b/i

/**
 * The phrase matched at `position`, longest first: its end (one past its last atom) and
 * whether its head is plural. Between a phrase's first two words one coordinated word
 * may stand ("staff and visitor parking" reads as two phrases sharing their noun).
 */
export function matchAt(atoms: readonly Atom[], position: number, candidates: readonly CompiledPhrase[]) {
  candidates: for (const phrase of candidates) {
    let index = position
    let head = position
    for (let word = 0; word < phrase.words.length; word++) {
      if (word === 1 && index + 2 < atoms.length && coordinators.has(atoms[index].norm) && !atoms[index].breakBefore && !atoms[index + 1].breakBefore) {
        const after = atoms[index + 2]
        if (!after.breakBefore && phrase.words[1].has(after.norm) && !phrase.words[1].has(atoms[index + 1].norm) && !notModifiers.has(atoms[index + 1].norm)) index += 2
      }
      const atom = atoms[index]
      if (!atom || (word > 0 && atom.breakBefore) || !phrase.words[word].has(atom.norm)) continue candidates
      if (word === phrase.head) head = index
      index++
    }
    return {phrase, end: index, plural: phrase.words[phrase.head].get(atoms[head].norm) === true}
  }
  return undefined
}

/** A point moved by the byte order mark the parser left out (line 1 only). */
function inText(point: Point, lag: number): Point {
  if (lag === 0 || point.offset === undefined) return point
  return {line: point.line, column: point.line === 1 ? point.column + lag : point.column, offset: point.offset + lag}
}

type Match = NonNullable<ReturnType<typeof matchAt>>

/**
 * A phrase that starts inside the match at `position` and runs past its end is the more
 * specific wording (a possessive label followed by a longer compound that owns the same
 * noun). Only phrases overlapping the first match compete, so the choice does not chain
 * on; two phrases of one family that overlap are one finding over both.
 */
export function selectMatch(atoms: readonly Atom[], position: number, found: Match, termMap: CompiledTermMap): {start: number; match: Match} {
  let start = position
  let match = found
  for (let inner = position + 1; inner < found.end; inner++) {
    const candidates = termMap.index.get(atoms[inner].norm)
    const overlapping = candidates ? matchAt(atoms, inner, candidates) : undefined
    if (overlapping && overlapping.end > match.end) {
      if (overlapping.phrase.family !== found.phrase.family) start = inner
      match = overlapping
    }
  }
  return {start, match}
}

/**
 * The matches in one sentence's atoms, in order: at each word, the longest phrase that
 * starts there (or a longer one overlapping it); one span, one match, the longest phrase
 * owning its words.
 */
export function* sentenceMatches(atoms: readonly Atom[], termMap: CompiledTermMap): Generator<{start: number; match: Match}> {
  let position = 0
  while (position < atoms.length) {
    const candidates = termMap.index.get(atoms[position].norm)
    const found = candidates ? matchAt(atoms, position, candidates) : undefined
    if (!found) {
      position++
      continue
    }
    const selected = selectMatch(atoms, position, found, termMap)
    yield selected
    position = selected.match.end
  }
}

/** A family's reading of a page with nothing counted yet. */
const unread: PageReading = Object.freeze({flagged: 0, setAside: 0})

/** Counts one match's reading toward its family's reading of the page. */
function tally(readings: Map<CompiledFamily, PageReading>, family: CompiledFamily, settlement: Settlement): void {
  if (settlement.reading === undefined) return
  const reading = readings.get(family) ?? {flagged: 0, setAside: 0}
  if (settlement.reading === 'flagged') reading.flagged++
  else reading.setAside++
  readings.set(family, reading)
}

/** A match as its rules read it: the words around it, its phrase, and where its words start and end. */
interface PlacedMatch {
  context: MatchContext
  phrase: CompiledPhrase
  from: Point
  to: Point
}

/**
 * Each match on the page, in the page's order, that has a place in the text and stands
 * outside quotation marks (a quoted word is someone else's), with the context its rules
 * read. `mayMatch` says which sentences are worth reading at all.
 */
function forEachMatch(
  tree: Root,
  termMap: CompiledTermMap,
  cache: AtomCache,
  mayMatch: (sentence: Sentence) => boolean,
  each: (found: PlacedMatch) => void
): void {
  let block: {children: ReadonlyArray<{type: string}>} | undefined
  const visit = (node: Root | Paragraph | Root['children'][number], paragraph: Paragraph | undefined) => {
    if (node.type === 'SentenceNode') {
      if (!mayMatch(node)) return
      const atoms = cache.sentence(node)
      for (const {start, match} of sentenceMatches(atoms, termMap)) {
        const first = atoms[start]
        const last = atoms[match.end - 1]
        if (!first.start || !last.end || isQuoted(paragraph, node, first.childIndex, last.childIndex)) continue
        const context: MatchContext = {atoms, start, end: match.end, plural: match.plural, sentence: node, paragraph, block, tree, cache}
        each({context, phrase: match.phrase, from: first.start, to: last.end})
      }
      return
    }
    if (!('children' in node)) return
    if (node.type !== 'ParagraphNode') block = node
    const parent = node.type === 'ParagraphNode' ? node : paragraph
    for (const child of node.children) visit(child as Paragraph, parent)
  }
  visit(tree, undefined)
}

/**
 * How the rules read each family's matches across the page, taken once, the first time it
 * is asked: for `explain`, which decides each match as it goes. `lint` counts the same as it
 * decides, and settles the matches that asked once the whole page is read.
 */
export function pageReadings(tree: Root, termMap: CompiledTermMap, cache: AtomCache): (family: CompiledFamily) => PageReading {
  let readings: Map<CompiledFamily, PageReading> | undefined
  return (family) => {
    if (!readings) {
      const counted = new Map<CompiledFamily, PageReading>()
      forEachMatch(
        tree,
        termMap,
        cache,
        (sentence) => sentenceMayMatch(sentence, termMap.anchors, termMap.anchorLengths),
        ({context, phrase}) => tally(counted, phrase.family, settle(termMap, phrase.family, phrase.severity, context))
      )
      readings = counted
    }
    return readings.get(family) ?? unread
  }
}

const contextLength = 160

/**
 * The sentence's words before and after the children from `first` to `last`, as plain text.
 * White space at the sentence's edges is left out: where a parser leaves the line breaks
 * before a paragraph in its first sentence depends on how the document was cut up to be
 * parsed, and the same finding should read the same either way.
 */
function sentenceAround(sentence: Sentence, first: number, last: number): {before: string; after: string} {
  const before = toString(sentence.children.slice(0, first)).trimStart()
  const after = toString(sentence.children.slice(last + 1)).trimEnd()
  return {before: before.slice(-contextLength), after: after.slice(0, contextLength)}
}

export function lint(tree: Root, file: VFile, termMap: CompiledTermMap): void {
  const text = String(file.value ?? '')
  // The file's own text (markdown, HTML or plain) holds every word of the tree, so the
  // anchors' offsets in it say which sentences can hold a match.
  const hits = text ? termMap.anchorOffsets(text) : undefined
  if (hits && hits.length === 0) return
  let nextHit = 0
  // Some parsers (remark) drop a byte order mark and count offsets without it: find out
  // once, from the first word, how far tree offsets lag behind the text.
  let shift: number | undefined
  const offsetShift = (sentence?: Sentence): number => {
    if (shift !== undefined) return shift
    if (text.charCodeAt(0) !== 0xfeff) return (shift = 0)
    for (const child of sentence?.children ?? []) {
      if (child.type !== 'WordNode' || child.position?.start.offset === undefined || child.position.end.offset === undefined) continue
      const {offset: start} = child.position.start
      const {offset: end} = child.position.end
      const value = child.children.map((part) => ('value' in part ? part.value : '')).join('')
      shift = text.slice(start, end) === value ? 0 : text.slice(start + 1, end + 1) === value ? 1 : 0
      return shift
    }
    return 0
  }
  let currentSentence: Sentence | undefined
  const cache = new AtomCache(text, () => offsetShift(currentSentence), termMap.profiler)
  const anchorLengths = termMap.anchorLengths
  // Each family's reading of the page, counted as its matches are decided. Messages are
  // made once the whole page is read, in the page's order, so that a match whose rules ask
  // how the page reads can be settled first.
  const readings = new Map<CompiledFamily, PageReading>()
  const decided: Array<{found: PlacedMatch; settlement: Settlement}> = []

  const mayMatch = (sentence: Sentence): boolean => {
    const start = sentence.position?.start.offset
    const end = sentence.position?.end.offset
    if (!hits || start === undefined || end === undefined) return sentenceMayMatch(sentence, termMap.anchors, anchorLengths)
    while (nextHit < hits.length && hits[nextHit] < start) nextHit++
    return nextHit < hits.length && hits[nextHit] < end
  }

  const message = ({context, phrase, from, to}: PlacedMatch, decision: Decision) => {
    const {atoms, start, end, sentence} = context
    const first = atoms[start]
    const last = atoms[end - 1]
    const redirected = decision.family !== phrase.family
    const suggestions = redirected ? decision.family.suggest : phrase.suggest
    const lag = offsetShift(sentence)
    const slice = (opening: Atom) => {
      const startOffset = opening.start?.offset
      const endOffset = last.end?.offset
      return startOffset !== undefined && endOffset !== undefined && text
        ? text.slice(startOffset + lag, endOffset + lag)
        : atoms.slice(atoms.indexOf(opening), end).map((atom) => atom.raw).join(' ')
    }
    let spanStart = first
    let actual = slice(first)
    let expected = adaptSuggestions(suggestions, actual, last.possessive, context)

    // "an internal …" must become "a colleague", and "a …" before a replacement with its
    // own determiner ("the support …") must go: the finding then covers the article, so
    // applying a suggestion stays grammatical.
    const article = start > 0 && !first.breakBefore ? atoms[start - 1] : undefined
    const gap = article?.end?.offset !== undefined && from.offset !== undefined ? text.slice(article.end.offset + lag, from.offset + lag) : ''
    if (article && (article.norm === 'a' || article.norm === 'an') && article.start && /^[ \t]+$/.test(gap)) {
      const determined = (value: string) => determiner.test(value)
      if (expected.some((value) => determined(value) || articleFor(value) !== article.norm)) {
        spanStart = article
        actual = slice(article)
        const capital = /^\p{Lu}/u.test(article.raw)
        expected = expected.map((value) => {
          const bare = capital && !/^\p{Lu}/u.test(first.raw) ? value : value.charAt(0).toLowerCase() + value.slice(1)
          const phrase = determined(bare) ? bare : articleFor(bare) + ' ' + bare
          return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase
        })
      }
    }
    const describe = redirected ? decision.family.describe : phrase.describe
    const quoted = expected.slice(0, 3).map((value) => '`' + value + '`')
    const reason =
      '`' + actual + '` ' + describe + '; ' +
      (decision.severity === 'warning' ? 'use ' + quoted.join(', ') + ' instead' : 'consider ' + quoted.join(', '))

    const message = file.message(reason, {
      place: {start: inText(spanStart.start ?? from, lag), end: inText(to, lag)},
      ruleId: decision.family.id,
      source
    })
    message.actual = actual
    message.expected = expected
    message.note = decision.family.note
    message.url = decision.family.url
    message.context = sentenceAround(sentence, spanStart.childIndex, last.childIndex)
    if (decision.severity === 'warning') message.fatal = false
    else message.fatal = undefined
    // Coordinated words ("internal and external …") are left to the writer.
    if (phrase.fixable && !redirected && decision.severity === 'warning' && end - start === phrase.words.length) message.fixable = true
  }

  const enter = (sentence: Sentence): boolean => {
    if (!mayMatch(sentence)) return false
    currentSentence = sentence
    return true
  }
  forEachMatch(tree, termMap, cache, enter, (found) => {
    const settlement = settle(termMap, found.phrase.family, found.phrase.severity, found.context)
    tally(readings, found.phrase.family, settlement)
    decided.push({found, settlement})
  })
  const readingOf = (family: CompiledFamily) => readings.get(family) ?? unread
  for (const {found, settlement} of decided) {
    const decision = settlement.onPage ? settled(settlement, readingOf) : settlement.decision
    if (decision) message(found, decision)
  }
}
