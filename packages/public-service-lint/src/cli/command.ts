/**
 * `public-service-lint`: the command line. unified-engine does the work that every
 * unified CLI shares (globs, folders, standard input, configuration and ignore files,
 * the report, the exit code); this file reads the options and wires in what is ours:
 * the processor for every format, the reports, `--fix` and progress.
 *
 * Options are read here rather than by unified-args: its option set is fixed (no
 * `--fix`), it loads reporters only as `vfile-reporter-*` packages, it prints stack
 * traces, and it offers options (`--output`, `--tree`, `--use`, `--watch`) that would
 * re-serialise documents or make no sense for a linter of prose.
 */
// First, so the heap settings hold while every other module loads.
import './memory.js'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import type {PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {linearFileSetQueue} from './file-set-queue.js'
import {publicServiceFix, type FixSummary} from './fix.js'
import {configTransform, createProcessor, extensions, ignoreName, packageField, rcName} from '../formats/processor.js'
import {BaselineError, baselinePlugin, loadBaseline} from './baseline.js'
import {createReporter, reportFormats, type ReportFormat} from '../reports/report.js'

const toolName = 'public-service-lint'

process.on('uncaughtException', (error) => fail('internal error: ' + String(error?.message ?? error).split('\n')[0], 1))

/** Set once a reader has closed the pipe the report or the messages go to. */
let readerGone = false
/** Set while `--fix` may be writing files: the run then ends by itself, never half-way. */
let fixing = false

/**
 * `public-service-lint … | head` closes the pipe early. Whoever read the report is gone,
 * so nothing more is written (each write would fail, and reporting that failure by
 * writing again made the run spin for ever) and the run stops with status 1, as a
 * command that met SIGPIPE does; with `--fix` it finishes its files first.
 */
function onClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE' && !(readerGone && error.code === 'ERR_STREAM_DESTROYED')) throw error
  readerGone = true
  if (!fixing) process.exit(1)
}
process.stdout.on('error', onClosedPipe)
process.stderr.on('error', onClosedPipe)

function fail(message: string, code: number): void {
  if (!readerGone) process.stderr.write(toolName + ': ' + message + '\n')
  process.exitCode = code
}

function packageJson(): {version: string; homepage?: string} {
  // dist/src/cli/command.js and src/cli/command.ts sit at different depths: look upwards.
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(folder, 'package.json')
    if (existsSync(candidate)) {
      const data = JSON.parse(readFileSync(candidate, 'utf8')) as {name?: string; version: string; homepage?: string}
      if (data.name === 'public-service-lint') return data
    }
    const parent = path.dirname(folder)
    if (parent === folder) return {version: '0.0.0'}
    folder = parent
  }
}

/**
 * Last step for each file: its text is no longer needed (reports name places, they do not
 * quote the document, and nothing is written back but by `--fix`, which has run), while
 * unified-engine keeps every file until the last is checked: let the text go.
 */
function releaseText() {
  return (_tree: unknown, file: VFile) => {
    file.value = ''
  }
}

