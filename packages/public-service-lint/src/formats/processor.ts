/**
 * One unified processor for every format the linter reads, shared by the CLI, the
 * language server and the benchmark. The parser is chosen by the file's extension and
 * each format is bridged to a retext-english processor running `retextPublicService`,
 * so every consumer gets the same messages. Inline comments
 * (`<!--public-service disable customer-->`) switch findings off in markdown, MDX and
 * HTML through unified-message-control.
 *
 * Parsing MDX and HTML and converting Word documents need modules that are slow to load
 * (remark-mdx, rehype-parse with parse5, mammoth), so the parser leaves those files to the
 * transformer, which imports them on first use.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Root as NlcstRoot} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type PluggableList, type Plugin, type Processor} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  blankParagraphs,
  createPrescan,
  emptyParagraphs,
  isSafeToApply,
  paragraphTest,
  resolveTermMap,
  source,
  type CompiledTermMap,
  type ParagraphsSkipped,
  type Prescan
} from 'retext-public-service/engine'
import {defaultMaxSize, formatSize} from './word-size.js'
import {parseMarkdownInPieces} from './markdown-chunks.js'
import {controlMessages, markdownRunner, markerName, type Runner} from './pipelines.js'

export {markerName, type Runner} from './pipelines.js'
import retextPublicService, {builtInTermMap, type Options} from 'retext-public-service'

declare module 'unified' {
  interface Data {
    /** The plugin's options from the file's configuration (`.publicservicerc`, …). */
    publicService?: Options | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Findings whose first suggestion is safe to apply without reading (for `--fix`, quick fixes). */
    publicServiceFixable: VFileMessage[]
    /** What each rule id in the file's findings means, for reports that describe their rules. */
    publicServiceRules: Record<string, RuleDescription>
    /** Set on Word documents: lines in their findings are paragraph numbers. */
    publicServiceParagraphs: boolean
    /** What the paragraph pre-scan left out of the natural-language parse. */
    publicServiceSkipped: ParagraphsSkipped
    /** Set by unified-engine on standard input. */
    unifiedEngineStreamIn: boolean
  }
}

declare module 'unist' {
  interface Data {
    /** Set on the empty tree the parser returns when the real parse is not needed yet or at all. */
    publicServicePlaceholder?: 'deferred' | 'nothing-to-find'
  }
}

export type Format = 'markdown' | 'mdx' | 'html' | 'text' | 'docx'

const formatByExtension: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.docx': 'docx'
}

/** Extensions searched for in folders. */
export const extensions: readonly string[] = Object.keys(formatByExtension)

/** Names of the configuration and ignore files, and the `package.json` field. */
export const rcName = '.publicservicerc'
export const packageField = 'publicService'
export const ignoreName = '.publicserviceignore'

/**
 * The format a file is read as: by its extension; standard input without a path is
 * markdown (plain prose reads the same either way), and an unknown extension given by
 * name is plain text.
 */
export function formatOf(file: VFile): Format {
  if (!file.path) return 'markdown'
  return formatByExtension[(file.extname ?? '').toLowerCase()] ?? 'text'
}

export interface RuleDescription {
  id: string
  title: string
  describe: string
  /** The explanation and its source. */
  note: string
  url: string
  severity: 'warning' | 'info'
  /** Suggested wording, preferred first. */
  suggestions: string[]
}

/**
 * The rules a run's reports describe: every built-in family, then the families the files'
 * configurations add or override, as configured.
 */
export function rulesOfRun(files: readonly VFile[]): Map<string, RuleDescription> {
  const rules = new Map<string, RuleDescription>()
  for (const rule of describeRules(resolveTermMap(undefined))) rules.set(rule.id, rule)
  for (const file of files) for (const rule of Object.values(file.data.publicServiceRules ?? {})) rules.set(rule.id, rule)
  return rules
}

export function describeRules(termMap: CompiledTermMap): RuleDescription[] {
  return [...termMap.families.values()].map((family) => ({
    id: family.id,
    title: family.definition.title,
    describe: family.describe,
    note: family.note,
    url: family.url,
    severity: family.severity,
    suggestions: family.suggest.map((suggestion) => suggestion.many)
  }))
}

