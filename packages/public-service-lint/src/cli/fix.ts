/**
 * Safe fixes: a finding's first suggestion applied to the original text at the finding's
 * offsets, only where the term map marks it safe to apply without reading (`fixable` on
 * the family or the phrase). The document is never re-serialised, so every other byte
 * (line endings, byte order mark, markup) stays as it was.
 */
import {randomBytes} from 'node:crypto'
import {chmod, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isSafeToApply} from 'retext-public-service/engine'

export interface Edit {
  start: number
  end: number
  replacement: string
  message: VFileMessage
}

// Only words, spaces and the marks inside words: a span holding markup (`*`, `<`, `&`)
// would lose it.
const plainWords = /^[\p{L}\p{N}\s'\u2019\u2010\u2011-]+$/u

/**
 * Edits for findings whose offsets still hold exactly the words they report, in order,
 * none overlapping.
 */
export function planEdits(text: string, messages: readonly VFileMessage[]): Edit[] {
  const edits: Edit[] = []
  for (const message of messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start.offset
    const end = place?.end.offset
    const replacement = message.expected?.[0]
    if (start === undefined || end === undefined || !replacement || end <= start) continue
    const actual = text.slice(start, end)
    if (actual !== message.actual || !plainWords.test(actual) || actual === replacement) continue
    edits.push({start, end, replacement, message})
  }
  edits.sort((left, right) => left.start - right.start)
  return edits.filter((edit, index) => index === 0 || edit.start >= edits[index - 1].end)
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = ''
  let last = 0
  for (const edit of edits) {
    result += text.slice(last, edit.start) + edit.replacement
    last = edit.end
  }
  return result + text.slice(last)
}

/** Writes through a temporary file in the same folder and a rename, keeping the file's mode. */
export async function writeFileAtomically(filePath: string, value: string): Promise<void> {
  const target = await realpath(filePath)
  const {mode} = await stat(target)
  const temporary = path.join(path.dirname(target), '.' + path.basename(target) + '.' + process.pid + '-' + randomBytes(4).toString('hex') + '.tmp')
  try {
    await writeFile(temporary, value, {flag: 'wx'})
    await chmod(temporary, mode)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

export interface FixSummary {
  fixed: number
  files: number
  /** One line per file that had safe fixes but was not rewritten, and why. */
  notes: string[]
}

const errorWords: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device'
}

/**
 * unified-engine plugin for `--fix`: applies the safe fixes the processor found, writes
 * the file atomically, and drops the fixed findings from its messages (they are resolved).
 * Runs after the processor's own transformer, so disabled regions are already left out.
 */
export function publicServiceFix(summary: FixSummary) {
  return async function (_tree: unknown, file: VFile): Promise<undefined> {
    const fixable = file.data.publicServiceFixable ?? []
    if (fixable.length === 0) return
    const count = fixable.length + ' fixable finding' + (fixable.length === 1 ? '' : 's')
    if (file.data.publicServiceParagraphs || (file.extname ?? '').toLowerCase() === '.docx') {
      summary.notes.push((file.path ?? '') + ': not fixed: --fix never rewrites Word documents (' + count + ' to change in the source by hand)')
      return
    }
    if (!file.path || file.data.unifiedEngineStreamIn) {
      summary.notes.push('<stdin>: not fixed: --fix cannot write back to standard input (' + count + ')')
      return
    }
    const text = String(file.value)
    const edits = planEdits(text, fixable)
    if (edits.length === 0) return
    try {
      await writeFileAtomically(path.resolve(file.cwd, file.path), applyEdits(text, edits))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      const problem = errorWords[code] ?? String((error as Error).message).split('\n')[0]
      const message = file.message('Cannot write fixes to `' + file.path + '`: ' + problem)
      message.fatal = true
      return
    }
    const fixed = new Set(edits.map((edit) => edit.message))
    file.messages = file.messages.filter((message) => !fixed.has(message))
    file.data.publicServiceFixable = fixable.filter((message) => !fixed.has(message))
    file.stored = true
    summary.fixed += edits.length
    summary.files += 1
  }
}