const help = `Usage: ${toolName} [options] [path | glob ...]

  Finds wording that treats people as customers, cases or units of a service in
  public-service writing, and says why another word serves better.

  Checks ${extensions.join(' ')} files; folders are searched for them.
  With no path, reads standard input (as markdown, unless --file-path says otherwise).

Options:

  -h, --help                  show this help
  -v, --version               show the version number
      --report <format>       terminal (default), json, sarif, github or html; all but
                              terminal go to standard output, and nothing else does
      --max-size <megabytes>  the most text one file may hold (default 50): a larger
                              text file, or a Word document whose text would unpack
                              past it, is refused unread, and the others are checked
      --baseline <file>       leave out the findings an earlier --report json output
                              records (matched by file, family and words, not by
                              line); only new findings are reported and fail the run
  -q, --quiet                 hide informational findings and files with nothing found
      --verbose               show why each finding matters, and where to read more
      --fix                   apply the suggestions that are safe without reading the
                              sentence ("internal customers" -> "colleagues"), in place;
                              never rewrites Word documents
      --file-path <path>      check standard input as if it were this file
  -r, --rc-path <path>        use this configuration file
      --no-config             do not look for configuration files
  -i, --ignore-path <path>    use this ignore file
      --no-ignore             do not look for ignore files
      --ignore-pattern <globs>  also ignore these paths (comma-separated globs)
      --silently-ignore       do not fail when a given file is ignored
      --color, --no-color     colour the terminal report (default: on a terminal)

Configuration: ${rcName}, ${rcName}.json, ${rcName}.yml, ${rcName}.js, or the
"${packageField}" field in package.json: {"disable": [...], "families": [...], "cues": {...},
"conditions": {...}}.
Ignore file: ${ignoreName} (gitignore syntax).
Inline comments: <!--public-service disable customer-->, <!--public-service enable customer-->,
<!--public-service ignore customer--> in markdown and HTML.

Exit status: 0 when there are no warnings; 1 when there are warnings or a file could
not be checked (informational findings never fail); 2 for a bad option.

Examples:

  # Check the docs folder
  $ npx ${toolName} docs/

  # SARIF for GitHub code scanning
  $ npx ${toolName} --report sarif . > results.sarif

  # Record today's findings, then fail only on new wording
  $ npx ${toolName} --report json docs/ > public-service-baseline.json
  $ npx ${toolName} --baseline public-service-baseline.json docs/

  # One page to look at, with a chart by family
  $ npx ${toolName} --report html docs/ > wording.html

  # Apply the safe fixes
  $ npx ${toolName} --fix README.md

  # Standard input
  $ echo "We value our customers." | npx ${toolName}
`

interface FileSetLike {
  actual: number
  expected: number
  on(event: 'one', listener: () => void): unknown
}

/** A one-line count of files checked, on standard error, for long runs on a terminal. */
class Progress {
  readonly #stream: NodeJS.WriteStream
  readonly #enabled: boolean
  readonly #subscribed = new WeakSet<object>()
  #shown = false
  #lastWrite = 0
  static readonly minimumFiles = 10

  constructor(stream: NodeJS.WriteStream) {
    const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false'
    this.#stream = stream
    this.#enabled = Boolean(stream.isTTY) && !ci && process.env.TERM !== 'dumb'
  }

