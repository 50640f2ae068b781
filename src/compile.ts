/**
 * Turns the term map into what matching needs, once per processor: a map from a word to
 * the phrases that can start with it, and context tests with their cues expanded.
 */
import type {ContextOutcome, ContextTest, Cues, Essay, FamilyDefinition, Severity, SourceReference, Suggestion} from './types.js'
import {splitPhrase, wordForms} from './words.js'

/** One word of a cue: any word, one of some words, or words starting so. */
export interface WordPattern {
  any: boolean
  exact: ReadonlySet<string>
  prefixes: readonly string[]
}

export type CuePattern = readonly WordPattern[]

export interface CompiledTest {
  precededBy?: CuePattern[]
  followedBy?: CuePattern[]
  wordsBefore?: CuePattern[]
  wordsAfter?: CuePattern[]
  window: number
  sentenceHas?: CuePattern[]
  paragraphHas?: CuePattern[]
  documentHas?: CuePattern[]
  matchHas?: CuePattern[]
  titleCase?: boolean
  definedTerm?: boolean
  plural?: boolean
  alone?: boolean
  always?: boolean
  not?: CompiledTest
  any?: CompiledTest[]
}

export interface CompiledRule {
  when: CompiledTest
  then: ContextOutcome
}

export interface CompiledSuggestion {
  one: string
  many: string
  when?: CompiledTest
}

export interface CompiledFamily {
  id: string
  definition: FamilyDefinition
  severity: Severity
  describe: string
  suggest: CompiledSuggestion[]
  rules: CompiledRule[]
  note: string
  url: string
  fixable: boolean
}

export interface CompiledPhrase {
  family: CompiledFamily
  text: string
  /** Per word: each form it matches, and whether that form is plural. */
  words: ReadonlyArray<ReadonlyMap<string, boolean>>
  head: number
  describe: string
  suggest: CompiledSuggestion[]
  severity: Severity
  fixable: boolean
}

export interface CompiledTermMap {
  /** Word form to the phrases starting with it, longest first. */
  index: ReadonlyMap<string, CompiledPhrase[]>
  families: ReadonlyMap<string, CompiledFamily>
  everywhere: CompiledRule[]
  /** Whether any rule reads the whole document (so it is collected only when needed). */
}

const docsBase = 'https://github.com/retext-public-service/retext-public-service/blob/main/docs/rules/'

