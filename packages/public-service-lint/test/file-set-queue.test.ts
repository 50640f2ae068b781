/**
 * The CLI's change to unified-engine's queue (src/file-set-queue.ts): on a real engine run
 * over a few hundred files, every file is still checked and reported, and the queue step
 * looks at each file about once rather than once per file that finishes. If a new
 * unified-engine changes the internals the plugin relies on, the count test fails.
 */
import type {PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {linearFileSetQueue} from '../src/cli/file-set-queue.js'
import {createProcessor} from '../src/formats/processor.js'
import {folderWith} from './cli-helpers.js'

const fileCount = 300

/** A plugin, used after the queue's, that counts the files the queue step is handed. */
function countQueueLooks(counter: {looks: number}) {
  const seen = new WeakSet<object>()
  return function (...parameters: unknown[]): undefined {
    const fileSet = parameters[1] as {valueOf(): VFile[]} | undefined
    if (!fileSet || seen.has(fileSet)) return
    seen.add(fileSet)
    const valueOf = fileSet.valueOf
    // Only the queue step reads the list without adding to it; `add` goes through its own copy.
    fileSet.valueOf = function (this: typeof fileSet) {
      const files = valueOf.call(this)
      counter.looks += files.length
      return files
    }
  }
}

async function run(plugins: PluggableList): Promise<{files: VFile[]; looks: number}> {
  const documents: Record<string, string> = {}
  for (let index = 0; index < fileCount; index++) {
    documents['page-' + String(index).padStart(3, '0') + '.md'] = index % 10 === 0 ? 'We ask our customers what matters.\n' : 'Bins are collected on Tuesdays.\n'
  }
  const folder = await folderWith(documents)
  const counter = {looks: 0}
  const files = await new Promise<VFile[]>((resolve, reject) => {
    engine(
      {
        processor: createProcessor(),
        cwd: folder,
        files: ['.'],
        extensions: ['.md'],
        out: false,
        quiet: true,
        detectConfig: false,
        detectIgnore: false,
        plugins: [...plugins, countQueueLooks(counter)],
        reporter: () => '',
        streamError: {write: () => true} as unknown as NodeJS.WriteStream
      },
      (error, _code, context) => (error ? reject(error) : resolve(context?.files ?? []))
    )
  })
  return {files, looks: counter.looks}
}

describe('the queue step of unified-engine, made linear', () => {
  it('checks and reports every file, looking at each about once', async () => {
    const {files, looks} = await run([linearFileSetQueue()])
    expect(files).toHaveLength(fileCount)
    const flagged = files.filter((file) => file.messages.some((message) => message.ruleId === 'our-customers' || message.ruleId === 'customer'))
    expect(flagged).toHaveLength(fileCount / 10)
    expect(looks).toBeLessThanOrEqual(2 * fileCount)
  })

  it('is what makes the difference: without it the queue step looks at every file each time', async () => {
    const {files, looks} = await run([])
    expect(files).toHaveLength(fileCount)
    expect(looks).toBeGreaterThan((fileCount * fileCount) / 4)
  })
})
