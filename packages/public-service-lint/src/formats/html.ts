/**
 * The HTML bridge to retext, in a module of its own so that its parser (rehype-parse, with
 * parse5) loads only when an HTML or Word document is checked, not at every start-up.
 */
import type {Root as NlcstRoot} from 'nlcst'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {unified, type Processor} from 'unified'
import type {Runner} from './pipelines.js'

export function htmlRunner(retext: Processor<NlcstRoot>): Runner {
  return unified().use(rehypeParse).use(rehypeRetext, retext).freeze() as unknown as Runner
}
