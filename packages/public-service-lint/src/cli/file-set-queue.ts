/**
 * unified-engine holds each checked file in a queue until every file is checked (so that
 * file-set plugins see them all). Each time a file arrives there, its queue step looks at
 * every file of the run to see whether all have arrived: a run of n files makes n² checks,
 * each asking the file for its message statistics. On the 1,920-file corpus that is about
 * a third of the command line's time, and it grows with the square of a website's size.
 *
 * The queue step reads the files through the file set's `valueOf()` and stops caring
 * once one file has not arrived. This plugin gives it, instead of every file, only the
 * first file not known to have arrived (or none): arrival is for good until the flush, so
 * a cursor moves past each file once and a run costs n checks. Findings, order and the
 * flush are unchanged; the change proposed upstream does the same inside the queue step
 * (docs/performance.md).
 *
 * Only the file set's instance is changed, and only when it has the fields relied on
 * (unified-engine 11); otherwise the engine runs as it is.
 */
import type {VFile} from 'vfile'

interface FileSetInternals {
  files: VFile[]
  complete: Record<string, unknown>
  valueOf(): VFile[]
  add(file: VFile | string): unknown
}

function hasInternals(value: unknown): value is FileSetInternals {
  const candidate = value as Partial<FileSetInternals> | undefined
  return (
    candidate !== undefined &&
    Array.isArray(candidate.files) &&
    typeof candidate.complete === 'object' &&
    candidate.complete !== null &&
    typeof candidate.add === 'function' &&
    !Object.hasOwn(candidate, 'valueOf')
  )
}

const changed = new WeakSet<object>()

/** unified-engine plugin: gets the file set as its second argument. */
export function linearFileSetQueue() {
  return function (...parameters: unknown[]): undefined {
    const fileSet = parameters[1]
    if (!hasInternals(fileSet) || changed.has(fileSet)) return
    changed.add(fileSet)
    let cursor = 0
    // What the queue step skips (failed or ignored files) or counts as arrived.
    const arrived = (file: VFile) =>
      file.data.unifiedEngineIgnored === true ||
      typeof fileSet.complete[file.history[0]] === 'function' ||
      file.messages.some((message) => message.fatal === true)
    const firstNotArrived = function (this: FileSetInternals): VFile[] {
      while (cursor < this.files.length && arrived(this.files[cursor])) cursor++
      return cursor < this.files.length ? [this.files[cursor]] : []
    }
    fileSet.valueOf = firstNotArrived
    // `add` pushes onto `valueOf()`: it must get the real list.
    const add = fileSet.add
    fileSet.add = function (this: FileSetInternals, file: VFile | string) {
      Reflect.deleteProperty(this, 'valueOf')
      try {
        return add.call(this, file)
      } finally {
        this.valueOf = firstNotArrived
      }
    }
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-engine on files it ignores. */
    unifiedEngineIgnored: boolean
  }
}
