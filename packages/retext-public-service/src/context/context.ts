/**
 * Decides what a match means from the words around it: the one engine step in which
 * sense is settled, driven entirely by the rules in `rules/`.
 */
import type {Root} from 'nlcst'
import type {Atom, AtomCache} from '../matching/atoms.js'
import type {CompiledFamily, CompiledRule, CompiledTermMap, CompiledTest, CueList, CuePattern, WordPattern} from '../term-map/compile.js'
import type {Paragraph, Sentence} from 'nlcst'
import type {Severity} from '../term-map/types.js'

export interface MatchContext {
  atoms: Atom[]
  /** First atom of the match and one past its last. */
  start: number
  end: number
  plural: boolean
  sentence: Sentence
  paragraph: Paragraph | undefined
  /** The node holding the paragraph (to find the rest of its block). */
  block?: {children: ReadonlyArray<{type: string}>}
  tree: Root
  cache: AtomCache
  /**
   * How the rules read the matches of this match's family across the page, where it is
   * known before the match is decided (in `explain`). Without it, a rule that asks
   * (`elsewhereFlagged`) is left for the caller to settle once the page is read.
   */
  elsewhere?: () => PageReading
}

/** How the rules read a family's matches across one page. */
export interface PageReading {
  /** Matches a rule flags (a warning or a note). */
  flagged: number
  /** Matches a rule sets aside, other than a family's closing `always` rule. */
  setAside: number
}

function wordMatches(pattern: WordPattern, atom: Atom): boolean {
  if (atom.norm === '') return false
  if (pattern.any) return true
  if (pattern.exact.has(atom.norm)) return true
  for (const prefix of pattern.prefixes) if (atom.norm.startsWith(prefix)) return true
  return false
}

/** Does `pattern` match the atoms starting at `from`, with no punctuation inside it? */
function matchesAt(pattern: CuePattern, atoms: readonly Atom[], from: number): boolean {
  if (from < 0 || from + pattern.length > atoms.length) return false
  for (let offset = 0; offset < pattern.length; offset++) {
    const atom = atoms[from + offset]
    if (offset > 0 && atom.breakBefore) return false
    if (!wordMatches(pattern[offset], atom)) return false
  }
  return true
}

const none: readonly CuePattern[] = []

/**
 * The patterns that may start at this atom: one look-up, plus prefixes and wildcards.
 * Mostly one list or none, returned as it is; a new list only when several apply.
 */
function startingAt(list: CueList, atom: Atom): readonly CuePattern[] {
  if (atom.norm === '') return none
  const exact = list.byWord.get(atom.norm)
  const prefixed = list.byPrefix.size > 0 ? list.byPrefix.get(atom.norm.slice(0, 2)) : undefined
  const any = list.anyWord
  if (!prefixed && any.length === 0) return exact ?? none
  if (!exact && any.length === 0) return prefixed ?? none
  return [...(exact ?? none), ...(prefixed ?? none), ...any]
}

/** Any pattern wholly inside atoms[from, to), skipping the atoms of the match itself. */
function occursIn(list: CueList, atoms: readonly Atom[], from: number, to: number, skip?: readonly Atom[]): boolean {
  const low = Math.max(0, from)
  const high = Math.min(atoms.length, to)
  for (let position = low; position < high; position++) {
    if (skip && skip.includes(atoms[position])) continue
    for (const pattern of startingAt(list, atoms[position])) {
      if (position + pattern.length > high || !matchesAt(pattern, atoms, position)) continue
      if (!skip) return true
      let overlaps = false
      for (let offset = 1; offset < pattern.length; offset++) if (skip.includes(atoms[position + offset])) overlaps = true
      if (!overlaps) return true
    }
  }
  return false
}

/** Some pattern that ends right before `end` (precededBy) or starts at `start` (followedBy). */
function endsAt(list: CueList, atoms: readonly Atom[], end: number): boolean {
  for (let length = 1; length <= list.longest; length++) {
    const position = end - length
    if (position < 0) break
    for (const pattern of startingAt(list, atoms[position])) {
      if (pattern.length === length && matchesAt(pattern, atoms, position)) return true
    }
  }
  return false
}

function startsAt(list: CueList, atoms: readonly Atom[], start: number): boolean {
  if (start >= atoms.length) return false
  for (const pattern of startingAt(list, atoms[start])) if (matchesAt(pattern, atoms, start)) return true
  return false
}