/** Everything a file needs for one set of options, built once and shared by files. */
interface Checker {
  prescan: Prescan
  /** Whether a paragraph of a file that passed `prescan` needs the natural-language parse. */
  keepParagraph: Prescan
  /** Family ids comments may name: the built-in ones and the configuration's own. */
  known: string[]
  rules: Map<string, RuleDescription>
  retext: Processor<NlcstRoot, NlcstRoot, NlcstRoot>
  text: Runner
  markdown: Runner
  /** Loaded with the first HTML or Word document (`htmlRunnerOf`). */
  html?: Runner
  mdx?: Runner
}

const checkers = new Map<string, Checker>()

/**
 * The checker for these options. Throws `TermMapError` for bad options, so calling it is
 * also how a configuration is validated.
 */
function checkerFor(options: Options | undefined): Checker {
  const key = options ? JSON.stringify(options) : ''
  let checker = checkers.get(key)
  if (checker) return checker
  const termMap = resolveTermMap(options)
  const retext = unified().use(retextEnglish).use(retextPublicService, options).freeze()
  // remark-retext and rehype-retext type their destination as a processor with no transformers yet.
  const destination = retext as unknown as Processor<NlcstRoot>
  checker = {
    prescan: createPrescan(options),
    // A paragraph holding an inline comment is parsed, so the comment is read.
    keepParagraph: paragraphTest(termMap, (text) => text.includes(markerName)),
    known: [...new Set([...builtInTermMap.families.map((family) => family.id), ...(options?.families ?? []).map((family) => family.id)])],
    rules: new Map(describeRules(termMap).map((rule) => [rule.id, rule])),
    retext,
    text: retext as unknown as Runner,
    markdown: markdownRunner(destination)
  }
  checkers.set(key, checker)
  return checker
}

async function htmlRunnerOf(checker: Checker): Promise<Runner> {
  if (!checker.html) {
    const {htmlRunner} = await import('./html.js')
    checker.html = htmlRunner(checker.retext as unknown as Processor<NlcstRoot>)
  }
  return checker.html
}

async function mdxRunner(checker: Checker): Promise<Runner> {
  if (!checker.mdx) {
    const {default: remarkMdx} = await import('remark-mdx')
    checker.mdx = markdownRunner(checker.retext as unknown as Processor<NlcstRoot>, [remarkMdx])
  }
  return checker.mdx
}

const configKeys = new Set(['disable', 'families', 'cues', 'conditions'])

/**
 * Maps the content of `.publicservicerc` (or `publicService` in package.json) onto the
 * plugin's options, for unified-engine's `configTransform`. Throws a one-line error for a
 * configuration that is not an object, has unknown fields, or that the term map rejects.
 */
export function configTransform(config: unknown): {plugins: PluggableList} {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new Error('expected an object with `disable`, `families`, `cues` or `conditions`, not ' + (Array.isArray(config) ? 'a list' : '`' + String(config) + '`'))
  }
  const unknown = Object.keys(config).filter((key) => !configKeys.has(key) && key !== '$schema')
  if (unknown.length > 0) {
    throw new Error('unknown field ' + unknown.map((key) => '`' + key + '`').join(', ') + ' (expected `disable`, `families`, `cues` or `conditions`)')
  }
  const {disable, families, cues, conditions} = config as Options
  const options: Options = {}
  if (disable !== undefined) options.disable = disable
  if (families !== undefined) options.families = families
  if (cues !== undefined) options.cues = cues
  if (conditions !== undefined) options.conditions = conditions
  checkerFor(options)
  return {plugins: [[publicServiceConfig as Plugin<unknown[]>, options]]}
}

/** Carries a file's configuration to the processor; unified-engine attaches it per file. */
export const publicServiceConfig: Plugin<[Options?]> = function (options) {
  this.data('publicService', options ?? undefined)
}

