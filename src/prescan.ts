/**
 * A cheap test on raw text that tells whether any phrase could match, so a caller can
 * skip the natural-language parse of text that holds none of the term map's words.
 *
 * Every phrase needs all its words, so one word per phrase (its longest, usually the
 * rarest) is enough to look for; the test is a necessary condition and never changes
 * findings. Character references (`&#99;`) could spell a word the raw text hides, so
 * text with any of them is always parsed.
 */
import type {CompiledTermMap} from './compile.js'
import {resolveTermMap} from './term-map.js'
import type {Options} from './types.js'

export type Prescan = (text: string) => boolean

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function prescanFor(termMap: CompiledTermMap): Prescan {
  const anchors = new Set<string>()
  const seen = new Set<unknown>()
  for (const phrases of termMap.index.values()) {
    for (const phrase of phrases) {
      if (seen.has(phrase)) continue
      seen.add(phrase)
      let longest = phrase.words[0]
      for (const forms of phrase.words) {
        const length = Math.max(...[...forms.keys()].map((form) => form.length))
        if (length > Math.max(...[...longest.keys()].map((form) => form.length))) longest = forms
      }
      for (const form of longest.keys()) anchors.add(form.replace(/'/g, "['\u2019]"))
    }
  }
  const alternatives = [...anchors].sort((a, b) => b.length - a.length).map((anchor) => escape(anchor).replace(/\\\[\\'\u2019\\\]/g, "['\u2019]"))
  const pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + alternatives.join('|') + ')(?![\\p{L}\\p{N}])', 'iu')
  const reference = /&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/i
  return (text) => pattern.test(text) || reference.test(text)
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