function compileWordPattern(word: string): WordPattern {
  if (word === '*') return {any: true, exact: new Set(), prefixes: []}
  const exact = new Set<string>()
  const prefixes: string[] = []
  for (const alternative of word.toLowerCase().replace(/\u2019/g, "'").split('|')) {
    if (alternative.endsWith('*') && alternative.length > 1) prefixes.push(alternative.slice(0, -1))
    else if (alternative) exact.add(alternative.replace(/'s$/, ''))
  }
  return {any: false, exact, prefixes}
}

export class CueCompiler {
  readonly #sets: Readonly<Record<string, string[]>>
  readonly #expanded = new Map<string, string[]>()

  constructor(sets: Readonly<Record<string, string[]>>) {
    this.#sets = sets
  }

  /** Expands `@name` (also inside a phrase: "of @commercial") into plain cue strings. */
  expand(cue: string, seen: ReadonlySet<string> = new Set()): string[] {
    const reference = /@([\w-]+)/.exec(cue)
    if (!reference) return [cue]
    const name = reference[1]
    if (seen.has(name)) throw new Error('cue set `@' + name + '` includes itself')
    const members = this.#members(name, new Set([...seen, name]))
    return members.flatMap((member) => this.expand(cue.replace(reference[0], member), seen))
  }

  #members(name: string, seen: ReadonlySet<string>): string[] {
    let members = this.#expanded.get(name)
    if (!members) {
      members = (this.#sets[name] ?? []).flatMap((entry) => this.expand(entry, seen))
      this.#expanded.set(name, members)
    }
    return members
  }

  patterns(cues: Cues | undefined): CuePattern[] | undefined {
    if (!cues) return undefined
    return cues.flatMap((cue) => this.expand(cue)).map((cue) => splitPhrase(cue).map(compileWordPattern))
  }

  test(test: ContextTest): CompiledTest {
    return {
      precededBy: this.patterns(test.precededBy),
      followedBy: this.patterns(test.followedBy),
      wordsBefore: this.patterns(test.wordsBefore),
      wordsAfter: this.patterns(test.wordsAfter),
      window: test.window ?? Number.POSITIVE_INFINITY,
      sentenceHas: this.patterns(test.sentenceHas),
      paragraphHas: this.patterns(test.paragraphHas),
      documentHas: this.patterns(test.documentHas),
      matchHas: this.patterns(test.matchHas),
      titleCase: test.titleCase,
      definedTerm: test.definedTerm,
      plural: test.plural,
      alone: test.alone,
      always: test.always,
      not: test.not ? this.test(test.not) : undefined,
      any: test.any?.map((inner) => this.test(inner))
    }
  }
}

function compileSuggestions(list: Suggestion[], cues: CueCompiler): CompiledSuggestion[] {
  return list.map((suggestion) => {
    if (typeof suggestion === 'string') return {one: suggestion, many: suggestion}
    const when = suggestion.when ? cues.test(suggestion.when) : undefined
    if ('text' in suggestion) return {one: suggestion.text, many: suggestion.text, when}
    return {one: suggestion.one, many: suggestion.many, when}
  })
}

/** "Source: …" sentence naming the essay and section of each source. */
export function citeSources(sources: SourceReference | SourceReference[], essays: Readonly<Record<string, Essay>>): string {
  const list = Array.isArray(sources) ? sources : [sources]
  const cites = list.map((source) => {
    const essay = essays[source.essay]
    return essay ? essay.cite.replace('{section}', source.section) : source.essay + ', ' + source.section
  })
  return 'Source: ' + cites.join('; ') + '.'
}

export function compileTermMap(
  families: readonly FamilyDefinition[],
  everywhere: readonly {when: ContextTest; then: ContextOutcome}[],
  cueSets: Readonly<Record<string, string[]>>,
  essays: Readonly<Record<string, Essay>>
): CompiledTermMap {
  const cues = new CueCompiler(cueSets)
  const compiledFamilies = new Map<string, CompiledFamily>()
  const index = new Map<string, CompiledPhrase[]>()

  for (const definition of families) {
    const family: CompiledFamily = {
      id: definition.id,
      definition,
      severity: definition.severity,
      describe: definition.describe,
      suggest: compileSuggestions(definition.suggest, cues),
      rules: (definition.context ?? []).map((rule) => ({when: cues.test(rule.when), then: rule.then})),
      note: definition.explanation.trim().replace(/\s+/g, ' ') + ' ' + citeSources(definition.source, essays),
      url: definition.url ?? docsBase + definition.id + '.md',
      fixable: definition.fixable ?? false
    }
    compiledFamilies.set(family.id, family)

    for (const phrase of definition.phrases) {
      const spec = typeof phrase === 'string' ? {text: phrase} : phrase
      const words = splitPhrase(spec.text).map(wordForms)
      const compiled: CompiledPhrase = {
        family,
        text: spec.text,
        words,
        head: Math.min(spec.head ?? words.length - 1, words.length - 1),
        describe: spec.describe ?? family.describe,
        suggest: spec.suggest ? compileSuggestions(spec.suggest, cues) : family.suggest,
        severity: spec.severity ?? family.severity,
        fixable: spec.fixable ?? family.fixable
      }
      for (const form of words[0].keys()) {
        const list = index.get(form) ?? []
        list.push(compiled)
        index.set(form, list)
      }
    }
  }

  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)

  return {
    index,
    families: compiledFamilies,
    everywhere: everywhere.map((rule) => ({when: cues.test(rule.when), then: rule.then}))
  }
}
