/**
 * One benchmark configuration, run in a fresh process by `scripts/bench.ts` so that the
 * process's peak memory is that configuration's alone. Prints one line of JSON.
 *
 *   tsx scripts/bench-worker.ts <mode> <folder>...
 *
 * Modes (every one reads the files itself; the time covers reading and checking, not
 * loading modules, which the parent's wall-clock time includes):
 * - `parse`: the bare parse: remark (front matter, GFM, the front-matter and table
 *   prose the plugin also reads) bridged by remark-retext to retext-english for `.md`,
 *   retext-english for `.txt`. No pre-scan.
 * - `plugin`: the same pipeline with `retextPublicService` in it, and a timer around the
 *   plugin's transformer (its own time, measured directly). No pre-scan.
 * - `paired`: `parse` and `plugin` passes alternated in this one process over the same
 *   files (a warm-up pair first), so their difference is not a difference of processes.
 *   Run with --expose-gc, every pass starts from a collected heap.
 * - `processor`, `processor-no-prescan`: the CLI's processor (src/processor.ts), in
 *   process, with its pre-scan on or off.
 * - `steps`: single steps: compiling the term map, and the pre-scan over the corpus (how
 *   long, and how much of the corpus it lets through, whole files and paragraphs).
 */
import {readFileSync} from 'node:fs'
import {extname} from 'node:path'
import process from 'node:process'
import type {Root as NlcstRoot} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin, type Processor} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {documentsIn, modes, type Mode, type Pass, type Steps, type WorkerResult} from './bench-shared.js'
import type * as EngineModule from 'retext-public-service/engine'
import type * as PluginModule from 'retext-public-service'
import type * as PipelinesModule from 'public-service-lint/pipelines'
import type * as ProcessorModule from 'public-service-lint'

/**
 * The plugin and processor are loaded by package name, so from each package's `dist/`
 * (what `npm run build` makes and the CLI runs), not from `src/` through tsx: tsx's
 * transform wraps every closure in a naming helper, which would add its own cost to the
 * plugin's.
 */
const {default: retextPublicService} = (await import('retext-public-service')) as typeof PluginModule
const {markdownRunner} = (await import('public-service-lint/pipelines')) as typeof PipelinesModule
const {createProcessor} = (await import('public-service-lint')) as typeof ProcessorModule
const {createPrescan, resolveTermMap} = (await import('retext-public-service/engine')) as typeof EngineModule

interface Runner {
  parse(file: VFile): Node
  run(tree: Node, file: VFile): Promise<Node>
}

let insidePlugin = 0

/** `retextPublicService` with a clock around its transformer. */
const timedPlugin: Plugin<[], NlcstRoot> = function () {
  const transformer = (retextPublicService as unknown as (this: unknown) => (tree: NlcstRoot, file: VFile) => void).call(this)
  return function (tree, file) {
    const start = performance.now()
    transformer(tree, file)
    insidePlugin += performance.now() - start
  }
}

function pipelines(withPlugin: boolean): {markdown: Runner; text: Runner} {
  const retext = withPlugin ? unified().use(retextEnglish).use(timedPlugin).freeze() : unified().use(retextEnglish).freeze()
  // The processor's own markdown pipeline (GFM, front matter, front-matter and table prose).
  return {markdown: markdownRunner(retext as unknown as Processor<NlcstRoot>), text: retext as unknown as Runner}
}

/** Times `check` over every file: wall clock and this process's CPU time (all its threads). */
async function timedPass(paths: readonly string[], check: (file: VFile) => Promise<unknown>): Promise<Pass> {
  // Each pass starts from a collected heap (with --expose-gc), so no pass pays for another's garbage.
  ;(globalThis as {gc?: () => void}).gc?.()
  insidePlugin = 0
  let messages = 0
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (const path of paths) {
    const file = new VFile({path, value: readFileSync(path, 'utf8')})
    await check(file)
    messages += file.messages.length
  }
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return {ms, cpuMs: (used.user + used.system) / 1000, messages, pluginMs: insidePlugin}
}

