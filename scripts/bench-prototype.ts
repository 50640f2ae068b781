/**
 * Bench-only prototypes of two changes proposed for `src/processor.ts`, so that
 * `npm run bench` can measure them end to end next to the real CLI. Nothing here ships;
 * the processor itself is used unchanged, with a plugin added after it.
 *
 * - A, drop trees: unified-engine keeps every file's tree until the last file has been
 *   checked (its queue step waits for all of them), so the parsed trees of the whole
 *   corpus are alive at once. The transformer can return an empty tree once the file's
 *   messages are made: nothing downstream reads the tree (the compiler returns the text).
 * - B, paragraph pre-scan: most of the text of a file that holds a term word is in
 *   paragraphs that hold none. Those need no natural-language parse: in markdown their
 *   mdast paragraphs and headings are dropped before remark-retext; in plain text their
 *   characters are blanked (line breaks kept, so every offset stays) before
 *   retext-english. A paragraph is kept when it may hold an anchor (the term map's own
 *   test), or a cue of a `documentHas` test, the one context test that reads outside the
 *   paragraph of its match.
 *
 * - D, unified-engine's queue: each file that finishes makes unified-engine look at every
 *   file of the run to see whether all have finished, so a run costs time in the square
 *   of its number of files. `BENCH_ENGINE` names a copy of unified-engine whose queue stops
 *   looking at the first unfinished file (the one-line change proposed upstream);
 *   `scripts/bench.ts` makes that copy.
 *
 *   tsx scripts/bench-prototype.ts <A|AB> <path>...   (runs like the CLI: terminal report)
 */
import process from 'node:process'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Plugin, Processor} from 'unified'
import type {Node, Parent} from 'unist'
import type {VFile} from 'vfile'
import type {CompiledTermMap, CompiledTest, CueList} from '../src/compile.js'
import type * as EngineModule from '../src/engine.js'
import type * as ProcessorModule from '../src/processor.js'
import type * as ReportModule from '../src/report.js'
import type * as UnifiedEngine from 'unified-engine'

const distFolder = process.env.BENCH_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src')

async function load<T>(name: string): Promise<T> {
  return (await import(pathToFileURL(join(distFolder, name)).href)) as T
}

const {resolveTermMap} = await load<typeof EngineModule>('engine.js')
const processorModule = await load<typeof ProcessorModule>('processor.js')

export interface PrototypeOptions {
  dropTrees?: boolean
  paragraphs?: boolean
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A test on raw text that is true wherever some `documentHas` cue could match: each cue
 * pattern as words apart only by white space or hyphens (the only things that may stand
 * between two words of a cue), exact words whole, prefixes open-ended.
 */
export function documentCueTest(termMap: CompiledTermMap): (text: string) => boolean {
  const lists = new Set<CueList>()
  const collect = (test: CompiledTest | undefined) => {
    if (!test) return
    if (test.documentHas) lists.add(test.documentHas)
    collect(test.not)
    for (const inner of test.any ?? []) collect(inner)
  }
  for (const family of termMap.families.values()) {
    for (const rule of family.rules) collect(rule.when)
    for (const suggestion of family.suggest) collect(suggestion.when)
  }
  for (const rule of termMap.everywhere) collect(rule.when)
  const alternatives: string[] = []
  for (const list of lists) {
    for (const pattern of list.patterns) {
      // A pattern that starts with any word could match anywhere.
      if (pattern[0]?.any) return () => true
      const words = pattern.map((word) =>
        word.any ? '[^\\s]+' : '(?:' + [...[...word.exact].map((exact) => escapeRegExp(exact) + '\\b'), ...word.prefixes.map(escapeRegExp)].join('|') + ')'
      )
      alternatives.push(words.join('[\\s\\-\\u2010\\u2011]+'))
    }
  }
  if (alternatives.length === 0) return () => false
  const expression = new RegExp('\\b(?:' + alternatives.join('|') + ')', 'i')
  return (text) => expression.test(text)
}

const blankLine = /\n[^\S\n]*\n/g
const prose = new Set(['paragraph', 'heading'])

/** Plain text with every paragraph that `keep` rejects blanked out, offsets unchanged. */
function blankParagraphs(text: string, keep: (paragraph: string) => boolean): string {
  const parts: string[] = []
  let start = 0
  const add = (end: number) => {
    const paragraph = text.slice(start, end)
    parts.push(keep(paragraph) ? paragraph : paragraph.replace(/[^\n\r]/g, ' '))
  }
  blankLine.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = blankLine.exec(text))) {
    add(found.index)
    parts.push(found[0])
    start = found.index + found[0].length
    // The next paragraph may begin on this match's last line break.
    blankLine.lastIndex = start
  }
  add(text.length)
  return parts.join('')
}