  /** unified-engine plugin: gets the file set as its second argument. */
  plugin() {
    const progress = this
    return function (...parameters: unknown[]) {
      const fileSet = parameters[1] as FileSetLike | undefined
      if (!progress.#enabled || !fileSet || progress.#subscribed.has(fileSet)) return
      progress.#subscribed.add(fileSet)
      fileSet.on('one', () => progress.#update(fileSet.actual, fileSet.expected))
    }
  }

  #update(done: number, total: number): void {
    if (total < Progress.minimumFiles) return
    if (done >= total) return this.clear()
    const now = Date.now()
    // Redrawing for every file would cost more than checking it.
    if (now - this.#lastWrite < 100) return
    this.#lastWrite = now
    this.#stream.write('\r\u001B[2KChecking ' + done + ' of ' + total + ' files…')
    this.#shown = true
  }

  clear(): void {
    if (!this.#shown) return
    this.#stream.write('\r\u001B[2K')
    this.#shown = false
  }
}

function main(): void {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        report: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        verbose: {type: 'boolean'},
        fix: {type: 'boolean'},
        'file-path': {type: 'string'},
        'rc-path': {type: 'string', short: 'r'},
        'no-config': {type: 'boolean'},
        'ignore-path': {type: 'string', short: 'i'},
        'no-ignore': {type: 'boolean'},
        'ignore-pattern': {type: 'string', multiple: true},
        'silently-ignore': {type: 'boolean'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        baseline: {type: 'string'},
        'max-size': {type: 'string'}
      }
    })
  } catch (error) {
    const unknown = /option '([^']+)'/i.exec(String((error as Error).message))
    const problem = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown ? 'unknown option `' + unknown[1] + '`' : String((error as Error).message).split('\n')[0]
    return fail(problem + ' (see --help)', 2)
  }
  const {values, positionals} = parsed

  if (values.help) {
    process.stdout.write(help)
    return
  }
  const pkg = packageJson()
  if (values.version) {
    process.stdout.write(pkg.version + '\n')
    return
  }

  const format = (values.report ?? 'terminal') as ReportFormat
  if (!reportFormats.includes(format)) {
    return fail('unknown report `' + values.report + '`: expected ' + reportFormats.join(', ') + ' (see --help)', 2)
  }
  if (positionals.length === 0 && process.stdin.isTTY) {
    return fail('no input: give files or folders to check, or pipe text in (see --help)', 2)
  }

  let maxSize: number | undefined
  if (values['max-size'] !== undefined) {
    const megabytes = Number(values['max-size'])
    if (!Number.isFinite(megabytes) || megabytes <= 0) return fail('--max-size takes a number of megabytes, such as 50 (got `' + values['max-size'] + '`)', 2)
    maxSize = Math.round(megabytes * 1024 * 1024)
  }

  const machine = format !== 'terminal'
  const color = values['no-color'] ? false : values.color ?? (!machine && Boolean(process.stderr.isTTY) && !process.env.NO_COLOR)
  const progress = new Progress(process.stderr)
  const summary: FixSummary = {fixed: 0, files: 0, notes: []}
  const cwd = process.cwd()
  const plugins: PluggableList = [linearFileSetQueue(), progress.plugin()]
  if (values.fix) {
    fixing = true
    plugins.push([() => publicServiceFix(summary)])
  }
  if (values.baseline !== undefined) {
    try {
      plugins.push([baselinePlugin(loadBaseline(path.resolve(cwd, values.baseline)))])
    } catch (error) {
      if (error instanceof BaselineError) return fail(error.message, 2)
      throw error
    }
  }
  plugins.push([releaseText])

  engine(
    {
      processor: createProcessor({maxSize}),
      cwd,
      files: positionals,
      // Folders are searched for these; upper-case names count too.
      extensions: [...extensions, ...extensions.map((extension) => extension.toUpperCase())],
      filePath: values['file-path'],
      out: false,
      // The report is the only thing on standard output when it is for machines.
      streamError: machine ? process.stdout : process.stderr,
      color,
      detectConfig: !values['no-config'],
      rcName,
      rcPath: values['rc-path'],
      packageField,
      configTransform,
      detectIgnore: !values['no-ignore'],
      ignoreName,
      ignorePath: values['ignore-path'],
      ignorePatterns: (values['ignore-pattern'] ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean),
      silentlyIgnore: values['silently-ignore'],
      plugins,
      reporter: createReporter({
        format,
        quiet: Boolean(values.quiet),
        verbose: Boolean(values.verbose),
        color,
        cwd,
        toolName,
        toolVersion: pkg.version,
        informationUri: pkg.homepage ?? 'https://github.com/retext-public-service/retext-public-service',
        beforeReport: () => progress.clear()
      }),
      quiet: Boolean(values.quiet),
      verbose: Boolean(values.verbose),
      // Warnings fail the run; informational findings never do.
      frail: true
    },
    (error, code) => {
      progress.clear()
      if (readerGone) {
        process.exitCode = 1
        return
      }
      if (error) return fail(String(error.message).split('\n')[0], 1)
      for (const note of summary.notes) process.stderr.write(note + '\n')
      if (values.fix) {
        process.stderr.write(
          summary.fixed === 0
            ? 'Nothing to fix safely.\n'
            : 'Fixed ' + summary.fixed + ' finding' + (summary.fixed === 1 ? '' : 's') + ' in ' + summary.files + ' file' + (summary.files === 1 ? '' : 's') + '.\n'
        )
      }
      process.exitCode = code ?? 0
    }
  )
}

main()
