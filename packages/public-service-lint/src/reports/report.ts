/**
 * Reports for unified-engine: the terminal report (vfile-reporter), JSON
 * (vfile-reporter-json's shape), SARIF and GitHub workflow annotations. Before any of
 * them, failures are made one line each (no stack traces, the file named) and `quiet`
 * drops informational findings.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as terminalReporter} from 'vfile-reporter'
import {githubReport} from './github.js'
import {htmlReport} from './html.js'
import {sarifReport, type SarifOptions} from './sarif.js'
import '../cli/baseline.js'
import {source} from 'retext-public-service/engine'

export const reportFormats = ['terminal', 'json', 'sarif', 'github', 'html'] as const
export type ReportFormat = (typeof reportFormats)[number]

/** The order of `String#localeCompare`, which vfile-reporter sorts files by, made once. */
const pathOrder = new Intl.Collator()

export interface ReportOptions extends SarifOptions {
  format: ReportFormat
  quiet: boolean
  verbose: boolean
  color: boolean
  /** Called before the report is made, e.g. to clear a progress line. */
  beforeReport?: () => void
}

const errorWords: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long'
}

/** An error from the operating system ("ENOENT: no such file or directory, open …"). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const {code, message} = error as Partial<NodeJS.ErrnoException>
  return typeof code === 'string' && typeof message === 'string' && message.startsWith(code + ':')
}

function firstLine(value: string): string {
  return value.split(/\r?\n|\r/)[0].trim()
}

/**
 * A failure as one line naming the file: its reason, then what caused it (an error code
 * in words, or the first line of each cause), without the generic wrapper the engine adds.
 */
export function describeFailure(message: VFileMessage, file: VFile): string {
  const parts: string[] = []
  const add = (text: string) => {
    const clean = firstLine(text).replace(/[.:]$/, '')
    if (clean && !parts.some((part) => part.toLowerCase().includes(clean.toLowerCase()))) parts.push(clean)
  }
  let reason = firstLine(message.reason)
  let cause: unknown = message.cause
  // The engine wraps every failure in "Cannot process file": keep it only as "Cannot read
  // file" before a system error, whose code says more in words than its message does.
  if (reason === 'Cannot process file' && cause) reason = isSystemError(cause) ? 'Cannot read file' : ''
  if (reason) add(reason)
  for (let depth = 0; cause && depth < 6; depth++) {
    const error = cause as Partial<NodeJS.ErrnoException> & {reason?: string}
    add(isSystemError(error) ? errorWords[error.code!] ?? String(error.message) : String(error.reason ?? error.message ?? cause))
    cause = error.cause
  }
  let line = parts.join(': ').replace(/^Cannot parse (?:given )?file (`[^`]+`)/, 'Bad configuration file $1')
  const named = file.path ? line.includes('`' + file.path + '`') : line.includes('standard input')
  if (!named) line = '`' + (file.path || '<stdin>') + '`: ' + line
  return line
}

/** Makes failures one line and, when quiet, drops informational findings (in place). */
export function prepareFiles(files: VFile[], quiet: boolean): void {
  for (const file of files) {
    file.messages = file.messages.filter((message) => !(quiet && message.fatal === undefined))
    for (const message of file.messages) {
      if (!message.fatal && !message.cause) continue
      const line = describeFailure(message, file)
      message.reason = line
      message.message = line
      message.cause = undefined
      message.stack = ''
    }
  }
}

/**
 * vfile-reporter-json's shape (a list of files, each with `path`, `cwd`, `history` and
 * `messages`), each finding with its `context` too, so that the output serves as a
 * `--baseline` as it stands.
 */
export function jsonReport(files: readonly VFile[], quiet: boolean): string {
  const list = []
  for (const file of files) {
    if (quiet && file.messages.length === 0) continue
    list.push({
      path: file.path,
      cwd: file.cwd,
      history: file.history,
      messages: file.messages.map((message) => ({
        ancestors: message.ancestors,
        column: message.column,
        fatal: message.fatal,
        line: message.line,
        place: message.place,
        reason: message.reason,
        ruleId: message.ruleId,
        source: message.source,
        actual: message.actual,
        expected: message.expected,
        note: message.note,
        url: message.url,
        context: message.context
      }))
    })
  }
  return JSON.stringify(list)
}

/** "12 findings recorded in the baseline left out; 3 recorded findings are gone." */
export function baselineSummary(files: readonly VFile[]): string | undefined {
  const outcomes = files.map((file) => file.data.publicServiceBaseline).filter((outcome) => outcome !== undefined)
  if (outcomes.length === 0) return undefined
  const recorded = outcomes.reduce((sum, outcome) => sum + outcome.recorded.length, 0)
  const gone = outcomes.reduce((sum, outcome) => sum + outcome.gone, 0)
  const plural = (count: number, word: string) => count + ' ' + word + (count === 1 ? '' : 's')
  return 'Baseline: ' + plural(recorded, 'recorded finding') + ' left out; ' + plural(gone, 'recorded finding') + ' gone (fixed or reworded).'
}

/** The reporter unified-engine calls once all files are checked. */
export function createReporter(options: ReportOptions) {
  return function (files: VFile[]): string {
    options.beforeReport?.()
    prepareFiles(files, options.quiet)
    switch (options.format) {
      case 'json':
        return jsonReport(files, options.quiet)
      case 'sarif':
        return sarifReport(files, options)
      case 'github':
        return githubReport(files)
      case 'html':
        return htmlReport(files, options)
      case 'terminal': {
        // vfile-reporter sorts the files with localeCompare, which costs about 1 µs a call:
        // handed them in the same order, its sort makes one comparison per file, not n log n.
        const inOrder = [...files].sort((a, b) => pathOrder.compare(a.path ?? '', b.path ?? ''))
        const report = terminalReporter(inOrder, {color: options.color, quiet: options.quiet, verbose: options.verbose, defaultName: '<stdin>'})
        const found = files.some((file) => file.messages.some((message) => message.source === source))
        const hint = found && !options.verbose ? '\nRun with --verbose to see why each finding matters and where to read more.' : ''
        const baseline = baselineSummary(files)
        return report + hint + (baseline ? '\n' + baseline : '')
      }
    }
  }
}