export interface ProcessorOptions {
  /**
   * Skip the natural-language parse of text in which no phrase can match (default:
   * `true`). Findings are the same either way; turn it off to check that they are.
   */
  prescan?: boolean
  /**
   * The most text one file may hold, in bytes (default 50 MB): a larger text file, or a
   * Word document whose text parts unpack past it, is refused with one line that names
   * the file and the limit, before it is parsed or unpacked.
   */
  maxSize?: number
  /**
   * Markdown longer than this many characters is parsed in pieces of about this size, cut
   * where a new top-level block starts (default 1 kB): one large document then takes time
   * in step with its size, and a piece with nothing to find is not parsed at all, which is
   * most of a long document (an editor re-checks 100 kB in well under 100 ms). The findings
   * are the same.
   */
  markdownPieceSize?: number
}

const defaultMarkdownPieceSize = 1024

/**
 * The processor for every format. Use it with unified-engine, or call `process` on a
 * VFile with a path (its extension picks the parser). Findings are the file's messages;
 * `file.data.publicServiceFixable` lists those that are safe to apply.
 */
export function createProcessor(options: ProcessorOptions = {}) {
  return unified().use(publicServiceDocuments, options).freeze()
}

const placeholder = (kind: 'deferred' | 'nothing-to-find'): Node => ({type: 'root', data: {publicServicePlaceholder: kind}})

const byteOrderMark = '\uFEFF'
const bomFiles = new WeakSet<VFile>()

function publicServiceDocuments(this: Processor, settings: ProcessorOptions) {
  const processor = this
  const usePrescan = settings.prescan !== false

  const parser = (document: string, file: VFile): Node => {
    const format = formatOf(file)
    if (document.replace(byteOrderMark, '').trim() === '') file.fail(name(file) + ' is empty: there is nothing to check')
    if (format === 'docx') return placeholder('deferred')
    assertWithinSize(document, file, settings.maxSize ?? defaultMaxSize)
    assertText(document, file)
    // Offsets in remark's trees leave a byte order mark out, those in the others count it:
    // check the text without it and shift offsets back afterwards, for every format alike.
    let text = document
    if (text.startsWith(byteOrderMark)) {
      text = text.slice(1)
      file.value = text
      bomFiles.add(file)
    }
    const checker = checkerFor(processor.data('publicService'))
    // Comments naming unknown rules are reported too, so text holding a marker is parsed.
    if (usePrescan && !checker.prescan(text) && !text.includes(markerName)) return placeholder('nothing-to-find')
    // MDX and HTML are parsed in the transformer, once their parsers have loaded.
    if (format === 'mdx' || format === 'html') return placeholder('deferred')
    const pieceSize = settings.markdownPieceSize ?? defaultMarkdownPieceSize
    const parseMarkdown = (skip?: (piece: string) => boolean) => parseMarkdownInPieces(text, pieceSize, (piece) => checker.markdown.parse(piece), file, skip)
    if (!usePrescan) return format === 'markdown' ? parseMarkdown() : checker.text.parse(file)
    const skipped = recordSkipped(file)
    if (format === 'text') {
      file.value = blankParagraphs(text, checker.keepParagraph, skipped)
      try {
        return checker.text.parse(file)
      } finally {
        file.value = text
      }
    }
    // A piece of a long markdown document with nothing to find and no comment is not parsed at all.
    const tree = parseMarkdown((piece) => !checker.keepParagraph(piece))
    emptyParagraphs(tree, text, checker.keepParagraph, 'mdast', skipped)
    return tree
  }

  const transformer = async (tree: Node, file: VFile): Promise<Node> => {
    const checker = checkerFor(processor.data('publicService'))
    const format = formatOf(file)
    try {
      if (format === 'docx') {
        const {checkWordDocument} = await import('./docx.js')
        await checkWordDocument(file, await htmlRunnerOf(checker), usePrescan ? checker : undefined, settings.maxSize ?? defaultMaxSize)
      } else if (tree.data?.publicServicePlaceholder !== 'nothing-to-find') {
        const runner = format === 'mdx' ? await mdxRunner(checker) : format === 'html' ? await htmlRunnerOf(checker) : checker[format]
        const parsed = format === 'mdx' ? parseMdx(runner, file) : format === 'html' ? runner.parse(file) : tree
        if ((format === 'mdx' || format === 'html') && usePrescan) emptyParagraphs(parsed, String(file.value), checker.keepParagraph, format === 'html' ? 'hast' : 'mdast', recordSkipped(file))
        await runner.run(parsed, file)
        if (format !== 'text') controlFindings(parsed, file, format, checker)
      }
    } finally {
      restoreByteOrderMark(file)
    }
    describeFindings(file, checker)
    // The findings are made and nothing downstream reads the tree (the compiler returns
    // the text): unified-engine holds every file's tree until the last file is done, so
    // handing back an empty one lets a large run's trees be freed as it goes.
    return {type: 'root', data: tree.data}
  }

  // Nothing is re-serialised: the "compiled" document is the original text, so `process`
  // works and formatting through a language server changes nothing.
  const compiler = (_tree: Node, file: VFile) => file.value
  Object.assign(processor, {parser, compiler})
  return transformer
}

