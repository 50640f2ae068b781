/**
 * `npm run bench`: how long checking `../shared/corpus/` takes, and how much memory, for
 * (a) the bare parse, (b) the plugin in that pipeline, (c) the CLI end to end and (d)
 * alex 11, on the corpus and on the corpus doubled. Figures, printed; not a test.
 *
 *   npm run bench [-- --runs <n>] [-- --skip-alex]
 *
 * Every configuration runs in a fresh child process, so its peak memory is that
 * process's maximum resident set size (from /usr/bin/time, or reported by the process
 * itself where there is none). Each is repeated `--runs` times (default 3), interleaved
 * round by round so that a change in the machine's load hits all of them alike; the
 * medians are printed, of wall-clock time and of CPU time (which other work on a shared
 * machine disturbs less).
 *
 * The helpers (scripts/bench-worker.ts, scripts/bench-shared.ts) are compiled to
 * plain JavaScript first and run by plain node, so no configuration carries tsx's own
 * start-up and memory; they load the plugin and processor from dist/, as the CLI does.
 */
import {execFileSync, spawn} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import ts from 'typescript'
import {documentsIn, type Mode, type Pass, type WorkerResult} from './bench-shared.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpusRoot = join(root, '..', 'shared', 'corpus')
const corpusFolders = ['govuk', 'lga-service-explorer', 'nhs-service-manual']
const pluginFolder = join(root, 'packages', 'retext-public-service')
const toolsFolder = join(root, 'packages', 'public-service-lint')
const cliPath = join(toolsFolder, 'dist', 'bin', 'public-service-lint.js')
const alexPath = join(root, 'node_modules', 'alex', 'cli.js')
/** Where the helpers are compiled to: inside node_modules, so their imports resolve. */
const helperFolder = join(root, 'node_modules', '.cache', 'retext-public-service-bench')
const helpers = ['bench-shared', 'bench-worker']
const timeCommand = '/usr/bin/time'

// ---------------------------------------------------------------------------------------
// Set-up

/** Newest modification time under a folder. */
function newest(folder: string): number {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return time
}

/** Builds both packages (what the CLI and the helpers run) when older than their sources. */
function ensureBuilt(): void {
  const sources = Math.max(newest(join(pluginFolder, 'src')), newest(join(pluginFolder, 'generated')), newest(join(toolsFolder, 'src')))
  if (existsSync(cliPath) && statSync(cliPath).mtimeMs >= sources) return
  process.stderr.write('Building the packages (npm run build)…\n')
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', pluginFolder, toolsFolder], {cwd: root, stdio: 'pipe'})
  } catch (error) {
    // tsc writes its output even with type errors elsewhere; only a missing CLI stops the run.
    if (!existsSync(cliPath)) throw new Error('npm run build failed: ' + String((error as {stdout?: Buffer}).stdout ?? error))
  }
}

/** Compiles the helpers to JavaScript (types stripped, nothing checked: `npm test` checks them). */
function compileHelpers(): void {
  mkdirSync(helperFolder, {recursive: true})
  writeFileSync(join(helperFolder, 'package.json'), '{"type": "module"}\n')
  for (const name of helpers) {
    const source = readFileSync(join(root, 'scripts', name + '.ts'), 'utf8')
    const output = ts.transpileModule(source, {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false},
      fileName: name + '.ts'
    })
    writeFileSync(join(helperFolder, name + '.js'), output.outputText)
  }
}

// ---------------------------------------------------------------------------------------
// Measuring one child process

interface ProcessRun {
  wallMs: number
  cpuMs: number
  maxRssKb: number
  code: number | null
  stdout: string
  stderr: string
}

const hasTime = (() => {
  try {
    execFileSync(timeCommand, ['-f', '%M', 'true'], {stdio: 'pipe'})
    return true
  } catch {
    return false
  }
})()

/**
 * Without /usr/bin/time, the child reports itself on exit: this module, preloaded, writes
 * its peak memory and CPU seconds to the file named in its environment, as time(1) would.
 */