const capitalised = /^\p{Lu}\p{Ll}/u

/**
 * How the match is capitalised: part of a name in title capitals, a contract's defined term
 * (“the Buyer”), or capitals with no capitalised word beside them in mid-sentence (a
 * writer's style, “each Resident”; a defined term is one too).
 */
function titleCaseInfo(context: MatchContext): {titleCase: boolean; definedTerm: boolean; capitalised: boolean} {
  const {atoms, start, end} = context
  for (let index = start; index < end; index++) {
    if (!capitalised.test(atoms[index].raw)) return {titleCase: false, definedTerm: false, capitalised: false}
  }
  // A capitalised line above the match is a heading run into the text, not part of a name.
  const underHeading = atoms[start].lineStart && start > 0 && capitalised.test(atoms[start - 1].raw)
  const previous = start > 0 && !atoms[start].breakBefore && !underHeading ? atoms[start - 1] : undefined
  const next = end < atoms.length && !atoms[end].breakBefore ? atoms[end] : undefined
  const neighbourCapitalised =
    (previous !== undefined && capitalised.test(previous.raw) && !((previous.sentenceStart || previous.clauseStart) && previous.raw.length <= 3)) ||
    (next !== undefined && capitalised.test(next.raw) && next.raw !== 'I')
  // A style of capitals: mid-sentence, with nothing capitalised beside it except a
  // sentence's first word (“Helping Resident with meals”).
  const styled =
    !atoms[start].sentenceStart &&
    previous !== undefined &&
    (previous.sentenceStart || previous.clauseStart || !capitalised.test(previous.raw)) &&
    !(next !== undefined && capitalised.test(next.raw) && next.raw !== 'I')
  if (end - start > 1) {
    // Two words with only a first capital ("Social workers") are not a name; "Social Workers" is.
    return {titleCase: true, definedTerm: false, capitalised: styled}
  }
  if (neighbourCapitalised) return {titleCase: true, definedTerm: false, capitalised: styled}
  if (atoms[start].sentenceStart || atoms[start].clauseStart || underHeading) return {titleCase: false, definedTerm: false, capitalised: false}
  // One capitalised word mid-sentence: a contract's defined term ("the Buyer"), or a heading's capital.
  const definedTerm = previous !== undefined && previous.norm === 'the'
  return {titleCase: !definedTerm, definedTerm, capitalised: styled}
}

/** Small words a heading in title capitals may leave uncapitalised ("Visitors Writing to Us"). */
const headingSmallWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'are', 'of', 'on', 'or', 'the', 'to', 'with', 'if', 'not', 'our', 'your', 'their', 'we', 'you', 'who', 'what', 'how', 'when', 'be'])

const allCapitals = /^\p{Lu}{2,}$/u

/** A word that can stand in a heading in title capitals: capitalised, an acronym or a small word. */
function fitsHeading(atom: Atom): boolean {
  return capitalised.test(atom.raw) || allCapitals.test(atom.raw) || headingSmallWords.has(atom.norm)
}

/**
 * The run of capitalised words around the match is a heading in the writer's own words: it
 * opens its line or sentence and no word in it, from the match's last on (after the match,
 * when the run fills its line), ends a name.
 */
function inTitleHeading(nameEnds: CueList, context: MatchContext): boolean {
  const {atoms, start, end} = context
  let first = start
  while (first > 0 && !atoms[first].breakBefore && !atoms[first].lineStart && fitsHeading(atoms[first - 1])) first--
  const opensLine = atoms[first].sentenceStart || atoms[first].clauseStart || atoms[first].lineStart || atoms[first].breakBefore
  if (!opensLine) return false
  let last = end - 1
  while (last + 1 < atoms.length && !atoms[last + 1].breakBefore && !atoms[last + 1].lineStart && fitsHeading(atoms[last + 1])) last++
  // A name may run on past its end ("Contact Centre Association Global"), so any word
  // that ends a name, from the match's last word on, makes the run a name. A run that fills
  // its whole line is a heading over the writer's own text, so there only a word after the
  // match can end a name.
  const next = atoms[last + 1]
  const fillsLine = next === undefined || next.sentenceStart || next.lineStart
  for (let index = fillsLine ? end : end - 1; index <= last; index++) if (startsAt(nameEnds, atoms, index)) return false
  return true
}

