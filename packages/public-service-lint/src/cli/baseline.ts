/**
 * `--baseline <file>`: an earlier `--report json` output records the findings a site
 * already had. A finding recorded there is left out of the report and does not fail the
 * run; a new one is reported as usual. Findings are matched by file, family, words and the
 * words around them (`finding-identity.ts`), never by line, and counted: a sentence that
 * now appears twice where it was recorded once is one new finding.
 */
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {findingKey, keyPath} from '../reports/finding-identity.js'
import {source} from 'retext-public-service/engine'

/**
 * Recorded findings per file: how many of each key, and whether they were recorded with
 * their context (a baseline written by an older version has none).
 */
export type Baseline = Map<string, {counts: Map<string, number>; withContext: boolean}>

export interface BaselineOutcome {
  /** Findings left out because the baseline records them. */
  recorded: VFileMessage[]
  /** Recorded findings that are no longer there (fixed, or their wording changed). */
  gone: number
}

declare module 'vfile' {
  interface DataMap {
    publicServiceBaseline: BaselineOutcome
  }
}

export class BaselineError extends Error {}

interface RecordedMessage {
  ruleId?: string | null
  source?: string | null
  actual?: string | null
  fatal?: boolean | null
  context?: {before: string; after: string} | null
}

/** Reads a `--report json` file; throws a BaselineError that names the file and the problem. */
export function loadBaseline(file: string): Baseline {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BaselineError('cannot read baseline `' + file + '`' + (code === 'ENOENT' ? ': no such file' : code ? ': ' + code : ''))
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new BaselineError('baseline `' + file + '` is not JSON (' + String((error as Error).message).split('\n')[0] + '): give a file written by --report json')
  }
  if (!Array.isArray(data) || data.some((entry) => typeof entry !== 'object' || entry === null || !Array.isArray((entry as {messages?: unknown}).messages))) {
    throw new BaselineError('baseline `' + file + '` is not a --report json output (a list of files, each with `path` and `messages`)')
  }
  const baseline: Baseline = new Map()
  for (const entry of data as Array<{path?: string; cwd?: string; messages: RecordedMessage[]}>) {
    const path = keyPath(entry.path, entry.cwd)
    const recorded = entry.messages.filter((message) => !message.fatal && message.source === source)
    const withContext = recorded.every((message) => message.context)
    const counts = new Map<string, number>()
    for (const message of recorded) {
      const key = findingKey(path, withContext ? message : {ruleId: message.ruleId, actual: message.actual})
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    baseline.set(path, {counts, withContext})
  }
  return baseline
}

/** Moves the findings a baseline records out of the file's messages (in place). */
export function applyBaseline(file: VFile, baseline: Baseline): BaselineOutcome {
  const path = keyPath(file.path, file.cwd)
  const entry = baseline.get(path)
  const remaining = new Map(entry?.counts ?? [])
  const recorded: VFileMessage[] = []
  file.messages = file.messages.filter((message) => {
    if (message.fatal || message.source !== source) return true
    // A baseline written without contexts is matched without them.
    const key = findingKey(path, entry?.withContext === false ? {ruleId: message.ruleId, actual: message.actual} : message)
    const left = remaining.get(key) ?? 0
    if (left === 0) return true
    remaining.set(key, left - 1)
    recorded.push(message)
    return false
  })
  let gone = 0
  for (const left of remaining.values()) gone += left
  const outcome = {recorded, gone}
  file.data.publicServiceBaseline = outcome
  return outcome
}

/** The unified plugin the CLI adds: every checked file is held against the baseline. */
export function baselinePlugin(baseline: Baseline) {
  return () => (_tree: unknown, file: VFile) => {
    applyBaseline(file, baseline)
  }
}
