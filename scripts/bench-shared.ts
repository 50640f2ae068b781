/**
 * What `scripts/bench.ts` and `scripts/bench-worker.ts` share: the corpus's documents
 * and the shape of a worker's result. Loads nothing heavy, so the orchestrator can use it
 * before `dist/` is built.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'

export type Mode = 'parse' | 'plugin' | 'paired' | 'processor' | 'processor-no-prescan' | 'steps'
export const modes: readonly Mode[] = ['parse', 'plugin', 'paired', 'processor', 'processor-no-prescan', 'steps']

/** One pass over the files in a worker. */
export interface Pass {
  /** Wall-clock milliseconds for reading and checking every file. */
  ms: number
  /** CPU milliseconds the process used meanwhile, all its threads (GC helpers included). */
  cpuMs: number
  /** Messages the pass produced (0 for the bare parse). */
  messages: number
  /** Milliseconds spent inside the plugin's transformer (0 when it is not in the pipeline). */
  pluginMs: number
}

export interface WorkerResult {
  mode: Mode
  files: number
  bytes: number
  /** The timed passes: one, or for `paired` those of the pipeline with the plugin. */
  passes: Pass[]
  /** `paired`: the bare parse's passes, alternated with `passes`. */
  parsePasses?: Pass[]
  /** Peak resident set size of the process, in kilobytes. */
  maxRssKb: number
  /** `steps`: the cost and effect of single steps. */
  steps?: Steps
}

export interface Steps {
  /** Compiling the term map once (median of several compiles), milliseconds. */
  compileMs: number
  /** The whole-file pre-scan over every file's text, milliseconds. */
  prescanMs: number
  /** Files and bytes the whole-file pre-scan lets through to the parse. */
  prescanFiles: number
  prescanBytes: number
  /** Bytes of the paragraphs of those files that the paragraph pre-scan lets through. */
  paragraphBytes: number
}

/** Every `.md` and `.txt` file under these folders, in a stable order. */
export function documentsIn(folders: readonly string[]): string[] {
  const found: string[] = []
  for (const folder of folders) {
    for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
      if (entry.isFile() && /\.(md|txt)$/i.test(entry.name)) found.push(join(entry.parentPath, entry.name))
    }
  }
  return found.sort()
}

