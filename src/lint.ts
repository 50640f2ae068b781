/**
 * Walks an nlcst tree and reports each match that its context does not cancel.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {AtomCache, type Atom} from './atoms.js'
import type {CompiledPhrase, CompiledTermMap} from './compile.js'
import {decide, isQuoted, type MatchContext} from './context.js'
import {adaptSuggestions, articleFor} from './suggest.js'

export const source = 'retext-public-service'

/** Cheap check: does any word of the sentence start a phrase? One lookup per word part. */
function sentenceMayMatch(sentence: Sentence, index: ReadonlyMap<string, unknown>): boolean {
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    for (const part of child.children) {
      if (part.type === 'TextNode' && index.has(part.value.toLowerCase())) return true
    }
  }
  return false
}

/** The phrase matched at `position`, longest first, with whether its head is plural. */
export function matchAt(atoms: readonly Atom[], position: number, candidates: readonly CompiledPhrase[]) {
  candidates: for (const phrase of candidates) {
    const length = phrase.words.length
    if (position + length > atoms.length) continue
    for (let offset = 0; offset < length; offset++) {
      const atom = atoms[position + offset]
      if (offset > 0 && atom.breakBefore) continue candidates
      if (!phrase.words[offset].has(atom.norm)) continue candidates
    }
    const head = atoms[position + phrase.head]
    return {phrase, plural: phrase.words[phrase.head].get(head.norm) === true}
  }
  return undefined
}

export function lint(tree: Root, file: VFile, termMap: CompiledTermMap): void {
  const cache = new AtomCache()
  const text = String(file.value ?? '')

  const visitSentences = (node: Root | Paragraph | Root['children'][number], paragraph: Paragraph | undefined) => {
    if (node.type === 'SentenceNode') {
      if (sentenceMayMatch(node, termMap.index)) lintSentence(node, paragraph)
      return
    }
    if (!('children' in node)) return
    const parent = node.type === 'ParagraphNode' ? node : paragraph
    for (const child of node.children) visitSentences(child as Paragraph, parent)
  }

  const lintSentence = (sentence: Sentence, paragraph: Paragraph | undefined) => {
    const atoms = cache.sentence(sentence)
    let position = 0
    while (position < atoms.length) {
      const candidates = termMap.index.get(atoms[position].norm)
      const found = candidates ? matchAt(atoms, position, candidates) : undefined
      if (!found) {
        position++
        continue
      }
      // A phrase that starts inside this one and runs past its end is the more specific
      // wording (a possessive label followed by a longer compound that owns the same noun).
      // Only phrases overlapping the first match compete, so the choice does not chain on.
      let start = position
      let match = found
      const firstEnd = position + found.phrase.words.length
      for (let inner = position + 1; inner < firstEnd; inner++) {
        const innerCandidates = termMap.index.get(atoms[inner].norm)
        const overlapping = innerCandidates ? matchAt(atoms, inner, innerCandidates) : undefined
        if (overlapping && inner + overlapping.phrase.words.length > start + match.phrase.words.length) {
          start = inner
          match = overlapping
        }
      }
      const {phrase, plural} = match
      const end = start + phrase.words.length
      report(sentence, paragraph, atoms, start, end, phrase, plural)
      // One span, one message: the longest phrase owns its words.
      position = end
    }
  }

  const report = (
    sentence: Sentence,
    paragraph: Paragraph | undefined,
    atoms: Atom[],
    start: number,
    end: number,
    phrase: CompiledPhrase,
    plural: boolean
  ) => {
    const first = atoms[start]
    const last = atoms[end - 1]
    if (!first.start || !last.end) return
    if (isQuoted(paragraph, sentence, first.childIndex, last.childIndex)) return

    const context: MatchContext = {atoms, start, end, plural, sentence, paragraph, tree, cache}
    const decision = decide(termMap, phrase.family, phrase.severity, context)
    if (!decision) return

    const redirected = decision.family !== phrase.family
    const suggestions = redirected ? decision.family.suggest : phrase.suggest
    const slice = (from: Atom) => {
      const startOffset = from.start?.offset
      const endOffset = last.end?.offset
      return startOffset !== undefined && endOffset !== undefined && text
        ? text.slice(startOffset, endOffset)
        : atoms.slice(atoms.indexOf(from), end).map((atom) => atom.raw).join(' ')
    }
    let spanStart = first
    let actual = slice(first)
    let expected = adaptSuggestions(suggestions, actual, last.possessive, context)

    // "an internal …" must become "a colleague": when a replacement needs the other
    // article, the finding covers the article too, so applying it stays grammatical.
    const article = start > 0 && !first.breakBefore ? atoms[start - 1] : undefined
    if (article && (article.norm === 'a' || article.norm === 'an') && article.start) {
      const needsOther = expected.some((value) => articleFor(value) !== article.norm)
      if (needsOther) {
        spanStart = article
        actual = slice(article)
        expected = expected.map((value) => {
          const chosen = articleFor(value)
          const written = /^\p{Lu}/u.test(article.raw) ? chosen.charAt(0).toUpperCase() + chosen.slice(1) : chosen
          return written + ' ' + (/^\p{Lu}/u.test(article.raw) && /^\p{Lu}/u.test(value) && !/^\p{Lu}/u.test(first.raw) ? value.charAt(0).toLowerCase() + value.slice(1) : value)
        })
      }
    }
    const describe = redirected ? decision.family.describe : phrase.describe
    const quoted = expected.slice(0, 3).map((value) => '`' + value + '`')
    const reason =
      '`' + actual + '` ' + describe + '; ' +
      (decision.severity === 'warning' ? 'use ' + quoted.join(', ') + ' instead' : 'consider ' + quoted.join(', '))

    const message = file.message(reason, {
      place: {start: spanStart.start ?? first.start, end: last.end},
      ruleId: decision.family.id,
      source
    })
    message.actual = actual
    message.expected = expected
    message.note = decision.family.note
    message.url = decision.family.url
    if (decision.severity === 'warning') message.fatal = false
    else message.fatal = undefined
  }

  visitSentences(tree, undefined)
}
