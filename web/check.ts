/**
 * The checking pipelines the page runs (in its worker): the same plugin the CLI runs,
 * behind the parser the format needs. Plain text needs only retext-english and is
 * bundled with the worker; markdown and HTML load their parsers the first time they are
 * used, so pasting text never pays for them.
 *
 * The CLI's processor (src/processor.ts) cannot be bundled for the browser as it stands
 * (it reads files from disk for its UTF-8 check and imports the fixer, which writes
 * files), so the markdown and HTML pipelines are assembled here from the same parts, in
 * the same order.
 */
import type {Root as NlcstRoot} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import retextPublicService, {builtInTermMap} from 'retext-public-service'
import {findingFromMessage, type Finding, type Format} from './findings.js'

/** The two steps of a unified processor used here, whatever its trees. */
export interface Runner {
  parse(file: VFile): Node
  run(tree: Node, file: VFile): Promise<Node>
}

export interface MarkupChecker {
  markdown: Runner
  html: Runner
  /** Drops findings that inline comments (`<!--public-service disable customer-->`) switch off. */
  controlMessages(tree: Node, file: VFile, format: 'markdown' | 'html'): void
}

const titles: ReadonlyMap<string, string> = new Map(builtInTermMap.families.map((family) => [family.id, family.title]))

const retext = unified().use(retextEnglish).use(retextPublicService).freeze()
const textRunner = retext as unknown as Runner

let markup: Promise<MarkupChecker> | undefined

/** The markdown and HTML pipelines, loaded on first use. */
function loadMarkup(): Promise<MarkupChecker> {
  // remark-retext and rehype-retext type their destination as a processor with no transformers yet.
  markup ??= import('./markup.js').then(({createMarkupChecker}) => createMarkupChecker(retext as unknown as Processor<NlcstRoot>))
  return markup
}

/** Checks `text` read as `format`; findings in document order. */
export async function check(text: string, format: Format): Promise<Finding[]> {
  const file = new VFile({value: text})
  if (text.trim() !== '') {
    if (format === 'text') {
      await textRunner.run(textRunner.parse(file), file)
    } else {
      const checker = await loadMarkup()
      const runner = checker[format]
      const tree = runner.parse(file)
      await runner.run(tree, file)
      checker.controlMessages(tree, file, format)
    }
  }
  const findings: Finding[] = []
  for (const message of file.messages) {
    const finding = findingFromMessage(message, titles)
    if (finding) findings.push(finding)
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