export function testHolds(test: CompiledTest, context: MatchContext): boolean {
  const {atoms, start, end} = context
  if (test.always === false) return false
  if (test.precededBy) {
    if (start > 0 && atoms[start].breakBefore) return false
    if (!endsAt(test.precededBy, atoms, start)) return false
  }
  if (test.followedBy) {
    if (end >= atoms.length || atoms[end].breakBefore) return false
    if (!startsAt(test.followedBy, atoms, end)) return false
  }
  if (test.wordsBefore && !occursIn(test.wordsBefore, atoms, start - test.window, start)) return false
  if (test.wordsAfter && !occursIn(test.wordsAfter, atoms, end, end + test.window)) return false
  if (test.matchHas && !occursIn(test.matchHas, atoms, start, end)) return false
  if (test.sentenceHas || test.paragraphHas || test.documentHas) {
    const own = atoms.slice(start, end)
    if (test.sentenceHas && !occursIn(test.sentenceHas, atoms, 0, atoms.length, own)) return false
    if (test.paragraphHas) {
      const paragraph = context.cache.paragraph(context.paragraph, context.sentence, context.block)
      if (!occursIn(test.paragraphHas, paragraph, 0, paragraph.length, own)) return false
    }
    if (test.documentHas) {
      // Read from the raw text, so that paragraphs left out of the parse count too.
      const holds = context.cache.documentHolds(test.documentHas)
      if (holds === false) return false
      if (holds === undefined) {
        const document = context.cache.document(context.tree)
        if (!occursIn(test.documentHas, document, 0, document.length, own)) return false
      }
    }
  }
  if (test.documentIs) {
    const {holds} = context.cache.profile()
    if (!test.documentIs.some((name) => holds.has(name))) return false
  }
  if (test.titleCase !== undefined || test.definedTerm !== undefined || test.capitalised !== undefined || test.titleHeading) {
    const shape = titleCaseInfo(context)
    if (test.titleCase !== undefined && shape.titleCase !== test.titleCase) return false
    if (test.definedTerm !== undefined && shape.definedTerm !== test.definedTerm) return false
    if (test.capitalised !== undefined && shape.capitalised !== test.capitalised) return false
    if (test.titleHeading && !(shape.titleCase && inTitleHeading(test.titleHeading, context))) return false
  }
  if (test.plural !== undefined && test.plural !== context.plural) return false
  if (test.possessive !== undefined && test.possessive !== atoms[end - 1].possessive) return false
  if (test.alone !== undefined) {
    // A glossary headword stands alone, lowercased; a heading that is only the term has a capital.
    const paragraph = context.cache.paragraph(context.paragraph, context.sentence, context.block)
    const alone = paragraph.length === end - start && !/^\p{Lu}/u.test(atoms[start].raw)
    if (alone !== test.alone) return false
  }
  if (test.not && testHolds(test.not, context)) return false
  if (test.any && !test.any.some((inner) => testHolds(inner, context))) return false
  if (test.all && !test.all.every((inner) => testHolds(inner, context))) return false
  return true
}

export interface Decision {
  family: CompiledFamily
  severity: Severity
}

/** How one match counts toward its family's reading of the page. */
export type Reading = 'flagged' | 'set aside' | undefined

export interface Settlement {
  /** The decision of the first rule that holds without asking how the page reads. */
  decision: Decision | undefined
  /**
   * Flagged or set aside by a rule; neither when a family's closing `always` rule or no
   * rule decides, or the match is handed to another family. The rules after one that asks
   * how the page reads are defaults the page may overrule, so a match they set aside while
   * it waits on the page (`onPage`) does not count against it; one they flag still counts.
   */
  reading: Reading
  /** The first rule that holds but for the page's reading, left to settle once the page is read. */
  onPage?: {rule: CompiledRule; family: CompiledFamily}
}

/** Whether the page reads the family as people often enough for a rule that asks `atLeast`. */
function pageReads(reading: PageReading, atLeast: number): boolean {
  return reading.flagged >= atLeast && reading.flagged >= reading.setAside
}

/**
 * Whether a rule holds: its test, and for a rule that asks how the rest of the page reads
 * the family, that reading. `undefined` when the rule's test holds but the page's reading is
 * not known yet (`context.elsewhere` absent), for the caller to settle later.
 */