/** A fresh count of what the paragraph pre-scan leaves out of this file's parse. */
function recordSkipped(file: VFile): ParagraphsSkipped {
  const skipped: ParagraphsSkipped = {paragraphs: 0, characters: 0}
  file.data.publicServiceSkipped = skipped
  return skipped
}

function name(file: VFile): string {
  return file.path ? '`' + file.path + '`' : 'standard input'
}

/** Fails on a text file past the size limit, before anything is parsed. */
function assertWithinSize(document: string, file: VFile, limit: number): void {
  // A character takes at least one byte: only text near the limit needs counting.
  if (document.length * 3 <= limit) return
  const size = Buffer.byteLength(document)
  if (size > limit) {
    file.fail(name(file) + ' holds ' + formatSize(size) + ' of text, more than the ' + formatSize(limit) + ' a file may hold: it was not checked (split it, or raise the limit with --max-size)')
  }
}

/** Fails on text that cannot be prose: binary content, or bytes that are not UTF-8. */
function assertText(document: string, file: VFile): void {
  if (document.includes('\0')) {
    file.fail(name(file) + ' is a binary file (it holds NUL bytes), not text: save it as UTF-8 text or leave it out')
  }
  // The engine decodes as UTF-8 and turns bad bytes into U+FFFD; only the bytes can tell
  // a real replacement character from a bad byte, and only a file on disk has them.
  if (document.includes('\uFFFD') && file.path && !file.data.unifiedEngineStreamIn) {
    let bytes: Buffer | undefined
    try {
      bytes = readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      bytes = undefined
    }
    if (bytes && !isUtf8(bytes)) {
      const line = document.slice(0, document.indexOf('\uFFFD')).split('\n').length
      file.fail(name(file) + ' is not valid UTF-8 (first bad byte on line ' + line + '): save it as UTF-8')
    }
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return true
  } catch {
    return false
  }
}

function parseMdx(runner: Runner, file: VFile): Node {
  try {
    return runner.parse(file)
  } catch (error) {
    const cause = error as Partial<VFileMessage>
    const where = cause.line ? ' (line ' + cause.line + (cause.column ? ', column ' + cause.column : '') + ')' : ''
    return file.fail(name(file) + ' is not valid MDX' + where + ': ' + String(cause.reason ?? cause.message ?? error).split('\n')[0])
  }
}

function restoreByteOrderMark(file: VFile): void {
  if (!bomFiles.has(file)) return
  bomFiles.delete(file)
  file.value = byteOrderMark + String(file.value)
  for (const message of file.messages) {
    const place = message.place
    if (!place) continue
    const points = 'start' in place ? [place.start, place.end] : [place]
    for (const point of points) if (point && typeof point.offset === 'number') point.offset += 1
  }
}

function controlFindings(tree: Node, file: VFile, format: 'markdown' | 'mdx' | 'html', checker: Checker): void {
  controlMessages(tree, file, format, checker.known)
}

function describeFindings(file: VFile, checker: Checker): void {
  const rules: Record<string, RuleDescription> = {}
  const fixable: VFileMessage[] = []
  for (const message of file.messages) {
    if (message.source !== source || !message.ruleId) continue
    const rule = checker.rules.get(message.ruleId)
    if (rule) rules[rule.id] = rule
    if (isSafeToApply(message)) fixable.push(message)
  }
  file.data.publicServiceRules = rules
  file.data.publicServiceFixable = fixable
}
