/**
 * The labelled set of prose from outside `../shared/corpus/` (`fixtures/outside/`): loading,
 * locating each label in its passage, the search words every passage must have labelled,
 * and the split into a tuning part and a sealed part. See `fixtures/outside/README.md`.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {parse} from 'yaml'

export const kinds = [
  'council-social-care',
  'council-corporate',
  'housing',
  'nhs',
  'care-provider',
  'charity',
  'police-fire',
  'central-government',
  'devolved',
  'regulator',
  'trade-press-research',
  'commercial'
] as const

export type Kind = (typeof kinds)[number]

export interface OutsideLabel {
  word: string
  nth?: number
  label: 'flag' | 'pass' | 'either'
  rule?: string
  why?: string
}

export interface Passage {
  doc: string
  kind: Kind
  publisher?: string
  title?: string
  source: string
  whole?: boolean
  text: string
  labels: OutsideLabel[]
}

export interface LocatedLabel extends OutsideLabel {
  start: number
  end: number
}

export type Part = 'tuning' | 'sealed'

export const outsideRoot = join(import.meta.dirname, '..', 'fixtures', 'outside')

/** The search words: every occurrence in a passage must carry a label. */
export const searchWords =
  /\b(?:customers?|clients?|consumers?|services?[\s\-\u2010\u2011]+users?|cases?|case ?loads?|journeys?|pathways?|front[\s\-\u2010\u2011]+doors?|empower(?:s|ed|ing|ment)?|(?:deal|deals|dealt|dealing)(?:\s+directly)?\s+with|dealings\s+with|recipients?|in\s+receipt\s+of|packages?|broker(?:s|ed|ing|ages?)?|cx)\b/gi

export function loadPassages(files = listOutsideFiles()): Array<{file: string; passages: Passage[]}> {
  return files.map((file) => {
    const data = parse(readFileSync(file, 'utf8')) as unknown
    return {file, passages: Array.isArray(data) ? (data as Passage[]) : []}
  })
}

export function listOutsideFiles(): string[] {
  if (!existsSync(outsideRoot)) return []
  return readdirSync(outsideRoot)
    .filter((name) => name.endsWith('.yml') && name !== 'split.yml')
    .sort()
    .map((name) => join(outsideRoot, name))
}

/** Where a label's words stand in its passage's text, or undefined when they do not. */
export function locate(text: string, label: OutsideLabel): LocatedLabel | undefined {
  let at = -1
  for (let count = 0; count < (label.nth ?? 1); count++) {
    at = text.indexOf(label.word, at + 1)
    if (at < 0) return undefined
  }
  return {...label, start: at, end: at + label.word.length}
}

/** Search-word occurrences in the text that no label covers. */
export function unlabelled(text: string, located: LocatedLabel[]): Array<{word: string; start: number}> {
  const missing: Array<{word: string; start: number}> = []
  for (const match of text.matchAll(searchWords)) {
    const start = match.index
    const end = start + match[0].length
    if (!located.some((label) => label.start < end && label.end > start)) missing.push({word: match[0], start})
  }
  return missing
}

/**
 * The part a document belongs to: within each kind, documents are ordered by a hash of
 * their id and the first 35% (rounded up) are sealed. A document added later takes its
 * place by the same rule, so the split never depends on the order files were written in.
 */
export function splitDocuments(passages: Passage[]): Map<string, Part> {
  const byKind = new Map<string, Set<string>>()
  for (const passage of passages) {
    const docs = byKind.get(passage.kind) ?? new Set<string>()
    docs.add(passage.doc)
    byKind.set(passage.kind, docs)
  }
  const parts = new Map<string, Part>()
  for (const docs of byKind.values()) {
    const ordered = [...docs].sort((a, b) => hash(a).localeCompare(hash(b)))
    const sealed = Math.ceil(ordered.length * 0.35)
    ordered.forEach((doc, index) => parts.set(doc, index < sealed ? 'sealed' : 'tuning'))
  }
  return parts
}

/**
 * The recorded split with new documents added: recorded documents keep their part; within
 * each kind, the new ones in hash order are sealed until the kind is 35% sealed, and the
 * rest go to tuning.
 */
export function extendSplit(recorded: Map<string, Part>, passages: Passage[]): Map<string, Part> {
  const parts = new Map(recorded)
  const byKind = new Map<string, Set<string>>()
  for (const passage of passages) byKind.set(passage.kind, (byKind.get(passage.kind) ?? new Set()).add(passage.doc))
  for (const docs of byKind.values()) {
    const fresh = [...docs].filter((doc) => !recorded.has(doc)).sort((a, b) => hash(a).localeCompare(hash(b)))
    let sealed = [...docs].filter((doc) => recorded.get(doc) === 'sealed').length
    const wanted = Math.ceil(docs.size * 0.35)
    for (const doc of fresh) {
      const part: Part = sealed < wanted ? 'sealed' : 'tuning'
      if (part === 'sealed') sealed++
      parts.set(doc, part)
    }
  }
  return parts
}

function hash(doc: string): string {
  return createHash('sha256').update('retext-public-service outside split\u0000' + doc).digest('hex')
}

/**
 * The split as recorded in `fixtures/outside/split.yml` (written once, by
 * `scripts/check-outside.ts --write-split`, before any tuning). A document added after it
 * was written is sealed when its hash falls in the first 35% of the range, so no recorded
 * document ever changes part.
 */
export function loadSplit(): Map<string, Part> {
  const path = join(outsideRoot, 'split.yml')
  const parts = new Map<string, Part>()
  if (!existsSync(path)) return parts
  const data = parse(readFileSync(path, 'utf8')) as {sealed?: string[]; tuning?: string[]}
  for (const doc of data.tuning ?? []) parts.set(doc, 'tuning')
  for (const doc of data.sealed ?? []) parts.set(doc, 'sealed')
  return parts
}

export function partOf(split: Map<string, Part>, doc: string): Part {
  return split.get(doc) ?? (Number.parseInt(hash(doc).slice(0, 8), 16) / 0x1_00_00_00_00 < 0.35 ? 'sealed' : 'tuning')
}

export function fileKind(file: string): string {
  return basename(file, '.yml')
}

/**
 * Everything that makes the set usable, checked without running the linter: fields, kinds
 * and ids; every label found in its text; every search word in a text labelled; a whole
 * document given as one passage. One line per problem.
 */
export function validatePassages(loaded: Array<{file: string; passages: Passage[]}>, families: ReadonlySet<string>): string[] {
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
  return problems
}