const selfReport =
  'data:text/javascript,' +
  encodeURIComponent(
    "import {writeFileSync} from 'node:fs';" +
      "process.on('exit', () => { const usage = process.resourceUsage();" +
      " writeFileSync(process.env.BENCH_USAGE_FILE, usage.maxRSS + ' ' + usage.userCPUTime / 1e6 + ' ' + usage.systemCPUTime / 1e6) })"
  )

let scratch = ''
let measured = 0

async function measure(nodeArgs: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<ProcessRun> {
  const usageFile = join(scratch, 'usage-' + measured++ + '.txt')
  const command = hasTime ? timeCommand : process.execPath
  const args = hasTime ? ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...nodeArgs] : ['--import', selfReport, ...nodeArgs]
  const env = {...process.env, NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1', BENCH_USAGE_FILE: usageFile, ...extraEnv}
  const start = performance.now()
  const child = spawn(command, args, {cwd: root, env, stdio: ['ignore', 'pipe', 'pipe']})
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const wallMs = performance.now() - start
  // time(1) writes "Command exited with non-zero status N" first when the command fails.
  const lines = existsSync(usageFile) ? readFileSync(usageFile, 'utf8').trim().split('\n') : []
  const [rss, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number)
  rmSync(usageFile, {force: true})
  return {
    wallMs,
    cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000,
    maxRssKb: rss ?? Number.NaN,
    code,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8')
  }
}

// ---------------------------------------------------------------------------------------
// Configurations

interface Sample {
  /** Workers: one pass inside the process; command lines: the whole process. */
  ms: number
  cpuMs: number
  maxRssKb: number
  findings: number | undefined
  worker?: WorkerResult
}

interface Config {
  id: string
  label: string
  timing: 'in process' | 'whole process'
  /** Only on the corpus, not the doubled corpus. */
  singleOnly?: boolean
  run(paths: readonly string[]): Promise<Sample>
}

function failed(what: string, run: ProcessRun): Error {
  return new Error(what + ' failed with exit code ' + run.code + ':\n' + (run.stderr || run.stdout).slice(-2000))
}

function worker(mode: Mode): Config['run'] {
  return async (paths) => {
    const run = await measure(['--expose-gc', join(helperFolder, 'bench-worker.js'), mode, ...paths])
    if (run.code !== 0) throw failed('bench-worker ' + mode, run)
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as WorkerResult
    const pass = result.passes[0] as Pass | undefined
    return {ms: pass?.ms ?? Number.NaN, cpuMs: pass?.cpuMs ?? Number.NaN, maxRssKb: run.maxRssKb || result.maxRssKb, findings: pass?.messages, worker: result}
  }
}

/** The count in a terminal report's summary: "134 messages (⚠ 105 warnings)", "⚠ 635 warnings". */
function reportedFindings(report: string): number | undefined {
  const summary = /(\d+) (?:messages?|warnings?|errors?|infos?)\b[^\n]*\s*(?:Run with[^\n]*\s*)?$/.exec(report.trim())
  if (summary) return Number(summary[1])
  return /no issues found\s*$/.test(report.trim()) ? 0 : undefined
}

function commandLine(what: string, script: string, extra: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Config['run'] {
  return async (paths) => {
    const run = await measure([script, ...extra, ...paths], env)
    // Both exit with 1 when they report warnings; anything else is a failure.
    if (run.code !== 0 && run.code !== 1) throw failed(what, run)
    return {ms: run.wallMs, cpuMs: run.cpuMs, maxRssKb: run.maxRssKb, findings: reportedFindings(run.stderr + '\n' + run.stdout)}
  }
}

const configs: Config[] = [
  {id: 'parse', label: '(a) bare parse: remark + remark-retext (.md), retext-english (.txt)', timing: 'in process', run: worker('parse')},
  {id: 'plugin', label: '(b) the plugin in that pipeline (no pre-scan)', timing: 'in process', run: worker('plugin')},
  {id: 'processor-no-prescan', label: "    the CLI's processor, pre-scan off", timing: 'in process', run: worker('processor-no-prescan')},
  {id: 'processor', label: "    the CLI's processor, pre-scan on", timing: 'in process', run: worker('processor')},
  {id: 'cli', label: '(c) the CLI: node packages/public-service-lint/dist/bin/public-service-lint.js <folders>', timing: 'whole process', run: commandLine('the CLI', cliPath, ['--no-color'])},
  {id: 'alex', label: '(d) alex 11: alex <folders>', timing: 'whole process', run: commandLine('alex', alexPath)},
  {id: 'paired', label: '(a) and (b) alternated in one process', timing: 'in process', singleOnly: true, run: worker('paired')},
  {id: 'steps', label: 'single steps', timing: 'in process', singleOnly: true, run: worker('steps')},
  {id: 'startup', label: '    CLI start-up: one one-line file', timing: 'whole process', singleOnly: true, run: commandLine('the CLI', cliPath, ['--no-color'])}
]

// ---------------------------------------------------------------------------------------
// Figures

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const seconds = (ms: number) => (ms / 1000).toFixed(2) + ' s'
const megabytes = (kb: number) => Math.round(kb / 1024) + ' MB'
const mb = (bytes: number) => (bytes / 1e6).toFixed(2) + ' MB'
const percent = (value: number) => (value * 100).toFixed(1) + '%'
const times = (value: number) => value.toFixed(2) + 'x'

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd()).join('\n')
}