export function ruleHolds(rule: CompiledRule, context: MatchContext): boolean | undefined {
  if (!testHolds(rule.when, context)) return false
  if (rule.onPage === undefined) return true
  return context.elsewhere ? pageReads(context.elsewhere(), rule.onPage) : undefined
}

/**
 * The rules tried before every family, then the family's own, in order; the first that
 * holds decides. A rule may hand the match to another family, whose own rules then
 * decide (once: a family it hands to cannot hand it on). A rule that asks how the rest of
 * the page reads the family holds at once where `context.elsewhere` says; without it, the
 * first such rule is handed back in `onPage` and the rules after it decide for now.
 */
export function settle(termMap: CompiledTermMap, family: CompiledFamily, severity: Severity, context: MatchContext): Settlement {
  let onPage: Settlement['onPage']
  const first = (rules: readonly CompiledRule[], owner: CompiledFamily): CompiledRule | undefined => {
    for (const rule of rules) {
      const holds = ruleHolds(rule, context)
      if (holds) return rule
      if (holds === undefined) onPage ??= {rule, family: owner}
    }
    return undefined
  }
  const everywhere = first(termMap.everywhere, family)
  const rule = everywhere ?? first(family.rules, family)
  if (!rule) return {decision: {family, severity}, reading: undefined, onPage}
  if (typeof rule.then === 'object') {
    const target = termMap.families.get(rule.then.family)
    if (!target) return {decision: undefined, reading: undefined, onPage}
    const inner = first(target.rules, target)
    const outcome = inner && typeof inner.then !== 'object' ? inner.then : undefined
    return {decision: outcome === 'ignore' ? undefined : {family: target, severity: outcome ?? target.severity}, reading: undefined, onPage}
  }
  // A family's own closing `always` rule is its default, not a reading of the word.
  const closing = !everywhere && rule.when.always === true
  if (rule.then === 'ignore') return {decision: undefined, reading: closing || onPage ? undefined : 'set aside', onPage}
  return {decision: {family, severity: rule.then}, reading: closing ? undefined : 'flagged', onPage}
}

/** The decision once the page is read: a rule that asked how the page reads may now hold. */
export function settled(settlement: Settlement, readingOf: (family: CompiledFamily) => PageReading): Decision | undefined {
  const {onPage} = settlement
  if (!onPage || onPage.rule.onPage === undefined || !pageReads(readingOf(onPage.family), onPage.rule.onPage)) return settlement.decision
  const outcome = onPage.rule.then
  if (outcome === 'ignore') return undefined
  if (typeof outcome === 'object') return settlement.decision
  return {family: onPage.family, severity: outcome}
}

const openers: Record<string, string> = {
  '\u201C': '\u201D',
  '\u201E': '\u201D',
  '\u00AB': '\u00BB',
  '\u2018': '\u2019',
  '"': '"',
  "'": "'"
}

/**
 * Whether the match stands inside quotation marks in its paragraph: a quoted title,
 * someone's words, or a word held up as a word. nlcst-is-literal also treats commas and
 * dashes as delimiters, which would hide real uses in lists, so quotes are tracked here.
 */
export function isQuoted(paragraph: Paragraph | undefined, sentence: Sentence, firstChild: number, lastChild: number): boolean {
  const sentences = paragraph ? paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode') : [sentence]
  const stack: string[] = []
  let inside = false
  let reached = false
  for (const current of sentences) {
    const children = current.children
    for (let index = 0; index < children.length; index++) {
      if (current === sentence && index === firstChild) {
        if (stack.length === 0) return false
        inside = true
        reached = true
      }
      if (current === sentence && index > firstChild && index <= lastChild) continue
      const node = children[index]
      if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') continue
      const value = node.value
      const top = stack[stack.length - 1]
      const previousType = children[index - 1]?.type
      const nextType = children[index + 1]?.type
      if (top !== undefined && openers[top] === value) {
        stack.pop()
        if (reached && stack.length === 0) return inside
        continue
      }
      if (value === "'" || value === '\u2018') {
        // A straight or left single quote opens only before a word and after a space.
        if (nextType === 'WordNode' && previousType !== 'WordNode') stack.push(value)
        continue
      }
      if (value in openers) stack.push(value)
    }
  }
  return false
}
