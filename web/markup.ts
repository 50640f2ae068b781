/**
 * Markdown and HTML pipelines for the page, loaded the first time such a file is opened:
 * the CLI's own (src/pipelines.ts), with the same inline comments
 * (`<!--public-service disable customer-->`), so a file gets the same findings on the
 * page as on the command line.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Processor} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {builtInTermMap} from 'retext-public-service/engine'
import {htmlRunner} from 'public-service-lint/html'
import {controlMessages, markdownRunner} from 'public-service-lint/pipelines'
import type {MarkupChecker, Runner} from './check.js'

const knownFamilies = builtInTermMap.families.map((family) => family.id)

export function createMarkupChecker(retext: Processor<NlcstRoot>): MarkupChecker {
  return {
    markdown: markdownRunner(retext) as Runner,
    html: htmlRunner(retext) as Runner,
    controlMessages: (tree: Node, file: VFile, format: 'markdown' | 'html') => controlMessages(tree, file, format, knownFamilies)
  }
}