/** Drops mdast paragraphs and headings that `keep` rejects (tables, front matter, comments stay). */
function dropParagraphs(node: Node, text: string, keep: (paragraph: string) => boolean): void {
  if (!('children' in node)) return
  const parent = node as Parent
  parent.children = parent.children.filter((child) => {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (prose.has(child.type) && start !== undefined && end !== undefined) return keep(text.slice(start, end))
    dropParagraphs(child, text, keep)
    return true
  })
}

/** Plugin to use after the processor's own: the prototypes of A and B. */
export function prototypes(options: PrototypeOptions) {
  const termMap = resolveTermMap(undefined)
  const documentCue = documentCueTest(termMap)
  const keep = (paragraph: string) => termMap.mayMatch(paragraph) || documentCue(paragraph)
  return function (this: Processor) {
    const self = this as unknown as {parser: (document: string, file: VFile) => Node}
    const parse = self.parser
    if (options.paragraphs) {
      self.parser = (document, file) => {
        const format = processorModule.formatOf(file)
        // Left alone: files the whole-file pre-scan skips anyway, and those with a byte order mark.
        if (document.startsWith('\uFEFF') || !termMap.mayMatch(document)) return parse(document, file)
        if (format === 'text') {
          const blanked = blankParagraphs(document, keep)
          file.value = blanked
          try {
            return parse(blanked, file)
          } finally {
            file.value = document
          }
        }
        const tree = parse(document, file)
        if (format === 'markdown' && !tree.data?.publicServicePlaceholder) dropParagraphs(tree, document, keep)
        return tree
      }
    }
    if (options.dropTrees) return (): Node => ({type: 'root', children: []}) as Parent
    return undefined
  }
}

/** The CLI's processor with the prototypes added. */
export function prototypeProcessor(options: PrototypeOptions) {
  // Calling a frozen processor gives an unfrozen copy with the same plugins.
  const copy = (processorModule.createProcessor() as unknown as () => Processor)()
  return copy.use(prototypes(options) as unknown as Plugin<[]>).freeze()
}

const isMain = process.argv[1] !== undefined && /bench-prototype\.[cm]?[jt]s$/.test(process.argv[1])
if (isMain) {
  const [which, ...files] = process.argv.slice(2)
  if ((which !== 'A' && which !== 'AB') || files.length === 0) {
    process.stderr.write('usage: bench-prototype.ts <A|AB> <path>...\n')
    process.exit(2)
  }
  const {createReporter} = await load<typeof ReportModule>('report.js')
  const {engine} = (await import(process.env.BENCH_ENGINE ? pathToFileURL(process.env.BENCH_ENGINE).href : 'unified-engine')) as typeof UnifiedEngine
  const {configTransform, extensions, ignoreName, packageField, rcName} = processorModule
  // The CLI's own engine settings (src/cli.ts), terminal report without colour.
  engine(
    {
      processor: prototypeProcessor({dropTrees: true, paragraphs: which === 'AB'}),
      cwd: process.cwd(),
      files,
      extensions: [...extensions, ...extensions.map((extension) => extension.toUpperCase())],
      out: false,
      streamError: process.stderr,
      color: false,
      detectConfig: true,
      rcName,
      packageField,
      configTransform,
      detectIgnore: true,
      ignoreName,
      reporter: createReporter({
        format: 'terminal',
        quiet: false,
        verbose: false,
        color: false,
        cwd: process.cwd(),
        toolName: 'public-service-lint',
        toolVersion: '0.0.0',
        informationUri: 'https://github.com/retext-public-service/retext-public-service'
      }),
      frail: true
    },
    (error, code) => {
      if (error) process.stderr.write(String(error.message) + '\n')
      process.exitCode = error ? 2 : (code ?? 0)
    }
  )
}