function pipelinePass(paths: readonly string[], runners: {markdown: Runner; text: Runner}): Promise<Pass> {
  return timedPass(paths, (file) => {
    const runner = extname(file.path).toLowerCase() === '.md' ? runners.markdown : runners.text
    return runner.run(runner.parse(file), file)
  })
}

export async function runMode(mode: Mode, folders: readonly string[]): Promise<WorkerResult> {
  const paths = documentsIn(folders)
  let bytes = 0
  for (const path of paths) bytes += readFileSync(path).length
  const result = (passes: Pass[], extra: Partial<WorkerResult> = {}): WorkerResult => ({
    mode,
    files: paths.length,
    bytes,
    passes,
    maxRssKb: process.resourceUsage().maxRSS,
    ...extra
  })

  if (mode === 'steps') return result([], {steps: steps(paths)})
  if (mode === 'parse' || mode === 'plugin') return result([await pipelinePass(paths, pipelines(mode === 'plugin'))])
  if (mode === 'processor' || mode === 'processor-no-prescan') {
    const processor = createProcessor({prescan: mode === 'processor'})
    return result([await timedPass(paths, (file) => processor.process(file))])
  }
  // paired: (a) and (b) alternated over the same files in this one process.
  const parse = pipelines(false)
  const plugin = pipelines(true)
  // Warm-up: both pipelines once, so no timed pass pays for compiling code.
  await pipelinePass(paths, parse)
  await pipelinePass(paths, plugin)
  const parsePasses: Pass[] = []
  const pluginPasses: Pass[] = []
  for (let round = 0; round < pairedRounds; round++) {
    // Alternate the order, so a drift in the machine's load hits both alike.
    if (round % 2 === 0) {
      parsePasses.push(await pipelinePass(paths, parse))
      pluginPasses.push(await pipelinePass(paths, plugin))
    } else {
      pluginPasses.push(await pipelinePass(paths, plugin))
      parsePasses.push(await pipelinePass(paths, parse))
    }
  }
  return result(pluginPasses, {parsePasses})
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const blankLine = /\n[^\S\n]*\n/

function steps(paths: readonly string[]): Steps {
  const compiles: number[] = []
  for (let round = 0; round < 7; round++) {
    const start = performance.now()
    // A configuration's own cue set makes resolveTermMap compile afresh (the built-in map is cached).
    resolveTermMap({cues: {['bench-' + round]: ['bench']}})
    compiles.push(performance.now() - start)
  }
  const texts = paths.map((path) => readFileSync(path, 'utf8'))
  const prescan = createPrescan()
  prescan('warm up')
  const start = performance.now()
  const passed = texts.filter((text) => prescan(text))
  const prescanMs = performance.now() - start
  const termMap = resolveTermMap(undefined)
  // The processor's own paragraph test (it also keeps paragraphs with inline comments,
  // which the corpus does not have).
  let paragraphBytes = 0
  for (const text of passed) {
    for (const paragraph of text.split(blankLine)) {
      if (termMap.mayMatch(paragraph)) paragraphBytes += Buffer.byteLength(paragraph)
    }
  }
  return {
    compileMs: median(compiles),
    prescanMs,
    prescanFiles: passed.length,
    prescanBytes: passed.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    paragraphBytes
  }
}

/** Timed rounds of the paired mode, after its warm-up. */
const pairedRounds = 4

const isMain = process.argv[1] !== undefined && /bench-worker\.[cm]?[jt]s$/.test(process.argv[1])
if (isMain) {
  const [mode, ...folders] = process.argv.slice(2)
  if (!modes.includes(mode as Mode) || folders.length === 0) {
    process.stderr.write('usage: bench-worker.ts <' + modes.join('|') + '> <folder>...\n')
    process.exit(2)
  }
  process.stdout.write(JSON.stringify(await runMode(mode as Mode, folders)) + '\n')
}