interface CorpusSet {
  name: string
  paths: string[]
  files: number
  bytes: number
}

function corpusSet(name: string, folders: string[]): CorpusSet {
  const files = documentsIn(folders)
  return {name, paths: folders, files: files.length, bytes: files.reduce((sum, path) => sum + statSync(path).size, 0)}
}

/**
 * One large document, as a report bundled from many chapters or a site exported as one file
 * would be: the corpus's markdown joined and repeated to 1 MB and to 8 MB. The CLI's time
 * per MB should stay level, and the bare parse (remark, remark-retext, retext-english on the
 * same text, in process) is the yardstick; it is run once at 8 MB, where it is slow.
 */
async function largeFile(runs: number, checks: Array<[string, boolean | undefined, string]>): Promise<void> {
  const markdown = documentsIn(corpusFolders.map((folder) => join(corpusRoot, folder)))
    .filter((path) => path.endsWith('.md'))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n\n')
  const sizes = [1, 8]
  const files = sizes.map((megabytes) => {
    let text = ''
    while (text.length < megabytes * 1024 * 1024) text += markdown + '\n\n'
    const file = join(scratch, 'large-' + megabytes, 'report.md')
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(file, text.slice(0, text.lastIndexOf('\n\n', megabytes * 1024 * 1024)) + '\n')
    return file
  })
  const cli = commandLine('the CLI', cliPath, ['--no-color', '--quiet'])
  const parse = worker('parse')
  const cliMs: number[][] = sizes.map(() => [])
  const parseMs: number[] = sizes.map(() => Number.NaN)
  const found: Array<number | undefined> = sizes.map(() => undefined)
  for (let round = 1; round <= runs; round++) {
    for (const [index, file] of files.entries()) {
      if (process.stderr.isTTY) process.stderr.write('\r\u001B[2KRound ' + round + ' of ' + runs + ': the CLI on one ' + sizes[index] + ' MB file…')
      const sample = await cli([file])
      cliMs[index].push(sample.ms)
      found[index] = sample.findings
    }
  }
  for (const [index, file] of files.entries()) {
    if (process.stderr.isTTY) process.stderr.write('\r\u001B[2KThe bare parse of one ' + sizes[index] + ' MB file…')
    parseMs[index] = (await parse([dirname(file)])).ms
  }
  if (process.stderr.isTTY) process.stderr.write('\r\u001B[2K')
  const bytes = files.map((file) => statSync(file).size / 1e6)
  const perMb = cliMs.map((list, index) => median(list) / bytes[index])
  console.log()
  const rows = [['one large markdown file', 'the CLI, whole process', 'per MB', 'bare parse, in process (one run)', 'findings']]
  for (const [index, size] of sizes.entries()) {
    rows.push([size + ' MB (' + mb(statSync(files[index]).size) + ')', seconds(median(cliMs[index])), seconds(perMb[index]), seconds(parseMs[index]), String(found[index] ?? '?')])
  }
  console.log(table(rows))
  const last = sizes.length - 1
  checks.push(['one 8 MB markdown file at most 1.2x the time per MB of a 1 MB one (the CLI)', perMb[last] <= 1.2 * perMb[0], times(perMb[last] / perMb[0])])
  checks.push(['one 8 MB markdown file within twice the bare parse', median(cliMs[last]) <= 2 * parseMs[last], seconds(median(cliMs[last])) + ' against ' + seconds(parseMs[last])])
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {runs: {type: 'string'}, 'skip-alex': {type: 'boolean'}, 'skip-large': {type: 'boolean'}}})
  const runs = Math.max(1, Math.floor(Number(values.runs ?? 3)) || 3)
  ensureBuilt()
  compileHelpers()
  const active = configs.filter((config) => !(values['skip-alex'] && config.id === 'alex'))
  const has = (id: string) => active.some((config) => config.id === id)
  scratch = mkdtempSync(join(tmpdir(), 'public-service-bench-'))
  try {
    // The doubled corpus: every file twice, as copies under two folders.
    const doubledRoot = join(scratch, 'doubled')
    for (const copy of ['copy-1', 'copy-2']) {
      for (const folder of corpusFolders) cpSync(join(corpusRoot, folder), join(doubledRoot, copy, folder), {recursive: true})
    }
    const single = corpusSet('corpus', corpusFolders.map((folder) => join(corpusRoot, folder)))
    const doubled = corpusSet('doubled corpus', [doubledRoot])
    const startupFile = join(scratch, 'start-up', 'note.md')
    mkdirSync(dirname(startupFile))
    writeFileSync(startupFile, 'Tell us what you think of this page.\n')

    const startLoad = loadavg()
    console.log('retext-public-service benchmark (npm run bench' + (process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : '') + ')')
    console.log(
      'Node ' + process.version + ', ' + availableParallelism() + ' CPUs, load average ' + startLoad.map((value) => value.toFixed(2)).join(' ') +
        ' at the start. ' + runs + ' run' + (runs === 1 ? '' : 's') + ' of each configuration, each in a fresh process, interleaved; medians.'
    )
    console.log('Peak memory: maximum resident set size' + (hasTime ? ' (/usr/bin/time).' : ' (reported by the process).'))
    console.log('Corpus: ' + relative(root, corpusRoot) + '/{' + corpusFolders.join(',') + '}/: ' + single.files + ' files, ' + mb(single.bytes) + '.')
    console.log('Doubled corpus: every file twice (copies under two folders): ' + doubled.files + ' files, ' + mb(doubled.bytes) + '.')
    console.log()

    const samples = new Map<string, Sample[]>()
    const key = (config: Config, corpus: CorpusSet) => config.id + '@' + corpus.name
    for (let round = 1; round <= runs; round++) {
      for (const corpus of [single, doubled]) {
        for (const config of active) {
          if (config.singleOnly && corpus !== single) continue
          if (process.stderr.isTTY) process.stderr.write('\r\u001B[2KRound ' + round + ' of ' + runs + ': ' + config.id + ' on the ' + corpus.name + '…')
          const sample = await config.run(config.id === 'startup' ? [startupFile] : corpus.paths)
          samples.set(key(config, corpus), [...(samples.get(key(config, corpus)) ?? []), sample])
        }
      }
    }
    if (process.stderr.isTTY) process.stderr.write('\r\u001B[2K')

    const byId = (id: string) => configs.find((config) => config.id === id) as Config
    const stat = (id: string, corpus: CorpusSet, pick: (sample: Sample) => number) => {
      const list = samples.get(key(byId(id), corpus)) ?? []
      return list.length > 0 ? median(list.map(pick)) : Number.NaN
    }
    const wall = (id: string, corpus = single) => stat(id, corpus, (sample) => sample.ms)
    const cpu = (id: string, corpus = single) => stat(id, corpus, (sample) => sample.cpuMs)
    const rss = (id: string, corpus = single) => stat(id, corpus, (sample) => sample.maxRssKb)
    const findings = (id: string, corpus = single) => (samples.get(key(byId(id), corpus)) ?? [])[0]?.findings

    const shown = active.filter((config) => config.id !== 'paired' && config.id !== 'steps')
    const rows = [['on the corpus', 'timing', 'time', 'CPU time', 'MB/s', 'peak memory', 'findings']]
    for (const config of shown) {
      const found = findings(config.id)
      rows.push([
        config.label,
        config.timing,
        seconds(wall(config.id)),
        seconds(cpu(config.id)),
        config.id === 'startup' ? '' : (single.bytes / 1e6 / (wall(config.id) / 1000)).toFixed(2),
        megabytes(rss(config.id)),
        found === undefined ? '?' : String(found)
      ])
    }
    console.log(table(rows))
    console.log()
    const growth = [['on the doubled corpus', 'time', 'CPU time', 'peak memory', 'findings', 'time 2x/1x', 'CPU 2x/1x']]
    for (const config of shown) {
      if (config.singleOnly) continue
      const found = findings(config.id, doubled)
      growth.push([
        config.label,
        seconds(wall(config.id, doubled)),
        seconds(cpu(config.id, doubled)),
        megabytes(rss(config.id, doubled)),
        found === undefined ? '?' : String(found),
        times(wall(config.id, doubled) / wall(config.id)),
        times(cpu(config.id, doubled) / cpu(config.id))
      ])
    }
    console.log(table(growth))
    console.log()
    console.log('"in process": one pass over the files (reading and checking them) inside a fresh process, after its')
    console.log('modules have loaded. "whole process": start-up included, as a user waits for it. CPU time counts')
    console.log("all of a process's threads (the garbage collector's helpers too). MB/s: corpus megabytes per second.")
    console.log()

    const steps = (samples.get(key(byId('steps'), single)) ?? [])[0]?.worker?.steps
    if (steps) {
      console.log('Steps:')
      console.log(
        '  the term map compiles in ' + steps.compileMs.toFixed(1) + ' ms, once per processor (once per file it would add ' +
          seconds(steps.compileMs * single.files) + ' to the corpus)'
      )
      console.log(
        '  the pre-scan reads the raw text of all ' + single.files + ' files in ' + steps.prescanMs.toFixed(0) + ' ms and lets ' + steps.prescanFiles +
          ' files through (' + mb(steps.prescanBytes) + ', ' + percent(steps.prescanBytes / single.bytes) + ' of the corpus) to the parse'
      )
      console.log(
        '  and per paragraph, ' + mb(steps.paragraphBytes) + ' of those files (' + percent(steps.paragraphBytes / single.bytes) +
          ' of the corpus) go on to the natural-language parse'
      )
      console.log()
    }

    // The plugin's own cost: (b) - (a) over the same files.
    const paired = (samples.get(key(byId('paired'), single)) ?? []).map((sample) => sample.worker as WorkerResult)
    const parsePasses = paired.flatMap((result) => result.parsePasses ?? [])
    const pluginPasses = paired.flatMap((result) => result.passes)
    const passMedian = (passes: Pass[], pick: (pass: Pass) => number) => median(passes.map(pick))
    const parseWall = passMedian(parsePasses, (pass) => pass.ms)
    const pluginWall = passMedian(pluginPasses, (pass) => pass.ms)
    const parseCpu = passMedian(parsePasses, (pass) => pass.cpuMs)
    const inside = passMedian(pluginPasses, (pass) => pass.pluginMs)
    // Each plugin pass against the parse pass next to it in time, so a slow drift in the
    // machine's load cancels out; the median of those differences.
    const pairDifferences = (pick: (pass: Pass) => number) =>
      median(paired.flatMap((result) => result.passes.map((pass, index) => pick(pass) - pick((result.parsePasses ?? [])[index] ?? pass))))
    const pairedCost = pairDifferences((pass) => pass.ms) / parseWall
    const pairedCpuCost = pairDifferences((pass) => pass.cpuMs) / parseCpu
    const coldInside = stat('plugin', single, (sample) => sample.worker?.passes[0]?.pluginMs ?? Number.NaN)
    const insideCost = inside / parseWall
    const coldCost = coldInside / wall('parse')
    const parseTimes = parsePasses.map((pass) => pass.ms)
    const spread = (Math.max(...parseTimes) - Math.min(...parseTimes)) / parseWall
    console.log("The plugin's own cost, (b) - (a), over the same " + single.files + ' files:')
    console.log(
      '  timed inside its transformer, in passes of (a) and (b) alternated in one process (' + parsePasses.length + ' each, after a warm-up): ' +
        seconds(inside) + ' = ' + percent(insideCost) + ' of the parse (' + seconds(parseWall) + ')'
    )
    console.log(
      '  in one cold pass (row (b), as in a CLI run): ' + seconds(coldInside) + ' = ' + percent(coldCost) + ' of the cold parse (row (a), ' + seconds(wall('parse')) + ')'
    )
    console.log(
      '  as the difference of whole passes: median +' + seconds(pairedCost * parseWall) + ' = ' + percent(pairedCost) + ' (CPU time ' + percent(pairedCpuCost) +
        '); rows (b) - (a): ' + percent((wall('plugin') - wall('parse')) / wall('parse')) + '. Noise-bound here: parse passes of the same work'
    )
    console.log(
      '  ranged over ' + percent(spread) + ' of their median (' + seconds(Math.min(...parseTimes)) + ' to ' + seconds(Math.max(...parseTimes)) +
        '), more than the effect measured, so the timer is the figure to read.'
    )
    console.log(
      'The pre-scan: the processor takes ' + seconds(wall('processor')) + ' with it and ' + seconds(wall('processor-no-prescan')) + ' without, ' +
        times(wall('processor-no-prescan') / wall('processor')) + ' faster; findings ' + findings('processor') + ' and ' + findings('processor-no-prescan') + '.'
    )
    console.log()

    const checks: Array<[string, boolean | undefined, string]> = []
    if (has('alex')) {
      console.log(
        'The CLI against alex on the corpus: ' + times(wall('alex') / wall('cli')) + ' faster (' + seconds(wall('cli')) + ' against ' + seconds(wall('alex')) +
          '; CPU time ' + times(cpu('alex') / cpu('cli')) + '), ' + percent(rss('cli') / rss('alex')) + ' of its peak memory (' + megabytes(rss('cli')) +
          ' against ' + megabytes(rss('alex')) + ').'
      )
      checks.push(['the CLI at least 15x faster than alex', wall('alex') / wall('cli') >= 15, times(wall('alex') / wall('cli')) + ' (CPU time ' + times(cpu('alex') / cpu('cli')) + ')'])
      checks.push(["the CLI at most a quarter of alex's peak memory", rss('cli') <= rss('alex') / 4, percent(rss('cli') / rss('alex'))])
    } else {
      checks.push(['the CLI at least 15x faster than alex', undefined, 'alex skipped'])
      checks.push(["the CLI at most a quarter of alex's peak memory", undefined, 'alex skipped'])
    }
    checks.push(["the plugin's own cost at most 10% of the parse (timed inside it)", insideCost <= 0.1, percent(insideCost) + '; in one cold pass ' + percent(coldCost)])
    checks.push([
      'the doubled corpus at most 2.2x the time (the CLI)',
      wall('cli', doubled) / wall('cli') <= 2.2,
      times(wall('cli', doubled) / wall('cli')) + ' (CPU time ' + times(cpu('cli', doubled) / cpu('cli')) + ')'
    ])
    if (!values['skip-large']) await largeFile(runs, checks)
    console.log()
    console.log('Done when (wall-clock medians):')
    for (const [what, met, figure] of checks) console.log('  ' + (met === undefined ? 'n/a    ' : met ? 'met    ' : 'NOT met') + '  ' + what + ': ' + figure)
    console.log()
    console.log('Load average at the end: ' + loadavg().map((value) => value.toFixed(2)).join(' ') + '. The machine is shared: other work shows up as spread between runs.')
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}

await main()
