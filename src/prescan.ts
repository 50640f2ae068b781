/**
 * A cheap test on raw text that tells whether any phrase could match, so a caller can
 * skip the natural-language parse of text that holds none of the term map's words.
 *
 * Every phrase needs all its words, so one word per phrase (its anchor) is enough to
 * look for; the test is a necessary condition and never changes findings. Character
 * references (`&#99;`) could spell a word the raw text hides, so text with any of them
 * is always parsed. The plugin makes the same test on a file's text before walking it.
 */
import type {CompiledTermMap} from './compile.js'
import {resolveTermMap} from './term-map.js'
import type {Options} from './types.js'

export type Prescan = (text: string) => boolean

export function prescanFor(termMap: CompiledTermMap): Prescan {
  return termMap.mayMatch
}

const cache = new WeakMap<CompiledTermMap, Prescan>()

/** The pre-scan for the term map these plugin options give. */
export function createPrescan(options?: Options | null): Prescan {
  const termMap = resolveTermMap(options)
  let prescan = cache.get(termMap)
  if (!prescan) {
    prescan = prescanFor(termMap)
    cache.set(termMap, prescan)
  }
  return prescan
}
